/**
 * The host MIME database reader (Go's mime type_unix.go rules) over temp
 * files: globs2 first-entry-wins and builtins kept, mime.types only without
 * globs2 and later entries winning, charset added to text types.
 */
import { join } from "node:path";
import {
  loadSystemMimeTypes,
  normaliseMediaType,
  parseGlobs2,
  parseMimeTypes,
} from "../../src/platform/mime.ts";
import { assertEquals } from "../helpers/assert.ts";

Deno.test("mime: media types are normalised as Go stores them", () => {
  assertEquals(normaliseMediaType("text/plain"), "text/plain; charset=utf-8");
  assertEquals(normaliseMediaType("Text/HTML"), "text/html; charset=utf-8");
  assertEquals(normaliseMediaType("text/plain; charset=latin1"), "text/plain; charset=latin1");
  assertEquals(normaliseMediaType("application/json"), "application/json");
  assertEquals(normaliseMediaType("nonsense"), undefined);
});

Deno.test("mime: globs2 keeps the first (heaviest) entry and skips real globs", () => {
  const t = new Map<string, string>();
  parseGlobs2(
    [
      "# comment",
      "80:text/html:*.html",
      "50:application/xhtml+xml:*.html",
      "50:application/x-foo:*.fo?",
      "50:application/x-core:core",
      "50:application/gzip:*.gz",
      "50:application/x-compressed-tar:*.tar.gz",
    ].join("\n"),
    t,
  );
  assertEquals(t.get(".html"), "text/html; charset=utf-8");
  assertEquals(t.get(".gz"), "application/gzip");
  assertEquals(t.get(".tar.gz"), "application/x-compressed-tar");
  assertEquals(t.has(".fo?"), false);
  assertEquals(t.size, 3);
});

Deno.test("mime: mime.types lines, comments, later entries win", () => {
  const t = new Map<string, string>();
  parseMimeTypes(
    "# x\ntext/plain txt text # trailing\napplication/x-a aa\napplication/x-b aa\nlonely\n",
    t,
  );
  assertEquals(t.get(".txt"), "text/plain; charset=utf-8");
  assertEquals(t.get(".text"), "text/plain; charset=utf-8");
  assertEquals(t.get(".aa"), "application/x-b");
  assertEquals(t.has(".#"), false);
});

Deno.test({
  name: "mime: globs2 wins over mime.types; builtins are not overridden by globs2",
  ignore: Deno.build.os === "windows",
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const globs = join(dir, "globs2");
      const types = join(dir, "mime.types");
      await Deno.writeTextFile(globs, "50:application/x-weird-json:*.json\n50:text/x-log:*.log\n");
      await Deno.writeTextFile(types, "application/x-from-types json tgz\n");
      const preset = new Map([[".json", "application/json"]]);
      const withGlobs = loadSystemMimeTypes({
        globsFiles: [join(dir, "missing"), globs],
        typesFiles: [types],
        preset,
      });
      assertEquals(withGlobs.get(".json"), undefined, "a builtin must win over globs2");
      assertEquals(withGlobs.get(".log"), "text/x-log; charset=utf-8");
      assertEquals(withGlobs.get(".tgz"), undefined, "mime.types is not read when globs2 exists");
      const typesOnly = loadSystemMimeTypes({ globsFiles: [], typesFiles: [types], preset });
      assertEquals(typesOnly.get(".json"), "application/x-from-types", "mime.types overrides");
      assertEquals(typesOnly.get(".tgz"), "application/x-from-types");
      assertEquals(loadSystemMimeTypes({ globsFiles: [], typesFiles: [] }).size, 0);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
