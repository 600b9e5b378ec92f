/**
 * `generic-worker unarchive` as a real process (`deno run -A main.ts`):
 * exit 0 with the tree extracted (or the file decompressed), exit 81
 * (CANT_UNARCHIVE) with a reason on stderr for a damaged archive, an
 * escaping entry or an unknown format.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CANT_UNARCHIVE } from "../../src/exit_codes.ts";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { needsTools } from "../helpers/tools.ts";
import { craftTar, exists, randomBytes, run } from "./crafted.ts";

const MAIN = fileURLToPath(new URL("../../main.ts", import.meta.url));
const dec = new TextDecoder();

async function unarchive(src: string, dst: string, fmt: string) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      MAIN,
      "unarchive",
      "--archive-src",
      src,
      "--archive-dst",
      dst,
      "--archive-fmt",
      fmt,
    ],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: out.code, stderr: dec.decode(out.stderr) };
}

const CLI_EXIT = "unarchive CLI: 0 on success, 81 on a bad archive";
Deno.test({ name: CLI_EXIT, ignore: needsTools(CLI_EXIT, "tar", "xz") }, async (t) => {
  const work = await Deno.makeTempDir({ prefix: "gw-unarchive-cli-" });
  try {
    await Deno.mkdir(join(work, "src/sub"), { recursive: true });
    await Deno.writeTextFile(join(work, "src/sub/hello.txt"), "hello\n");
    await Deno.symlink("sub/hello.txt", join(work, "src/link"));
    await run("tar", ["-cJf", join(work, "a.tar.xz"), "-C", join(work, "src"), "."]);
    await t.step("tar.xz extracts into the destination directory", async () => {
      const r = await unarchive(join(work, "a.tar.xz"), join(work, "out"), "tar.xz");
      assertEquals(r.code, 0, r.stderr);
      assertEquals(await Deno.readTextFile(join(work, "out/sub/hello.txt")), "hello\n");
      assertEquals(await Deno.readLink(join(work, "out/link")), "sub/hello.txt");
    });
    await t.step("a single-file format decompresses into the destination file", async () => {
      const data = randomBytes(5000);
      await Deno.writeFile(join(work, "f.gz"), gzipSync(data));
      const r = await unarchive(join(work, "f.gz"), join(work, "f.out"), "gz");
      assertEquals(r.code, 0, r.stderr);
      assertEquals(await Deno.readFile(join(work, "f.out")), data);
    });
    await t.step("a truncated archive exits 81", async () => {
      const full = await Deno.readFile(join(work, "a.tar.xz"));
      await Deno.writeFile(join(work, "cut.tar.xz"), full.subarray(0, full.length - 40));
      const r = await unarchive(join(work, "cut.tar.xz"), join(work, "out-cut"), "tar.xz");
      assertEquals(r.code, CANT_UNARCHIVE, r.stderr);
      assert(r.stderr.trim().length > 0, "a reason is printed");
    });
    await t.step("an escaping entry exits 81 and names the entry", async () => {
      await Deno.writeFile(
        join(work, "evil.tar"),
        craftTar([{ name: "../escaped", type: "file", data: "x" }]),
      );
      const r = await unarchive(join(work, "evil.tar"), join(work, "out-evil"), "tar");
      assertEquals(r.code, CANT_UNARCHIVE, r.stderr);
      assertStringIncludes(r.stderr, "../escaped");
      assert(!(await exists(join(work, "escaped"))), "nothing written outside");
    });
    await t.step("an unknown format exits 81", async () => {
      const r = await unarchive(join(work, "a.tar.xz"), join(work, "out-fmt"), "cpio");
      assertEquals(r.code, CANT_UNARCHIVE, r.stderr);
      assertStringIncludes(r.stderr, "cpio");
    });
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});
