/**
 * The task log (spec 9.1): a file under the task's `generic-worker/` dir
 * that every feature and every command writes to, with the Go worker's
 * line prefixes, secrets masked, and followers (the live log) notified of
 * every byte.
 */
import { SecretMasker } from "../features/encrypted_env/mask.ts";

const encoder = new TextEncoder();

/** Formats a timestamp like the Go worker's task log: `2017-01-25T23:31:13.787Z`. */
export function taskLogTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

/** The log of one task run. */
export class TaskLog {
  #file: Deno.FsFile;
  #chain: Promise<void> = Promise.resolve();
  #closed = false;
  #size = 0;
  #listeners = new Set<() => void>();
  readonly masker = new SecretMasker();
  /** Command output is masked across chunk boundaries (a secret may arrive split). */
  #raw = this.masker.chunker();

  private constructor(readonly path: string, file: Deno.FsFile, private now: () => number) {
    this.#file = file;
  }

  /** Creates (truncates) the log file at `path`. */
  static async create(path: string, now: () => number = Date.now): Promise<TaskLog> {
    const f = await Deno.open(path, { create: true, write: true, truncate: true, mode: 0o644 });
    return new TaskLog(path, f, now);
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
  addSecret(secret: string): void {
    this.masker.add(secret);
  }

  /** Calls `fn` whenever bytes are appended or the log closes; returns an unsubscribe function. */
  onChange(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #append(bytes: Uint8Array): Promise<void> {
    if (this.#closed || bytes.length === 0) return this.#chain;
    this.#chain = this.#chain.then(async () => {
      let off = 0;
      while (off < bytes.length) off += await this.#file.write(bytes.subarray(off));
      this.#size += bytes.length;
      for (const l of this.#listeners) l();
    }).catch(() => {});
    return this.#chain;
  }

  /** Writes raw command output (masked). */
  writeRaw(bytes: Uint8Array): Promise<void> {
    return this.#append(this.#raw.push(bytes));
  }

  #lines(prefix: string, message: string): Promise<void> {
    this.#append(this.#raw.flush());
    const text = this.masker.maskText(message);
    const out = text.split("\n").map((l) => `${prefix}${l}\n`).join("");
    return this.#append(encoder.encode(out));
  }

  /** `[taskcluster <ts>] <msg>` per line. */
  info(message: string): Promise<void> {
    return this.#lines(`[taskcluster ${taskLogTimestamp(this.now())}] `, message);
  }

  /** `[taskcluster:warn <ts>] <msg>` per line. */
  warn(message: string): Promise<void> {
    return this.#lines(`[taskcluster:warn ${taskLogTimestamp(this.now())}] `, message);
  }

  /** `[taskcluster:error] <msg>` per line. */
  error(message: string): Promise<void> {
    return this.#lines("[taskcluster:error] ", message);
  }

  /** Waits for every write so far. */
  flush(): Promise<void> {
    return this.#chain;
  }

  /** Flushes and closes the file; followers see the end. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#append(this.#raw.flush());
    await this.flush();
    this.#closed = true;
    try {
      this.#file.close();
    } catch { /* already closed */ }
    for (const l of this.#listeners) l();
  }
}
