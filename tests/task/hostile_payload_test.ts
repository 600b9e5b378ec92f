/**
 * Untrusted payload values through `runTask` (issue 10 items 3 and 4): a
 * huge `maxRunTime` is malformed-payload with the reason (it crashed the
 * live log's expiry date), and keys named like Object.prototype members
 * (`toString`, `valueOf`, `__proto__`, `constructor`) are plain data: they
 * crashed the schema's uniqueItems check, and must reach the command as the
 * environment variables they name.
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { EngineEnv, sh, testLiveLog } from "./helpers.ts";

const posix = Deno.build.os !== "windows";
const opts = { ignore: !posix, sanitizeOps: false, sanitizeResources: false };

Deno.test({
  ...opts,
  name: "hostile payloads: maxRunTime 2^53 and 1e300 -> malformed-payload naming the limit",
  fn: async () => {
    const env = await EngineEnv.start({ maxTaskRunTime: 300 });
    const live = testLiveLog();
    try {
      for (const [max, text] of [[2 ** 53, "9007199254740992"], [1e300, "1e+300"]] as const) {
        const { taskId, outcome } = await env.run(
          { command: sh("echo should-not-run"), maxRunTime: max },
          { liveLog: live },
        );
        assertEquals([outcome.resolution, outcome.reason], ["exception", "malformed-payload"]);
        assertEquals(await env.state(taskId), ["exception", "malformed-payload"]);
        const log = await env.log(taskId);
        assertStringIncludes(log, `task's maxRunTime of ${text} exceeded allowed maximum of 300`);
        assert(!log.includes("should-not-run\n"), log);
      }
    } finally {
      await live.close();
      await env.close();
    }
  },
});

const HOSTILE_KEYS = ["toString", "valueOf", "__proto__", "constructor", "hasOwnProperty"];

Deno.test({
  ...opts,
  name: "hostile payloads: toString/valueOf/__proto__/constructor keys are data, never a crash",
  fn: async () => {
    const env = await EngineEnv.start();
    try {
      for (const k of HOSTILE_KEYS) {
        // two artifacts with the key: the schema refuses the extra property
        const twoArtifacts = JSON.parse(
          `{"command": [["/bin/true"]], "maxRunTime": 30, "artifacts": [` +
            `{"type": "file", "path": "a", "${k}": 1}, {"type": "file", "path": "a", "${k}": 1}]}`,
        );
        const a = await env.run(twoArtifacts);
        assertEquals([a.outcome.resolution, a.outcome.reason], ["exception", "malformed-payload"]);
        const log = await env.log(a.taskId);
        assertStringIncludes(log, `artifacts.0: Additional property ${k} is not allowed`);
        assertStringIncludes(log, "artifacts: array items[0,1] must be unique");
        // the key as a feature flag and as an onExitStatus member: refused, not crashed
        const features = JSON.parse(
          `{"command": [["/bin/true"]], "maxRunTime": 30, "features": {"${k}": true},` +
            ` "onExitStatus": {"${k}": [1]}}`,
        );
        const f = await env.run(features);
        assertEquals([f.outcome.resolution, f.outcome.reason], ["exception", "malformed-payload"]);
      }
      // as environment variable names they are plain names the command sees
      const envPayload = JSON.parse(
        `{"command": [["/usr/bin/env"]], "maxRunTime": 30, "env": {` +
          HOSTILE_KEYS.map((k, i) => `"${k}": "value-${i}"`).join(", ") + `}}`,
      );
      const e = await env.run(envPayload);
      const log = await env.log(e.taskId);
      assertEquals(e.outcome.resolution, "completed", log);
      HOSTILE_KEYS.forEach((k, i) => assertStringIncludes(log, `\n${k}=value-${i}\n`));
    } finally {
      await env.close();
    }
  },
});
