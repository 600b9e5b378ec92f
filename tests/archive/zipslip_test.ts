/**
 * Zip-slip and damaged input: crafted tar and zip archives that try to
 * write outside the destination (`../x`, `a/../../x`, absolute names,
 * writing through a symlink, hardlinks outside, escaping symlink targets)
 * are refused with an ArchiveError naming the rule, and nothing appears
 * outside the destination; truncated, bit-flipped and garbage input of
 * every format gives an ArchiveError, never a crash or a hang.
 */
import { join } from "node:path";
import { crc32, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import {
  ArchiveError,
  type ArchiveFormat,
  type CompressionFormat,
  decompressFile,
  extractArchive,
} from "../../src/archive/mod.ts";
import { xxh32 } from "../../src/archive/xxhash.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { missingTools } from "../helpers/tools.ts";
import {
  type Crafted,
  craftTar,
  craftZip,
  exists,
  listDir,
  randomBytes,
  sh,
  snapshot,
} from "./crafted.ts";
import { posixOnly, symlinksCreated } from "../helpers/platform.ts";

type Case = { name: string; entries: (outside: string) => Crafted[]; error: string };

const COMMON: Case[] = [
  {
    name: "../x",
    entries: () => [{ name: "../x", type: "file", data: "pwned" }],
    error: "illegal file path",
  },
  {
    name: "a/../../x",
    entries: () => [
      { name: "a/", type: "dir" },
      { name: "a/../../x", type: "file", data: "pwned" },
    ],
    error: "illegal file path",
  },
  {
    name: "absolute name",
    entries: (outside) => [{ name: `${outside}/abs-x`, type: "file", data: "pwned" }],
    error: "illegal file path",
  },
  {
    name: "write through a symlink (absolute target, itself allowed)",
    entries: (outside) => [
      { name: "lnk", type: "symlink", target: outside },
      { name: "lnk/x", type: "file", data: "pwned" },
    ],
    error: "illegal file path",
  },
  {
    name: "directory through a symlink",
    entries: (outside) => [
      { name: "lnk", type: "symlink", target: outside },
      { name: "lnk/newdir/", type: "dir" },
    ],
    error: "illegal file path",
  },
  {
    name: "symlink target escaping by ..",
    entries: () => [{ name: "esc", type: "symlink", target: "../outside" }],
    error: "illegal symlink target",
  },
  {
    name: "nested symlink target escaping by ..",
    entries: () => [
      { name: "a/", type: "dir" },
      { name: "a/esc", type: "symlink", target: "../../outside/secret" },
    ],
    error: "illegal symlink target",
  },
];

const TAR_ONLY: Case[] = [
  {
    name: "hardlink to ../",
    entries: () => [{ name: "h", type: "hardlink", target: "../outside/secret" }],
    error: "illegal hardlink target",
  },
  {
    name: "hardlink to an absolute path",
    entries: (outside) => [{ name: "h", type: "hardlink", target: `${outside}/secret` }],
    error: "illegal hardlink target",
  },
  {
    name: "hardlink through a symlink",
    entries: (outside) => [
      { name: "lnk", type: "symlink", target: outside },
      { name: "h", type: "hardlink", target: "lnk/secret" },
    ],
    error: "illegal hardlink target",
  },
];

async function scene() {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-slip-" });
  const outside = join(work, "outside");
  await Deno.mkdir(outside);
  await Deno.writeTextFile(join(outside, "secret"), "secret");
  return { work, outside, dest: join(work, "dest") };
}

async function assertUntouched(work: string, outside: string): Promise<void> {
  assertEquals(await listDir(outside), ["secret"]);
  assertEquals(await Deno.readTextFile(join(outside, "secret")), "secret");
  const top = (await listDir(work)).filter((n) => !n.startsWith("archive"));
  assert(top.every((n) => n === "outside" || n === "dest"), `unexpected: ${top}`);
  assert(!(await exists(join(work, "x"))), "x written outside");
}

for (const kind of ["tar", "tar.gz", "zip"] as const) {
  const all = kind === "zip" ? COMMON : [...COMMON, ...TAR_ONLY];
  // a case that writes through a symlink needs the symlink to exist for real
  const cases = all.filter((c) => {
    const viaLink = c.name.includes("through a symlink");
    if (viaLink && !symlinksCreated()) {
      console.log(`SKIP (symlinks are not created on this host): ${kind}: ${c.name}`);
      return false;
    }
    return true;
  });
  Deno.test(`${kind}: crafted traversal archives are refused`, async (t) => {
    for (const c of cases) {
      await t.step(c.name, async () => {
        const { work, outside, dest } = await scene();
        try {
          const entries = c.entries(outside);
          let bytes = kind === "zip" ? craftZip(entries) : craftTar(entries);
          if (kind === "tar.gz") bytes = gzipSync(bytes);
          const file = join(work, `archive.${kind}`);
          await Deno.writeFile(file, bytes);
          let err: unknown;
          try {
            await extractArchive(file, dest, kind);
          } catch (e) {
            err = e;
          }
          assert(err instanceof ArchiveError, `expected ArchiveError, got ${err}`);
          assert(err.message.includes(c.error), `message: ${err.message}`);
          await assertUntouched(work, outside);
        } finally {
          await Deno.remove(work, { recursive: true });
        }
      });
    }
  });

  Deno.test(
    `${kind}: benign links are kept; an entry replaces a symlink instead of following it`,
    posixOnly("checks posix modes and the symlinks extracted"),
    async () => {
      const { work, outside, dest } = await scene();
      try {
        const entries: Crafted[] = [
          { name: "python", type: "symlink", target: "/usr/bin/python3" },
          { name: "d/", type: "dir", mode: 0o750 },
          { name: "d/up", type: "symlink", target: "../python" },
          { name: "victim", type: "symlink", target: `${outside}/secret` },
          { name: "victim", type: "file", data: "replaced", mode: 0o600 },
          { name: "d/f", type: "file", data: "f", mode: 0o640 },
          ...(kind === "zip" ? [] : [{ name: "d/h", type: "hardlink" as const, target: "d/f" }]),
        ];
        let bytes = kind === "zip" ? craftZip(entries) : craftTar(entries);
        if (kind === "tar.gz") bytes = gzipSync(bytes);
        const file = join(work, `archive.${kind}`);
        await Deno.writeFile(file, bytes);
        await extractArchive(file, dest, kind);
        const snap = await snapshot(dest);
        assertEquals(snap["python"].target, "/usr/bin/python3");
        assertEquals(snap["d/up"].target, "../python");
        assertEquals(snap["d"].mode, "750");
        assertEquals(snap["victim"].type, "file");
        assertEquals(snap["victim"].mode, "600");
        assertEquals(snap["d/f"].mode, "640");
        assertEquals(await Deno.readTextFile(join(dest, "victim")), "replaced");
        if (kind !== "zip") assertEquals(snap["d/h"].nlink, 2);
        await assertUntouched(work, outside);
      } finally {
        await Deno.remove(work, { recursive: true });
      }
    },
  );
}

Deno.test("zip: an entry inflating beyond its declared size is refused", async () => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-bomb-" });
  try {
    const big = new Uint8Array(64 << 20);
    const bytes = deflateRawSync(big);
    for (const usize of [10, 2 << 20]) {
      const f = join(work, `bomb-${usize}.zip`);
      await Deno.writeFile(
        f,
        craftZip([{
          name: "bomb",
          type: "file",
          packed: { method: 8, bytes, usize, crc: crc32(big.subarray(0, usize)) >>> 0 },
        }]),
      );
      const e = await expectArchiveError(
        extractArchive(f, join(work, `o-${usize}`), "zip"),
        "bomb",
      );
      assert(e.message.includes("bomb"), e.message);
      const out = join(work, `o-${usize}`, "bomb");
      if (await exists(out)) assert((await Deno.stat(out)).size <= (2 << 20) + (1 << 20));
    }
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});

async function expectArchiveError(p: Promise<unknown>, what: string): Promise<ArchiveError> {
  try {
    await p;
  } catch (e) {
    assert(e instanceof ArchiveError, `${what}: expected ArchiveError, got ${e}`);
    return e;
  }
  throw new Error(`${what}: expected an ArchiveError, but it succeeded`);
}

Deno.test("damaged input: truncated, bit-flipped and garbage archives give ArchiveError", async (t) => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-bad-" });
  try {
    const tree = join(work, "tree");
    await Deno.mkdir(tree);
    await Deno.writeFile(join(tree, "r.bin"), randomBytes(300_000, 7));
    await Deno.writeTextFile(join(tree, "t.txt"), "text ".repeat(50_000));
    const toolOf: Record<string, string> = {
      "": "tar",
      gz: "gzip",
      bz2: "bzip2",
      xz: "xz",
      zst: "zstd",
      lz4: "lz4",
      br: "brotli",
      lz: "lzip",
    };
    /** Tools missing for `fmt` (`tar.xz`, `xz`, `zip`, ...). */
    const missingFor = (fmt: string): string[] =>
      fmt === "zip" ? missingTools("zip") : fmt === "tar.zz" ? missingTools("tar") : missingTools(
        ...new Set([
          ...(fmt.startsWith("tar") ? ["tar"] : []),
          toolOf[fmt.replace(/^tar\.?/, "")] ?? "tar",
        ]),
      );
    /** A step of `fmt`, ignored with a printed reason naming the missing tools. */
    const step = (name: string, fmt: string, fn: () => Promise<void>): Deno.TestStepDefinition => {
      const m = missingFor(fmt);
      if (m.length > 0) console.log(`skipped: damaged ${name} needs ${m.join(", ")} (not on PATH)`);
      return { name, ignore: m.length > 0, fn };
    };
    if (missingFor("tar").length === 0) await sh("tar -cf a.tar -C tree .", work);
    if (missingFor("zip").length === 0) await sh("cd tree && zip -q -r ../a.zip .", work);
    const comp: Record<string, string> = {
      gz: "gzip",
      bz2: "bzip2",
      xz: "xz",
      zst: "zstd -q",
      lz4: "lz4 -q",
      br: "brotli",
      lz: "lzip",
    };
    for (const [ext, cmd] of Object.entries(comp)) {
      if (missingFor(`tar.${ext}`).length === 0) await sh(`${cmd} -c < a.tar > a.tar.${ext}`, work);
      if (missingFor(ext).length === 0) await sh(`${cmd} -c < tree/r.bin > r.bin.${ext}`, work);
    }
    if (missingFor("tar").length === 0) {
      await Deno.writeFile(
        join(work, "a.tar.zz"),
        deflateSync(await Deno.readFile(join(work, "a.tar"))),
      );
    }
    const garbage = randomBytes(100_000, 3);

    const archives: ArchiveFormat[] = [
      "tar",
      "tar.gz",
      "tar.bz2",
      "tar.xz",
      "tar.zst",
      "tar.lz4",
      "tar.br",
      "tar.zz",
      "tar.lz",
      "zip",
    ];
    for (const fmt of archives) {
      await t.step(step(fmt, fmt, async () => {
        const full = await Deno.readFile(join(work, `a.${fmt}`));
        const cut = join(work, `cut.${fmt}`);
        await Deno.writeFile(cut, full.subarray(0, Math.floor(full.length * 0.6)));
        await expectArchiveError(extractArchive(cut, join(work, `o-cut-${fmt}`), fmt), "truncated");
        // brotli and plain tar carry no checksum over file data: only truncation applies
        if (fmt !== "tar.br" && fmt !== "tar") {
          const flipped = full.slice();
          const at = Math.floor(full.length * 0.4);
          for (let i = at; i < at + 16; i++) flipped[i] ^= 0x5a;
          const bad = join(work, `flip.${fmt}`);
          await Deno.writeFile(bad, flipped);
          await expectArchiveError(
            extractArchive(bad, join(work, `o-flip-${fmt}`), fmt),
            "bit-flipped",
          );
        }
        const g = join(work, `garbage.${fmt}`);
        await Deno.writeFile(g, garbage);
        await expectArchiveError(extractArchive(g, join(work, `o-g-${fmt}`), fmt), "garbage");
      }));
    }
    const singles: CompressionFormat[] = ["gz", "bz2", "xz", "zst", "lz4", "br", "lz"];
    for (const fmt of singles) {
      await t.step(step(`single ${fmt}`, fmt, async () => {
        const full = await Deno.readFile(join(work, `r.bin.${fmt}`));
        const cut = join(work, `r-cut.${fmt}`);
        await Deno.writeFile(cut, full.subarray(0, Math.floor(full.length * 0.6)));
        await expectArchiveError(decompressFile(cut, join(work, `r-cut-out.${fmt}`), fmt), "cut");
        const g = join(work, `r-garbage.${fmt}`);
        await Deno.writeFile(g, garbage);
        await expectArchiveError(decompressFile(g, join(work, `r-g-out.${fmt}`), fmt), "garbage");
      }));
    }
    await t.step("empty input", async () => {
      const empty = join(work, "empty");
      await Deno.writeFile(empty, new Uint8Array(0));
      for (const fmt of ["tar", "tar.gz", "zip"] as const) {
        await expectArchiveError(extractArchive(empty, join(work, `o-e-${fmt}`), fmt), fmt);
      }
    });
    await t.step("missing source file", async () => {
      await expectArchiveError(
        extractArchive(join(work, "nope.tar"), join(work, "o-nope"), "tar"),
        "missing",
      );
    });
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});

/** An LZ4 frame (independent blocks, 64 KiB max) holding `blocks` as compressed blocks. */
function lz4Frame(blocks: Uint8Array[], end = true): Uint8Array {
  const desc = new Uint8Array([0x60, 0x40]);
  const parts: number[] = [0x04, 0x22, 0x4d, 0x18, ...desc, (xxh32(desc) >>> 8) & 0xff];
  for (const b of blocks) {
    parts.push(b.length & 0xff, (b.length >> 8) & 0xff, (b.length >> 16) & 0xff, 0, ...b);
  }
  if (end) parts.push(0, 0, 0, 0);
  return new Uint8Array(parts);
}

Deno.test("lz4: malformed blocks are refused (bounds checks), a valid crafted block decodes", async () => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-lz4-" });
  try {
    // valid: 4 literals "abcd", then a match of 8 at offset 4, then last literals "xyzw!"
    const good = lz4Frame([
      new Uint8Array([
        0x44,
        0x61,
        0x62,
        0x63,
        0x64,
        0x04,
        0x00,
        0x50,
        0x78,
        0x79,
        0x7a,
        0x77,
        0x21,
      ]),
    ]);
    await Deno.writeFile(join(work, "good.lz4"), good);
    await decompressFile(join(work, "good.lz4"), join(work, "good.out"), "lz4");
    assertEquals(await Deno.readTextFile(join(work, "good.out")), "abcdabcdabcdxyzw!");
    const bad: Record<string, Uint8Array> = {
      "match offset before the start": lz4Frame([
        new Uint8Array([0x40, 0x61, 0x62, 0x63, 0x64, 0xff, 0xff, 0x00]),
      ]),
      "zero match offset": lz4Frame([
        new Uint8Array([0x40, 0x61, 0x62, 0x63, 0x64, 0x00, 0x00, 0x00]),
      ]),
      "literal run past the block": lz4Frame([new Uint8Array([0xf0, 0xff, 0xff, 0x10, 0x61])]),
      "output beyond the block maximum": lz4Frame([
        new Uint8Array([0x1f, 0x61, 0x01, 0x00, ...new Array(300).fill(0xff), 0x00, 0x00]),
      ]),
      "missing end mark": lz4Frame([new Uint8Array([0x40, 0x61, 0x62, 0x63, 0x64])], false),
      "bad header checksum": (() => {
        const f = lz4Frame([new Uint8Array([0x10, 0x61])]);
        f[6] ^= 1;
        return f;
      })(),
    };
    for (const [what, bytes] of Object.entries(bad)) {
      const p = join(work, "bad.lz4");
      await Deno.writeFile(p, bytes);
      await expectArchiveError(decompressFile(p, join(work, "bad.out"), "lz4"), what);
    }
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});

Deno.test("formats without a decoder are refused with a clear reason", async () => {
  const work = await Deno.makeTempDir({ prefix: "gw-archive-unsup-" });
  try {
    const f = join(work, "x");
    await Deno.writeFile(f, new Uint8Array(10));
    const e = await expectArchiveError(decompressFile(f, join(work, "o"), "mz"), "mz");
    assert(e.message.includes("unsupported archive format mz"), e.message);
    const e3 = await expectArchiveError(extractArchive(f, join(work, "o3"), "tar.mz"), "tar.mz");
    assert(e3.message.includes("unsupported archive format tar.mz"), e3.message);
    const e2 = await expectArchiveError(
      extractArchive(f, join(work, "o2"), "bogus" as ArchiveFormat),
      "bogus",
    );
    assert(e2.message.includes("unsupported"), e2.message);
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});
