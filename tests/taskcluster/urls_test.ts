/** Root-URL handling like taskcluster-lib-urls. */
import {
  api,
  apiReference,
  docs,
  normalizeRootUrl,
  schema,
  taskRunUi,
  taskUi,
  ui,
} from "../../src/taskcluster/urls.ts";
import { assertEquals } from "../helpers/assert.ts";

Deno.test("urls: api URLs with any number of trailing/leading slashes", () => {
  for (
    const root of ["https://tc.example.com", "https://tc.example.com/", "https://tc.example.com//"]
  ) {
    for (const p of ["task/abc", "/task/abc", "//task/abc"]) {
      assertEquals(api(root, "queue", "v1", p), "https://tc.example.com/api/queue/v1/task/abc");
    }
  }
  assertEquals(
    api("http://127.0.0.1:8080/", "purge-cache", "v1", ""),
    "http://127.0.0.1:8080/api/purge-cache/v1/",
  );
  assertEquals(normalizeRootUrl("https://x.y/a//"), "https://x.y/a");
});

Deno.test("urls: references, docs, schemas and UI links", () => {
  const root = "https://tc.example.com/";
  assertEquals(
    apiReference(root, "queue", "v1"),
    "https://tc.example.com/references/queue/v1/api.json",
  );
  assertEquals(docs(root, "/reference"), "https://tc.example.com/docs/reference");
  assertEquals(
    schema(root, "queue", "/v1/task.json"),
    "https://tc.example.com/schemas/queue/v1/task.json",
  );
  assertEquals(ui(root, "/tasks/abc"), "https://tc.example.com/tasks/abc");
  assertEquals(taskUi(root, "abc"), "https://tc.example.com/tasks/abc");
  assertEquals(taskRunUi(root, "abc", 2), "https://tc.example.com/tasks/abc/runs/2");
});
