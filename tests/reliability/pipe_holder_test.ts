/**
 * Reliability: a task whose background process leaves the session and keeps
 * the command's output pipe open (`setsid sleep 600 & sleep 1`) through the
 * real worker CLI (issue 10 item 1). With `maxRunTime: 5` the task resolves
 * failed (max run time exceeded) and the holder is dead; with SIGTERM while
 * such a task runs the worker still shuts down promptly (exit 72,
 * exception/worker-shutdown, log uploaded) and the holder is dead.
 */
import { join } from "node:path";
import { processAlive } from "../../src/platform/process.ts";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv, type WorkerProcess } from "../helpers/worker_env.ts";

const linux = Deno.build.os === "linux";
const hasSetsid = linux && (() => {
  try {
    return Deno.statSync("/usr/bin/setsid").isFile;
  } catch {
    return false;
  }
})();

const sh = (script: string) => [["/bin/sh", "-c", script]];

/** The holder writes its pid to `pidFile`, then keeps stdout open for 600 s outside the session. */
const holderScript = (pidFile: string) =>
  `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 600' & echo holder-started; sleep 1`;

async function readPid(file: string, timeoutMs = 30_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    const t = await Deno.readTextFile(file).catch(() => "");
    if (t.trim()) return Number(t.trim());
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no pid in ${file}`);
}

async function waitGone(pid: number, ms = 10_000): Promise<boolean> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, rej) => t = setTimeout(() => rej(new Error(`${what}: hung`)), ms)),
  ]).finally(() => clearTimeout(t));
}

Deno.test({
  name: "reliability: a setsid pipe holder cannot hang a task past maxRunTime, and is killed",
  ignore: !hasSetsid,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    const holderPids: number[] = [];
    let worker: WorkerProcess | undefined;
    try {
      const pidFile = join(env.dir, "holder-1.pid");
      const taskId = await env.createTask({ command: sh(holderScript(pidFile)), maxRunTime: 5 });
      worker = env.startWorker(await env.writeConfig({ numberOfTasksToRun: 1 }));
      holderPids.push(await readPid(pidFile));
      const [state, reason] = await withTimeout(env.waitResolved(taskId), 40_000, "task");
      assertEquals([state, reason], ["failed", "failed"], worker.output());
      const log = await env.artifactText(taskId, "public/logs/live_backing.log");
      assertStringIncludes(log, "holder-started");
      assertStringIncludes(log, "max run time exceeded");
      assertEquals(await withTimeout(worker.exited, 30_000, "worker exit"), 0, worker.output());
      assert(await waitGone(holderPids[0]), "the setsid pipe holder survived the task");
    } finally {
      for (const p of holderPids) if (processAlive(p)) Deno.kill(p, "SIGKILL");
      try {
        worker?.child.kill("SIGKILL");
      } catch { /* exited */ }
      await worker?.exited;
      await env.close();
    }
  },
});

Deno.test({
  name: "reliability: SIGTERM while a pipe holder runs -> worker-shutdown, log uploaded, exit 72",
  ignore: !hasSetsid,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    const holderPids: number[] = [];
    let worker: WorkerProcess | undefined;
    try {
      const pidFile = join(env.dir, "holder-2.pid");
      // the leader exits after 1 s; the holder would keep the command "running" for 600 s
      const taskId = await env.createTask({ command: sh(holderScript(pidFile)), maxRunTime: 300 });
      worker = env.startWorker(await env.writeConfig());
      holderPids.push(await readPid(pidFile));
      await new Promise((r) => setTimeout(r, 2000));
      worker.child.kill("SIGTERM");
      const code = await withTimeout(worker.exited, 30_000, "worker exit after SIGTERM");
      assertEquals(code, 72, worker.output());
      // worker-shutdown makes the queue schedule another run; run 0 holds the resolution
      assertEquals(await env.waitResolved(taskId, 10_000, 0), ["exception", "worker-shutdown"]);
      const d = await env.queue.downloadArtifact(taskId, 0, "public/logs/live_backing.log");
      const log = await new Response(d.body).text();
      assertStringIncludes(log, "holder-started");
      assert(await waitGone(holderPids[0]), "the setsid pipe holder survived the shutdown");
    } finally {
      for (const p of holderPids) if (processAlive(p)) Deno.kill(p, "SIGKILL");
      try {
        worker?.child.kill("SIGKILL");
      } catch { /* exited */ }
      await worker?.exited;
      await env.close();
    }
  },
});
