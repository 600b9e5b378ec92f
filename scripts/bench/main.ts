/**
 * `deno task bench [--quick] [--only N,N]`: runs the benchmark suite, prints
 * each figure next to its same-run baseline as a ratio, and writes
 * bench/results.json (with the machine's load average at the start and the
 * end); a full run of every measure also rewrites README.md's table
 * (readme_table.ts). Benchmarks never fail on a number.
 */
import { parseArgs } from "node:util";
import { type BenchRow, fmt } from "./stats.ts";
import { benchMountReady } from "./mounts.ts";
import { benchStartup } from "./startup.ts";
import { benchD2G } from "./d2g.ts";
import { runUnarchiveBench } from "./unarchive.ts";
import {
  benchArtifactUpload,
  benchIdleRss,
  benchLiveLog,
  benchLogCapture,
  benchOverhead,
} from "./worker.ts";

/** A benchmark measure: its number, its title and its runner. */
export interface Measure {
  id: number;
  title: string;
  run: (opts: { quick: boolean }) => Promise<BenchRow[]>;
}

const MEASURES: Measure[] = [
  { id: 1, title: "worker overhead per trivial task", run: benchOverhead },
  { id: 2, title: "log capture", run: benchLogCapture },
  { id: 3, title: "live log fan-out", run: benchLiveLog },
  { id: 4, title: "artifact upload", run: benchArtifactUpload },
  { id: 5, title: "unarchive per format", run: runUnarchiveBench },
  { id: 6, title: "mount ready time", run: benchMountReady },
  {
    id: 7,
    title: "start-up and idle",
    run: async (o) => [...await benchStartup(o), ...await benchIdleRss(o)],
  },
  { id: 8, title: "D2G overhead per trivial container task", run: benchD2G },
];

function table(rows: BenchRow[]): string {
  const head = ["measure", "ours (median [min-max])", "baseline", "ratio"];
  const lines = rows.map((r) => [
    `${r.group}: ${r.name} (${r.unit})`,
    `${fmt(r.ours.median)} [${fmt(r.ours.min)}-${fmt(r.ours.max)}]`,
    r.baseline ? `${fmt(r.baseline.median)} (${r.baselineName})` : "-",
    r.ratio !== undefined ? fmt(r.ratio) : "-",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmtLine = (l: string[]) => "| " + l.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  return [
    fmtLine(head),
    "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|",
    ...lines.map(fmtLine),
  ]
    .join("\n");
}

/** The 1-minute load average (Linux), or "unknown". */
async function loadAvg(): Promise<string> {
  try {
    return (await Deno.readTextFile("/proc/loadavg")).split(" ")[0];
  } catch {
    return "unknown";
  }
}

async function machine(): Promise<Record<string, unknown>> {
  let cpu = "unknown";
  try {
    const info = await Deno.readTextFile("/proc/cpuinfo");
    cpu = info.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpu;
  } catch { /* not linux */ }
  return {
    os: Deno.build.os,
    arch: Deno.build.arch,
    cpu,
    cores: navigator.hardwareConcurrency,
    memoryBytes: Deno.systemMemoryInfo().total,
    deno: Deno.version.deno,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      out: { type: "string", default: "bench/results.json" },
    },
    strict: true,
  });
  const only = values.only ? values.only.split(",").map(Number) : undefined;
  const loadStart = await loadAvg();
  const rows: BenchRow[] = [];
  const errors: Record<string, string> = {};
  for (const m of MEASURES) {
    if (only && !only.includes(m.id)) continue;
    console.error(`== ${m.id}. ${m.title}`);
    try {
      const got = await m.run({ quick: values.quick });
      for (const r of got) r.group = `${m.id}. ${m.title}`;
      rows.push(...got);
    } catch (e) {
      errors[`${m.id}. ${m.title}`] = (e as Error).message;
      console.error(`   failed: ${(e as Error).message}`);
    }
  }
  console.log(table(rows));
  const result = {
    date: new Date().toISOString(),
    quick: values.quick,
    machine: await machine(),
    load: `1-minute load average ${loadStart} at the start, ${await loadAvg()} at the end`,
    rows,
    errors,
  };
  await Deno.mkdir("bench", { recursive: true });
  await Deno.writeTextFile(values.out, JSON.stringify(result, null, 2) + "\n");
  console.error(`wrote ${values.out}`);
  if (!values.quick && !only && values.out === "bench/results.json") {
    const { writeReadmeTable } = await import("./readme_table.ts");
    await writeReadmeTable(values.out);
    console.error("README.md benchmark table updated (deno fmt README.md to align it)");
  }
}
