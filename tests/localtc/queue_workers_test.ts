/**
 * serve-local answers like the real Queue for what the worker and operators
 * look at: `queue.getWorker` after claims (recentTasks, firstClaim,
 * lastDateActive; 404 before), claimWork's `takenUntil` as `+00:00`, and
 * non-s3 artifact names over 1024 characters refused.
 */
import { assert, assertEquals, assertMatch } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { Queue } from "../../src/taskcluster/queue.ts";

Deno.test({
  name: "getWorker after claims, takenUntil +00:00, long non-s3 artifact names refused",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const cfg = env.tc.createWorkerConfig();
      const wq = new Queue({
        rootUrl: env.tc.rootUrl,
        credentials: { clientId: cfg.clientId, accessToken: cfg.accessToken },
        retries: 0,
      });
      const get = () =>
        env.queue.request<Record<string, unknown>>(
          "GET",
          `/provisioners/${cfg.provisionerId}/worker-types/${cfg.workerType}/workers/${cfg.workerGroup}/${cfg.workerId}`,
        );
      const before = await get().then(() => undefined, (e) => e);
      assertEquals(before?.statusCode, 404);
      const a = await env.createTask({ command: [["true"]] });
      const claim = await wq.claimWork(env.pool, {
        tasks: 1,
        workerGroup: cfg.workerGroup,
        workerId: cfg.workerId,
      });
      assertEquals(claim.tasks.length, 1);
      assertMatch(claim.tasks[0].takenUntil, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
      const w = await get();
      assertEquals(w.recentTasks, [{ taskId: a, runId: 0 }]);
      assertEquals(w.workerGroup, cfg.workerGroup);
      assertEquals(w.provisionerId, cfg.provisionerId);
      assertEquals(w.actions, []);
      assert(Date.parse(String(w.expires)) > Date.now() + 23 * 3600e3);
      assert(typeof w.firstClaim === "string" && typeof w.lastDateActive === "string");

      const tq = new Queue({
        rootUrl: env.tc.rootUrl,
        credentials: claim.tasks[0].credentials,
        retries: 0,
      });
      const expires = new Date(Date.now() + 3600e3).toISOString();
      const long = "public/" + "x".repeat(1100);
      const refused = await tq.createArtifact(a, 0, long, {
        storageType: "reference",
        url: "https://example.com/",
        contentType: "text/plain",
        expires,
      }).then(() => undefined, (e) => e);
      assertEquals(refused?.statusCode, 400);
      // s3 artifacts may have such names
      const s3 = await tq.createArtifact(a, 0, long, {
        storageType: "s3",
        contentType: "text/plain",
        expires,
      });
      assertEquals((s3 as { storageType: string }).storageType, "s3");
    } finally {
      await env.close();
    }
  },
});
