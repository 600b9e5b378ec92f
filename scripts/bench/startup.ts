/**
 * Measure 7: `generic-worker --version` start time vs `deno run` of an empty
 * script, and the RSS of an idle worker after it has waited for work.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchRow, repeat, row, rssOf, timeMs } from "./stats.ts";

const MAIN = fileURLToPath(new URL("../../main.ts", import.meta.url));

async function runQuiet(args: string[]): Promise<void> {
  const out = await new Deno.Command(Deno.execPath(), { args, stdout: "null", stderr: "null" })
    .output();
  if (!out.success) throw new Error(`${args.join(" ")} failed`);
}

/** Start-up time of the CLI against a bare Deno start. */
export async function benchStartup(opts: { quick: boolean }): Promise<BenchRow[]> {
  const n = opts.quick ? 5 : 15;
  const dir = await Deno.makeTempDir({ prefix: "gw-bench-startup-" });
  try {
    const empty = join(dir, "empty.js");
    await Deno.writeTextFile(empty, "");
    // warm the module cache once for both
    await runQuiet(["run", "-A", MAIN, "--version"]);
    await runQuiet(["run", "-A", empty]);
    const ours = await repeat(n, () => timeMs(() => runQuiet(["run", "-A", MAIN, "--version"])));
    const base = await repeat(n, () => timeMs(() => runQuiet(["run", "-A", empty])));
    return [row({
      group: "7. start-up and idle",
      name: "generic-worker --version (from source)",
      unit: "ms",
      ours,
      baseline: base,
      baselineName: "deno run empty.js",
      higherIsBetter: false,
    })];
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** RSS of a process, for idle measurements by callers that started a worker. */
export { rssOf };
