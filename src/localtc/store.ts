/**
 * The persistent state of the local Taskcluster service: named collections
 * of JSON records held in memory and written through to one file per record
 * under `<dataDir>/state/<collection>/`, plus streamed blob files under
 * `<dataDir>/blobs/`.
 *
 * Every write is atomic (temp file, then rename) and writes to one record
 * land in call order; `put` resolves once the record is in place, which a
 * crash of this process cannot undo. Durability against a crash of the
 * machine follows within `SYNC_DELAY_MS`: files written since the last sync
 * are fsynced together in the background (one batch, not one fsync per API
 * call), and `flush()` (used at close) waits for that too. Opening
 * a data dir reads every record; a file that does not parse or does not have
 * the shape its collection expects fails the open with a `StateFileError`
 * naming the file, so state is never silently dropped.
 *
 * ```ts
 * const store = await Store.open("/tmp/data", { tasks: isObject });
 * await store.collection<Task>("tasks").put("abc", task);
 * ```
 */
import { createHash } from "node:crypto";
import { join } from "node:path";

/** A state file that could not be read back. */
export class StateFileError extends Error {
  /** The path of the offending file. */
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`localtc state file ${file} is corrupt or partly written: ${reason}`);
    this.name = "StateFileError";
    this.file = file;
  }
}

/** Checks a loaded record's value; returns a reason when it is not acceptable. */
export type RecordCheck = (value: unknown) => string | undefined;

/** The on-disk envelope of one record. */
interface Envelope {
  v: 1;
  key: string;
  value: unknown;
}

/** How long written files wait for their (shared) fsync. */
export const SYNC_DELAY_MS = 50;

const SAFE_KEY = /^[A-Za-z0-9_-]{1,120}$/;

/** The file name of a key: the key itself when it is plain, else `~` + sha256 hex. */
async function fileNameOf(key: string): Promise<string> {
  if (SAFE_KEY.test(key)) return `${key}.json`;
  return `~${await sha256Hex(key)}.json`;
}

/** Hex sha256 of a string. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Writes `data` to `path` atomically: temp file in the same dir, fsync
 * (unless `sync` is false: the caller syncs later), rename.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  sync = true,
): Promise<void> {
  const tmp = `${path}.tmp-${crypto.randomUUID()}`;
  const f = await Deno.open(tmp, { write: true, createNew: true, mode: 0o600 });
  try {
    let off = 0;
    while (off < data.length) off += await f.write(data.subarray(off));
    if (sync) await f.syncData();
  } finally {
    f.close();
  }
  try {
    await renameOver(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
}

/**
 * Renames `from` over `to`. Windows refuses to replace a file that another handle holds open
 * (the background fsync of the previous version, a virus scanner): that refusal is retried for
 * about a second, as Node's graceful-fs does, before it counts as a failure.
 */
async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 0;; attempt++) {
    try {
      await Deno.rename(from, to);
      return;
    } catch (e) {
      if (!(e instanceof Deno.errors.PermissionDenied) || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 10 + attempt * 5));
    }
  }
}

/** One collection of records, keyed by string. */
export class Collection<T> {
  readonly #records = new Map<string, T>();
  readonly #dir: string;
  readonly #store: Store;

  /** Use `Store.collection`. */
  constructor(store: Store, dir: string) {
    this.#store = store;
    this.#dir = dir;
  }

  /** The record under `key`, if any. */
  get(key: string): T | undefined {
    return this.#records.get(key);
  }

  /** True when a record exists under `key`. */
  has(key: string): boolean {
    return this.#records.has(key);
  }

  /** All records (live view; do not mutate while iterating with writes). */
  values(): IterableIterator<T> {
    return this.#records.values();
  }

  /** All keys and records. */
  entries(): IterableIterator<[string, T]> {
    return this.#records.entries();
  }

  /** The number of records. */
  get size(): number {
    return this.#records.size;
  }

  /**
   * Stores `value` under `key`: memory is updated at once (a snapshot of the
   * value is written), and the returned promise resolves when it is on disk.
   */
  put(key: string, value: T): Promise<void> {
    this.#records.set(key, value);
    const env: Envelope = { v: 1, key, value };
    const bytes = new TextEncoder().encode(JSON.stringify(env, null, 1) + "\n");
    return this.#store.enqueue(this.#dir, key, async () => {
      const path = join(this.#dir, await fileNameOf(key));
      await writeFileAtomic(path, bytes, false);
      this.#store.syncLater(path);
    });
  }

  /** Removes the record under `key` (memory at once, disk when resolved). */
  delete(key: string): Promise<void> {
    this.#records.delete(key);
    return this.#store.enqueue(this.#dir, key, async () => {
      await Deno.remove(join(this.#dir, await fileNameOf(key))).catch((e) => {
        if (!(e instanceof Deno.errors.NotFound)) throw e;
      });
    });
  }

  /** Loads every record file of this collection; throws `StateFileError` on a bad file. */
  async load(check: RecordCheck): Promise<void> {
    await Deno.mkdir(this.#dir, { recursive: true });
    for await (const ent of Deno.readDir(this.#dir)) {
      const path = join(this.#dir, ent.name);
      if (ent.name.includes(".tmp-")) {
        // an uncommitted write from a crash: the record it was replacing is intact
        await Deno.remove(path).catch(() => {});
        continue;
      }
      if (!ent.isFile || !ent.name.endsWith(".json")) {
        throw new StateFileError(path, "unexpected entry in a state directory");
      }
      let env: unknown;
      try {
        env = JSON.parse(await Deno.readTextFile(path));
      } catch (e) {
        throw new StateFileError(path, `not valid JSON (${(e as Error).message})`);
      }
      if (
        typeof env !== "object" || env === null || (env as Envelope).v !== 1 ||
        typeof (env as Envelope).key !== "string" || !("value" in env)
      ) {
        throw new StateFileError(path, "not a localtc state record ({v:1, key, value})");
      }
      const { key, value } = env as Envelope;
      if (ent.name !== await fileNameOf(key)) {
        throw new StateFileError(path, `file name does not match its key ${JSON.stringify(key)}`);
      }
      const problem = check(value);
      if (problem) throw new StateFileError(path, problem);
      this.#records.set(key, value as T);
    }
  }
}

/** The set of collections of one data dir, and its blob directory. */
export class Store {
  readonly dataDir: string;
  readonly blobDir: string;
  readonly #collections = new Map<string, Collection<unknown>>();
  readonly #chains = new Map<string, Promise<void>>();
  readonly #pending = new Set<Promise<void>>();
  /** Files renamed into place since the last sync batch. */
  #unsynced = new Set<string>();
  #syncTimer: ReturnType<typeof setTimeout> | undefined;
  #syncing: Promise<void> = Promise.resolve();
  #syncDelayMs = SYNC_DELAY_MS;
  /** fsync calls made so far (tests read it). */
  syncCalls = 0;

  private constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.blobDir = join(dataDir, "blobs");
  }

  /**
   * Opens (creating if needed) the data dir and loads every collection named
   * in `checks`. `syncDelayMs`: how long written files wait for their shared
   * fsync (default `SYNC_DELAY_MS`). Rejects with `StateFileError` naming the first bad file.
   */
  static async open(
    dataDir: string,
    checks: Record<string, RecordCheck>,
    opts: { syncDelayMs?: number } = {},
  ): Promise<Store> {
    const store = new Store(dataDir);
    store.#syncDelayMs = opts.syncDelayMs ?? SYNC_DELAY_MS;
    await Deno.mkdir(join(dataDir, "state"), { recursive: true });
    await Deno.mkdir(store.blobDir, { recursive: true });
    for await (const ent of Deno.readDir(store.blobDir)) {
      if (ent.name.startsWith(".upload-")) {
        await Deno.remove(join(store.blobDir, ent.name)).catch(() => {});
      }
    }
    for (const [name, check] of Object.entries(checks)) {
      const c = new Collection<unknown>(store, join(dataDir, "state", name));
      await c.load(check);
      store.#collections.set(name, c);
    }
    return store;
  }

  /** The collection `name` (must have been named at open). */
  collection<T>(name: string): Collection<T> {
    const c = this.#collections.get(name);
    if (!c) throw new Error(`localtc store has no collection ${name}`);
    return c as Collection<T>;
  }

  /** Runs `write` after earlier writes of the same record; tracked for `flush`. */
  enqueue(dir: string, key: string, write: () => Promise<void>): Promise<void> {
    const id = `${dir}\n${key}`;
    const prev = this.#chains.get(id) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(write);
    this.#chains.set(id, next);
    const tracked = next.finally(() => {
      this.#pending.delete(tracked);
      if (this.#chains.get(id) === next) this.#chains.delete(id);
    });
    // `flush()` reports failures through allSettled; the caller gets them through `next`
    tracked.catch(() => {});
    this.#pending.add(tracked);
    return next;
  }

  /** Queues `path` (just renamed into place) for the next background sync batch. */
  syncLater(path: string): void {
    this.#unsynced.add(path);
    this.#syncTimer ??= setTimeout(() => {
      this.#syncTimer = undefined;
      void this.#syncBatch();
    }, this.#syncDelayMs);
  }

  /** fsyncs every file queued so far (a file replaced meanwhile is gone: nothing to sync). */
  #syncBatch(): Promise<void> {
    const batch = [...this.#unsynced];
    this.#unsynced.clear();
    this.#syncing = this.#syncing.then(async () => {
      await Promise.all(batch.map(async (path) => {
        try {
          using f = await Deno.open(path, { read: true });
          await f.syncData();
          this.syncCalls++;
        } catch { /* replaced or removed since: its successor is in a later batch */ }
      }));
    });
    return this.#syncing;
  }

  /** Waits until every write issued so far is on disk and synced (or failed). */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) {
      await Promise.allSettled([...this.#pending]);
    }
    if (this.#syncTimer !== undefined) {
      clearTimeout(this.#syncTimer);
      this.#syncTimer = undefined;
    }
    await this.#syncBatch();
  }

  /** The path of the blob stored under `key`. */
  async blobPath(key: string): Promise<string> {
    return join(this.blobDir, await sha256Hex(key));
  }

  /**
   * Streams `body` into the blob `key` (temp file then rename), checking the
   * byte count against `expectedLength` when given. Resolves to the size and
   * the sha256 hex digest of what was written.
   */
  async writeBlob(
    key: string,
    body: ReadableStream<Uint8Array> | null,
    expectedLength?: number,
  ): Promise<BlobWriteResult> {
    const tmp = join(this.blobDir, `.upload-${crypto.randomUUID()}`);
    const f = await Deno.open(tmp, { write: true, createNew: true, mode: 0o600 });
    const hasher = new StreamHasher();
    let size = 0;
    let ok = false;
    try {
      if (body) {
        for await (const chunk of body) {
          size += chunk.length;
          if (expectedLength !== undefined && size > expectedLength) {
            throw new BlobLengthError(expectedLength, size);
          }
          hasher.update(chunk);
          let off = 0;
          while (off < chunk.length) off += await f.write(chunk.subarray(off));
        }
      }
      if (expectedLength !== undefined && size !== expectedLength) {
        throw new BlobLengthError(expectedLength, size);
      }
      ok = true;
    } finally {
      f.close();
      if (!ok) await Deno.remove(tmp).catch(() => {});
    }
    const path = await this.blobPath(key);
    await Deno.rename(tmp, path);
    this.syncLater(path);
    return { size, ...hasher.digest() };
  }

  /** Removes the blob `key` if present. */
  async deleteBlob(key: string): Promise<void> {
    await Deno.remove(await this.blobPath(key)).catch(() => {});
  }
}

/** What `Store.writeBlob` wrote. */
export interface BlobWriteResult {
  size: number;
  sha256: string;
}

/** The uploaded body was not as long as its Content-Length said. */
export class BlobLengthError extends Error {
  constructor(readonly expected: number, readonly received: number) {
    super(
      `request body length does not match Content-Length: expected ${expected} bytes, ` +
        `received ${received > expected ? "more" : received}`,
    );
    this.name = "BlobLengthError";
  }
}

/** Incremental sha256 over a stream (node:crypto). */
class StreamHasher {
  #sha256 = createHash("sha256");
  update(chunk: Uint8Array): void {
    this.#sha256.update(chunk);
  }
  digest(): { sha256: string } {
    return { sha256: this.#sha256.digest("hex") };
  }
}
