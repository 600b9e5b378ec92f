/**
 * `runTask`: everything that happens to one claimed task (spec 7.2-7.6).
 * 1. the task directory `<tasksDir>/task_<prefix>_<runId>` (0777 on the
 *    insecure engine) with `generic-worker/` (0700) and the task log in it;
 *    a failure here is reported exception/internal-error at once (no logs);
 * 2. the worker's and the task's access tokens are masked in the task log;
 * 3. the reclaim loop, and the shutdown signal wired to an abort
 *    (exception/worker-shutdown);
 * 4. the feature pipeline (pipeline.ts);
 * 5. the resolution, decided by the first error, reported with the task's
 *    credentials (reportCompleted / reportFailed / reportException). Each
 *    call retries network errors and 5xx for the client's budget (Go
 *    httpbackoff: 15 minutes), and the report is tried again until it lands
 *    or the claim is known lost: a 4xx reply (409: the run is no longer
 *    this worker's), a failed reclaim, or the claim's `takenUntil` passed.
 *    Reclaims go on meanwhile. When it does not land the run's state is
 *    read back without credentials and logged.
 *
 * ```ts
 * const outcome = await runTask({ config, claim, features: buildFeatures(config),
 *   workerLog: (l) => console.error(l), shutdown: controller.signal, liveLogServer });
 * // { taskId, runId, resolution: "completed", reported: true }
 * ```
 */
import { join } from "node:path";
import type { Config } from "../config/config.ts";
import type { Feature } from "./feature.ts";
import type { LiveLogServer } from "../livelog/server.ts";
import type { Exposer } from "../livelog/expose.ts";
import { makeDir } from "../platform/fs.ts";
import type { Credentials } from "../taskcluster/credentials.ts";
import type { RetryOptions } from "../taskcluster/retry.ts";
import { asTaskError, type ExceptionReason, workerShutdown } from "./errors.ts";
import { runFeatures } from "./pipeline.ts";
import { type ReclaimLoop, startReclaims } from "./reclaim.ts";
import { TaskclusterApiError } from "../taskcluster/errors.ts";
import { sleep } from "../taskcluster/retry.ts";
import type { SchemaVariant } from "./payload_schema.ts";
import { TaskLog } from "./task_log.ts";
import { type TaskClaim, TaskRun, type WorkerLogSink } from "./task_run.ts";

/** Everything one task run depends on. */
export interface TaskRunDeps {
  config: Config;
  /** The claimWork response entry. */
  claim: TaskClaim;
  /** The ordered feature list (`buildFeatures`), already initialised. */
  features: readonly Feature[];
  /** Worker-log sink: a function or an object with `log(line)`. */
  workerLog: WorkerLogSink;
  /** Aborted = graceful termination without finishing: the task ends exception/worker-shutdown. */
  shutdown: AbortSignal;
  /** The worker's live log server (one per process); none = no live log. */
  liveLogServer?: LiveLogServer;
  /** Same as `liveLogServer` (older name). */
  liveLog?: LiveLogServer;
  /** How features make a local port public (the worker's exposer); default none. */
  exposer?: Exposer;
  /** Payload schema; default from the config's engine and the platform. */
  variant?: SchemaVariant;
  /** The worker's own credentials (auth.expandScopes); default from the config. */
  workerCredentials?: () => Credentials;
  /** Clock, ms since the epoch; default Date.now. */
  now?: () => number;
  /** The worker process environment; default Deno.env. */
  processEnv?: Record<string, string>;
  /** Retry settings of the task's Queue client (default: the config's `httpBackoff*` keys). */
  retry?: RetryOptions;
  /** Reclaim this long before takenUntil, ms (default 3 minutes). */
  reclaimMarginMs?: number;
  /**
   * Test hook: reclaim every N ms whatever takenUntil says (default: the
   * `GENERIC_WORKER_TEST_RECLAIM_EVERY_MS` environment variable, else off).
   */
  reclaimEveryMs?: number;
}

/** How a task run ended. */
export interface TaskOutcome {
  taskId: string;
  runId: number;
  /** The resolution the worker decided (and reported, when `reported`). */
  resolution: "completed" | "failed" | "exception";
  /** The exception reason (exception only). */
  reason?: ExceptionReason;
  /** True when the resolution call succeeded. */
  reported: boolean;
  /** An error of the run was exception/worker-shutdown (the worker must exit 72). */
  workerShutdown?: boolean;
  /** The text of the first error (undefined when completed). */
  message?: string;
}

/** The claim as the report loop sees it: its current expiry and whether a reclaim failed. */
type ClaimState = Pick<ReclaimLoop, "takenUntil" | "failure">;

/** Pause between two tries of the whole report call (each already retried for its budget), ms. */
const REPORT_PAUSE_MS = 1000;

async function report(
  task: TaskRun,
  resolution: TaskOutcome["resolution"],
  reason: ExceptionReason | undefined,
  claim: ClaimState,
): Promise<boolean> {
  const log = (l: string) => task.workerLog.log(l);
  const what = resolution === "completed"
    ? "successful completion"
    : resolution === "failed"
    ? "failed completion"
    : "exception";
  log(`Resolving task ${task.taskId} ...`);
  if (resolution === "completed") log(`Task ${task.taskId} finished successfully!`);
  for (;;) {
    try {
      if (resolution === "completed") {
        await task.queue.reportCompleted(task.taskId, task.runId);
      } else if (resolution === "failed") {
        await task.queue.reportFailed(task.taskId, task.runId);
      } else {
        await task.queue.reportException(task.taskId, task.runId, {
          reason: reason ?? "internal-error",
        });
      }
      return true;
    } catch (e) {
      log(`Not able to report ${what} for task ${task.taskId}: ${(e as Error).message}`);
      const answered = e instanceof TaskclusterApiError && e.statusCode < 500;
      const expired = !(Date.parse(claim.takenUntil) > task.now());
      if (!answered && !expired && claim.failure === undefined) {
        log(
          `Trying again to report ${what} for task ${task.taskId} (claim expires at ${claim.takenUntil})`,
        );
        await sleep(REPORT_PAUSE_MS);
        continue;
      }
      if (!answered) {
        log(
          claim.failure !== undefined
            ? `Giving up reporting task ${task.taskId}: its claim was lost (${claim.failure})`
            : `Giving up reporting task ${task.taskId}: its claim expired at ${claim.takenUntil}`,
        );
      }
      log(`Querying queue to get latest status for task ${task.taskId}...`);
      log(`Latest status: ${(await task.queryState()) ?? "unknown"}`);
      return false;
    }
  }
}

function reclaimHook(deps: TaskRunDeps): number {
  if (deps.reclaimEveryMs !== undefined) return deps.reclaimEveryMs;
  try {
    return Number(Deno.env.get("GENERIC_WORKER_TEST_RECLAIM_EVERY_MS") ?? 0) || 0;
  } catch {
    return 0;
  }
}

/** Runs one claimed task to resolution; never throws. */
export async function runTask(deps: TaskRunDeps): Promise<TaskOutcome> {
  const task = new TaskRun({
    config: deps.config,
    claim: deps.claim,
    workerLog: deps.workerLog,
    variant: deps.variant,
    liveLog: deps.liveLogServer ?? deps.liveLog,
    exposer: deps.exposer,
    workerCredentials: deps.workerCredentials,
    now: deps.now,
    processEnv: deps.processEnv,
    retry: deps.retry,
  });
  const { config } = deps;
  const base = { taskId: task.taskId, runId: task.runId };
  task.workerLog.log(
    `Running task ${config.rootURL}/tasks/${task.taskId}/runs/${task.runId} in ${task.taskDir}`,
  );
  try {
    await makeDir(task.taskDir, config.engine === "insecure" ? 0o777 : 0o700);
    await makeDir(task.gwDir, 0o700);
    task.log = await TaskLog.create(
      join(task.gwDir, "live_backing.log"),
      task.now,
      (m) => task.workerLog.log(m),
    );
  } catch (e) {
    task.workerLog.log(
      `Could not prepare task directory ${task.taskDir} for task ${task.taskId}: ${
        (e as Error).message
      }`,
    );
    const reported = await report(task, "exception", "internal-error", {
      takenUntil: deps.claim.takenUntil,
      failure: undefined,
    });
    return {
      ...base,
      resolution: "exception",
      reason: "internal-error",
      reported,
      message: (e as Error).message,
    };
  }
  task.log.addSecret(config.accessToken);
  task.log.addSecret(deps.claim.credentials.accessToken);

  const onShutdown = () =>
    task.abort(workerShutdown("graceful termination requested, without time to finish tasks"));
  const reclaims = startReclaims(task, deps.claim.takenUntil, {
    marginMs: deps.reclaimMarginMs,
    everyMs: reclaimHook(deps),
  });
  if (deps.shutdown.aborted) onShutdown();
  else deps.shutdown.addEventListener("abort", onShutdown, { once: true });
  try {
    await runFeatures(task, deps.features);
  } catch (e) {
    task.addError(asTaskError(e));
  } finally {
    deps.shutdown.removeEventListener("abort", onShutdown);
    await task.log.close();
  }

  const first = task.firstError;
  const resolution: TaskOutcome["resolution"] = !first
    ? "completed"
    : first.resolution === "failed"
    ? "failed"
    : "exception";
  const reason = resolution === "exception" ? first?.reason ?? "internal-error" : undefined;
  let reported: boolean;
  try {
    reported = await report(task, resolution, reason, reclaims);
  } finally {
    reclaims.stop();
  }
  task.workerLog.log(
    `Resolved task ${task.taskId}/${task.runId}: ${resolution}${reason ? `/${reason}` : ""}${
      reported ? "" : " (not reported)"
    }`,
  );
  return {
    ...base,
    resolution,
    ...(reason ? { reason } : {}),
    reported,
    ...(task.errors.some((e) => e.reason === "worker-shutdown") ? { workerShutdown: true } : {}),
    ...(first ? { message: first.message } : {}),
  };
}
