/**
 * The "Chain of Trust" task feature (spec 12.1; multiuser engine only):
 * requested by `payload.features.chainOfTrust`, enabled by
 * `enableChainOfTrust`, no scopes. Reserves `public/chain-of-trust.json`,
 * `public/chain-of-trust.json.sig` and `public/logs/certified.log`.
 *
 * Start: `/bin/cat <key>` run as the user the task's commands run as must
 * fail; otherwise exception/malformed-payload (`KEY_NOT_SECURE_MESSAGE`).
 * Stop (after the artifacts are uploaded): copy the backing log so far to
 * `generic-worker/certified.log` and upload it; hash every uploaded payload
 * artifact and certified.log; write `generic-worker/chain-of-trust.json`
 * (merged under the task's `chain-of-trust-additional-data.json` when that
 * exists, read as the task user); sign it into
 * `generic-worker/chain-of-trust.json.sig`; upload both.
 */
import { join } from "node:path";
import { buildChainOfTrust, type ChainOfTrustWorker, signChainOfTrust } from "./document.ts";
import { KEY_NOT_SECURE_MESSAGE, sha256File } from "./key.ts";

/** The feature's name. */
export const CHAIN_OF_TRUST = "Chain of Trust";

/** Artifact names the feature reserves. */
export const COT_ARTIFACTS = {
  certifiedLog: "public/logs/certified.log",
  certificate: "public/chain-of-trust.json",
  signature: "public/chain-of-trust.json.sig",
} as const;

/** Files in the task dir (relative). */
export const COT_FILES = {
  certifiedLog: join("generic-worker", "certified.log"),
  certificate: join("generic-worker", "chain-of-trust.json"),
  signature: join("generic-worker", "chain-of-trust.json.sig"),
  additionalData: "chain-of-trust-additional-data.json",
} as const;

/** An error deciding the task's resolution. */
export interface CoTFeatureError {
  reason: "malformed-payload" | "internal-error" | "resource-unavailable";
  message: string;
}

/** An upload the feature asks for. */
export interface CoTUpload {
  name: string;
  path: string;
  contentType: string;
  contentEncoding: "gzip";
}

/** What the feature needs from the task run. */
export interface CoTTask {
  taskId: string;
  runId: number;
  /** The task definition from the claim (for D2G: the original one). */
  definition: Record<string, unknown>;
  taskDir: string;
  /** Copies the backing log written so far to `dest` (a new file). */
  copyBackingLog(dest: string): Promise<void>;
  /** Runs argv as the user the task's commands run as, with the task env; resolves its exit code (or throws if it cannot start). */
  runAsCommandUser(argv: string[]): Promise<number>;
  /** Reads a task-written file with the task user's permissions. */
  readAsTaskUser(path: string): Promise<Uint8Array>;
  /** The s3/object artifacts uploaded so far: name and the original file's path. */
  uploadedArtifacts(): { name: string; path: string }[];
  /** Uploads a file as an artifact expiring with the task; resolves an error to report, if any. */
  upload(u: CoTUpload): Promise<CoTFeatureError | undefined>;
}

/** One task's chain of trust. */
export class ChainOfTrustTaskFeature {
  #disabled = false;
  constructor(
    private task: CoTTask,
    private seed: Uint8Array,
    private keyPath: string,
    private worker: ChainOfTrustWorker,
  ) {}

  /** No scopes are required. */
  requiredScopes(): string[][] {
    return [];
  }

  /** The three artifact names. */
  reservedArtifacts(): string[] {
    return [COT_ARTIFACTS.certificate, COT_ARTIFACTS.signature, COT_ARTIFACTS.certifiedLog];
  }

  /** The key check: malformed-payload when the task's user can read the signing key. */
  async start(): Promise<CoTFeatureError | undefined> {
    let code: number;
    try {
      code = await this.task.runAsCommandUser(["/bin/cat", this.keyPath]);
    } catch {
      code = -1; // could not even start: the key was not read
    }
    if (code === 0) {
      this.#disabled = true;
      return { reason: "malformed-payload", message: KEY_NOT_SECURE_MESSAGE };
    }
    return undefined;
  }

  /** Certified log, certificate and signature; returns the errors to report (first one decides). */
  async stop(): Promise<CoTFeatureError[]> {
    if (this.#disabled) return [];
    const t = this.task;
    const errors: CoTFeatureError[] = [];
    const add = (e: CoTFeatureError | undefined) => e && errors.push(e);
    const certifiedLog = join(t.taskDir, COT_FILES.certifiedLog);
    const certificate = join(t.taskDir, COT_FILES.certificate);
    const signature = join(t.taskDir, COT_FILES.signature);
    try {
      await removeIfPresent(certifiedLog);
      await t.copyBackingLog(certifiedLog);
    } catch (e) {
      return [{
        reason: "internal-error",
        message: `could not copy the backing log to ${certifiedLog}: ${(e as Error).message}`,
      }];
    }
    add(
      await t.upload({
        name: COT_ARTIFACTS.certifiedLog,
        path: certifiedLog,
        contentType: "text/plain; charset=utf-8",
        contentEncoding: "gzip",
      }),
    );
    let text: string;
    try {
      const hashes: Record<string, string> = {};
      const files = new Map(t.uploadedArtifacts().map((a) => [a.name, a.path]));
      if (errors.length === 0) files.set(COT_ARTIFACTS.certifiedLog, certifiedLog);
      for (const [name, path] of files) hashes[name] = await sha256File(path);
      let additionalData: unknown;
      const extra = join(t.taskDir, COT_FILES.additionalData);
      if (await exists(extra)) {
        const bytes = await t.readAsTaskUser(extra);
        try {
          additionalData = JSON.parse(new TextDecoder().decode(bytes));
        } catch (e) {
          throw new Error(`${COT_FILES.additionalData} is not valid JSON: ${(e as Error).message}`);
        }
      }
      text = buildChainOfTrust({
        task: t.definition,
        taskId: t.taskId,
        runId: t.runId,
        artifacts: hashes,
        worker: this.worker,
        additionalData,
      });
      await removeIfPresent(certificate);
      await Deno.writeTextFile(certificate, text, { mode: 0o644, createNew: true });
    } catch (e) {
      errors.push({ reason: "internal-error", message: `chain of trust: ${(e as Error).message}` });
      return errors;
    }
    add(
      await t.upload({
        name: COT_ARTIFACTS.certificate,
        path: certificate,
        contentType: "text/plain; charset=utf-8",
        contentEncoding: "gzip",
      }),
    );
    try {
      await removeIfPresent(signature);
      await Deno.writeFile(signature, await signChainOfTrust(this.seed, text), {
        mode: 0o644,
        createNew: true,
      });
    } catch (e) {
      errors.push({
        reason: "internal-error",
        message: `could not write ${signature}: ${(e as Error).message}`,
      });
      return errors;
    }
    add(
      await t.upload({
        name: COT_ARTIFACTS.signature,
        path: signature,
        contentType: "application/octet-stream",
        contentEncoding: "gzip",
      }),
    );
    return errors;
  }
}

// Files are never written through a path the task could have planted (a
// symlink is removed, not followed; `createNew` refuses anything in the way).
async function removeIfPresent(path: string): Promise<void> {
  try {
    await Deno.remove(path);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return false;
    throw e;
  }
}
