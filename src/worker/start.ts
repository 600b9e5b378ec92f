/**
 * Builds the running worker from a validated config: the worker-credential
 * Queue client, the worker-runner protocol (when asked for), the live log /
 * status server, the features, and the loop; installs the signal handlers;
 * returns the exit code.
 */
import { join, resolve } from "node:path";
import type { Config } from "../config/config.ts";
import { httpBackoff, workerPoolId } from "../config/config.ts";
import {
  INTERNAL_ERROR,
  REBOOT_REQUIRED,
  WORKER_SHUTDOWN,
  WORKER_STOPPED,
  WorkerExit,
} from "../exit_codes.ts";
import { Queue } from "../taskcluster/queue.ts";
import { WorkerManager } from "../taskcluster/worker_manager.ts";
import { VERSION } from "../version.ts";
import type { RunnerProtocol } from "./runner_protocol.ts";
import { actOnExit, connectRunner, type HostControl, sendErrorReport } from "./lifecycle.ts";
import { refuseImpossibleSetup } from "./preflight.ts";
import { registerWorker, StatusFile, statusFilePath } from "./state_files.ts";
import { type TaskRunner, Worker, type WorkerState } from "./worker.ts";
import type { WorkerLog } from "./worker_log.ts";
import { createTaskRunner, type TaskEngine } from "./task_engine.ts";
import { type FeatureSlots, loopbackFeatures } from "../features/index.ts";
import { interactiveFeature } from "../features/interactive/mod.ts";
import { taskUserFeature } from "../features/task_user/mod.ts";
import { taskclusterProxyFeature } from "../features/taskcluster_proxy/mod.ts";
import { osGroupsFeature } from "../features/os_groups/mod.ts";
import { encryptedEnvFeature } from "../features/encrypted_env/mod.ts";
import { runTaskAsCurrentUserFeature } from "../features/run_task_as_current_user/mod.ts";
import { chainOfTrustFeature } from "../features/chain_of_trust/mod.ts";
import type { Feature } from "../features/feature.ts";
import { mountsFeature } from "../features/mounts/mod.ts";
import { d2gFeature } from "../features/d2g/mod.ts";
import { currentPlatform } from "../platform/info.ts";

/** Inputs of `startWorker`. */
export interface StartOptions {
  config: Config;
  configFile: string;
  log: WorkerLog;
  /** Connect worker-runner on stdin/stdout (when `protocol` is not given). */
  withWorkerRunner?: boolean;
  workerRunnerProtocolPipe?: string;
  /** Where the worker keeps its small state files; default the process cwd. */
  stateDir?: string;
  /** The worker-runner protocol, already connected (else connected here when asked for). */
  protocol?: RunnerProtocol;
  /** How the host is shut down / rebooted; default the platform's commands. */
  host?: HostControl;
}

/**
 * Starts the worker and runs it to completion; returns the exit code after
 * acting on it (metrics, shutdown / reboot, see lifecycle.ts). An internal
 * error before or in the loop (69) and a crash are logged, sent as
 * `error-report` and go the same way; other refusals (73, 82, ...) are sent
 * as `error-report` and thrown.
 */
export async function startWorker(opts: StartOptions): Promise<number> {
  const { config, log } = opts;
  const protocol = opts.protocol ?? await connectRunner({
    withWorkerRunner: opts.withWorkerRunner ?? false,
    workerRunnerProtocolPipe: opts.workerRunnerProtocolPipe,
  }, log);
  let code: number;
  try {
    code = await runWorker(opts, protocol);
  } catch (e) {
    const description = e instanceof WorkerExit ? e.message : `PANIC: ${(e as Error)?.stack ?? e}`;
    if (e instanceof WorkerExit && e.code !== INTERNAL_ERROR) {
      sendErrorReport(protocol, `${description}, exit code: ${e.code}`, config);
      await protocol?.flush();
      throw e;
    }
    if (description) log.log(description);
    sendErrorReport(
      protocol,
      `${description || "internal error"}, exit code: ${INTERNAL_ERROR}`,
      config,
    );
    code = INTERNAL_ERROR;
  }
  log.log(`Exiting worker with exit code ${code}`);
  await actOnExit(code, config, log, protocol, opts.host);
  await protocol?.flush();
  return code;
}

async function runWorker(
  opts: StartOptions,
  protocol: RunnerProtocol | undefined,
): Promise<number> {
  const { config, log } = opts;
  const stateDir = opts.stateDir ?? Deno.cwd();
  const metricsCtx = {
    workerPoolId: workerPoolId(config),
    workerId: config.workerId,
    region: config.region,
    instanceType: config.instanceType,
  };
  log.metrics(metricsCtx, "instanceBoot");

  await refuseImpossibleSetup(config);
  const workerCreds = () => ({
    clientId: config.clientId,
    accessToken: config.accessToken,
    certificate: config.certificate || undefined,
  });
  // claimWork retries for up to the whole budget (15 min) while the queue is
  // away; a stop request ends the retries at once (a call in flight still
  // finishes: it may have claimed a task)
  const claiming = new AbortController();
  const queue = new Queue({
    rootUrl: config.rootURL,
    credentials: workerCreds(),
    ...httpBackoff(config),
    stopRetrying: claiming.signal,
  });
  const stop = (finishTasks: boolean, code: number) => {
    claiming.abort();
    workerRef.w?.stop(finishTasks, code);
  };
  let shouldTerminate: (() => Promise<boolean>) | undefined;
  const workerRef: { w?: Worker } = {};
  if (protocol) {
    protocol.on("graceful-termination", (msg) => {
      const finishTasks = msg["finish-tasks"] === true;
      log.log(`Got graceful-termination request with finish-tasks=${finishTasks}`);
      stop(finishTasks, WORKER_SHUTDOWN);
    });
    protocol.on("new-credentials", (msg) => {
      config.clientId = String(msg["client-id"] ?? config.clientId);
      config.accessToken = String(msg["access-token"] ?? config.accessToken);
      config.certificate = typeof msg.certificate === "string" ? msg.certificate : "";
      log.addSecret(config.accessToken);
      queue.setCredentials(workerCreds());
      log.log(`Using new worker credentials with clientId ${config.clientId}`);
    });
    const wm = new WorkerManager({
      rootUrl: config.rootURL,
      credentials: workerCreds(),
      ...httpBackoff(config),
    });
    shouldTerminate = async () => {
      try {
        wm.setCredentials(workerCreds());
        const r = await wm.shouldWorkerTerminate(
          workerPoolId(config),
          config.workerGroup,
          config.workerId,
        );
        return r.terminate === true;
      } catch (e) {
        log.log(`Could not ask Worker Manager whether to terminate: ${(e as Error).message}`);
        return false;
      }
    };
  }

  try {
    await Deno.mkdir(resolve(config.tasksDir), { recursive: true, mode: 0o755 });
  } catch (e) {
    throw new WorkerExit(
      INTERNAL_ERROR,
      `Could not create tasks directory ${config.tasksDir}: ${(e as Error).message}`,
    );
  }

  let state: WorkerState | undefined;
  const statusInfo = () => ({
    workerPoolId: workerPoolId(config),
    workerGroup: config.workerGroup,
    workerId: config.workerId,
    engine: config.engine,
    version: VERSION,
    uptimeSeconds: state ? Math.floor((Date.now() - state.startedAt) / 1000) : 0,
    currentTasks: state?.running.map((r) => ({ taskId: r.taskId, runId: r.runId })) ?? [],
    tasksResolved: state?.resolvedCount ?? 0,
    lastTaskUrl: state?.lastTaskUrl ?? null,
    rootURL: config.rootURL,
    recentTasks: state?.recent ?? [],
  });

  let engine: TaskEngine;
  const taskUser = taskUserFeature({ log: (m) => log.log(m), stateDir });
  try {
    engine = await createTaskEngine(config, log, statusInfo, stateDir, taskUser);
  } catch (e) {
    if (e instanceof WorkerExit) throw e;
    throw new WorkerExit(INTERNAL_ERROR, `Could not initialise features: ${(e as Error).message}`);
  }
  // desktop mode: the next task user is prepared; boot into it first (Go prepareTaskEnvironment)
  if (config.engine === "multiuser" && taskUser.rebootRequired()) {
    await engine.close();
    return REBOOT_REQUIRED;
  }
  const runTask: TaskRunner = engine.runTask;

  const worker = new Worker({
    config,
    queue: {
      claimWork: (q, body) => {
        queue.setCredentials(workerCreds());
        return queue.claimWork(q, body);
      },
    },
    runTask,
    log,
    statusFile: new StatusFile(statusFilePath()),
    resolvedCountFile: join(stateDir, "tasks-resolved-count.txt"),
    beforeClaim: engine.beforeClaim,
    shouldTerminate,
    rebootBetweenTasks: config.engine === "multiuser" && !config.headlessTasks,
    onChange: (s) => (state = s),
  });
  workerRef.w = worker;
  state = worker.state;

  const unregister = engine.statusPort === undefined ? undefined : await registerWorker({
    pid: Deno.pid,
    statusUrl: `http://127.0.0.1:${engine.statusPort}/status`,
    workerId: config.workerId,
  }).catch((e) => {
    log.log(`WARNING: could not register for generic-worker status: ${(e as Error).message}`);
    return undefined;
  });
  const onInt = () => stop(true, WORKER_STOPPED);
  const onTerm = () => stop(false, WORKER_SHUTDOWN);
  Deno.addSignalListener("SIGINT", onInt);
  if (currentPlatform() !== "windows") Deno.addSignalListener("SIGTERM", onTerm);
  let code: number;
  try {
    code = await worker.run();
  } finally {
    Deno.removeSignalListener("SIGINT", onInt);
    if (currentPlatform() !== "windows") Deno.removeSignalListener("SIGTERM", onTerm);
    await unregister?.();
    await engine.close();
  }
  return code;
}

async function createTaskEngine(
  config: Config,
  log: WorkerLog,
  status: () => Record<string, unknown>,
  stateDir: string,
  taskUser: Feature,
): Promise<TaskEngine> {
  const mounts = mountsFeature({ stateDir, log: (m) => log.log(m) });
  const d2g = d2gFeature({ stateDir, log: (m) => log.log(m) });
  const pruneDocker = d2g.isEnabled(config) ? d2g.pruneDocker(config) : undefined;
  const engine = await createTaskRunner({
    config,
    log,
    status,
    stateDir,
    extraFeatures: { ...taskFeatures(config, mounts, taskUser), afterArtifacts: [d2g] },
  });
  // Garbage collection before each claim (spec 11.7): not enough space while
  // idle is an internal error (69); while busy the claim is skipped.
  engine.beforeClaim = async (idle) => {
    try {
      await mounts.collectGarbage({ tasksRunning: !idle, pruneDocker });
      return true;
    } catch (e) {
      if (idle) throw e;
      log.log(`Not claiming: ${(e as Error).message}`);
      return false;
    }
  };
  return engine;
}

/**
 * Task users, proxy, OS groups, mounts, encrypted env, interactive,
 * run-as-current-user, loopback devices and chain of trust at their spec positions (the insecure engine has no
 * task users, no run-as-current-user and no chain of trust).
 */
function taskFeatures(config: Config, mounts: Feature, taskUser: Feature): FeatureSlots {
  if (config.engine === "insecure") {
    return {
      afterLiveLog: [taskclusterProxyFeature(), osGroupsFeature(), mounts, encryptedEnvFeature()],
      afterResourceMonitor: [interactiveFeature()],
      platform: loopbackFeatures(),
    };
  }
  return {
    afterLiveLog: [
      taskUser,
      taskclusterProxyFeature(),
      osGroupsFeature(),
      mounts,
      encryptedEnvFeature(),
    ],
    afterResourceMonitor: [interactiveFeature()],
    platform: [runTaskAsCurrentUserFeature(), ...loopbackFeatures(), chainOfTrustFeature()],
  };
}
