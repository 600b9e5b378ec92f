/**
 * Two workers sharing one `tasksDir` (and state directory) on one host: the
 * start-up and after-task purge of old `task_*` directories (`cleanUpTaskDirs`)
 * of one worker must not delete the directory of a task the other is running.
 * Before the task-directory locks, the second worker's start-up purge deleted
 * the first one's running task directory: its backing log was lost and the task
 * failed.
 */
import { join } from "node:path";
import { assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv, type WorkerProcess } from "../helpers/worker_env.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

Deno.test({
  name: "a worker's task-dir purge leaves the running task of another worker on the same tasksDir",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    const workers: WorkerProcess[] = [];
    const release = join(env.dir, "release");
    try {
      const held = await env.createTask({
        command: sh(`echo started; while [ ! -e '${release}' ]; do sleep 0.1; done; echo released`),
        maxRunTime: 120,
      });
      workers.push(env.startWorker(await env.writeConfig({ numberOfTasksToRun: 1 })));
      await env.waitRunning(held);
      // a stale directory from a worker that died (no lock held): purged by the next start-up
      const stale = join(env.dir, "tasks", "task_stale_0");
      await Deno.mkdir(join(stale, "generic-worker"), { recursive: true });
      await Deno.writeTextFile(join(env.dir, "tasks", ".task_stale_0.lock"), "");
      // the second worker starts (start-up purge), runs a task, purges again after it
      const quick = await env.createTask({ command: sh("echo quick"), maxRunTime: 60 });
      const second = env.startWorker(await env.writeConfig({ numberOfTasksToRun: 1 }));
      workers.push(second);
      assertEquals(await env.waitResolved(quick), ["completed", "completed"]);
      assertEquals(await second.exited, 0, second.output());
      const names: string[] = [];
      for await (const e of Deno.readDir(join(env.dir, "tasks"))) names.push(e.name);
      // the held task's directory is still there, the stale one and its lock file are gone
      assertEquals(names.filter((n) => n.startsWith("task_stale")), []);
      assertEquals(names.includes(".task_stale_0.lock"), false);
      const heldDirs = names.filter((n) => n.startsWith(`task_${held.slice(0, 13)}`));
      assertEquals(heldDirs.length, 1, names.join(" "));
      await Deno.writeTextFile(release, "");
      assertEquals(await env.waitResolved(held), ["completed", "completed"]);
      assertEquals(await workers[0].exited, 0, workers[0].output());
      const log = await env.artifactText(held, "public/logs/live_backing.log");
      assertStringIncludes(log, "started");
      assertStringIncludes(log, "released");
    } finally {
      await Deno.writeTextFile(release, "").catch(() => {});
      for (const w of workers) {
        try {
          w.child.kill("SIGKILL");
        } catch { /* exited */ }
      }
      await env.close();
    }
  },
});
