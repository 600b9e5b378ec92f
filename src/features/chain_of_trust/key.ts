/**
 * The chain-of-trust signing key at start-up (spec 12.1 Init): read and
 * decode `ed25519SigningKeyLocation` (base64 of the 32-byte seed, as
 * `new-ed25519-keypair` writes it), then lock the file down to the worker's
 * user (owner = worker uid/gid, mode 0600). Any failure is exit 82.
 *
 * ```ts
 * const seed = await loadSigningKey(config.ed25519SigningKeyLocation); // or throws WorkerExit(82)
 * ```
 */
import { createHash } from "node:crypto";
import { decodeSeedFile } from "../../crypto/ed25519.ts";
import { MISSING_ED25519_PRIVATE_KEY, WorkerExit } from "../../exit_codes.ts";
import { isPosix } from "../../platform/info.ts";

/** The message the task log gets when the task user can read the key (Go `ChainOfTrustKeyNotSecureMessage`). */
export const KEY_NOT_SECURE_MESSAGE =
  "was expecting attempt to read private chain of trust key as task user to fail - however, it did not";

/** Reads, decodes and secures the signing key; throws `WorkerExit(82, "Missing ED25519 Private Key: ...")`. */
export async function loadSigningKey(path: string): Promise<Uint8Array> {
  try {
    const seed = decodeSeedFile(await Deno.readTextFile(path));
    if (isPosix()) {
      await Deno.chown(path, Deno.uid(), Deno.gid());
      await Deno.chmod(path, 0o600);
    }
    return seed;
  } catch (e) {
    throw new WorkerExit(
      MISSING_ED25519_PRIVATE_KEY,
      `Missing ED25519 Private Key: ${(e as Error).message}`,
    );
  }
}

/** Lower-case hex sha256 of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  const file = await Deno.open(path, { read: true });
  // the readable stream closes the file when it ends or is cancelled
  for await (const chunk of file.readable) hash.update(chunk);
  return hash.digest("hex");
}
