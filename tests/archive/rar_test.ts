/**
 * RAR against bsdtar (libarchive) on the libarchive RAR4/RAR5 fixtures in
 * tests/fixtures/archive/rar (Debian has no RAR writer): same names and
 * contents; symlinks are expected missing (node-unrar-js does not hand
 * them out) and are counted as skipped. Truncated and garbage input gives
 * ArchiveError.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ArchiveError, extractArchive } from "../../src/archive/mod.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { needsTools } from "../helpers/tools.ts";
import { chunkedStream, randomBytes, run, snapshot } from "./crafted.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/archive/rar/", import.meta.url));
const NAMES = [
  "rar.rar",
  "rar5_compressed.rar",
  "rar5_multiple_files.rar",
  "rar5_stored.rar",
  "rar5_symlink.rar",
  "rar_unicode.rar",
];

/** type and content only: unRAR's WASM build gives no modes. */
function contentOf(snap: Awaited<ReturnType<typeof snapshot>>, dropLinks: boolean) {
  const out: Record<string, string> = {};
  for (const [p, s] of Object.entries(snap)) {
    if (dropLinks && s.type === "symlink") continue;
    out[p] = `${s.type} ${s.sha ?? ""}`;
  }
  return out;
}

const RAR_VS_BSDTAR = "rar: our extraction equals bsdtar's (contents; symlinks not restored)";
Deno.test({ name: RAR_VS_BSDTAR, ignore: needsTools(RAR_VS_BSDTAR, "bsdtar") }, async (t) => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-rar-" });
  try {
    let sawSymlink = false;
    let sawFile = false;
    for (const name of NAMES) {
      await t.step(name, async () => {
        const src = join(FIXTURES, name);
        const ref = join(work, `ref-${name}`);
        await Deno.mkdir(ref);
        await run("bsdtar", ["-xf", src, "-C", ref]);
        const want = await snapshot(ref);
        sawSymlink ||= Object.values(want).some((s) => s.type === "symlink");
        sawFile ||= Object.values(want).some((s) => s.type === "file");
        const out = join(work, `out-${name}`);
        const r = await extractArchive(src, out, "rar");
        const got = await snapshot(out);
        assertEquals(contentOf(got, false), contentOf(want, true));
        const links = Object.values(want).filter((s) => s.type === "symlink").length;
        assert(r.skipped >= links, `symlinks counted as skipped: ${r.skipped} < ${links}`);
        // from a stream too (spooled to a temporary file)
        const out2 = join(work, `out2-${name}`);
        await extractArchive(chunkedStream(await Deno.readFile(src), 1000), out2, "rar");
        assertEquals(contentOf(await snapshot(out2), false), contentOf(want, true));
      });
    }
    assert(sawSymlink && sawFile, "the fixtures hold files and symlinks");
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});

Deno.test("rar: truncated and garbage input give ArchiveError", async () => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-rar-bad-" });
  try {
    const bad: Record<string, Uint8Array> = {
      garbage: randomBytes(20_000, 11),
      empty: new Uint8Array(0),
    };
    for (const name of ["rar5_multiple_files.rar", "rar_unicode.rar", "rar5_compressed.rar"]) {
      const full = await Deno.readFile(join(FIXTURES, name));
      bad[`cut-${name}`] = full.subarray(0, Math.floor(full.length * 0.6));
    }
    for (const [what, bytes] of Object.entries(bad)) {
      const f = join(work, `${what}.rar`);
      await Deno.writeFile(f, bytes);
      let err: unknown;
      try {
        await extractArchive(f, join(work, `out-${what}`), "rar");
      } catch (e) {
        err = e;
      }
      assert(err instanceof ArchiveError, `${what}: expected ArchiveError, got ${err}`);
    }
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});
