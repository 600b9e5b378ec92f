/**
 * The task log (spec 9.1): one file, `<taskDir>/generic-worker/live_backing.log`,
 * that every feature and every command writes to, with the Go worker's
 * line prefixes (`[taskcluster <ISO ms Z>] `, `[taskcluster:warn <ISO ms Z>] `,
 * `[taskcluster:error] `; a multi-line message gets the prefix on every
 * line), registered secrets masked (also when a command's output splits a
 * secret across chunks), and followers (the live log) told of every append.
 * Writes keep their call order.
 *
 * ```ts
 * const log = await TaskLog.create(path);
 * log.addSecret(token);
 * await log.info("Task ID: abc");
 * const out = log.output(); await out.write(bytes); await out.end();
 * await log.close();
 * ```
 */
import { SecretMasker } from "./secret_masker.ts";

const encoder = new TextEncoder();

/**
 * Writers wait for the file once this much is queued: bounded memory (two
 * buffers of at most twice this), and no round trip per chunk below it.
 */
const WAIT_BYTES = 1 << 20;

/** Formats a timestamp like the Go worker's task log: `2017-01-25T23:31:13.787Z`. */
export function taskLogTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

/** A writer for one byte stream (a command's stdout or stderr) into the log. */
export interface LogOutput {
  /** Appends (masked) bytes; resolves when written. */
  write(bytes: Uint8Array): Promise<void>;
  /** Writes what the masker held back; call once at the end of the stream. */
  end(): Promise<void>;
}

/** The log of one task run. */
export class TaskLog {
  #file: Deno.FsFile;
  #chain: Promise<void> = Promise.resolve();
  #closed = false;
  #size = 0;
  #listeners = new Set<(chunk?: Uint8Array) => void>();
  #now: () => number;
  #unloggable: (message: string) => void;
  /** The secrets hidden in everything written. */
  readonly masker: SecretMasker = new SecretMasker();

  private constructor(
    /** The file's path. */
    readonly path: string,
    file: Deno.FsFile,
    now: () => number,
    unloggable: (message: string) => void,
  ) {
    this.#file = file;
    this.#now = now;
    this.#unloggable = unloggable;
  }

  /**
   * Creates (truncates) the log file at `path` (mode 0644). Messages
   * written after `close()` go to `unloggable` (the worker log).
   */
  static async create(
    path: string,
    now: () => number = Date.now,
    unloggable: (message: string) => void = () => {},
  ): Promise<TaskLog> {
    const f = await Deno.open(path, { create: true, write: true, truncate: true, mode: 0o644 });
    return new TaskLog(path, f, now, unloggable);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.#size;
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Registers a value to mask in everything written from now on. */
  addSecret(secret: string | undefined): void {
    if (secret) this.masker.add(secret);
  }

  /**
   * Calls `fn` with the bytes just written after every append (`size`
   * already counts them; the buffer may be reused once `fn` returns), and
   * without a chunk when the log closes; returns an unsubscribe function.
   */
  onChange(fn: (chunk?: Uint8Array) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** Bytes queued for the file: copied in as they come, so callers may reuse their buffers. */
  #pending: Uint8Array = new Uint8Array(64 * 1024);
  #pendingBytes = 0;
  /** The other buffer of the pair, free while no write uses it. */
  #spare: Uint8Array | undefined;
  /** True from the moment a drain is scheduled until its loop saw an empty queue (no gap). */
  #draining = false;

  /**
   * Queues bytes for the file (copied: the caller may reuse `bytes` at
   * once). Small writes (command output arrives in pipe sized chunks) are
   * coalesced: one drain loop writes everything queued so far in one call,
   * so throughput does not depend on the chunk size. The `#draining` flag
   * is cleared in the same synchronous step that finds the queue empty, so
   * a write can never be left queued with no drain to take it.
   */
  #append(...parts: Uint8Array[]): Promise<void> {
    let n = 0;
    for (const p of parts) n += p.length;
    if (n === 0) return this.#chain;
    const need = this.#pendingBytes + n;
    if (need > this.#pending.length) {
      let cap = this.#pending.length * 2;
      while (cap < need) cap *= 2;
      const grown = new Uint8Array(cap);
      grown.set(this.#pending.subarray(0, this.#pendingBytes));
      this.#pending = grown;
    }
    for (const p of parts) {
      this.#pending.set(p, this.#pendingBytes);
      this.#pendingBytes += p.length;
    }
    if (!this.#draining) {
      this.#draining = true;
      this.#chain = this.#chain.then(() => this.#drain());
    }
    // writers only wait when a lot is queued (bounded memory, no per-chunk round trip)
    return this.#pendingBytes > WAIT_BYTES ? this.#chain : Promise.resolve();
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pendingBytes > 0) {
        // double buffering: the filled buffer goes to the file while writers fill the other
        const full = this.#pending;
        const buf = full.subarray(0, this.#pendingBytes);
        this.#pending = this.#spare ?? new Uint8Array(full.length);
        this.#spare = undefined;
        this.#pendingBytes = 0;
        if (this.#closed) continue;
        let off = 0;
        while (off < buf.length) off += await this.#file.write(buf.subarray(off));
        this.#size += buf.length;
        // followers copy what they keep (see onChange): the buffer is free again
        for (const l of this.#listeners) l(buf);
        this.#spare = full;
      }
    } catch {
      // the file failed (disk gone): what is queued cannot be written
      this.#pendingBytes = 0;
    } finally {
      this.#draining = false;
    }
  }

  /**
   * A masking writer for one output stream (secrets split across chunks
   * are still hidden). `write` copies what it keeps, so the caller may
   * reuse its buffer as soon as `write` returns.
   */
  output(): LogOutput {
    const chunker = this.masker.chunker();
    return {
      write: (bytes) => this.#append(...chunker.push(bytes)),
      end: () => this.#append(...chunker.flush()),
    };
  }

  /** Writes raw bytes (masked as one piece). */
  writeRaw(bytes: Uint8Array): Promise<void> {
    if (this.masker.size === 0) return this.#append(bytes);
    const c = this.masker.chunker();
    return this.#append(...c.push(bytes), ...c.flush());
  }

  #lines(prefix: string, message: string): Promise<void> {
    const text = this.masker.maskText(message);
    if (this.#closed) {
      this.#unloggable(`Unloggable task log message (no task log writer): ${text}`);
      return this.#chain;
    }
    const out = text.split("\n").map((l) => `${prefix}${l}\n`).join("");
    return this.#append(encoder.encode(out));
  }

  /** `[taskcluster <ts>] <msg>` per line. */
  info(message: string): Promise<void> {
    return this.#lines(`[taskcluster ${taskLogTimestamp(this.#now())}] `, message);
  }

  /** `[taskcluster:warn <ts>] <msg>` per line. */
  warn(message: string): Promise<void> {
    return this.#lines(`[taskcluster:warn ${taskLogTimestamp(this.#now())}] `, message);
  }

  /** `[taskcluster:error] <msg>` per line. */
  error(message: string): Promise<void> {
    return this.#lines("[taskcluster:error] ", message);
  }

  /** Waits for every write so far. */
  async flush(): Promise<void> {
    // a write queued while the awaited drain finished starts a new one: wait for that too
    do await this.#chain; while (this.#draining || this.#pendingBytes > 0);
  }

  /** Flushes and closes the file; followers see the end. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.flush();
    this.#closed = true;
    try {
      this.#file.close();
    } catch { /* already closed */ }
    for (const l of this.#listeners) l();
  }
}
