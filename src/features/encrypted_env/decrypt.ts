/**
 * Encrypted environment variables (`payload.encryptedEnv`, docker-worker's
 * format; spec 18): each entry is the base64 of an OpenPGP message encrypted
 * to the worker pool's public key (as printed by `new-openpgp-keypair`),
 * which decrypts to
 * `{"messageVersion":1,"taskId","startTime","endTime","name","value"}`.
 *
 * A message is accepted only when `messageVersion` is 1, `taskId` is this
 * task's, `startTime <= now <= endTime` (ms since the epoch), `name` is a
 * valid variable name that is neither reserved (the worker's fixed and
 * feature variables) nor a key of `payload.env` nor given twice, and
 * `value` is a string. A violation is reported with its reason, never with
 * the value.
 *
 * ```ts
 * const key = await readDecryptionKey("/etc/generic-worker/openpgp.key");
 * const r = await decryptEncryptedEnv(payload.encryptedEnv, key, { taskId, env: payload.env, now: Date.now() });
 * if (!r.ok) throw malformedPayload(r.reason);
 * ```
 */
import type { PrivateKey } from "openpgp";

// Loaded on first use: the library is large and most workers never decrypt anything.
const pgp = () => import("openpgp");

/** Variables no encrypted entry may set: the worker's fixed and feature variables (spec 8.2). */
export const RESERVED_ENV_NAMES: ReadonlySet<string> = new Set([
  "TASK_ID",
  "RUN_ID",
  "TASK_WORKDIR",
  "TASK_GROUP_ID",
  "TASKCLUSTER_ROOT_URL",
  "TASKCLUSTER_WORKER_LOCATION",
  "TASKCLUSTER_INSTANCE_TYPE",
  "TASKCLUSTER_PROXY_URL",
  "TASKCLUSTER_DOCKER_NETWORK",
  "TASKCLUSTER_PROXY_GATEWAY",
  "TASKCLUSTER_VIDEO_DEVICE",
  "TASK_USER_CREDENTIALS",
  "DISPLAY",
  "XDG_RUNTIME_DIR",
]);

/** A decrypted variable. */
export interface SecretVariable {
  name: string;
  value: string;
}

/** The outcome: the variables in payload order, or the first violation. */
export type DecryptResult =
  | { ok: true; variables: SecretVariable[] }
  | { ok: false; reason: string };

/** What a message is checked against. */
export interface EncryptedEnvContext {
  taskId: string;
  /** `payload.env` (its names may not be set again). */
  env?: Readonly<Record<string, unknown>>;
  /** Now, ms since the epoch. */
  now: number;
  /** Names that may not be set; default `RESERVED_ENV_NAMES`. */
  reserved?: ReadonlySet<string>;
}

/** The worker's decryption key (an unlocked OpenPGP private key). */
export type DecryptionKey = PrivateKey;

/**
 * Reads the armored OpenPGP private key written by `new-openpgp-keypair`.
 * Throws with a reason when the file is unreadable, not a private key, or
 * protected by a passphrase.
 */
export async function readDecryptionKey(path: string): Promise<DecryptionKey> {
  const armored = await Deno.readTextFile(path);
  return await parseDecryptionKey(armored);
}

/** Parses an armored OpenPGP private key; throws with a reason unless it is usable as is. */
export async function parseDecryptionKey(armored: string): Promise<DecryptionKey> {
  const openpgp = await pgp();
  let key: PrivateKey;
  try {
    key = await openpgp.readPrivateKey({ armoredKey: armored });
  } catch (e) {
    throw new Error(`not an armored OpenPGP private key: ${(e as Error).message}`);
  }
  if (!key.isDecrypted()) {
    throw new Error("the OpenPGP private key is protected by a passphrase; it must not be");
  }
  return key;
}

function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, "");
  if (clean === "" || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined;
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function decryptOne(entry: string, key: DecryptionKey): Promise<string> {
  const bytes = decodeBase64(entry);
  if (!bytes) throw new Error("it is not base64");
  const openpgp = await pgp();
  const text = new TextDecoder().decode(bytes.subarray(0, 64));
  const message = text.startsWith("-----BEGIN PGP MESSAGE-----")
    ? await openpgp.readMessage({ armoredMessage: new TextDecoder().decode(bytes) })
    : await openpgp.readMessage({ binaryMessage: bytes });
  const { data } = await openpgp.decrypt({ message, decryptionKeys: key, format: "utf8" });
  return data as string;
}

const NAME = /^[^=\0]+$/;

/**
 * Decrypts and checks every entry of `payload.encryptedEnv`; the first
 * violation wins (reason text: `encryptedEnv[<i>]: ...`).
 */
export async function decryptEncryptedEnv(
  entries: readonly unknown[],
  key: DecryptionKey,
  ctx: EncryptedEnvContext,
): Promise<DecryptResult> {
  const reserved = ctx.reserved ?? RESERVED_ENV_NAMES;
  const env = ctx.env ?? {};
  const seen = new Set<string>();
  const variables: SecretVariable[] = [];
  for (let i = 0; i < entries.length; i++) {
    const where = `encryptedEnv[${i}]`;
    const entry = entries[i];
    if (typeof entry !== "string") return { ok: false, reason: `${where}: not a string` };
    let plain: string;
    try {
      plain = await decryptOne(entry, key);
    } catch (e) {
      return {
        ok: false,
        reason: `${where}: could not be decrypted with this worker pool's key: ${
          (e as Error).message
        }`,
      };
    }
    let doc: unknown;
    try {
      doc = JSON.parse(plain);
    } catch {
      return { ok: false, reason: `${where}: the decrypted message is not JSON` };
    }
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
      return { ok: false, reason: `${where}: the decrypted message is not a JSON object` };
    }
    const m = doc as Record<string, unknown>;
    if (m.messageVersion !== 1) {
      return {
        ok: false,
        reason: `${where}: unsupported messageVersion ${
          JSON.stringify(m.messageVersion)
        } (only 1 is supported)`,
      };
    }
    if (m.taskId !== ctx.taskId) {
      return {
        ok: false,
        reason: `${where}: the message is for task ${
          JSON.stringify(m.taskId)
        }, not for this task (${ctx.taskId})`,
      };
    }
    if (typeof m.startTime !== "number" || typeof m.endTime !== "number") {
      return {
        ok: false,
        reason: `${where}: startTime and endTime must be numbers (ms since the epoch)`,
      };
    }
    if (ctx.now < m.startTime) {
      return {
        ok: false,
        reason: `${where}: the message is not valid before ${new Date(m.startTime).toISOString()}`,
      };
    }
    if (ctx.now > m.endTime) {
      return {
        ok: false,
        reason: `${where}: the message expired at ${new Date(m.endTime).toISOString()}`,
      };
    }
    if (typeof m.name !== "string" || !NAME.test(m.name)) {
      return { ok: false, reason: `${where}: name must be a non-empty string without "=" or NUL` };
    }
    const name = m.name;
    if (reserved.has(name)) {
      return {
        ok: false,
        reason: `${where}: ${name} is set by the worker and cannot be overridden`,
      };
    }
    if (Object.hasOwn(env, name)) {
      return { ok: false, reason: `${where}: ${name} is already defined in payload.env` };
    }
    if (seen.has(name)) {
      return { ok: false, reason: `${where}: ${name} is given more than once in encryptedEnv` };
    }
    if (typeof m.value !== "string") {
      return { ok: false, reason: `${where}: value of ${name} must be a string` };
    }
    if (m.value.includes("\0")) {
      return { ok: false, reason: `${where}: value of ${name} contains a NUL character` };
    }
    seen.add(name);
    variables.push({ name, value: m.value });
  }
  return { ok: true, variables };
}

/**
 * Encrypts one variable for a task, as a task submitter would (tests, tools):
 * base64 of the binary OpenPGP message for `armoredPublicKey`.
 */
export async function encryptEnvVariable(
  armoredPublicKey: string,
  message: {
    messageVersion?: number;
    taskId: string;
    startTime: number;
    endTime: number;
    name: string;
    value: string;
  },
): Promise<string> {
  const openpgp = await pgp();
  const key = await openpgp.readKey({ armoredKey: armoredPublicKey });
  const text = JSON.stringify({ messageVersion: 1, ...message });
  const enc = await openpgp.encrypt({
    message: await openpgp.createMessage({ text }),
    encryptionKeys: key,
    format: "binary",
  });
  let bin = "";
  const bytes = enc as Uint8Array;
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}
