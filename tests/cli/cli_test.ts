/**
 * The CLI as a real subprocess: every helper subcommand, its success output
 * and its documented exit code on failure, usage errors, --help/--version.
 */
import { assert, assertEquals, assertMatch, assertStringIncludes } from "../helpers/assert.ts";
import { Buffer } from "node:buffer";
import { createPublicKey, verify } from "node:crypto";
import { join } from "node:path";
import { runCli } from "../helpers/cli.ts";
import { CONFIG_KEYS } from "../../src/config/config.ts";
import { EXIT_CODE_TABLE } from "../../src/exit_codes.ts";

async function tempDir(): Promise<string> {
  return await Deno.makeTempDir({ prefix: "gw-cli-test-" });
}

Deno.test("--help prints usage, every config key and every exit code", async () => {
  const r = await runCli(["--help"]);
  assertEquals(r.code, 0);
  assertStringIncludes(r.stdout, "generic-worker run");
  assertStringIncludes(r.stdout, "generic-worker unarchive");
  for (const k of CONFIG_KEYS) assertStringIncludes(r.stdout, `${k.name} (`);
  for (const e of EXIT_CODE_TABLE) assertStringIncludes(r.stdout, e.name);
});

Deno.test("--version and --short-version", async () => {
  const v = await runCli(["--version"]);
  assertEquals(v.code, 0);
  assertEquals(v.stdout, "generic-worker (multiuser engine) 106.0.0\n");
  const s = await runCli(["--short-version"]);
  assertEquals(s.code, 0);
  assertEquals(s.stdout, "106.0.0\n");
});

Deno.test("usage errors: unknown subcommand, unknown option, missing option, no args", async () => {
  for (
    const args of [
      ["frobnicate"],
      ["status", "--bogus"],
      ["create-file"],
      [],
      ["run", "--config"],
      ["--version", "extra"],
    ]
  ) {
    const r = await runCli(args);
    assertEquals(r.code, 1, `args ${JSON.stringify(args)}: ${r.stderr}`);
    assertStringIncludes(r.stderr, "Usage:");
    assertEquals(r.stdout, "");
  }
});

Deno.test("new-ed25519-keypair writes the seed and prints a public key that verifies", async () => {
  const dir = await tempDir();
  try {
    const keyFile = join(dir, "key");
    const r = await runCli(["new-ed25519-keypair", "--file", keyFile]);
    assertEquals(r.code, 0, r.stderr);
    const seedB64 = await Deno.readTextFile(keyFile);
    assert(!seedB64.endsWith("\n"));
    const seed = Uint8Array.from(atob(seedB64), (c) => c.charCodeAt(0));
    assertEquals(seed.length, 32);
    assertEquals(((await Deno.stat(keyFile)).mode ?? 0) & 0o777, 0o600);
    assert(!r.stdout.endsWith("\n"));
    const pub = Uint8Array.from(atob(r.stdout), (c) => c.charCodeAt(0));
    assertEquals(pub.length, 32);
    // Sign with the seed through our module, verify with node:crypto (independent).
    const { signEd25519 } = await import("../../src/crypto/ed25519.ts");
    const msg = new TextEncoder().encode("chain of trust");
    const sig = await signEd25519(seed, msg);
    const der = new Uint8Array([
      0x30,
      0x2a,
      0x30,
      0x05,
      0x06,
      0x03,
      0x2b,
      0x65,
      0x70,
      0x03,
      0x21,
      0x00,
      ...pub,
    ]);
    const key = createPublicKey({ key: Buffer.from(der), format: "der", type: "spki" });
    assert(verify(null, msg, key, sig));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("new-ed25519-keypair into a missing directory exits 75", async () => {
  const dir = await tempDir();
  try {
    const r = await runCli(["new-ed25519-keypair", "--file", join(dir, "nope", "key")]);
    assertEquals(r.code, 75);
    assertStringIncludes(r.stderr, "nope");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("copy-to-temp-file copies and prints the path; missing source or a directory exits 76", async () => {
  const dir = await tempDir();
  try {
    const src = join(dir, "data.bin");
    await Deno.writeTextFile(src, "payload bytes");
    const r = await runCli(["copy-to-temp-file", "--copy-file", src]);
    assertEquals(r.code, 0, r.stderr);
    const tmp = r.stdout.trim();
    assertMatch(tmp, /data\.bin/);
    assertEquals(await Deno.readTextFile(tmp), "payload bytes");
    await Deno.remove(tmp);
    const missing = await runCli(["copy-to-temp-file", "--copy-file", join(dir, "absent")]);
    assertEquals(missing.code, 76);
    assertStringIncludes(missing.stderr, "absent");
    const isDir = await runCli(["copy-to-temp-file", "--copy-file", dir]);
    assertEquals(isDir.code, 76);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("create-file creates; in a missing directory exits 79", async () => {
  const dir = await tempDir();
  try {
    const f = join(dir, "new.txt");
    assertEquals((await runCli(["create-file", "--create-file", f])).code, 0);
    assertEquals((await Deno.stat(f)).size, 0);
    const bad = await runCli(["create-file", "--create-file", join(dir, "x", "y")]);
    assertEquals(bad.code, 79);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("create-dir creates parents with 0700; under a file exits 80", async () => {
  const dir = await tempDir();
  try {
    const d = join(dir, "a", "b", "c");
    assertEquals((await runCli(["create-dir", "--create-dir", d])).code, 0);
    const st = await Deno.stat(d);
    assert(st.isDirectory);
    assertEquals((st.mode ?? 0) & 0o777, 0o700 & ~0o022 & 0o777);
    await Deno.writeTextFile(join(dir, "file"), "");
    const bad = await runCli(["create-dir", "--create-dir", join(dir, "file", "sub")]);
    assertEquals(bad.code, 80);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("status: no file, a file, and an unreadable file (84)", async () => {
  const dir = await tempDir();
  try {
    const env = { TMPDIR: dir };
    const none = await runCli(["status"], { env });
    assertEquals(none.code, 0);
    assertEquals(none.stdout, '{\n  "currentTaskIds": []\n}\n');
    const content = '{\n  "currentTaskIds": [\n    "abc"\n  ]\n}\n';
    await Deno.writeTextFile(join(dir, "worker-status.json"), content);
    const one = await runCli(["status"], { env });
    assertEquals(one.code, 0);
    assertEquals(one.stdout, content);
    await Deno.remove(join(dir, "worker-status.json"));
    await Deno.mkdir(join(dir, "worker-status.json"));
    const bad = await runCli(["status"], { env });
    assertEquals(bad.code, 84);
    assertStringIncludes(bad.stderr, "worker-status.json");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("show-payload-schema prints the Go-formatted schema for the engine", async () => {
  const { payloadSchemaText } = await import("../../src/task/payload_schema.ts");
  const multi = await runCli(["show-payload-schema"]);
  assertEquals(multi.code, 0, multi.stderr);
  const variant = Deno.build.os === "windows" ? "multiuser_windows" : "multiuser_posix";
  assertEquals(multi.stdout, payloadSchemaText(variant) + "\n");
  if (Deno.build.os !== "windows") {
    const insecure = await runCli(["show-payload-schema", "--engine", "insecure"]);
    assertEquals(insecure.code, 0);
    assertEquals(insecure.stdout, payloadSchemaText("insecure_posix") + "\n");
    // the insecure engine has no chainOfTrust in its generic payload (only the docker branch has it)
    const count = (s: string) => s.split('"chainOfTrust"').length - 1;
    assertEquals(count(multi.stdout) - count(insecure.stdout), 1);
  }
  const bad = await runCli(["show-payload-schema", "--engine", "docker"]);
  assertEquals(bad.code, 1);
  assertStringIncludes(bad.stderr, "--engine");
});
