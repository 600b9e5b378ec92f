/**
 * Artifact content types and encodings (spec 10.2, 10.3) for a table of
 * extensions, on an empty host database (deterministic: Go builtins, the
 * worker's custom map, the common table) and with a host table.
 */
import { contentEncodingOf, goExt, MimeTypes } from "../../../src/features/artifacts/content.ts";
import { assertEquals } from "../../helpers/assert.ts";

Deno.test("content type: explicit, custom map, Go builtins, common table, octet-stream", () => {
  const m = new MimeTypes(new Map());
  const cases: [string, string][] = [
    ["public/build.log", "text/plain"],
    ["x/events.jsonl", "application/jsonl"],
    ["a/b.LOG", "text/plain"],
    ["report.html", "text/html; charset=utf-8"],
    ["REPORT.HTML", "text/html; charset=utf-8"],
    ["data.json", "application/json"],
    ["pic.jpg", "image/jpeg"],
    ["pic.png", "image/png"],
    ["app.js", "text/javascript; charset=utf-8"],
    ["style.css", "text/css; charset=utf-8"],
    ["doc.pdf", "application/pdf"],
    ["feed.xml", "text/xml; charset=utf-8"],
    ["mod.wasm", "application/wasm"],
    ["notes.txt", "text/plain; charset=utf-8"],
    ["dist.tar", "application/x-tar"],
    ["dist.tar.gz", "application/gzip"],
    ["dist.zip", "application/zip"],
    ["dist.tar.zst", "application/zstd"],
    ["table.csv", "text/csv; charset=utf-8"],
    ["binary", "application/octet-stream"],
    ["weird.qqqq", "application/octet-stream"],
    [".bashrc", "application/octet-stream"],
  ];
  for (const [path, type] of cases) assertEquals(m.contentTypeOf(path), type, path);
  assertEquals(m.contentTypeOf("x.log", "application/x-explicit"), "application/x-explicit");
});

Deno.test("content type: the host table is consulted case-sensitively, then lower-cased", () => {
  const m = new MimeTypes(
    new Map([[".yml", "application/x-yaml"], [".Z", "application/x-compress"]]),
  );
  assertEquals(m.contentTypeOf("ci.yml"), "application/x-yaml");
  assertEquals(m.contentTypeOf("ci.YML"), "application/x-yaml");
  assertEquals(m.contentTypeOf("old.Z"), "application/x-compress");
  // host entries override the common table, builtins stay for what the host lacks
  assertEquals(m.contentTypeOf("a.json"), "application/json");
});

Deno.test("content encoding: explicit wins; the skip list is case-sensitive", () => {
  const identity = [
    ".7z",
    ".br",
    ".aab",
    ".apk",
    ".bz2",
    ".deb",
    ".dmg",
    ".flv",
    ".gif",
    ".gz",
    ".jar",
    ".jpeg",
    ".jpg",
    ".lz",
    ".lz4",
    ".mz",
    ".npz",
    ".pkg",
    ".png",
    ".swf",
    ".sz",
    ".tbz",
    ".tgz",
    ".wasm",
    ".webp",
    ".whl",
    ".woff",
    ".woff2",
    ".xpi",
    ".xz",
    ".zip",
    ".zst",
    ".zz",
  ];
  for (const ext of identity) assertEquals(contentEncodingOf(`f${ext}`), "identity", ext);
  for (const path of ["f.txt", "f.log", "f.json", "f.ZIP", "f.GZ", "f.tar", "noext", "f.html"]) {
    assertEquals(contentEncodingOf(path), "gzip", path);
  }
  assertEquals(contentEncodingOf("f.zip", "gzip"), "gzip");
  assertEquals(contentEncodingOf("f.txt", "identity"), "identity");
});

Deno.test("goExt follows Go's filepath.Ext", () => {
  assertEquals(goExt("a/b.tar.gz"), ".gz");
  assertEquals(goExt(".bashrc"), ".bashrc");
  assertEquals(goExt("dir.d/file"), "");
  assertEquals(goExt("file."), ".");
  assertEquals(goExt("noext"), "");
});
