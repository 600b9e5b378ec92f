/**
 * Scope expressions, templates and role expansion as the Taskcluster auth
 * service and lib-api define them; and Hawk payload-hash checking.
 */
import hawk from "hawk";
import { assert, assertEquals, assertThrows } from "../helpers/assert.ts";
import {
  expandScopes,
  ExpansionLimitError,
  normalizeScopes,
  renderTemplate,
  satisfies,
  templateParams,
  unsatisfied,
} from "../../src/localtc/scope_expr.ts";
import { startEnv } from "./helpers.ts";

Deno.test("templates render <params>, for/in/each and if/then like lib-api", () => {
  const t = {
    AllOf: [
      "queue:create-artifact:<taskId>/<runId>",
      { for: "r", in: "routes", each: "queue:route:<r>" },
      { if: "public", then: "x:public" },
    ],
  };
  assertEquals(templateParams(t).sort(), ["public", "routes", "runId", "taskId"]);
  assertEquals(renderTemplate(t, { taskId: "T", runId: 0, routes: ["a", "b"], public: false }), {
    AllOf: ["queue:create-artifact:T/0", "queue:route:a", "queue:route:b"],
  });
  assertThrows(() => renderTemplate("a:<x>", {}), "parameter x");
});

Deno.test("satisfaction and the unsatisfied part of an expression", () => {
  const have = ["queue:get-artifact:public/*", "a"];
  assert(satisfies(have, "queue:get-artifact:public/x/y"));
  assert(!satisfies(have, "queue:get-artifact:private/x"));
  assert(satisfies(["*"], { AllOf: ["anything", { AnyOf: ["b"] }] }));
  assert(!satisfies(["a*"], "b"));
  assertEquals(unsatisfied(have, { AllOf: ["a", "b", "c"] }), { AllOf: ["b", "c"] });
  assertEquals(unsatisfied(have, { AllOf: ["a", "b"] }), "b");
  assertEquals(unsatisfied(have, { AnyOf: ["a", "b"] }), undefined);
});

Deno.test("role expansion: exact roles, star roles with <..>, star scopes, cycles", () => {
  const roles = [
    { roleId: "anonymous", scopes: ["queue:status:*"] },
    { roleId: "repo:github.com/*", scopes: ["secrets:get:repo/<..>", "assume:team"] },
    { roleId: "team", scopes: ["assume:repo:github.com/team/tools", "index:insert-task:team.*"] },
    { roleId: "loop-a", scopes: ["assume:loop-b", "x"] },
    { roleId: "loop-b", scopes: ["assume:loop-a", "y"] },
  ];
  assertEquals(expandScopes(["assume:repo:github.com/org/app"], roles), [
    "assume:repo:github.com/org/app",
    "assume:repo:github.com/team/tools",
    "assume:team",
    "index:insert-task:team.*",
    "secrets:get:repo/org/app",
    "secrets:get:repo/team/tools",
  ]);
  // a star scope covering the role's prefix grants it with <..> as *
  const star = expandScopes(["assume:repo:*"], roles);
  assert(star.includes("secrets:get:repo/*"), star.join(","));
  // a star scope ending inside the role prefix also substitutes the rest
  assert(expandScopes(["assume:repo:github.com/org/*"], roles).includes("secrets:get:repo/org/*"));
  assertEquals(expandScopes(["assume:loop-a"], roles), [
    "assume:loop-a",
    "assume:loop-b",
    "x",
    "y",
  ]);
  assert(expandScopes(["*"], roles).length === 1, "* implies everything");
  assertEquals(normalizeScopes(["b", "a*", "a:b", "a*", "c"]), ["a*", "b", "c"]);
  // a role that feeds itself new scopes forever is cut off
  assertThrows(
    () => expandScopes(["assume:grow:x"], [{ roleId: "grow:*", scopes: ["assume:grow:<..>x"] }]),
  );
  assert(ExpansionLimitError.prototype instanceof Error);
});

Deno.test("a Hawk payload hash is verified against the request body", async () => {
  const env = await startEnv();
  try {
    const url = `${env.tc.rootUrl}/api/auth/v1/scopes/expand`;
    const creds = {
      id: env.tc.rootCredentials.clientId,
      key: env.tc.rootCredentials.accessToken,
      algorithm: "sha256",
    };
    const body = JSON.stringify({ scopes: ["assume:anonymous"] });
    const signed = (payload: string) =>
      hawk.client.header(url, "POST", {
        credentials: creds,
        payload,
        contentType: "application/json",
      }).header;
    const ok = await fetch(url, {
      method: "POST",
      body,
      headers: { authorization: signed(body), "content-type": "application/json" },
    });
    assertEquals(ok.status, 200);
    assert((await ok.json()).scopes.includes("queue:status:*"));
    const tampered = await fetch(url, {
      method: "POST",
      body: JSON.stringify({ scopes: ["*"] }),
      headers: { authorization: signed(body), "content-type": "application/json" },
    });
    assertEquals(tampered.status, 401);
    const err = await tampered.json();
    assertEquals(err.code, "AuthenticationFailed");
    assert(err.message.startsWith("Invalid payload hash"), err.message);
  } finally {
    await env.close();
  }
});
