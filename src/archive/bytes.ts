/**
 * Byte plumbing shared by the decoders: turning a path or a web stream into
 * an async iterable of chunks, and `ByteReader`, a pull reader that hands
 * out exact-length or zero-copy pieces of those chunks.
 *
 * Chunks handed downstream are never reused by their producer, so a
 * consumer may keep a subarray of one.
 */
import { corrupt } from "./errors.ts";

/** Where archive bytes come from: a file path or a stream (e.g. a download body). */
export type ArchiveSource = string | ReadableStream<Uint8Array>;

const READ_SIZE = 1 << 20;
const EMPTY = new Uint8Array(0);

/** Reads a file in fresh 1 MiB chunks. */
export async function* fileChunks(path: string, start = 0): AsyncGenerator<Uint8Array> {
  const f = await Deno.open(path, { read: true });
  try {
    if (start) await f.seek(start, Deno.SeekMode.Start);
    for (;;) {
      const buf = new Uint8Array(READ_SIZE);
      const n = await f.read(buf);
      if (n === null) return;
      yield n === buf.length ? buf : buf.subarray(0, n);
    }
  } finally {
    f.close();
  }
}

/** Iterates a web stream, cancelling it if the consumer stops early. */
export async function* streamChunks(s: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = s.getReader();
  let finished = false;
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) {
        finished = true;
        return;
      }
      if (r.value.length) yield r.value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/** The chunks of `src`, whichever kind it is. */
export function sourceChunks(src: ArchiveSource): AsyncGenerator<Uint8Array> {
  return typeof src === "string" ? fileChunks(src) : streamChunks(src);
}

/** An async iterable as a web stream (for decoders that want one). */
export function toWebStream(it: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iter = it[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      const r = await iter.next();
      if (r.done) c.close();
      else c.enqueue(r.value);
    },
    async cancel() {
      await iter.return?.();
    },
  }, { highWaterMark: 0 });
}

/** Concatenates byte arrays. */
export function concat(parts: Uint8Array[], total?: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const n = total ?? parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * A pull reader over a chunk iterator: `exact(n)` for headers, `upTo(n)`
 * for zero-copy body slices, `skip(n)` for padding. `offset` counts the
 * bytes consumed so far.
 */
export class ByteReader {
  #it: AsyncIterator<Uint8Array>;
  #cur: Uint8Array = EMPTY;
  #pos = 0;
  #eof = false;
  /** Bytes consumed so far. */
  offset = 0;

  constructor(src: AsyncIterable<Uint8Array>) {
    this.#it = src[Symbol.asyncIterator]();
  }

  /** Makes at least one unread byte available; false at end of input. */
  async fill(): Promise<boolean> {
    while (this.#pos >= this.#cur.length) {
      if (this.#eof) return false;
      const r = await this.#it.next();
      if (r.done) {
        this.#eof = true;
        return false;
      }
      this.#cur = r.value;
      this.#pos = 0;
    }
    return true;
  }

  /** Up to `max` bytes (at least 1), zero-copy; null at end of input. */
  async upTo(max: number): Promise<Uint8Array | null> {
    if (!await this.fill()) return null;
    const n = Math.min(max, this.#cur.length - this.#pos);
    const out = this.#cur.subarray(this.#pos, this.#pos + n);
    this.#pos += n;
    this.offset += n;
    return out;
  }

  /**
   * Exactly `n` bytes (zero-copy when they sit in one chunk). Null when
   * the input ends before the first byte; throws `what` truncated when it
   * ends part way.
   */
  async exact(n: number, what: string): Promise<Uint8Array | null> {
    if (!await this.fill()) return n === 0 ? EMPTY : null;
    if (this.#cur.length - this.#pos >= n) {
      const out = this.#cur.subarray(this.#pos, this.#pos + n);
      this.#pos += n;
      this.offset += n;
      return out;
    }
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const part = await this.upTo(n - o);
      if (!part) throw corrupt(`${what}: unexpected end of data`);
      out.set(part, o);
      o += part.length;
    }
    return out;
  }

  /** Exactly `n` bytes, or a truncation error. */
  async need(n: number, what: string): Promise<Uint8Array> {
    const b = await this.exact(n, what);
    if (!b) throw corrupt(`${what}: unexpected end of data`);
    return b;
  }

  /** Skips `n` bytes; throws when the input ends first. */
  async skip(n: number, what: string): Promise<void> {
    while (n > 0) {
      const part = await this.upTo(n);
      if (!part) throw corrupt(`${what}: unexpected end of data`);
      n -= part.length;
    }
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    return !await this.fill();
  }

  /** Stops the underlying iterator. */
  async close(): Promise<void> {
    this.#eof = true;
    await this.#it.return?.();
  }
}
