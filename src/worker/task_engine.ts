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

/**
 * Deletes every `task_*` directory in `tasksDir` except those of running
 * tasks (spec 8.1, `cleanUpTaskDirs`): write permission is restored first so
 * read-only trees a task left behind go too.
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
    const dir = join(tasksDir, e.name);
    try {
      if (Deno.build.os !== "windows") {
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
        if (config.cleanUpTaskDirs) await purgeTaskDirs(config.tasksDir, running, log);
      }
    },
    statusPort: liveLog?.port,
    async close() {
      await liveLog?.close();
    },
  };
}
