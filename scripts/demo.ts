/**
 * `deno task demo`: the whole path on one machine. Starts `serve-local`,
 * writes a worker config for it, starts `generic-worker run`, submits every
 * task in examples/*.json, prints each task's live log URL while it runs,
 * then its resolution and artifacts, and exits 0 when every task resolved
 * as its example expects. If the worker exits before every task resolved, or
 * a task does not resolve within DEMO_TIMEOUT_SECONDS (default 300), the demo
 * stops at once and prints the worker's last log lines.
 *
 * `DEMO_CONFIG_OVERRIDES` (JSON object) is merged into the generated worker
 * config, for trying other settings (the tests use it to make the worker fail).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Queue } from "../src/taskcluster/queue.ts";
import { slugid } from "../src/taskcluster/slugid.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MAIN = join(ROOT, "main.ts");

interface Example {
  file: string;
  name: string;
  description: string;
  expect: string;
  payload: Record<string, unknown>;
}

interface ServeLocalInfo {
  rootUrl: string;
  clientId: string;
  accessToken: string;
  workerConfig: string;
}

async function readFirstLine(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let buf = "";
  while (!buf.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += value;
  }
  reader.releaseLock();
  return buf.split("\n")[0];
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

async function loadExamples(): Promise<Example[]> {
  const dir = join(ROOT, "examples");
  const out: Example[] = [];
  const names = [];
  for await (const e of Deno.readDir(dir)) if (e.name.endsWith(".json")) names.push(e.name);
  for (const name of names.sort()) {
    out.push({ file: name, ...JSON.parse(await Deno.readTextFile(join(dir, name))) });
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Copies the worker's stdout and stderr into one log file and keeps its last lines. */
class WorkerLog {
  #file: Deno.FsFile;
  #tail: string[] = [];
  #partial = "";
  #writes: Promise<unknown> = Promise.resolve();
  constructor(file: Deno.FsFile) {
    this.#file = file;
  }
  /** Reads one stream to its end; chunks of both streams are written in arrival order. */
  async pump(stream: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    for await (const chunk of stream) {
      this.#writes = this.#writes.then(() => this.#writeAll(chunk));
      const text = this.#partial + decoder.decode(chunk, { stream: true });
      const lines = text.split("\n");
      this.#partial = lines.pop() ?? "";
      this.#tail.push(...lines);
      if (this.#tail.length > 40) this.#tail.splice(0, this.#tail.length - 40);
    }
  }
  async #writeAll(chunk: Uint8Array): Promise<void> {
    for (let off = 0; off < chunk.length;) off += await this.#file.write(chunk.subarray(off));
  }
  /** The last lines written (the one not ended by a newline too). */
  tail(): string[] {
    return this.#partial ? [...this.#tail, this.#partial] : [...this.#tail];
  }
  /** Waits for every write, then closes the file. */
  async close(): Promise<void> {
    await this.#writes;
    this.#file.close();
  }
}

async function main(): Promise<number> {
  const work = await Deno.makeTempDir({ prefix: "generic-worker-demo-" });
  console.log(`demo directory: ${work}`);
  const examples = await loadExamples();

  // 1. the embedded Taskcluster service
  const serve = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, "serve-local", "--port", "0", "--data-dir", join(work, "localtc")],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const info: ServeLocalInfo = JSON.parse(await readFirstLine(serve.stdout));
  console.log(`serve-local is up at ${info.rootUrl}`);

  // 2. a worker config for it: insecure engine (no root needed), our own ports
  const cfg = JSON.parse(await Deno.readTextFile(info.workerConfig));
  const livelogPort = freePort();
  const overrides = JSON.parse(Deno.env.get("DEMO_CONFIG_OVERRIDES") ?? "{}");
  // serve-local writes the multiuser engine when run as root; headlessTasks is a multiuser-only key
  delete cfg.headlessTasks;
  const timeoutMs = Number(Deno.env.get("DEMO_TIMEOUT_SECONDS") ?? "300") * 1000;
  Object.assign(cfg, {
    engine: "insecure",
    numberOfTasksToRun: examples.length,
    tasksDir: join(work, "tasks"),
    cachesDir: join(work, "caches"),
    downloadsDir: join(work, "downloads"),
    livelogPortBase: livelogPort,
    livelogExposePort: livelogPort,
    publicIP: "127.0.0.1",
    interactivePort: freePort(),
    taskclusterProxyPort: freePort(),
    requiredDiskSpaceMegabytes: 1,
  }, overrides);
  const cfgFile = join(work, "worker-config.json");
  await Deno.writeTextFile(cfgFile, JSON.stringify(cfg, null, 2));

  // 3. the worker
  const workerLog = join(work, "worker.log");
  const log = new WorkerLog(
    await Deno.open(workerLog, { create: true, write: true, truncate: true }),
  );
  const worker = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, "run", "--config", cfgFile],
    cwd: work,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const pumps = Promise.all([log.pump(worker.stdout), log.pump(worker.stderr)]).catch(() => {});
  let exited: Deno.CommandStatus | undefined;
  const workerDone = worker.status.then((s) => (exited = s));
  console.log(`worker started (its log: ${workerLog})`);

  /** Stops everything and reports why, with the worker's last lines. */
  const giveUp = async (why: string): Promise<number> => {
    console.log(`demo FAILED: ${why}`);
    if (!exited) worker.kill("SIGKILL");
    await workerDone;
    await pumps;
    await log.close();
    console.log(`last lines of the worker's log (${workerLog}):`);
    for (const line of log.tail()) console.log(`  | ${line}`);
    serve.kill("SIGINT");
    await serve.status;
    return 1;
  };

  // 4. the tasks
  const queue = new Queue({
    rootUrl: info.rootUrl,
    credentials: { clientId: info.clientId, accessToken: info.accessToken },
  });
  const now = Date.now();
  const tasks = examples.map((ex) => ({ ex, taskId: slugid() }));
  for (const { ex, taskId } of tasks) {
    await queue.createTask(taskId, {
      taskQueueId: `${cfg.provisionerId}/${cfg.workerType}`,
      schedulerId: "demo",
      taskGroupId: taskId,
      created: new Date(now).toISOString(),
      deadline: new Date(now + 3_600_000).toISOString(),
      expires: new Date(now + 86_400_000).toISOString(),
      payload: ex.payload,
      metadata: {
        name: ex.name,
        description: ex.description,
        owner: "demo@example.com",
        source: `https://github.com/taskcluster/taskcluster/examples/${ex.file}`,
      },
    });
    console.log(`submitted ${taskId}: ${ex.name}`);
  }

  // 5. follow them
  let ok = true;
  for (const { ex, taskId } of tasks) {
    let shownLive = false;
    let state = "";
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { status } = await queue.status(taskId);
      state = status.state;
      if (!shownLive && state === "running") {
        try {
          const live = await queue.latestArtifact(taskId, "public/logs/live.log");
          if ("url" in live && live.url) {
            console.log(`  ${ex.name}: running; follow its log with: curl ${live.url}`);
            shownLive = true;
          }
        } catch { /* not created yet */ }
      }
      if (["completed", "failed", "exception"].includes(state)) {
        const run = status.runs[status.runs.length - 1];
        const reason = run?.reasonResolved ? ` (${run.reasonResolved})` : "";
        const verdict = state === ex.expect ? "as expected" : `EXPECTED ${ex.expect}`;
        console.log(`${taskId} ${ex.name}: ${state}${reason} - ${verdict}`);
        if (state !== ex.expect) ok = false;
        const arts = await queue.listLatestArtifacts(taskId);
        for (const a of arts.artifacts) {
          console.log(`    artifact ${a.name} (${a.storageType}, ${a.contentType})`);
        }
        break;
      }
      if (exited) {
        return await giveUp(
          `the worker exited with code ${exited.code} before ${taskId} (${ex.name}) resolved`,
        );
      }
      if (Date.now() > until) {
        return await giveUp(`${taskId} (${ex.name}) did not resolve in ${timeoutMs / 1000} s`);
      }
      await Promise.race([sleep(500), workerDone]);
    }
  }

  // 6. the worker stops by itself after numberOfTasksToRun; then stop the service
  const status = await workerDone;
  await pumps;
  await log.close();
  console.log(`worker exited with code ${status.code}`);
  if (status.code !== 0) ok = false;
  serve.kill("SIGINT");
  await serve.status;
  if (ok) {
    await Deno.remove(work, { recursive: true }).catch(() => {});
    console.log("demo finished: every task resolved as expected");
    return 0;
  }
  console.log(`demo FAILED; see ${workerLog}`);
  return 1;
}

if (import.meta.main) Deno.exit(await main());
