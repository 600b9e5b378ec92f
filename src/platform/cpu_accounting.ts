/**
 * CPU time of a command's whole tree, including grandchildren, from the
 * kernel's own accounting (Linux): when the worker reaps a command's
 * leader, the kernel adds the leader's user/system time plus that of every
 * descendant the leader (and they) reaped to the worker's `cutime` /
 * `cstime` in `/proc/self/stat`. The growth of those two across the reap
 * is the tree's total, which 100 ms sampling of the leader alone misses
 * when a grandchild ends just before the leader exits.
 *
 * Other children of the worker reaped in the same window would be counted
 * too, so `startCommand` takes the figure only when no other command it
 * started was reaped meanwhile, and never goes below the sampled value.
 */
import { currentPlatform } from "./info.ts";

const CLK_TCK = 100;
let reaps = 0;

/** User/kernel ms the kernel accounted to this process for its reaped children; undefined off Linux. */
export function reapedChildrenTimes(): { userMs: number; kernelMs: number } | undefined {
  if (currentPlatform() !== "linux") return undefined;
  try {
    const stat = Deno.readTextFileSync("/proc/self/stat");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cut = Number(f[13]), cst = Number(f[14]);
    if (!Number.isFinite(cut) || !Number.isFinite(cst)) return undefined;
    return { userMs: (cut * 1000) / CLK_TCK, kernelMs: (cst * 1000) / CLK_TCK };
  } catch {
    return undefined;
  }
}

/** Counts one reaped command (so concurrent commands can tell their windows overlapped). */
export function noteReap(): void {
  reaps++;
}

/** How many commands were reaped so far. */
export function reapCount(): number {
  return reaps;
}
