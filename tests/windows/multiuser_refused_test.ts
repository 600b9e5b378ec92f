/**
 * On Windows the multiuser engine refuses to start (exit 73) with the
 * reason (commands as a task user are not implemented), through the real
 * CLI, before claiming anything; the insecure engine is the Windows engine
 * here (tests/windows/wine_e2e_test.ts). Runs under Wine and on Windows.
 */
import { join } from "node:path";
import { assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { windowsOnly } from "../helpers/platform.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";

Deno.test({
  name: "windows: run with the multiuser engine exits 73 naming the reason",
  ...windowsOnly("the Windows multiuser refusal"),
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const w = env.startWorker(
        await env.writeConfig({ engine: "multiuser", headlessTasks: true }),
      );
      assertEquals(await w.exited, 73, w.output());
      assertStringIncludes(
        w.output(),
        "the multiuser engine cannot run task commands as a task user",
      );
      assertStringIncludes(w.output(), '"engine": "insecure"');
      // nothing was claimed: no task directory
      const tasks: string[] = [];
      try {
        for await (const e of Deno.readDir(join(env.dir, "tasks"))) tasks.push(e.name);
      } catch { /* never created */ }
      assertEquals(tasks, []);
    } finally {
      await env.close();
    }
  },
});
