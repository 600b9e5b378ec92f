/**
 * A fresh serve-local's `anonymous` role holds the scopes of a public
 * Taskcluster deployment (v106 deployment docs, anonymous-role), and a
 * request without credentials gets them.
 */
import { assertEquals } from "../helpers/assert.ts";
import { startLocalTaskcluster } from "../../src/localtc/mod.ts";

const DOCUMENTED =
  `auth:current-scopes auth:expand-scopes auth:get-client:* auth:get-role:* auth:list-clients
auth:list-roles github:get-badge:* github:get-repository:* github:latest-status:* github:list-builds
hooks:get:* hooks:list-hooks:* hooks:list-last-fires:* hooks:status:* index:find-task:*
index:list-namespaces:* index:list-tasks:* purge-cache:all-purge-requests purge-cache:purge-requests:*
queue:get-artifact:public/* queue:get-provisioner:* queue:get-task:* queue:get-worker-type:*
queue:get-worker:* queue:list-artifacts:* queue:list-dependent-tasks:* queue:list-provisioners
queue:list-task-group:* queue:list-worker-types:* queue:list-workers:* queue:pending-count:*
queue:status:* secrets:list-secrets web:read-pulse worker-manager:get-worker-pool:*
worker-manager:get-worker:* worker-manager:list-providers worker-manager:list-worker-pool-errors:*
worker-manager:list-worker-pools worker-manager:list-workers:* worker-manager:should-worker-terminate:*`
    .split(/\s+/);

Deno.test({
  name: "the anonymous role is a public deployment's, and requests without credentials get it",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const tc = await startLocalTaskcluster();
    try {
      const role = await (await fetch(`${tc.rootUrl}/api/auth/v1/roles/anonymous`)).json();
      assertEquals([...role.scopes].sort(), [...DOCUMENTED].sort());
      const cur = await (await fetch(`${tc.rootUrl}/api/auth/v1/scopes/current`)).json();
      assertEquals([...cur.scopes].sort(), ["assume:anonymous", ...DOCUMENTED].sort());
    } finally {
      await tc.close();
    }
  },
});
