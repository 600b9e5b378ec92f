/**
 * encryptedEnv: messages encrypted in the test with openpgp to a key pair
 * made by the `new-openpgp-keypair` code path's format (armored ecc
 * curve25519), accepted or refused with a reason that never holds the value.
 */
import * as openpgp from "openpgp";
import {
  decryptEncryptedEnv,
  type DecryptionKey,
  encryptEnvVariable,
  parseDecryptionKey,
  readDecryptionKey,
} from "../../../src/features/encrypted_env/decrypt.ts";
import { assert, assertEquals, assertRejects, assertStringIncludes } from "../../helpers/assert.ts";

const TASK_ID = "Fk0A1l6oQ1aJ6VYN0VN4-g";
const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);
const SECRET = "s3cr3t-value-that-must-never-be-printed";

async function keyPair(): Promise<{ privateKey: string; publicKey: string }> {
  return await openpgp.generateKey({
    type: "ecc",
    curve: "curve25519Legacy",
    userIDs: [{ name: "generic-worker" }],
    format: "armored",
  });
}

const pair = await keyPair();
const key: DecryptionKey = await parseDecryptionKey(pair.privateKey);

function msg(over: Record<string, unknown> = {}) {
  return {
    taskId: TASK_ID,
    startTime: NOW - 60_000,
    endTime: NOW + 60_000,
    name: "API_TOKEN",
    value: SECRET,
    ...over,
  };
}

async function enc(over: Record<string, unknown> = {}): Promise<string> {
  return await encryptEnvVariable(
    pair.publicKey,
    msg(over) as Parameters<typeof encryptEnvVariable>[1],
  );
}

async function refused(entries: unknown[], env: Record<string, string> = {}): Promise<string> {
  const r = await decryptEncryptedEnv(entries, key, { taskId: TASK_ID, env, now: NOW });
  assert(!r.ok, "expected the entries to be refused");
  assert(!r.reason.includes(SECRET), "the reason must not hold the value");
  return r.reason;
}

Deno.test("encryptedEnv: valid messages decrypt to variables in order", async () => {
  const r = await decryptEncryptedEnv(
    [await enc(), await enc({ name: "OTHER", value: "two words\nand a line" })],
    key,
    { taskId: TASK_ID, env: { PLAIN: "x" }, now: NOW },
  );
  assertEquals(r, {
    ok: true,
    variables: [
      { name: "API_TOKEN", value: SECRET },
      { name: "OTHER", value: "two words\nand a line" },
    ],
  });
  // the window bounds are inclusive
  for (const now of [NOW - 60_000, NOW + 60_000]) {
    const b = await decryptEncryptedEnv([await enc()], key, { taskId: TASK_ID, now });
    assert(b.ok);
  }
});

Deno.test("encryptedEnv: armored messages (base64 of the armor) are accepted too", async () => {
  const pub = await openpgp.readKey({ armoredKey: pair.publicKey });
  const armored = await openpgp.encrypt({
    message: await openpgp.createMessage({ text: JSON.stringify({ messageVersion: 1, ...msg() }) }),
    encryptionKeys: pub,
  });
  const r = await decryptEncryptedEnv([btoa(armored as string)], key, {
    taskId: TASK_ID,
    now: NOW,
  });
  assert(r.ok && r.variables[0].value === SECRET);
});

Deno.test("encryptedEnv: wrong task id, time window, version are refused", async () => {
  assertStringIncludes(
    await refused([await enc({ taskId: "otherTaskId000000000aa" })]),
    'encryptedEnv[0]: the message is for task "otherTaskId000000000aa", not for this task',
  );
  assertStringIncludes(
    await refused([await enc({ startTime: NOW + 1 })]),
    "encryptedEnv[0]: the message is not valid before 2030-01-01T12:00:00.001Z",
  );
  assertStringIncludes(
    await refused([await enc({ endTime: NOW - 1 })]),
    "encryptedEnv[0]: the message expired at 2030-01-01T11:59:59.999Z",
  );
  assertStringIncludes(
    await refused([await enc({ messageVersion: 2 })]),
    "unsupported messageVersion 2",
  );
  assertStringIncludes(
    await refused([await enc({ startTime: "yesterday" })]),
    "startTime and endTime must be numbers",
  );
});

Deno.test("encryptedEnv: reserved, duplicate and payload.env names are refused", async () => {
  for (const name of ["TASK_ID", "RUN_ID", "TASKCLUSTER_PROXY_URL", "TASK_WORKDIR"]) {
    assertStringIncludes(
      await refused([await enc({ name })]),
      `${name} is set by the worker and cannot be overridden`,
    );
  }
  assertStringIncludes(
    await refused([await enc()], { API_TOKEN: "plain" }),
    "encryptedEnv[0]: API_TOKEN is already defined in payload.env",
  );
  assertStringIncludes(
    await refused([await enc(), await enc()]),
    "encryptedEnv[1]: API_TOKEN is given more than once",
  );
  assertStringIncludes(await refused([await enc({ name: "A=B" })]), "name must be");
  assertStringIncludes(await refused([await enc({ name: "" })]), "name must be");
  assertStringIncludes(
    await refused([await enc({ value: 42 })]),
    "value of API_TOKEN must be a string",
  );
});

Deno.test("encryptedEnv: corrupted, foreign-key and non-JSON messages are refused", async () => {
  const good = await enc();
  const bytes = Uint8Array.from(atob(good), (c) => c.charCodeAt(0));
  bytes[bytes.length - 5] ^= 0xff;
  const corrupted = btoa(String.fromCharCode(...bytes));
  assertStringIncludes(
    await refused([corrupted]),
    "encryptedEnv[0]: could not be decrypted with this worker pool's key",
  );
  assertStringIncludes(await refused(["%%% not base64 %%%"]), "it is not base64");
  assertStringIncludes(await refused([btoa("plain text, not OpenPGP")]), "could not be decrypted");
  const other = await keyPair();
  assertStringIncludes(
    await refused([
      await encryptEnvVariable(other.publicKey, msg() as Parameters<typeof encryptEnvVariable>[1]),
    ]),
    "could not be decrypted",
  );
  const pub = await openpgp.readKey({ armoredKey: pair.publicKey });
  const notJson = await openpgp.encrypt({
    message: await openpgp.createMessage({ text: "not json " + SECRET }),
    encryptionKeys: pub,
    format: "binary",
  });
  assertEquals(
    await refused([btoa(String.fromCharCode(...(notJson as Uint8Array)))]),
    "encryptedEnv[0]: the decrypted message is not JSON",
  );
  assertEquals(await refused([17]), "encryptedEnv[0]: not a string");
});

Deno.test("readDecryptionKey: armored key file; public or passphrase keys refused", async () => {
  const dir = await Deno.makeTempDir({ prefix: "encenv-" });
  try {
    await Deno.writeTextFile(`${dir}/key`, pair.privateKey);
    const k = await readDecryptionKey(`${dir}/key`);
    assertEquals(k.getFingerprint(), key.getFingerprint());
    await Deno.writeTextFile(`${dir}/pub`, pair.publicKey);
    await assertRejects(
      () => readDecryptionKey(`${dir}/pub`),
      "not an armored OpenPGP private key",
    );
    const locked = await openpgp.generateKey({
      type: "ecc",
      curve: "curve25519Legacy",
      userIDs: [{ name: "x" }],
      passphrase: "pw",
      format: "armored",
    });
    await assertRejects(() => parseDecryptionKey(locked.privateKey), "passphrase");
    await assertRejects(() => readDecryptionKey(`${dir}/missing`));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
