/**
 * The worker's main loop (spec 7.1): claim work from the Queue, run each
 * claimed task, count resolutions, and stop on `numberOfTasksToRun` (0),
 * idle timeout (68), SIGINT (finish tasks, 71), SIGTERM (abort tasks as
 * worker-shutdown, 72) or a worker-manager termination (70).
 *
 * The loop knows nothing of how a task runs: `runTask` is handed in by the
 * composition root (src/cli/run.ts).
 */
import type { Config } from "../config/config.ts";
import { workerPoolId } from "../config/config.ts";
import {
  IDLE_TIMEOUT,
  INTERNAL_ERROR,
  REBOOT_REQUIRED,
  TASKS_COMPLETE,
  WORKER_MANAGER_SHUTDOWN,
  WORKER_SHUTDOWN,
  WORKER_STOPPED,
} from "../exit_codes.ts";
import { readResolvedCount, type StatusFile, writeResolvedCount } from "./state_files.ts";
import type { MetricsContext, WorkerLog } from "./worker_log.ts";
import { WORKER_METRICS } from "../livelog/metrics.ts";

/** One entry of a claimWork response. */
export interface ClaimedTask {
  status: { taskId: string; [k: string]: unknown };
  runId: number;
  task: { created?: string; [k: string]: unknown };
  credentials: { clientId: string; accessToken: string; certificate?: string };
  takenUntil: string;
}

/** What the loop needs from the Queue. */
export interface WorkQueue {
  claimWork(
    taskQueueId: string,
    body: { tasks: number; workerGroup: string; workerId: string },
  ): Promise<{ tasks: ClaimedTask[] }>;
}

/** How a task ended, as far as the loop cares. */
export interface TaskResult {
  taskId: string;
  runId: number;
  /** The task was resolved exception/worker-shutdown (the worker must exit 72). */
  workerShutdown?: boolean;
  /** The resolution the engine decided, and the exception reason. */
  resolution?: string;
  reason?: string;
}

/** Runs one claimed task to resolution. `shutdown` aborts it as worker-shutdown. */
export type TaskRunner = (claim: ClaimedTask, shutdown: AbortSignal) => Promise<TaskResult>;

/** Everything the loop depends on. */
export interface WorkerDeps {
  config: Config;
  queue: WorkQueue;
  runTask: TaskRunner;
  log: WorkerLog;
  statusFile: StatusFile;
  /** Path of tasks-resolved-count.txt. */
  resolvedCountFile: string;
  /** Called before each claim; returns false to skip claiming (e.g. not enough disk). */
  beforeClaim?: (idle: boolean) => Promise<boolean>;
  /** Worker-manager termination check (worker-runner only); true = terminate. */
  shouldTerminate?: () => Promise<boolean>;
  /**
   * Desktop mode (multiuser without headlessTasks): after a task resolves
   * the worker exits 67 so the host reboots into the next task user (Go
   * `rebootBetweenTasks`), unless `numberOfTasksToRun` is reached first.
   */
  rebootBetweenTasks?: boolean;
  /** Called whenever a task starts or ends (the status endpoint reads it). */
  onChange?: (state: WorkerState) => void;
  now?: () => number;
  /** Minimum time between claimWork calls, ms (spec: 5 s). */
  claimIntervalMs?: number;
}

/** What the loop knows about itself, for the status endpoint. */
export interface WorkerState {
  startedAt: number;
  resolvedCount: number;
  running: { taskId: string; runId: number }[];
  lastTaskUrl?: string;
  /** The last resolutions, newest first (at most 20). */
  recent: {
    taskId: string;
    runId: number;
    resolution: string;
    reason?: string;
    finished: string;
  }[];
}

/** The loop; `stop(finishTasks)` is what SIGINT (true) and SIGTERM (false) call. */
export class Worker {
  readonly state: WorkerState;
  #stopRequested: null | { finishTasks: boolean; code: number } = null;
  #shutdown = new AbortController();
  #wake: (() => void) | null = null;
  #running = new Map<string, Promise<void>>();
  #workerShutdownSeen = false;
  #now: () => number;

  constructor(private deps: WorkerDeps) {
    this.#now = deps.now ?? Date.now;
    this.state = { startedAt: this.#now(), resolvedCount: 0, running: [], recent: [] };
  }

  /**
   * Requests termination. `finishTasks` true (SIGINT): running tasks finish,
   * exit 71. False (SIGTERM): running tasks are aborted, exit 72. `code`
   * overrides the exit code: worker-runner's graceful termination exits 72
   * whatever `finish-tasks` says (Go).
   */
  stop(finishTasks: boolean, code = finishTasks ? WORKER_STOPPED : WORKER_SHUTDOWN): void {
    if (this.#stopRequested && !this.#stopRequested.finishTasks) return;
    this.#stopRequested = { finishTasks, code };
    if (!finishTasks) {
      this.deps.log.log("Graceful termination requested, without time to finish tasks");
      this.#shutdown.abort();
    } else {
      this.deps.log.log("Graceful termination requested: finishing running tasks");
    }
    this.#wake?.();
  }

  #metrics(): MetricsContext {
    const c = this.deps.config;
    return {
      workerPoolId: workerPoolId(c),
      workerId: c.workerId,
      region: c.region,
      instanceType: c.instanceType,
    };
  }

  async #waitAll(): Promise<void> {
    await Promise.all([...this.#running.values()]);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = null;
        done();
      };
    });
  }

  #startTask(claim: ClaimedTask): void {
    const { deps } = this;
    const taskId = claim.status.taskId;
    const key = `${taskId}/${claim.runId}`;
    const metrics = this.#metrics();
    const created = claim.task.created ? Date.parse(claim.task.created) : NaN;
    deps.log.metrics(metrics, "taskQueued", {
      taskId,
      runId: claim.runId,
      timestamp: Number.isFinite(created) ? Math.floor(created / 1000) : undefined,
    });
    deps.log.metrics(metrics, "taskStart", { taskId, runId: claim.runId });
    const startedAt = this.#now();
    WORKER_METRICS.taskStarted(Number.isFinite(created) ? (Date.now() - created) / 1000 : NaN);
    let resolution = "exception";
    let reason = "internal-error";
    this.state.running.push({ taskId, runId: claim.runId });
    deps.onChange?.(this.state);
    const p = (async () => {
      await deps.statusFile.add(taskId);
      try {
        const result = await deps.runTask(claim, this.#shutdown.signal);
        if (result.workerShutdown) this.#workerShutdownSeen = true;
        resolution = result.resolution ?? resolution;
        reason = result.resolution === "exception" ? result.reason ?? "" : "";
      } catch (e) {
        deps.log.log(`PANIC in task ${taskId}/${claim.runId}: ${(e as Error)?.stack ?? e}`);
      } finally {
        deps.log.metrics(metrics, "taskFinish", { taskId, runId: claim.runId });
        WORKER_METRICS.taskFinished(resolution, reason, (this.#now() - startedAt) / 1000);
        this.state.recent = [{
          taskId,
          runId: claim.runId,
          resolution,
          ...(reason ? { reason } : {}),
          finished: new Date().toISOString(),
        }, ...this.state.recent].slice(0, 20);
        this.state.resolvedCount++;
        this.state.lastTaskUrl = `${
          deps.config.rootURL.replace(/\/+$/, "")
        }/tasks/${taskId}/runs/${claim.runId}`;
        this.state.running = this.state.running.filter((r) =>
          !(r.taskId === taskId && r.runId === claim.runId)
        );
        await writeResolvedCount(deps.resolvedCountFile, this.state.resolvedCount).catch((e) =>
          deps.log.log(`Could not write ${deps.resolvedCountFile}: ${(e as Error).message}`)
        );
        await deps.statusFile.remove(taskId);
        this.#running.delete(key);
        deps.onChange?.(this.state);
        this.#wake?.();
      }
    })();
    this.#running.set(key, p);
  }

  /** Runs the loop until an exit condition; returns the exit code. */
  async run(): Promise<number> {
    const { deps } = this;
    const { config, log } = deps;
    const claimInterval = deps.claimIntervalMs ?? 5000;
    this.state.resolvedCount = await readResolvedCount(deps.resolvedCountFile);
    const resolvedAtStart = this.state.resolvedCount;
    const metrics = this.#metrics();
    let firstClaim = true;
    let idleSince = this.#now();
    let lastIdleLog = 0;
    for (;;) {
      const limit = config.numberOfTasksToRun;
      if (limit > 0 && this.state.resolvedCount >= limit) {
        await this.#waitAll();
        log.log(`Completed ${this.state.resolvedCount} task(s); numberOfTasksToRun is ${limit}`);
        if (deps.shouldTerminate && await deps.shouldTerminate()) return WORKER_MANAGER_SHUTDOWN;
        return TASKS_COMPLETE;
      }
      if (
        deps.rebootBetweenTasks && this.state.resolvedCount > resolvedAtStart &&
        !this.#workerShutdownSeen
      ) {
        await this.#waitAll();
        log.log("Rebooting into the next task user (headlessTasks is false)");
        return REBOOT_REQUIRED;
      }
      // asked on every turn of the loop, also while tasks run (Go's checkWhetherToTerminate)
      if (deps.shouldTerminate && await deps.shouldTerminate()) {
        log.log("Worker Manager advised termination");
        await this.#waitAll();
        return WORKER_MANAGER_SHUTDOWN;
      }
      if (this.#stopRequested) {
        await this.#waitAll();
        return this.#workerShutdownSeen ? WORKER_SHUTDOWN : this.#stopRequested.code;
      }
      if (this.#workerShutdownSeen) {
        await this.#waitAll();
        return WORKER_SHUTDOWN;
      }
      const remaining = limit > 0
        ? limit - this.state.resolvedCount - this.#running.size
        : Infinity;
      const free = Math.min(config.capacity - this.#running.size, remaining);
      const claimStarted = this.#now();
      if (free > 0) {
        const idle = this.#running.size === 0;
        let proceed = true;
        if (deps.beforeClaim) {
          try {
            proceed = await deps.beforeClaim(idle);
          } catch (e) {
            if (idle) {
              log.log(`Internal error before claiming: ${(e as Error).message}`);
              return INTERNAL_ERROR;
            }
            proceed = false;
          }
        }
        if (proceed) {
          try {
            const resp = await deps.queue.claimWork(workerPoolId(config), {
              tasks: free,
              workerGroup: config.workerGroup,
              workerId: config.workerId,
            });
            if (firstClaim) {
              log.metrics(metrics, "workerReady");
              firstClaim = false;
            }
            for (const claim of resp.tasks ?? []) this.#startTask(claim);
          } catch (e) {
            log.log(`Could not claim work: ${(e as Error).message}${credentialsHint(e)}`);
          }
        }
      }
      if (this.#running.size > 0) {
        idleSince = this.#now();
      } else {
        const idleMs = this.#now() - idleSince;
        if (config.idleTimeoutSecs > 0 && idleMs >= config.idleTimeoutSecs * 1000) {
          if (!deps.shouldTerminate || await deps.shouldTerminate()) {
            log.log(
              `Worker idle for idleTimeoutSecs (${config.idleTimeoutSecs}s); exiting with code ${IDLE_TIMEOUT}`,
            );
            return IDLE_TIMEOUT;
          }
          idleSince = this.#now();
        }
        if (this.#now() - lastIdleLog >= 60_000) {
          log.log(`No task claimed. Idle for ${formatDuration(idleMs)}.`);
          lastIdleLog = this.#now();
        }
      }
      if (this.#stopRequested || (limit > 0 && this.state.resolvedCount >= limit)) continue;
      const atCapacity = this.#running.size >= config.capacity || remaining <= 0;
      if (atCapacity) {
        await Promise.race([...this.#running.values(), this.#sleep(3_600_000)]);
        this.#wake?.();
      } else {
        const wait = Math.max(0, claimStarted + claimInterval - this.#now());
        if (wait > 0) await this.#sleep(wait);
      }
    }
  }
}

/** A hint for an authentication failure (HTTP 401): which config keys to check. */
export function credentialsHint(e: unknown): string {
  const status = (e as { statusCode?: unknown })?.statusCode;
  if (status !== 401) return "";
  return " (HTTP 401: the Queue did not accept the worker's credentials; check clientId and accessToken (and certificate, for temporary credentials) in the config, and that the client exists on rootURL)";
}

/** Formats milliseconds like Go's time.Duration String for whole seconds (`1m5s`). */
export function formatDuration(ms: number): string {
  let s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
