/**
 * Live log fan-out: one growing log, any number of HTTP followers, each
 * getting the log from byte 0 and then every byte appended until the log
 * closes, byte-identical to the file.
 *
 * A follower catches up from the file up to the size the log had when it
 * subscribed; everything appended after that comes from memory (the chunk
 * the log just wrote, copied once and shared by every follower). A follower
 * more than 8 MiB behind (a slow client) drops its in-memory queue and goes
 * back to reading the file from where it stands, and returns to memory once
 * it has caught up: memory stays bounded per client and nobody is dropped.
 *
 * ```ts
 * const feed = new LogFeed(taskLog);
 * return new Response(feed.follow(), { headers });
 * ```
 */

/** A growing log file the live log can follow (the task log fits). */
export interface LiveLogSource {
  /** The file to stream. */
  readonly path: string;
  /** True once nothing more will be written. */
  readonly closed: boolean;
  /**
   * Bytes in the file so far. It grows by an appended chunk before the
   * listeners are told of that chunk, in the same synchronous step.
   */
  readonly size: number;
  /**
   * Calls `fn` after every append with the bytes just written (the source
   * may reuse that buffer once `fn` returns), and once more without a chunk
   * when the log closes; returns an unsubscribe function. A source that
   * passes no chunk for an append is followed through its file.
   */
  onChange(fn: (chunk?: Uint8Array) => void): () => void;
}

/** A follower more than this far behind reads the file instead of queueing. */
export const MAX_BEHIND_BYTES = 8 << 20;
const READ_CHUNK = 256 << 10;
const COALESCE = 256 << 10;

/** Counters of one feed (all its followers so far). */
export interface FeedStats {
  /** Bytes sent to clients read back from the file (catch-up and fallback). */
  fromFile: number;
  /** Bytes sent to clients straight from memory. */
  fromMemory: number;
  /** Times a follower fell more than `MAX_BEHIND_BYTES` behind and went back to the file. */
  fallbacks: number;
}

/** One client's position in the log. */
class Follower {
  /** The next byte offset this client needs. */
  #pos = 0;
  /** Chunks appended since `#qStart` (memory mode: everything from `#qStart` to the log's size). */
  #queue: Uint8Array[] = [];
  #queued = 0;
  #qStart: number;
  #memory = true;
  #file: Deno.FsFile | undefined;
  #filePos = 0;
  #wake: (() => void) | undefined;
  #ended = false;

  constructor(
    readonly source: LiveLogSource,
    readonly stats: FeedStats,
    readonly onDispose: (f: Follower) => void,
  ) {
    this.#qStart = source.size;
  }

  /** Takes an appended chunk (shared, never modified), or a close/unknown-append signal. */
  append(chunk: Uint8Array | undefined): void {
    if (chunk && this.#memory) {
      this.#queue.push(chunk);
      this.#queued += chunk.length;
      if (this.#queued > MAX_BEHIND_BYTES) {
        this.stats.fallbacks++;
        this.#toFile();
      }
    } else if (!chunk && !this.source.closed) this.#toFile();
    this.#wake?.();
  }

  #toFile(): void {
    this.#memory = false;
    this.#queue = [];
    this.#queued = 0;
  }

  /** Ends this follower (client gone or server closing). */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#queue = [];
    this.#wake?.();
    try {
      this.#file?.close();
    } catch { /* closed by a read in progress */ }
    this.#file = undefined;
    this.onDispose(this);
  }

  async #read(max: number): Promise<Uint8Array> {
    if (!this.#file) {
      this.#file = await Deno.open(this.source.path, { read: true });
      this.#filePos = 0;
    }
    if (this.#filePos !== this.#pos) {
      await this.#file.seek(this.#pos, Deno.SeekMode.Start);
      this.#filePos = this.#pos;
    }
    const buf = new Uint8Array(Math.min(max, READ_CHUNK));
    const n = await this.#file.read(buf);
    if (n === null || n === 0) throw new Error("live log file is shorter than the log");
    this.#filePos += n;
    return n === buf.length ? buf : buf.subarray(0, n);
  }

  /** The next bytes for the client, or null at the end of the log. */
  async next(): Promise<Uint8Array | null> {
    for (;;) {
      if (this.#ended) return null;
      const limit = this.#memory ? this.#qStart : this.source.size;
      if (this.#pos < limit) {
        const bytes = await this.#read(limit - this.#pos);
        if (this.#ended) return null;
        this.#pos += bytes.length;
        this.stats.fromFile += bytes.length;
        // caught up with the file: follow from memory again (same synchronous step as the check)
        if (!this.#memory && this.#pos >= this.source.size) {
          this.#memory = true;
          this.#qStart = this.#pos;
        }
        return bytes;
      }
      if (this.#queue.length > 0) return this.#fromQueue();
      if (this.source.closed) return null;
      await new Promise<void>((resolve) => {
        this.#wake = () => {
          this.#wake = undefined;
          resolve();
        };
      });
    }
  }

  #fromQueue(): Uint8Array {
    let out = this.#queue[0];
    let count = 1;
    if (out.length < COALESCE && this.#queue.length > 1) {
      let total = out.length;
      while (count < this.#queue.length && total + this.#queue[count].length <= COALESCE) {
        total += this.#queue[count++].length;
      }
      if (count > 1) {
        out = new Uint8Array(total);
        let o = 0;
        for (let i = 0; i < count; i++) {
          out.set(this.#queue[i], o);
          o += this.#queue[i].length;
        }
      }
    }
    this.#queue.splice(0, count);
    this.#queued -= out.length;
    this.#qStart += out.length;
    this.#pos += out.length;
    this.stats.fromMemory += out.length;
    return out;
  }
}

/** Every follower of one log, fed by a single subscription to it. */
export class LogFeed {
  #followers = new Set<Follower>();
  #unsubscribe: (() => void) | undefined;
  /** Where the bytes sent so far came from. */
  readonly stats: FeedStats = { fromFile: 0, fromMemory: 0, fallbacks: 0 };

  constructor(readonly source: LiveLogSource) {}

  /** Number of clients following now. */
  get followers(): number {
    return this.#followers.size;
  }

  #onChange = (chunk?: Uint8Array): void => {
    // one copy per append, shared by every follower (the source may reuse its buffer)
    if (chunk && chunk.length === 0) return;
    const copy = chunk?.slice();
    for (const f of this.#followers) f.append(copy);
  };

  /** A body stream of the whole log, following it until it closes or `endAll()`. */
  follow(): ReadableStream<Uint8Array> {
    if (!this.#unsubscribe) this.#unsubscribe = this.source.onChange(this.#onChange);
    const f = new Follower(this.source, this.stats, (gone) => {
      this.#followers.delete(gone);
      if (this.#followers.size === 0) {
        this.#unsubscribe?.();
        this.#unsubscribe = undefined;
      }
    });
    this.#followers.add(f);
    return new ReadableStream<Uint8Array>({
      async pull(ctrl) {
        let chunk: Uint8Array | null;
        try {
          chunk = await f.next();
        } catch {
          chunk = null; // the file vanished: end this stream
        }
        try {
          if (chunk === null) {
            f.end();
            ctrl.close();
          } else ctrl.enqueue(chunk);
        } catch {
          f.end(); // cancelled while reading
        }
      },
      cancel() {
        f.end();
      },
    }, { highWaterMark: 0 });
  }

  /** Ends every stream of this log. */
  endAll(): void {
    for (const f of [...this.#followers]) f.end();
  }
}
