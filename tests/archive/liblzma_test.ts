/**
 * The liblzma (WASM) paths against the Debian tools: 7z archives made with
 * LZMA, LZMA2 and LZMA2+BCJ, a zip with LZMA entries (7-Zip's -mm=LZMA),
 * concatenated .xz streams and .lz members, trailing data and damage
 * decided like `xz -d` / `lzip -d` (except trailing bytes after an .lz,
 * refused), and input fed in small odd chunks.
 */
import { join } from "node:path";
import { decompressFile, extractArchive } from "../../src/archive/mod.ts";
import { ArchiveError } from "../../src/archive/errors.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { chunkedStream, makeTree, randomBytes, run, sh, snapshot } from "./crafted.ts";

async function have(tool: string): Promise<boolean> {
  try {
    return (await new Deno.Command("sh", { args: ["-c", `command -v ${tool}`], stdout: "null" })
      .output()).success;
  } catch {
    return false; // no sh (Windows): the tools are missing too
  }
}

const tools = await Promise.all(["7z", "xz", "lzip"].map(have));
const missing = ["7z", "xz", "lzip"].filter((_, i) => !tools[i]);
if (missing.length) console.log(`liblzma tests skipped: ${missing.join(", ")} not installed`);

async function tool(cmd: string, cwd: string): Promise<{ ok: boolean; out: Uint8Array }> {
  const r = await new Deno.Command("sh", {
    args: ["-c", cmd],
    cwd,
    stdout: "piped",
    stderr: "null",
  })
    .output();
  return { ok: r.success, out: r.stdout };
}

Deno.test({
  name:
    "liblzma: 7z with LZMA, LZMA2 and LZMA2+BCJ, zip with LZMA entries equal 7-Zip's extraction",
  ignore: missing.includes("7z"),
  fn: async () => {
    const work = await Deno.makeTempDir({ prefix: "gw-liblzma-7z-" });
    try {
      const tree = join(work, "tree");
      await Deno.mkdir(tree);
      await makeTree(tree, false);
      await Deno.writeFile(join(tree, "big.bin"), randomBytes(3 << 20, 7));
      await sh(`yes 'compressible line of text' | head -c 5000000 > ${join(tree, "text.txt")}`);
      const cases: [string, string, string[]][] = [
        ["lzma.7z", "7z", ["-m0=LZMA:d=1m"]],
        ["lzma2.7z", "7z", ["-m0=LZMA2:d=4m"]],
        ["bcj.7z", "7z", ["-mf=BCJ", "-m0=LZMA2"]],
        ["lzma.zip", "zip", ["-tzip", "-mm=LZMA"]],
      ];
      for (const [name, fmt, opts] of cases) {
        const archive = join(work, name);
        await run("7z", ["a", "-bd", "-snl", ...opts, archive, "."], tree);
        const ref = join(work, `ref-${name}`);
        await Deno.mkdir(ref);
        await run("7z", ["x", "-bd", "-snl", "-snld", archive], ref);
        const out = join(work, `out-${name}`);
        await extractArchive(archive, out, fmt as "7z" | "zip");
        const want = await snapshot(ref);
        // 7-Zip rewrites an absolute link target to point inside its output; Go keeps it
        for (const e of Object.values(want)) {
          if (e.target?.startsWith(ref + "/")) e.target = e.target.slice(ref.length);
        }
        assertEquals(await snapshot(out), want, name);
        const streamed = join(work, `streamed-${name}`);
        await extractArchive(
          chunkedStream(await Deno.readFile(archive), 7777),
          streamed,
          fmt as "7z",
        );
        assertEquals(await snapshot(streamed), want, `${name} streamed`);
      }
    } finally {
      await Deno.remove(work, { recursive: true });
    }
  },
});

async function decodeWith(
  fmt: "xz" | "lz",
  file: string,
): Promise<{ ok: boolean; out?: Uint8Array; error?: unknown }> {
  const dest = `${file}.out`;
  try {
    await decompressFile(file, dest, fmt);
    return { ok: true, out: await Deno.readFile(dest) };
  } catch (error) {
    return { ok: false, error };
  }
}

for (const [fmt, cli] of [["xz", "xz"], ["lz", "lzip"]] as const) {
  Deno.test({
    name: `liblzma: .${fmt} concatenated, trailing data and damage decided like ${cli} -d`,
    ignore: missing.includes(cli),
    fn: async () => {
      const work = await Deno.makeTempDir({ prefix: `gw-liblzma-${fmt}-` });
      try {
        await Deno.writeFile(join(work, "a"), randomBytes(300_000, 1));
        await sh(`yes abc | head -c 2000000 > b`, work);
        await sh(`${cli} -c a > a.${fmt} && ${cli} -c b > b.${fmt}`, work);
        await sh(`cat a.${fmt} b.${fmt} > cat.${fmt}`, work);
        await sh(`cat a.${fmt} > trail.${fmt} && printf 'garbage!' >> trail.${fmt}`, work);
        await sh(`head -c 100000 b.${fmt} > cut.${fmt}`, work);
        const whole = await Deno.readFile(join(work, `b.${fmt}`));
        whole[Math.floor(whole.length / 2)] ^= 0x55;
        await Deno.writeFile(join(work, `flip.${fmt}`), whole);
        await Deno.writeFile(join(work, `empty.${fmt}`), new Uint8Array());
        for (const name of ["cat", "trail", "cut", "flip", "empty", "a"]) {
          const file = join(work, `${name}.${fmt}`);
          const ref = await tool(`${cli} -dc ${name}.${fmt}`, work);
          // lzip ignores trailing bytes that do not look like a member; we refuse them, as
          // liblzma does (and as this worker did before): data after the last member is damage
          if (fmt === "lz" && name === "trail") ref.ok = false;
          const ours = await decodeWith(fmt, file);
          assertEquals(ours.ok, ref.ok, `${name}.${fmt}: ours ok=${ours.ok}, ${cli} ok=${ref.ok}`);
          if (ours.ok) {
            assert(
              ours.out!.length === ref.out.length && ours.out!.every((b, i) => b === ref.out[i]),
              `${name}.${fmt} differs`,
            );
          } else assert(ours.error instanceof ArchiveError, `${name}.${fmt}: ${ours.error}`);
        }
        // a tar of it, streamed in small odd chunks
        await sh(`tar -cf t.tar a b && ${cli} -c t.tar > t.tar.${fmt}`, work);
        const out = join(work, "tout");
        await extractArchive(
          chunkedStream(await Deno.readFile(join(work, `t.tar.${fmt}`)), 997),
          out,
          `tar.${fmt}`,
        );
        assertEquals(await Deno.readFile(join(out, "b")), await Deno.readFile(join(work, "b")));
      } finally {
        await Deno.remove(work, { recursive: true });
      }
    },
  });
}
