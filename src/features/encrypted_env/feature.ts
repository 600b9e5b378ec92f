/**
 * The "Encrypted Environment Variables" task feature: requested when
 * `payload.encryptedEnv` is non-empty; enabled when the worker has
 * `encryptedEnvPrivateKeyLocation` (key read once at start-up; an unusable
 * key stops the worker). Start decrypts and checks every entry (see
 * decrypt.ts), registers each value as a secret with the task log (so it is
 * masked everywhere the task log goes) and sets the variables for the
 * commands. Any violation: exception/malformed-payload with the reason.
 */
import { decryptEncryptedEnv, type DecryptionKey, readDecryptionKey } from "./decrypt.ts";

/** The feature's name. */
export const ENCRYPTED_ENV = "Encrypted Environment Variables";

/** The malformed-payload text when a task uses encryptedEnv on a worker without a key. */
export function encryptedEnvDisabledReason(workerPoolId: string): string {
  return `this task uses payload.encryptedEnv, but encrypted environment variables are not enabled on this worker pool (${workerPoolId}): the worker has no encryptedEnvPrivateKeyLocation configured`;
}

/** Reads the key at start-up; throws with a reason (the worker then exits 69). */
export async function loadEncryptedEnvKey(path: string): Promise<DecryptionKey> {
  try {
    return await readDecryptionKey(path);
  } catch (e) {
    throw new Error(
      `could not read the encryptedEnv OpenPGP private key ${path}: ${(e as Error).message}`,
    );
  }
}

/** What the feature needs from the task run. */
export interface EncryptedEnvTask {
  taskId: string;
  encryptedEnv: readonly unknown[];
  /** `payload.env`. */
  env?: Readonly<Record<string, unknown>>;
  /** Masks `value` in everything written to the task log from now on. */
  addSecret(value: string): void;
  setEnv(name: string, value: string): void;
  info(message: string): void;
}

/** One task's decryption. */
export class EncryptedEnvTaskFeature {
  constructor(
    private task: EncryptedEnvTask,
    private key: DecryptionKey,
    private now: () => number = Date.now,
  ) {}

  /** No scopes are required (the message itself names the task). */
  requiredScopes(): string[][] {
    return [];
  }

  /** No artifacts are reserved. */
  reservedArtifacts(): string[] {
    return [];
  }

  /** Decrypts and sets the variables, or returns the malformed-payload reason. */
  async start(): Promise<{ reason: "malformed-payload"; message: string } | undefined> {
    const t = this.task;
    const r = await decryptEncryptedEnv(t.encryptedEnv, this.key, {
      taskId: t.taskId,
      env: t.env,
      now: this.now(),
    });
    if (!r.ok) return { reason: "malformed-payload", message: r.reason };
    for (const v of r.variables) {
      if (v.value !== "") t.addSecret(v.value);
      t.setEnv(v.name, v.value);
    }
    t.info(
      `[encryptedEnv] Decrypted ${r.variables.length} environment variable(s): ${
        r.variables.map((v) => v.name).join(", ")
      }`,
    );
    return undefined;
  }

  /** Nothing to undo. */
  stop(): void {}
}
