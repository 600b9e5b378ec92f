/**
 * Test helpers for the Mounts/Caches feature: temp dirs, an unpacker on
 * the system's tar/unzip/gzip (real processes, fed from a stream or a
 * file), a task view collecting its log lines, and HTTP servers.
 */
import { craftZip } from "../../archive/crafted.ts";
import { onPath } from "../../helpers/tools.ts";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { MountsState } from "../../../src/features/mounts/cache_state.ts";
import type { Unpacker } from "../../../src/features/mounts/mount.ts";
import type { MountsTask } from "../../../src/features/mounts/task_feature.ts";
import { currentUserFs } from "../../../src/features/mounts/task_fs.ts";
import { archiveUnpacker } from "../../../src/features/mounts/unpacker.ts";
import type { ContentSources } from "../../../src/features/mounts/content_cache.ts";
import type { LocalTaskcluster } from "../../../src/localtc/mod.ts";
import { uploadObjectArtifact, uploadS3Artifact } from "../../../src/taskcluster/artifacts.ts";
import { Index } from "../../../src/taskcluster/index.ts";
import { Queue } from "../../../src/taskcluster/queue.ts";
import { slugid } from "../../../src/taskcluster/slugid.ts";

/** A temp dir with `tasks`, `caches`, `downloads` and `state` below it, removed by `cleanup`. */
export interface Dirs {
  root: string;
  tasksDir: string;
  cachesDir: string;
  downloadsDir: string;
  stateDir: string;
  cleanup(): Promise<void>;
}

/** Makes a fresh set of dirs. */
export async function makeDirs(prefix = "mounts-test-"): Promise<Dirs> {
  const root = await Deno.makeTempDir({ prefix });
  const d = {
    root,
    tasksDir: join(root, "tasks"),
    cachesDir: join(root, "caches"),
    downloadsDir: join(root, "downloads"),
    stateDir: join(root, "state"),
    cleanup: () => Deno.remove(root, { recursive: true }).catch(() => {}),
  };
  await Deno.mkdir(d.tasksDir);
  await Deno.mkdir(d.stateDir);
  return d;
}

/** Loads a `MountsState` on `dirs`, collecting worker log lines into `lines`. */
export function loadState(
  dirs: Dirs,
  lines: string[] = [],
  now?: () => number,
): Promise<MountsState> {
  return MountsState.load({
    cachesDir: dirs.cachesDir,
    downloadsDir: dirs.downloadsDir,
    stateDir: dirs.stateDir,
    log: (l) => lines.push(l),
    now,
  });
}

const TAR_FLAGS: Record<string, string[]> = {
  "tar": [],
  "tar.gz": ["-z"],
  "tar.bz2": ["-j"],
  "tar.xz": ["-J"],
  "tar.zst": ["--zstd"],
};

/** Calls made to a recording unpacker. */
export interface UnpackCall {
  op: "extract" | "decompress";
  /** "stream" or the source path. */
  src: string;
  dest: string;
  format: string;
}

/** The product unpacker (src/archive), recording its calls into `calls`. */
export function recordingUnpacker(calls: UnpackCall[] = []): Unpacker {
  const inner = archiveUnpacker();
  const srcOf = (src: string | ReadableStream<Uint8Array>) =>
    typeof src === "string" ? src : "stream";
  return {
    canStream: (f) => inner.canStream(f),
    extract(src, dest, format) {
      calls.push({ op: "extract", src: srcOf(src), dest, format });
      return inner.extract(src, dest, format);
    },
    decompress(src, destFile, format) {
      calls.push({ op: "decompress", src: srcOf(src), dest: destFile, format });
      return inner.decompress(src, destFile, format);
    },
  };
}

/** Log lines of a task, as `info: ...`, `warn: ...`, `error: ...`. */
export type LogLines = string[];

/** A `MountsTask` over `taskDir`; `overrides` replace fields. */
export function fakeTask(
  taskDir: string,
  sources: ContentSources,
  overrides: Partial<MountsTask> = {},
): {
  task: MountsTask;
  lines: LogLines;
  result: { value?: { exitCode: number; aborted: boolean } };
} {
  const lines: LogLines = [];
  const result: { value?: { exitCode: number; aborted: boolean } } = {};
  const task: MountsTask = {
    taskDir,
    mounts: [],
    dependencies: [],
    purgeCachesExitCodes: [],
    log: {
      info: (m) => lines.push(`info: ${m}`),
      warn: (m) => lines.push(`warn: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
    },
    sources,
    fs: currentUserFs(),
    commandResult: () => result.value,
    ...overrides,
  };
  return { task, lines, result };
}

/** Sources that fail every call (for tests that must not download). */
export const noSources: ContentSources = {
  downloadArtifact: () => Promise.reject(new Error("no artifact downloads in this test")),
  findTask: () => Promise.reject(new Error("no index in this test")),
  downloadUrl: () => Promise.reject(new Error("no url downloads in this test")),
};

/** A running HTTP server counting requests per path. */
export interface FileServer {
  url: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1:0, counting requests by path. */
export function serveCounting(
  handler: (req: Request, hit: number) => Response | Promise<Response>,
): FileServer {
  const hits = new Map<string, number>();
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const p = new URL(req.url).pathname;
    const n = (hits.get(p) ?? 0) + 1;
    hits.set(p, n);
    return handler(req, n);
  });
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    hits,
    close: () => server.shutdown(),
  };
}

/** Hex SHA-256 of bytes or text. */
export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Deterministic pseudo-random bytes. */
export function pseudoRandom(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Builds a tar archive (`tar -c` with `flags`) of `files` (relative path -> content). */
export async function makeTar(
  dir: string,
  files: Record<string, string | Uint8Array>,
  format = "tar.gz",
): Promise<Uint8Array<ArrayBuffer>> {
  const src = await Deno.makeTempDir({ dir, prefix: "tar-src-" });
  try {
    for (const [name, content] of Object.entries(files)) {
      const p = join(src, name);
      await Deno.mkdir(join(p, ".."), { recursive: true });
      if (typeof content === "string") await Deno.writeTextFile(p, content);
      else await Deno.writeFile(p, content);
    }
    const out = await new Deno.Command("tar", {
      args: ["-c", ...TAR_FLAGS[format], "-f", "-", "-C", src, "."],
      stdout: "piped",
    }).output();
    if (out.code !== 0) throw new Error(`tar -c exited ${out.code}`);
    return out.stdout;
  } finally {
    await Deno.remove(src, { recursive: true });
  }
}

let zipNoted = false;

/** Builds a zip archive of `files` (Info-ZIP's `zip`, or the tests' own writer without it). */
export async function makeZip(
  dir: string,
  files: Record<string, string>,
): Promise<Uint8Array<ArrayBuffer>> {
  const src = await Deno.makeTempDir({ dir, prefix: "zip-src-" });
  try {
    for (const [name, content] of Object.entries(files)) {
      const p = join(src, name);
      await Deno.mkdir(join(p, ".."), { recursive: true });
      await Deno.writeTextFile(p, content);
    }
    if (!onPath("zip")) {
      // no Info-ZIP here: the same entries through the tests' own zip writer
      if (!zipNoted) console.log("note: zip not on PATH; mounts tests build zips with craftZip");
      zipNoted = true;
      const entries = Object.entries(files).map(([name, data]) => ({
        type: "file" as const,
        name,
        data,
      }));
      return craftZip(entries) as Uint8Array<ArrayBuffer>;
    }
    const out = await new Deno.Command("zip", {
      args: ["-q", "-r", "-", "."],
      cwd: src,
      stdout: "piped",
    }).output();
    if (out.code !== 0) throw new Error(`zip exited ${out.code}`);
    return out.stdout;
  } finally {
    await Deno.remove(src, { recursive: true });
  }
}

/** The lines of `lines` that contain `[mounts] `, without it and the level prefix kept. */
export function mountLines(lines: LogLines): string[] {
  return lines.filter((l) => l.includes("[mounts] ")).map((l) => l.replace("[mounts] ", ""));
}

/** Asserts that some line matches each pattern, in order. */
export function findInOrder(lines: string[], patterns: RegExp[]): string | undefined {
  let i = 0;
  for (const p of patterns) {
    while (i < lines.length && !p.test(lines[i])) i++;
    if (i === lines.length) return `no line matches ${p} (in order); lines:\n${lines.join("\n")}`;
    i++;
  }
  return undefined;
}

/** An artifact a producer task publishes. */
export interface ProducedArtifact {
  name: string;
  data: Uint8Array | string;
  storage: "s3" | "object";
}

/**
 * Creates, claims and completes a task on localtc that publishes
 * `artifacts` (and indexes it at `namespace`, when given); returns its id.
 */
export async function produceArtifacts(
  tc: LocalTaskcluster,
  tmpDir: string,
  artifacts: ProducedArtifact[],
  namespace?: string,
): Promise<string> {
  const pool = "local/mounts-producer";
  const root = new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, retries: 1 });
  const taskId = slugid();
  const now = Date.now();
  const expires = new Date(now + 2 * 86400_000).toJSON();
  await root.createTask(taskId, {
    taskQueueId: pool,
    created: new Date(now).toJSON(),
    deadline: new Date(now + 3600_000).toJSON(),
    expires,
    payload: {},
    metadata: { name: "producer", description: "d", owner: "t@example.com", source: "https://x" },
  });
  const cfg = tc.createWorkerConfig({ provisionerId: "local", workerType: "mounts-producer" });
  const worker = new Queue({
    rootUrl: tc.rootUrl,
    credentials: { clientId: cfg.clientId, accessToken: cfg.accessToken },
    retries: 1,
  });
  const { tasks } = await worker.claimWork(pool, {
    tasks: 1,
    workerGroup: cfg.workerGroup,
    workerId: cfg.workerId,
  });
  const claim = tasks.find((t) => t.status.taskId === taskId);
  if (!claim) throw new Error("producer task not claimed");
  const q = new Queue({ rootUrl: tc.rootUrl, credentials: claim.credentials, retries: 1 });
  for (const a of artifacts) {
    const path = join(tmpDir, `artifact-${slugid()}`);
    if (typeof a.data === "string") await Deno.writeTextFile(path, a.data);
    else await Deno.writeFile(path, a.data);
    const base = {
      taskId,
      runId: claim.runId,
      name: a.name,
      path,
      contentType: "application/octet-stream",
      expires,
    };
    if (a.storage === "s3") await uploadS3Artifact(q, { ...base, contentEncoding: "identity" });
    else await uploadObjectArtifact(q, base);
    await Deno.remove(path);
  }
  await q.reportCompleted(taskId, claim.runId);
  if (namespace) {
    await new Index({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials }).insertTask(
      namespace,
      {
        taskId,
        rank: 1,
        data: {},
        expires,
      },
    );
  }
  return taskId;
}
