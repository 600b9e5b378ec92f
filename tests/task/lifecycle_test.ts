/**
 * The life cycle around the commands, end to end through `runTask` against
 * localtc: reclaims (new credentials installed, masked and announced; the
 * < 30 s rule), a failed reclaim after cancelTask (commands killed, logs
 * still uploaded), graceful shutdown without finishing (worker-shutdown,
 * log uploaded), a resolution call that fails (state read back), and a task
 * directory that cannot be made (internal-error at once).
 */
import { join } from "node:path";
import type { Feature } from "../../src/features/feature.ts";
import type { Credentials } from "../../src/taskcluster/credentials.ts";
import { taskDirName } from "../../src/task/task_run.ts";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { e2eTest } from "../helpers/e2e.ts";
import { EngineEnv, sh, waitFor } from "./helpers.ts";

const posix = Deno.build.os !== "windows";
const opts = { ignore: !posix, sanitizeOps: false, sanitizeResources: false };

/** A feature that records the credentials of every reclaim and logs them (they must be masked). */
function credentialSpy(seen: Credentials[]): Feature {
  return {
    name: "Credential Spy",
    isEnabled: () => true,
    isRequested: () => true,
    newTaskFeature: (task) => ({
      start() {
        task.onCredentials(async (c) => {
          seen.push(c);
          await task.log.info(`new token ${c.accessToken}`);
        });
        return Promise.resolve();
      },
    }),
  };
}

async function localLog(env: EngineEnv, taskId: string): Promise<string> {
  return await Deno.readTextFile(
    join(env.config.tasksDir, taskDirName(taskId, 0), "generic-worker", "live_backing.log"),
  );
}

e2eTest("reclaims: new credentials reach the queue client and listeners, masked in the log", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const seen: Credentials[] = [];
  const { taskId, outcome } = await env.run(
    { command: sh("sleep 2"), maxRunTime: 30 },
    {
      features: env.features({ afterLiveLog: [credentialSpy(seen)] }),
      deps: { reclaimEveryMs: 400 },
    },
  );
  assertEquals(outcome.resolution, "completed");
  assertEquals(outcome.reported, true, "the report used the reclaimed credentials");
  assert(seen.length >= 2, `expected several reclaims, got ${seen.length}`);
  const claimToken = seen[0].accessToken;
  assert(seen.every((c) => c.accessToken.length > 0));
  const log = await env.log(taskId);
  for (const c of seen) assert(!log.includes(c.accessToken), "a task token reached the log");
  assertStringIncludes(log, "] new token *************\n");
  assert(claimToken);
  const lines = env.workerLines.join("\n");
  assertStringIncludes(lines, `Reclaimed task ${taskId}/0 successfully`);
});

e2eTest("reclaims: no timer when the next reclaim would be less than 30 s away", {
  ...opts,
  start: () => EngineEnv.start({}, { claimTimeoutSecs: 60 }),
}, async (env) => {
  const { outcome } = await env.run({ command: sh("true"), maxRunTime: 30 });
  assertEquals(outcome.resolution, "completed");
  const lines = env.workerLines.join("\n");
  assertStringIncludes(lines, "This is less than 30 seconds away. NOT setting a reclaim timer");
  assert(!lines.includes("About to reclaim"));
});

e2eTest("a failed reclaim (task cancelled) kills the commands; logs are still uploaded", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  let id = "";
  const running = env.run(
    { command: [...sh("echo started; sleep 120"), ...sh("echo never")], maxRunTime: 300 },
    { deps: { reclaimEveryMs: 300 }, onClaim: (t) => (id = t) },
  );
  await waitFor(async () => (await localLog(env, id)).includes("started\n") || undefined);
  await env.admin.cancelTask(id);
  const { taskId, outcome } = await running;
  assertEquals(outcome.resolution, "failed");
  assertEquals(outcome.message, "task was aborted");
  assertEquals(outcome.reported, false);
  assertEquals(await env.state(taskId), ["exception", "canceled"]);
  const log = await env.log(taskId);
  assertStringIncludes(log, "started\n");
  assertStringIncludes(log, "] Command ABORTED after ");
  assert(!log.includes("never\n"));
  assert(log.endsWith("[taskcluster:error] task was aborted\n"), log);
  const lines = env.workerLines.join("\n");
  assertStringIncludes(lines, `Could not reclaim task ${taskId}/0 - giving up retrying`);
  assertStringIncludes(lines, "Not able to report failed completion");
  assertStringIncludes(lines, "Latest status: cancelled");
});

e2eTest("shutdown without finishing: exception/worker-shutdown, commands killed, log uploaded", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const shutdown = new AbortController();
  let id = "";
  const running = env.run(
    { command: sh("echo working; sleep 120"), maxRunTime: 300 },
    { deps: { shutdown: shutdown.signal }, onClaim: (t) => (id = t) },
  );
  await waitFor(async () => (await localLog(env, id)).includes("working\n") || undefined);
  shutdown.abort();
  const { taskId, outcome } = await running;
  assertEquals(outcome, {
    taskId,
    runId: 0,
    resolution: "exception",
    reason: "worker-shutdown",
    reported: true,
    workerShutdown: true,
    message: "graceful termination requested, without time to finish tasks",
  });
  assertEquals(await env.state(taskId), ["exception", "worker-shutdown"]);
  const log = await env.log(taskId);
  assertStringIncludes(log, "working\n[taskcluster:error] Aborting task...\n");
  assertStringIncludes(log, "] Command ABORTED after ");
  assert(
    log.endsWith(
      "[taskcluster:error] graceful termination requested, without time to finish tasks\n",
    ),
    log,
  );

  // already shutting down when the task arrives: no command runs, the log still uploads
  const early = new AbortController();
  early.abort();
  const pre = await env.run({ command: sh("echo should-not-run"), maxRunTime: 30 }, {
    deps: { shutdown: early.signal },
  });
  assertEquals(pre.outcome.reason, "worker-shutdown");
  const preLog = await env.log(pre.taskId);
  assertStringIncludes(preLog, "=== Task Starting ===\n");
  assert(!preLog.includes("Executing command"));
  assert(!preLog.includes("should-not-run"));
});

e2eTest("a resolution call that fails is logged with the state read back", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  // resolved elsewhere while the worker tears down
  const canceller: Feature = {
    name: "Canceller",
    isEnabled: () => true,
    isRequested: () => true,
    newTaskFeature: (task) => ({
      stop: async () => void await env.admin.cancelTask(task.taskId),
    }),
  };
  const { taskId, outcome } = await env.run(
    { command: sh("true"), maxRunTime: 30 },
    { features: env.features({ afterLiveLog: [canceller] }) },
  );
  assertEquals(outcome.resolution, "completed");
  assertEquals(outcome.reported, false);
  assertEquals(await env.state(taskId), ["exception", "canceled"]);
  const lines = env.workerLines.join("\n");
  assertStringIncludes(lines, `Not able to report successful completion for task ${taskId}`);
  assertStringIncludes(lines, "Latest status: cancelled");
});

e2eTest("a task directory that cannot be made: exception/internal-error at once", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const blocker = join(env.dir, "not-a-dir");
  await Deno.writeTextFile(blocker, "x");
  env.config.tasksDir = blocker;
  const { taskId, outcome } = await env.run({ command: sh("true"), maxRunTime: 30 });
  assertEquals(outcome.resolution, "exception");
  assertEquals(outcome.reason, "internal-error");
  assertEquals(outcome.reported, true);
  assertEquals(await env.state(taskId), ["exception", "internal-error"]);
  assertEquals((await env.artifacts(taskId)).size, 0);
});
