/**
 * Unarchive throughput: builds a mixed tree (~200 MB: C headers, shared
 * libraries, random data, 3000 small base64 files, a symlink; ~20 MB with
 * --quick), archives it with the native tools, then per format times our
 * `extractArchive` (in process) against the native extractor (GNU tar +
 * its decompressor, unzip, 7z) on the same archive in the same run.
 * Every format runs in both modes. Median of 3 (1 with --quick). Output goes to tmpfs (/dev/shm) when
 * present, so disk noise stays out.
 *
 *   deno run -A scripts/bench/unarchive.ts [--quick] [--out results.json]
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { type ArchiveFormat, extractArchive } from "../../src/archive/mod.ts";
import { writeStoredRar5 } from "./rar5.ts";
import { type BenchRow, fmt, row } from "./stats.ts";

interface FormatCase {
  format: ArchiveFormat;
  /** Command making `archive` from the tree in `src`, or a function doing it. */
  make: string | ((src: string, archive: string) => Promise<void>);
  /** The tool the case needs (default: the compressor in `make`). */
  tool?: string;
  /** Native extraction of `archive` into `out` (undefined: no native tool). */
  native?: string;
}

const CASES: FormatCase[] = [
  { format: "tar", make: "tar -cf $A -C $S .", native: "tar -xf $A -C $O" },
  { format: "tar.gz", make: "tar -cf - -C $S . | gzip -6 > $A", native: "tar -xzf $A -C $O" },
  {
    format: "tar.zst",
    make: "tar -cf - -C $S . | zstd -q -3 > $A",
    native: "tar -I zstd -xf $A -C $O",
  },
  { format: "tar.xz", make: "tar -cf - -C $S . | xz -6 -T1 > $A", native: "tar -xJf $A -C $O" },
  { format: "tar.lz4", make: "tar -cf - -C $S . | lz4 -q > $A", native: "tar -I lz4 -xf $A -C $O" },
  {
    format: "tar.br",
    make: "tar -cf - -C $S . | brotli -q 5 -c > $A",
    native: "tar -I brotli -xf $A -C $O",
  },
  {
    format: "tar.zz",
    make:
      "tar -cf - -C $S . | python3 -c 'import sys,zlib;sys.stdout.buffer.write(zlib.compress(sys.stdin.buffer.read(),6))' > $A",
  },
  {
    format: "tar.bz2",
    make: "tar -cf - -C $S . | bzip2 -9 > $A",
    native: "tar -xjf $A -C $O",
  },
  {
    format: "tar.lz",
    make: "tar -cf - -C $S . | lzip -6 > $A",
    native: "tar --lzip -xf $A -C $O",
  },
  { format: "zip", make: "cd $S && zip -q -r -y $A .", native: "unzip -q $A -d $O" },
  {
    format: "7z",
    make: "cd $S && 7z a -snl -bd $A . >/dev/null",
    native: "7z x -snld -bd -o$O $A >/dev/null",
  },
  {
    // no RAR compressor on Debian: a stored RAR5 (every header, CRC and byte still goes through
    // the unrar WASM); symlinks are left out
    format: "rar",
    make: writeStoredRar5,
    tool: "7z",
    native: "7z x -bd -o$O $A >/dev/null",
  },
];

async function sh(cmd: string): Promise<void> {
  const out = await new Deno.Command("bash", { args: ["-c", cmd], stdout: "null", stderr: "piped" })
    .output();
  if (!out.success) throw new Error(`${cmd}: ${new TextDecoder().decode(out.stderr)}`);
}

async function have(tool: string): Promise<boolean> {
  return (await new Deno.Command("bash", { args: ["-c", `command -v ${tool}`], stdout: "null" })
    .output()).success;
}

/** Builds the mixed tree; returns its total file bytes. */
async function buildTree(dir: string, quick: boolean): Promise<number> {
  const scale = quick ? 0.1 : 1;
  await Deno.mkdir(dir, { recursive: true });
  // C headers (~82 MB): /usr/include copied until the budget is used
  const headers = Math.round(82e6 * scale);
  await sh(
    `cd /usr/include && find . -type f -name '*.h' -printf '%s %p\\n' | sort -k2 | ` +
      `awk -v max=${headers} '{ t += $1; if (t > max) exit; print $2 }' | ` +
      `tar -cf - -T - | (mkdir -p ${join(dir, "include")} && tar -xf - -C ${join(dir, "include")})`,
  );
  // shared libraries (~50 MB)
  const libs = Math.round(50e6 * scale);
  await sh(
    `mkdir -p ${join(dir, "lib")} && cd /usr/lib/x86_64-linux-gnu && ` +
      `find . -maxdepth 1 -type f -name '*.so*' -printf '%s %p\\n' | sort -k2 | ` +
      `awk -v max=${libs} '{ t += $1; if (t > max) exit; print $2 }' | ` +
      `xargs -r cp -t ${join(dir, "lib")}`,
  );
  // random data (~60 MB in 6 files)
  const rnd = Math.round(10e6 * scale);
  await Deno.mkdir(join(dir, "random"), { recursive: true });
  for (let i = 0; i < 6; i++) {
    const buf = new Uint8Array(rnd);
    for (let o = 0; o < buf.length; o += 65536) crypto.getRandomValues(buf.subarray(o, o + 65536));
    await Deno.writeFile(join(dir, "random", `r${i}.bin`), buf);
  }
  // 3000 small base64 files (300 with --quick)
  const small = quick ? 300 : 3000;
  for (let i = 0; i < small; i++) {
    const d = join(dir, "small", `d${i % 30}`);
    if (i < 30) await Deno.mkdir(d, { recursive: true });
    const b = new Uint8Array(600 + (i * 37) % 2000);
    crypto.getRandomValues(b);
    await Deno.writeTextFile(join(d, `f${i}.txt`), btoa(String.fromCharCode(...b)));
  }
  await Deno.symlink("random/r0.bin", join(dir, "link"));
  const out = await new Deno.Command("du", {
    args: ["-sb", "--apparent-size", dir],
    stdout: "piped",
  })
    .output();
  return Number(new TextDecoder().decode(out.stdout).split(/\s/)[0]);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

/** Runs the unarchive benchmark; one row per format (MB/s, ours vs native). */
export async function runUnarchiveBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const base = await Deno.makeTempDir({ prefix: "gw-bench-unarchive-" });
  let scratchRoot = "/dev/shm";
  try {
    await Deno.stat(scratchRoot);
  } catch {
    scratchRoot = base;
  }
  const scratch = await Deno.makeTempDir({ dir: scratchRoot, prefix: "gw-bench-out-" });
  const rows: BenchRow[] = [];
  try {
    const src = join(base, "tree");
    const bytes = await buildTree(src, opts.quick);
    const mb = bytes / 1e6;
    console.error(`   tree: ${fmt(mb)} MB`);
    const runs = opts.quick ? 1 : 3;
    for (const c of CASES) {
      const tool = c.tool ?? (typeof c.make === "string" ? c.make.match(/\| (\w+)/)?.[1] : "") ??
        (c.format === "zip" ? "zip" : c.format === "7z" ? "7z" : "tar");
      if (!(await have(tool))) {
        console.error(`   ${c.format}: skipped (${tool} not installed)`);
        continue;
      }
      const archive = join(base, `a.${c.format}`);
      if (typeof c.make === "string") {
        await sh(c.make.replaceAll("$A", archive).replaceAll("$S", src));
      } else await c.make(src, archive);
      const size = (await Deno.stat(archive)).size;
      const ours: number[] = [];
      const native: number[] = [];
      for (let i = 0; i < runs; i++) {
        const o1 = join(scratch, `ours-${i}`);
        ours.push(mb / await timed(() => extractArchive(archive, o1, c.format)));
        await Deno.remove(o1, { recursive: true });
        if (c.native) {
          const o2 = join(scratch, `native-${i}`);
          await Deno.mkdir(o2);
          native.push(
            mb / await timed(() => sh(c.native!.replaceAll("$A", archive).replaceAll("$O", o2))),
          );
          await Deno.remove(o2, { recursive: true });
        }
      }
      const r = row({
        group: "unarchive throughput",
        name: `${c.format} (${fmt(size / 1e6)} MB archive)`,
        unit: "MB/s",
        ours,
        baseline: native.length ? native : undefined,
        baselineName: c.native?.split(" ")[0] === "tar"
          ? `GNU tar${
            c.native.includes("-I") || /-x[zjJ]/.test(c.native) || c.native.includes("--lzip")
              ? " + CLI"
              : ""
          }`
          : c.native?.split(" ")[0],
        higherIsBetter: true,
        note: `${fmt(mb)} MB tree, in-process extractArchive vs native process${
          c.format === "rar" ? "; stored RAR5 made by scripts/bench/rar5.ts, symlink left out" : ""
        }`,
      });
      rows.push(r);
      console.error(
        `   ${c.format}: ours ${fmt(r.ours.median)} MB/s, native ${
          fmt(r.baseline?.median)
        } MB/s, ratio ${fmt(r.ratio)}`,
      );
    }
  } finally {
    await Deno.remove(scratch, { recursive: true }).catch(() => {});
    await Deno.remove(base, { recursive: true }).catch(() => {});
  }
  return rows;
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { quick: { type: "boolean", default: false }, out: { type: "string" } },
    strict: true,
  });
  const rows = await runUnarchiveBench({ quick: values.quick });
  const json = JSON.stringify(
    { date: new Date().toISOString(), quick: values.quick, rows },
    null,
    2,
  );
  if (values.out) await Deno.writeTextFile(values.out, json + "\n");
  else console.log(json);
}
