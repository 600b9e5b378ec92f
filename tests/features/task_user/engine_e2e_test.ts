/**
 * End to end through the task engine (runTask with the full feature list)
 * against src/localtc, multiuser engine, real task users (root only):
 * task user ids and osGroups, config file and signing key out of the task's
 * reach, the user gone afterwards, chain of trust verifiable with the key
 * printed by `new-ed25519-keypair`, the proxy (task definition via
 * TASKCLUSTER_PROXY_URL, 403 without scope, refresh after a reclaim),
 * encryptedEnv visible to the task but masked in every log and artifact,
 * and the malformed-payload cases.
 */
import { createPublicKey, verify } from "node:crypto";
import { join } from "node:path";
import type { Config } from "../../../src/config/config.ts";
import { defaultConfig } from "../../../src/config/load.ts";
import { chainOfTrustFeature } from "../../../src/features/chain_of_trust/mod.ts";
import { encryptEnvVariable } from "../../../src/features/encrypted_env/decrypt.ts";
import { encryptedEnvFeature } from "../../../src/features/encrypted_env/mod.ts";
import type { Feature } from "../../../src/features/feature.ts";
import { buildFeatures } from "../../../src/features/index.ts";
import { osGroupsFeature } from "../../../src/features/os_groups/mod.ts";
import { runTaskAsCurrentUserFeature } from "../../../src/features/run_task_as_current_user/mod.ts";
import { taskclusterProxyFeature } from "../../../src/features/taskcluster_proxy/mod.ts";
import { taskUserFeature } from "../../../src/features/task_user/mod.ts";
import { type LocalTaskcluster, startLocalTaskcluster } from "../../../src/localtc/mod.ts";
import { createOSGroup, deleteOSGroup, userExists } from "../../../src/platform/users.ts";
import { runTask } from "../../../src/task/run_task.ts";
import { taskDirName } from "../../../src/task/task_run.ts";
import { Queue } from "../../../src/taskcluster/queue.ts";
import { slugid } from "../../../src/taskcluster/slugid.ts";
import { WorkerLog } from "../../../src/worker/worker_log.ts";
import { runCli } from "../../helpers/cli.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (!isRoot) console.warn("engine_e2e_test.ts: needs root on Linux (task users); skipped");

interface Env {
  tc: LocalTaskcluster;
  dir: string;
  config: Config;
  configFile: string;
  publicKey: string;
  openpgpPublicKey: string;
  features: Feature[];
  admin: Queue;
  group: string;
  workerLines: string[];
  close(): Promise<void>;
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

async function startEnv(
  engine: "multiuser" | "insecure" = "multiuser",
  over: Partial<Config> = {},
): Promise<Env> {
  const dir = await Deno.makeTempDir({ prefix: "gw-trust-e2e-" });
  await Deno.chmod(dir, 0o755);
  const tc = await startLocalTaskcluster({
    port: 0,
    dataDir: join(dir, "tc"),
    claimTimeoutSecs: 8,
  });
  const workerType = "trust-" + crypto.randomUUID().slice(0, 8);
  const wc = tc.createWorkerConfig({ provisionerId: "local", workerType });
  // keys made by the real CLI commands
  const ed = await runCli(["new-ed25519-keypair", "--file", join(dir, "ed25519.key")]);
  assertEquals(ed.code, 0, ed.stderr);
  const pgp = await runCli(["new-openpgp-keypair", "--file", join(dir, "openpgp.key")]);
  assertEquals(pgp.code, 0, pgp.stderr);
  const configFile = join(dir, "generic-worker.config");
  await Deno.writeTextFile(configFile, JSON.stringify({ accessToken: wc.accessToken }), {
    mode: 0o600,
  });
  const config: Config = {
    ...defaultConfig(engine, "linux"),
    headlessTasks: true,
    ...wc,
    tasksDir: join(dir, "tasks"),
    cachesDir: join(dir, "caches"),
    downloadsDir: join(dir, "downloads"),
    ed25519SigningKeyLocation: join(dir, "ed25519.key"),
    encryptedEnvPrivateKeyLocation: join(dir, "openpgp.key"),
    taskclusterProxyPort: freePort(),
    enableLiveLog: false,
    enableResourceMonitor: false,
    cleanUpTaskDirs: false,
    publicIP: "203.0.113.9",
    instanceType: "e2e-instance",
    ...over,
  };
  await Deno.mkdir(config.tasksDir, { recursive: true, mode: 0o755 });
  const group = `gwtg_${crypto.randomUUID().slice(0, 8)}`;
  if (engine === "multiuser") await createOSGroup(group);
  // the same slots as src/worker/start.ts
  const features = buildFeatures(
    config,
    dir,
    engine === "multiuser"
      ? {
        afterLiveLog: [
          taskUserFeature(),
          taskclusterProxyFeature(),
          osGroupsFeature(),
          encryptedEnvFeature(),
        ],
        platform: [runTaskAsCurrentUserFeature(), chainOfTrustFeature()],
      }
      : { afterLiveLog: [taskclusterProxyFeature(), osGroupsFeature(), encryptedEnvFeature()] },
  );
  for (const f of features) await f.initialise?.(config);
  const workerLines: string[] = [];
  return {
    tc,
    dir,
    config,
    configFile,
    publicKey: ed.stdout.trim(),
    openpgpPublicKey: pgp.stdout,
    features,
    admin: new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials }),
    group,
    workerLines,
    async close() {
      await tc.close();
      if (engine === "multiuser") await deleteOSGroup(group).catch(() => {});
      await Deno.remove(dir, { recursive: true });
    },
  };
}

interface Outcome {
  taskId: string;
  state: string;
  reason?: string;
  log: string;
  artifacts: Map<string, Uint8Array>;
}

async function runOne(
  env: Env,
  payload: Record<string, unknown>,
  opts: { scopes?: string[]; taskId?: string; beforeRun?: (taskId: string) => Promise<void> } = {},
): Promise<Outcome> {
  const c = env.config;
  const taskId = opts.taskId ?? slugid();
  const now = Date.now();
  await env.admin.createTask(taskId, {
    taskQueueId: `${c.provisionerId}/${c.workerType}`,
    schedulerId: "-",
    taskGroupId: taskId,
    created: new Date(now).toJSON(),
    deadline: new Date(now + 3600_000).toJSON(),
    expires: new Date(now + 7200_000).toJSON(),
    scopes: opts.scopes ?? [],
    payload,
    metadata: { name: "trust e2e", description: "d", owner: "o@example.com", source: "https://x" },
  });
  await opts.beforeRun?.(taskId);
  const wq = new Queue({
    rootUrl: c.rootURL,
    credentials: { clientId: c.clientId, accessToken: c.accessToken },
  });
  const claim = await wq.claimWork(`${c.provisionerId}/${c.workerType}`, {
    tasks: 1,
    workerGroup: c.workerGroup,
    workerId: c.workerId,
  });
  assertEquals(claim.tasks.length, 1);
  await runTask({
    config: c,
    claim: claim.tasks[0] as unknown as Parameters<typeof runTask>[0]["claim"],
    features: env.features,
    workerLog: new WorkerLog((l) => env.workerLines.push(l)),
    shutdown: new AbortController().signal,
    variant: c.engine === "multiuser" ? "multiuser_posix" : "insecure_posix",
    workerCredentials: () => ({ clientId: c.clientId, accessToken: c.accessToken }),
    reclaimEveryMs: 3000,
  });
  const status = await env.admin.status(taskId);
  const run = status.status.runs![0];
  const artifacts = new Map<string, Uint8Array>();
  const list = await env.admin.listArtifacts(taskId, 0);
  for (const a of list.artifacts) {
    if (a.storageType === "reference" || a.storageType === "link" || a.storageType === "error") {
      continue;
    }
    const r = await fetch(`${c.rootURL}/api/queue/v1/task/${taskId}/runs/0/artifacts/${a.name}`);
    artifacts.set(a.name, new Uint8Array(await r.arrayBuffer()));
  }
  const log = new TextDecoder().decode(
    artifacts.get("public/logs/live_backing.log") ?? new Uint8Array(),
  );
  return { taskId, state: run.state, reason: run.reasonResolved, log, artifacts };
}

function sha256(bytes: Uint8Array): Promise<string> {
  return crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>).then((h) =>
    Array.from(new Uint8Array(h), (b) => b.toString(16).padStart(2, "0")).join("")
  );
}

Deno.test({
  name: "multiuser e2e: task user, osGroups, isolation, proxy, encryptedEnv, chain of trust",
  ignore: !isRoot,

  async fn() {
    const env = await startEnv();
    try {
      const c = env.config;
      const secret = "e2e-top-secret-" + crypto.randomUUID();
      const taskId = slugid();
      const script = [
        "set -u",
        'echo "uid=$(id -u) user=$(id -un) groups=$(id -nG)"',
        `cat ${env.configFile} >/dev/null 2>&1; echo "config-rc=$?"`,
        `cat ${c.ed25519SigningKeyLocation} >/dev/null 2>&1; echo "key-rc=$?"`,
        'echo "secret is $MY_SECRET"',
        // the secret written in two pieces (two output chunks) is masked too
        'printf "split: %s" "${MY_SECRET:0:9}"; sleep 0.3; printf "%s\\n" "${MY_SECRET:9}"',
        'printf %s "$MY_SECRET" > secret-copy.txt',
        'echo "HOME=$HOME USER=$USER"',
        'curl -s -o task.json -w "proxy-status=%{http_code}\\n" "$TASKCLUSTER_PROXY_URL/api/queue/v1/task/$TASK_ID"',
        'curl -s -o /dev/null -w "denied-status=%{http_code}\\n" "$TASKCLUSTER_PROXY_URL/api/secrets/v1/secret/project%2Fnot-mine"',
        "sleep 4", // long enough for a reclaim (the test hook reclaims every 3 s)
        'curl -s -o /dev/null -w "after-reclaim-status=%{http_code}\\n" "$TASKCLUSTER_PROXY_URL/api/queue/v1/task/$TASK_ID"',
        "echo hello > out.txt",
        'echo \'{"environment": {"extra": "from-task"}}\' > chain-of-trust-additional-data.json',
      ].join("\n");
      const o = await runOne(env, {
        command: [["/bin/bash", "-c", script]],
        maxRunTime: 120,
        osGroups: [env.group],
        features: { chainOfTrust: true, taskclusterProxy: true },
        encryptedEnv: [
          await encryptEnvVariable(env.openpgpPublicKey, {
            taskId,
            startTime: Date.now() - 60_000,
            endTime: Date.now() + 600_000,
            name: "MY_SECRET",
            value: secret,
          }),
        ],
        artifacts: [
          { type: "file", path: "out.txt", name: "public/out.txt" },
          { type: "file", path: "task.json", name: "public/task.json" },
          { type: "file", path: "secret-copy.txt", name: "public/secret-copy.txt" },
        ],
      }, {
        taskId,
        scopes: [`generic-worker:os-group:${c.provisionerId}/${c.workerType}/${env.group}`],
      });
      assertEquals([o.state, o.reason], ["completed", "completed"], o.log);
      const user = taskDirName(taskId, 0);
      assertStringIncludes(o.log, `user=${user} groups=`);
      assert(new RegExp(`groups=.*\\b${env.group}\\b`).test(o.log), o.log);
      assertStringIncludes(o.log, "\nconfig-rc=1\n");
      assertStringIncludes(o.log, "\nkey-rc=1\n");
      assertStringIncludes(o.log, `HOME=/home/${user} USER=${user}`);
      assertStringIncludes(o.log, "proxy-status=200");
      assertStringIncludes(o.log, "denied-status=403");
      assertStringIncludes(o.log, "after-reclaim-status=200");
      assertStringIncludes(
        o.log,
        "[taskcluster-proxy] Successfully refreshed taskcluster-proxy credentials: ",
      );
      assertEquals(
        JSON.parse(new TextDecoder().decode(o.artifacts.get("public/task.json")!)).metadata.name,
        "trust e2e",
      );
      // the secret reached the task (the artifact holds it: the task chose to publish it) ...
      assertEquals(new TextDecoder().decode(o.artifacts.get("public/secret-copy.txt")!), secret);
      // ... but no log shows it
      assertStringIncludes(o.log, "secret is *************");
      assertStringIncludes(o.log, "\nsplit: *************\n");
      for (
        const name of [
          "public/logs/live_backing.log",
          "public/logs/certified.log",
          "public/chain-of-trust.json",
        ]
      ) {
        assert(!new TextDecoder().decode(o.artifacts.get(name)!).includes(secret), `${name} leaks`);
      }
      assert(!env.workerLines.join("\n").includes(secret), "worker log leaks the secret");
      // the task user and its home are gone
      assert(!(await userExists(user)));
      let homeGone = false;
      try {
        await Deno.stat(`/home/${user}`);
      } catch {
        homeGone = true;
      }
      assert(homeGone);
      // chain of trust: verifies with the key printed by new-ed25519-keypair, lists every artifact
      const cot = o.artifacts.get("public/chain-of-trust.json")!;
      const sig = o.artifacts.get("public/chain-of-trust.json.sig")!;
      const key = createPublicKey({
        key: {
          kty: "OKP",
          crv: "Ed25519",
          x: Buffer.from(atob(env.publicKey), "binary").toString("base64url"),
        },
        format: "jwk",
      });
      assert(verify(null, cot, key, sig), "chain-of-trust.json signature");
      const doc = JSON.parse(new TextDecoder().decode(cot));
      assertEquals(doc.taskId, taskId);
      assertEquals(doc.environment.extra, "from-task");
      assertEquals(doc.environment.publicIpAddress, "203.0.113.9");
      assertEquals(doc.environment.instanceType, "e2e-instance");
      assertEquals(Object.keys(doc.artifacts).sort(), [
        "public/logs/certified.log",
        "public/out.txt",
        "public/secret-copy.txt",
        "public/task.json",
      ]);
      for (
        const [name, { sha256: h }] of Object.entries(
          doc.artifacts as Record<string, { sha256: string }>,
        )
      ) {
        assertEquals(h, await sha256(o.artifacts.get(name)!), name);
      }
      assertEquals(doc.task.payload.osGroups, [env.group]);
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name:
    "multiuser e2e: malformed-payload cases (osGroups scope, readable key, encryptedEnv violations)",
  ignore: !isRoot,

  async fn() {
    const env = await startEnv();
    try {
      const c = env.config;
      const base = { command: [["true"]], maxRunTime: 30 };
      // osGroups without the scope
      let o = await runOne(env, { ...base, osGroups: [env.group] });
      assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
      assertStringIncludes(
        o.log,
        `generic-worker:os-group:${c.provisionerId}/${c.workerType}/${env.group}`,
      );
      // encryptedEnv: wrong task id, expired window, corrupted message
      const mk = (over: Record<string, unknown>) =>
        encryptEnvVariable(env.openpgpPublicKey, {
          taskId: "someOtherTaskId0000000",
          startTime: Date.now() - 60_000,
          endTime: Date.now() + 600_000,
          name: "X",
          value: "never-shown-value",
          ...over,
        });
      const wrongTask = await mk({});
      o = await runOne(env, { ...base, encryptedEnv: [wrongTask] });
      assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
      assertStringIncludes(o.log, "not for this task");
      const expiredId = slugid();
      o = await runOne(env, {
        ...base,
        encryptedEnv: [await mk({ taskId: expiredId, endTime: Date.now() - 1000 })],
      }, { taskId: expiredId });
      assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
      assertStringIncludes(o.log, "the message expired at");
      const corrupt = atob(wrongTask).split("");
      corrupt[corrupt.length - 3] = String.fromCharCode(
        corrupt[corrupt.length - 3].charCodeAt(0) ^ 0xff,
      );
      o = await runOne(env, { ...base, encryptedEnv: [btoa(corrupt.join(""))] });
      assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
      assertStringIncludes(o.log, "could not be decrypted");
      assert(!o.log.includes("never-shown-value"));
      // chain of trust key readable by the task user
      await Deno.chmod(c.ed25519SigningKeyLocation, 0o644);
      o = await runOne(env, { ...base, features: { chainOfTrust: true } });
      assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
      assertStringIncludes(
        o.log,
        "was expecting attempt to read private chain of trust key as task user to fail - however, it did not",
      );
      await Deno.chmod(c.ed25519SigningKeyLocation, 0o600);
      // runTaskAsCurrentUser: scope required; with it, commands run as root and the key check fails
      o = await runOne(env, { ...base, features: { runTaskAsCurrentUser: true } });
      assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
      assertStringIncludes(o.log, "generic-worker:run-task-as-current-user:");
      o = await runOne(env, {
        command: [[
          "/bin/bash",
          "-c",
          'id -u; cat "$TASK_USER_CREDENTIALS"; stat -c %a "$TASK_USER_CREDENTIALS"',
        ]],
        maxRunTime: 30,
        features: { runTaskAsCurrentUser: true },
      }, {
        scopes: [`generic-worker:run-task-as-current-user:${c.provisionerId}/${c.workerType}`],
      });
      assertEquals([o.state, o.reason], ["completed", "completed"], o.log);
      assert(/\n0\n/.test(o.log.replace(/\[taskcluster[^\n]*\n/g, "\n")), o.log);
      assertStringIncludes(o.log, '"password": "*************"');
      assertStringIncludes(o.log, "\n600\n");
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name: "multiuser e2e: an artifact symlinked to the signing key or config is not published",
  ignore: !isRoot,
  async fn() {
    const env = await startEnv();
    try {
      const c = env.config;
      await Deno.writeTextFile(join(env.dir, "world.txt"), "world readable", { mode: 0o644 });
      await Deno.chmod(join(env.dir, "world.txt"), 0o644);
      const o = await runOne(env, {
        command: [[
          "/bin/bash",
          "-c",
          `ln -s ${c.ed25519SigningKeyLocation} key.txt; ln -s ${env.configFile} config.txt; ln -s ${
            join(env.dir, "world.txt")
          } world.txt`,
        ]],
        maxRunTime: 30,
        artifacts: [
          { type: "file", path: "key.txt", name: "public/key.txt" },
          { type: "file", path: "config.txt", name: "public/config.txt", optional: true },
          { type: "file", path: "world.txt", name: "public/world.txt" },
        ],
      });
      assertEquals([o.state, o.reason], ["failed", "failed"], o.log);
      assert(!o.artifacts.has("public/key.txt") && !o.artifacts.has("public/config.txt"));
      assertEquals(
        new TextDecoder().decode(o.artifacts.get("public/world.txt")!),
        "world readable",
      );
      const list = await env.admin.listArtifacts(o.taskId, 0);
      const errors = list.artifacts.filter((a) => a.storageType === "error").map((a) => a.name)
        .sort();
      assertEquals(errors, ["public/config.txt", "public/key.txt"]);
      assertStringIncludes(o.log, "file-not-readable-on-worker");
      const key = await Deno.readTextFile(c.ed25519SigningKeyLocation);
      assert(!o.log.includes(key.trim()));
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name:
    "multiuser e2e: default tasksDir /home (task dir = home): logs uploaded, dir kept for cleanup",
  ignore: !isRoot,
  async fn() {
    const env = await startEnv("multiuser", { tasksDir: "/home" });
    let taskDir = "";
    try {
      const o = await runOne(env, {
        command: [["/bin/bash", "-c", 'echo "home=$HOME pwd=$PWD"; touch mine.txt']],
        maxRunTime: 30,
        features: { chainOfTrust: true },
      });
      const user = taskDirName(o.taskId, 0);
      taskDir = `/home/${user}`;
      assertEquals([o.state, o.reason], ["completed", "completed"], o.log);
      assertStringIncludes(o.log, `home=${taskDir} pwd=${taskDir}`);
      assert(o.artifacts.has("public/chain-of-trust.json"));
      assert(!(await userExists(user)));
      assertEquals((await Deno.stat(`${taskDir}/mine.txt`)).uid, 0);
    } finally {
      if (taskDir) await Deno.remove(taskDir, { recursive: true }).catch(() => {});
      await env.close();
    }
  },
});

Deno.test("insecure e2e: osGroups must be the worker user's groups; proxy and encryptedEnv work", async () => {
  const env = await startEnv("insecure");
  try {
    const c = env.config;
    const missing = `gwnone_${crypto.randomUUID().slice(0, 8)}`;
    let o = await runOne(env, { command: [["true"]], maxRunTime: 30, osGroups: [missing] }, {
      scopes: [`generic-worker:os-group:${c.provisionerId}/${c.workerType}/${missing}`],
    });
    assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
    assertStringIncludes(
      o.log,
      `task payload contains unsupported osGroups: [${missing}]\n[taskcluster:error] allowed values (on this worker pool): [`,
    );
    const taskId = slugid();
    o = await runOne(env, {
      command: [[
        "/bin/sh",
        "-c",
        'echo "v=$SECRET_V"; curl -s -o /dev/null -w "proxy=%{http_code}\\n" "$TASKCLUSTER_PROXY_URL/api/queue/v1/task/$TASK_ID"',
      ]],
      maxRunTime: 30,
      features: { taskclusterProxy: true },
      encryptedEnv: [
        await encryptEnvVariable(env.openpgpPublicKey, {
          taskId,
          startTime: Date.now() - 1000,
          endTime: Date.now() + 600_000,
          name: "SECRET_V",
          value: "insecure-secret-value",
        }),
      ],
    }, { taskId });
    assertEquals([o.state, o.reason], ["completed", "completed"], o.log);
    assertStringIncludes(o.log, "\nv=*************\n");
    assertStringIncludes(o.log, "proxy=200");
    // chain of trust does not exist on the insecure engine
    o = await runOne(env, {
      command: [["true"]],
      maxRunTime: 30,
      features: { chainOfTrust: true },
    });
    assertEquals([o.state, o.reason], ["exception", "malformed-payload"]);
  } finally {
    await env.close();
  }
});
