/**
 * One serve-local per data directory: a second instance (in this process
 * or through the CLI) is refused naming the holder; closing frees the
 * directory; a lock whose process is gone is taken over.
 */
import { join } from "node:path";
import { assert, assertEquals, assertRejects, assertStringIncludes } from "../helpers/assert.ts";
import { runCli } from "../helpers/cli.ts";
import { DataDirLockedError, startLocalTaskcluster } from "../../src/localtc/mod.ts";

Deno.test({
  name:
    "a second service on the same data dir is refused; close frees it; a stale lock is taken over",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const dataDir = await Deno.makeTempDir({ prefix: "localtc-lock-" });
    try {
      const first = await startLocalTaskcluster({ dataDir });
      try {
        const e = await assertRejects(() => startLocalTaskcluster({ dataDir }));
        assert(e instanceof DataDirLockedError, String(e));
        assertEquals(e.pid, Deno.pid);
        const cli = await runCli(["serve-local", "--port", "0", "--data-dir", dataDir]);
        assert(cli.code !== 0);
        assertStringIncludes(
          cli.stderr,
          `data directory ${dataDir} is in use by another serve-local (pid ${Deno.pid})`,
        );
      } finally {
        await first.close();
      }
      const again = await startLocalTaskcluster({ dataDir });
      await again.close();
      // a lock left by a process that is gone
      const dead = new Deno.Command("true").spawn();
      const deadPid = dead.pid;
      await dead.status;
      await Deno.writeTextFile(join(dataDir, "lock"), `${deadPid}\n`);
      const taken = await startLocalTaskcluster({ dataDir });
      assertEquals((await Deno.readTextFile(join(dataDir, "lock"))).trim(), String(Deno.pid));
      await taken.close();
      await assertRejects(() => Deno.stat(join(dataDir, "lock")));
    } finally {
      await Deno.remove(dataDir, { recursive: true });
    }
  },
});
