/**
 * The proxy feature for a really claimed task: a task on src/localtc is
 * claimed with worker credentials, a real task user (root only) curls
 * `$TASKCLUSTER_PROXY_URL`, a call needing a scope the task lacks gets 403,
 * another local user is refused, and after a forced reclaim the proxy signs
 * with the new credentials.
 */
import { TaskclusterProxyTaskFeature } from "../../../src/features/taskcluster_proxy/feature.ts";
import { startLocalTaskcluster } from "../../../src/localtc/mod.ts";
import { runAsUser } from "../../../src/platform/users.ts";
import { setUpTaskUser, tearDownTaskUser } from "../../../src/platform/users_task.ts";
import { Queue } from "../../../src/taskcluster/queue.ts";
import { slugid } from "../../../src/taskcluster/slugid.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (!isRoot) console.warn("claimed_task_test.ts: needs root on Linux (task users); skipped");

Deno.test({
  name: "proxy for a claimed task: task user's requests signed with task scopes; reclaim refresh",
  ignore: !isRoot,
  async fn() {
    const dataDir = await Deno.makeTempDir({ prefix: "gw-proxy-e2e-" });
    await Deno.chmod(dataDir, 0o755);
    const tc = await startLocalTaskcluster({ port: 0, dataDir: `${dataDir}/tc` });
    const name = "gwtest_" + crypto.randomUUID().replace(/-/g, "").slice(0, 10);
    let feature: TaskclusterProxyTaskFeature | undefined;
    try {
      const wc = tc.createWorkerConfig({ provisionerId: "local", workerType: "gw-proxy" });
      const admin = new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials });
      const taskId = slugid();
      const now = Date.now();
      await admin.createTask(taskId, {
        taskQueueId: "local/gw-proxy",
        schedulerId: "-",
        taskGroupId: taskId,
        created: new Date(now).toJSON(),
        deadline: new Date(now + 3600_000).toJSON(),
        scopes: ["secrets:get:project/allowed"],
        payload: { command: [["true"]], maxRunTime: 60, features: { taskclusterProxy: true } },
        metadata: {
          name: "proxy e2e",
          description: "d",
          owner: "o@example.com",
          source: "https://x",
        },
      });
      const workerQueue = new Queue({
        rootUrl: tc.rootUrl,
        credentials: { clientId: wc.clientId, accessToken: wc.accessToken },
      });
      const claim = await workerQueue.claimWork("local/gw-proxy", {
        tasks: 1,
        workerGroup: wc.workerGroup,
        workerId: wc.workerId,
      });
      assertEquals(claim.tasks.length, 1);
      const c = claim.tasks[0];

      const tu = await setUpTaskUser(name, { tasksDir: `${dataDir}/tasks`, homeParent: dataDir });
      const env: Record<string, string> = { PATH: "/usr/bin:/bin", HOME: tu.ids.home };
      const info: string[] = [];
      feature = new TaskclusterProxyTaskFeature({
        taskId,
        runId: c.runId,
        scopes: (c.task.scopes as string[]) ?? [],
        credentials: c.credentials,
        port: 0,
        rootUrl: tc.rootUrl,
        allowedUid: tu.ids.uid,
        setEnv: (k, v) => env[k] = v,
        info: (m) => info.push(m),
        warn: () => {},
      });
      assertEquals(await feature.start(), undefined);
      const curl = async (ids: { uid: number; gid: number; groups: number[] }, path: string) => {
        const r = await runAsUser(ids, [
          "curl",
          "-s",
          "-w",
          "\n%{http_code}",
          `${env.TASKCLUSTER_PROXY_URL}${path}`,
        ], { env, cwd: tu.taskDir });
        const text = new TextDecoder().decode(r.stdout);
        const i = text.lastIndexOf("\n");
        return { status: Number(text.slice(i + 1)), body: text.slice(0, i) };
      };

      // the task user reads its own task definition through the proxy
      let r = await curl(tu.ids, `/api/queue/v1/task/${taskId}`);
      assertEquals(r.status, 200);
      assertEquals(JSON.parse(r.body).metadata.name, "proxy e2e");
      // legacy path form
      r = await curl(tu.ids, `/queue/v1/task/${taskId}/status`);
      assertEquals(r.status, 200);
      assertEquals(JSON.parse(r.body).status.taskId, taskId);
      // a scope the task has: authorized (the secret does not exist)
      r = await curl(tu.ids, "/api/secrets/v1/secret/project%2Fallowed");
      assertEquals(r.status, 404);
      // a scope the task lacks: 403 from the service
      r = await curl(tu.ids, "/api/secrets/v1/secret/project%2Fdenied");
      assertEquals(r.status, 403);
      assertStringIncludes(r.body, "secrets:get:project/denied");
      // another local user is not admitted
      r = await curl({ uid: 65534, gid: 65534, groups: [] }, `/api/queue/v1/task/${taskId}`);
      assertEquals(r.status, 403);
      assertStringIncludes(r.body, "not from the task user");

      // forced reclaim: the proxy is given the new credentials
      const re = await new Queue({ rootUrl: tc.rootUrl, credentials: c.credentials }).reclaimTask(
        taskId,
        c.runId,
      );
      await feature.refreshCredentials(re.credentials);
      assertEquals(info, [
        `[taskcluster-proxy] Successfully refreshed taskcluster-proxy credentials: ${re.credentials.clientId}`,
      ]);
      assertEquals(feature.proxy!.credentials().certificate, re.credentials.certificate);
      r = await curl(tu.ids, "/api/secrets/v1/secret/project%2Fallowed");
      assertEquals(r.status, 404);
      // and it really signs with what it was given last: bogus credentials fail auth
      await feature.refreshCredentials({ clientId: re.credentials.clientId, accessToken: "bogus" });
      r = await curl(tu.ids, "/api/secrets/v1/secret/project%2Fallowed");
      assertEquals(r.status, 401);
      assert(info.length === 2);
    } finally {
      await feature?.stop();
      await tearDownTaskUser({ user: { name, password: "" } }).catch(() => {});
      await tc.close();
      await Deno.remove(dataDir, { recursive: true });
    }
  },
});
