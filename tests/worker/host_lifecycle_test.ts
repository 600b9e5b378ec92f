/**
 * End to end without worker-runner: an idle timeout (68) and an internal
 * error (69) shut the host down only when `shutdownMachineOnIdle` /
 * `shutdownMachineOnInternalError` say so, with Go's command, here a
 * stand-in `shutdown` on PATH that records its arguments (the machine is
 * never shut down); both log the `instanceShutdown` metrics event.
 */
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { shutdownCommand } from "../../src/platform/host.ts";
import { standIns } from "../helpers/host_standins.ts";

async function recorded(file: string): Promise<string> {
  return await Deno.readTextFile(file).catch(() => "");
}

Deno.test({
  name:
    "idle timeout 68 and internal error 69 shut the host down (stand-in) only when configured; instanceShutdown metrics",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    const { dir, record } = await standIns();
    try {
      const PATH = `${dir}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`;
      const root = Deno.uid() === 0;
      // guard: what the worker will run is the stand-in, never the real shutdown
      const cmd = shutdownCommand("x", { engine: "insecure", path: PATH });
      assertEquals(cmd[0], join(dir, root ? "shutdown" : "sudo"));
      const expect = (cause: string) =>
        (root ? "shutdown\n" : `sudo\n${join(dir, "shutdown")}\n`) + `-h\nnow\n${cause}\n--\n`;

      let w = env.startWorker(await env.writeConfig({ idleTimeoutSecs: 1 }), { PATH });
      assertEquals(await w.exited, 68, w.output());
      assertStringIncludes(w.output(), '"eventType":"instanceShutdown"');
      assertEquals(await recorded(record), "", "shut down although shutdownMachineOnIdle is false");

      w = env.startWorker(
        await env.writeConfig({ idleTimeoutSecs: 1, shutdownMachineOnIdle: true }),
        { PATH },
      );
      assertEquals(await w.exited, 68, w.output());
      assertEquals(await recorded(record), expect("generic-worker idle timeout"));
      assertStringIncludes(w.output(), "Immediate shutdown being issued...");
      await Deno.remove(record);

      const file = join(env.dir, "a-file");
      await Deno.writeTextFile(file, "");
      w = env.startWorker(
        await env.writeConfig({ tasksDir: join(file, "t"), shutdownMachineOnInternalError: true }),
        { PATH },
      );
      assertEquals(await w.exited, 69, w.output());
      assertStringIncludes(w.output(), "Could not create tasks directory");
      assertStringIncludes(w.output(), '"eventType":"instanceShutdown"');
      assertEquals(await recorded(record), expect("generic-worker internal error"));
      assert(w.output().indexOf("Exiting worker with exit code 69") >= 0, w.output());
    } finally {
      await Deno.remove(dir, { recursive: true }).catch(() => {});
      await env.close();
    }
  },
});
