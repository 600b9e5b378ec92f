/**
 * Streaming downloads: a `Download` is a body stream plus what is known
 * about it, never buffered. `verifyHashes` wraps a body so that it errors
 * at its end when the content does not match the object service's hashes.
 * `downloadToFile` writes a download to disk, computing its SHA-256, and
 * starts over (a fresh download) when the transfer breaks off, as the Go
 * worker's httpbackoff-wrapped downloads do.
 *
 * ```ts
 * const r = await downloadToFile(() => downloadUrl(url), "/tmp/file", { retries: 3 });
 * console.log(r.bytes, r.sha256);
 * ```
 */
import { createHash } from "node:crypto";
import { TaskclusterNetworkError } from "./errors.ts";
import { getWithRetries, type HttpOptions } from "./http.ts";
import { done, retryable, type RetryOptions, withRetries } from "./retry.ts";

/** A download in progress: consume `body` (or cancel it). */
export type Download = {
  /** The content, streaming. */
  body: ReadableStream<Uint8Array>;
  /** Content-Type of the reply (`application/octet-stream` when absent). */
  contentType: string;
  /** Content-Length of the reply when known (after any transfer decoding it may differ). */
  contentLength: number | undefined;
  /** Where the bytes come from: the artifact's storage type, or `url`. */
  source: "s3" | "reference" | "object" | "url";
};

/** A `Download` of the 2xx reply `res`. */
export function downloadOf(res: Response, source: Download["source"]): Download {
  const len = res.headers.get("content-length");
  return {
    body: res.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() }),
    contentType: res.headers.get("content-type") ?? "application/octet-stream",
    contentLength: len !== null && /^\d+$/.test(len) ? Number(len) : undefined,
    source,
  };
}

/** GETs `url` (redirects followed, network errors and 5xx retried) as a streaming `Download`. */
export async function downloadUrl(url: string, opts: HttpOptions = {}): Promise<Download> {
  return downloadOf(await getWithRetries(url, opts), "url");
}

/** A content hash mismatch (never retried). */
export class HashMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HashMismatchError";
  }
}

/** Hash algorithms the object service records that are strong enough to trust. */
const ACCEPTABLE = ["sha256", "sha512"];

/**
 * Wraps `body` so that, at its end, the SHA-256/SHA-512 of the content are
 * compared with `expected` (object-service hashes, hex): a mismatch, or no
 * acceptable algorithm in `expected`, errors the stream with
 * `HashMismatchError` instead of ending it.
 */
export function verifyHashes(
  body: ReadableStream<Uint8Array>,
  expected: Record<string, string>,
  what: string,
): ReadableStream<Uint8Array> {
  const algos = ACCEPTABLE.filter((a) => typeof expected[a] === "string");
  const hashers = algos.map((a) => createHash(a));
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, ctrl) {
        for (const h of hashers) h.update(chunk);
        ctrl.enqueue(chunk);
      },
      flush() {
        if (algos.length === 0) {
          throw new HashMismatchError(
            `${what}: no acceptable hash algorithm (sha256, sha512) given`,
          );
        }
        algos.forEach((a, i) => {
          const got = hashers[i].digest("hex");
          if (got !== expected[a]) {
            throw new HashMismatchError(
              `${what}: computed ${a} hash ${got} does not match ${
                expected[a]
              } from the object service`,
            );
          }
        });
      },
    }),
  );
}

/** What `downloadToFile` wrote. */
export type FileDownload = {
  /** Bytes written. */
  bytes: number;
  /** Hex SHA-256 of the bytes written. */
  sha256: string;
  /** Content-Type of the reply. */
  contentType: string;
  /** Attempts made (1 = no retry). */
  attempts: number;
};

/**
 * Streams the download `start()` opens into `path` (created or truncated),
 * computing its SHA-256. When the transfer breaks off after the reply
 * started (a network error while streaming), `start()` is called again and
 * the file rewritten, with backoff, as `opts` says. Failures of `start()`
 * itself (which has its own retries), HTTP errors and hash mismatches are
 * not retried here.
 */
export async function downloadToFile(
  start: () => Promise<Download>,
  path: string,
  opts: RetryOptions = {},
): Promise<FileDownload> {
  let attempts = 0;
  return await withRetries<FileDownload>(async () => {
    attempts++;
    const dl = await start();
    const hash = createHash("sha256");
    let bytes = 0;
    const file = await Deno.open(path, { write: true, create: true, truncate: true });
    try {
      await dl.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, ctrl) {
            hash.update(chunk);
            bytes += chunk.length;
            ctrl.enqueue(chunk);
          },
        }),
      ).pipeTo(file.writable);
    } catch (e) {
      if (e instanceof TaskclusterNetworkError) return retryable(e);
      throw e;
    } finally {
      try {
        file.close();
      } catch {
        // pipeTo closed it already
      }
    }
    return done({ bytes, sha256: hash.digest("hex"), contentType: dl.contentType, attempts });
  }, opts);
}
