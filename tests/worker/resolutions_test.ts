/**
 * End to end: the real worker CLI against localtc, one task per resolution
 * of spec table 7.6, asserted on the queue state and the task log lines.
 */
import { assert, assertEquals, assertMatch, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

Deno.test({
  name: "resolutions: completed, failed, not found, retry, maxRunTime, malformed payloads, env",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async (t) => {
    const env = await WorkerEnv.start();
    try {
      const tasks: Record<string, string> = {};
      const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
      tasks.completed = await env.createTask({
        command: [["/bin/sh", "-c", "echo hello world"], ["/bin/echo", "second", "it's"]],
        maxRunTime: 30,
      });
      tasks.failed = await env.createTask({
        command: [...sh("echo failing; exit 3"), ...sh("echo never-runs")],
        maxRunTime: 30,
      });
      tasks.notFound = await env.createTask({ command: [["/no/such/binary"]], maxRunTime: 30 });
      tasks.retry = await env.createTask({
        command: sh("exit 42"),
        maxRunTime: 30,
        onExitStatus: { retry: [42] },
      });
      tasks.maxRunTime = await env.createTask({
        command: sh(`sleep 300 & echo $! > "$TASK_WORKDIR/../grandchild.pid"; sleep 300`),
        maxRunTime: 3,
      });
      tasks.schema = await env.createTask({ command: "not a list", maxRunTime: 0 });
      tasks.expiry = await env.createTask({
        command: sh("true"),
        maxRunTime: 30,
        artifacts: [{ type: "file", path: "x", expires: later }],
      });
      tasks.tooLong = await env.createTask({ command: sh("true"), maxRunTime: 100_000 });
      tasks.notEnabled = await env.createTask({
        command: sh("true"),
        maxRunTime: 30,
        features: { resourceMonitor: true },
      });
      tasks.interactive = await env.createTask({
        command: sh("echo runs anyway"),
        maxRunTime: 30,
        features: { interactive: true },
      });
      tasks.scopes = await env.createTask({
        command: sh("true"),
        maxRunTime: 30,
        osGroups: ["audio"],
      });
      tasks.env = await env.createTask({
        command: sh(
          'echo "TASK_ID=$TASK_ID RUN_ID=$RUN_ID ROOT=$TASKCLUSTER_ROOT_URL GROUP=$TASK_GROUP_ID"; env',
        ),
        maxRunTime: 30,
        env: { TASK_ID: "overridden", RUN_ID: "9", MY_VAR: "mine" },
      });
      const cfg = await env.writeConfig({
        numberOfTasksToRun: Object.keys(tasks).length,
        enableResourceMonitor: false,
        enableInteractive: true,
        interactivePort: freePort(),
      });
      const worker = env.startWorker(cfg);
      const code = await worker.exited;
      assertEquals(code, 0, worker.output());

      await t.step("completed", async () => {
        assertEquals(await env.waitResolved(tasks.completed), ["completed", "completed"]);
        const log = await env.artifactText(tasks.completed, "public/logs/live_backing.log");
        assertStringIncludes(log, `Task ID: ${tasks.completed}`);
        assertStringIncludes(log, "=== Task Starting ===");
        assertMatch(
          log,
          /\[taskcluster \d{4}-\d\d-\d\dT[\d:.]+Z\] Executing command 0: \/bin\/sh -c 'echo hello world'/,
        );
        assertStringIncludes(log, "Executing command 1: /bin/echo second it\\'s");
        assertStringIncludes(log, "hello world\n");
        assertMatch(log, /Exit Code: 0\n/);
        assertMatch(log, /Result: SUCCEEDED/);
        assertStringIncludes(log, "=== Task Finished ===");
        assertMatch(log, /Task Duration: [\d.]+(ms|s)/);
        assertStringIncludes(log, '"generic-worker": {');
        const arts = await env.artifacts(tasks.completed);
        assertEquals(arts.get("public/logs/live.log")?.storageType, "link");
        assertEquals(arts.get("public/logs/live_backing.log")?.storageType, "s3");
      });

      await t.step("failed by exit code; later commands do not run", async () => {
        assertEquals(await env.waitResolved(tasks.failed), ["failed", "failed"]);
        const log = await env.artifactText(tasks.failed, "public/logs/live_backing.log");
        assertMatch(log, /Exit Code: 3\n/);
        assertMatch(log, /Result: FAILED/);
        assert(!log.includes("never-runs\n"), "second command ran");
        assertStringIncludes(log, "[taskcluster:error] exit status 3");
      });

      await t.step("command not found fails", async () => {
        assertEquals(await env.waitResolved(tasks.notFound), ["failed", "failed"]);
        const log = await env.artifactText(tasks.notFound, "public/logs/live_backing.log");
        assertStringIncludes(log, "System error executing command");
      });

      await t.step("onExitStatus.retry -> exception/intermittent-task", async () => {
        assertEquals(await env.waitResolved(tasks.retry, 10_000, 0), [
          "exception",
          "intermittent-task",
        ]);
        // the queue schedules a retry run
        const { status } = await env.queue.status(tasks.retry);
        assertEquals(status.runs[1]?.reasonCreated, "task-retry");
        const d = await env.queue.downloadArtifact(tasks.retry, 0, "public/logs/live_backing.log");
        const log = await new Response(d.body).text();
        assertStringIncludes(
          log,
          "task appears to have failed intermittently - exit code 42 found in task payload.onExitStatus list",
        );
      });

      await t.step("maxRunTime -> failed, no surviving grandchild", async () => {
        assertEquals(await env.waitResolved(tasks.maxRunTime), ["failed", "failed"]);
        const log = await env.artifactText(tasks.maxRunTime, "public/logs/live_backing.log");
        assertStringIncludes(log, "[taskcluster:error] task aborted - max run time exceeded");
        assertStringIncludes(log, "[taskcluster:error] Aborting task...");
        const pid = Number((await Deno.readTextFile(`${env.dir}/tasks/grandchild.pid`)).trim());
        assert(pid > 0);
        // a killed process may linger as a zombie until its reaper collects it: that is dead
        let alive = false;
        try {
          const stat = await Deno.readTextFile(`/proc/${pid}/stat`);
          alive = stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
        } catch {
          alive = false;
        }
        assert(!alive, `grandchild ${pid} survived maxRunTime`);
      });

      await t.step(
        "schema-invalid payload -> malformed-payload with the schema errors",
        async () => {
          assertEquals(await env.waitResolved(tasks.schema), ["exception", "malformed-payload"]);
          const log = await env.artifactText(tasks.schema, "public/logs/live_backing.log");
          assertStringIncludes(
            log,
            "[taskcluster:error] TASK FAIL since the task payload is invalid. See errors:",
          );
          assertStringIncludes(log, "[taskcluster:error] - command:");
          assertStringIncludes(
            log,
            `[taskcluster:error] validation of payload failed for task ${tasks.schema}`,
          );
        },
      );

      await t.step("artifact expiry after task expiry -> malformed-payload", async () => {
        assertEquals(await env.waitResolved(tasks.expiry), ["exception", "malformed-payload"]);
        const log = await env.artifactText(tasks.expiry, "public/logs/live_backing.log");
        assertStringIncludes(log, "artifact 'x' expires after task expiry");
      });

      await t.step("maxRunTime above maxTaskRunTime -> malformed-payload", async () => {
        assertEquals(await env.waitResolved(tasks.tooLong), ["exception", "malformed-payload"]);
        const log = await env.artifactText(tasks.tooLong, "public/logs/live_backing.log");
        assertStringIncludes(log, "task's maxRunTime of 100000 exceeded allowed maximum of 86400");
      });

      await t.step("feature not enabled -> malformed-payload", async () => {
        assertEquals(await env.waitResolved(tasks.notEnabled), ["exception", "malformed-payload"]);
        const log = await env.artifactText(tasks.notEnabled, "public/logs/live_backing.log");
        assertStringIncludes(
          log,
          `this task is attempting to use feature "Resource Monitor", but it's not enabled on this worker pool (${env.pool})`,
        );
      });

      await t.step("interactive: the reserved shell.html reference, task runs on", async () => {
        assertEquals(await env.waitResolved(tasks.interactive), ["completed", "completed"]);
        const log = await env.artifactText(tasks.interactive, "public/logs/live_backing.log");
        assertStringIncludes(log, "runs anyway\n");
        const a = (await env.artifacts(tasks.interactive)).get("private/generic-worker/shell.html");
        assertEquals(a?.storageType, "reference");
      });

      await t.step("missing scopes -> malformed-payload naming the scopes", async () => {
        assertEquals(await env.waitResolved(tasks.scopes), ["exception", "malformed-payload"]);
        const log = await env.artifactText(tasks.scopes, "public/logs/live_backing.log");
        assertStringIncludes(log, 'Feature "OS Groups" requires scopes:');
        assertStringIncludes(log, `generic-worker:os-group:${env.pool}/audio`);
        assertStringIncludes(log, "You probably should add some scopes to your task definition");
      });

      await t.step("fixed env vars win; the worker's access token is nowhere", async () => {
        assertEquals(await env.waitResolved(tasks.env), ["completed", "completed"]);
        const log = await env.artifactText(tasks.env, "public/logs/live_backing.log");
        assertStringIncludes(
          log,
          `TASK_ID=${tasks.env} RUN_ID=0 ROOT=${env.tc.rootUrl} GROUP=${tasks.env}`,
        );
        assertStringIncludes(log, "MY_VAR=mine");
        assertMatch(log, /TASK_WORKDIR=.*task_/);
        const cfg = JSON.parse(await Deno.readTextFile(await env.writeConfig()));
        assert(!log.includes(cfg.accessToken), "worker access token leaked into the task log");
        assert(!worker.output().includes(cfg.accessToken), "worker access token in the worker log");
      });

      await t.step("state files: resolved count and metadata", async () => {
        assertEquals(
          (await Deno.readTextFile(`${env.dir}/tasks-resolved-count.txt`)).trim(),
          String(Object.keys(tasks).length),
        );
        const left: string[] = [];
        for await (const e of Deno.readDir(`${env.dir}/tasks`)) {
          if (e.name.startsWith("task_")) left.push(e.name);
        }
        assertEquals(left, [], "cleanUpTaskDirs left task directories behind");
        const meta = JSON.parse(await Deno.readTextFile(`${env.dir}/generic-worker-metadata.json`));
        assertMatch(meta.lastTaskUrl, new RegExp(`/tasks/${tasks.env}/runs/0$`));
      });
    } finally {
      await env.close();
    }
  },
});
