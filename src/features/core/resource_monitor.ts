/**
 * Resource Monitor (spec 12.4): while each command runs, system memory is
 * sampled every 500 ms (src/platform/memory.ts); the result block gets the
 * average available, average used, peak used and total memory. When used
 * memory stays above `maxMemoryUsagePercent` with less than
 * `minAvailableMemoryBytes` available for longer than
 * `allowedHighMemoryDurationSecs`, the task log gets the warning
 * `Memory usage above N% and available memory less than X persisted for
 * over Ds!` and the task is aborted as failed (unless
 * `disableOOMProtection`: then one more warning and the task goes on).
 *
 * The feature is requested unless `features.resourceMonitor` is false; a
 * worker with `enableResourceMonitor: false` refuses only an explicit
 * `features.resourceMonitor: true` (the Go worker refuses the default too).
 */
import { systemMemory } from "../../platform/memory.ts";
import { goDuration } from "../../platform/process.ts";
import { failure } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/** The four memory figures of a command's result block, in bytes. */
export interface MemoryUsage {
  averageAvailable: number;
  averageUsed: number;
  peakUsed: number;
  total: number;
}

/** Formats bytes like the Go worker (`%.2f KiB/MiB/GiB`, `%f B` below 1 KiB). */
export function formatMemory(bytes: number): string {
  if (bytes < 1024) return `${bytes.toFixed(6)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(2)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(2)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** A memory sampler for one command. */
export interface MemoryMonitor {
  /** Stops sampling; the usage (undefined without any sample). */
  stop(): MemoryUsage | undefined;
}

/**
 * Starts sampling for `task` every `intervalMs` (500 ms). `sample` and
 * `now` are injectable for tests.
 */
export function memoryMonitor(
  task: TaskRun,
  opts: {
    intervalMs?: number;
    sample?: () => { total: number; available: number; used: number; usedPercent: number };
    now?: () => number;
  } = {},
): MemoryMonitor {
  const c = task.config;
  const sample = opts.sample ?? systemMemory;
  const now = opts.now ?? (() => performance.now());
  const allowedMs = c.allowedHighMemoryDurationSecs * 1000;
  let n = 0, sumAvail = 0, sumUsed = 0, peak = 0, total = 0;
  let highSince: number | undefined;
  let warned = false;
  let stopped = false;
  const warnText = () =>
    `Memory usage above ${c.maxMemoryUsagePercent}% and available memory less than ${
      formatMemory(c.minAvailableMemoryBytes)
    } persisted for over ${goDuration(allowedMs)}!`;
  const tick = () => {
    let m;
    try {
      m = sample();
    } catch {
      return;
    }
    n++;
    if (m.used > peak) peak = m.used;
    if (total === 0) total = m.total;
    sumUsed += m.used;
    sumAvail += m.available;
    if (!(m.usedPercent > c.maxMemoryUsagePercent && m.available < c.minAvailableMemoryBytes)) {
      highSince = undefined;
      warned = false;
      return;
    }
    highSince ??= now();
    if (now() - highSince <= allowedMs) return;
    if (c.disableOOMProtection) {
      if (!warned) {
        void task.log.warn(warnText());
        void task.log.warn("OOM protections are disabled, continuing task...");
        warned = true;
      }
      return;
    }
    void task.log.warn(warnText());
    task.abort(
      failure(
        `task aborted due to sustained memory usage above ${c.maxMemoryUsagePercent}% and available memory less than ${
          formatMemory(c.minAvailableMemoryBytes)
        }`,
      ),
    );
    stopped = true;
    clearInterval(timer);
  };
  const timer = setInterval(tick, opts.intervalMs ?? 500);
  return {
    stop() {
      if (!stopped) clearInterval(timer);
      stopped = true;
      if (n === 0 || total === 0) return undefined;
      return {
        averageAvailable: Math.floor(sumAvail / n),
        averageUsed: Math.floor(sumUsed / n),
        peakUsed: peak,
        total,
      };
    },
  };
}

/** The Resource Monitor feature: turns sampling on for the task's commands. */
export const resourceMonitorFeature: Feature = {
  name: "Resource Monitor",
  isEnabled: (c) => c.enableResourceMonitor,
  isRequested: (task) =>
    task.features.resourceMonitor !== false &&
    (task.config.enableResourceMonitor || task.explicitlyRequests("resourceMonitor")),
  newTaskFeature(task): TaskFeature {
    return {
      start() {
        task.resourceMonitor = true;
        return Promise.resolve();
      },
    };
  },
};
