/** Config loading (exit 64) and validation (exit 73), unit level and through the real CLI. */
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes, assertThrows } from "../helpers/assert.ts";
import { runCli } from "../helpers/cli.ts";
import { CONFIG_KEYS } from "../../src/config/config.ts";
import { parseConfig, publicConfigJSON, validateConfig } from "../../src/config/load.ts";
import { WorkerExit } from "../../src/exit_codes.ts";

const MINIMAL = {
  accessToken: "secret-token-value",
  clientId: "worker/test",
  rootURL: "http://127.0.0.1:8080",
  workerId: "w1",
  workerType: "wt",
  ed25519SigningKeyLocation: "/tmp/key",
};

function exitOf(fn: () => unknown): WorkerExit {
  const e = assertThrows(fn);
  assert(e instanceof WorkerExit, `expected WorkerExit, got ${e}`);
  return e;
}

Deno.test("defaults apply and generic-worker metadata is computed", () => {
  const c = parseConfig(JSON.stringify(MINIMAL), "cfg.json", { platform: "linux" });
  assertEquals(c.capacity, 1);
  assertEquals(c.cachesDir, "caches");
  assertEquals(c.livelogPortBase, 60098);
  assertEquals(c.engine, "multiuser");
  assertEquals(c.tasksDir, "/home");
  assertEquals(c.d2gConfig.enableD2G, false);
  assertEquals(c.d2gConfig.gpus, "all");
  const gw = c.workerTypeMetadata["generic-worker"] as Record<string, unknown>;
  assertEquals(gw.version, "106.0.0");
  assertEquals(gw.engine, "multiuser");
  assertEquals(gw.config, { capacity: 1, headlessTasks: false });
  const ins = parseConfig(JSON.stringify({ ...MINIMAL, engine: "insecure" }), "c", {
    platform: "linux",
  });
  assertEquals(ins.tasksDir, "tasks");
  assertEquals((ins.workerTypeMetadata["generic-worker"] as Record<string, unknown>).config, {
    capacity: 1,
  });
  validateConfig(c);
});

Deno.test("file values merge over defaults; d2gConfig merges deeply; metadata replaced", () => {
  const c = parseConfig(
    JSON.stringify({
      ...MINIMAL,
      d2gConfig: { enableD2G: true },
      workerTypeMetadata: { "machine-setup": { x: 1 }, "generic-worker": { bogus: true } },
    }),
    "c",
    { platform: "linux" },
  );
  assertEquals(c.d2gConfig.enableD2G, true);
  assertEquals(c.d2gConfig.allowPrivileged, true);
  assertEquals(c.workerTypeMetadata["machine-setup"], { x: 1 });
  assertEquals(
    (c.workerTypeMetadata["generic-worker"] as Record<string, unknown>).bogus,
    undefined,
  );
});

Deno.test("keys match case-insensitively like Go (instanceID -> instanceId)", () => {
  const c = parseConfig(JSON.stringify({ ...MINIMAL, instanceID: "i-123" }), "c");
  assertEquals(c.instanceId, "i-123");
});

Deno.test("decoding errors exit 64 naming the key", () => {
  const cases: [unknown, string][] = [
    [{ ...MINIMAL, bogusKey: 1 }, '"bogusKey"'],
    [{ ...MINIMAL, deploymentId: "x" }, "v96"],
    [{ ...MINIMAL, capacity: "2" }, '"capacity"'],
    [{ ...MINIMAL, capacity: 1.5 }, '"capacity"'],
    [{ ...MINIMAL, capacity: 300 }, '"capacity"'],
    [{ ...MINIMAL, idleTimeoutSecs: -1 }, '"idleTimeoutSecs"'],
    [{ ...MINIMAL, cleanUpTaskDirs: "true" }, '"cleanUpTaskDirs"'],
    [{ ...MINIMAL, publicIP: "not-an-ip" }, '"publicIP"'],
    [{ ...MINIMAL, workerTypeMetadata: [] }, '"workerTypeMetadata"'],
    [{ ...MINIMAL, engine: "docker" }, '"engine"'],
    [{ ...MINIMAL, enableRDP: true }, '"enableRDP"'],
    [{ ...MINIMAL, engine: "insecure", headlessTasks: true }, '"headlessTasks"'],
    [{ ...MINIMAL, d2gConfig: { enableD2G: "yes" } }, "d2gConfig.enableD2G"],
    [[1, 2], "JSON object"],
  ];
  for (const [value, mention] of cases) {
    const e = exitOf(() => parseConfig(JSON.stringify(value), "my.cfg", { platform: "linux" }));
    assertEquals(e.code, 64, JSON.stringify(value));
    assertStringIncludes(e.message, mention);
    assertStringIncludes(e.message, "my.cfg");
  }
  assertEquals(exitOf(() => parseConfig("{not json", "my.cfg")).code, 64);
});

Deno.test("validation errors exit 73 naming the key", () => {
  for (const k of ["accessToken", "clientId", "rootURL", "workerId", "workerType"]) {
    const cfg: Record<string, unknown> = { ...MINIMAL };
    delete cfg[k];
    const e = exitOf(() => validateConfig(parseConfig(JSON.stringify(cfg), "c")));
    assertEquals(e.code, 73);
    assertStringIncludes(e.message, `Config setting "${k}" has not been defined`);
  }
  for (const k of ["cachesDir", "downloadsDir", "provisionerId", "workerGroup", "tasksDir"]) {
    const e = exitOf(() =>
      validateConfig(parseConfig(JSON.stringify({ ...MINIMAL, [k]: "" }), "c"))
    );
    assertEquals(e.code, 73);
    assertStringIncludes(e.message, `"${k}"`);
  }
  const cap0 = exitOf(() =>
    validateConfig(parseConfig(JSON.stringify({ ...MINIMAL, capacity: 0 }), "c"))
  );
  assertStringIncludes(cap0.message, "capacity must be at least 1 (got 0)");
  const headless = exitOf(() =>
    validateConfig(parseConfig(JSON.stringify({ ...MINIMAL, capacity: 2 }), "c"))
  );
  assertStringIncludes(headless.message, "headlessTasks");
  const overlap = exitOf(() =>
    validateConfig(
      parseConfig(JSON.stringify({ ...MINIMAL, interactivePort: 60099 }), "c"),
    )
  );
  assertStringIncludes(overlap.message, "port range overlap detected");
  const high = exitOf(() =>
    validateConfig(parseConfig(JSON.stringify({ ...MINIMAL, livelogPortBase: 65535 }), "c"))
  );
  assertStringIncludes(high.message, "livelogPortBase");
  const url = exitOf(() =>
    validateConfig(parseConfig(JSON.stringify({ ...MINIMAL, rootURL: "nope" }), "c"))
  );
  assertStringIncludes(url.message, "rootURL");
  // capacity 2 with headless: ranges widen; default ports still do not overlap
  validateConfig(
    parseConfig(JSON.stringify({ ...MINIMAL, capacity: 2, headlessTasks: true }), "c"),
  );
});

Deno.test("the logged config leaves out secrets and sorts keys", () => {
  const c = parseConfig(JSON.stringify({ ...MINIMAL, certificate: "cert-secret" }), "c");
  const text = publicConfigJSON(c);
  assert(!text.includes("secret-token-value"));
  assert(!text.includes("cert-secret"));
  const keys = Object.keys(JSON.parse(text));
  assertEquals(keys, [...keys].sort());
  assert(keys.includes("clientId"));
});

Deno.test("every schema key has a type, a description, and a default unless required", () => {
  for (const k of CONFIG_KEYS) {
    assert(k.description.length > 10, k.name);
    assert(k.required || k.default !== undefined || k.ip || k.name === "tasksDir", k.name);
  }
});

Deno.test("README documents every config key and the exit codes from the same help text", async () => {
  const readme = await Deno.readTextFile(new URL("../../README.md", import.meta.url));
  const { fullHelp } = await import("../../src/cli/help.ts");
  const start = readme.indexOf("<!-- BEGIN HELP -->");
  const end = readme.indexOf("<!-- END HELP -->");
  assert(start >= 0 && end > start, "README must embed the help between markers");
  const block = readme.slice(start, end);
  assertStringIncludes(block, fullHelp(), "README help block is stale: run deno task readme");
});

Deno.test("run: config problems give exit 64 / 73 through the real CLI", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-config-test-" });
  try {
    const missing = await runCli(["run", "--config", join(dir, "absent.json")]);
    assertEquals(missing.code, 64);
    assertStringIncludes(missing.stderr, "absent.json");
    const write = async (name: string, text: string) => {
      await Deno.writeTextFile(join(dir, name), text);
      return join(dir, name);
    };
    const badJson = await runCli(["run", "--config", await write("bad.json", "{")]);
    assertEquals(badJson.code, 64);
    assertStringIncludes(badJson.stderr, "invalid JSON");
    const unknown = await runCli([
      "run",
      "--config",
      await write("unknown.json", JSON.stringify({ ...MINIMAL, frob: 1 })),
    ]);
    assertEquals(unknown.code, 64);
    assertStringIncludes(unknown.stderr, '"frob"');
    const wrongType = await runCli([
      "run",
      "--config",
      await write("type.json", JSON.stringify({ ...MINIMAL, numberOfTasksToRun: "1" })),
    ]);
    assertEquals(wrongType.code, 64);
    assertStringIncludes(wrongType.stderr, '"numberOfTasksToRun"');
    if (Deno.build.os !== "windows" && Deno.uid() !== 0) {
      const unreadable = await write("unreadable.json", JSON.stringify(MINIMAL));
      await Deno.chmod(unreadable, 0o000);
      const r = await runCli(["run", "--config", unreadable]);
      assertEquals(r.code, 64);
    }
    const noWorkerId: Record<string, unknown> = { ...MINIMAL };
    delete noWorkerId.workerId;
    const invalid = await runCli([
      "run",
      "--config",
      await write("invalid.json", JSON.stringify(noWorkerId)),
    ]);
    assertEquals(invalid.code, 73);
    assertStringIncludes(invalid.stderr, 'Config setting "workerId" has not been defined');
    assert(!invalid.stderr.includes("secret-token-value"), "access token leaked to the log");
    // unreadable: a directory in place of the file works as root too
    const dirAsFile = join(dir, "dir.json");
    await Deno.mkdir(dirAsFile);
    assertEquals((await runCli(["run", "--config", dirAsFile])).code, 64);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("d2gConfig keys decode as Go's struct: case-insensitive names, unknown keys and wrong types exit 64", () => {
  const parse = (d2g: unknown) =>
    parseConfig(JSON.stringify({ ...MINIMAL, d2gConfig: d2g }), "cfg.json", { platform: "linux" });
  // a wrong-case name sets the field (it used to be kept beside it, D2G staying off)
  const c = parse({ enableD2g: true, ALLOWPRIVILEGED: false, Gpus: "none" });
  assertEquals(c.d2gConfig.enableD2G, true);
  assertEquals(c.d2gConfig.allowPrivileged, false);
  assertEquals(c.d2gConfig.gpus, "none");
  assertEquals(Object.keys(c.d2gConfig).filter((k) => k === "enableD2g" || k === "Gpus"), []);
  // defaults stay for the fields not given, and for null
  assertEquals(parse({ allowKVM: null }).d2gConfig.allowKVM, true);
  const unknown = exitOf(() => parse({ enableD2Gx: true }));
  assertEquals(unknown.code, 64);
  assertStringIncludes(unknown.message, 'unknown key "d2gConfig.enableD2Gx"');
  assertStringIncludes(unknown.message, 'did you mean "d2gConfig.enableD2G"?');
  const wrong = exitOf(() => parse({ EnableD2G: "true" }));
  assertEquals(wrong.code, 64);
  assertStringIncludes(wrong.message, 'key "d2gConfig.enableD2G" must be a boolean');
});
