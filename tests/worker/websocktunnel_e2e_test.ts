/**
 * End to end: a real CLI worker configured with `wstServerURL`/`wstAudience`
 * (serve-local's websocktunnel server, tokens from its auth
 * `websocktunnelToken`) and a `publicIP` nobody can reach. Its live log
 * server listens on 127.0.0.1 only; the live log artifact is the tunnel URL
 * (Go's shape `<server>/<workerGroup>.<workerId>.<port>/log/<token>`); a
 * client following it through the tunnel gets bytes identical to
 * live_backing.log; the tunnel dropped mid-task reconnects under the same
 * URL; `/status` answers through it too. A server that refuses the token
 * (another deployment's secret) is a clear worker-log error and the task
 * still completes.
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { startWebsocktunnel } from "../../src/localtc/websocktunnel.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

async function waitFor<T>(fn: () => Promise<T | undefined> | T | undefined, ms = 60_000) {
  const t0 = Date.now();
  for (;;) {
    const v = await Promise.resolve().then(fn).catch(() => undefined);
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() - t0 > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether a socket bound to 0.0.0.0 is reachable at 127.0.0.2 here (the control for the check). */
async function otherLoopbackWorks(): Promise<boolean> {
  const l = Deno.listen({ hostname: "0.0.0.0", port: 0 });
  try {
    const c = await Deno.connect({ hostname: "127.0.0.2", port: (l.addr as Deno.NetAddr).port });
    c.close();
    return true;
  } catch {
    return false;
  } finally {
    l.close();
  }
}

Deno.test({
  name:
    "websocktunnel e2e: live log through the tunnel is byte-identical to live_backing.log; a dropped tunnel reconnects",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const wst = env.tc.websocktunnel;
      const taskId = await env.createTask({
        command: sh(
          'i=0; while [ $i -lt 60 ]; do echo "line $i $(head -c 300 /dev/zero | tr "\\0" y)"; i=$((i+1)); sleep 0.1; done',
        ),
        maxRunTime: 120,
      });
      const cfg = await env.writeConfig({
        numberOfTasksToRun: 1,
        wstServerURL: wst.url,
        wstAudience: wst.audience,
        // nobody can reach this address: only the tunnel leads to the live log
        publicIP: "192.0.2.1",
      });
      const worker = env.startWorker(cfg);
      const url = await waitFor(async () => {
        const a = await env.queue.latestArtifact(taskId, "public/logs/live.log");
        return "url" in a && a.url ? String(a.url) : undefined;
      });
      const m = new RegExp(`^${wst.url}/local\\.local-worker\\.(\\d+)/log/[A-Za-z0-9_-]{22}$`)
        .exec(url);
      assert(m, `live log URL is not the tunnel's: ${url}`);
      const port = Number(m[1]);
      assertStringIncludes(
        worker.output(),
        `Live log and status server listening on 127.0.0.1:${port}, exposed through websocktunnel ${wst.url}`,
      );
      assert(!url.includes("192.0.2.1"));
      if (await otherLoopbackWorks()) {
        // bound to 127.0.0.1 only: not reachable at another address of this host
        let reached = true;
        await Deno.connect({ hostname: "127.0.0.2", port }).then((c) => c.close(), () => {
          reached = false;
        });
        assert(!reached, "the live log port is reachable beyond 127.0.0.1");
      } else {
        console.log("skipped the 127.0.0.2 reachability check: 127.0.0.2 is not routed to lo here");
      }

      // status through the tunnel
      const base = url.replace(/\/log\/[^/]+$/, "");
      const status = await (await fetch(`${base}/status`)).json();
      assertEquals(status.currentTasks, [{ taskId, runId: 0 }]);

      // a follower cut by a dropped tunnel; the tunnel comes back under the same URL
      const cut = await fetch(url);
      const cutText = cut.text().catch(() => "(cut)");
      await new Promise((r) => setTimeout(r, 800));
      assertEquals(wst.dropClients(), 1);
      await cutText;
      await waitFor(() => wst.clients().length === 1 || undefined);

      // a new follower from byte 0 to the end, through the reconnected tunnel
      const r = await fetch(url);
      assertEquals(r.status, 200);
      assertEquals(r.headers.get("content-type"), "text/plain; charset=utf-8");
      const live = new Uint8Array(await r.arrayBuffer());
      assertEquals(await worker.exited, 0, worker.output());
      assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
      const d = await env.queue.getLatestArtifactContent(taskId, "public/logs/live_backing.log");
      const backing = new Uint8Array(await new Response(d.body).arrayBuffer());
      assertStringIncludes(new TextDecoder().decode(live), "line 59 ");
      assertEquals(live.length, backing.length, "live log and backing log differ in length");
      assert(live.every((b, i) => b === backing[i]), "live log bytes differ from the backing log");

      const log = worker.output();
      assertStringIncludes(
        log,
        `Connected to websocktunnel server ${wst.url} as local.local-worker.${port}`,
      );
      assertStringIncludes(log, "reconnecting");
      assertEquals(log.split("Connected to websocktunnel server").length - 1, 2, log);
      // after the task the artifact links to the backing log, as Go's does
      const arts = await env.artifacts(taskId);
      assertEquals(arts.get("public/logs/live.log")?.storageType, "link");
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name:
    "websocktunnel e2e: a server that refuses the token is a clear worker log error; the task completes",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    // a tunnel server of another deployment: same audience, different secret
    const other = startWebsocktunnel({
      secret: "another-deployment",
      audience: env.tc.websocktunnel.audience,
    });
    try {
      const taskId = await env.createTask({ command: sh("echo hello"), maxRunTime: 60 });
      const cfg = await env.writeConfig({
        numberOfTasksToRun: 1,
        wstServerURL: other.url,
        wstAudience: env.tc.websocktunnel.audience,
      });
      const worker = env.startWorker(cfg);
      assertEquals(await worker.exited, 0, worker.output());
      assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
      const log = worker.output();
      assertStringIncludes(
        log,
        `ERROR: the websocktunnel server ${other.url} refused the token for local.local-worker.`,
      );
      assertStringIncludes(log, "401 Unauthorized");
      // (the task's own "could not upload livelog artifact" warning appears only when the task
      // outlives the second refusal; a task that ends first simply has no live log URL)
      const arts = await env.artifacts(taskId);
      assertEquals(arts.get("public/logs/live.log")?.storageType, "link");
      assertStringIncludes(await env.artifactText(taskId, "public/logs/live_backing.log"), "hello");
    } finally {
      await other.close();
      await env.close();
    }
  },
});
