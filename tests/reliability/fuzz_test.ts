/**
 * Reliability: a payload fuzzer through ONE real worker process (issue 10).
 * Real payloads from ../shared/compat (generic-worker, invalid and
 * docker-worker ones) are mutated with a fixed seed (same payloads on every
 * run): values replaced by hostile ones (huge numbers, `__proto__`/`toString`
 * keys, empty and `..` paths, wrong types), keys deleted and added, array
 * items duplicated. Commands are always replaced by harmless local ones, URLs
 * point at a local server that answers 404, and mount paths stay inside the
 * test's directory, so nothing reaches outside the test. Every task must
 * resolve (no hang), none as internal-error, and the worker must run all of
 * them and exit 0 (no crash).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assert, assertEquals } from "../helpers/assert.ts";
import { WorkerEnv, type WorkerProcess } from "../helpers/worker_env.ts";

const COMPAT = fileURLToPath(new URL("../../../shared/compat/", import.meta.url));
const SEED = 0x5eed_2026;
const TASKS = 320;

function compatPresent(): boolean {
  try {
    return Deno.statSync(join(COMPAT, "payloads")).isDirectory;
  } catch {
    return false;
  }
}
const present = compatPresent();
if (!present) {
  console.log(`skipped: ../shared/compat not found (looked in ${COMPAT}); fuzzer ignored`);
}

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The payloads of every corpus file, in file-name order (stable across runs). */
function loadSeeds(): Json[] {
  const seeds: Json[] = [];
  for (const sub of ["payloads", "invalid", "payloads-docker"]) {
    const dir = join(COMPAT, sub);
    const names = [...Deno.readDirSync(dir)].filter((e) => e.isFile && e.name.endsWith(".json"))
      .map((e) => e.name).sort();
    for (const n of names) {
      const doc = JSON.parse(Deno.readTextFileSync(join(dir, n)));
      if (doc && typeof doc === "object" && "payload" in doc) seeds.push(doc.payload);
    }
  }
  return seeds;
}

const SAFE_COMMANDS: string[][] = [
  ["/bin/true"],
  ["/bin/echo", "fuzz"],
  ["/bin/sh", "-c", "exit 3"],
  ["/bin/sh", "-c", "echo out; echo err >&2; mkdir -p public; echo a > public/a.txt"],
  ["no-such-command-fuzz"],
  ["/no/such/file"],
  ["/bin/sh", "-c", "sleep 0.2 & echo background"],
  ["/usr/bin/env"],
];

const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "cacheName",
  "directory",
  "file",
  "content",
  "format",
  "path",
  "type",
  "name",
  "expires",
  "retry",
  "purgeCaches",
  "chainOfTrust",
  "",
];

function hostileValues(url: string): Json[] {
  return [
    null,
    true,
    false,
    0,
    -1,
    1,
    1.5,
    2 ** 31,
    2 ** 53,
    1e300,
    -1e300,
    "",
    " ",
    ".",
    "..",
    "/",
    "sub/..",
    "generic-worker",
    "generic-worker/live_backing.log",
    "__proto__",
    "x".repeat(5000),
    "\u0000nul",
    "😀",
    "2017-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999Z",
    "not a date",
    "tar.gz",
    "zip",
    `${url}/a.tar.gz`,
    [],
    [[]],
    [1, 1],
    {},
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    { toString: 1, valueOf: "2" } as unknown as Json,
    { raw: "raw content" },
    { url: `${url}/x` },
  ];
}

type Slot = { parent: Json[] | { [k: string]: Json }; key: string | number };

function slots(v: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(v)) {
    v.forEach((c, i) => {
      out.push({ parent: v, key: i });
      slots(c, out);
    });
  } else if (v !== null && typeof v === "object") {
    for (const k of Object.keys(v)) {
      out.push({ parent: v, key: k });
      slots(v[k], out);
    }
  }
  return out;
}

function objects(v: Json, out: { [k: string]: Json }[] = []): { [k: string]: Json }[] {
  if (Array.isArray(v)) v.forEach((c) => objects(c, out));
  else if (v !== null && typeof v === "object") {
    out.push(v);
    for (const k of Object.keys(v)) objects(v[k], out);
  }
  return out;
}

function arrays(v: Json, out: Json[][] = []): Json[][] {
  if (Array.isArray(v)) {
    out.push(v);
    v.forEach((c) => arrays(c, out));
  } else if (v !== null && typeof v === "object") {
    for (const k of Object.keys(v)) arrays(v[k], out);
  }
  return out;
}

function define(o: { [k: string]: Json }, k: string, v: Json): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/**
 * One type-preserving mutation (a string for a string, a number for a
 * number, a hostile key added to `env`), so the payload usually still passes
 * the schema and the hostile value reaches the features.
 */
function mutateGently(payload: { [k: string]: Json }, rnd: () => number, url: string): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const values = hostileValues(url);
  if (rnd() < 0.25 && payload.env && typeof payload.env === "object") {
    define(
      payload.env as { [k: string]: Json },
      pick(HOSTILE_KEYS) || "EMPTY",
      pick(["", "x", "__proto__"]),
    );
    return;
  }
  const s = slots(payload).filter(({ parent, key }) => {
    const v = (parent as Record<string | number, Json>)[key];
    return typeof v === "string" || typeof v === "number";
  });
  if (s.length === 0) return;
  const { parent, key } = pick(s);
  const old = (parent as Record<string | number, Json>)[key];
  const v = pick(values.filter((x) => typeof x === typeof old));
  if (Array.isArray(parent)) parent[key as number] = v;
  else define(parent, key as string, v);
}

/** One to four mutations of `payload` (in place). */
function mutate(payload: { [k: string]: Json }, rnd: () => number, url: string): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const values = hostileValues(url);
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const op = rnd();
    if (op < 0.45) {
      const s = slots(payload);
      if (s.length === 0) continue;
      const { parent, key } = pick(s);
      const v = structuredClone(pick(values));
      if (Array.isArray(parent)) parent[key as number] = v;
      else define(parent, key as string, v);
    } else if (op < 0.6) {
      const s = slots(payload).filter((x) => !Array.isArray(x.parent));
      if (s.length === 0) continue;
      const { parent, key } = pick(s);
      delete (parent as Record<string, Json>)[key as string];
    } else if (op < 0.85) {
      define(pick(objects(payload)), pick(HOSTILE_KEYS), structuredClone(pick(values)));
    } else {
      const a = arrays(payload).filter((x) => x.length > 0);
      if (a.length === 0) continue;
      const arr = pick(a);
      arr.push(structuredClone(pick(arr)));
    }
  }
}

/**
 * Keeps the task harmless: every command line is a local one from
 * SAFE_COMMANDS, every http(s) URL points at the test's 404 server, and every
 * mount path that is absolute or climbs more than one level out of the task
 * directory is made relative (the task runs as the worker's user).
 */
function sanitize(payload: { [k: string]: Json }, rnd: () => number, url: string): void {
  const cmd = payload.command;
  if (Array.isArray(cmd)) {
    for (let i = 0; i < cmd.length; i++) {
      const c = cmd[i];
      if (Array.isArray(c) && c.length > 0 && c.every((w) => typeof w === "string")) {
        cmd[i] = [...SAFE_COMMANDS[Math.floor(rnd() * SAFE_COMMANDS.length)]];
      } else if (typeof c === "string") {
        cmd[i] = "/bin/true";
      }
    }
  }
  const walk = (v: Json, inMounts: boolean): Json => {
    if (typeof v === "string") {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return `${url}/${encodeURIComponent(v)}`;
      return v;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i], inMounts);
    } else if (v !== null && typeof v === "object") {
      for (const k of Object.keys(v)) {
        let x = walk(v[k], inMounts || k === "mounts");
        if (inMounts && (k === "file" || k === "directory") && typeof x === "string") {
          const ups = x.split(/[\\/]+/).filter((p) => p === "..").length;
          if (x.startsWith("/") || x.includes("\\") || /^[a-z]:/i.test(x) || ups > 2) {
            x = `fuzz/${x.replace(/[\\/:.]+/g, "_")}`;
          }
        }
        define(v, k, x);
      }
    }
    return v;
  };
  walk(payload, false);
}

const ENABLED_FEATURES = new Set(["chainOfTrust", "liveLog", "backingLog", "resourceMonitor"]);

/**
 * Makes a real payload runnable on this insecure test worker before it is
 * mutated (so mutations reach the later features, not only the schema):
 * posix command lines, only features the worker has, no OS groups, mount
 * content as raw text or from the 404 server, a short maxRunTime.
 */
function prepare(payload: { [k: string]: Json }, rnd: () => number, url: string): void {
  const cmd = payload.command;
  if (!Array.isArray(cmd) || cmd.some((c) => !Array.isArray(c))) payload.command = [["/bin/true"]];
  delete payload.osGroups;
  delete payload.taskclusterProxyInterface;
  const f = payload.features;
  if (f && typeof f === "object" && !Array.isArray(f)) {
    for (const k of Object.keys(f)) if (!ENABLED_FEATURES.has(k)) delete f[k];
  }
  payload.maxRunTime = 30;
  if (Array.isArray(payload.mounts)) {
    for (const m of payload.mounts) {
      if (m && typeof m === "object" && !Array.isArray(m) && "content" in m) {
        m.content = rnd() < 0.7
          ? { raw: "raw mount content" }
          : { url: `${url}/content`, sha256: "0".repeat(64) };
        if ("format" in m) m.format = rnd() < 0.5 ? "zip" : "tar.gz";
      }
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, rej) => t = setTimeout(() => rej(new Error(`${what}: timed out`)), ms)),
  ]).finally(() => clearTimeout(t));
}

Deno.test({
  name:
    `reliability: ${TASKS} mutated real payloads through one worker: no internal-error, no hang, no crash`,
  ignore: !present || Deno.build.os !== "linux",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const server = Deno.serve(
      { port: 0, hostname: "127.0.0.1", onListen: () => {} },
      () => new Response("not here", { status: 404 }),
    );
    const url = `http://127.0.0.1:${server.addr.port}`;
    const env = await WorkerEnv.start();
    let worker: WorkerProcess | undefined;
    try {
      const seeds = loadSeeds();
      assert(seeds.length >= 50, `only ${seeds.length} seed payloads`);
      const rnd = prng(SEED);
      const tasks: { taskId: string; payload: string }[] = [];
      for (let i = 0; i < TASKS; i++) {
        const payload = structuredClone(seeds[i % seeds.length]) as { [k: string]: Json };
        if (payload === null || typeof payload !== "object" || Array.isArray(payload)) continue;
        // half the tasks start from a payload this worker can run, mutated gently
        if (rnd() < 0.5) {
          prepare(payload, rnd, url);
          mutateGently(payload, rnd, url);
        } else mutate(payload, rnd, url);
        sanitize(payload, rnd, url);
        const text = JSON.stringify(payload);
        // through JSON text: `__proto__` keys stay plain keys, as a queue client sends them
        const taskId = await env.createTask(JSON.parse(text), {
          retries: 0,
          scopes: ["generic-worker:*", "queue:get-artifact:*"],
        });
        tasks.push({ taskId, payload: text });
      }
      assert(tasks.length >= 300, `only ${tasks.length} tasks`);
      worker = env.startWorker(
        await env.writeConfig({ numberOfTasksToRun: tasks.length, maxTaskRunTime: 86400 }),
      );
      const code = await withTimeout(worker.exited, 300_000, "worker running every task");
      const byOutcome = new Map<string, number>();
      const bad: string[] = [];
      for (const t of tasks) {
        const { status } = await env.queue.status(t.taskId);
        const run = status.runs[0];
        const outcome = run ? `${run.state}/${run.reasonResolved ?? ""}` : "never claimed";
        byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
        const resolved = run && ["completed", "failed", "exception"].includes(run.state);
        if (!resolved || run.reasonResolved === "internal-error" || status.runs.length !== 1) {
          bad.push(
            `${t.taskId} ${outcome} (${status.runs.length} runs): ${t.payload.slice(0, 400)}`,
          );
        }
      }
      console.log(`fuzz outcomes: ${JSON.stringify(Object.fromEntries(byOutcome))}`);
      assertEquals(bad, [], worker.output().slice(-4000));
      assertEquals(code, 0, worker.output().slice(-4000));
      assert(!/uncaught|panic/i.test(worker.output()), worker.output().slice(-4000));
    } finally {
      try {
        worker?.child.kill("SIGKILL");
      } catch { /* exited */ }
      await worker?.exited;
      await env.close();
      await server.shutdown();
    }
  },
});
