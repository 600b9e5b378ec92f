/**
 * `new-openpgp-keypair`: writes a new armored OpenPGP private key to the key
 * file (0600) and prints the armored public key. Tasks encrypt
 * `payload.encryptedEnv` messages to that public key.
 */
import { CANT_CREATE_OPENPGP_KEYPAIR, WorkerExit } from "../exit_codes.ts";
import { writeStdout } from "./output.ts";

/** Generates the key pair, writes the private key, prints the public key. */
export async function newOpenpgpKeypair(opts: { file: string }): Promise<void> {
  const openpgp = await import("openpgp");
  try {
    const { privateKey, publicKey } = await openpgp.generateKey({
      type: "ecc",
      curve: "curve25519Legacy",
      userIDs: [{ name: "generic-worker" }],
      format: "armored",
    });
    await Deno.writeTextFile(opts.file, privateKey, { mode: 0o600 });
    await Deno.chmod(opts.file, 0o600).catch(() => {});
    await writeStdout(publicKey);
  } catch (e) {
    throw new WorkerExit(
      CANT_CREATE_OPENPGP_KEYPAIR,
      `Could not generate OpenPGP keypair and write private key to file ${opts.file}: ${
        (e as Error).message
      }`,
    );
  }
}
