/**
 * An operator's first mistakes, each answered with a useful message:
 * `<subcommand> --help`, a typo in a config key, Go's wording for a bad IP,
 * a rootURL on a port fetch refuses, keys that are accepted but not acted
 * on, a network error's cause, and a 401 from the Queue.
 */
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { runCli } from "../helpers/cli.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { networkCause } from "../../src/taskcluster/errors.ts";
import { nearestKey, parseConfig, unusedKeysWarning } from "../../src/config/load.ts";
import { COMMAND_NAMES } from "../../src/cli/commands.ts";

Deno.test("every subcommand's --help prints its usage and exits 0", async () => {
  for (const cmd of COMMAND_NAMES) {
    const r = await runCli([cmd, "--help"]);
    assertEquals(r.code, 0, `${cmd}: ${r.stderr}`);
    assertStringIncludes(r.stdout, `generic-worker ${cmd}`);
    assertStringIncludes(r.stdout, "Usage:");
  }
  const run = await runCli(["run", "-h"]);
  assertEquals(run.code, 0);
  assertStringIncludes(run.stdout, "--worker-runner-protocol-pipe");
  assertStringIncludes(run.stdout, "Config keys");
  const un = await runCli(["unarchive", "--help"]);
  assertStringIncludes(un.stdout, "--archive-fmt");
  assert(!un.stdout.includes("--data-dir"), "unarchive help lists serve-local's options");
});

Deno.test("config mistakes: nearest key suggested, Go's IP wording, bad-port rootURL explained", async () => {
  assertEquals(nearestKey("tasksdirr"), "tasksDir");
  assertEquals(nearestKey("idleTimeoutSec"), "idleTimeoutSecs");
  assertEquals(nearestKey("completelyUnrelatedThing"), undefined);
  const dir = await Deno.makeTempDir({ prefix: "gw-ux-" });
  try {
    const base = {
      accessToken: "a",
      clientId: "c",
      rootURL: "http://127.0.0.1:8080",
      workerId: "w",
      workerType: "t",
      ed25519SigningKeyLocation: "/k",
      engine: "insecure",
    };
    const write = async (name: string, v: unknown) => {
      const f = join(dir, name);
      await Deno.writeTextFile(f, JSON.stringify(v));
      return f;
    };
    let r = await runCli(["run", "--config", await write("a.json", { ...base, workerTyp: "x" })]);
    assertEquals(r.code, 64);
    assertStringIncludes(r.stderr, 'unknown key "workerTyp" (did you mean "workerType"?)');
    r = await runCli([
      "run",
      "--config",
      await write("b.json", { ...base, publicIP: "257.1.2.1" }),
    ]);
    assertEquals(r.code, 64);
    assertStringIncludes(r.stderr, "invalid IP address: 257.1.2.1");
    r = await runCli([
      "run",
      "--config",
      await write("c.json", { ...base, rootURL: "http://127.0.0.1:6000" }),
    ]);
    assertEquals(r.code, 73);
    assertStringIncludes(r.stderr, "uses port 6000, which fetch refuses to connect to");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("keys accepted but not acted on give one start-up warning naming them", () => {
  const base = {
    accessToken: "a",
    clientId: "c",
    rootURL: "http://127.0.0.1:8080",
    workerId: "w",
    workerType: "t",
  };
  assertEquals(unusedKeysWarning(parseConfig(JSON.stringify(base), "f")), undefined);
  const w = unusedKeysWarning(
    parseConfig(
      JSON.stringify({
        ...base,
        wstAudience: "a",
        wstServerURL: "https://wst",
        sentryProject: "p",
      }),
      "f",
    ),
  );
  assert(w);
  assertStringIncludes(w, "acted on by this worker: sentryProject (");
  // websocktunnel is acted on (the live log is exposed through it): not in the warning
  assert(!w.includes("wst"), w);
  // only the reasons of the keys that are set
  assertEquals(w.endsWith("sentryProject (no Sentry crash reports)"), true, w);
  const both = unusedKeysWarning(
    parseConfig(JSON.stringify({ ...base, livelogExecutable: "/usr/bin/livelog" }), "f"),
  );
  assertEquals(
    both,
    "WARNING: config keys accepted but not acted on by this worker: livelogExecutable (the live log runs in-process)",
  );
});

Deno.test("a refused connection names its cause, not just 'fetch failed'", async () => {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  const e = await fetch(`http://127.0.0.1:${port}/`).then(() => undefined, (e) => e);
  assert(e, "the connection was not refused");
  assertStringIncludes(networkCause(e), "Connection refused");
});

Deno.test({
  name: "a worker with a wrong accessToken is told to check clientId/accessToken (HTTP 401)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const cfg = await env.writeConfig({
        accessToken: "wrong-token-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        idleTimeoutSecs: 1,
      });
      const w = env.startWorker(cfg);
      assertEquals(await w.exited, 68, w.output());
      assertStringIncludes(w.output(), "check clientId and accessToken");
      assert(!w.output().includes("wrong-token-xxxx"), "the access token reached the log");
    } finally {
      await env.close();
    }
  },
});
