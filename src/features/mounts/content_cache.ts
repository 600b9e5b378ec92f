/**
 * Getting mount content into the file cache (spec 11.2): look the content
 * key up in the worker's file cache (re-checking the SHA-256 of a cached
 * file), else download it to `downloadsDir/<slugid>` once however many
 * tasks ask at the same time (single flight), verify the SHA-256 the task
 * requires, and record the download in the cache table.
 *
 * Streaming: a caller may pass a `ContentSink` (an extractor, a file
 * writer); a fresh network download is then fed to the sink while it is
 * written to the cache file and hashed, so download and extraction
 * overlap. Backpressure holds for both. If the sink fails, the download
 * still completes (the cache entry is good); if the transfer breaks off,
 * the sink is aborted and undone and the download starts over into the
 * file alone; if the SHA-256 then mismatches, the sink's output is undone
 * and the mount fails with the spec's message.
 *
 * ```ts
 * const got = await obtainContent(ctx, content, sink);
 * try { if (!got.streamed) await extract(got.file); } finally { got.release(); }
 * ```
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Download } from "../../taskcluster/download.ts";
import { downloadToFile } from "../../taskcluster/download.ts";
import { TaskclusterNetworkError } from "../../taskcluster/errors.ts";
import type { RetryOptions } from "../../taskcluster/retry.ts";
import { slugid } from "../../taskcluster/slugid.ts";
import { type CacheEntry, type MountsState, removeAll } from "./cache_state.ts";
import { type Content, contentString, requiredSha256 } from "./parse.ts";
import { errorText } from "./text.ts";

/** The `[mounts]`-prefixed task log (the prefix is added by the implementation). */
export interface MountsLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Where content comes from, with the task's credentials. */
export interface ContentSources {
  /** Opens the latest run's artifact `name` of `taskId` (queue, by storage type). */
  downloadArtifact(taskId: string, name: string): Promise<Download>;
  /** The task an index namespace points to. */
  findTask(namespace: string): Promise<{ taskId: string }>;
  /**
   * GETs `url`, retrying network errors and 5xx with backoff;
   * `onRetry` is called before each retry.
   */
  downloadUrl(url: string, onRetry: (error: unknown) => void): Promise<Download>;
}

/** Something that consumes content while it downloads (see the module doc). */
export interface ContentSink {
  /** Reads `body` (the content being written to the cache file `file`) to its end, or rejects. */
  consume(body: ReadableStream<Uint8Array>, file: string): Promise<void>;
  /** Removes whatever `consume` wrote; may be called more than once. */
  undo(): Promise<void>;
}

/** What obtaining content needs. */
export interface ContentContext {
  state: MountsState;
  log: MountsLog;
  sources: ContentSources;
  /** Retries when a transfer breaks off mid-body. */
  retry?: RetryOptions;
  /** Minimum time between progress lines of one download, ms (default 5000). */
  progressIntervalMs?: number;
  /** Clock for progress lines, ms. */
  now?: () => number;
  /** Aborts downloads in flight (the mount then fails). */
  signal?: AbortSignal;
}

/** Content in the file cache, ready to use. */
export interface Obtained {
  /** The cache file. */
  file: string;
  /** Its SHA-256 ("" for raw/base64 content just written, as the Go worker records it). */
  sha256: string;
  /** The sink consumed the content already (nothing left to do with the file). */
  streamed: boolean;
  /** The file cache key. */
  key: string;
  /** Call when done with the file (garbage collection may then evict it). */
  release(): void;
}

/** A mount failure whose message is reported as `[mounts] <message>` (failed/failed). */
export class MountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MountError";
  }
}

/** Content key of resolved content (indexed content resolves to an artifact key). */
export function contentKey(c: Content, resolvedTaskId?: string): string {
  switch (c.kind) {
    case "artifact":
      return `artifact:${c.taskId}:${c.artifact}`;
    case "indexed":
      return `artifact:${resolvedTaskId}:${c.artifact}`;
    case "url":
      return `urlcontent:${c.url}`;
    case "raw":
      return `Raw content: ${c.raw}`;
    case "base64":
      return `Base64 content: ${c.base64}`;
  }
}

/** SHA-256 (hex) of a file, streamed. */
export async function sha256OfFile(path: string): Promise<string> {
  const h = createHash("sha256");
  const f = await Deno.open(path, { read: true });
  try {
    for await (const chunk of f.readable) h.update(chunk);
  } finally {
    try {
      f.close();
    } catch { /* closed by the stream */ }
  }
  return h.digest("hex");
}

function formatRate(bytesPerSec: number): string {
  return `${(bytesPerSec / (1024 * 1024)).toFixed(1)} MiB/s`;
}

/** Progress lines for one download: at most one per `intervalMs`, none for quick downloads. */
export function progressReporter(
  log: MountsLog,
  source: string,
  total: number | undefined,
  now: () => number,
  intervalMs: number,
): (bytes: number) => void {
  const start = now();
  let last = start;
  return (bytes) => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    const secs = Math.max((t - start) / 1000, 0.001);
    const of = total !== undefined && total > 0
      ? ` of ${total} (${(Math.min(bytes / total, 1) * 100).toFixed(1)}%)`
      : "";
    log.info(`Download of ${source}: ${bytes} bytes${of} so far, ${formatRate(bytes / secs)}`);
  };
}

/** Bytes read ahead of the cache file and the sink at most. */
const MAX_QUEUED = 4 << 20;
/** A batch for the cache file and the sink waits to reach this size ... */
const MIN_BATCH = 1 << 20;
/** ... for at most this long, ms. */
const BATCH_WAIT_MS = 2;

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

async function writeAll(f: Deno.FsFile, data: Uint8Array): Promise<void> {
  let off = 0;
  while (off < data.length) off += await f.write(data.subarray(off));
}

/** A transfer that broke off after the reply started (worth starting over). */
function isTransferBreak(e: unknown): boolean {
  return e instanceof TaskclusterNetworkError;
}

interface PumpResult {
  bytes: number;
  sha256: string;
  /** The sink's failure, if it failed. */
  sinkError?: unknown;
  sinkFailed: boolean;
}

/**
 * Streams `dl` into `file` (hashing it) and, when given, into `sink`
 * (with backpressure from both). A broken transfer rejects after the sink
 * settled.
 */
async function pump(
  dl: Download,
  file: string,
  sink: ContentSink | undefined,
  onBytes: (bytes: number) => void,
  signal: AbortSignal | undefined,
): Promise<PumpResult> {
  const hash = createHash("sha256");
  let bytes = 0;
  const out = await Deno.open(file, { write: true, create: true, truncate: true, mode: 0o600 });
  let writer: WritableStreamDefaultWriter<Uint8Array> | undefined;
  let sinkDone: Promise<void> = Promise.resolve();
  let sinkSettled = false;
  let sinkFailed = false;
  let sinkError: unknown;
  if (sink) {
    const ts = new TransformStream<Uint8Array, Uint8Array>(
      undefined,
      { highWaterMark: 4 },
      { highWaterMark: 4 },
    );
    writer = ts.writable.getWriter();
    sinkDone = (async () => {
      try {
        await sink.consume(ts.readable, file);
      } catch (e) {
        sinkFailed = true;
        sinkError = e;
      } finally {
        sinkSettled = true;
      }
    })();
  }
  const reader = dl.body.getReader();
  const onAbort = () => reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener("abort", onAbort);
  try {
    if (signal?.aborted) {
      onAbort();
      throw signal.reason ?? new Error("download aborted");
    }
    // Two loops: the reader hashes chunks and queues them (up to MAX_QUEUED);
    // the writer takes everything queued at once to the cache file and the
    // sink. Network chunks are small (16-64 KiB); when the writing side is
    // the slower one, it gets them in batches, costing the file writes and
    // the decoders far fewer round trips, and a slow network adds no delay.
    const queue: Uint8Array[] = [];
    let queued = 0;
    let readDone = false;
    let readError: unknown;
    let stopReading = false;
    let wakeWriter = () => {};
    let wakeReader = () => {};
    const reading = (async () => {
      try {
        while (!stopReading) {
          while (queued >= MAX_QUEUED && !stopReading) {
            await new Promise<void>((r) => (wakeReader = r));
          }
          if (stopReading) break;
          const r = await reader.read();
          if (r.done) break;
          hash.update(r.value);
          bytes += r.value.length;
          onBytes(bytes);
          queue.push(r.value);
          queued += r.value.length;
          wakeWriter();
        }
      } catch (e) {
        readError = e;
      } finally {
        readDone = true;
        wakeWriter();
      }
    })();
    try {
      while (true) {
        if (queue.length === 0) {
          if (readDone) break;
          await new Promise<void>((r) => (wakeWriter = r));
          continue;
        }
        // let a small batch grow for a moment (a fast network fills it in
        // well under BATCH_WAIT_MS; a slow one loses at most that much)
        const deadline = performance.now() + BATCH_WAIT_MS;
        while (queued < MIN_BATCH && !readDone) {
          const left = deadline - performance.now();
          if (left <= 0) break;
          let timer: ReturnType<typeof setTimeout> | undefined;
          await Promise.race([
            new Promise<void>((r) => (wakeWriter = r)),
            new Promise<void>((r) => (timer = setTimeout(r, left))),
          ]);
          clearTimeout(timer);
        }
        const parts = queue.splice(0);
        const chunk = parts.length === 1 ? parts[0] : concat(parts, queued);
        queued = 0;
        wakeReader();
        const written = writeAll(out, chunk);
        if (writer && !sinkSettled) {
          await Promise.race([writer.ready.catch(() => {}), sinkDone]);
          if (!sinkSettled) writer.write(chunk).catch(() => {});
        }
        await written;
      }
    } catch (e) {
      stopReading = true;
      wakeReader();
      await reader.cancel(e).catch(() => {});
      await reading;
      throw e;
    }
    await reading;
    if (readError !== undefined) throw readError;
    if (signal?.aborted) throw signal.reason ?? new Error("download aborted");
  } catch (e) {
    if (writer) {
      await writer.abort(e).catch(() => {});
      await sinkDone;
    }
    throw e;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    try {
      out.close();
    } catch { /* already closed */ }
  }
  if (writer) {
    if (!sinkSettled) await Promise.race([writer.close().catch(() => {}), sinkDone]);
    else await writer.abort().catch(() => {});
    await sinkDone;
  }
  return { bytes, sha256: hash.digest("hex"), sinkFailed, sinkError };
}

interface Downloaded {
  file: string;
  sha256: string;
  /** The sink got the whole content (and did not fail). */
  streamed: boolean;
  sinkFailed: boolean;
  sinkError?: unknown;
}

/**
 * Downloads a network source into `file`: the first attempt feeds `sink`
 * too; when it breaks off mid-body, the sink is aborted and undone and the
 * download is redone into the file alone, with retries.
 */
async function downloadNetwork(
  ctx: ContentContext,
  open: () => Promise<Download>,
  source: string,
  file: string,
  sink: ContentSink | undefined,
): Promise<Downloaded & { bytes: number }> {
  const now = ctx.now ?? (() => performance.now());
  const interval = ctx.progressIntervalMs ?? 5000;
  const dl = await open();
  const progress = progressReporter(ctx.log, source, dl.contentLength, now, interval);
  try {
    const r = await pump(dl, file, sink, progress, ctx.signal);
    return {
      file,
      bytes: r.bytes,
      sha256: r.sha256,
      streamed: sink !== undefined && !r.sinkFailed,
      sinkFailed: r.sinkFailed,
      sinkError: r.sinkError,
    };
  } catch (e) {
    if (!isTransferBreak(e) || ctx.signal?.aborted) throw e;
    ctx.log.warn(`Download of ${source} failed on this attempt: ${errorText(e)}`);
    if (sink) await sink.undo();
  }
  // start over into the file alone, with retries
  const r = await downloadToFile(
    async () => {
      ctx.log.info(`Downloading ${source} to ${file}`);
      return await open();
    },
    file,
    {
      ...ctx.retry,
      signal: ctx.signal,
      onRetry: ({ error }) =>
        ctx.log.warn(`Download of ${source} failed on this attempt: ${errorText(error)}`),
    },
  );
  return { file, bytes: r.bytes, sha256: r.sha256, streamed: false, sinkFailed: false };
}

async function writeString(
  ctx: ContentContext,
  text: string,
  source: string,
  file: string,
): Promise<Downloaded> {
  ctx.log.info(`Copying ${source} to ${file}`);
  const data = new TextEncoder().encode(text);
  try {
    await Deno.writeFile(file, data, { mode: 0o600 });
  } catch (e) {
    ctx.log.error(`Could not open file ${file}: ${errorText(e)}`);
    throw e;
  }
  ctx.log.info(`Copied ${data.length} bytes from ${source} to ${file}`);
  // the Go worker records no SHA-256 for raw/base64 content it just wrote
  return { file, sha256: "", streamed: false, sinkFailed: false };
}

/** Downloads `c` (resolved: indexed content already has its task id) into a new cache file. */
async function download(
  ctx: ContentContext,
  c: Content,
  resolvedTaskId: string | undefined,
  sink: ContentSink | undefined,
  file: string,
): Promise<Downloaded> {
  switch (c.kind) {
    case "artifact":
    case "indexed": {
      const taskId = c.kind === "artifact" ? c.taskId : resolvedTaskId!;
      const source = `task ${taskId} artifact ${c.artifact}`;
      ctx.log.info(`Downloading ${source} to ${file}`);
      const r = await downloadNetwork(
        ctx,
        () => ctx.sources.downloadArtifact(taskId, c.artifact),
        source,
        file,
        sink,
      );
      ctx.log.info(`Downloaded ${r.bytes} bytes with SHA256 ${r.sha256} from ${source} to ${file}`);
      return r;
    }
    case "url": {
      const source = `url ${c.url}`;
      ctx.log.info(`Downloading ${source} to ${file}`);
      const open = () =>
        ctx.sources.downloadUrl(c.url, (error) => {
          ctx.log.warn(`Download of ${source} failed on this attempt: ${errorText(error)}`);
          ctx.log.info(`Downloading ${source} to ${file}`);
        });
      const r = await downloadNetwork(ctx, open, source, file, sink);
      ctx.log.info(`Downloaded ${r.bytes} bytes with SHA256 ${r.sha256} from ${source} to ${file}`);
      return r;
    }
    case "raw":
      return await writeString(ctx, c.raw, contentString(c), file);
    case "base64":
      // written undecoded, as the Go worker does (spec Q2)
      return await writeString(ctx, c.base64, contentString(c), file);
  }
}

function use(entry: CacheEntry, now: number): () => void {
  entry.users++;
  entry.lastUsed = now;
  let released = false;
  return () => {
    if (!released) entry.users--;
    released = true;
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isFile;
  } catch {
    return false;
  }
}

/**
 * Makes `c` available in the file cache and verifies its SHA-256 (see the
 * module doc). Rejects with `MountError` on a SHA-256 mismatch, with the
 * download's error when it could not be fetched, and with the sink's error
 * when a streamed sink failed.
 */
export async function obtainContent(
  ctx: ContentContext,
  c: Content,
  sink?: ContentSink,
): Promise<Obtained> {
  const { state, log } = ctx;
  const src = contentString(c);
  let resolvedTaskId: string | undefined;
  if (c.kind === "indexed") resolvedTaskId = (await ctx.sources.findTask(c.namespace)).taskId;
  const key = contentKey(c, resolvedTaskId);
  const required = requiredSha256(c);

  const cached = state.fileCaches.get(key);
  if (cached) {
    if (!(await isFile(cached.location))) {
      log.warn(`Cache entry for ${key} lost its file ${cached.location}; downloading again`);
      state.forget(cached);
    } else {
      cached.hits++;
      const release = use(cached, state.now());
      let sha: string;
      try {
        sha = await sha256OfFile(cached.location);
      } catch (e) {
        release();
        throw e;
      }
      if (required === "") {
        log.warn(
          `No SHA256 specified in task mounts for ${key} - SHA256 from downloaded file ${cached.location} is ${sha}.`,
        );
        return { file: cached.location, sha256: sha, streamed: false, key, release };
      }
      if (required === sha) {
        log.info(
          `Found existing download for ${key} (${cached.location}) with correct SHA256 ${sha}`,
        );
        return { file: cached.location, sha256: sha, streamed: false, key, release };
      }
      release();
      log.info(
        `Found existing download of ${key} (${cached.location}) with SHA256 ${sha} but task definition explicitly requires ${required} so deleting it`,
      );
      if (state.fileCaches.get(key) === cached) await state.evict(cached, log);
    }
  }

  let result: Downloaded;
  const inFlight = state.downloads.get(key);
  let dlFile = "";
  try {
    if (inFlight) {
      const r = await inFlight;
      result = { ...r, streamed: false, sinkFailed: false };
    } else {
      const again = state.fileCaches.get(key);
      if (again) {
        result = { file: again.location, sha256: again.sha256, streamed: false, sinkFailed: false };
      } else {
        let settle!: (v: { file: string; sha256: string }) => void;
        let fail!: (e: unknown) => void;
        const p = new Promise<{ file: string; sha256: string }>((res, rej) => {
          settle = res;
          fail = rej;
        });
        p.catch(() => {});
        state.downloads.set(key, p);
        dlFile = join(state.downloadsDir, slugid());
        try {
          result = await download(ctx, c, resolvedTaskId, sink, dlFile);
          state.fileCaches.set(key, {
            created: state.now(),
            location: result.file,
            hits: 1,
            key,
            sha256: result.sha256,
            inUse: false,
            lastUsed: state.now(),
            needsPurge: false,
            users: 0,
            table: "file",
          });
          settle({ file: result.file, sha256: result.sha256 });
        } catch (e) {
          await removeAll(dlFile).catch(() => {});
          await sink?.undo().catch(() => {});
          fail(e);
          throw e;
        } finally {
          state.downloads.delete(key);
        }
      }
    }
  } catch (e) {
    log.error(`Could not fetch from ${src} into file ${dlFile} due to ${errorText(e)}`);
    throw e;
  }
  const entry = state.fileCaches.get(key);
  const release = entry && entry.location === result.file ? use(entry, state.now()) : () => {};

  if (required === "") {
    log.warn(
      `Download ${result.file} of ${src} has SHA256 ${result.sha256} but task payload does not declare a required value, so content authenticity cannot be verified`,
    );
  } else if (required !== result.sha256) {
    release();
    const current = state.fileCaches.get(key);
    if (current && current.location === result.file) await state.evict(current, log);
    if (result.streamed || result.sinkFailed) await sink?.undo();
    throw new MountError(
      `Download ${result.file} of ${src} has SHA256 ${result.sha256} but task definition explicitly requires ${required}; not retrying download as there were no connection failures and HTTP response status code was 200`,
    );
  } else {
    log.info(`Content from ${src} (${result.file}) matches required SHA256 ${result.sha256}`);
  }
  if (result.sinkFailed) {
    release();
    await sink?.undo();
    throw result.sinkError;
  }
  return { file: result.file, sha256: result.sha256, streamed: result.streamed, key, release };
}
