/**
 * The resource monitor's sampling summary and its high-memory rule, driven
 * by injected samples and clock (the Go worker's MonitorResources).
 */
import { memoryMonitor } from "../../../src/features/core/resource_monitor.ts";
import type { Config } from "../../../src/config/config.ts";
import type { TaskError } from "../../../src/task/errors.ts";
import type { TaskRun } from "../../../src/task/task_run.ts";
import { assert, assertEquals } from "../../helpers/assert.ts";

function fakeTask(config: Partial<Config>) {
  const warnings: string[] = [];
  const aborts: TaskError[] = [];
  const task = {
    config: {
      maxMemoryUsagePercent: 90,
      minAvailableMemoryBytes: 500 * 1024 * 1024,
      allowedHighMemoryDurationSecs: 2,
      disableOOMProtection: false,
      ...config,
    },
    log: { warn: (m: string) => void warnings.push(m) },
    abort: (e: TaskError) => void aborts.push(e),
  } as unknown as TaskRun;
  return { task, warnings, aborts };
}

const GiB = 1024 ** 3;
const high = { total: 8 * GiB, available: 0.1 * GiB, used: 7.9 * GiB, usedPercent: 98.75 };
const low = { total: 8 * GiB, available: 6 * GiB, used: 2 * GiB, usedPercent: 25 };

async function ticks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 5));
}

Deno.test("resource monitor: averages, peak and total", async () => {
  const { task } = fakeTask({});
  const samples = [low, { ...low, used: 4 * GiB, available: 4 * GiB }];
  let i = 0;
  const m = memoryMonitor(task, { intervalMs: 1, sample: () => samples[Math.min(i++, 1)] });
  await ticks(10);
  const u = m.stop();
  assert(u);
  assertEquals(u.total, 8 * GiB);
  assertEquals(u.peakUsed, 4 * GiB);
  assert(u.averageUsed > 2 * GiB && u.averageUsed <= 4 * GiB);
  assertEquals(memoryMonitor(task, { intervalMs: 1000 }).stop(), undefined, "no sample, no usage");
});

Deno.test("resource monitor: sustained high memory aborts the task as failed", async () => {
  const { task, warnings, aborts } = fakeTask({});
  let clock = 0;
  const m = memoryMonitor(task, {
    intervalMs: 1,
    sample: () => {
      clock += 500;
      return high;
    },
    now: () => clock,
  });
  await ticks(20);
  m.stop();
  assertEquals(aborts.length, 1);
  assertEquals(aborts[0].resolution, "failed");
  assertEquals(
    aborts[0].message,
    "task aborted due to sustained memory usage above 90% and available memory less than 500.00 MiB",
  );
  assertEquals(
    warnings[0],
    "Memory usage above 90% and available memory less than 500.00 MiB persisted for over 2s!",
  );
});

Deno.test("resource monitor: a dip resets the timer; disableOOMProtection only warns once", async () => {
  const { task, aborts } = fakeTask({});
  let clock = 0;
  let n = 0;
  const m = memoryMonitor(task, {
    intervalMs: 1,
    sample: () => {
      clock += 500;
      return n++ % 3 === 2 ? low : high; // never high for more than 1 s in a row
    },
    now: () => clock,
  });
  await ticks(20);
  m.stop();
  assertEquals(aborts.length, 0);

  const off = fakeTask({ disableOOMProtection: true });
  clock = 0;
  const m2 = memoryMonitor(off.task, {
    intervalMs: 1,
    sample: () => {
      clock += 500;
      return high;
    },
    now: () => clock,
  });
  await ticks(20);
  m2.stop();
  assertEquals(off.aborts.length, 0);
  assertEquals(off.warnings, [
    "Memory usage above 90% and available memory less than 500.00 MiB persisted for over 2s!",
    "OOM protections are disabled, continuing task...",
  ]);
});
