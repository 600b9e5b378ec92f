/**
 * `new-ed25519-keypair`: writes base64(32-byte seed) to the key file (no
 * trailing newline, parent must exist, overwrites) and prints the base64
 * public key without a newline (spec 2, 12.1). Exit 75 on failure.
 */
import { CANT_CREATE_ED25519_KEYPAIR, WorkerExit } from "../exit_codes.ts";
import { generateEd25519 } from "../crypto/ed25519.ts";
import { writeStdout } from "./output.ts";

/** Options of `new-ed25519-keypair`. */
export interface KeypairOptions {
  file: string;
}

/** Generates the key pair, writes the private seed, prints the public key. */
export async function newEd25519Keypair(opts: KeypairOptions): Promise<void> {
  try {
    const { seed, publicKey } = await generateEd25519();
    await Deno.writeTextFile(opts.file, btoa(String.fromCharCode(...seed)), { mode: 0o600 });
    await Deno.chmod(opts.file, 0o600).catch(() => {});
    await writeStdout(btoa(String.fromCharCode(...publicKey)));
  } catch (e) {
    throw new WorkerExit(
      CANT_CREATE_ED25519_KEYPAIR,
      `Could not generate ed25519 keypair and write private key to file ${opts.file}: ${
        (e as Error).message
      }`,
    );
  }
}
