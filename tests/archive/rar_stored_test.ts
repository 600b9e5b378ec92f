/**
 * RAR5 archives written by scripts/bench/rar5.ts (stored entries: a RAR
 * compressor is not on Debian) extract like 7-Zip's extraction of the same
 * archive: small entries (held in memory), entries over 1 MiB (spilled to a
 * staging file), empty files and directories.
 */
import { join } from "node:path";
import { writeStoredRar5 } from "../../scripts/bench/rar5.ts";
import { extractArchive } from "../../src/archive/mod.ts";
import { assertEquals } from "../helpers/assert.ts";
import { randomBytes, run, snapshot } from "./crafted.ts";
import { onPath } from "../helpers/tools.ts";

const has7z = onPath("7z");
if (!has7z) console.log("rar stored test skipped: 7z not installed");

Deno.test({
  name: "rar: stored RAR5 with small, big (> 1 MiB) and empty files equals 7-Zip's extraction",
  ignore: !has7z,
  fn: async () => {
    const work = await Deno.makeTempDir({ prefix: "gw-rar-stored-" });
    try {
      const tree = join(work, "tree");
      await Deno.mkdir(join(tree, "a", "b"), { recursive: true });
      await Deno.writeFile(join(tree, "big.bin"), randomBytes(3 << 20, 3));
      await Deno.writeFile(join(tree, "a", "empty"), new Uint8Array());
      for (let i = 0; i < 50; i++) {
        await Deno.writeFile(join(tree, "a", "b", `s${i}`), randomBytes(100 + i * 997, i + 10));
      }
      const rar = join(work, "t.rar");
      await writeStoredRar5(tree, rar);
      const ref = join(work, "ref");
      await Deno.mkdir(ref);
      await run("7z", ["x", "-bd", `-o${ref}`, rar]);
      const out = join(work, "out");
      const stats = await extractArchive(rar, out, "rar");
      assertEquals(stats.files, 52);
      const strip = (s: Record<string, { mode?: string }>) => {
        for (const v of Object.values(s)) delete v.mode; // unRAR's WASM build sets no modes
        return s;
      };
      assertEquals(strip(await snapshot(out)), strip(await snapshot(ref)));
      assertEquals(await Deno.readFile(join(out, "big.bin")), randomBytes(3 << 20, 3));
    } finally {
      await Deno.remove(work, { recursive: true });
    }
  },
});
