/**
 * The bridge from the worker loop to the task engine: starts the live log /
 * status server, builds and initialises the features, and returns the
 * `TaskRunner` the loop calls for each claim.
 */
import type { Config } from "../config/config.ts";
import type { Feature } from "../features/feature.ts";
import { buildFeatures } from "../features/index.ts";
import { type LiveLogServer, startLiveLogServer } from "../livelog/server.ts";
import { currentPlatform } from "../platform/info.ts";
import { join } from "node:path";
import { runTask } from "../task/run_task.ts";
import { taskDirName } from "../task/task_run.ts";
import { setupExposer } from "./expose/setup.ts";
import type { SchemaVariant } from "../task/payload_schema.ts";
import type { TaskRunner } from "./worker.ts";
import type { WorkerLog } from "./worker_log.ts";

/** What the loop gets from the engine. */
export interface TaskEngine {
  runTask: TaskRunner;
  /** Garbage collection and other checks before a claim; false = do not claim now. */
  beforeClaim?: (idle: boolean) => Promise<boolean>;
  /** Port of the live log / status server, when it is listening. */
  statusPort?: number;
  close(): Promise<void>;
}

/** Inputs of `createTaskRunner`. */
export interface TaskEngineOptions {
  config: Config;
  log: WorkerLog;
  status: () => Record<string, unknown>;
  stateDir: string;
  /** Extra features (mounts, proxy, chain of trust ...) in their slots. */
  extraFeatures?: Parameters<typeof buildFeatures>[2];
}

/** The payload schema variant for this worker. */
export function variantFor(config: Config): SchemaVariant {
  if (currentPlatform() === "windows") return "multiuser_windows";
  return config.engine === "insecure" ? "insecure_posix" : "multiuser_posix";
}

/** The lock file that marks `task_<id>_<run>` as in use by a live worker (beside it, not in it). */
function taskDirLockPath(tasksDir: string, dirName: string): string {
  return join(tasksDir, `.${dirName}.lock`);
}

/**
 * Marks a task directory as in use for as long as the returned release function has not been
 * called (or this process lives): an exclusive lock on `<tasksDir>/.<dirName>.lock`. Other
 * workers sharing `tasksDir` see the lock and leave the directory alone; the lock dies with the
 * process, so a killed worker's directories are purged by the next start-up.
 */
export async function lockTaskDir(tasksDir: string, dirName: string): Promise<() => void> {
  await Deno.mkdir(tasksDir, { recursive: true });
  const path = taskDirLockPath(tasksDir, dirName);
  const file = await Deno.open(path, { create: true, write: true });
  await file.lock(true);
  return () => {
    // removed while still held: no other run uses the same task_<id>_<run> name
    try {
      Deno.removeSync(path);
    } catch { /* already gone */ }
    file.close();
  };
}

/** True when no live worker holds the lock of `dirName` (a stale lock file is removed). */
async function taskDirFree(tasksDir: string, dirName: string): Promise<boolean> {
  const path = taskDirLockPath(tasksDir, dirName);
  let file: Deno.FsFile;
  try {
    file = await Deno.open(path, { write: true });
  } catch {
    return true; // no lock file: no worker runs it
  }
  try {
    if (!(await file.tryLock(true))) return false;
    await Deno.remove(path).catch(() => {});
    return true;
  } finally {
    file.close();
  }
}

/**
 * Deletes every `task_*` directory in `tasksDir` except those of running
 * tasks (spec 8.1, `cleanUpTaskDirs`): write permission is restored first so
 * read-only trees a task left behind go too. A directory another live worker
 * holds (`lockTaskDir`, several workers sharing one `tasksDir`) is left alone.
 */
export async function purgeTaskDirs(
  tasksDir: string,
  running: ReadonlySet<string>,
  log: WorkerLog,
): Promise<void> {
  const entries: Deno.DirEntry[] = [];
  try {
    for await (const e of Deno.readDir(tasksDir)) entries.push(e);
  } catch {
    return;
  }
  for (const e of entries) {
    if (!e.isDirectory || !e.name.startsWith("task_") || running.has(e.name)) continue;
    if (!(await taskDirFree(tasksDir, e.name))) continue;
    const dir = join(tasksDir, e.name);
    try {
      if (currentPlatform() !== "windows") {
        await new Deno.Command("chmod", { args: ["-R", "u+w", dir], stderr: "null" }).output();
      }
      await Deno.remove(dir, { recursive: true });
    } catch (err) {
      log.log(`WARNING: could not delete old task directory ${dir}: ${(err as Error).message}`);
    }
  }
}

/** Creates the engine. */
export async function createTaskRunner(opts: TaskEngineOptions): Promise<TaskEngine> {
  const { config, log } = opts;
  const features: Feature[] = buildFeatures(config, opts.stateDir, opts.extraFeatures);
  for (const f of features) await f.initialise?.(config);
  let liveLog: LiveLogServer | undefined;
  const exposer = setupExposer(config, log);
  // with websocktunnel nothing is exposed here (Go: livelogExposePort is for the local exposer)
  const port = exposer.loopbackOnly
    ? config.livelogPortBase
    : config.livelogExposePort || config.livelogPortBase;
  try {
    liveLog = startLiveLogServer({
      port,
      hostname: "0.0.0.0",
      publicHost: config.publicIP ?? "127.0.0.1",
      status: opts.status,
      exposer,
    });
    log.log(
      exposer.loopbackOnly
        ? `Live log and status server listening on 127.0.0.1:${liveLog.port}, exposed through websocktunnel ${config.wstServerURL}`
        : `Live log and status server listening on port ${liveLog.port}`,
    );
  } catch (e) {
    log.log(
      `WARNING: could not start the live log server on port ${port}: ${(e as Error).message}`,
    );
  }
  const variant = variantFor(config);
  const running = new Set<string>();
  if (config.cleanUpTaskDirs) await purgeTaskDirs(config.tasksDir, running, log);
  return {
    runTask: async (claim, shutdown) => {
      const dirName = taskDirName(claim.status.taskId, claim.runId);
      running.add(dirName);
      const release = await lockTaskDir(config.tasksDir, dirName).catch((e) => {
        log.log(`WARNING: could not lock task directory ${dirName}: ${(e as Error).message}`);
        return undefined;
      });
      try {
        return await runTask({
          config,
          claim,
          features,
          workerLog: log,
          shutdown,
          variant,
          liveLog,
          exposer,
          workerCredentials: () => ({
            clientId: config.clientId,
            accessToken: config.accessToken,
            certificate: config.certificate || undefined,
          }),
        });
      } finally {
        running.delete(dirName);
        release?.();
        if (config.cleanUpTaskDirs) await purgeTaskDirs(config.tasksDir, running, log);
      }
    },
    statusPort: liveLog?.port,
    async close() {
      await liveLog?.close();
    },
  };
}
