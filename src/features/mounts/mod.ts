/**
 * The "Mounts/Caches" Feature for the engine (spec 11): always requested,
 * enabled by `enableMounts` (spec Q1: disabling it makes every task
 * malformed-payload). `initialise` loads the cache state; each task gets a
 * `MountsTaskFeature` (task_feature.ts) over its `TaskRun`; `collectGarbage`
 * is what the worker loop calls before each claim.
 *
 * Place it right after "OS Groups" (Go order: ... Live Log, Taskcluster
 * Proxy, OS Groups, Mounts/Caches, Resource Monitor ...), so it is started
 * after the task user exists and stopped after artifacts were uploaded.
 *
 * ```ts
 * const mounts = mountsFeature({ stateDir, log: (l) => log.log(l) });
 * // slots.afterLiveLog = [..., osGroupsFeature(), mounts, ...]
 * // beforeClaim: await mounts.collectGarbage({ tasksRunning: !idle })
 * ```
 */
import { resolve } from "node:path";
import type { Config } from "../../config/config.ts";
import { workerPoolId } from "../../config/config.ts";
import { chownToUser, lookupUser } from "../../platform/users.ts";
import { internalError, malformedPayload, TaskError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Credentials } from "../../taskcluster/credentials.ts";
import type { HttpOptions } from "../../taskcluster/http.ts";
import { Index } from "../../taskcluster/index.ts";
import { PurgeCache } from "../../taskcluster/purge_cache.ts";
import type { RetryOptions } from "../../taskcluster/retry.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { MountsState } from "./cache_state.ts";
import { collectGarbage } from "./gc.ts";
import type { Unpacker } from "./mount.ts";
import { taskclusterSources } from "./sources.ts";
import { MOUNTS, type MountsError, MountsTaskFeature } from "./task_feature.ts";
import { currentUserFs, type TaskFs, taskUserFs } from "./task_fs.ts";
import { archiveUnpacker } from "./unpacker.ts";

export { DiskSpaceError } from "./gc.ts";
export { CacheStateError } from "./cache_state.ts";
export { MOUNTS } from "./task_feature.ts";

/** Options of `mountsFeature`. */
export interface MountsFeatureOptions {
  /** Directory of `file-caches.json` and `directory-caches.json` (the worker's cwd in Go). */
  stateDir: string;
  /** Worker log lines. */
  log?: (line: string) => void;
  /** Archive extraction (default: src/archive). */
  unpacker?: Unpacker;
  /** Retries of downloads that break off mid-body. */
  retry?: RetryOptions;
  /** Options of URL downloads (retries, timeouts). */
  http?: HttpOptions;
  /** Minimum time between progress lines of one download, ms (default 5000). */
  progressIntervalMs?: number;
  /** The worker's current credentials (purge-cache); default: from the config at each query. */
  workerCredentials?: () => Credentials;
}

/** Options of `MountsFeature.collectGarbage`. */
export interface GarbageCollectionOptions {
  /** Tasks are running (Docker is then not pruned). */
  tasksRunning: boolean;
  /** Overrides config `requiredDiskSpaceMegabytes`. */
  requiredDiskSpaceMegabytes?: number;
  /** Measures free bytes of a directory (default: df). */
  freeSpace?: (dir: string) => Promise<number>;
  /** D2G's Docker pruning (idle only). */
  pruneDocker?: () => Promise<void>;
}

/** The Mounts/Caches feature with its worker-wide state. */
export interface MountsFeature extends Feature {
  /** The cache tables (set by `initialise`). */
  readonly state: MountsState | undefined;
  /**
   * Garbage collection before a claim (spec 11.7); rejects with
   * `DiskSpaceError` when not enough space can be freed (exit 69 when idle,
   * skip the claim when busy).
   */
  collectGarbage(opts: GarbageCollectionOptions): Promise<void>;
}

function raise(e: MountsError | undefined): void {
  if (!e) return;
  if (e.reason === "failed") throw new TaskError("failed", e.message);
  throw e.reason === "malformed-payload" ? malformedPayload(e.message) : internalError(e.message);
}

/** How this task's files are made: as the task user on multiuser, else as the worker. */
async function taskFsFor(task: TaskRun): Promise<TaskFs> {
  if (task.config.engine !== "multiuser") return currentUserFs();
  const ids = await lookupUser(task.taskUserName);
  const features = task.payload.features as Record<string, unknown> | undefined;
  if (features?.runTaskAsCurrentUser === true) {
    // commands run as the worker's user; files are still given to the task user (as Go does)
    return {
      ...currentUserFs(),
      userName: ids.name,
      grant: (path, recursive) => chownToUser(path, ids, recursive),
    };
  }
  return taskUserFs(ids);
}

/** Builds the feature. */
export function mountsFeature(opts: MountsFeatureOptions): MountsFeature {
  let state: MountsState | undefined;
  let config: Config | undefined;
  const log = opts.log ?? (() => {});
  const unpacker = opts.unpacker ?? archiveUnpacker();
  return {
    name: MOUNTS,
    get state() {
      return state;
    },
    isEnabled: (c: Config) => c.enableMounts,
    isRequested: () => true,
    async initialise(c: Config) {
      config = c;
      state = await MountsState.load({
        cachesDir: resolve(c.cachesDir),
        downloadsDir: resolve(c.downloadsDir),
        stateDir: opts.stateDir,
        log,
      });
    },
    async collectGarbage(g: GarbageCollectionOptions) {
      if (!state || !config) throw new Error("mounts feature not initialised");
      await collectGarbage({
        state,
        tasksDir: resolve(config.tasksDir),
        requiredDiskSpaceMegabytes: g.requiredDiskSpaceMegabytes ??
          config.requiredDiskSpaceMegabytes,
        capacity: config.capacity,
        tasksRunning: g.tasksRunning,
        freeSpace: g.freeSpace,
        pruneDocker: g.pruneDocker,
        log,
      });
    },
    newTaskFeature(task: TaskRun): TaskFeature {
      if (!state) throw internalError("mounts feature not initialised");
      const st = state;
      const c = task.config;
      const payload = task.payload;
      const mounts = Array.isArray(payload.mounts) ? payload.mounts : [];
      const deps = Array.isArray(task.definition.dependencies)
        ? (task.definition.dependencies as unknown[]).map(String)
        : [];
      const onExit = payload.onExitStatus as Record<string, unknown> | undefined;
      const purgeCodes = Array.isArray(onExit?.purgeCaches)
        ? (onExit.purgeCaches as unknown[]).filter((n): n is number => typeof n === "number")
        : [];
      const abort = new AbortController();
      task.onAbort(() => abort.abort(new Error("task aborted")));
      const workerCreds = opts.workerCredentials ?? (() => ({
        clientId: c.clientId,
        accessToken: c.accessToken,
        certificate: c.certificate || undefined,
      }));
      let inner: MountsTaskFeature | undefined;
      const make = (fs: TaskFs) =>
        new MountsTaskFeature({
          taskDir: task.taskDir,
          mounts,
          dependencies: deps,
          purgeCachesExitCodes: purgeCodes,
          log: {
            info: (m) => void task.log.info(m),
            warn: (m) => void task.log.warn(m),
            error: (m) => void task.log.error(m),
          },
          sources: taskclusterSources({
            queue: task.queue,
            index: {
              // task credentials as of the call (they change at each reclaim)
              findTask: (ns) =>
                new Index({ rootUrl: c.rootURL, credentials: task.credentials }).findTask(ns),
            },
            http: opts.http,
          }),
          fs,
          commandResult: () =>
            task.lastExitCode === undefined
              ? undefined
              : { exitCode: task.lastExitCode, aborted: task.lastAborted },
          signal: abort.signal,
          d2g: task.d2g !== undefined,
          fileMountHandlers: task.fileMountHandlers,
          workerDirs: { own: [task.gwDir, c.cachesDir, c.downloadsDir], tasksDir: c.tasksDir },
        }, {
          state: st,
          unpacker,
          workerPoolId: workerPoolId(c),
          purgeCache: {
            purgeRequests: (pool, since) =>
              new PurgeCache({ rootUrl: c.rootURL, credentials: workerCreds() })
                .purgeRequests(pool, since),
          },
          retry: opts.retry,
          progressIntervalMs: opts.progressIntervalMs,
        });
      // parsed now for the scope check; the file-system view needs the task user, made at start
      const parsed = make(currentUserFs());
      return {
        requiredScopes: () => parsed.requiredScopes(),
        reservedArtifacts: () => [],
        async start() {
          let fs: TaskFs;
          try {
            fs = await taskFsFor(task);
          } catch (e) {
            throw internalError(`[mounts] could not find the task user: ${(e as Error).message}`);
          }
          inner = make(fs);
          const err = await inner.start();
          // a download cut short by an abort (reclaim failure, worker shutdown) resolves as the abort
          if (err && task.abortError) throw task.abortError;
          raise(err);
        },
        async stop() {
          if (inner) raise(await inner.stop());
        },
      };
    },
  };
}
