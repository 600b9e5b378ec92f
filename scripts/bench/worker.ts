/**
 * Measures 1-4 of the benchmark suite, on the real product: the worker CLI
 * process against `serve-local` (localtc), real commands, real files, each
 * next to a baseline measured in the same run.
 */
import { join } from "node:path";
import { WorkerEnv } from "../../tests/helpers/worker_env.ts";
import { type BenchRow, repeat, row, rssOf, timeMs } from "./stats.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

async function runDirect(argv: string[]): Promise<void> {
  const out = await new Deno.Command(argv[0], {
    args: argv.slice(1),
    stdout: "null",
    stderr: "null",
  })
    .output();
  if (!out.success) throw new Error(`${argv.join(" ")} failed`);
}

/** Runs `tasks` payloads through one worker; returns per-task queue-side durations (ms) and the peak RSS. */
async function throughWorker(
  env: WorkerEnv,
  payloads: Record<string, unknown>[],
  config: Record<string, unknown> = {},
): Promise<
  { durations: number[]; totalMs: number; peakRss: number; cpuMs: number; taskIds: string[] }
> {
  const taskIds: string[] = [];
  for (const p of payloads) taskIds.push(await env.createTask(p));
  const cfg = await env.writeConfig({ numberOfTasksToRun: payloads.length, ...config });
  // the count of resolved tasks persists in the worker's directory: start each worker from 0
  await Deno.remove(join(env.dir, "tasks-resolved-count.txt")).catch(() => {});
  const t0 = performance.now();
  const worker = env.startWorker(cfg);
  let peakRss = 0;
  let cpuMs = 0;
  const sampler = setInterval(async () => {
    peakRss = Math.max(peakRss, (await rssOf(worker.child.pid)) ?? 0);
    cpuMs = Math.max(cpuMs, await cpuMsOf(worker.child.pid));
  }, 20);
  const code = await worker.exited;
  clearInterval(sampler);
  const totalMs = performance.now() - t0;
  if (code !== 0) throw new Error(`worker exited ${code}:\n${worker.output().slice(-2000)}`);
  const durations: number[] = [];
  for (const id of taskIds) {
    const { status } = await env.queue.status(id);
    const run = status.runs[0];
    if (run.state !== "completed") throw new Error(`task ${id} ${run.state}/${run.reasonResolved}`);
    durations.push(Date.parse(run.resolved!) - Date.parse(run.started!));
  }
  return { durations, totalMs, peakRss, cpuMs, taskIds };
}

/** Parses a Go duration string (`1m2.5s`, `850ms`) to milliseconds; 0 when unparseable. */
function parseGoDuration(s: string): number {
  let ms = 0;
  for (const [, n, u] of s.matchAll(/([\d.]+)(h|ms|m|s|µs|ns)/g)) {
    const v = Number(n);
    ms += u === "h"
      ? v * 3_600_000
      : u === "m"
      ? v * 60_000
      : u === "s"
      ? v * 1000
      : u === "ms"
      ? v
      : u === "µs"
      ? v / 1000
      : v / 1e6;
  }
  return ms;
}

/** 1. Worker overhead per trivial task. */
export async function benchOverhead(opts: { quick: boolean }): Promise<BenchRow[]> {
  const n = opts.quick ? 5 : 20;
  const env = await WorkerEnv.start();
  try {
    const r = await throughWorker(
      env,
      Array.from({ length: n }, () => ({ command: [["/bin/true"]], maxRunTime: 60 })),
    );
    const direct = await repeat(n, () => timeMs(() => runDirect(["/bin/true"])));
    // CPU per task: a worker running n tasks minus one running a single task (start-up cancels)
    const one = await throughWorker(env, [{ command: [["/bin/true"]], maxRunTime: 60 }]);
    const cpuPerTask = (r.cpuMs - one.cpuMs) / (n - 1);
    return [
      row({
        group: "1. worker overhead",
        name: "claim->resolve of a /bin/true task",
        unit: "ms",
        ours: r.durations,
        baseline: direct,
        baselineName: "spawn /bin/true directly",
        higherIsBetter: false,
        note: "queue-side run.started -> run.resolved, includes log upload and resolution",
      }),
      row({
        group: "1. worker overhead",
        name: "tasks per minute (one worker, capacity 1)",
        unit: "tasks/min",
        ours: [(n / r.totalMs) * 60_000],
        higherIsBetter: true,
        note: "includes worker start-up",
      }),
      row({
        group: "1. worker overhead",
        name: "worker CPU per trivial task",
        unit: "ms",
        ours: [cpuPerTask],
        higherIsBetter: false,
        note: "utime+stime of a worker running n tasks minus one running 1, over n-1 (load-proof)",
      }),
    ];
  } finally {
    await env.close();
  }
}

/** 2. Log capture of a task writing to stdout, vs the same command redirected to a file. */
export async function benchLogCapture(opts: { quick: boolean }): Promise<BenchRow[]> {
  const bytes = opts.quick ? 128 * 1048576 : 1024 * 1048576;
  const gen = `yes 'generic-worker log capture benchmark line 0123456789abcdef' | head -c ${bytes}`;
  const env = await WorkerEnv.start();
  try {
    const runs = opts.quick ? 1 : 3;
    const ours: number[] = [];
    let peak = 0;
    for (let i = 0; i < runs; i++) {
      const r = await throughWorker(env, [{
        command: sh(gen),
        maxRunTime: 600,
        features: { liveLog: false },
      }], { enableResourceMonitor: false });
      // the command's own Wall Time from the result block isolates capture from upload
      const log = await env.queue.getLatestArtifactContent(
        r.taskIds[0],
        "public/logs/live_backing.log",
      );
      let tail = "";
      const dec = new TextDecoder();
      for await (const chunk of log.body) tail = (tail + dec.decode(chunk)).slice(-8192);
      const wall = parseGoDuration(tail.match(/Wall Time: (\S+)/)?.[1] ?? "");
      ours.push((bytes / 1048576) / ((wall || r.durations[0]) / 1000));
      peak = Math.max(peak, r.peakRss);
    }
    const file = join(env.dir, "direct.log");
    const base = await repeat(runs, async () => {
      const ms = await timeMs(() => runDirect(["/bin/sh", "-c", `${gen} > ${file}`]));
      return (bytes / 1048576) / (ms / 1000);
    });
    return [
      row({
        group: "2. log capture",
        name: `task writing ${bytes / 1048576} MiB to stdout`,
        unit: "MiB/s",
        ours,
        baseline: base,
        baselineName: "same command > file",
        higherIsBetter: true,
        note: "ours: the command's Wall Time from the task log's result block",
      }),
      row({
        group: "2. log capture",
        name: "peak worker RSS while capturing",
        unit: "MiB",
        ours: [peak / 1048576],
        higherIsBetter: false,
      }),
    ];
  } finally {
    await env.close();
  }
}

/** 3. Live log fan-out: 8 clients following a task writing a lot of output. */
export async function benchLiveLog(opts: { quick: boolean }): Promise<BenchRow[]> {
  const bytes = opts.quick ? 32 * 1048576 : 256 * 1048576;
  const clients = 8;
  const env = await WorkerEnv.start();
  try {
    // lines carry the time they were written, so clients can measure the delay
    const script =
      `perl -MTime::HiRes=time -e '$|=1; my $pad = "x" x 200; my $n = 0; while ($n < ${bytes}) { my $l = sprintf("%.6f %s\\n", time, $pad); print $l; $n += length $l; }'`;
    const taskId = await env.createTask({ command: sh(script), maxRunTime: 600 });
    const cfg = await env.writeConfig({ numberOfTasksToRun: 1, enableResourceMonitor: false });
    const worker = env.startWorker(cfg);
    let url = "";
    for (;;) {
      try {
        const a = await env.queue.latestArtifact(taskId, "public/logs/live.log");
        if ("url" in a && a.url) {
          url = a.url as string;
          break;
        }
      } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 20));
    }
    const delays: number[] = [];
    const follow = async (measure: boolean) => {
      const t0 = performance.now();
      const r = await fetch(url);
      let n = 0;
      let tail = "";
      const dec = new TextDecoder();
      for await (const chunk of r.body!) {
        n += chunk.length;
        if (measure) {
          const now = Date.now() / 1000;
          const text = tail + dec.decode(chunk, { stream: true });
          const lines = text.split("\n");
          tail = lines.pop() ?? "";
          for (let i = 0; i < lines.length; i += 50) {
            const ts = Number(lines[i].split(" ")[0]);
            if (ts > 1e9) delays.push((now - ts) * 1000);
          }
        }
      }
      return { bytes: n, ms: performance.now() - t0 };
    };
    const cpu0 = await cpuMsOf(worker.child.pid);
    const results = await Promise.all(Array.from({ length: clients }, (_, i) => follow(i === 0)));
    const cpuMs = (await cpuMsOf(worker.child.pid)) - cpu0;
    await worker.exited;
    const total = results.reduce((s, r) => s + r.bytes, 0);
    const wall = Math.max(...results.map((r) => r.ms));
    const backing = await env.queue.getLatestArtifactContent(
      taskId,
      "public/logs/live_backing.log",
    );
    const file = join(env.dir, "finished.log");
    await Deno.writeFile(file, backing.body);
    const size = (await Deno.stat(file)).size;
    // baseline: the same command writing to a file, followed by 8 `tail -f` from byte 0
    const native = await repeat(opts.quick ? 1 : 2, () => nativeFollow(script, env.dir, clients));
    delays.sort((a, b) => a - b);
    const pct = (p: number) => delays[Math.min(delays.length - 1, Math.floor(delays.length * p))];
    return [
      row({
        group: "3. live log fan-out",
        name: `${clients} clients, ${bytes / 1048576} MiB task output, total delivered`,
        unit: "MiB/s",
        ours: [(total / 1048576) / (wall / 1000)],
        baseline: native,
        baselineName: "same command > file, 8 x tail -f",
        higherIsBetter: true,
        note: `${
          results.every((r) => r.bytes === size) ? "every client got every byte" : "SHORT DELIVERY"
        }`,
      }),
      row({
        group: "3. live log fan-out",
        name: "worker CPU per MiB delivered (capture + fan-out)",
        unit: "ms/MiB",
        ours: [cpuMs / (total / 1048576)],
        higherIsBetter: false,
        note: "utime+stime of the worker process while the clients followed",
      }),
      row({
        group: "3. live log fan-out",
        name: "line written -> client received, p50",
        unit: "ms",
        ours: [pct(0.5)],
        higherIsBetter: false,
      }),
      row({
        group: "3. live log fan-out",
        name: "line written -> client received, p99",
        unit: "ms",
        ours: [pct(0.99)],
        higherIsBetter: false,
      }),
    ];
  } finally {
    await env.close();
  }
}

/** CPU time (user + system) a process used so far, in ms (Linux /proc; 0 elsewhere). */
async function cpuMsOf(pid: number): Promise<number> {
  try {
    const stat = await Deno.readTextFile(`/proc/${pid}/stat`);
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

/** Total MiB/s delivered to `n` `tail -f` followers of `script > file`, from byte 0. */
async function nativeFollow(script: string, dir: string, n: number): Promise<number> {
  const file = join(dir, "native-follow.log");
  await Deno.writeFile(file, new Uint8Array());
  const t0 = performance.now();
  const writer = new Deno.Command("/bin/sh", { args: ["-c", `${script} > ${file}`] }).spawn();
  const tails = Array.from({ length: n }, async () => {
    const t = new Deno.Command("tail", {
      args: ["-c", "+1", "-f", "-s", "0.02", `--pid=${writer.pid}`, file],
      stdout: "piped",
    }).spawn();
    let bytes = 0;
    for await (const c of t.stdout) bytes += c.length;
    await t.status;
    return bytes;
  });
  const got = await Promise.all(tails);
  const ms = performance.now() - t0;
  if (!(await writer.status).success) throw new Error("native follow writer failed");
  const size = (await Deno.stat(file)).size;
  if (got.some((b) => b !== size)) throw new Error("tail -f delivered a short log");
  return (got.reduce((a, b) => a + b, 0) / 1048576) / (ms / 1000);
}

/** 4. Artifact upload (s3 and object) vs curl --upload-file to the same server. */
export async function benchArtifactUpload(opts: { quick: boolean }): Promise<BenchRow[]> {
  const bytes = opts.quick ? 128 * 1048576 : 1024 * 1048576;
  const env = await WorkerEnv.start();
  try {
    const file = join(env.dir, "artifact.bin");
    await runDirect(["/bin/sh", "-c", `head -c ${bytes} /dev/urandom > ${file}`]);
    const out: BenchRow[] = [];
    for (const storage of ["s3", "object"]) {
      const r = await throughWorker(env, [{
        command: [["/bin/true"]],
        maxRunTime: 600,
        artifacts: [{
          type: "file",
          path: file,
          name: "public/artifact.bin",
          contentEncoding: "identity",
        }],
        features: { liveLog: false },
      }], { createObjectArtifacts: storage === "object" });
      // baseline: curl --upload-file of the same file to a putUrl of the same server
      const claimTask = await env.createTask({ command: [["/bin/true"]], maxRunTime: 60 });
      const { Queue } = await import("../../src/taskcluster/queue.ts");
      const q = new Queue({ rootUrl: env.tc.rootUrl, credentials: env.tc.rootCredentials });
      const claim = await q.claimWork(env.pool, {
        tasks: 1,
        workerGroup: "bench",
        workerId: "curl",
      });
      const c = claim.tasks.find((t) => t.status.taskId === claimTask) ?? claim.tasks[0];
      const tq = new Queue({ rootUrl: env.tc.rootUrl, credentials: c.credentials });
      const resp = await tq.createArtifact(c.status.taskId, c.runId, "public/curl.bin", {
        storageType: "s3",
        contentType: "application/octet-stream",
        expires: String(c.task.expires),
        contentLength: bytes,
      }) as { putUrl: string };
      const curlMs = await timeMs(() =>
        runDirect([
          "curl",
          "-sf",
          "-X",
          "PUT",
          "-H",
          "Content-Type: application/octet-stream",
          "--upload-file",
          file,
          resp.putUrl,
        ])
      );
      await tq.reportCompleted(c.status.taskId, c.runId);
      out.push(
        row({
          group: "4. artifact upload",
          name: `${bytes / 1048576} MiB file artifact, ${storage} storage`,
          unit: "MiB/s",
          ours: [(bytes / 1048576) / (r.durations[0] / 1000)],
          baseline: [(bytes / 1048576) / (curlMs / 1000)],
          baselineName: "curl --upload-file",
          higherIsBetter: true,
          note: "ours is the whole task run (claim to resolution) whose only work is the upload",
        }),
        row({
          group: "4. artifact upload",
          name: `peak worker RSS, ${storage}`,
          unit: "MiB",
          ours: [r.peakRss / 1048576],
          higherIsBetter: false,
        }),
      );
    }
    return out;
  } finally {
    await env.close();
  }
}

/** 7b. RSS of an idle worker after it has waited for work. */
export async function benchIdleRss(opts: { quick: boolean }): Promise<BenchRow[]> {
  const env = await WorkerEnv.start();
  try {
    const worker = env.startWorker(await env.writeConfig());
    await new Promise((r) => setTimeout(r, opts.quick ? 5_000 : 30_000));
    const rss = (await rssOf(worker.child.pid)) ?? 0;
    worker.child.kill("SIGINT");
    await worker.exited;
    const empty = join(env.dir, "idle.js");
    await Deno.writeTextFile(empty, "setTimeout(() => {}, 100000);");
    const base = new Deno.Command(Deno.execPath(), { args: ["run", empty], stdout: "null" })
      .spawn();
    await new Promise((r) => setTimeout(r, 1000));
    const baseRss = (await rssOf(base.pid)) ?? 0;
    base.kill();
    await base.status;
    return [row({
      group: "7. start-up and idle",
      name: `idle worker RSS after ${opts.quick ? 5 : 30} s`,
      unit: "MiB",
      ours: [rss / 1048576],
      baseline: [baseRss / 1048576],
      baselineName: "idle deno process",
      higherIsBetter: false,
    })];
  } finally {
    await env.close();
  }
}
