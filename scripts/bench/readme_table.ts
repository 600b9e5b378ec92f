/**
 * Writes the benchmark table of README.md (between the BEGIN/END BENCH
 * markers) from bench/results.json: the date and machine line, then one row
 * per figure. `deno task bench` (full run) calls it; `deno task readme` too.
 * Rows of measures missing from the results (a measure run on its own and
 * added by hand, such as D2G) are kept.
 *
 *   deno run -A scripts/bench/readme_table.ts [results.json]
 */
import type { BenchRow } from "./stats.ts";
import { fmt } from "./stats.ts";

const BEGIN = "<!-- BEGIN BENCH -->";
const END = "<!-- END BENCH -->";

interface Results {
  date: string;
  quick: boolean;
  machine: { cpu: string; cores: number; memoryBytes: number; deno: string };
  rows: BenchRow[];
  errors?: Record<string, string>;
  load?: string;
}

/** The markdown block for `r` (without the markers); `keep` are earlier rows to carry over. */
export function benchTable(r: Results, keep: string[] = []): string {
  const m = r.machine;
  const head = `Latest full run: ${r.date.slice(0, 10)}, ${m.cpu}, ${m.cores} cores, ${
    Math.round(m.memoryBytes / 2 ** 30)
  } GiB, Deno ${m.deno}${r.load ? ` (${r.load})` : ""}.`;
  const lines = [
    "| measure | unit | ours (median) | baseline (same run) | ratio |",
    "| --- | --- | --- | --- | --- |",
  ];
  const groups = new Set<string>();
  for (const row of r.rows) {
    groups.add(row.group.split(".")[0]);
    const base = row.baseline
      ? `${fmt(row.baseline.median)} (${(row.baselineName ?? "").replaceAll("|", "\\|")})`
      : "-";
    lines.push(
      `| ${row.group}: ${row.name.replaceAll("|", "\\|")} | ${row.unit} | ${
        fmt(row.ours.median)
      } | ${base} | ${row.ratio !== undefined ? fmt(row.ratio) : "-"} |`,
    );
  }
  for (const k of keep) {
    const group = k.match(/^\|\s*(\d+)\./)?.[1];
    if (group && !groups.has(group)) lines.push(k);
  }
  const errors = Object.entries(r.errors ?? {}).map(([k, v]) => `- ${k} failed in this run: ${v}`);
  return [head, "", ...lines, ...(errors.length ? ["", ...errors] : [])].join("\n");
}

/** Rewrites the README block from the results file. */
export async function writeReadmeTable(resultsPath = "bench/results.json"): Promise<void> {
  const readme = new URL("../../README.md", import.meta.url);
  const text = await Deno.readTextFile(readme);
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${BEGIN} / ${END} markers`);
  const r = JSON.parse(await Deno.readTextFile(resultsPath)) as Results;
  if (r.quick) throw new Error(`${resultsPath} is from a --quick run; the README takes full runs`);
  const old = text.slice(start + BEGIN.length, end).split("\n").filter((l) =>
    /^\|\s*\d+\./.test(l)
  );
  const block = `${BEGIN}\n\n${benchTable(r, old)}\n\n`;
  await Deno.writeTextFile(readme, text.slice(0, start) + block + text.slice(end));
}

if (import.meta.main) {
  await writeReadmeTable(Deno.args[0]);
  console.log("README.md benchmark table updated (run deno fmt README.md)");
}
