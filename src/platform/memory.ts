/**
 * System memory as the Go worker's resource monitor sees it (gopsutil
 * `mem.VirtualMemory`, spec 12.4): on Linux `used = total - free - buffers
 * - cached`; elsewhere `used = total - available`. `usedPercent` is
 * `used / total * 100`.
 *
 * On Windows Deno reports `available: 0` and puts the physical memory
 * available (GlobalMemoryStatusEx `ullAvailPhys`, gopsutil's `Available`)
 * in `free`: that is the field read there.
 *
 * ```ts
 * const m = systemMemory(); // { total, available, used, usedPercent }
 * ```
 */
import { currentPlatform, type Platform } from "./info.ts";

/** One memory sample, bytes. */
export interface MemorySample {
  total: number;
  available: number;
  used: number;
  usedPercent: number;
}

/** The sample for Deno's `systemMemoryInfo()` figures `m` on `platform`. */
export function memorySample(
  m: Deno.SystemMemoryInfo,
  platform: Platform = currentPlatform(),
): MemorySample {
  const available = platform === "windows" ? m.free : m.available;
  const used = platform === "linux"
    ? Math.max(0, m.total - m.free - m.buffers - m.cached)
    : Math.max(0, m.total - available);
  return {
    total: m.total,
    available,
    used,
    usedPercent: m.total > 0 ? (used / m.total) * 100 : 0,
  };
}

/** Samples system memory now. */
export function systemMemory(): MemorySample {
  return memorySample(Deno.systemMemoryInfo());
}
