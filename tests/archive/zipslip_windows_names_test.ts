/**
 * Zip-slip by Windows path rules (issue 11, defect 1): crafted tar and zip
 * archives whose entry names climb out with backslashes (`..\evil.txt`,
 * `sub\..\..\evil2.txt`), carry a drive letter (`C:x`, `C:\x`) or a UNC
 * prefix (`\\server\share\x`) are refused on every platform, and nothing
 * is written outside the destination (also checked on Windows, where the
 * backslash is a real separator). A name that is harmless under the host's
 * rules (`a\b` on posix, `a\b` on Windows meaning a/b) is extracted.
 */
import { join } from "node:path";
import { ArchiveError, extractArchive } from "../../src/archive/mod.ts";
import { hostPathRules } from "../../src/platform/paths.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { type Crafted, craftTar, craftZip, exists, listDir } from "./crafted.ts";

const EVIL: [string, Crafted[]][] = [
  ["..\\evil.txt", [{ name: "..\\evil.txt", type: "file", data: "pwned" }]],
  ["sub\\..\\..\\evil2.txt", [
    { name: "sub/", type: "dir" },
    { name: "sub\\..\\..\\evil2.txt", type: "file", data: "pwned" },
  ]],
  ["deep/..\\..\\evil3.txt (mixed separators)", [
    { name: "deep/..\\..\\evil3.txt", type: "file", data: "pwned" },
  ]],
  ["C:x (drive-relative)", [{ name: "C:evil4.txt", type: "file", data: "pwned" }]],
  ["C:\\x (drive-absolute)", [{ name: "C:\\evil5.txt", type: "file", data: "pwned" }]],
  ["\\\\server\\share\\x (UNC)", [
    { name: "\\\\127.0.0.1\\share\\evil6.txt", type: "file", data: "pwned" },
  ]],
  ["\\x (rooted)", [{ name: "\\evil7.txt", type: "file", data: "pwned" }]],
  ["directory ..\\ ", [{ name: "..\\evildir\\", type: "dir" }]],
  ["symlink target ..\\..\\", [
    { name: "a/", type: "dir" },
    { name: "a/esc", type: "symlink", target: "..\\..\\outside" },
  ]],
];

for (const kind of ["tar", "zip"] as const) {
  Deno.test(`${kind}: backslash, drive-letter and UNC entry names are refused (${hostPathRules()} host)`, async (t) => {
    for (const [label, entries] of EVIL) {
      await t.step(label, async () => {
        const work = await Deno.makeTempDir({ prefix: "gw-slip-win-" });
        try {
          const dest = join(work, "d", "dest");
          await Deno.mkdir(join(work, "d"));
          const file = join(work, `a.${kind}`);
          await Deno.writeFile(file, kind === "zip" ? craftZip(entries) : craftTar(entries));
          let err: unknown;
          try {
            await extractArchive(file, dest, kind);
          } catch (e) {
            err = e;
          }
          assert(err instanceof ArchiveError, `expected ArchiveError, got ${err}`);
          assert(/illegal (file path|symlink target)/.test(err.message), err.message);
          // nothing beside dest, nothing beside the archive
          assertEquals(await listDir(join(work, "d")), ["dest"]);
          assertEquals(await listDir(work), [`a.${kind}`, "d"]);
          for (const n of ["evil.txt", "evil2.txt", "evil3.txt", "evil4.txt", "evildir"]) {
            assert(!(await exists(join(work, n))), `${n} written outside`);
          }
        } finally {
          await Deno.remove(work, { recursive: true });
        }
      });
    }
  });
}

Deno.test("zip: a name with a backslash that stays inside is extracted by the host's rules", async () => {
  const work = await Deno.makeTempDir({ prefix: "gw-slip-win-ok-" });
  try {
    const file = join(work, "a.zip");
    await Deno.writeFile(
      file,
      craftZip([{ name: "a\\b.txt", type: "file", data: "fine" }, {
        name: "x\\..\\y.txt",
        type: "file",
        data: "y",
      }]),
    );
    const dest = join(work, "dest");
    await extractArchive(file, dest, "zip");
    if (hostPathRules() === "windows") {
      assertEquals(await Deno.readTextFile(join(dest, "a", "b.txt")), "fine");
      assertEquals(await Deno.readTextFile(join(dest, "y.txt")), "y");
    } else {
      // a backslash is an ordinary character of a posix name
      assertEquals(await listDir(dest), ["a\\b.txt", "x\\..\\y.txt"]);
      assertEquals(await Deno.readTextFile(join(dest, "a\\b.txt")), "fine");
    }
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});

Deno.test("zip: a climbing name gets Go's exact text; the stricter rules name their reason", async () => {
  const work = await Deno.makeTempDir({ prefix: "gw-slip-win-text-" });
  try {
    const cases: [string, string][] = [
      ["..\\evil.txt", "illegal file path in archive: ..\\evil.txt"],
      ["../evil.txt", "illegal file path in archive: ../evil.txt"],
      ["C:evil.txt", "illegal file path in archive: C:evil.txt (drive-qualified path)"],
      ["/abs.txt", "illegal file path in archive: /abs.txt (absolute path)"],
    ];
    for (const [name, text] of cases) {
      const file = join(work, "a.zip");
      await Deno.writeFile(file, craftZip([{ name, type: "file", data: "x" }]));
      let err: unknown;
      try {
        await extractArchive(file, join(work, "dest"), "zip");
      } catch (e) {
        err = e;
      }
      assert(err instanceof ArchiveError, `${name}: expected ArchiveError, got ${err}`);
      assertEquals(err.message, text);
    }
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});
