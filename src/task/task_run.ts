/**
 * One claimed task run (spec 7.2): its ids, directory, environment, log,
 * task-credential clients, and the feature pipeline that sets it up, runs
 * its commands and tears it down. `runTask` drives a `TaskRun` from claim
 * to resolution, including the reclaim loop (7.4) and the resolution call
 * (7.5).
 */
import { join } from "node:path";
import type { Config } from "../config/config.ts";
import { workerPoolId } from "../config/config.ts";
import type { Feature, TaskFeature } from "../features/feature.ts";
import type { LiveLogServer } from "../livelog/server.ts";
import type { RunningCommand } from "../platform/process.ts";
import {
  ArtifactUploadError,
  uploadObjectArtifact,
  uploadS3Artifact,
} from "../taskcluster/artifacts.ts";
import { Auth } from "../taskcluster/auth.ts";
import type { Credentials } from "../taskcluster/credentials.ts";
import { TaskclusterApiError } from "../taskcluster/errors.ts";
import { Queue } from "../taskcluster/queue.ts";
import type { PostArtifactRequest } from "../taskcluster/queue.ts";
import { satisfiesExpression } from "../taskcluster/scopes.ts";
import type { ClaimedTask, TaskResult } from "../worker/worker.ts";
import type { WorkerLog } from "../worker/worker_log.ts";
import { applyPayloadDefaults, type SchemaVariant } from "./payload_schema.ts";
import {
  asTaskError,
  internalError,
  malformedPayload,
  resourceUnavailable,
  TaskError,
  workerShutdown,
} from "./errors.ts";
import { TaskLog } from "./task_log.ts";

/** Everything a task run depends on. */
export interface TaskRunDeps {
  config: Config;
  claim: ClaimedTask;
  features: readonly Feature[];
  workerLog: WorkerLog;
  /** Aborted = graceful termination without finishing tasks (exception/worker-shutdown). */
  shutdown: AbortSignal;
  variant: SchemaVariant;
  liveLog?: LiveLogServer;
  /** Credentials of the worker itself (auth.expandScopes). */
  workerCredentials: () => Credentials;
  now?: () => number;
  /** Reclaim this long before takenUntil, ms (spec: 3 minutes). */
  reclaimMarginMs?: number;
}

/** An artifact this run uploaded (chain of trust hashes them). */
export interface UploadedArtifact {
  name: string;
  path: string;
  storageType: "s3" | "object";
}

/** Options of `TaskRun.uploadFile`. */
export interface FileUpload {
  name: string;
  path: string;
  contentType: string;
  contentEncoding: "gzip" | "identity";
  expires: string;
}

/** Name of the task directory: `task_<taskId prefix>_<runId>`, at most 20 characters (spec 8.1). */
export function taskDirName(taskId: string, runId: number): string {
  const run = String(runId);
  return `task_${taskId.slice(0, 20 - 5 - 1 - run.length)}_${run}`;
}

/** One task run. Features read and adjust it; nothing below it calls back up. */
export class TaskRun {
  readonly config: Config;
  readonly taskId: string;
  readonly runId: number;
  /** The task definition from the claim. */
  readonly definition: Record<string, unknown>;
  /** The payload as submitted (validated by the Payload Validator feature). */
  readonly rawPayload: unknown;
  /** The payload with schema defaults applied (valid only after validation). */
  payload: Record<string, unknown>;
  readonly variant: SchemaVariant;
  readonly dirName: string;
  readonly taskDir: string;
  /** `<taskDir>/generic-worker` (0700), for files the task must not touch. */
  readonly gwDir: string;
  log!: TaskLog;
  /** The environment commands get (features adjust it before commands run). */
  env: Record<string, string> = {};
  /** argv of each command, set by the Command Generator. */
  commands: string[][] = [];
  /** Prefix that runs a command as the task user (set by multiuser features). */
  runAsPrefix: string[] = [];
  /** Last command's result (exit code, aborted). */
  lastExitCode?: number;
  lastAborted = false;
  /** The command currently running, if any. */
  current?: RunningCommand;
  readonly queue: Queue;
  readonly uploaded: UploadedArtifact[] = [];
  /** Artifact names reserved by features: name -> feature name. */
  readonly reserved = new Map<string, string>();
  readonly workerLog: WorkerLog;
  readonly liveLog?: LiveLogServer;
  readonly now: () => number;
  #credentials: Credentials;
  #credentialListeners: ((c: Credentials) => Promise<void> | void)[] = [];
  #errors: TaskError[] = [];
  #abortError?: TaskError;
  #abortListeners: ((e: TaskError) => void)[] = [];
  #workerCredentials: () => Credentials;

  constructor(deps: TaskRunDeps) {
    const { config, claim } = deps;
    this.config = config;
    this.taskId = claim.status.taskId;
    this.runId = claim.runId;
    this.definition = claim.task as Record<string, unknown>;
    this.rawPayload = this.definition.payload;
    this.variant = deps.variant;
    this.payload = (typeof this.rawPayload === "object" && this.rawPayload !== null)
      ? this.rawPayload as Record<string, unknown>
      : {};
    this.dirName = taskDirName(this.taskId, this.runId);
    this.taskDir = join(config.tasksDir, this.dirName);
    this.gwDir = join(this.taskDir, "generic-worker");
    this.workerLog = deps.workerLog;
    this.liveLog = deps.liveLog;
    this.now = deps.now ?? Date.now;
    this.#credentials = claim.credentials;
    this.#workerCredentials = deps.workerCredentials;
    this.queue = new Queue({ rootUrl: config.rootURL, credentials: claim.credentials });
  }

  /** Task scopes from the definition. */
  get scopes(): string[] {
    const s = this.definition.scopes;
    return Array.isArray(s) ? s.map(String) : [];
  }

  /** `task.expires` as an ISO string. */
  get expires(): string {
    return String(this.definition.expires ?? "");
  }

  /** `task.deadline` as an ISO string. */
  get deadline(): string {
    return String(this.definition.deadline ?? "");
  }

  /** The current task credentials (replaced at every reclaim). */
  get credentials(): Credentials {
    return this.#credentials;
  }

  /** Installs new task credentials and tells every listener (e.g. the proxy). */
  async setCredentials(c: Credentials): Promise<void> {
    this.#credentials = c;
    this.queue.setCredentials(c);
    for (const l of this.#credentialListeners) await l(c);
  }

  /** Calls `fn` with the new credentials after every reclaim. */
  onCredentials(fn: (c: Credentials) => Promise<void> | void): void {
    this.#credentialListeners.push(fn);
  }

  /** Payload validated with defaults applied (after the Payload Validator ran). */
  applyDefaults(): void {
    this.payload = applyPayloadDefaults(this.rawPayload, this.variant) as Record<string, unknown>;
  }

  /** The first error recorded, which decides the resolution. */
  get firstError(): TaskError | undefined {
    return this.#errors[0];
  }

  /** Records an error (the first one decides the resolution). */
  addError(e: TaskError): void {
    this.#errors.push(e);
  }

  /** The pending abort, if the task was aborted. */
  get abortError(): TaskError | undefined {
    return this.#abortError;
  }

  /** Calls `fn` when the task is aborted. */
  onAbort(fn: (e: TaskError) => void): void {
    this.#abortListeners.push(fn);
  }

  /**
   * Aborts the task (spec 12.9): logs `Aborting task...`, kills the running
   * command's process tree, and remembers `err` for the resolution.
   */
  abort(err: TaskError): void {
    if (this.#abortError) return;
    this.#abortError = err;
    void this.log?.error("Aborting task...");
    this.current?.kill();
    for (const l of this.#abortListeners) l(err);
  }

  /** Expands `assume:` scopes with auth.expandScopes (worker credentials). */
  async expandedScopes(): Promise<string[]> {
    const scopes = this.scopes;
    if (!scopes.some((s) => s.startsWith("assume:"))) return scopes;
    const auth = new Auth({ rootUrl: this.config.rootURL, credentials: this.#workerCredentials() });
    try {
      const r = await auth.expandScopes({ scopes });
      return r.scopes;
    } catch (e) {
      throw resourceUnavailable(`Could not expand task scopes: ${(e as Error).message}`);
    }
  }

  /** Upload a file artifact (s3 or object per config) and record it. Errors classified per spec 10.4. */
  async uploadFile(a: FileUpload): Promise<void> {
    const storage = this.config.createObjectArtifacts ? "object" : "s3";
    try {
      const base = {
        taskId: this.taskId,
        runId: this.runId,
        name: a.name,
        path: a.path,
        contentType: a.contentType,
        expires: a.expires,
      };
      if (storage === "object") await uploadObjectArtifact(this.queue, base);
      else await uploadS3Artifact(this.queue, { ...base, contentEncoding: a.contentEncoding });
      this.uploaded.push({ name: a.name, path: a.path, storageType: storage });
    } catch (e) {
      throw await this.classifyArtifactError(a.name, e);
    }
  }

  /** Creates a reference/link/error artifact, with the spec's error classification. */
  async createArtifact(name: string, body: PostArtifactRequest): Promise<void> {
    try {
      await this.queue.createArtifact(this.taskId, this.runId, name, body);
    } catch (e) {
      const err = await this.classifyArtifactError(name, e);
      if (err.message !== "ignored") throw err;
    }
  }

  /** Maps an artifact failure to the resolution table of spec 10.4 / 7.7. */
  async classifyArtifactError(name: string, e: unknown): Promise<TaskError> {
    const cause = e instanceof ArtifactUploadError ? e.cause : e;
    const step = e instanceof ArtifactUploadError ? e.step : "create";
    if (step !== "create") {
      return resourceUnavailable(`Error uploading artifact: ${(cause as Error)?.message ?? cause}`);
    }
    if (cause instanceof TaskclusterApiError) {
      if (cause.statusCode >= 500) {
        return resourceUnavailable(`Could not create artifact ${name}: ${cause.message}`);
      }
      if (cause.statusCode === 409) {
        return malformedPayload(
          `there was a conflict uploading artifact ${name} - this suggests artifact ${name} was already uploaded to this task with different content earlier on in this task.\nSee ${
            this.config.rootURL.replace(/\/+$/, "")
          }/tasks/${this.taskId}/runs/${this.runId}`,
        );
      }
      const state = await this.queryState();
      if (state === "exception" || state === "cancelled" || state === "deadline-exceeded") {
        return new TaskError("exception", "ignored", "internal-error");
      }
      return internalError(`Could not create artifact ${name}: ${cause.message}`);
    }
    return resourceUnavailable(`Error uploading artifact: ${(cause as Error)?.message ?? cause}`);
  }

  /** The task's current state, read without credentials; undefined when unreachable. */
  async queryState(): Promise<string | undefined> {
    try {
      const q = new Queue({ rootUrl: this.config.rootURL, retries: 2 });
      const s = await q.status(this.taskId);
      const run = s.status.runs?.[this.runId];
      return run?.reasonResolved === "canceled" ? "cancelled" : run?.state ?? s.status.state;
    } catch {
      return undefined;
    }
  }
}

/** Ensures `given` satisfies `required` (OR-of-AND); otherwise the spec's malformed-payload text. */
export async function checkScopes(
  task: TaskRun,
  featureName: string,
  required: string[][],
): Promise<void> {
  if (required.length === 0) return;
  let given = task.scopes;
  if (satisfiesExpression(given, required)) return;
  if (given.some((s) => s.startsWith("assume:"))) {
    given = await task.expandedScopes();
    if (satisfiesExpression(given, required)) return;
  }
  const req = required.map((set) => set.join(", ")).join("\n  OR\n");
  throw malformedPayload(
    `Feature "${featureName}" requires scopes:\n\n${req}\n\nbut task only has scopes:\n\n${
      task.scopes.join("\n")
    }\n\nYou probably should add some scopes to your task definition`,
  );
}

/** The "feature not enabled" malformed-payload text (spec 7.2). */
export function notEnabledMessage(feature: Feature, config: Config): string {
  const custom = feature.disabledReason?.(config);
  if (custom) return custom;
  const pool = workerPoolId(config);
  return `this task is attempting to use feature "${feature.name}", but it's not enabled on this worker pool (${pool})\n` +
    `If you do not require this feature, remove the toggle from the task payload. If you need it, ask the administrator of the worker pool to enable it:\n` +
    `${config.rootURL.replace(/\/+$/, "")}/worker-manager/${encodeURIComponent(pool)}`;
}

/**
 * Runs the feature pipeline: start in order (first error stops further
 * starts), stop in reverse (always). Errors are recorded on the task.
 */
export async function runFeatures(task: TaskRun, features: readonly Feature[]): Promise<void> {
  const started: { feature: Feature; tf: TaskFeature }[] = [];
  const reserved = task.reserved;
  reserved.set(
    String(
      task.payload?.logs && (task.payload.logs as Record<string, unknown>).backing ||
        "public/logs/live_backing.log",
    ),
    "Backing log",
  );
  try {
    for (const feature of features) {
      if (task.firstError || task.abortError) break;
      let tf: TaskFeature;
      try {
        if (!feature.isRequested(task)) continue;
        if (!feature.isEnabled(task.config)) {
          throw malformedPayload(notEnabledMessage(feature, task.config));
        }
        tf = feature.newTaskFeature(task);
        await checkScopes(task, feature.name, tf.requiredScopes?.() ?? []);
        for (const name of tf.reservedArtifacts?.() ?? []) {
          const owner = reserved.get(name);
          if (
            owner && owner !== feature.name &&
            !(owner === "Backing log" && feature.name === "Backing Log")
          ) {
            throw malformedPayload(
              `Feature "${feature.name}" wishes to publish artifact ${name} but feature ${owner} has already reserved this artifact name`,
            );
          }
          reserved.set(name, feature.name);
        }
      } catch (e) {
        task.addError(asTaskError(e));
        break;
      }
      started.push({ feature, tf });
      try {
        await tf.start?.();
      } catch (e) {
        task.addError(asTaskError(e));
        break;
      }
    }
  } finally {
    for (const { tf } of started.reverse()) {
      try {
        await tf.stop?.();
      } catch (e) {
        task.addError(asTaskError(e));
      }
    }
  }
}

/**
 * Drives one claimed task to resolution: task dir, feature pipeline,
 * reclaims, and the resolution call with the task credentials.
 */
export async function runTask(deps: TaskRunDeps): Promise<TaskResult> {
  const task = new TaskRun(deps);
  const { workerLog } = deps;
  const result: TaskResult = { taskId: task.taskId, runId: task.runId };
  workerLog.log(`Running task ${task.taskId}/${task.runId} in ${task.taskDir}`);
  try {
    await Deno.mkdir(task.taskDir, { recursive: true, mode: 0o777 });
    await Deno.chmod(task.taskDir, 0o777).catch(() => {});
    await Deno.mkdir(task.gwDir, { recursive: true, mode: 0o700 });
    task.log = await TaskLog.create(join(task.gwDir, "live_backing.log"), task.now);
  } catch (e) {
    workerLog.log(`Could not prepare task directory ${task.taskDir}: ${(e as Error).message}`);
    await task.queue.reportException(task.taskId, task.runId, { reason: "internal-error" })
      .catch((err) => workerLog.log(`Could not report exception: ${(err as Error).message}`));
    return result;
  }
  for (const secret of [deps.config.accessToken, deps.claim.credentials.accessToken]) {
    task.log.addSecret(secret);
  }
  const onShutdown = () =>
    task.abort(workerShutdown("graceful termination requested, without time to finish tasks"));
  if (deps.shutdown.aborted) onShutdown();
  else deps.shutdown.addEventListener("abort", onShutdown, { once: true });
  const reclaims = reclaimLoop(task, deps);
  try {
    await runFeatures(task, deps.features);
  } catch (e) {
    task.addError(asTaskError(e));
  } finally {
    reclaims.stop();
    deps.shutdown.removeEventListener("abort", onShutdown);
  }
  const err = task.abortError && !task.firstError ? task.abortError : task.firstError;
  const first = task.firstError ?? err;
  try {
    if (!first) {
      await task.queue.reportCompleted(task.taskId, task.runId);
    } else if (first.resolution === "failed") {
      await task.queue.reportFailed(task.taskId, task.runId);
    } else {
      if (first.reason === "worker-shutdown") result.workerShutdown = true;
      await task.queue.reportException(task.taskId, task.runId, {
        reason: first.reason ?? "internal-error",
      });
    }
    workerLog.log(
      `Resolved task ${task.taskId}/${task.runId}: ${
        !first
          ? "completed"
          : first.resolution === "failed"
          ? "failed"
          : `exception/${first.reason}`
      }`,
    );
  } catch (e) {
    workerLog.log(`Could not resolve task ${task.taskId}/${task.runId}: ${(e as Error).message}`);
    const state = await task.queryState();
    workerLog.log(`Task ${task.taskId}/${task.runId} is in state ${state ?? "unknown"}`);
  }
  if (deps.config.cleanUpTaskDirs) {
    await Deno.remove(task.log.path).catch(() => {});
  }
  return result;
}

interface ReclaimHandle {
  stop(): void;
}

/** The reclaim loop of spec 7.4. */
function reclaimLoop(task: TaskRun, deps: TaskRunDeps): ReclaimHandle {
  const margin = deps.reclaimMarginMs ?? 3 * 60_000;
  // Test hook (like the Go worker's): reclaim every N ms whatever takenUntil says.
  const every = Number(Deno.env.get("GENERIC_WORKER_TEST_RECLAIM_EVERY_MS") ?? 0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = (takenUntil: string) => {
    if (stopped) return;
    const at = Date.parse(takenUntil) - margin;
    const wait = every > 0 ? every : at - task.now();
    if (every <= 0 && wait < 30_000 && margin >= 60_000) {
      deps.workerLog.log(
        `WARNING: takenUntil ${takenUntil} is too close to reclaim task ${task.taskId}/${task.runId} in time; not reclaiming`,
      );
      return;
    }
    timer = setTimeout(async () => {
      if (stopped) return;
      try {
        const r = await task.queue.reclaimTask(task.taskId, task.runId);
        if (stopped) return;
        deps.workerLog.log(`Reclaimed task ${task.taskId}/${task.runId} until ${r.takenUntil}`);
        await task.setCredentials(r.credentials as Credentials);
        schedule(r.takenUntil);
      } catch (e) {
        if (stopped) return;
        deps.workerLog.log(
          `Could not reclaim task ${task.taskId}/${task.runId}: ${
            (e as Error).message
          }; aborting it`,
        );
        task.abort(
          new TaskError("exception", `reclaim failed: ${(e as Error).message}`, "internal-error"),
        );
      }
    }, Math.max(0, wait));
  };
  schedule(deps.claim.takenUntil);
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
