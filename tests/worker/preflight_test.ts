/**
 * Start-up refusals (exit 73): the multiuser engine not running as root, a
 * tasks directory below a directory task users cannot enter, and
 * `headlessTasks: false` where no desktop session can be had.
 */
import { join } from "node:path";
import { assert, assertEquals, assertRejects, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { defaultConfig } from "../../src/config/load.ts";
import { REAL_HOST, refuseImpossibleSetup } from "../../src/worker/preflight.ts";
import { WorkerExit } from "../../src/exit_codes.ts";

const isRoot = Deno.build.os !== "windows" && Deno.uid() === 0;

Deno.test("a multiuser worker that is not root is refused with 73; the insecure engine is not checked", async () => {
  const config = { ...defaultConfig("multiuser", "linux"), headlessTasks: true, tasksDir: "/tmp" };
  const host = { ...REAL_HOST, runsAsRoot: () => false };
  const e = await assertRejects(() => refuseImpossibleSetup(config, host), "must run as root");
  assert(e instanceof WorkerExit);
  assertEquals(e.code, 73);
  await refuseImpossibleSetup({ ...config, engine: "insecure", headlessTasks: false }, host);
});

Deno.test({
  name:
    "run (multiuser, root): tasksDir below a 0700 directory → 73 naming it; headlessTasks false without gdm3 → 73",
  ignore: !isRoot,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const closed = join(env.dir, "closed");
      await Deno.mkdir(closed, { mode: 0o700 });
      await Deno.chmod(closed, 0o700);
      await Deno.chmod(env.dir, 0o755);
      let w = env.startWorker(
        await env.writeConfig({ engine: "multiuser", tasksDir: join(closed, "tasks") }),
      );
      assertEquals(await w.exited, 73, w.output());
      assertStringIncludes(w.output(), `task users cannot reach tasksDir ${join(closed, "tasks")}`);
      assertStringIncludes(w.output(), `${closed} (mode 0700)`);

      let gdm3 = false;
      try {
        gdm3 = (await Deno.stat("/etc/gdm3")).isDirectory;
      } catch {
        // absent
      }
      if (gdm3) {
        console.log(
          "skipped the headlessTasks half: this host has /etc/gdm3 (desktop mode available)",
        );
        return;
      }
      w = env.startWorker(await env.writeConfig({ engine: "multiuser", headlessTasks: false }));
      assertEquals(await w.exited, 73, w.output());
      assertStringIncludes(w.output(), "headlessTasks is false");
      assertStringIncludes(w.output(), "gdm3 is not installed");
    } finally {
      await env.close();
    }
  },
});

Deno.test("multiuser where the platform cannot do it (Windows) is refused with 73 and the reason", async () => {
  const config = { ...defaultConfig("multiuser", "linux"), headlessTasks: true, tasksDir: "/tmp" };
  const host = { ...REAL_HOST, multiuserUnavailableReason: () => "no task users here" };
  const e = await assertRejects(
    () => refuseImpossibleSetup(config, host),
    "Invalid engine config: no task users here",
  );
  assert(e instanceof WorkerExit);
  assertEquals(e.code, 73);
  await refuseImpossibleSetup({ ...config, engine: "insecure" }, host);
});
