/**
 * One claimed task run (spec 7.2): its ids, directory, environment, log,
 * task-credential Queue client, errors and abort state. Features read and
 * adjust it (`env`, `runAsPrefix`, `onCredentials`, `uploadArtifact` ...);
 * nothing in it calls back up into the worker loop. `runTask` (run_task.ts)
 * drives a `TaskRun` from claim to resolution.
 *
 * ```ts
 * const outcome = await runTask({ config, claim, features, workerLog, shutdown });
 * ```
 */
import { join } from "node:path";
import { type Config, httpBackoff } from "../config/config.ts";
import type { LiveLogServer } from "../livelog/server.ts";
import type { Exposer } from "../livelog/expose.ts";
import type { RunningCommand } from "../platform/process.ts";
import { currentPlatform } from "../platform/info.ts";
import { Auth } from "../taskcluster/auth.ts";
import type { Credentials } from "../taskcluster/credentials.ts";
import type { RetryOptions } from "../taskcluster/retry.ts";
import { Queue } from "../taskcluster/queue.ts";
import type { PostArtifactRequest } from "../taskcluster/queue.ts";
import { type ArtifactRequest, uploadArtifact, type UploadedArtifact } from "./artifact_upload.ts";
import { resourceUnavailable, TaskError } from "./errors.ts";
import type { D2GInfo, TaskFileMountHandler } from "./d2g_info.ts";
import { applyPayloadDefaults, type SchemaVariant } from "./payload_schema.ts";
import type { TaskLog } from "./task_log.ts";

/** One entry of a claimWork response (the parts the engine reads). */
export interface TaskClaim {
  status: { taskId: string; taskGroupId?: string; [k: string]: unknown };
  runId: number;
  /** The task definition. */
  task: { [k: string]: unknown };
  credentials: Credentials;
  takenUntil: string;
}

/** Where the engine writes worker-log lines (the worker's `WorkerLog` fits). */
export type WorkerLogSink = ((line: string) => void) | { log(line: string): void };

export type { UploadedArtifact } from "./artifact_upload.ts";

/** Options of `TaskRun.uploadFile`. */
export interface FileUpload {
  name: string;
  path: string;
  contentType: string;
  contentEncoding: "gzip" | "identity";
  expires: string;
}

/** Everything a `TaskRun` is made from. */
export interface TaskRunInit {
  config: Config;
  claim: TaskClaim;
  workerLog: WorkerLogSink;
  variant?: SchemaVariant;
  liveLog?: LiveLogServer;
  /** The worker's exposer (local or websocktunnel), for features that serve a port. */
  exposer?: Exposer;
  /** The worker's own credentials (auth.expandScopes); default from the config. */
  workerCredentials?: () => Credentials;
  now?: () => number;
  /** The worker process environment (the insecure engine's base task env); default Deno.env. */
  processEnv?: Record<string, string>;
  /** Retry settings of the task's Queue client (default: the config's `httpBackoff*` keys). */
  retry?: RetryOptions;
}

/** Name of the task directory: `task_<taskId prefix>_<runId>`, at most 20 characters (spec 8.1). */
export function taskDirName(taskId: string, runId: number): string {
  const run = String(runId);
  return `task_${taskId.slice(0, Math.max(0, 20 - 5 - 1 - run.length))}_${run}`;
}

/** The payload schema a worker with this config validates against. */
export function payloadVariant(config: Pick<Config, "engine">): SchemaVariant {
  if (currentPlatform() === "windows") return "multiuser_windows";
  return config.engine === "insecure" ? "insecure_posix" : "multiuser_posix";
}

function sinkOf(s: WorkerLogSink): { log(line: string): void } {
  return typeof s === "function" ? { log: s } : s;
}

/** One task run. Features read and adjust it; nothing below it calls back up. */
export class TaskRun {
  readonly config: Config;
  readonly taskId: string;
  readonly runId: number;
  /**
   * The task definition from the claim, never modified: for a D2G task it
   * keeps the docker-worker payload and the original scopes (what the
   * chain-of-trust document certifies).
   */
  readonly definition: Record<string, unknown>;
  /**
   * The payload as submitted (validated by the Payload Validator feature);
   * for a docker-worker payload, its D2G translation once translated.
   */
  rawPayload: unknown;
  /** The payload; schema defaults applied once the Payload Validator accepted it. */
  payload: Record<string, unknown>;
  readonly variant: SchemaVariant;
  /** `task_<prefix>_<runId>`: the directory name (and the multiuser task user's name). */
  readonly dirName: string;
  /**
   * The multiuser task user's name: `dirName`, except in desktop mode
   * (`headlessTasks: false`), where it is the auto-logged-in user's (set by
   * the task user feature).
   */
  taskUserName: string;
  /** `<tasksDir>/<dirName>`, as built from the config (not made absolute). */
  readonly taskDir: string;
  /** `<taskDir>/generic-worker` (0700), for files the task must not touch. */
  readonly gwDir: string;
  /** The task log (created by `runTask` before any feature runs). */
  log!: TaskLog;
  /**
   * The environment commands get. The Command Generator sets it; later
   * features add to it (proxy URL, task user HOME/USER, ...).
   */
  env: Record<string, string> = {};
  /** argv of each command, set by the Command Generator. */
  commands: string[][] = [];
  /**
   * How commands are started: a prefix that makes them run as another
   * identity (`setpriv --reuid --regid --groups --`), set by the multiuser
   * features (task user, OS groups); empty = as the worker.
   */
  runAsPrefix: string[] = [];
  /** Set by the Resource Monitor feature: sample memory during commands. */
  resourceMonitor = false;
  /**
   * D2G (spec 12.12): set by the Payload Validator when it translated a
   * docker-worker payload (`useD2GTranslation`); undefined for native
   * payloads. The D2G task feature reads it; the Mounts feature's
   * `dockerimage` handler fills in the image artifact's cache path and hash.
   */
  d2g?: D2GInfo;
  /**
   * File mount handlers by mount `file` name: the Mounts feature hands such
   * a file's cache path and SHA-256 to the handler instead of copying it
   * into the task directory (D2G registers `dockerimage`).
   */
  readonly fileMountHandlers: Map<string, TaskFileMountHandler> = new Map();
  /** The command currently running, if any. */
  current?: RunningCommand;
  /** Exit code of the last command run. */
  lastExitCode?: number;
  /** The last command run was killed (abort, max run time, failed reclaim). */
  lastAborted = false;
  /** The Queue client with the task's credentials (replaced at each reclaim). */
  readonly queue: Queue;
  /** Retry settings of every Taskcluster call made for this run. */
  readonly retry: RetryOptions;
  /** s3/object artifacts uploaded so far. */
  readonly uploaded: UploadedArtifact[] = [];
  /** Artifact names reserved by features: name -> feature name. */
  readonly reserved: Map<string, string> = new Map();
  /** The worker log. */
  readonly workerLog: { log(line: string): void };
  /** The live log server, when there is one. */
  readonly liveLog?: LiveLogServer;
  /**
   * Makes a local port public the way the live log is (Go's `exposer`):
   * `await task.exposer?.exposeHTTP(port).url()`; close the exposure at stop.
   */
  readonly exposer?: Exposer;
  /** The clock (ms since the epoch). */
  readonly now: () => number;
  /** The worker process environment. */
  readonly processEnv: Record<string, string>;
  #credentials: Credentials;
  #credentialListeners: ((c: Credentials) => Promise<void> | void)[] = [];
  #errors: TaskError[] = [];
  /** Errors of work still running alongside, by the position they take in `#errors`. */
  #later: { before: TaskError | undefined; error?: TaskError }[] = [];
  #background: Promise<void>[] = [];
  #abortError?: TaskError;
  #commandsKilled = false;
  #abortListeners: ((e: TaskError) => void)[] = [];
  #workerCredentials: () => Credentials;
  #taskGroupId: string;
  #scopes?: string[];

  constructor(init: TaskRunInit) {
    const { config, claim } = init;
    this.config = config;
    this.taskId = claim.status.taskId;
    this.runId = claim.runId;
    this.definition = claim.task as Record<string, unknown>;
    this.rawPayload = this.definition.payload;
    this.#taskGroupId = String(claim.status.taskGroupId ?? this.definition.taskGroupId ?? "");
    this.variant = init.variant ?? payloadVariant(config);
    this.payload = (typeof this.rawPayload === "object" && this.rawPayload !== null &&
        !Array.isArray(this.rawPayload))
      ? this.rawPayload as Record<string, unknown>
      : {};
    this.dirName = taskDirName(this.taskId, this.runId);
    this.taskUserName = this.dirName;
    this.taskDir = join(config.tasksDir, this.dirName);
    this.gwDir = join(this.taskDir, "generic-worker");
    this.workerLog = sinkOf(init.workerLog);
    this.liveLog = init.liveLog;
    this.exposer = init.exposer;
    this.now = init.now ?? Date.now;
    this.processEnv = init.processEnv ?? Deno.env.toObject();
    this.#credentials = claim.credentials;
    this.#workerCredentials = init.workerCredentials ?? (() => ({
      clientId: config.clientId,
      accessToken: config.accessToken,
      ...(config.certificate ? { certificate: config.certificate } : {}),
    }));
    this.retry = init.retry ?? httpBackoff(config);
    this.queue = new Queue({
      rootUrl: config.rootURL,
      credentials: claim.credentials,
      ...this.retry,
    });
  }

  /** Task scopes from the definition (for a D2G task: the converted scopes). */
  get scopes(): string[] {
    if (this.#scopes) return [...this.#scopes];
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

  /** The task group id (from the claim's status, as the Go worker takes it). */
  get taskGroupId(): string {
    return this.#taskGroupId;
  }

  /** `payload.features` (an empty object when absent). */
  get features(): Record<string, unknown> {
    const f = this.payload.features;
    return typeof f === "object" && f !== null ? f as Record<string, unknown> : {};
  }

  /**
   * True when the submitted payload itself (not a schema default) sets
   * `features.<name>` to true.
   */
  explicitlyRequests(name: string): boolean {
    const raw = this.rawPayload as { features?: Record<string, unknown> } | null;
    return typeof raw?.features === "object" && raw.features !== null &&
      raw.features[name] === true;
  }

  /** The backing log artifact name (`payload.logs.backing`). */
  get backingLogName(): string {
    const logs = this.payload.logs as Record<string, unknown> | undefined;
    return typeof logs?.backing === "string" ? logs.backing : "public/logs/live_backing.log";
  }

  /** The live log artifact name (`payload.logs.live`). */
  get liveLogName(): string {
    const logs = this.payload.logs as Record<string, unknown> | undefined;
    return typeof logs?.live === "string" ? logs.live : "public/logs/live.log";
  }

  /** The current task credentials (replaced at every reclaim). */
  get credentials(): Credentials {
    return this.#credentials;
  }

  /** Installs new task credentials (masked in the log) and tells every listener (the proxy). */
  async setCredentials(c: Credentials): Promise<void> {
    this.#credentials = c;
    this.log?.addSecret(c.accessToken);
    this.queue.setCredentials(c);
    for (const l of this.#credentialListeners) await l(c);
  }

  /** Calls `fn` with the new credentials after every reclaim. */
  onCredentials(fn: (c: Credentials) => Promise<void> | void): void {
    this.#credentialListeners.push(fn);
  }

  /**
   * Makes a docker-worker task run as its D2G translation (Go's
   * `convertDockerWorkerPayload`): `payload` (a valid generic-worker
   * payload) replaces the payload, with its schema defaults, and `scopes`
   * the task's scopes for every later feature; `definition` keeps the
   * submitted ones.
   */
  useD2GTranslation(
    payload: Record<string, unknown>,
    scopes: readonly string[],
    info: D2GInfo,
  ): void {
    this.rawPayload = payload;
    this.#scopes = [...scopes];
    this.d2g = info;
    this.applyDefaults();
  }

  /** Applies the schema defaults to the validated payload. */
  applyDefaults(): void {
    this.payload = applyPayloadDefaults(this.rawPayload, this.variant) as Record<string, unknown>;
  }

  /** Errors so far, in order; the first decides the resolution. */
  get errors(): readonly TaskError[] {
    return this.#errors;
  }

  /** The first error recorded, which decides the resolution. */
  get firstError(): TaskError | undefined {
    return this.#errors[0];
  }

  /** Records an error (the first one decides the resolution). */
  addError(e: TaskError | undefined): void {
    if (e) this.#errors.push(e);
  }

  /**
   * Lets `work` (an API call whose result nothing before the resolution
   * needs) run alongside the steps that follow; its error, if any, is
   * recorded at the place it would have had if it had been awaited here.
   * `settle()` waits for all of them (the engine calls it before resolving).
   */
  addErrorLater(work: Promise<TaskError | undefined>): void {
    const slot: { before: TaskError | undefined; error?: TaskError } = {
      before: this.#errors[this.#errors.length - 1],
    };
    this.#later.push(slot);
    this.#background.push(work.then((e) => {
      if (!e) return;
      const at = slot.before === undefined ? 0 : this.#errors.indexOf(slot.before) + 1;
      // later-started work that already failed goes after this one
      let i = at;
      while (i < this.#errors.length && this.#laterError(this.#errors[i], slot)) i++;
      this.#errors.splice(i, 0, e);
      slot.error = e;
    }));
  }

  /** True when `e` came from background work started before `slot` at the same place. */
  #laterError(e: TaskError, slot: { before: TaskError | undefined }): boolean {
    for (const s of this.#later) {
      if (s === slot) return false;
      if (s.error === e && s.before === slot.before) return true;
    }
    return false;
  }

  /** Waits for the work handed to `addErrorLater`. */
  async settle(): Promise<void> {
    while (this.#background.length) {
      const all = this.#background;
      this.#background = [];
      await Promise.all(all);
    }
  }

  /** The pending abort, if the task was aborted. */
  get abortError(): TaskError | undefined {
    return this.#abortError;
  }

  /** True once the commands were killed (abort or failed reclaim): no command may start. */
  get commandsKilled(): boolean {
    return this.#commandsKilled;
  }

  /** Calls `fn` when the task is aborted. */
  onAbort(fn: (e: TaskError) => void): void {
    this.#abortListeners.push(fn);
  }

  /**
   * Aborts the task (spec 12.9): logs `[taskcluster:error] Aborting task...`,
   * kills the running command's process tree, and remembers `err`, which the
   * Command Executor returns (the first abort wins).
   */
  abort(err: TaskError): void {
    if (this.#abortError) return;
    this.#abortError = err;
    void this.log?.error("Aborting task...");
    this.killCommands();
    for (const l of this.#abortListeners) l(err);
  }

  /**
   * Kills the running command (and keeps later ones from starting) without
   * an abort error: what a failed reclaim does (spec 7.4); the command then
   * ends ABORTED and the task fails with `task was aborted`.
   */
  killCommands(): void {
    this.#commandsKilled = true;
    this.current?.kill();
  }

  /**
   * The task's scopes with `assume:` roles expanded by auth.expandScopes
   * (worker credentials); throws exception/resource-unavailable on failure.
   */
  async expandedScopes(): Promise<string[]> {
    const scopes = this.scopes;
    if (!scopes.some((s) => s.startsWith("assume:"))) return scopes;
    const auth = new Auth({
      rootUrl: this.config.rootURL,
      credentials: this.#workerCredentials(),
      ...this.retry,
    });
    try {
      const r = await auth.expandScopes({ scopes });
      return r.scopes;
    } catch (e) {
      throw resourceUnavailable((e as Error).message);
    }
  }

  /**
   * Uploads one artifact with the spec 10.4 protocol and error
   * classification; returns the error that decides the resolution, if any
   * (ignored failures return undefined).
   */
  uploadArtifact(a: ArtifactRequest): Promise<TaskError | undefined> {
    return uploadArtifact(this, a);
  }

  /** Uploads a file artifact (s3, or object with `createObjectArtifacts`); throws its TaskError. */
  async uploadFile(a: FileUpload): Promise<void> {
    const err = await this.uploadArtifact({ kind: "file", ...a });
    if (err) throw err;
  }

  /** Creates a reference/link/error artifact; throws its TaskError. */
  async createArtifact(name: string, body: PostArtifactRequest): Promise<void> {
    let err: TaskError | undefined;
    switch (body.storageType) {
      case "reference":
        err = await this.uploadArtifact({ kind: "reference", name, ...body });
        break;
      case "link":
        err = await this.uploadArtifact({
          kind: "link",
          name,
          artifact: body.artifact,
          contentType: body.contentType ?? "application/octet-stream",
          expires: body.expires,
        });
        break;
      case "error":
        err = await this.uploadArtifact({
          kind: "error",
          name,
          path: name,
          reason: body.reason,
          message: body.message,
          expires: body.expires,
          optional: false,
        });
        break;
      default:
        throw new TaskError(
          "exception",
          `cannot create ${body.storageType} artifact ${name} without a file`,
          "internal-error",
        );
    }
    if (err) throw err;
  }

  /**
   * The run's state as the queue reports it, read without credentials (Go's
   * `queryQueueForLatestStatus`): `cancelled`, `deadline-exceeded`,
   * `failed`, `pending`, `completed`, `exception`, `running`; undefined when
   * the queue cannot be reached.
   */
  async queryState(): Promise<string | undefined> {
    try {
      const q = new Queue({ rootUrl: this.config.rootURL, retries: 2 });
      const s = await q.status(this.taskId);
      const run = s.status.runs?.[this.runId];
      if (!run) return s.status.state;
      if (run.reasonResolved === "canceled") return "cancelled";
      if (run.reasonResolved === "deadline-exceeded") return "deadline-exceeded";
      if (run.reasonResolved === "failed") return "failed";
      return run.state;
    } catch {
      return undefined;
    }
  }
}
