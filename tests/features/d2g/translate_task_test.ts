/**
 * D2G in the task engine, through `runTask` against localtc: a
 * docker-worker payload is detected by its `image` key and translated by
 * the Payload Validator when `d2gConfig.enableD2G` is set. Checked here:
 * a docker-worker payload failing its schema (unknown property) ->
 * malformed-payload with the schema errors; missing capability scopes ->
 * Go's text; an image name docker would refuse -> internal-error; a
 * translation the worker's schema refuses (chainOfTrust on the insecure
 * engine) -> `d2g output validation failed`; and for a good payload, what
 * every later feature sees: the translated payload and converted scopes,
 * `task.d2g`, the `dockerimage` file mount handler, and the claim's
 * definition (what chain of trust certifies) left as submitted. The
 * insecure engine then refuses the `docker` OS group as Go does.
 * No docker is needed: the pipeline stops before any command runs.
 */
import type { Feature } from "../../../src/features/feature.ts";
import { osGroupsFeature } from "../../../src/features/os_groups/mod.ts";
import { failure } from "../../../src/task/errors.ts";
import type { TaskRun } from "../../../src/task/task_run.ts";
import { loadPayloadValidator, validatePayload } from "../../../src/task/payload_schema.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import { EngineEnv } from "../../task/helpers.ts";

// validatePayload needs ajv loaded (the worker loads it at the first task)
await loadPayloadValidator();

const linux = Deno.build.os === "linux";
const opts = { ignore: !linux, sanitizeOps: false, sanitizeResources: false };
if (!linux) console.log("skipped: D2G runs on Linux only; D2G engine tests ignored");

function errorLines(text: string): string {
  return text.split("\n").map((l) => `[taskcluster:error] ${l}\n`).join("");
}

async function d2gEnv(): Promise<EngineEnv> {
  const env = await EngineEnv.start();
  env.config.d2gConfig = { ...env.config.d2gConfig, enableD2G: true };
  return env;
}

Deno.test({
  ...opts,
  name: "d2g engine: schema errors, missing scopes, bad image name, output validation",
  fn: async () => {
    const env = await d2gEnv();
    try {
      // 1. an unknown property: the docker-worker branch's schema error
      const unknown = { image: "ubuntu", maxRunTime: 30, command: ["true"], foo: 1 };
      const v = validatePayload(
        env.config.engine === "insecure" ? "insecure_posix" : "multiuser_posix",
        unknown,
      );
      assert(!v.valid);
      assertStringIncludes(v.errors.join("\n"), "Additional property foo is not allowed");
      const bad = await env.run(unknown);
      assertEquals([bad.outcome.resolution, bad.outcome.reason], [
        "exception",
        "malformed-payload",
      ]);
      const badLog = await env.log(bad.taskId);
      assertStringIncludes(
        badLog,
        "[taskcluster:error] TASK FAIL since the task payload is invalid. See errors:\n",
      );
      for (const e of v.errors) assertStringIncludes(badLog, `[taskcluster:error] - ${e}\n`);
      assert(
        badLog.endsWith(errorLines(`validation of payload failed for task ${bad.taskId}`)),
        badLog,
      );

      // 2. privileged without its scope
      const priv = await env.run({
        image: { type: "docker-image", name: "ubuntu:latest" },
        maxRunTime: 10,
        command: ["/bin/bash", "-c", "echo hello world"],
        capabilities: { privileged: true },
      }, { extra: { scopes: ["queue:get-artifact:x"] } });
      assertEquals(priv.outcome.reason, "malformed-payload");
      assertEquals(await env.state(priv.taskId), ["exception", "malformed-payload"]);
      const pool = env.pool;
      assert(
        (await env.log(priv.taskId)).endsWith(errorLines(
          "d2g task requires scopes:\n\n" +
            `(docker-worker:capability:privileged, or\ndocker-worker:capability:privileged:${pool})\n\n` +
            "but task only has scopes:\n\nqueue:get-artifact:x\n\n" +
            "You probably should add some scopes to your task definition",
        )),
        await env.log(priv.taskId),
      );
      // the per-queue scope is enough to get past the check (the insecure engine then refuses the docker OS group)
      const privOk = await env.run({
        image: "ubuntu",
        maxRunTime: 10,
        capabilities: { privileged: true },
      }, {
        extra: { scopes: [`docker-worker:capability:privileged:${pool}`] },
        features: env.features({ afterLiveLog: [osGroupsFeature()] }),
      });
      assertEquals(privOk.outcome.reason, "malformed-payload");
      assertStringIncludes(
        await env.log(privOk.taskId),
        "[taskcluster:error] task payload contains unsupported osGroups: [docker]\n",
      );

      // 3. an image name docker would take as a flag
      const flag = await env.run({
        image: "--privileged",
        maxRunTime: 10,
        command: ["busybox", "id"],
      });
      assertEquals([flag.outcome.resolution, flag.outcome.reason], ["exception", "internal-error"]);
      assertStringIncludes(
        await env.log(flag.taskId),
        errorLines(
          'failed to convert docker worker payload to a generic worker payload: invalid image name "--privileged": invalid reference format',
        ),
      );

      // 4. the insecure schema has no chainOfTrust feature: Go's insecure build refuses the translation
      if (env.config.engine === "insecure") {
        const cot = await env.run({
          image: "ubuntu",
          maxRunTime: 10,
          features: { chainOfTrust: true },
        });
        assertEquals(cot.outcome.reason, "malformed-payload");
        const log = await env.log(cot.taskId);
        assertStringIncludes(
          log,
          "[taskcluster:error] - features: Additional property chainOfTrust is not allowed\n",
        );
        assert(
          log.endsWith(
            errorLines(
              `d2g output validation failed: validation of payload failed for task ${cot.taskId}`,
            ),
          ),
          log,
        );
      }
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  ...opts,
  name: "d2g engine: later features see the translation; the claim's definition keeps the original",
  fn: async () => {
    const env = await d2gEnv();
    try {
      let seen: TaskRun | undefined;
      let snapshot: Record<string, unknown> = {};
      const probe: Feature = {
        name: "Probe",
        isEnabled: () => true,
        isRequested: () => true,
        newTaskFeature: (task) => ({
          async start() {
            seen = task;
            snapshot = structuredClone({
              payload: task.payload,
              rawPayload: task.rawPayload,
              scopes: task.scopes,
              definitionPayload: task.definition.payload,
              definitionScopes: task.definition.scopes,
            });
            await task.fileMountHandlers.get("dockerimage")?.("/cache/file-1", "ab".repeat(32));
            throw failure("probe: stop before any command");
          },
        }),
      };
      const dwPayload = {
        image: {
          type: "task-image",
          taskId: "KTBKfEgxR5GdfIIREQIvFQ",
          path: "public/image.tar.zst",
        },
        maxRunTime: 60,
        command: ["sh", "-c", "echo $A"],
        env: { A: "1" },
        cache: { "d2g-test": "/foo" },
        features: { taskclusterProxy: true },
        capabilities: { devices: { kvm: true } },
      };
      const scopes = ["docker-worker:cache:d2g-test", "docker-worker:capability:device:kvm"];
      const r = await env.run(dwPayload, {
        extra: { scopes },
        features: env.features({ afterLiveLog: [probe] }),
      });
      assertEquals(r.outcome.resolution, "failed");
      assert(seen, "the probe did not start");
      const pool = env.pool;
      assertEquals(snapshot.scopes, [
        "docker-worker:cache:d2g-test",
        "docker-worker:capability:device:kvm",
        "generic-worker:cache:d2g-test",
        `generic-worker:os-group:${pool}/docker`,
        `generic-worker:os-group:${pool}/kvm`,
        `generic-worker:os-group:${pool}/libvirt`,
      ]);
      // the claim's definition: as submitted
      assertEquals(snapshot.definitionPayload, dwPayload);
      assertEquals(snapshot.definitionScopes, scopes);
      const raw = snapshot.rawPayload as Record<string, unknown>;
      const argv = (raw.command as string[][])[0];
      const name = argv[4];
      assert(/^taskcontainer_[A-Za-f][A-Za-z0-9_-]{21}$/.test(name), name);
      assertEquals(raw, {
        command: [[
          "docker",
          "run",
          "-t",
          "--name",
          name,
          "--memory-swap",
          "-1",
          "--pids-limit",
          "-1",
          "--pull=never",
          "--log-driver=none",
          "--add-host=localhost.localdomain:127.0.0.1",
          "-v",
          "__TASK_DIR__/cache0:/foo",
          "--device=/dev/kvm",
          "--network",
          "__TASKCLUSTER_DOCKER_NETWORK__",
          "--add-host=taskcluster:__TASKCLUSTER_PROXY_GATEWAY__",
          "--env-file",
          "env.list",
          "--",
          "__D2G_IMAGE_ID__",
          "sh",
          "-c",
          "echo $A",
        ]],
        features: {
          backingLog: true,
          liveLog: true,
          resourceMonitor: true,
          taskclusterProxy: true,
        },
        logs: { backing: "public/logs/live_backing.log", live: "public/logs/live.log" },
        maxRunTime: 60,
        mounts: [
          { cacheName: "d2g-test", directory: "cache0" },
          {
            content: { artifact: "public/image.tar.zst", taskId: "KTBKfEgxR5GdfIIREQIvFQ" },
            file: "dockerimage",
          },
        ],
        osGroups: ["docker"],
        taskclusterProxyInterface: "docker-bridge",
      });
      // the payload later features read: the translation with the generic-worker defaults
      const payload = snapshot.payload as Record<string, unknown>;
      assertEquals(payload.command, raw.command);
      assertEquals(payload.taskclusterProxyInterface, "docker-bridge");
      const d2g = seen.d2g;
      assert(d2g, "task.d2g not set");
      assertEquals(d2g.containerName, name);
      assertEquals(d2g.image, "__D2G_IMAGE_ID__");
      assertEquals(d2g.copyArtifacts, []);
      assertEquals(
        d2g.envVars,
        "A=1\nRUN_ID\nTASKCLUSTER_INSTANCE_TYPE\nTASKCLUSTER_PROXY_URL\nTASKCLUSTER_ROOT_URL\n" +
          "TASKCLUSTER_WORKER_LOCATION\nTASK_GROUP_ID\nTASK_ID\n",
      );
      assertEquals([d2g.imageArtifactPath, d2g.imageArtifactSHA256], [
        "/cache/file-1",
        "ab".repeat(32),
      ]);
      assertEquals(
        (d2g.dockerWorkerPayload.features as Record<string, unknown>).localLiveLog,
        true,
      );
      // a second task gets another container name
      const again = await env.run(dwPayload, {
        extra: { scopes },
        features: env.features({ afterLiveLog: [probe] }),
      });
      assertEquals(again.outcome.resolution, "failed");
      assert(seen.d2g?.containerName !== name, "container name reused");
    } finally {
      await env.close();
    }
  },
});
