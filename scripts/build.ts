/**
 * Builds standalone binaries with `deno compile` for every release target
 * into dist/generic-worker-<os>-<arch>[.exe], plus dist/SHA256SUMS.
 *
 *   deno task compile                 # all targets (needs dl.deno.land for denort)
 *   deno task compile --target x86_64-unknown-linux-gnu
 *   DENORT_BIN=/path/to/denort deno task compile   # host target only, offline
 *
 * `deno compile` downloads the `denort` runtime for each target from
 * dl.deno.land unless DENORT_BIN points at one; when it cannot be obtained
 * the script stops with one sentence saying so (exit 1).
 */
import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { basename, join } from "node:path";

/** A release target: Deno's target triple and the Go-style name of its binary. */
export interface Target {
  triple: string;
  os: string;
  arch: string;
}

/** Every target a release ships. */
export const TARGETS: readonly Target[] = [
  { triple: "x86_64-unknown-linux-gnu", os: "linux", arch: "amd64" },
  { triple: "aarch64-unknown-linux-gnu", os: "linux", arch: "arm64" },
  { triple: "x86_64-apple-darwin", os: "darwin", arch: "amd64" },
  { triple: "aarch64-apple-darwin", os: "darwin", arch: "arm64" },
  { triple: "x86_64-pc-windows-msvc", os: "windows", arch: "amd64" },
];

/** The output file name for a target. */
export function binaryName(t: Target): string {
  return `generic-worker-${t.os}-${t.arch}${t.os === "windows" ? ".exe" : ""}`;
}

/** The host's target triple as `deno compile` spells it. */
export function hostTriple(): string {
  return Deno.build.target;
}

async function sha256(file: string): Promise<string> {
  const h = createHash("sha256");
  using f = await Deno.open(file);
  for await (const chunk of f.readable) h.update(chunk);
  return h.digest("hex");
}

async function gitRevision(): Promise<string> {
  try {
    const out = await new Deno.Command("git", { args: ["rev-parse", "HEAD"], stderr: "null" })
      .output();
    return out.success ? new TextDecoder().decode(out.stdout).trim() : "";
  } catch {
    return "";
  }
}

const VERSION_FILE = new URL("../src/version.ts", import.meta.url);

/** Compiles one target; returns the output path, or throws with deno's error output. */
async function compileTarget(t: Target, outDir: string): Promise<string> {
  const out = join(outDir, binaryName(t));
  const cmd = new Deno.Command(Deno.execPath(), {
    args: [
      "compile",
      "-A",
      "--no-check",
      "--target",
      t.triple,
      "--output",
      out,
      new URL("../main.ts", import.meta.url).pathname,
    ],
    stdout: "piped",
    stderr: "piped",
  });
  const res = await cmd.output();
  if (!res.success) {
    const err = new TextDecoder().decode(res.stderr);
    throw new Error(err);
  }
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: Deno.args,
    options: { target: { type: "string", multiple: true }, out: { type: "string" } },
    strict: true,
  });
  const outDir = values.out ?? "dist";
  let targets: Target[] = [...TARGETS];
  if (values.target?.length) {
    targets = TARGETS.filter((t) => values.target!.includes(t.triple));
    const unknown = values.target.filter((v) => !TARGETS.some((t) => t.triple === v));
    if (unknown.length > 0) {
      console.error(
        `Unknown target(s) ${unknown.join(", ")}; known: ${
          TARGETS.map((t) => t.triple).join(", ")
        }`,
      );
      return 1;
    }
  } else if (Deno.env.get("DENORT_BIN")) {
    // One denort binary serves one target: the host's.
    targets = TARGETS.filter((t) => t.triple === hostTriple());
  }
  await Deno.mkdir(outDir, { recursive: true });

  // Bake the git revision into the binary for `--version`.
  const original = await Deno.readTextFile(VERSION_FILE);
  const rev = await gitRevision();
  if (rev) {
    await Deno.writeTextFile(
      VERSION_FILE,
      original.replace(
        /export const REVISION: string = ".*";/,
        `export const REVISION: string = "${rev}";`,
      ),
    );
  }
  const built: string[] = [];
  try {
    for (const t of targets) {
      try {
        built.push(await compileTarget(t, outDir));
        console.log(`built ${join(outDir, binaryName(t))}`);
      } catch (e) {
        const msg = (e as Error).message;
        if (/dl\.deno\.land|denort|dns error|failed to lookup|error sending request/i.test(msg)) {
          console.error(
            `Cannot build ${t.triple}: deno compile needs the denort runtime from dl.deno.land, which is unreachable here; set DENORT_BIN to a denort binary for the host target to build offline.`,
          );
        } else {
          console.error(`Cannot build ${t.triple}: ${msg.trim()}`);
        }
        return 1;
      }
    }
  } finally {
    if (rev) await Deno.writeTextFile(VERSION_FILE, original);
  }
  const lines: string[] = [];
  for (const f of built) lines.push(`${await sha256(f)}  ${basename(f)}`);
  await Deno.writeTextFile(join(outDir, "SHA256SUMS"), lines.join("\n") + "\n");
  console.log(`wrote ${join(outDir, "SHA256SUMS")}`);
  return 0;
}

if (import.meta.main) Deno.exit(await main());
