/**
 * Reliability: the real CLI worker SIGKILLed mid-task and started again
 * (same config, same working directory) against the real localtc through
 * the fault proxy. The killed run ends exception/claim-expired once its
 * short claim runs out, the queue makes a new run, and the restarted worker
 * claims and completes it with every artifact; its start-up removes the
 * killed run's task directory.
 */
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { e2eTest } from "../helpers/e2e.ts";
import { killWorker, OutageEnv } from "./outage_harness.ts";

e2eTest(
  "restart: worker SIGKILL mid-task, claim-expired, the restarted worker completes the rerun",
  { start: () => OutageEnv.start({ claimTimeoutSecs: 6 }) },
  async (env) => {
    const marker = join(env.dir, "started");
    const taskId = await env.createTask(
      {
        command: [[
          "/bin/sh",
          "-c",
          `echo "run $RUN_ID"; touch "${marker}.$RUN_ID"; sleep 3; mkdir -p out; echo "result of run $RUN_ID" > out/result.txt`,
        ]],
        maxRunTime: 60,
        artifacts: [{ type: "file", path: "out/result.txt", name: "public/result.txt" }],
      },
      { retries: 1 },
    );
    const first = env.startWorker();
    await env.until("run 0 to start its command", async () => {
      await Deno.stat(`${marker}.0`);
      return true;
    });
    await killWorker(first);
    const killedDir = join(env.dir, "tasks", `task_${taskId.slice(0, 13)}_0`);
    await Deno.stat(killedDir); // left behind by the killed worker

    await env.until(
      "run 0 to expire",
      async () => (await env.run(taskId, 0))[1] === "claim-expired",
    );
    assertEquals(await env.run(taskId, 0), ["exception", "claim-expired"]);
    assertEquals((await env.run(taskId, 1))[0], "pending");

    const second = env.startWorker();
    const timer = setTimeout(() => killWorker(second), 90_000);
    const code = await second.exited;
    clearTimeout(timer);
    const ctx = second.output().slice(-4000);
    assertEquals(code, 0, ctx);
    assertEquals(await env.run(taskId, 1), ["completed", "completed"], ctx);
    assertEquals(await env.text(taskId, 1, "public/result.txt"), "result of run 1\n");
    assertStringIncludes(await env.text(taskId, 1, "public/logs/live_backing.log"), "run 1\n");
    assert(
      (await env.artifactNames(taskId, 1)).includes("public/logs/live_backing.log"),
      "backing log of the rerun",
    );
    // the killed run's directory is cleaned up by the new worker (cleanUpTaskDirs)
    const gone = await Deno.stat(killedDir).then(() => false, () => true);
    assert(gone, `${killedDir} was left behind\n${ctx}`);
  },
);

e2eTest(
  "restart: SIGTERM while claimWork is retrying against an unreachable queue exits 72 at once",
  { start: () => OutageEnv.start() },
  async (env) => {
    const outage = env.proxy.outageOn(
      (m, p) => m === "POST" && p.includes("/claim-work/"),
      "refuse",
      120_000,
    );
    const worker = env.startWorker();
    const timer = setTimeout(() => killWorker(worker), 60_000);
    try {
      await outage.started;
      await new Promise((r) => setTimeout(r, 2000)); // well into the retries
      const t0 = performance.now();
      worker.child.kill("SIGTERM");
      const code = await worker.exited;
      const took = performance.now() - t0;
      assertEquals(code, 72, worker.output().slice(-3000));
      assert(took < 10_000, `exited ${Math.round(took)} ms after SIGTERM`);
    } finally {
      clearTimeout(timer);
    }
  },
);
