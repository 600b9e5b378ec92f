/**
 * The reclaim loop of one task run (spec 7.4): wake at `takenUntil - 3 min`
 * and call `queue.reclaimTask` with the task's current credentials; on
 * success install the returned credentials (Queue client, log masking,
 * listeners such as the proxy) and go again with the new `takenUntil`. When
 * the next reclaim is less than 30 s away no timer is set at all (Go's
 * guard against hammering the queue). Each reclaim call retries network
 * errors and 5xx for the client's budget (Go httpbackoff: 15 minutes); when
 * that is spent while the claim is still valid the reclaim is tried again.
 * A failed reclaim (a 4xx: task cancelled, resolved elsewhere, deadline; or
 * the claim expired meanwhile) kills the commands and ends the loop;
 * the task then still uploads its logs and artifacts. The loop keeps going
 * while artifacts upload and while the resolution is being reported, so
 * the claim stays alive as long as the queue answers reclaims.
 *
 * A test hook (like the Go worker's `reclaimEvery5Seconds`) reclaims every
 * `everyMs` whatever `takenUntil` says.
 *
 * ```ts
 * const reclaims = startReclaims(task, claim.takenUntil, { marginMs: 180_000 });
 * // ... run the task ...
 * reclaims.stop();
 * ```
 */
import type { Credentials } from "../taskcluster/credentials.ts";
import { TaskclusterApiError } from "../taskcluster/errors.ts";
import type { TaskRun } from "./task_run.ts";

/** Options of `startReclaims`. */
export interface ReclaimOptions {
  /** Reclaim this long before takenUntil, ms (default 3 minutes). */
  marginMs?: number;
  /** Test hook: reclaim every `everyMs` ms instead (0 = off). */
  everyMs?: number;
}

/** A running reclaim loop. */
export interface ReclaimLoop {
  /** Stops reclaiming (before the resolution call). */
  stop(): void;
  /** Why the loop ended early, if a reclaim failed. */
  readonly failure: string | undefined;
  /** When the current claim expires (ISO time; updated by every reclaim). */
  readonly takenUntil: string;
}

/** Pause before a reclaim is tried again after its retry budget ran out, ms. */
const RETRY_PAUSE_MS = 1000;

/** setTimeout that also works for waits beyond 2^31-1 ms. */
function longTimeout(fn: () => void, ms: number): { cancel(): void } {
  const MAX = 2 ** 31 - 1;
  let t: ReturnType<typeof setTimeout>;
  const arm = (left: number) => {
    t = setTimeout(() => (left > MAX ? arm(left - MAX) : fn()), Math.min(Math.max(0, left), MAX));
  };
  arm(ms);
  return { cancel: () => clearTimeout(t) };
}

/** Starts the reclaim loop for `task`, whose claim expires at `takenUntil`. */
export function startReclaims(
  task: TaskRun,
  takenUntil: string,
  opts: ReclaimOptions = {},
): ReclaimLoop {
  const margin = opts.marginMs ?? 3 * 60_000;
  const every = opts.everyMs ?? 0;
  const log = (line: string) => task.workerLog.log(line);
  let timer: { cancel(): void } | undefined;
  let stopped = false;
  let failure: string | undefined;
  let current = takenUntil;

  const schedule = (until: string) => {
    if (stopped) return;
    let wait: number;
    if (every > 0) {
      wait = every;
    } else {
      const at = Date.parse(until) - margin;
      wait = at - task.now();
      log(`Reclaiming task ${task.taskId} at ${new Date(at).toISOString()}`);
      log(`Current task claim expires at ${until}`);
      if (!(wait >= 30_000)) {
        log(
          `WARNING: This is less than 30 seconds away. NOT setting a reclaim timer for task ${task.taskId} to avoid hammering queue if this is a bug.`,
        );
        return;
      }
    }
    log(`Reclaiming task ${task.taskId} in ${Math.round(wait / 1000)}s`);
    timer = longTimeout(() => void reclaim(), wait);
  };

  const reclaim = async () => {
    if (stopped) return;
    log(`About to reclaim task ${task.taskId}...`);
    let r: { takenUntil: string; credentials: Credentials };
    try {
      r = await task.queue.reclaimTask(task.taskId, task.runId);
    } catch (e) {
      if (stopped) return;
      const answered = e instanceof TaskclusterApiError && e.statusCode < 500;
      if (!answered && Date.parse(current) - task.now() > RETRY_PAUSE_MS) {
        log(
          `WARNING: Could not reclaim task ${task.taskId}/${task.runId} (claim expires at ${current}), trying again: ${
            (e as Error).message
          }`,
        );
        timer = longTimeout(() => void reclaim(), RETRY_PAUSE_MS);
        return;
      }
      failure = (e as Error).message;
      log(
        `ERROR: Could not reclaim task ${task.taskId}/${task.runId} - giving up retrying: ${failure}`,
      );
      task.killCommands();
      return;
    }
    current = r.takenUntil;
    if (stopped) return;
    try {
      await task.setCredentials(r.credentials);
    } catch (e) {
      log(`WARNING: new credentials of task ${task.taskId} not taken up: ${(e as Error).message}`);
    }
    log(
      `Reclaimed task ${task.taskId}/${task.runId} successfully (claim expires at ${r.takenUntil}).`,
    );
    schedule(r.takenUntil);
  };

  schedule(takenUntil);
  return {
    stop() {
      stopped = true;
      timer?.cancel();
    },
    get failure() {
      return failure;
    },
    get takenUntil() {
      return current;
    },
  };
}
