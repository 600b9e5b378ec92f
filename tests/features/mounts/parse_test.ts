import {
  contentString,
  parseContent,
  parseMounts,
  requiredSha256,
} from "../../../src/features/mounts/parse.ts";
import { goQuote, goSyntax, osErrorText } from "../../../src/features/mounts/text.ts";
import { assertEquals, assertThrows } from "../../helpers/assert.ts";

const TASK_A = "KTBKfEgxR5GdfIIREQIvFQ";
const TASK_B = "Pe0HVTT3T7iWm1wxPxIk9A";

Deno.test("parseMounts: mount type by key presence, content type by key, in the Go order", () => {
  const p = parseMounts([
    { cacheName: "cargo", directory: "cache/cargo" },
    { cacheName: "pre", directory: "pre", content: { url: "https://x/y.tgz" }, format: "tar.gz" },
    { directory: "src", content: { taskId: TASK_A, artifact: "public/src.zip" }, format: "zip" },
    { file: "a.txt", content: { raw: "hello" } },
    { file: "b.txt", content: { base64: "aGVsbG8=" } },
    { file: "c.gz", content: { namespace: "proj.latest", artifact: "public/c.gz" }, format: "gz" },
    // taskId wins over url when both are there (Go checks taskId first)
    { file: "d", content: { url: "https://x/d", taskId: TASK_B, artifact: "d", sha256: "ab" } },
  ], [TASK_A, TASK_B]);
  assertEquals(p.error, undefined);
  assertEquals(p.mounts.map((m) => m.kind), [
    "writableDirectoryCache",
    "writableDirectoryCache",
    "readOnlyDirectory",
    "fileMount",
    "fileMount",
    "fileMount",
    "fileMount",
  ]);
  assertEquals(p.mounts.map((m) => m.content ? contentString(m.content) : "<nil>"), [
    "<nil>",
    "url https://x/y.tgz",
    `task ${TASK_A} artifact public/src.zip`,
    "Raw (hello)",
    "Base64 (aGVsbG8=)",
    "namespace proj.latest artifact public/c.gz",
    `task ${TASK_B} artifact d`,
  ]);
  assertEquals(p.requiredScopes, [["generic-worker:cache:cargo", "generic-worker:cache:pre"]]);
  assertEquals(p.mounts[6].content && requiredSha256(p.mounts[6].content), "ab");
});

Deno.test("parseMounts: no writable caches -> no scopes; empty list is fine", () => {
  assertEquals(parseMounts([], []), { mounts: [], error: undefined, requiredScopes: [] });
  assertEquals(parseMounts([{ file: "f", content: { raw: "" } }], []).requiredScopes, []);
});

Deno.test("parseMounts: artifact of a task missing from task.dependencies -> the Go text", () => {
  const p = parseMounts([
    { file: "x", content: { taskId: TASK_A, artifact: "public/x" } },
    { directory: "y", content: { taskId: TASK_B, artifact: "public/y.zip" }, format: "zip" },
  ], [TASK_A]);
  assertEquals(
    p.error,
    `[mounts] task.dependencies needs to include ${TASK_B} since one or more of its artifacts are mounted`,
  );
  // indexed content never needs a dependency
  assertEquals(
    parseMounts([{ file: "x", content: { namespace: "a.b", artifact: "public/x" } }], []).error,
    undefined,
  );
});

Deno.test("parseMounts: deferred errors worded as the Go worker does", () => {
  assertEquals(
    parseMounts(["oops"], []).error,
    `could not read task mount 0: "oops"\njson: cannot unmarshal string into Go value of type map[string]interface {}`,
  );
  assertEquals(
    parseMounts([{ nothing: 1, other: "x" }], []).error,
    `unrecognised mount entry in payload - map[string]interface {}{"nothing":1, "other":"x"}`,
  );
  assertEquals(
    parseMounts([{ file: "f", content: { sha256: "ab" } }], []).error,
    "unrecognised mount entry in payload",
  );
  assertEquals(
    parseMounts([{ cacheName: 7, directory: "d" }], []).error,
    "json: cannot unmarshal number into Go struct field WritableDirectoryCache.cacheName of type string",
  );
  assertEquals(
    parseMounts([{ file: "f", content: { url: ["x"] } }], []).error,
    "json: cannot unmarshal array into Go struct field URLContent.url of type string",
  );
  // a content error leaves nothing to mount and no scopes to check
  const p = parseMounts(
    [{ cacheName: "c", directory: "d", content: { what: 1 }, format: "tar" }],
    [],
  );
  assertEquals([p.mounts.length, p.requiredScopes], [0, []]);
});

Deno.test("parseContent: null values count as absent keys", () => {
  assertEquals(parseContent({ taskId: null, url: "u" }), { kind: "url", url: "u", sha256: "" });
  assertThrows(() => parseContent(null));
});

Deno.test("text helpers: %q, %#v, OS error texts", () => {
  assertEquals(goQuote('a "b"\n\\'), '"a \\"b\\"\\n\\\\"');
  assertEquals(
    goSyntax({ b: [1, "x"], a: null, c: { d: true } }),
    'map[string]interface {}{"a":interface {}(nil), "b":[]interface {}{1, "x"}, "c":map[string]interface {}{"d":true}}',
  );
  assertEquals(
    osErrorText(new Error("No such file or directory (os error 2): rename '/a' -> '/b'")),
    "no such file or directory",
  );
});
