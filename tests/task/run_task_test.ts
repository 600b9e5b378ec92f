/**
 * End to end through `runTask` against localtc: tasks created and claimed
 * with the Queue API, run with the full feature list on real processes,
 * asserted on the queue state, the outcome, the uploaded backing log and
 * the worker log.
 */
import { join } from "node:path";
import { assert, assertEquals, assertMatch, assertStringIncludes } from "../helpers/assert.ts";
import { e2eTest } from "../helpers/e2e.ts";
import { processAlive } from "../../src/platform/process.ts";
import { EngineEnv, sh, testLiveLog, waitFor } from "./helpers.ts";

const posix = Deno.build.os !== "windows";
const opts = { ignore: !posix, sanitizeOps: false, sanitizeResources: false };

Deno.test({
  ...opts,
  name: "runTask: completed, with header, escaped commands, result blocks, footer, live log link",
  fn: async () => {
    const env = await EngineEnv.start({ enableResourceMonitor: true });
    const live = testLiveLog();
    try {
      let liveText: Promise<string> | undefined;
      const { taskId, outcome } = await env.run(
        {
          command: [
            ["/bin/sh", "-c", "echo hello world; sleep 1"],
            ["/bin/echo", "second", "it's", "a b"],
          ],
          maxRunTime: 60,
        },
        {
          liveLog: live,
          onClaim: (id) => {
            liveText = waitFor(async () => {
              const a = await env.admin.latestArtifact(id, "public/logs/live.log");
              return a.storageType === "reference" ? a.url : undefined;
            }).then(async (url) => await (await fetch(url)).text());
          },
        },
      );
      assertEquals(outcome, { taskId, runId: 0, resolution: "completed", reported: true });
      assertEquals(await env.state(taskId), ["completed", "completed"]);
      const log = await env.log(taskId);
      const ts = String.raw`\[taskcluster \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] `;
      assertMatch(log, new RegExp(`^${ts}Worker Type \\(${env.pool}\\) settings:\n`));
      assertStringIncludes(log, `]   {\n`);
      assertStringIncludes(log, `]     "generic-worker": {\n`);
      assertStringIncludes(log, `"test": "\\u003c\\u0026\\u003e"`);
      assertStringIncludes(log, `] Task ID: ${taskId}\n`);
      assertStringIncludes(log, "] === Task Starting ===\n");
      assertMatch(
        log,
        new RegExp(
          `${ts}Executing command 0: /bin/sh -c 'echo hello world; sleep 1'\nhello world\n`,
        ),
      );
      assertStringIncludes(
        log,
        "Executing command 1: /bin/echo second it\\'s 'a b'\nsecond it's a b\n",
      );
      assertMatch(log, new RegExp(`${ts}                       Exit Code: 0\n`));
      assertMatch(log, new RegExp(`${ts}                       User Time: \\S+\n`));
      assertMatch(log, new RegExp(`${ts}                     Kernel Time: \\S+\n`));
      assertMatch(log, new RegExp(`${ts}                       Wall Time: \\S+\n`));
      assertMatch(log, new RegExp(`${ts} Average Available System Memory: [\\d.]+ [KMG]i?B\n`));
      assertMatch(log, new RegExp(`${ts}             Total System Memory: [\\d.]+ [KMG]i?B\n`));
      assertMatch(log, new RegExp(`${ts}                          Result: SUCCEEDED\n`));
      assertMatch(log, new RegExp(`${ts}=== Task Finished ===\n${ts}Task Duration: [\\d.]+m?s\n$`));
      assert(!log.includes("[taskcluster:error]"), "no error expected");

      // artifacts: backing log (s3, gzip, text/plain) and the live log as a link to it
      const arts = await env.artifacts(taskId);
      assertEquals(arts.get("public/logs/live_backing.log")?.storageType, "s3");
      assertEquals(
        arts.get("public/logs/live_backing.log")?.contentType,
        "text/plain; charset=utf-8",
      );
      assertEquals(arts.get("public/logs/live.log")?.storageType, "link");
      const raw = await env.raw(taskId, "public/logs/live_backing.log");
      assertEquals(raw.headers["content-encoding"], "gzip");
      assertEquals([raw.body[0], raw.body[1]], [0x1f, 0x8b]);
      // the live log stream carried the same bytes
      assert(liveText, "live log artifact was never seen");
      assertEquals(await liveText, log);
      // the metadata file names the last task
      const meta = await Deno.readTextFile(join(env.dir, "generic-worker-metadata.json"));
      assertEquals(
        meta,
        JSON.stringify({ lastTaskUrl: `${env.config.rootURL}/tasks/${taskId}/runs/0` }, null, 2) +
          "\n",
      );
      assertStringIncludes(
        env.workerLines.join("\n"),
        `Running task ${env.config.rootURL}/tasks/${taskId}/runs/0`,
      );
    } finally {
      await live.close();
      await env.close();
    }
  },
});

e2eTest("runTask: failed exit code stops later commands; not found fails; retry exit code", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const failed = await env.run({
    command: [...sh("echo failing; exit 3"), ...sh("echo never-runs")],
    maxRunTime: 30,
  });
  assertEquals(failed.outcome.resolution, "failed");
  assertEquals(failed.outcome.message, "exit status 3");
  assertEquals(await env.state(failed.taskId), ["failed", "failed"]);
  let log = await env.log(failed.taskId);
  assertStringIncludes(log, "                       Exit Code: 3\n");
  assertStringIncludes(log, "                          Result: FAILED\n");
  assert(!log.includes("never-runs"));
  assert(log.endsWith("[taskcluster:error] exit status 3\n"), log);

  const notFound = await env.run({ command: [["/no/such/binary", "x"]], maxRunTime: 30 });
  assertEquals(notFound.outcome.resolution, "failed");
  log = await env.log(notFound.taskId);
  assertStringIncludes(
    log,
    "] System error executing command: fork/exec /no/such/binary: no such file or directory\n",
  );
  assertStringIncludes(
    log,
    "[taskcluster:error] fork/exec /no/such/binary: no such file or directory\n",
  );

  const retry = await env.run({
    command: sh("exit 42"),
    maxRunTime: 30,
    onExitStatus: { retry: [42] },
  }, { extra: { retries: 0 } });
  assertEquals(retry.outcome.resolution, "exception");
  assertEquals(retry.outcome.reason, "intermittent-task");
  assertEquals(await env.state(retry.taskId), ["exception", "intermittent-task"]);
  assertStringIncludes(
    await env.log(retry.taskId),
    "[taskcluster:error] task appears to have failed intermittently - exit code 42 found in task payload.onExitStatus list\n",
  );

  const signalled = await env.run({ command: sh("kill -KILL $$"), maxRunTime: 30 });
  assertEquals(signalled.outcome.message, "signal: killed");
  assertStringIncludes(await env.log(signalled.taskId), "Exit Code: -1\n");
});

e2eTest("runTask: maxRunTime kills the whole process group (no surviving grandchild)", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const pidFile = join(env.dir, "grandchild.pid");
  const { taskId, outcome } = await env.run({
    command: sh(`sleep 300 & echo $! > '${pidFile}'; sleep 300`),
    maxRunTime: 2,
  });
  assertEquals(outcome.resolution, "failed");
  assertEquals(outcome.message, "task aborted - max run time exceeded");
  assertEquals(await env.state(taskId), ["failed", "failed"]);
  const log = await env.log(taskId);
  assertStringIncludes(log, "[taskcluster:error] Aborting task...\n");
  assertMatch(log, /\] Command ABORTED after 2(\.\d+)?s: process aborted\n/);
  assert(log.endsWith("[taskcluster:error] task aborted - max run time exceeded\n"), log);
  const pid = Number((await Deno.readTextFile(pidFile)).trim());
  assert(pid > 0);
  const gone = await waitFor(() => Promise.resolve(processAlive(pid) ? undefined : true), 5000);
  assert(gone, `grandchild ${pid} survived`);
});
