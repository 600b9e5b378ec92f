/**
 * Streaming PUT of a file from disk to a (pre-signed) URL, as artifact and
 * object uploads need (spec 10.4): the file is streamed with an exact
 * `Content-Length` (S3 refuses chunked uploads, and `fetch` can only send a
 * stream chunked, so this uses `node:http`), each retry re-opens the file,
 * network errors and 5xx are retried with backoff (and HTTP 400 too when
 * asked, as the Go worker does for S3), and memory stays flat whatever the
 * size. With `gzip: true` the file is first compressed to a temp file whose
 * gzip header names the original file (like Go's `gzip.Writer.Name`); a
 * file of at most 4 MiB (a task log, usually) is gzipped in memory and sent
 * from there instead. node:http and node:zlib are loaded on first use.
 *
 * ```ts
 * const r = await putFile(putUrl, "/tasks/t/public/build.log", {
 *   "content-type": "text/plain",
 *   "content-encoding": "gzip",
 * }, { gzip: true, retryOn400: true });
 * ```
 */
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { createHash, type Hash } from "node:crypto";
import { apiErrorFromReply, redactUrl, TaskclusterNetworkError } from "./errors.ts";
import { DEFAULT_TIMEOUT_MS } from "./http.ts";
import { done, retryable, type RetryOptions, withRetries } from "./retry.ts";

/** Options of `putFile`. */
export type PutFileOptions = RetryOptions & {
  /** Gzip the file to a temp file first and send that (the caller sets `Content-Encoding`). */
  gzip?: boolean;
  /** Where the gzip temp file goes; default the system temp dir. */
  tempDir?: string;
  /** Treat HTTP 400 as intermittent (S3 answers 400 on connection inactivity); default false. */
  retryOn400?: boolean;
  /** Compute sha256 and sha512 of the bytes sent by the successful attempt. */
  hashes?: boolean;
  /** Socket inactivity limit, ms; default 30 s. */
  timeoutMs?: number;
  /** Called as bytes of a file body go out: bytes sent so far in this attempt, of `total`. */
  onProgress?: (sent: number, total: number) => void;
};

/** What `putFile` did. */
export type PutFileResult = {
  /** Bytes sent (the gzip size when gzipped). */
  bytes: number;
  /** Attempts made (1 = no retry). */
  attempts: number;
  /** HTTP status of the successful reply. */
  status: number;
  /** Reply headers (lower-case names). */
  headers: Record<string, string>;
  /** Hex digests of the bytes sent, with `hashes: true`. */
  sha256?: string;
  sha512?: string;
};

/**
 * PUTs the file at `path` to `url` with `headers` plus the exact
 * `Content-Length`, retrying as described above. Rejects with
 * `TaskclusterApiError` (status, redacted URL) or `TaskclusterNetworkError`,
 * or the file system error when the file cannot be read.
 */
export async function putFile(
  url: string,
  path: string,
  headers: Record<string, string>,
  opts: PutFileOptions = {},
): Promise<PutFileResult> {
  if (!opts.gzip) return await putPlainFile(url, { path }, headers, opts);
  const size = (await Deno.stat(path)).size;
  if (size <= SMALL_GZIP) {
    const bytes = await Deno.readFile(path);
    if (bytes.length === size) {
      const gz = await gzipBytes(bytes, basename(path));
      return await putPlainFile(url, { bytes: gz }, headers, opts);
    }
  }
  const tmp = await Deno.makeTempFile({
    ...(opts.tempDir ? { dir: opts.tempDir } : {}),
    prefix: "gw-upload-",
    suffix: ".gz",
  });
  try {
    await gzipFile(path, tmp, basename(path));
    return await putPlainFile(url, { path: tmp }, headers, opts);
  } finally {
    await Deno.remove(tmp).catch(() => {});
  }
}

/** Read size of a streamed upload (fewer, larger hash updates and socket writes). */
const READ_CHUNK = 1 << 20;

/** Files up to this size are gzipped in memory. */
const SMALL_GZIP = 4 << 20;

/** What a PUT sends: a file (re-opened per attempt) or bytes in memory. */
type Body = { path: string; bytes?: undefined } | { bytes: Uint8Array; path?: undefined };

async function putPlainFile(
  url: string,
  body: Body,
  headers: Record<string, string>,
  opts: PutFileOptions,
): Promise<PutFileResult> {
  const shown = redactUrl(url);
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new Error(`putFile: unsupported URL scheme ${target.protocol} in ${shown}`);
  }
  let attempts = 0;
  return await withRetries<PutFileResult>(async () => {
    attempts++;
    const size = body.bytes ? body.bytes.length : (await Deno.stat(body.path!)).size;
    const hashers = opts.hashes ? [createHash("sha256"), createHash("sha512")] : [];
    let reply: Reply;
    try {
      reply = await sendFile(
        target,
        body,
        size,
        headers,
        opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        hashers,
        opts.onProgress,
      );
    } catch (e) {
      if (e instanceof FileError) throw e.cause;
      return retryable(new TaskclusterNetworkError({ method: "PUT", url: shown, cause: e }));
    }
    if (reply.status >= 300) {
      const err = apiErrorFromReply(
        "PUT",
        shown,
        reply.status,
        reply.statusText,
        reply.headers["content-type"] ?? "",
        reply.body,
      );
      if (reply.status >= 500 || (reply.status === 400 && opts.retryOn400)) return retryable(err);
      throw err;
    }
    return done({
      bytes: size,
      attempts,
      status: reply.status,
      headers: reply.headers,
      ...(opts.hashes
        ? { sha256: hashers[0].digest("hex"), sha512: hashers[1].digest("hex") }
        : {}),
    });
  }, opts);
}

type Reply = { status: number; statusText: string; headers: Record<string, string>; body: string };

/** A failure reading the local file (not retried). */
class FileError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

const MAX_ERROR_BODY = 64 * 1024;

/** One PUT of the file: streams it with backpressure, collects (a bounded part of) the reply. */
async function sendFile(
  url: URL,
  body: Body,
  size: number,
  headers: Record<string, string>,
  timeoutMs: number,
  hashers: Hash[],
  onProgress?: (sent: number, total: number) => void,
): Promise<Reply> {
  const mod = url.protocol === "https:"
    ? (await import("node:https")).default
    : (await import("node:http")).default;
  const path = body.path ?? "(memory)";
  return await new Promise<Reply>((resolve, reject) => {
    const open: { file?: ReturnType<typeof createReadStream> } = {};
    let settled = false;
    const finish = (err: unknown, reply?: Reply) => {
      if (settled) return;
      settled = true;
      open.file?.destroy();
      req.destroy(); // also when the reply came before the whole body was sent
      if (err) reject(err);
      else resolve(reply!);
    };
    const reqHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) {
      if (k.toLowerCase() !== "content-length") reqHeaders[k] = v;
    }
    reqHeaders["content-length"] = String(size);
    const req = mod.request(url, { method: "PUT", headers: reqHeaders, agent: false });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no activity for ${timeoutMs} ms`)));
    req.on("error", (e) => finish(e));
    req.on("response", (res) => {
      const chunks: Uint8Array[] = [];
      let got = 0;
      res.on("data", (c: Uint8Array) => {
        if (got < MAX_ERROR_BODY) chunks.push(c);
        got += c.length;
      });
      res.on("error", (e) => finish(e));
      res.on("end", () => {
        const hdrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) hdrs[k] = Array.isArray(v) ? v.join(", ") : String(v);
        }
        const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let off = 0;
        for (const c of chunks) {
          all.set(c, off);
          off += c.length;
        }
        finish(undefined, {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: hdrs,
          body: new TextDecoder().decode(all.subarray(0, MAX_ERROR_BODY)),
        });
      });
    });
    if (body.bytes) {
      for (const h of hashers) h.update(body.bytes);
      req.end(body.bytes);
      return;
    }
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
    open.file = stream;
    stream.on("error", (e) => finish(new FileError(e)));
    let sent = 0;
    stream.on("data", (chunk) => {
      const c = chunk as Uint8Array;
      sent += c.length;
      if (sent > size) {
        finish(new FileError(new Error(`${path} grew while being uploaded`)));
        return;
      }
      for (const h of hashers) h.update(c);
      onProgress?.(sent, size);
      if (!req.write(c)) {
        stream.pause();
        req.once("drain", () => stream.resume());
      }
    });
    stream.on("end", () => {
      if (sent !== size) {
        finish(new FileError(new Error(`${path} changed size while being uploaded`)));
        return;
      }
      req.end();
    });
  });
}

/** Bytes of the gzip header Go's `gzip.Writer` writes with `Name` set (mtime 0, OS unknown). */
export function gzipHeader(name: string): Uint8Array {
  // Go writes the name as Latin-1 and refuses other characters; we then omit it.
  const latin1 = [...name].every((ch) => ch.codePointAt(0)! <= 0xff && ch !== "\0");
  const nameBytes = latin1 && name !== ""
    ? [...Array.from(name, (ch) => ch.codePointAt(0)!), 0]
    : [];
  return new Uint8Array([
    0x1f,
    0x8b,
    8,
    nameBytes.length ? 0x08 : 0,
    0,
    0,
    0,
    0,
    0,
    255,
    ...nameBytes,
  ]);
}

/** `data` gzipped in memory, with the same header as `gzipFile`. */
export async function gzipBytes(data: Uint8Array, name: string): Promise<Uint8Array> {
  const { crc32, deflateRawSync } = await import("node:zlib");
  const head = gzipHeader(name);
  const body = deflateRawSync(data);
  const out = new Uint8Array(head.length + body.length + 8);
  out.set(head);
  out.set(body, head.length);
  const view = new DataView(out.buffer, head.length + body.length, 8);
  view.setUint32(0, crc32(data) >>> 0, true);
  view.setUint32(4, data.length >>> 0, true);
  return out;
}

/**
 * Gzips the file `src` into `dest` (created or truncated), streaming, with
 * `name` in the gzip header. Returns the sizes.
 */
export async function gzipFile(
  src: string,
  dest: string,
  name: string,
): Promise<{ inputBytes: number; outputBytes: number }> {
  const { crc32 } = await import("node:zlib");
  let crc = 0;
  let inputBytes = 0;
  const input = await Deno.open(src, { read: true });
  const counted = input.readable.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, ctrl) {
        crc = crc32(chunk, crc);
        inputBytes += chunk.length;
        ctrl.enqueue(chunk);
      },
    }),
  );
  const out = await Deno.open(dest, { write: true, create: true, truncate: true });
  let outputBytes = 0;
  try {
    const write = async (bytes: Uint8Array) => {
      let off = 0;
      while (off < bytes.length) off += await out.write(bytes.subarray(off));
      outputBytes += bytes.length;
    };
    await write(gzipHeader(name));
    const deflate = new CompressionStream("deflate-raw") as unknown as TransformStream<
      Uint8Array,
      Uint8Array
    >;
    for await (const chunk of counted.pipeThrough(deflate)) {
      await write(chunk);
    }
    const trailer = new Uint8Array(8);
    const view = new DataView(trailer.buffer);
    view.setUint32(0, crc >>> 0, true);
    view.setUint32(4, inputBytes >>> 0, true);
    await write(trailer);
  } finally {
    out.close();
  }
  return { inputBytes, outputBytes };
}
