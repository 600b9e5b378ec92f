/**
 * Resource Monitor (spec 12.4): samples system memory every 500 ms while a
 * command runs, summarises it for the result block, and aborts the task when
 * memory stays above `maxMemoryUsagePercent` with less than
 * `minAvailableMemoryBytes` available for longer than
 * `allowedHighMemoryDurationSecs` (unless `disableOOMProtection`).
 */
import { failure } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";

/** The four memory lines of the result block. */
export interface MemorySummary {
  averageAvailable: string;
  averageUsed: string;
  peakUsed: string;
  total: string;
}

/** Formats bytes like the Go worker (`%.2f KiB/MiB/GiB`, `%f B` below 1 KiB). */
export function formatMemory(bytes: number): string {
  if (bytes < 1024) return `${bytes.toFixed(6)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(2)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(2)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** Starts sampling; `stop()` returns the summary (undefined without samples). */
export function memoryMonitor(task: TaskRun): { stop: () => MemorySummary | undefined } {
  const c = task.config;
  let n = 0, sumAvail = 0, sumUsed = 0, peak = 0, total = 0;
  let highSince: number | undefined;
  let warned = false;
  const sample = () => {
    const m = Deno.systemMemoryInfo();
    total = m.total;
    const used = m.total - m.available;
    n++;
    sumAvail += m.available;
    sumUsed += used;
    if (used > peak) peak = used;
    const high = (used / m.total) * 100 > c.maxMemoryUsagePercent &&
      m.available < c.minAvailableMemoryBytes;
    if (!high) {
      highSince = undefined;
      return;
    }
    highSince ??= Date.now();
    if (!warned && Date.now() - highSince > c.allowedHighMemoryDurationSecs * 1000) {
      warned = true;
      const msg = `Memory usage above ${c.maxMemoryUsagePercent}% and available memory less than ${
        formatMemory(c.minAvailableMemoryBytes)
      } persisted for over ${c.allowedHighMemoryDurationSecs}s!`;
      void task.log.warn(msg);
      if (c.disableOOMProtection) {
        void task.log.warn("OOM protections are disabled, continuing task...");
      } else {
        task.abort(
          failure(
            `task aborted due to sustained memory usage above ${c.maxMemoryUsagePercent}% and available memory less than ${
              formatMemory(c.minAvailableMemoryBytes)
            }`,
          ),
        );
      }
    }
  };
  const timer = setInterval(sample, 500);
  return {
    stop() {
      clearInterval(timer);
      if (n === 0) return undefined;
      return {
        averageAvailable: formatMemory(sumAvail / n),
        averageUsed: formatMemory(sumUsed / n),
        peakUsed: formatMemory(peak),
        total: formatMemory(total),
      };
    },
  };
}
