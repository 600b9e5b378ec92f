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
    "run (multiuser, root): tasksDir below a 0700 directory → 73 naming it; headlessTasks false without gdm3 (injected empty /etc) → 73",
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

      const etc = join(env.dir, "etc");
      await Deno.mkdir(etc);
      w = env.startWorker(await env.writeConfig({ engine: "multiuser", headlessTasks: false }), {
        GW_ETC_DIR: etc,
      });
      assertEquals(await w.exited, 73, w.output());
      assertStringIncludes(w.output(), "headlessTasks is false");
      assertStringIncludes(
        w.output(),
        `gdm3 is not installed here (no ${join(etc, "gdm3", "custom.conf")})`,
      );
      assertStringIncludes(w.output(), 'Set "headlessTasks": true');
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

Deno.test("exit 67 (reboot required) logs instanceReboot and reboots unless disableReboots; 68 without shutdownMachineOnIdle does nothing to the host", async () => {
  const { actOnExit } = await import("../../src/worker/lifecycle.ts");
  const { WorkerLog } = await import("../../src/worker/worker_log.ts");
  const lines: string[] = [];
  const log = new WorkerLog((l) => lines.push(l));
  const calls: string[] = [];
  const host = {
    shutdown: (cause: string) => Promise.resolve(void calls.push(`shutdown ${cause}`)),
    reboot: () => Promise.resolve(void calls.push("reboot")),
  };
  const config = { ...defaultConfig("multiuser", "linux"), workerType: "t", provisionerId: "p" };
  await actOnExit(67, config, log, undefined, host);
  assertEquals(calls, ["reboot"]);
  assert(lines.some((l) => l.includes('"eventType":"instanceReboot"')), lines.join("\n"));
  await actOnExit(67, { ...config, disableReboots: true }, log, undefined, host);
  assertEquals(calls, ["reboot"]);
  await actOnExit(68, config, log, undefined, host);
  await actOnExit(72, config, log, undefined, host);
  assertEquals(calls, ["reboot"]);
  await actOnExit(70, config, log, undefined, host);
  assertEquals(calls, ["reboot", "shutdown worker manager requested termination"]);
});
