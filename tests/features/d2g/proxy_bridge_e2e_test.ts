/**
 * The taskcluster proxy on a docker bridge (`taskclusterProxyInterface:
 * docker-bridge`, what D2G translates `features.taskclusterProxy` to), with
 * the real daemon and localtc: the task's own `gw-task-<id>-<run>` network,
 * the proxy bound to its gateway, a container reaching
 * `$TASKCLUSTER_PROXY_URL` through `--network <net>
 * --add-host=taskcluster:<gateway>`, admission of the container by subnet
 * while a host process of another user on the same address is refused, and
 * the network removed at stop.
 */
import { join } from "node:path";
import { TaskclusterProxyTaskFeature } from "../../../src/features/taskcluster_proxy/feature.ts";
import { startLocalTaskcluster } from "../../../src/localtc/mod.ts";
import { Queue } from "../../../src/taskcluster/queue.ts";
import { slugid } from "../../../src/taskcluster/slugid.ts";
import {
  busyboxImage,
  docker,
  DockerLeftovers,
  dockerSkipReason,
  uniqueSuffix,
} from "../../helpers/docker.ts";
import { assert, assertEquals, assertMatch, assertStringIncludes } from "../../helpers/assert.ts";

const skip = await dockerSkipReason();

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

Deno.test({
  name:
    "proxy on docker-bridge: a container reaches the proxy at the gateway, a host user that is not the task user does not",
  ignore: skip !== undefined || Deno.uid() !== 0,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "gw-d2g-proxy-" });
    const tc = await startLocalTaskcluster({ port: 0, dataDir: join(dir, "tc") });
    const left = new DockerLeftovers();
    try {
      const queue = new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials });
      const taskId = slugid();
      const now = Date.now();
      await queue.createTask(taskId, {
        taskQueueId: "local/d2g-proxy",
        schedulerId: "tests",
        taskGroupId: taskId,
        created: new Date(now).toISOString(),
        deadline: new Date(now + 3_600_000).toISOString(),
        expires: new Date(now + 86_400_000).toISOString(),
        payload: {},
        metadata: {
          name: "proxied",
          description: "d",
          owner: "t@example.com",
          source: "https://e.com",
        },
      });
      const ref = `gwtest-${uniqueSuffix()}/busybox:proxy`;
      left.images.add(ref);
      await busyboxImage(ref);
      const env: Record<string, string> = {};
      const warns: string[] = [];
      const runId = 7;
      const network = `gw-task-${taskId.slice(0, 12)}-${runId}`;
      left.networks.add(network);
      const f = new TaskclusterProxyTaskFeature({
        taskId,
        runId,
        scopes: ["queue:get-task:*"],
        credentials: tc.rootCredentials,
        proxyInterface: "docker-bridge",
        port: freePort(),
        allowedUid: 4242, // a task user that is neither root nor nobody
        rootUrl: tc.rootUrl,
        setEnv: (k, v) => env[k] = v,
        info: () => {},
        warn: (m) => warns.push(m),
      });
      assertEquals(await f.start(), undefined);
      try {
        assertEquals(env.TASKCLUSTER_DOCKER_NETWORK, network);
        assertMatch(env.TASKCLUSTER_PROXY_GATEWAY, /^\d+\.\d+\.\d+\.\d+$/);
        const gw = env.TASKCLUSTER_PROXY_GATEWAY;
        assertMatch(
          env.TASKCLUSTER_PROXY_URL,
          new RegExp(`^http://${gw.replaceAll(".", "\\.")}:\\d+$`),
        );
        const port = env.TASKCLUSTER_PROXY_URL.split(":").pop();
        const name = `taskcontainer_gwtest${uniqueSuffix()}`;
        left.containers.add(name);
        const run = await docker([
          "run",
          "--rm",
          "--name",
          name,
          "--network",
          network,
          `--add-host=taskcluster:${gw}`,
          "--",
          ref,
          "wget",
          "-q",
          "-O",
          "-",
          `http://taskcluster:${port}/api/queue/v1/task/${taskId}`,
        ]);
        assertEquals(run.code, 0, run.stderr);
        assertEquals(JSON.parse(run.stdout).metadata.name, "proxied");
        // a host process of another user coming from the gateway address is checked by uid
        const nobody = await new Deno.Command("setpriv", {
          args: [
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "curl",
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            `${env.TASKCLUSTER_PROXY_URL}/api/queue/v1/task/${taskId}`,
          ],
          stdout: "piped",
        }).output();
        assertEquals(new TextDecoder().decode(nobody.stdout), "403");
      } finally {
        await f.stop();
      }
      assertEquals(await left.existingNetworks(), [], "the network is removed at stop");
      assertEquals(warns, []);
    } finally {
      await left.clean();
      await tc.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "proxy on docker-bridge: the credential refresh reaches the proxy on 127.0.0.1",
  ignore: skip !== undefined || Deno.uid() !== 0,
  async fn() {
    const left = new DockerLeftovers();
    const info: string[] = [];
    const taskId = slugid();
    left.networks.add(`gw-task-${taskId.slice(0, 12)}-0`);
    const f = new TaskclusterProxyTaskFeature({
      taskId,
      runId: 0,
      scopes: [],
      credentials: { clientId: "a", accessToken: "b" },
      proxyInterface: "docker-bridge",
      port: freePort(),
      allowedUid: 4242,
      rootUrl: "http://127.0.0.1:1",
      setEnv: () => {},
      info: (m) => info.push(m),
      warn: () => {},
    });
    try {
      assertEquals(await f.start(), undefined);
      await f.refreshCredentials({ clientId: "new-client", accessToken: "new" });
      assertEquals(f.proxy!.credentials().clientId, "new-client");
      assertStringIncludes(
        info.join("\n"),
        "Successfully refreshed taskcluster-proxy credentials: new-client",
      );
    } finally {
      await f.stop();
      assert((await left.existingNetworks()).length === 0);
      await left.clean();
    }
  },
});
