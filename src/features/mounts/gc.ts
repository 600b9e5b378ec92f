/**
 * Garbage collection before each claim (spec 11.7): when the filesystem
 * holding `tasksDir` has less than `requiredDiskSpaceMegabytes` MiB
 * available, free space by (D2G, idle only) pruning Docker, then evicting
 * file-cache entries (least recently used first), then writable directory
 * caches not in use (likewise), measuring again after each eviction. Still
 * short: `DiskSpaceError` (the loop exits 69 when idle, skips the claim
 * when busy). With enough space, pool entries beyond `capacity` per cache
 * name are trimmed.
 *
 * ```ts
 * await collectGarbage({ state, tasksDir, requiredDiskSpaceMegabytes: 10240, capacity: 1 });
 * ```
 */
import { freeDiskSpaceBytes } from "../../platform/disk.ts";
import type { CacheEntry, MountsState } from "./cache_state.ts";

/** Not enough disk space could be freed. */
export class DiskSpaceError extends Error {
  constructor(readonly requiredBytes: number, readonly availableBytes: number) {
    super(
      `not able to free up enough disk space - require ${requiredBytes} bytes, but only have ${availableBytes} bytes - and nothing left to delete`,
    );
    this.name = "DiskSpaceError";
  }
}

/** Options of `collectGarbage`. */
export interface CollectGarbageOptions {
  /** The cache tables (the Mounts/Caches feature's state). */
  state: MountsState;
  /** Free space is measured on the filesystem holding this directory. */
  tasksDir: string;
  /** The threshold (config `requiredDiskSpaceMegabytes`; MiB). */
  requiredDiskSpaceMegabytes: number;
  /** Available pool entries kept per cache name (config `capacity`). */
  capacity: number;
  /** Tasks are running (Docker is then not pruned). */
  tasksRunning?: boolean;
  /** Measures free bytes (default `freeDiskSpaceBytes`). */
  freeSpace?: (dir: string) => Promise<number>;
  /** D2G: `docker volume prune` then `docker system prune` + image cache file removal; idle only. */
  pruneDocker?: () => Promise<void>;
  /** Worker log lines. */
  log?: (line: string) => void;
}

/** Least recently used first (never used counts as oldest), then oldest created. */
function byRating(a: CacheEntry, b: CacheEntry): number {
  const ra = a.lastUsed ?? 0;
  const rb = b.lastUsed ?? 0;
  return ra !== rb ? ra - rb : a.created - b.created;
}

/** See the module doc. Saves the cache state when anything was evicted. */
export async function collectGarbage(opts: CollectGarbageOptions): Promise<void> {
  const { state } = opts;
  const log = opts.log ?? (() => {});
  const required = Math.max(0, opts.requiredDiskSpaceMegabytes) * 1024 * 1024;
  const measure = async () => {
    try {
      return await (opts.freeSpace ?? freeDiskSpaceBytes)(opts.tasksDir);
    } catch (e) {
      throw new Error(
        `could not calculate free disk space in dir ${opts.tasksDir} due to error ${
          (e as Error).message
        }`,
      );
    }
  };
  let changed = false;
  const evict = async (e: CacheEntry) => {
    changed = true;
    try {
      await state.evict(e);
    } catch (err) {
      log(`WARNING: could not evict cache ${e.key}: ${(err as Error).message}`);
    }
  };
  try {
    let free = await measure();
    if (free < required) {
      log(
        `Only ${free} bytes available in ${opts.tasksDir} but ${required} required. Garbage collecting`,
      );
      if (opts.pruneDocker && !opts.tasksRunning) {
        await opts.pruneDocker();
        free = await measure();
      }
    }
    // file caches first: downloads are cheap to redo compared with build caches
    const files = [...state.fileCaches.values()].filter((e) => e.users === 0).sort(byRating);
    for (const e of files) {
      if (free >= required) break;
      await evict(e);
      free = await measure();
    }
    if (free < required) {
      const dirs = [...state.directoryCaches.values()].flat().filter((e) => !e.inUse)
        .sort(byRating);
      for (const e of dirs) {
        await evict(e);
        free = await measure();
        if (free >= required) break;
      }
    }
    if (free < required) throw new DiskSpaceError(required, free);
    const before = [...state.directoryCaches.values()].flat().length;
    await state.trimPoolExcess(opts.capacity);
    if ([...state.directoryCaches.values()].flat().length !== before) changed = true;
  } finally {
    if (changed) {
      await state.save().catch((e) =>
        log(`WARNING: could not save cache state: ${(e as Error).message}`)
      );
    }
  }
}
