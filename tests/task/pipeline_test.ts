/**
 * The feature pipeline end to end through `runTask` against localtc:
 * malformed payloads (schema, feature not enabled, missing scopes with and
 * without `assume:` expansion, auth failure, artifact expiry, maxRunTime
 * above maxTaskRunTime, docker-worker payloads, disabled native payloads,
 * reserved artifact conflicts), start/stop order with the first error
 * deciding, and the task environment.
 */
import { join } from "node:path";
import tc from "taskcluster-client";
import type { Feature } from "../../src/features/feature.ts";
import { failure } from "../../src/task/errors.ts";
import { givenScopesText, requiredScopesText } from "../../src/task/pipeline.ts";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { EngineEnv, sh } from "./helpers.ts";

const posix = Deno.build.os !== "windows";
const opts = { ignore: !posix, sanitizeOps: false, sanitizeResources: false };

function scoped(required: string[][]): Feature {
  return {
    name: "Scoped",
    isEnabled: () => true,
    isRequested: () => true,
    newTaskFeature: () => ({ requiredScopes: () => required }),
  };
}

Deno.test("scope texts follow Go's scopes.Required / scopes.Given String()", () => {
  assertEquals(requiredScopesText([]), "<no scopes>");
  assertEquals(requiredScopesText([["a", "b"]]), "a, and\nb");
  assertEquals(requiredScopesText([["a"], ["b", "c"]]), "a, or\n(b and c)");
  assertEquals(givenScopesText([]), "<no scopes>");
  assertEquals(givenScopesText(["x", "y"]), "x and y");
});

Deno.test({
  ...opts,
  name: "malformed payloads: schema, not enabled, expiry, maxRunTime, docker, native disabled",
  fn: async () => {
    const env = await EngineEnv.start();
    try {
      const expect = async (
        payload: Record<string, unknown>,
        lastError: string,
        extra: Record<string, unknown> = {},
      ) => {
        const { taskId, outcome } = await env.run(payload, { extra });
        assertEquals([outcome.resolution, outcome.reason], ["exception", "malformed-payload"]);
        assertEquals(await env.state(taskId), ["exception", "malformed-payload"]);
        const log = await env.log(taskId);
        assert(!log.includes("Executing command"), "a command ran");
        const errorLines = lastError.split("\n").map((l) => `[taskcluster:error] ${l}\n`).join("");
        assert(log.endsWith(errorLines), `log does not end with ${errorLines}:\n${log}`);
        return { taskId, log };
      };

      const bad = await env.run({ command: "not a list", maxRunTime: 0 });
      const badLog = await env.log(bad.taskId);
      assertStringIncludes(badLog, "=== Task Starting ===\n");
      assertStringIncludes(
        badLog,
        "[taskcluster:error] Task payload for this worker type must conform to the following jsonschema:\n",
      );
      assertStringIncludes(
        badLog,
        '[taskcluster:error]   "$id": "/schemas/generic-worker/insecure_posix.json#",\n',
      );
      assertStringIncludes(
        badLog,
        "[taskcluster:error] TASK FAIL since the task payload is invalid. See errors:\n",
      );
      assertStringIncludes(badLog, "[taskcluster:error] - ");
      assert(
        badLog.endsWith(
          `[taskcluster:error] validation of payload failed for task ${bad.taskId}\n`,
        ),
      );
      assertEquals(bad.outcome.reason, "malformed-payload");

      const pool = env.pool;
      const wm = `${env.config.rootURL}/worker-manager/${encodeURIComponent(pool)}`;
      await expect(
        { command: sh("true"), maxRunTime: 30, features: { resourceMonitor: true } },
        `this task is attempting to use feature "Resource Monitor", but it's not enabled on this worker pool (${pool})\n` +
          `If you do not require this feature, remove the toggle from the task definition.\n` +
          `If you do require this feature, please do one of two things:\n` +
          `\t1. Contact the owner of the worker pool ${pool} (see ${wm}) and ask for "Resource Monitor" to be enabled.\n` +
          `\t2. Use a worker pool that already allows "Resource Monitor"`,
      );

      const now = Date.now();
      const deadline = new Date(now + 3_600_000).toISOString();
      const expires = new Date(now + 86_400_000).toISOString();
      const early = new Date(now + 60_000).toISOString();
      const late = new Date(now + 2 * 86_400_000).toISOString();
      const times = { deadline, expires };
      const ms = (t: string) => new Date(t).toISOString();
      await expect(
        {
          command: sh("true"),
          maxRunTime: 30,
          artifacts: [{ type: "file", path: "a.txt", expires: early }],
        },
        `malformed payload: artifact 'a.txt' expires before task deadline (${ms(early)} is before ${
          ms(deadline)
        })`,
        times,
      );
      await expect(
        {
          command: sh("true"),
          maxRunTime: 30,
          artifacts: [{ type: "file", path: "b.txt", expires: late }],
        },
        `malformed payload: artifact 'b.txt' expires after task expiry (${ms(late)} is after ${
          ms(expires)
        })`,
        times,
      );
      await expect(
        { command: sh("true"), maxRunTime: 100_000 },
        "task's maxRunTime of 100000 exceeded allowed maximum of 86400",
      );
      await expect(
        { image: "ubuntu:latest", command: ["true"], maxRunTime: 30 },
        `docker worker payload detected, but D2G is not enabled on this worker pool (${pool}).\n` +
          `If you need D2G to translate your Docker Worker payload so Generic Worker can process it, please do one of two things:\n` +
          `\t1. Contact the owner of the worker pool ${pool} (see ${wm}) and ask for D2G to be enabled.\n` +
          `\t2. Use a worker pool that already allows docker worker payloads (search for "enableD2G": "true" in the worker pool definition)`,
      );
      env.config.disableNativePayloads = true;
      await expect(
        { command: sh("true"), maxRunTime: 30 },
        `native Generic Worker payloads are disabled on this worker pool (${pool})`,
      );
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  ...opts,
  name:
    "scopes: missing -> malformed-payload text; assume: roles expanded; auth failure -> resource-unavailable",
  fn: async () => {
    const env = await EngineEnv.start();
    try {
      const features = env.features({
        afterLiveLog: [scoped([["generic-worker:a:x", "generic-worker:b"]])],
      });
      const missing = await env.run({ command: sh("true"), maxRunTime: 30 }, {
        features,
        extra: { scopes: ["queue:something", "other:*"] },
      });
      assertEquals(missing.outcome.reason, "malformed-payload");
      const log = await env.log(missing.taskId);
      assert(
        log.endsWith(
          [
            'Feature "Scoped" requires scopes:',
            "",
            "generic-worker:a:x, and",
            "generic-worker:b",
            "",
            "but task only has scopes:",
            "",
            "queue:something and other:*",
            "",
            "You probably should add some scopes to your task definition",
          ].map((l) => `[taskcluster:error] ${l}\n`).join(""),
        ),
        log,
      );

      const direct = await env.run({ command: sh("true"), maxRunTime: 30 }, {
        features,
        extra: { scopes: ["generic-worker:a:*", "generic-worker:b"] },
      });
      assertEquals(direct.outcome.resolution, "completed");

      const auth = new tc.Auth({ rootUrl: env.tc.rootUrl, credentials: env.tc.rootCredentials });
      await auth.createRole("project:gw-engine-test", {
        description: "test role",
        scopes: ["generic-worker:a:x", "generic-worker:b"],
      });
      const assumed = await env.run({ command: sh("true"), maxRunTime: 30 }, {
        features,
        extra: { scopes: ["assume:project:gw-engine-test"] },
      });
      assertEquals(assumed.outcome.resolution, "completed");

      const noAuth = await env.run({ command: sh("true"), maxRunTime: 30 }, {
        features,
        extra: { scopes: ["assume:project:gw-engine-test"] },
        deps: { workerCredentials: () => ({ clientId: "nobody", accessToken: "wrong" }) },
      });
      assertEquals([noAuth.outcome.resolution, noAuth.outcome.reason], [
        "exception",
        "resource-unavailable",
      ]);
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  ...opts,
  name: "pipeline: start in order, stop in reverse (always), first error decides, conflicts",
  fn: async () => {
    const env = await EngineEnv.start();
    try {
      const events: string[] = [];
      const probe = (
        name: string,
        start?: () => Promise<void>,
        reserved: string[] = [],
      ): Feature => ({
        name,
        isEnabled: () => true,
        isRequested: () => true,
        newTaskFeature: () => ({
          reservedArtifacts: () => reserved,
          start: async () => {
            events.push(`start ${name}`);
            await start?.();
          },
          stop: () => {
            events.push(`stop ${name}`);
            if (name === "B") return Promise.reject(failure("a later error"));
            return Promise.resolve();
          },
        }),
      });
      const failing = await env.run({ command: sh("echo ran"), maxRunTime: 30 }, {
        features: env.features({
          afterLiveLog: [
            probe("A"),
            probe("B", () => Promise.reject(failure("B could not start"))),
            probe("C"),
          ],
        }),
      });
      assertEquals(events, ["start A", "start B", "stop B", "stop A"]);
      assertEquals([failing.outcome.resolution, failing.outcome.message], [
        "failed",
        "B could not start",
      ]);
      const log = await env.log(failing.taskId);
      assert(!log.includes("Executing command"));
      assert(log.endsWith("[taskcluster:error] B could not start\n"), log);

      events.length = 0;
      const crash = await env.run({ command: sh("true"), maxRunTime: 30 }, {
        features: env.features({
          afterLiveLog: [probe("D", () => Promise.reject(new Error("unexpected bug")))],
        }),
      });
      assertEquals([crash.outcome.resolution, crash.outcome.reason], [
        "exception",
        "internal-error",
      ]);

      const conflict = await env.run({ command: sh("true"), maxRunTime: 30 }, {
        features: env.features({ afterLiveLog: [probe("E", undefined, ["public/logs/live.log"])] }),
      });
      assertEquals(conflict.outcome.reason, "malformed-payload");
      assertEquals(
        conflict.outcome.message,
        'Feature "E" wishes to publish artifact public/logs/live.log but feature Live Log has already reserved this artifact name',
      );
      const backing = await env.run({ command: sh("true"), maxRunTime: 30 }, {
        features: env.features({
          afterLiveLog: [probe("F", undefined, ["public/logs/live_backing.log"])],
        }),
      });
      assertEquals(
        backing.outcome.message,
        'Feature "F" wishes to publish artifact public/logs/live_backing.log but feature Backing log has already reserved this artifact name',
      );
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  ...opts,
  name: "env: fixed variables win, the access tokens reach neither the task nor the log",
  fn: async () => {
    const env = await EngineEnv.start({
      workerLocation: '{"cloud":"test"}',
      instanceType: "test.large",
    });
    try {
      const token = env.config.accessToken;
      const leaky: Feature = {
        name: "Leaky",
        isEnabled: () => true,
        isRequested: () => true,
        newTaskFeature: (task) => ({
          start: async () => {
            await task.log.info(`worker token: ${token}`);
            await task.log.info(`task token: ${task.credentials.accessToken}`);
          },
        }),
      };
      const out = join(env.dir, "env.txt");
      const { taskId, outcome } = await env.run(
        {
          command: sh(`env > '${out}'; echo "id=$TASK_ID run=$RUN_ID mine=$MY_VAR"`),
          maxRunTime: 30,
          env: {
            TASK_ID: "overridden",
            RUN_ID: "9",
            TASK_WORKDIR: "/elsewhere",
            TASK_GROUP_ID: "g",
            TASKCLUSTER_ROOT_URL: "https://evil.example.com",
            MY_VAR: "mine",
          },
        },
        {
          features: env.features({ afterLiveLog: [leaky] }),
          deps: {
            processEnv: {
              PATH: "/usr/local/bin:/usr/bin:/bin",
              TASKCLUSTER_ACCESS_TOKEN: token,
              SOME_OTHER_NAME: `prefix-${token}`,
              INHERITED: "yes",
            },
          },
        },
      );
      assertEquals(outcome.resolution, "completed");
      const vars = new Map(
        (await Deno.readTextFile(out)).trim().split("\n").map((l) => {
          const i = l.indexOf("=");
          return [l.slice(0, i), l.slice(i + 1)];
        }),
      );
      const taskDir = join(env.config.tasksDir, `task_${taskId.slice(0, 13)}_0`);
      assertEquals(vars.get("TASK_ID"), taskId);
      assertEquals(vars.get("RUN_ID"), "0");
      assertEquals(vars.get("TASK_WORKDIR"), taskDir);
      assertEquals(vars.get("TASK_GROUP_ID"), taskId);
      assertEquals(vars.get("TASKCLUSTER_ROOT_URL"), env.config.rootURL);
      assertEquals(vars.get("TASKCLUSTER_WORKER_LOCATION"), '{"cloud":"test"}');
      assertEquals(vars.get("TASKCLUSTER_INSTANCE_TYPE"), "test.large");
      assertEquals(vars.get("MY_VAR"), "mine");
      assertEquals(vars.get("INHERITED"), "yes");
      assertEquals(vars.has("TASKCLUSTER_ACCESS_TOKEN"), false);
      assertEquals(vars.has("SOME_OTHER_NAME"), false);
      for (const v of vars.values()) {
        assert(!v.includes(token), "the worker token reached the task");
      }
      const log = await env.log(taskId);
      assertStringIncludes(log, `id=${taskId} run=0 mine=mine\n`);
      assertStringIncludes(log, "] worker token: *************\n");
      assertStringIncludes(log, "] task token: *************\n");
      assert(!log.includes(token));
      assert(
        !env.workerLines.join("\n").includes(token),
        "the worker token reached the worker log",
      );
    } finally {
      await env.close();
    }
  },
});
