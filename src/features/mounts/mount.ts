/**
 * Mounting and unmounting each mount type (spec 11.3-11.5), with the Go
 * worker's log lines (`[mounts] ` is added by the log) and error texts.
 *
 * - fileMount: content copied (or decompressed) to the file, created as
 *   the task user; never written back.
 * - readOnlyDirectory: the archive extracted into the directory.
 * - writableDirectoryCache: a pool entry moved into place (or a new one,
 *   empty or extracted from preload content) and moved back at the end.
 *
 * Archives of streamable formats (the tar family) are extracted while they
 * download when the target directory is new or empty (see
 * content_cache.ts); otherwise from the cache file once downloaded.
 */
import { dirname, isAbsolute, join } from "node:path";
import { type CacheEntry, removeAll } from "./cache_state.ts";
import {
  type ContentContext,
  type ContentSink,
  MountError,
  obtainContent,
} from "./content_cache.ts";
import {
  type Content,
  contentString,
  type FileMount,
  type ReadOnlyDirectoryMount,
  type WritableDirectoryCacheMount,
} from "./parse.ts";
import type { TaskFs } from "./task_fs.ts";
import { errorText, goQuote, pathErrorText } from "./text.ts";

/** Archive extraction and single-file decompression (src/archive). */
export interface Unpacker {
  /** True when archives of `format` can be extracted from a stream as they arrive. */
  canStream(format: string): boolean;
  /** Extracts archive `src` (a file path or a stream) of `format` into the directory `dest`. */
  extract(src: string | ReadableStream<Uint8Array>, dest: string, format: string): Promise<void>;
  /** Decompresses `src` (a file path or a stream) of single-stream `format` into the file `destFile`. */
  decompress(
    src: string | ReadableStream<Uint8Array>,
    destFile: string,
    format: string,
  ): Promise<void>;
}

/** A handler taking over a file mount (D2G registers `dockerimage`): gets the cache file and its SHA-256. */
export type FileMountHandler = (cacheFile: string, sha256: string) => Promise<void>;

/** What mounting needs besides the content context. */
export interface MountContext extends ContentContext {
  /** The task directory (relative mount paths resolve against it). */
  taskDir: string;
  fs: TaskFs;
  unpacker: Unpacker;
  /** A D2G task: directory grants are skipped (the container decides ownership). */
  d2g?: boolean;
  /** File mount handlers by the mount's `file` value. */
  fileMountHandlers?: ReadonlyMap<string, FileMountHandler>;
}

/** `path` if absolute, else joined to `parent` (Go `fileutil.AbsFrom`). */
export function absFrom(parent: string, path: string): string {
  return isAbsolute(path) ? path : join(parent, path);
}

async function mkdirAll(ctx: MountContext, dir: string): Promise<void> {
  ctx.log.info(`Creating directory ${dir}`);
  await ctx.fs.mkdirAll(dir);
}

async function grant(
  ctx: MountContext,
  path: string,
  kind: "file" | "directory",
): Promise<void> {
  if (ctx.fs.userName === undefined) return;
  if (kind === "directory" && ctx.d2g) return;
  ctx.log.info(`Granting ${ctx.fs.userName} full control of ${kind} '${path}'`);
  try {
    await ctx.fs.grant(path, kind === "directory");
  } catch (e) {
    throw new MountError(
      `[mounts] Not able to make ${kind} ${path} writable for ${ctx.fs.userName}: ${errorText(e)}`,
    );
  }
}

async function emptyOrMissing(dir: string): Promise<boolean> {
  try {
    for await (const _ of Deno.readDir(dir)) return false;
    return true;
  } catch (e) {
    return e instanceof Deno.errors.NotFound;
  }
}

/** Removes everything inside `dir` (not `dir` itself). */
async function emptyDir(dir: string): Promise<void> {
  let names: string[] = [];
  try {
    for await (const e of Deno.readDir(dir)) names.push(e.name);
  } catch {
    names = [];
  }
  for (const n of names) await removeAll(join(dir, n));
}

const isNetwork = (c: Content) => c.kind === "artifact" || c.kind === "indexed" || c.kind === "url";

function unarchiveError(ctx: MountContext, src: string, dir: string, e: unknown): MountError {
  const who = ctx.fs.userName === undefined
    ? "as task user"
    : `as task user ${ctx.fs.userName} from directory ${ctx.taskDir}`;
  return new MountError(`cannot unarchive ${src} to ${dir} ${who}: ${errorText(e)}`);
}

/**
 * Fetches `content` and extracts it (archive `format`) into `dir`
 * (created as the task user). Go: `extract`.
 */
async function extractContent(
  ctx: MountContext,
  content: Content,
  format: string,
  dir: string,
): Promise<void> {
  const fresh = await emptyOrMissing(dir);
  await mkdirAll(ctx, dir);
  const target = await Deno.realPath(dir);
  let sink: ContentSink | undefined;
  if (fresh && isNetwork(content) && ctx.unpacker.canStream(format)) {
    sink = {
      consume: async (body, file) => {
        ctx.log.info(`Extracting ${format} file ${file} to '${dir}'`);
        try {
          await ctx.unpacker.extract(body, target, format);
        } catch (e) {
          throw unarchiveError(ctx, file, dir, e);
        }
      },
      undo: () => emptyDir(target),
    };
  }
  const got = await obtainContent(ctx, content, sink);
  try {
    if (got.streamed) return;
    ctx.log.info(`Extracting ${format} file ${got.file} to '${dir}'`);
    try {
      await ctx.unpacker.extract(got.file, target, format);
    } catch (e) {
      throw unarchiveError(ctx, got.file, dir, e);
    }
  } finally {
    got.release();
  }
}

async function writeStreamToFile(body: ReadableStream<Uint8Array>, file: string): Promise<void> {
  const f = await Deno.open(file, { write: true, truncate: true });
  await body.pipeTo(f.writable);
}

/** Mounts a file (spec 11.3). */
export async function mountFile(ctx: MountContext, m: FileMount): Promise<void> {
  const file = absFrom(ctx.taskDir, m.file);
  try {
    if ((await Deno.stat(file)).isDirectory) {
      throw new MountError(
        `cannot mount file at path ${file} since it already exists as a directory`,
      );
    }
  } catch (e) {
    if (e instanceof MountError) throw e;
  }
  const handler = ctx.fileMountHandlers?.get(m.file);
  if (handler) {
    const got = await obtainContent(ctx, m.content);
    try {
      ctx.log.info(
        `File mount ${
          goQuote(m.file)
        } handled by registered handler (cache: ${got.file}, SHA256: ${got.sha256})`,
      );
      await handler(got.file, got.sha256);
    } finally {
      got.release();
    }
    return;
  }
  const parent = dirname(file);
  const src = contentString(m.content);
  let target = "";
  const prepare = async () => {
    await mkdirAll(ctx, parent);
    try {
      await ctx.fs.createFile(file);
    } catch (e) {
      throw new MountError(`not able to create ${file} as task user: ${errorText(e)}`);
    }
    target = await Deno.realPath(file);
  };
  /** Writes the content (a stream) into the file: copied, or decompressed (`format`). */
  const write = async (body: ReadableStream<Uint8Array>, cacheFile: string) => {
    if (m.format === "") {
      ctx.log.info(`Copying ${cacheFile} to ${file}`);
      try {
        await writeStreamToFile(body, target);
      } catch (e) {
        ctx.log.error(`not able to mount content from ${src} at path ${file}`);
        throw new MountError(errorText(e));
      }
      return;
    }
    ctx.log.info(`Decompressing ${m.format} file ${cacheFile} to '${file}'`);
    try {
      await ctx.unpacker.decompress(body, target, m.format);
    } catch (e) {
      throw new MountError(`not able to decompress ${cacheFile} to ${file}: ${errorText(e)}`);
    }
  };
  // a fresh download streams straight into the file as well as into the cache
  const streamable = isNetwork(m.content);
  let sink: ContentSink | undefined;
  if (streamable) {
    await prepare();
    sink = {
      consume: (body, cacheFile) => write(body, cacheFile),
      undo: () => removeAll(target),
    };
  }
  const got = await obtainContent(ctx, m.content, sink);
  try {
    if (!got.streamed) {
      if (!streamable) await prepare();
      const from = await Deno.open(got.file, { read: true });
      await write(from.readable, got.file);
    }
  } finally {
    got.release();
  }
  await grant(ctx, file, "file");
}

/** Mounts a read-only directory (spec 11.4). */
export async function mountReadOnlyDirectory(
  ctx: MountContext,
  m: ReadOnlyDirectoryMount,
): Promise<void> {
  const dir = absFrom(ctx.taskDir, m.directory);
  await extractContent(ctx, m.content, m.format, dir);
  await grant(ctx, dir, "directory");
}

async function isRealDirectory(path: string): Promise<boolean> {
  try {
    return (await Deno.lstat(path)).isDirectory;
  } catch {
    return false;
  }
}

/**
 * Mounts a writable directory cache (spec 11.5); returns the pool entry
 * to give back at unmount. On failure the entry is released or evicted.
 */
export async function mountWritableCache(
  ctx: MountContext,
  m: WritableDirectoryCacheMount,
): Promise<CacheEntry> {
  const { state, log } = ctx;
  const target = absFrom(ctx.taskDir, m.directory);
  let entry = state.acquire(m.cacheName);
  // an entry whose directory was replaced (e.g. by a symlink) is not reused
  while (entry && !(await isRealDirectory(entry.location))) {
    log.warn(`Writable directory cache ${m.cacheName} at ${entry.location} is not a directory`);
    await state.evict(entry, log).catch(() => {});
    entry = state.acquire(m.cacheName);
  }
  if (entry) {
    log.info(
      `Moving existing writable directory cache ${m.cacheName} from ${entry.location} to ${target}`,
    );
    const parent = dirname(target);
    try {
      await mkdirAll(ctx, parent);
    } catch (e) {
      await state.release(entry);
      throw new MountError(`not able to create directory ${parent}: ${errorText(e)}`);
    }
    try {
      await Deno.rename(entry.location, target);
    } catch (e) {
      await state.evict(entry, log);
      throw new MountError(
        `not able to move directory ${entry.location} to ${target}: ${
          pathErrorText("rename", [entry.location, target], e)
        }`,
      );
    }
  } else {
    entry = state.newPoolEntry(m.cacheName);
    log.info(`No existing writable directory cache '${m.cacheName}' - creating ${entry.location}`);
    try {
      if (m.content) {
        await extractContent(ctx, m.content, m.format, target);
      } else {
        try {
          await mkdirAll(ctx, target);
        } catch (e) {
          throw new MountError(`not able to create directory ${target}: ${errorText(e)}`);
        }
      }
    } catch (e) {
      await state.evict(entry, log).catch(() => {});
      throw e;
    }
  }
  try {
    await grant(ctx, target, "directory");
  } catch (e) {
    await state.evict(entry, log).catch(() => {});
    throw e;
  }
  log.info(`Successfully mounted writable directory cache '${target}'`);
  return entry;
}

/**
 * Moves a writable cache back into `cachesDir` and returns its entry to
 * the pool; when that fails the entry is evicted and the error says
 * `could not persist cache "<name>" due to <err>`.
 */
export async function unmountWritableCache(
  ctx: MountContext,
  m: WritableDirectoryCacheMount,
  entry: CacheEntry | undefined,
): Promise<void> {
  const { state, log } = ctx;
  if (!entry) {
    throw new MountError(
      `could not persist cache ${goQuote(m.cacheName)} due to missing pool entry`,
    );
  }
  const taskCacheDir = absFrom(ctx.taskDir, m.directory);
  log.info(`Preserving cache: Moving ${goQuote(taskCacheDir)} to ${goQuote(entry.location)}`);
  try {
    await removeAll(entry.location);
  } catch (e) {
    log.warn(`Could not remove stale cache dir ${goQuote(entry.location)}: ${errorText(e)}`);
  }
  try {
    await Deno.rename(taskCacheDir, entry.location);
  } catch (e) {
    await state.evict(entry, log);
    throw new MountError(
      `could not persist cache ${goQuote(m.cacheName)} due to ${
        pathErrorText("rename", [taskCacheDir, entry.location], e)
      }`,
    );
  }
  await state.release(entry);
}
