/**
 * The worker's cache tables (spec 11.2, 11.5, 16), shared by all tasks of
 * the worker: the file cache (downloads in `downloadsDir`, one entry per
 * content key) and the writable directory cache pools (directories in
 * `cachesDir`, several entries per cache name). Persisted in
 * `file-caches.json` and `directory-caches.json` (in the worker's state
 * dir, the Go worker's cwd) with the Go worker's JSON shape
 * `{"created","location","hits","key","sha256","in_use","last_used"}`,
 * written atomically with mode 0600.
 *
 * ```ts
 * const state = await MountsState.load({ cachesDir, downloadsDir, stateDir: Deno.cwd() });
 * const entry = state.acquire("cargo") ?? state.newPoolEntry("cargo");
 * ...
 * state.release(entry);
 * await state.save();
 * ```
 */
import { join } from "node:path";
import { slugid } from "../../taskcluster/slugid.ts";

/** Name of the file cache state file. */
export const FILE_CACHES_FILE = "file-caches.json";
/** Name of the directory cache state file. */
export const DIRECTORY_CACHES_FILE = "directory-caches.json";

/** Go's zero `time.Time` in JSON. */
const GO_ZERO_TIME = "0001-01-01T00:00:00Z";

/** One cache: a downloaded file (file cache) or a preserved directory (a pool entry). */
export interface CacheEntry {
  /** When the entry was created, ms since the epoch. */
  created: number;
  /** Absolute path of the file or directory. */
  location: string;
  /** Times the entry was used by a mount. */
  hits: number;
  /** The content key (file cache) or the cache name (directory cache). */
  key: string;
  /** SHA-256 of a file ("" for directories and raw/base64 content). */
  sha256: string;
  /** A task owns this pool entry right now. */
  inUse: boolean;
  /** When the entry was last returned to the pool (or used), ms; null = never. */
  lastUsed: number | null;
  /** A purge request came while in use: evict on release (not persisted). */
  needsPurge: boolean;
  /** Mounts using this file right now; garbage collection leaves it alone (not persisted). */
  users: number;
  /** Which table holds the entry. */
  table: "file" | "directory";
}

/** A state file could not be read (corrupt JSON or unexpected fields). */
export class CacheStateError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`could not load ${file}: ${reason}`);
    this.name = "CacheStateError";
  }
}

/** Options of `MountsState.load`. */
export interface MountsStateOptions {
  /** Where writable directory caches are kept (config `cachesDir`). */
  cachesDir: string;
  /** Where downloads are kept (config `downloadsDir`). */
  downloadsDir: string;
  /** Directory of `file-caches.json` and `directory-caches.json` (the Go worker's cwd). */
  stateDir: string;
  /** Worker log lines. */
  log?: (line: string) => void;
  /** Clock, ms. */
  now?: () => number;
}

/** A sink for the `[mounts]` lines an eviction writes to a task log. */
export interface EvictionLog {
  info(message: string): void;
}

const FIELDS = new Set(["created", "location", "hits", "key", "sha256", "in_use", "last_used"]);

function parseTime(v: unknown, what: string): number | null {
  if (v === undefined || v === null || v === GO_ZERO_TIME) return null;
  if (typeof v !== "string") throw new Error(`${what} is not a time string`);
  const t = Date.parse(v);
  if (!Number.isFinite(t)) throw new Error(`${what} is not a valid time: ${JSON.stringify(v)}`);
  return t <= -62135596800000 ? null : t;
}

function parseEntry(v: unknown, table: CacheEntry["table"], where: string): CacheEntry {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new Error(`${where} is not an object`);
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!FIELDS.has(k)) throw new Error(`${where} has unknown field ${JSON.stringify(k)}`);
  }
  const str = (k: string) => {
    if (o[k] === undefined) return "";
    if (typeof o[k] !== "string") throw new Error(`${where}.${k} is not a string`);
    return o[k] as string;
  };
  if (o.hits !== undefined && !Number.isInteger(o.hits)) {
    throw new Error(`${where}.hits is not an integer`);
  }
  if (o.in_use !== undefined && typeof o.in_use !== "boolean") {
    throw new Error(`${where}.in_use is not a boolean`);
  }
  return {
    created: parseTime(o.created, `${where}.created`) ?? 0,
    location: str("location"),
    hits: (o.hits as number | undefined) ?? 0,
    key: str("key"),
    sha256: str("sha256"),
    inUse: false, // nothing runs across a worker restart
    lastUsed: parseTime(o.last_used, `${where}.last_used`),
    needsPurge: false,
    users: 0,
    table,
  };
}

function timeText(ms: number | null): string {
  return ms === null ? GO_ZERO_TIME : new Date(ms).toISOString();
}

function entryJson(e: CacheEntry): Record<string, unknown> {
  return {
    created: timeText(e.created),
    location: e.location,
    hits: e.hits,
    key: e.key,
    sha256: e.sha256,
    in_use: e.inUse,
    last_used: timeText(e.lastUsed),
  };
}

/** JSON text as Go's encoder writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
function goJson(v: unknown): string {
  return JSON.stringify(v, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029") + "\n";
}

function sortedObject<T>(m: Map<string, T>, f: (v: T) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of [...m.keys()].sort()) out[k] = f(m.get(k)!);
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to `file` atomically (temp file + rename) with mode 0600. */
export async function writeSecureFile(file: string, text: string): Promise<void> {
  const tmp = `${file}-${slugid()}`;
  try {
    await Deno.writeTextFile(tmp, text, { mode: 0o600 });
    await Deno.chmod(tmp, 0o600);
    await Deno.rename(tmp, file);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
}

/** The cache tables of one worker (see the module doc). */
export class MountsState {
  /** File cache: content key -> download. */
  readonly fileCaches = new Map<string, CacheEntry>();
  /** Writable directory caches: cache name -> pool. */
  readonly directoryCaches = new Map<string, CacheEntry[]>();
  /** When the purge-cache service was last asked, ms; null = never. */
  lastPurgeQuery: number | null = null;
  /** Downloads in progress by content key (single flight). */
  readonly downloads = new Map<string, Promise<{ file: string; sha256: string }>>();
  readonly cachesDir: string;
  readonly downloadsDir: string;
  readonly stateDir: string;
  readonly log: (line: string) => void;
  readonly now: () => number;
  #saving: Promise<void> = Promise.resolve();

  private constructor(opts: MountsStateOptions) {
    this.cachesDir = opts.cachesDir;
    this.downloadsDir = opts.downloadsDir;
    this.stateDir = opts.stateDir;
    this.log = opts.log ?? (() => {});
    this.now = opts.now ?? Date.now;
  }

  /** Path of `file-caches.json`. */
  get fileCachesPath(): string {
    return join(this.stateDir, FILE_CACHES_FILE);
  }

  /** Path of `directory-caches.json`. */
  get directoryCachesPath(): string {
    return join(this.stateDir, DIRECTORY_CACHES_FILE);
  }

  /**
   * Loads both state files (spec 11.2, 11.5, 16): creates `cachesDir` and
   * `downloadsDir` (0700) when missing, migrates the legacy
   * one-entry-per-name directory cache format, marks every entry not in
   * use, and drops entries whose location is gone. Rejects with
   * `CacheStateError` when a file is not valid.
   */
  static async load(opts: MountsStateOptions): Promise<MountsState> {
    const s = new MountsState(opts);
    for (const dir of [s.cachesDir, s.downloadsDir]) {
      if (!(await exists(dir))) {
        s.log(`[mounts] Creating worker cache directory ${dir} with permissions 0700`);
        try {
          await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
        } catch (e) {
          throw new Error(
            `[mounts] Not able to create worker cache directory ${dir} with permissions 0700: ${
              (e as Error).message
            }`,
          );
        }
      }
    }
    const fileJson = await s.#readJson(s.fileCachesPath, "FileCacheMap");
    if (fileJson !== undefined) {
      if (typeof fileJson !== "object" || fileJson === null || Array.isArray(fileJson)) {
        throw new CacheStateError(s.fileCachesPath, "not a JSON object");
      }
      for (const [k, v] of Object.entries(fileJson)) {
        let e: CacheEntry;
        try {
          e = parseEntry(v, "file", JSON.stringify(k));
        } catch (err) {
          throw new CacheStateError(s.fileCachesPath, (err as Error).message);
        }
        if (!(await exists(e.location))) {
          s.log(
            `WARNING: Cache ${
              JSON.stringify(v)
            } missing on worker - corrupt internal state, ignoring!`,
          );
          continue;
        }
        s.fileCaches.set(k, e);
      }
    }
    const dirJson = await s.#readJson(s.directoryCachesPath, "CacheMap");
    if (dirJson !== undefined) {
      if (typeof dirJson !== "object" || dirJson === null || Array.isArray(dirJson)) {
        throw new CacheStateError(s.directoryCachesPath, "not a JSON object");
      }
      for (const [name, v] of Object.entries(dirJson)) {
        // current format: a list per name; legacy (before pools): one object per name
        const list = Array.isArray(v) ? v : v === null ? [] : [v];
        const valid: CacheEntry[] = [];
        for (let i = 0; i < list.length; i++) {
          let e: CacheEntry;
          try {
            e = parseEntry(list[i], "directory", `${JSON.stringify(name)}[${i}]`);
          } catch (err) {
            throw new CacheStateError(s.directoryCachesPath, (err as Error).message);
          }
          if (!(await exists(e.location))) {
            s.log(
              `WARNING: Cache ${
                JSON.stringify(list[i])
              } missing on worker - corrupt internal state, ignoring!`,
            );
            continue;
          }
          valid.push(e);
        }
        if (valid.length > 0) s.directoryCaches.set(name, valid);
      }
    }
    return s;
  }

  async #readJson(path: string, what: string): Promise<unknown | undefined> {
    let text: string;
    try {
      text = await Deno.readTextFile(path);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) {
        this.log(`No ${path} file found, creating empty ${what}`);
        return undefined;
      }
      throw new CacheStateError(path, (e as Error).message);
    }
    try {
      const v = JSON.parse(text);
      this.log(`Loaded file ${path}`);
      return v;
    } catch (e) {
      throw new CacheStateError(path, `not JSON: ${(e as Error).message}`);
    }
  }

  /** The JSON text of `file-caches.json` (Go's indented form, keys sorted). */
  fileCachesJson(): string {
    return goJson(sortedObject(this.fileCaches, entryJson));
  }

  /** The JSON text of `directory-caches.json`. */
  directoryCachesJson(): string {
    return goJson(sortedObject(this.directoryCaches, (list) => list.map(entryJson)));
  }

  /** Writes both state files (atomically, 0600); concurrent saves run one after another. */
  save(): Promise<void> {
    const run = async () => {
      // snapshot at write time, so the last save always holds the latest state
      await writeSecureFile(this.fileCachesPath, this.fileCachesJson());
      await writeSecureFile(this.directoryCachesPath, this.directoryCachesJson());
    };
    const p = this.#saving.then(run, run);
    this.#saving = p.catch(() => {});
    return p;
  }

  /**
   * Takes the freshest pool entry of `name` that is neither in use nor
   * awaiting a purge, marks it in use and counts a hit; undefined when none.
   */
  acquire(name: string): CacheEntry | undefined {
    let best: CacheEntry | undefined;
    for (const e of this.directoryCaches.get(name) ?? []) {
      if (e.inUse || e.needsPurge) continue;
      if (!best || (e.lastUsed ?? -Infinity) > (best.lastUsed ?? -Infinity)) best = e;
    }
    if (best) {
      best.inUse = true;
      best.hits++;
    }
    return best;
  }

  /** A new in-use pool entry `cachesDir/<slugid>` for cache `name`, added to its pool. */
  newPoolEntry(name: string): CacheEntry {
    const e: CacheEntry = {
      created: this.now(),
      location: join(this.cachesDir, slugid()),
      hits: 1,
      key: name,
      sha256: "",
      inUse: true,
      lastUsed: null,
      needsPurge: false,
      users: 0,
      table: "directory",
    };
    this.directoryCaches.set(name, [...(this.directoryCaches.get(name) ?? []), e]);
    return e;
  }

  /**
   * Returns a pool entry: evicted if a purge was requested while it was in
   * use, otherwise available again with `lastUsed` = now.
   */
  async release(entry: CacheEntry): Promise<void> {
    if (entry.needsPurge) {
      this.log(`Evicting cache ${entry.key} that was marked for purge while in use`);
      await this.evict(entry).catch(() => {});
      return;
    }
    entry.inUse = false;
    entry.lastUsed = this.now();
  }

  /** Drops `entry` from its table (no files are touched). */
  forget(entry: CacheEntry): void {
    if (entry.table === "file") {
      if (this.fileCaches.get(entry.key) === entry) this.fileCaches.delete(entry.key);
      return;
    }
    const list = (this.directoryCaches.get(entry.key) ?? []).filter((e) => e !== entry);
    if (list.length === 0) this.directoryCaches.delete(entry.key);
    else this.directoryCaches.set(entry.key, list);
  }

  /**
   * Evicts `entry`: removes it from its table and deletes its files. With
   * `taskLog`, writes `Removing cache <key> from cache table` and
   * `Deleting cache <key> file(s) at <location>` to the task log.
   */
  async evict(entry: CacheEntry, taskLog?: EvictionLog): Promise<void> {
    taskLog?.info(`Removing cache ${entry.key} from cache table`);
    this.forget(entry);
    taskLog?.info(`Deleting cache ${entry.key} file(s) at ${entry.location}`);
    await removeAll(entry.location);
  }

  /** Evicts available pool entries beyond `capacity` per cache name, least recently used first. */
  async trimPoolExcess(capacity: number): Promise<void> {
    for (const list of [...this.directoryCaches.values()]) {
      const available = list.filter((e) => !e.inUse);
      const excess = available.length - capacity;
      if (excess <= 0) continue;
      available.sort((a, b) => (a.lastUsed ?? -Infinity) - (b.lastUsed ?? -Infinity));
      for (const e of available.slice(0, excess)) {
        await this.evict(e).catch((err) =>
          this.log(`WARNING: could not evict cache ${e.key}: ${(err as Error).message}`)
        );
      }
    }
  }
}

/** `rm -rf`: removes `path` (never following symlinks); a missing path is fine. */
export async function removeAll(path: string): Promise<void> {
  try {
    await Deno.remove(path, { recursive: true });
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
}
