/**
 * End to end: cancellation mid-run, SIGTERM (worker-shutdown, exit 72),
 * the live log (concurrent clients, late client, wrong token) and the
 * status reports (`generic-worker status`, GET /status).
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { runCli } from "../helpers/cli.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function liveLogUrl(env: WorkerEnv, taskId: string): Promise<string> {
  return await waitFor(async () => {
    const a = await env.queue.latestArtifact(taskId, "public/logs/live.log");
    return "url" in a && a.url ? a.url as string : undefined;
  });
}

Deno.test({
  name: "cancelTask mid-run kills the commands; the queue keeps exception/canceled",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const taskId = await env.createTask({
        command: sh('echo started; sleep 120 & echo $! > "$TASK_WORKDIR/../bg.pid"; sleep 120'),
        maxRunTime: 300,
      });
      const cfg = await env.writeConfig({ numberOfTasksToRun: 1 });
      const worker = env.startWorker(cfg, { GENERIC_WORKER_TEST_RECLAIM_EVERY_MS: "1000" });
      await env.waitRunning(taskId);
      await waitFor(async () => (await Deno.stat(`${env.dir}/tasks/bg.pid`)).size > 0 || undefined);
      const t0 = Date.now();
      await env.queue.cancelTask(taskId);
      assertEquals(await worker.exited, 0, worker.output());
      assert(Date.now() - t0 < 30_000, "commands were not killed promptly");
      assertEquals(await env.waitResolved(taskId), ["exception", "canceled"]);
      assertStringIncludes(worker.output(), "Could not reclaim task");
      const log = await env.artifactText(taskId, "public/logs/live_backing.log");
      assertStringIncludes(log, "Command ABORTED after");
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name: "SIGTERM aborts the task as exception/worker-shutdown, uploads its log, exits 72",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const taskId = await env.createTask({
        command: sh("echo working; sleep 120"),
        maxRunTime: 300,
      });
      const cfg = await env.writeConfig();
      const worker = env.startWorker(cfg);
      await env.waitRunning(taskId);
      // wait until the command is running (its output is in the live log)
      const url = await liveLogUrl(env, taskId);
      const r = await fetch(url);
      const reader = r.body!.pipeThrough(new TextDecoderStream()).getReader();
      let seen = "";
      while (!seen.includes("working\n")) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += value;
      }
      worker.child.kill("SIGTERM");
      await reader.cancel();
      assertEquals(await worker.exited, 72, worker.output());
      // worker-shutdown makes the queue schedule another run; run 0 holds the resolution
      assertEquals(await env.waitResolved(taskId, 10_000, 0), ["exception", "worker-shutdown"]);
      const d = await env.queue.downloadArtifact(taskId, 0, "public/logs/live_backing.log");
      const log = await new Response(d.body).text();
      assertStringIncludes(log, "working\n");
      assertStringIncludes(
        log,
        "[taskcluster:error] graceful termination requested, without time to finish tasks",
      );
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name: "SIGINT while idle exits 71; idleTimeoutSecs exits 68",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const idle = env.startWorker(await env.writeConfig({ idleTimeoutSecs: 1 }));
      assertEquals(await idle.exited, 68, idle.output());
      const w = env.startWorker(await env.writeConfig());
      await waitFor(() => Promise.resolve(w.output().includes("workerReady") || undefined));
      w.child.kill("SIGINT");
      assertEquals(await w.exited, 71, w.output());
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name:
    "live log: 3 concurrent clients get every byte in order, a late client gets byte 0, bad token 401; status while running",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const taskId = await env.createTask({
        command: sh(
          'sleep 1; i=0; while [ $i -lt 40 ]; do echo "line $i $(head -c 200 /dev/zero | tr "\\0" x)"; i=$((i+1)); sleep 0.1; done',
        ),
        maxRunTime: 120,
      });
      const cfg = await env.writeConfig({ numberOfTasksToRun: 1 });
      const worker = env.startWorker(cfg);
      const url = await liveLogUrl(env, taskId);
      const read = async (u: string) => {
        const r = await fetch(u);
        assertEquals(r.status, 200);
        assertEquals(r.headers.get("access-control-allow-origin"), "*");
        return await r.text();
      };
      const clients = [read(url), read(url), read(url)];
      const late = (async () => {
        await new Promise((r) => setTimeout(r, 3000));
        return await read(url);
      })();

      // while it runs: `generic-worker status` and GET /status name the task
      const st = await waitFor(async () => {
        const r = await runCli(["status"], { env: { TMPDIR: env.dir } });
        return r.stdout.includes(taskId) ? r : undefined;
      });
      assertEquals(JSON.parse(st.stdout), { currentTaskIds: [taskId] });
      const statusUrl = new URL("/status", url).toString();
      const status = await (await fetch(statusUrl)).json();
      assertEquals(status.currentTasks, [{ taskId, runId: 0 }]);
      assertEquals(status.workerPoolId, env.pool);

      const bad = await fetch(url.replace(/\/log\/[^/]+$/, "/log/not-the-token"));
      assertEquals(bad.status, 401);
      assertEquals(await bad.text(), "Access denied");

      const texts = await Promise.all([...clients, late]);
      assertEquals(await worker.exited, 0, worker.output());
      const backing = await env.artifactText(taskId, "public/logs/live_backing.log");
      for (const t of texts) {
        assertStringIncludes(t, "line 39 ");
        // every byte, in order: the live stream is a prefix of (or equal to) the backing log
        assert(backing.startsWith(t), "live log differs from the backing log");
        assertStringIncludes(t, "Executing command 0");
        assert(t.startsWith("[taskcluster "), "stream does not start at byte 0");
      }
      const after = await runCli(["status"], { env: { TMPDIR: env.dir } });
      assertEquals(after.stdout, '{\n  "currentTaskIds": []\n}\n');
    } finally {
      await env.close();
    }
  },
});
