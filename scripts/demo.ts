/**
 * `deno task demo`: the whole path on one machine. Starts `serve-local`,
 * writes a worker config for it, starts `generic-worker run`, submits every
 * task in examples/*.json, prints each task's live log URL while it runs,
 * then its resolution and artifacts, and exits 0 when every task resolved
 * as its example expects.
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
  });
  const cfgFile = join(work, "worker-config.json");
  await Deno.writeTextFile(cfgFile, JSON.stringify(cfg, null, 2));

  // 3. the worker
  const workerLog = join(work, "worker.log");
  const logFile = await Deno.open(workerLog, { create: true, write: true, truncate: true });
  const worker = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, "run", "--config", cfgFile],
    cwd: work,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const pumps = Promise.all([
    worker.stdout.pipeTo(logFile.writable, { preventClose: true }),
    worker.stderr.pipeTo(logFile.writable, { preventClose: true }),
  ]).catch(() => {});
  console.log(`worker started (its log: ${workerLog})`);

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
      await sleep(500);
    }
  }

  // 6. the worker stops by itself after numberOfTasksToRun; then stop the service
  const status = await worker.status;
  await pumps;
  logFile.close();
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
