/**
 * The per-task part of the Mounts/Caches feature (spec 11.1), over a
 * narrow view of the task run (`MountsTask`) and the worker-wide state
 * (`MountsWorker`):
 *
 * - creation parses `payload.mounts`; problems are kept and reported at
 *   start as malformed-payload;
 * - requires `generic-worker:cache:<cacheName>` for each writable cache;
 * - start asks the purge-cache service (warnings only), then mounts in
 *   payload order; a failure is failed/failed `[mounts] <error>`;
 * - stop purges the task's writable caches when the last command was
 *   aborted or exited with a code in `onExitStatus.purgeCaches`, else moves
 *   them back into the pool; then both state files are written
 *   (failure: internal-error).
 */
import type { RetryOptions } from "../../taskcluster/retry.ts";
import type { CacheEntry, MountsState } from "./cache_state.ts";
import type { ContentContext, ContentSources, MountsLog } from "./content_cache.ts";
import {
  type FileMountHandler,
  type MountContext,
  mountFile,
  mountReadOnlyDirectory,
  mountWritableCache,
  unmountWritableCache,
  type Unpacker,
} from "./mount.ts";
import {
  contentString,
  type Mount,
  mountTargetError,
  type ParsedMounts,
  parseMounts,
} from "./parse.ts";
import { applyPurgeRequests, type PurgeRequests } from "./purge.ts";
import type { TaskFs } from "./task_fs.ts";
import { errorText } from "./text.ts";

/** The feature's name. */
export const MOUNTS = "Mounts/Caches";

/** An error deciding the task's resolution: `failed` = failed/failed, else exception/<reason>. */
export interface MountsError {
  reason: "failed" | "malformed-payload" | "internal-error";
  message: string;
}

/** The task log (without prefixes; `[mounts] ` is added here). */
export interface TaskLogSink {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What the feature needs from the task run. */
export interface MountsTask {
  /** The task directory. */
  taskDir: string;
  /** `payload.mounts` as submitted (JSON values). */
  mounts: readonly unknown[];
  /** `task.dependencies`. */
  dependencies: readonly string[];
  /** `payload.onExitStatus.purgeCaches`. */
  purgeCachesExitCodes: readonly number[];
  log: TaskLogSink;
  /** Artifact, index and URL downloads with the task's credentials. */
  sources: ContentSources;
  /** Directory and file creation as the task user. */
  fs: TaskFs;
  /** A D2G task (no recursive grants of directories). */
  d2g?: boolean;
  /** File mount handlers by `file` (D2G's `dockerimage`). */
  fileMountHandlers?: ReadonlyMap<string, FileMountHandler>;
  /** The last command's result; undefined when no command ran (e.g. malformed payload). */
  commandResult(): { exitCode: number; aborted: boolean } | undefined;
  /** Aborts downloads in flight. */
  signal?: AbortSignal;
  /**
   * The worker's own folders no mount may be (or contain): the task's
   * `generic-worker/`, the caches and downloads directories; and the tasks
   * directory (other tasks' directories are refused too).
   */
  workerDirs?: { own: readonly string[]; tasksDir?: string };
}

/** What is shared by all tasks of the worker. */
export interface MountsWorker {
  state: MountsState;
  unpacker: Unpacker;
  /** `<provisionerId>/<workerType>`. */
  workerPoolId: string;
  /** The purge-cache service with the worker's credentials; absent: never asked. */
  purgeCache?: PurgeRequests;
  /** Retries of downloads that break off (defaults: the Go worker's backoff). */
  retry?: RetryOptions;
  /** Minimum time between progress lines of a download, ms (default 5000). */
  progressIntervalMs?: number;
}

/** A `[mounts] `-prefixed view of the task log. */
export function mountsLog(log: TaskLogSink): MountsLog {
  return {
    info: (m) => log.info(`[mounts] ${m}`),
    warn: (m) => log.warn(`[mounts] ${m}`),
    error: (m) => log.error(`[mounts] ${m}`),
  };
}

/** One task's mounts. */
export class MountsTaskFeature {
  readonly parsed: ParsedMounts;
  readonly #mounted: Mount[] = [];
  readonly #poolEntries = new Map<Mount, CacheEntry>();
  readonly #ctx: MountContext;

  constructor(private task: MountsTask, private worker: MountsWorker) {
    this.parsed = parseMounts(task.mounts, task.dependencies);
    const log = mountsLog(task.log);
    const content: ContentContext = {
      state: worker.state,
      log,
      sources: task.sources,
      retry: worker.retry,
      progressIntervalMs: worker.progressIntervalMs,
      signal: task.signal,
    };
    this.#ctx = {
      ...content,
      taskDir: task.taskDir,
      fs: task.fs,
      unpacker: worker.unpacker,
      d2g: task.d2g,
      fileMountHandlers: task.fileMountHandlers,
    };
  }

  /** `generic-worker:cache:<name>` for each writable cache, as one AND set. */
  requiredScopes(): string[][] {
    return this.parsed.requiredScopes;
  }

  /** No artifacts are reserved. */
  reservedArtifacts(): string[] {
    return [];
  }

  /** Reports deferred payload errors, asks the purge-cache service, mounts everything. */
  async start(): Promise<MountsError | undefined> {
    if (this.parsed.error !== undefined) {
      return { reason: "malformed-payload", message: this.parsed.error };
    }
    const targetError = mountTargetError(
      this.parsed.mounts,
      this.task.taskDir,
      this.task.workerDirs ?? { own: [] },
    );
    if (targetError !== undefined) {
      return { reason: "malformed-payload", message: `[mounts] ${targetError}` };
    }
    const log = this.#ctx.log;
    if (this.worker.purgeCache) {
      const usesCaches = this.parsed.mounts.some((m) => m.kind === "writableDirectoryCache");
      try {
        await applyPurgeRequests(
          this.worker.state,
          this.worker.purgeCache,
          this.worker.workerPoolId,
          usesCaches,
          log,
        );
      } catch (e) {
        log.warn("Could not reach purgecache service to see if caches need purging:");
        log.warn(errorText(e));
      }
    }
    for (const m of this.parsed.mounts) {
      try {
        switch (m.kind) {
          case "fileMount":
            await mountFile(this.#ctx, m);
            break;
          case "readOnlyDirectory":
            await mountReadOnlyDirectory(this.#ctx, m);
            break;
          case "writableDirectoryCache":
            this.#poolEntries.set(m, await mountWritableCache(this.#ctx, m));
            break;
        }
      } catch (e) {
        return { reason: "failed", message: `[mounts] ${errorText(e)}` };
      }
      this.#mounted.push(m);
    }
    return undefined;
  }

  #shouldPurgeCaches(): boolean {
    const r = this.task.commandResult();
    if (!r) return false;
    const log = this.#ctx.log;
    if (r.aborted) {
      log.info(
        "Purging caches since the task was aborted and may have left them in an inconsistent state",
      );
      return true;
    }
    if (this.task.purgeCachesExitCodes.includes(r.exitCode)) {
      log.info(
        `Purging caches since last command had exit code ${r.exitCode} which is listed in task.Payload.OnExitStatus.PurgeCaches array`,
      );
      return true;
    }
    return false;
  }

  /**
   * Purges or preserves the writable caches mounted, then saves the cache
   * state. Returns the first error (later ones are logged).
   */
  async stop(): Promise<MountsError | undefined> {
    const errors: MountsError[] = [];
    const log = this.#ctx.log;
    const state = this.worker.state;
    const purge = this.#shouldPurgeCaches();
    for (const m of this.#mounted) {
      if (m.kind !== "writableDirectoryCache") continue;
      const entry = this.#poolEntries.get(m);
      if (purge) {
        if (entry) {
          try {
            await state.evict(entry, log);
          } catch (e) {
            errors.push({ reason: "failed", message: errorText(e) });
          }
        }
        continue;
      }
      try {
        await unmountWritableCache(this.#ctx, m, entry);
      } catch (e) {
        log.error(`Could not unmount ${contentString(m.content)} due to: '${errorText(e)}'`);
        errors.push({ reason: "failed", message: errorText(e) });
      }
    }
    this.#mounted.length = 0;
    try {
      await state.save();
    } catch (e) {
      errors.push({ reason: "internal-error", message: errorText(e) });
    }
    return errors[0];
  }
}
