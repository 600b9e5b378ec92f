/**
 * System memory as the Go worker's resource monitor sees it (gopsutil
 * `mem.VirtualMemory`, spec 12.4): on Linux `used = total - free - buffers
 * - cached`; elsewhere `used = total - available`. `usedPercent` is
 * `used / total * 100`.
 *
 * ```ts
 * const m = systemMemory(); // { total, available, used, usedPercent }
 * ```
 */
import { currentPlatform } from "./info.ts";

/** One memory sample, bytes. */
export interface MemorySample {
  total: number;
  available: number;
  used: number;
  usedPercent: number;
}

/** Samples system memory now. */
export function systemMemory(): MemorySample {
  const m = Deno.systemMemoryInfo();
  const used = currentPlatform() === "linux"
    ? Math.max(0, m.total - m.free - m.buffers - m.cached)
    : Math.max(0, m.total - m.available);
  return {
    total: m.total,
    available: m.available,
    used,
    usedPercent: m.total > 0 ? (used / m.total) * 100 : 0,
  };
}
