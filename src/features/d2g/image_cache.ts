/**
 * `d2g-image-cache.json` (spec 12.12, 16): the images D2G loaded or pulled,
 * `{"<key>": {"id": "<image id>", "name": "<image name>"}}`, keyed by the
 * image name (registry images) or the image artifact's SHA-256. It lives in
 * the worker's directory, is written 0600 (Go's `SecureFiles`), merged with
 * what other tasks wrote (read, merge, write under one lock), and deleted
 * by the garbage collector's `docker system prune`.
 *
 * Concurrent loads of the same key share one docker invocation
 * (`loadOnce`, Go's singleflight); different keys load in parallel.
 *
 * Keys come from task payloads: they are kept in a `Map`, never as object
 * properties, so names such as `__proto__` are data.
 *
 * ```ts
 * const cache = new ImageCacheFile(join(stateDir, "d2g-image-cache.json"));
 * const { image, loaded } = await cache.loadOnce(key, () => pullImage(key));
 * ```
 */
import { dirname, join } from "node:path";

/** The cache file's name (in the worker's directory). */
export const IMAGE_CACHE_FILE = "d2g-image-cache.json";

/** One cached image. */
export interface CachedImage {
  /** The image id (`docker images --no-trunc --quiet` without `sha256:`), or the name for pulled images. */
  id: string;
  /** The image name (`Loaded image: <name>` or the pulled name). */
  name: string;
}

/** The result of `loadOnce`. */
export interface LoadResult {
  image: CachedImage;
  /** True when this call (or the one it joined) ran the load; false when the cache had it. */
  loaded: boolean;
}

/** Go's json string escaping (`<`, `>`, `&`, U+2028, U+2029 as \u sequences). */
function goString(s: string): string {
  return JSON.stringify(s).replace(
    /[<>&\u2028\u2029]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}

/** The file's text as Go's `json.MarshalIndent(map, "", "  ")` writes it (keys sorted). */
export function imageCacheText(entries: ReadonlyMap<string, CachedImage>): string {
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return "{}";
  const body = keys.map((k) => {
    const v = entries.get(k)!;
    return `  ${goString(k)}: {\n    "id": ${goString(v.id)},\n    "name": ${
      goString(v.name)
    }\n  }`;
  });
  return `{\n${body.join(",\n")}\n}`;
}

/** Parses the file's text; entries that are not `{id, name}` strings are dropped. */
export function parseImageCache(text: string): Map<string, CachedImage> {
  const out = new Map<string, CachedImage>();
  const v: unknown = JSON.parse(text);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new Error("not a JSON object");
  }
  for (const [k, e] of Object.entries(v)) {
    if (typeof e !== "object" || e === null) continue;
    const { id, name } = e as Record<string, unknown>;
    if (typeof id === "string" && typeof name === "string") out.set(k, { id, name });
  }
  return out;
}

const inFlight = new Map<string, Promise<LoadResult>>();
const locks = new Map<string, Promise<void>>();

/** Runs `fn` with the file's lock held (one lock per cache file path, worker-wide). */
async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const before = locks.get(path) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => release = r);
  const chained = before.then(() => mine);
  locks.set(path, chained);
  await before;
  try {
    return await fn();
  } finally {
    release();
    if (locks.get(path) === chained) locks.delete(path);
  }
}

/** The image cache file of one worker. */
export class ImageCacheFile {
  /** Reads go wrong when the file is not JSON; such problems are told here (worker log). */
  constructor(readonly path: string, private warn: (line: string) => void = () => {}) {}

  /** The file's entries; none when it is missing (or unreadable: a warning). */
  read(): Promise<Map<string, CachedImage>> {
    return withLock(this.path, () => this.#readUnlocked());
  }

  async #readUnlocked(): Promise<Map<string, CachedImage>> {
    let text: string;
    try {
      text = await Deno.readTextFile(this.path);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) {
        this.warn(`[d2g] No ${IMAGE_CACHE_FILE} file found, creating empty ImageCache`);
      } else {
        this.warn(`[d2g] could not read ${this.path}: ${(e as Error).message}`);
      }
      return new Map();
    }
    try {
      return parseImageCache(text);
    } catch (e) {
      this.warn(
        `[d2g] WARNING: ${this.path} is not a valid image cache (${
          (e as Error).message
        }); starting an empty one`,
      );
      return new Map();
    }
  }

  /** Merges `entries` into the file (entries given win) and writes it 0600, atomically. */
  merge(entries: ReadonlyMap<string, CachedImage>): Promise<void> {
    return withLock(this.path, async () => {
      const merged = await this.#readUnlocked();
      for (const [k, v] of entries) merged.set(k, v);
      const tmp = join(dirname(this.path), `.${IMAGE_CACHE_FILE}-${crypto.randomUUID()}`);
      try {
        await Deno.writeTextFile(tmp, imageCacheText(merged), { mode: 0o600 });
        await Deno.chmod(tmp, 0o600);
        await Deno.rename(tmp, this.path);
      } catch (e) {
        await Deno.remove(tmp).catch(() => {});
        throw e;
      }
    });
  }

  /** Deletes the file (garbage collection after `docker system prune`); missing is fine. */
  remove(): Promise<void> {
    return withLock(this.path, async () => {
      try {
        await Deno.remove(this.path);
      } catch (e) {
        if (!(e instanceof Deno.errors.NotFound)) throw e;
      }
    });
  }

  /**
   * The image for `key`: from the file when another task (or an earlier
   * worker) cached it, else from `load()`, run once for all callers that
   * ask for the same key at the same time.
   */
  loadOnce(key: string, load: () => Promise<CachedImage>): Promise<LoadResult> {
    const flightKey = `${this.path}\0${key}`;
    const running = inFlight.get(flightKey);
    if (running) return running;
    const p = (async (): Promise<LoadResult> => {
      const latest = await this.read();
      const hit = latest.get(key);
      if (hit) return { image: hit, loaded: false };
      return { image: await load(), loaded: true };
    })();
    inFlight.set(flightKey, p);
    const clear = () => {
      if (inFlight.get(flightKey) === p) inFlight.delete(flightKey);
    };
    p.then(clear, clear);
    return p;
  }
}
