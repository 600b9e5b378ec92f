/**
 * The interactive shell behind websocktunnel, end to end: a real CLI worker
 * configured with serve-local's websocktunnel server (`wstServerURL`,
 * `wstAudience`) and a `publicIP` nobody can reach publishes shell.html with
 * the tunnel's socket URL (Go: the exposer's URL joined with `/shell/<secret>`,
 * http → ws); a client connected through the tunnel drives bash in the task;
 * the shell server itself listens on 127.0.0.1 only.
 */
import { assert, assertEquals } from "../../helpers/assert.ts";
import { ShellClient, waitFor } from "../../helpers/shell_client.ts";
import { WorkerEnv } from "../../helpers/worker_env.ts";

const hasScript = (() => {
  try {
    return Deno.statSync("/usr/bin/script").isFile;
  } catch {
    return false;
  }
})();
if (!hasScript) {
  console.warn("shell_tunnel_e2e_test.ts: needs /usr/bin/script (util-linux); skipped");
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

Deno.test({
  name: "interactive shell through websocktunnel: shell.html points at the tunnel, bash answers",
  ignore: Deno.build.os !== "linux" || !hasScript,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const wst = env.tc.websocktunnel;
      const port = freePort();
      const taskId = await env.createTask({
        command: [["/bin/bash", "-c", "until [ -e done ]; do sleep 0.2; done"]],
        maxRunTime: 120,
        features: { interactive: true },
      });
      const cfg = await env.writeConfig({
        numberOfTasksToRun: 1,
        enableInteractive: true,
        interactivePort: port,
        wstServerURL: wst.url,
        wstAudience: wst.audience,
        publicIP: "192.0.2.1",
      });
      const worker = env.startWorker(cfg);
      const url = await waitFor(async () => {
        const a = await env.queue.latestArtifact(taskId, "private/generic-worker/shell.html");
        return "url" in a && a.url ? String(a.url) : undefined;
      }, 60_000);
      const socketUrl = new URL(url).searchParams.get("socketUrl")!;
      const wsBase = wst.url.replace(/^http/, "ws");
      const m = new RegExp(`^${wsBase}/local\\.local-worker\\.${port}/shell/([A-Za-z0-9_-]{22})$`)
        .exec(socketUrl);
      assert(m, `the socket URL is not the tunnel's: ${socketUrl}`);
      assert(!socketUrl.includes("192.0.2.1"));
      // nothing listens publicly: the port answers on 127.0.0.1 only (checked where another
      // loopback address reaches a socket bound to 0.0.0.0, the control)
      const reaches = (p: number) =>
        Deno.connect({ hostname: "127.0.0.2", port: p }).then((c) => {
          c.close();
          return true;
        }, () => false);
      const control = Deno.listen({ hostname: "0.0.0.0", port: 0 });
      const controlWorks = await reaches((control.addr as Deno.NetAddr).port);
      control.close();
      if (controlWorks) {
        assertEquals(await reaches(port), false, "the shell server must listen on 127.0.0.1 only");
      } else console.warn("127.0.0.2 unreachable here: the bind address was not checked");

      const shell = await ShellClient.open(socketUrl);
      await shell.run("echo id=$TASK_ID", new RegExp(`id=${taskId}`));
      await shell.run("touch done && echo touched", /touched/);
      shell.close();
      assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
      assertEquals(await worker.exited, 0, worker.output());
    } finally {
      await env.close();
    }
  },
});
