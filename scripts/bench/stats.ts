/** Shared shapes and statistics for the benchmark suite. */

/** Median, min and max of a set of samples. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** One benchmark figure: ours next to a baseline measured in the same run. */
export interface BenchRow {
  /** Measure group, e.g. "1. worker overhead". */
  group: string;
  name: string;
  unit: string;
  ours: Summary;
  baseline?: Summary;
  baselineName?: string;
  /**
   * ours/baseline for throughput ("higher is better") figures, baseline/ours
   * for time figures, so a ratio of 1 means "as good as the baseline".
   */
  ratio?: number;
  higherIsBetter: boolean;
  note?: string;
}

/** Summarises samples. */
export function summarise(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], samples };
}

/** Builds a row with its ratio. */
export function row(
  r: Omit<BenchRow, "ratio" | "ours" | "baseline"> & { ours: number[]; baseline?: number[] },
): BenchRow {
  const ours = summarise(r.ours);
  const baseline = r.baseline ? summarise(r.baseline) : undefined;
  let ratio: number | undefined;
  if (baseline && ours.median > 0 && baseline.median > 0) {
    ratio = r.higherIsBetter ? ours.median / baseline.median : baseline.median / ours.median;
  }
  return { ...r, ours, baseline, ratio };
}

/** Runs `fn` `n` times and returns the samples. */
export async function repeat(n: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

/** Wall time of `fn` in milliseconds. */
export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Resident set size of a process in bytes (Linux /proc), or undefined. */
export async function rssOf(pid: number): Promise<number | undefined> {
  try {
    const status = await Deno.readTextFile(`/proc/${pid}/status`);
    const m = status.match(/^VmRSS:\s+(\d+) kB/m);
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak. */
export function peakRss(pid: number, everyMs = 100): { stop: () => number } {
  let peak = 0;
  const t = setInterval(async () => {
    const r = await rssOf(pid);
    if (r && r > peak) peak = r;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(t);
      return peak;
    },
  };
}

/** Formats a number with sensible precision. */
export function fmt(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return "-";
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}
