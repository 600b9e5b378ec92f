/** `deno task demo` runs to completion: serve-local, a worker, the examples, expected resolutions. */
import { fileURLToPath } from "node:url";
import { assertEquals, assertStringIncludes } from "./helpers/assert.ts";

Deno.test({
  name: "deno task demo runs every example to its expected resolution",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const root = fileURLToPath(new URL("../", import.meta.url));
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["task", "demo"],
      cwd: root,
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    assertEquals(out.code, 0, text + new TextDecoder().decode(out.stderr));
    for (
      const line of ["hello world: completed", "failing command: failed", "artifacts: completed"]
    ) {
      assertStringIncludes(text, line);
    }
    assertStringIncludes(text, "max run time exceeded: failed");
    assertStringIncludes(text, "follow its log with: curl http://127.0.0.1:");
    assertStringIncludes(text, "artifact public/results/nested/detail.txt (s3");
    assertStringIncludes(text, "demo finished: every task resolved as expected");
  },
});
