/**
 * `generic-worker status` with two workers on one host (one TMPDIR, one
 * `worker-status.json` between them): each worker's HTTP /status is asked,
 * so both running tasks are listed; once both stopped, nothing is.
 */
import { join } from "node:path";
import { assertEquals } from "../helpers/assert.ts";
import { runCli } from "../helpers/cli.ts";
import { WorkerEnv, type WorkerProcess } from "../helpers/worker_env.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

Deno.test({
  name: "status lists the running tasks of both workers on the host",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    const workers: WorkerProcess[] = [];
    try {
      // the tasks run until the test has seen them (a fixed sleep ran out on a busy machine)
      const release = join(env.dir, "release");
      const hold = sh(`while [ ! -e '${release}' ]; do sleep 0.1; done`);
      const a = await env.createTask({ command: hold, maxRunTime: 120 });
      const b = await env.createTask({ command: hold, maxRunTime: 120 });
      for (let i = 0; i < 2; i++) {
        workers.push(env.startWorker(await env.writeConfig({ numberOfTasksToRun: 1 })));
      }
      await env.waitRunning(a);
      await env.waitRunning(b);
      let ids: string[] = [];
      for (let i = 0; i < 100; i++) {
        const r = await runCli(["status"], { env: { TMPDIR: env.dir } });
        assertEquals(r.code, 0, r.stderr);
        ids = JSON.parse(r.stdout).currentTaskIds;
        if (ids.length === 2) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assertEquals([...ids].sort(), [a, b].sort());
      await Deno.writeTextFile(release, "");
      for (const w of workers) assertEquals(await w.exited, 0, w.output());
      const after = await runCli(["status"], { env: { TMPDIR: env.dir } });
      assertEquals(JSON.parse(after.stdout), { currentTaskIds: [] });
      // a registration left by a worker that was killed is forgotten
      const dead = new Deno.Command("true").spawn();
      await dead.status;
      const stale = join(env.dir, "generic-worker-workers", `${dead.pid}.json`);
      await Deno.writeTextFile(
        stale,
        JSON.stringify({ pid: dead.pid, statusUrl: "http://127.0.0.1:9/status", workerId: "gone" }),
      );
      const again = await runCli(["status"], { env: { TMPDIR: env.dir } });
      assertEquals(JSON.parse(again.stdout), { currentTaskIds: [] });
      let exists = true;
      try {
        await Deno.stat(stale);
      } catch {
        exists = false;
      }
      assertEquals(exists, false, "the stale registration is still there");
    } finally {
      await Deno.writeTextFile(join(env.dir, "release"), "").catch(() => {});
      for (const w of workers) {
        try {
          w.child.kill("SIGKILL");
        } catch { /* exited */ }
      }
      await env.close();
    }
  },
});
