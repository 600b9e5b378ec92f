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

Deno.test({
  name: "deno task demo fails fast with the worker's last lines when the worker exits early",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const root = fileURLToPath(new URL("../", import.meta.url));
    const started = Date.now();
    // the worker stops after one task while the other examples are still pending
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["task", "demo"],
      cwd: root,
      env: {
        NO_COLOR: "1",
        DEMO_CONFIG_OVERRIDES: JSON.stringify({ numberOfTasksToRun: 1 }),
        DEMO_TIMEOUT_SECONDS: "120",
      },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    const dir = text.match(/^demo directory: (.+)$/m)?.[1];
    try {
      assertEquals(out.code, 1, text);
      assertStringIncludes(text, "demo FAILED: the worker exited with code 0 before");
      assertStringIncludes(text, "last lines of the worker's log");
      // the worker's own output reached the log file and the tail (it was always empty before)
      const lines = text.split("\n").filter((l) => l.startsWith("  | ") && l.length > 4);
      assertEquals(lines.length > 0, true, text);
      const log = await Deno.readTextFile(`${dir}/worker.log`);
      assertEquals(log.length > 0, true);
      assertStringIncludes(log, lines[lines.length - 1].slice(4));
      // failing fast: far less than the 120 s timeout
      assertEquals(Date.now() - started < 100_000, true);
    } finally {
      if (dir) await Deno.remove(dir, { recursive: true }).catch(() => {});
    }
  },
});
