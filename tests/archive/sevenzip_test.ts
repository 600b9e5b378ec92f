/**
 * 7z against 7-Zip: our extraction of a 7z made by `7z a -snl -snh` from
 * the sample tree equals 7-Zip's own (except where 7-Zip rewrites an
 * absolute link target); entries made with 7-Zip's -spf/-snl that escape
 * (`../x`, absolute names, escaping symlinks) are refused; truncated,
 * bit-flipped and garbage input gives ArchiveError.
 */
import { join } from "node:path";
import { ArchiveError, extractArchive } from "../../src/archive/mod.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { needsTools } from "../helpers/tools.ts";
import { chunkedStream, exists, listDir, makeTree, randomBytes, run, snapshot } from "./crafted.ts";

async function scene() {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-7z-slip-" });
  const outside = join(work, "outside");
  await Deno.mkdir(outside);
  await Deno.writeTextFile(join(outside, "secret"), "secret");
  return { work, outside, dest: join(work, "dest") };
}

async function assertUntouched(work: string, outside: string): Promise<void> {
  assertEquals(await listDir(outside), ["secret"]);
  const top = (await listDir(work)).filter((n) => !n.startsWith("archive"));
  assert(top.every((n) => n === "outside" || n === "dest"), `unexpected: ${top}`);
  assert(!(await exists(join(work, "x"))), "x written outside");
}

async function expectArchiveError(p: Promise<unknown>, what: string): Promise<ArchiveError> {
  try {
    await p;
  } catch (e) {
    assert(e instanceof ArchiveError, `${what}: expected ArchiveError, got ${e}`);
    return e;
  }
  throw new Error(`${what}: expected an ArchiveError, but it succeeded`);
}

Deno.test({
  name: "7z: our extraction equals 7-Zip's (links stored with -snl -snh)",
  ignore: needsTools("7z: our extraction equals 7-Zip's (links stored with -snl -snh)", "7z"),
}, async () => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-7z-" });
  try {
    const tree = join(work, "tree");
    await Deno.mkdir(tree);
    await makeTree(tree);
    await run("7z", ["a", "-bd", "-snl", "-snh", join(work, "a.7z"), "."], tree);
    const ref = join(work, "ref");
    await Deno.mkdir(ref);
    await run("7z", ["x", "-bd", "-snl", "-snh", "-snld", join(work, "a.7z")], ref);
    const want = await snapshot(ref);
    // 7-Zip rewrites an absolute link target to point inside its output; Go keeps it
    assertEquals(want["python"].target, join(ref, "usr/bin/python3"));
    want["python"].target = "/usr/bin/python3";
    const out = join(work, "out");
    const r = await extractArchive(join(work, "a.7z"), out, "7z");
    const got = await snapshot(out);
    // 7-Zip on Linux extracts a stored hardlink as a copy: compare link counts separately
    for (const s of [...Object.values(want), ...Object.values(got)]) delete s.nlink;
    assertEquals(got, want);
    assert(r.bytes >= 1 << 20, `bytes counted: ${r.bytes}`);
    // and from a stream (spooled to a temporary file)
    const out2 = join(work, "out2");
    await extractArchive(chunkedStream(await Deno.readFile(join(work, "a.7z")), 65536), out2, "7z");
    const got2 = await snapshot(out2);
    for (const s of Object.values(got2)) delete s.nlink;
    assertEquals(got2, want);
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});

Deno.test({
  name: "7z: traversal entries made with 7-Zip's -spf/-snl are refused; damage gives ArchiveError",
  ignore: needsTools(
    "7z: traversal entries made with 7-Zip's -spf/-snl are refused; damage gives ArchiveError",
    "7z",
  ),
}, async (t) => {
  const { work, outside, dest } = await scene();
  try {
    const src = join(work, "archive-src");
    await Deno.mkdir(join(src, "sub"), { recursive: true });
    await Deno.writeTextFile(join(src, "x"), "pwned");
    await Deno.symlink("../outside", join(src, "sub/esc"));
    // -spf stores the path as given: "../x" relative to sub/
    await run("7z", ["a", "-bd", "-spf", join(work, "archive-up.7z"), "../x"], join(src, "sub"));
    await run("7z", ["a", "-bd", "-snl", join(work, "archive-esc.7z"), "esc"], join(src, "sub"));
    await run("7z", ["a", "-bd", "-spf", join(work, "archive-abs.7z"), join(src, "x")], src);
    await t.step("../x", async () => {
      const e = await expectArchiveError(
        extractArchive(join(work, "archive-up.7z"), dest, "7z"),
        "../x",
      );
      assert(e.message.includes("illegal file path"), e.message);
      await assertUntouched(work, outside);
    });
    await t.step("symlink target escaping by ..", async () => {
      const e = await expectArchiveError(
        extractArchive(join(work, "archive-esc.7z"), dest, "7z"),
        "esc",
      );
      assert(e.message.includes("illegal symlink target"), e.message);
      await assertUntouched(work, outside);
    });
    await t.step("absolute name", async () => {
      const e = await expectArchiveError(
        extractArchive(join(work, "archive-abs.7z"), dest, "7z"),
        "absolute",
      );
      assert(e.message.includes("illegal file path"), e.message);
      await assertUntouched(work, outside);
    });
    await t.step("truncated, bit-flipped, garbage", async () => {
      const tree = join(work, "archive-tree");
      await Deno.mkdir(tree);
      await Deno.writeFile(join(tree, "r.bin"), randomBytes(200_000, 5));
      await Deno.writeTextFile(join(tree, "t.txt"), "text ".repeat(40_000));
      await run("7z", ["a", "-bd", join(work, "archive-ok.7z"), "."], tree);
      const full = await Deno.readFile(join(work, "archive-ok.7z"));
      const cut = join(work, "archive-cut.7z");
      await Deno.writeFile(cut, full.subarray(0, Math.floor(full.length * 0.6)));
      await expectArchiveError(extractArchive(cut, join(work, "o1"), "7z"), "truncated");
      const flipped = full.slice();
      for (let i = 1000; i < 1016; i++) flipped[i] ^= 0x5a;
      const flip = join(work, "archive-flip.7z");
      await Deno.writeFile(flip, flipped);
      await expectArchiveError(extractArchive(flip, join(work, "o2"), "7z"), "bit-flipped");
      const g = join(work, "archive-garbage.7z");
      await Deno.writeFile(g, randomBytes(50_000, 9));
      await expectArchiveError(extractArchive(g, join(work, "o3"), "7z"), "garbage");
    });
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});
