/**
 * Every supported format against the real Debian tools: a sample tree
 * (nested dirs, modes 600/644/700/755, file/dir/absolute symlinks, a
 * hardlink, an empty dir, an odd name, a 1 MB random file) is archived by
 * tar/zip and compressed by gzip/bzip2/xz/zstd/lz4/brotli/lzip; our
 * extraction must equal the tool's own extraction (contents, modes, link
 * targets, hardlink counts). Single-file formats must round-trip.
 */
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import {
  type ArchiveFormat,
  type CompressionFormat,
  decompressFile,
  extractArchive,
  isArchiveFormat,
  isCompressionFormat,
} from "../../src/archive/mod.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { missingTools, needsTools } from "../helpers/tools.ts";
import { chunkedStream, makeTree, randomBytes, run, sh, snapshot } from "./crafted.ts";

/** Compressor command lines (stdin -> stdout) for each suffix. */
const COMPRESS: Record<string, string> = {
  gz: "gzip -c",
  bz2: "bzip2 -c",
  xz: "xz -c",
  zst: "zstd -q -c",
  lz4: "lz4 -q -c",
  br: "brotli -c",
  lz: "lzip -c",
};

/** The compressor's program of a suffix ("zz" has none: node's zlib). */
const tool = (ext: string) => COMPRESS[ext]?.split(" ")[0];

/** The tools missing to make and compare format `fmt` (`tar.xz` needs tar and xz). */
function missingFor(fmt: string): string[] {
  if (fmt === "zip") return missingTools("zip", "unzip");
  const ext = fmt.startsWith("tar.") ? fmt.slice(4) : fmt === "tar" ? "" : fmt;
  const t = tool(ext);
  return missingTools(...(fmt.startsWith("tar") ? ["tar"] : []), ...(t ? [t] : []));
}

/** A step of `fmt`, ignored with a printed reason when a tool it needs is missing. */
function formatStep(name: string, fmt: string, fn: () => Promise<void>): Deno.TestStepDefinition {
  const missing = missingFor(fmt);
  if (missing.length > 0) console.log(`skipped: ${name} needs ${missing.join(", ")} (not on PATH)`);
  return { name, ignore: missing.length > 0, fn };
}

const TAR_FORMATS = [
  "tar",
  "tar.gz",
  "tar.bz2",
  "tar.xz",
  "tar.zst",
  "tar.lz4",
  "tar.br",
  "tar.lz",
] as const;

async function fixtures() {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-fmt-" });
  const tree = join(work, "tree");
  await Deno.mkdir(tree);
  await makeTree(tree);
  const tar = join(work, "a.tar");
  await run("tar", ["-cf", tar, "-C", tree, "."]);
  for (const [ext, cmd] of Object.entries(COMPRESS)) {
    if (missingFor(`tar.${ext}`).length === 0) await sh(`${cmd} < a.tar > a.tar.${ext}`, work);
  }
  // zlib ("zz") has no Debian CLI: node's deflate is zlib itself
  await Deno.writeFile(join(work, "a.tar.zz"), deflateSync(await Deno.readFile(tar)));
  // the tools' own extractions
  const refTar = join(work, "ref-tar");
  await Deno.mkdir(refTar);
  await run("tar", ["-xf", tar, "-C", refTar]);
  const refZip = join(work, "ref-zip");
  if (missingFor("zip").length === 0) {
    // zip: -y stores symlinks as links; a zip has no hardlinks (stored twice)
    await run("zip", ["-q", "-r", "-y", join(work, "a.zip"), "."], tree);
    await run("unzip", ["-q", join(work, "a.zip"), "-d", refZip]);
  } else await Deno.mkdir(refZip);
  return { work, tree, refTar: await snapshot(refTar), refZip: await snapshot(refZip) };
}

Deno.test({
  name: "archive formats: our extraction equals the real tools'",
  ignore: needsTools("archive formats: our extraction equals the real tools'", "tar"),
}, async (t) => {
  const f = await fixtures();
  try {
    // sanity: the reference really holds every kind of entry
    assertEquals(f.refTar["a/hard.txt"].nlink, 2);
    assertEquals(f.refTar["python"].target, "/usr/bin/python3");
    assertEquals(f.refTar["dirlink"].target, "a/b");
    assertEquals(f.refTar["empty"].type, "dir");
    assertEquals(f.refTar["a/secret.txt"].mode, "600");
    if (missingFor("zip").length === 0) {
      assertEquals(f.refZip["a/filelink"].target, "../top.txt");
      assertEquals(f.refZip["private/tool"].mode, "700");
    }

    for (const fmt of [...TAR_FORMATS, "tar.zz" as const]) {
      await t.step(formatStep(`${fmt} from a file`, fmt, async () => {
        const out = join(f.work, `out-${fmt}`);
        const r = await extractArchive(join(f.work, `a.${fmt}`), out, fmt);
        assertEquals(await snapshot(out), f.refTar);
        assertEquals(r.files, 8, "regular files counted");
        assert(r.bytes >= 1 << 20, `bytes counted: ${r.bytes}`);
      }));
    }
    for (const fmt of ["tar.gz", "tar.zst", "tar.lz4", "tar.bz2"] as const) {
      await t.step(formatStep(`${fmt} from a stream in odd-sized chunks`, fmt, async () => {
        const out = join(f.work, `out-stream-${fmt}`);
        const data = await Deno.readFile(join(f.work, `a.${fmt}`));
        await extractArchive(chunkedStream(data), out, fmt);
        assertEquals(await snapshot(out), f.refTar);
      }));
    }
    await t.step(formatStep("zip from a file", "zip", async () => {
      const out = join(f.work, "out-zip");
      const r = await extractArchive(join(f.work, "a.zip"), out, "zip");
      assertEquals(await snapshot(out), f.refZip);
      assert(r.bytes >= 1 << 20, `bytes counted: ${r.bytes}`);
    }));
    await t.step(formatStep("zip from a stream (spooled)", "zip", async () => {
      const out = join(f.work, "out-zip-stream");
      const data = await Deno.readFile(join(f.work, "a.zip"));
      await extractArchive(chunkedStream(data, 65536), out, "zip");
      assertEquals(await snapshot(out), f.refZip);
    }));
    await t.step(
      formatStep(
        "extracting into an existing non-empty directory keeps other files",
        "tar.gz",
        async () => {
          const out = join(f.work, "out-existing");
          await Deno.mkdir(out);
          await Deno.writeTextFile(join(out, "keep.txt"), "keep");
          await extractArchive(join(f.work, "a.tar.gz"), out, "tar.gz");
          const snap = await snapshot(out);
          assertEquals(snap["keep.txt"].type, "file");
          delete snap["keep.txt"];
          assertEquals(snap, f.refTar);
        },
      ),
    );
  } finally {
    await Deno.remove(f.work, { recursive: true });
  }
});

Deno.test("single-file formats round-trip through the real compressors", async (t) => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-single-" });
  try {
    const orig = join(work, "orig.bin");
    const data = randomBytes(1 << 20, 99);
    // half random, half repetitive, so every codec really compresses something
    data.fill(7, 1 << 19);
    await Deno.writeFile(orig, data);
    for (const [ext, cmd] of Object.entries(COMPRESS)) {
      if (missingFor(ext).length === 0) await sh(`${cmd} < orig.bin > orig.bin.${ext}`, work);
    }
    await Deno.writeFile(join(work, "orig.bin.zz"), deflateSync(data));
    for (const fmt of ["gz", "bz2", "xz", "zst", "lz4", "br", "zz", "lz"] as const) {
      await t.step(formatStep(fmt, fmt, async () => {
        const out = join(work, `out.${fmt}`);
        const r = await decompressFile(join(work, `orig.bin.${fmt}`), out, fmt);
        assertEquals(r.bytes, data.length);
        assertEquals(await Deno.readFile(out), data);
        // and from a stream
        const out2 = join(work, `out2.${fmt}`);
        const r2 = await decompressFile(
          chunkedStream(await Deno.readFile(join(work, `orig.bin.${fmt}`))),
          out2,
          fmt,
        );
        assertEquals(r2.bytes, data.length);
        assertEquals(await Deno.readFile(out2), data);
      }));
    }
    await t.step(
      formatStep("an empty input file compressed by gzip gives an empty file", "gz", async () => {
        await Deno.writeFile(join(work, "empty"), new Uint8Array(0));
        await sh("gzip -c < empty > empty.gz", work);
        const r = await decompressFile(join(work, "empty.gz"), join(work, "empty.out"), "gz");
        assertEquals(r.bytes, 0);
        assertEquals((await Deno.readFile(join(work, "empty.out"))).length, 0);
      }),
    );
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});

Deno.test("format names: the payload schema's enums", () => {
  const archives: ArchiveFormat[] = [
    "7z",
    "rar",
    "tar",
    "tar.br",
    "tar.bz2",
    "tar.gz",
    "tar.lz",
    "tar.lz4",
    "tar.mz",
    "tar.sz",
    "tar.xz",
    "tar.zst",
    "tar.zz",
    "zip",
  ];
  for (const a of archives) assert(isArchiveFormat(a), a);
  const single: CompressionFormat[] = [
    "br",
    "bz2",
    "gz",
    "lz",
    "lz4",
    "mz",
    "sz",
    "xz",
    "zst",
    "zz",
  ];
  for (const s of single) assert(isCompressionFormat(s), s);
  for (const bad of ["", "tgz", "tar.", "gz ", "TAR", "tar.gz.gz", "zip "]) {
    assert(!isArchiveFormat(bad), bad);
    assert(!isCompressionFormat(bad), bad);
  }
  assert(!isArchiveFormat("gz"));
  assert(!isCompressionFormat("tar.gz"));
});
