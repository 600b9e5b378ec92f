/** The Taskcluster Proxy task feature over a fake task port (real servers, real sockets). */
import {
  proxyAuthorizedScopes,
  type ProxyTask,
  TaskclusterProxyTaskFeature,
} from "../../../src/features/taskcluster_proxy/feature.ts";
import { assert, assertEquals, assertMatch } from "../../helpers/assert.ts";

function fakeTask(over: Partial<ProxyTask> = {}) {
  const env: Record<string, string> = {};
  const info: string[] = [];
  const warn: string[] = [];
  const task: ProxyTask = {
    taskId: "T1",
    runId: 3,
    scopes: ["queue:get-artifact:private/*"],
    credentials: { clientId: "task-client", accessToken: "tok" },
    port: 0,
    rootUrl: "http://127.0.0.1:1",
    setEnv: (k, v) => env[k] = v,
    info: (m) => info.push(m),
    warn: (m) => warn.push(m),
    ...over,
  };
  return { task, env, info, warn };
}

Deno.test("proxyAuthorizedScopes: task scopes plus queue:create-artifact:<taskId>/<runId>", () => {
  assertEquals(proxyAuthorizedScopes(["a", "b"], "T", 0), ["a", "b", "queue:create-artifact:T/0"]);
});

Deno.test("proxy feature: start sets TASKCLUSTER_PROXY_URL, reclaim refresh logs, stop closes", async () => {
  const { task, env, info } = fakeTask();
  const f = new TaskclusterProxyTaskFeature(task);
  assertEquals(f.requiredScopes(), []);
  assertEquals(f.reservedArtifacts(), []);
  assertEquals(await f.start(), undefined);
  try {
    assertMatch(env.TASKCLUSTER_PROXY_URL, /^http:\/\/127\.0\.0\.1:\d+$/);
    assertEquals(env.TASKCLUSTER_PROXY_URL, f.proxy!.url);
    const r = await fetch(env.TASKCLUSTER_PROXY_URL + "/credentials");
    assertEquals(r.status, 405);
    assertEquals(
      r.headers.get("x-taskcluster-authorized-scopes"),
      '["queue:get-artifact:private/*","queue:create-artifact:T1/3"]',
    );
    await r.body?.cancel();
    await f.refreshCredentials({ clientId: "reclaimed-client", accessToken: "tok2" });
    assertEquals(f.proxy!.credentials().clientId, "reclaimed-client");
    assertEquals(info, [
      "[taskcluster-proxy] Successfully refreshed taskcluster-proxy credentials: reclaimed-client",
    ]);
  } finally {
    await f.stop();
  }
  let refused = false;
  try {
    await fetch(env.TASKCLUSTER_PROXY_URL + "/credentials");
  } catch {
    refused = true;
  }
  assert(refused, "the proxy must be closed after stop");
});

Deno.test("proxy feature: a busy port, an unknown interface and a docker network that cannot be made are internal errors", async () => {
  const busy = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  try {
    const port = busy.addr.port;
    const { task, env } = fakeTask({ port });
    const f = new TaskclusterProxyTaskFeature(task);
    const err = await f.start();
    assertEquals(err?.reason, "internal-error");
    assert(err!.message.startsWith(`could not start taskcluster proxy on port ${port}: `));
    assertEquals(env, {});
    await f.stop();
  } finally {
    busy.close();
  }
  const unknown = await new TaskclusterProxyTaskFeature(fakeTask({ proxyInterface: "ipv9" }).task)
    .start();
  assertEquals(unknown?.reason, "internal-error");
  assertEquals(
    unknown?.message,
    'INTERNAL BUG: Unsupported taskcluster proxy interface enum option should not have made it here: "ipv9"',
  );
  // docker-bridge (D2G) with a daemon that refuses: the real bridge is tested in tests/features/d2g/
  const calls: string[] = [];
  const { task, env } = fakeTask({
    taskId: "abcdefghijklmnop",
    proxyInterface: "docker-bridge",
    docker: (args) => {
      calls.push(args.join(" "));
      return Promise.resolve({
        code: 1,
        stdout: "",
        stderr: "Cannot connect to the Docker daemon\n",
      });
    },
  });
  const err = await new TaskclusterProxyTaskFeature(task).start();
  assertEquals(err, {
    reason: "internal-error",
    message:
      "could not create Docker network gw-task-abcdefghijkl-3: exit status 1: Cannot connect to the Docker daemon",
  });
  assertEquals(calls, [
    "network inspect bridge --format {{.EnableIPv6}}",
    "network create gw-task-abcdefghijkl-3",
  ]);
  assertEquals(env, {});
});
