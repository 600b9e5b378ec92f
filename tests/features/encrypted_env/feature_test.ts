/** The Encrypted Environment Variables task feature over a fake task port. */
import * as openpgp from "openpgp";
import {
  encryptEnvVariable,
  parseDecryptionKey,
} from "../../../src/features/encrypted_env/decrypt.ts";
import {
  encryptedEnvDisabledReason,
  EncryptedEnvTaskFeature,
  loadEncryptedEnvKey,
} from "../../../src/features/encrypted_env/feature.ts";
import { assert, assertEquals, assertRejects } from "../../helpers/assert.ts";

const pair = await openpgp.generateKey({
  type: "ecc",
  curve: "curve25519Legacy",
  userIDs: [{ name: "generic-worker" }],
  format: "armored",
});
const key = await parseDecryptionKey(pair.privateKey);
const NOW = Date.UTC(2031, 5, 1);

function fake(encryptedEnv: string[], env: Record<string, string> = {}) {
  const secrets: string[] = [];
  const set: Record<string, string> = {};
  const info: string[] = [];
  return {
    secrets,
    set,
    info,
    task: {
      taskId: "T",
      encryptedEnv,
      env,
      addSecret: (v: string) => secrets.push(v),
      setEnv: (k: string, v: string) => set[k] = v,
      info: (m: string) => info.push(m),
    },
  };
}

const msg = (name: string, value: string, taskId = "T") =>
  encryptEnvVariable(pair.publicKey, { taskId, startTime: NOW - 1, endTime: NOW + 1, name, value });

Deno.test("encryptedEnv feature: values registered as secrets before being set", async () => {
  const f = fake([await msg("A", "alpha-secret"), await msg("B", "beta-secret")]);
  const feature = new EncryptedEnvTaskFeature(f.task, key, () => NOW);
  assertEquals(feature.requiredScopes(), []);
  assertEquals(await feature.start(), undefined);
  assertEquals(f.secrets, ["alpha-secret", "beta-secret"]);
  assertEquals(f.set, { A: "alpha-secret", B: "beta-secret" });
  assertEquals(f.info, ["[encryptedEnv] Decrypted 2 environment variable(s): A, B"]);
  assert(!f.info.join().includes("alpha-secret"));
});

Deno.test("encryptedEnv feature: violations are malformed-payload and set nothing", async () => {
  const f = fake([await msg("A", "x"), await msg("B", "y", "OtherTask")]);
  const err = await new EncryptedEnvTaskFeature(f.task, key, () => NOW).start();
  assertEquals(err?.reason, "malformed-payload");
  assert(err!.message.startsWith("encryptedEnv[1]: the message is for task"));
  assertEquals(f.set, {});
  assertEquals(f.secrets, []);
  assertEquals(
    encryptedEnvDisabledReason("p/w"),
    "this task uses payload.encryptedEnv, but encrypted environment variables are not enabled on this worker pool (p/w): the worker has no encryptedEnvPrivateKeyLocation configured",
  );
  await assertRejects(
    () => loadEncryptedEnvKey("/nonexistent/key"),
    "could not read the encryptedEnv OpenPGP private key /nonexistent/key",
  );
});
