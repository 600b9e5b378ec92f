/** The signing key at start-up: decoded and locked down, or exit 82. */
import { createHash } from "node:crypto";
import {
  KEY_NOT_SECURE_MESSAGE,
  loadSigningKey,
  sha256File,
} from "../../../src/features/chain_of_trust/key.ts";
import { generateEd25519 } from "../../../src/crypto/ed25519.ts";
import { WorkerExit } from "../../../src/exit_codes.ts";
import { assert, assertEquals } from "../../helpers/assert.ts";

Deno.test("loadSigningKey: reads the new-ed25519-keypair format and chmods it 0600", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-cotkey-" });
  try {
    const { seed } = await generateEd25519();
    const path = `${dir}/key`;
    await Deno.writeTextFile(path, btoa(String.fromCharCode(...seed)), { mode: 0o644 });
    await Deno.chmod(path, 0o644);
    assertEquals(await loadSigningKey(path), seed);
    assertEquals((await Deno.stat(path)).mode! & 0o777, 0o600);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("loadSigningKey: missing or invalid key exits 82 (MISSING_ED25519_PRIVATE_KEY)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-cotkey-" });
  try {
    await Deno.writeTextFile(`${dir}/short`, btoa("too short"));
    await Deno.writeTextFile(`${dir}/junk`, "%%% not base64");
    for (const p of [`${dir}/missing`, `${dir}/short`, `${dir}/junk`]) {
      let err: unknown;
      try {
        await loadSigningKey(p);
      } catch (e) {
        err = e;
      }
      assert(err instanceof WorkerExit, `expected WorkerExit for ${p}`);
      assertEquals(err.code, 82);
      assert(err.message.startsWith("Missing ED25519 Private Key: "), err.message);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("sha256File: streamed hash equals the hash of the bytes", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-cotkey-" });
  try {
    const data = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) & 0xff);
    await Deno.writeFile(`${dir}/f`, data);
    assertEquals(await sha256File(`${dir}/f`), createHash("sha256").update(data).digest("hex"));
    assertEquals(
      KEY_NOT_SECURE_MESSAGE,
      "was expecting attempt to read private chain of trust key as task user to fail - however, it did not",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
