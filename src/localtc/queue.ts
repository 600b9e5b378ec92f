/**
 * The queue service of localtc (`/api/queue/v1`): tasks and their runs
 * (unscheduled → pending → running → completed / failed / exception),
 * dependencies (`requires` all-completed / all-resolved), retries, claim
 * expiry (`claim-expired`), deadlines (`deadline-exceeded`), cancellation,
 * long-polling `claimWork` with per-run temporary credentials, and
 * artifacts of every storage type (s3, object, reference, link, error),
 * with the real queue's routes, scopes, checks and error codes.
 *
 * Timed transitions (claim expiry, deadline) are applied lazily whenever a
 * task is touched and by a periodic sweep, using the injected clock.
 */
import type { Context, Hono } from "hono";
import { ApiError, type Endpoint, reply, reportError } from "./api.ts";
import type { AuthService } from "./auth.ts";
import {
  authorizeBlobRequest,
  blobError,
  type BlobMeta,
  receiveBlob,
  sendBlob,
  type UrlSigner,
} from "./blobs.ts";
import { slugidNice } from "./credentials.ts";
import type { ObjectService } from "./object.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** Run states. */
export type RunState = "pending" | "running" | "completed" | "failed" | "exception";

/** One run of a task, as in the task status structure. */
export interface RunRecord {
  state: RunState;
  reasonCreated: "scheduled" | "retry" | "task-retry" | "rerun" | "exception";
  reasonResolved?: string;
  workerGroup?: string;
  workerId?: string;
  takenUntil?: string;
  scheduled: string;
  started?: string;
  resolved?: string;
}

/** The task definition as the `task` method returns it. */
export interface TaskDefinition {
  provisionerId: string;
  workerType: string;
  taskQueueId: string;
  schedulerId: string;
  projectId: string;
  taskGroupId: string;
  dependencies: string[];
  requires: "all-completed" | "all-resolved";
  routes: string[];
  priority: string;
  retries: number;
  created: string;
  deadline: string;
  expires: string;
  scopes: string[];
  payload: Record<string, unknown>;
  metadata: Record<string, unknown>;
  tags: Record<string, string>;
  extra: Record<string, unknown>;
}

/** A stored task: definition plus status. */
export interface TaskRecord {
  taskId: string;
  definition: TaskDefinition;
  retriesLeft: number;
  runs: RunRecord[];
  takenUntil: string | null;
  /** Dependencies not yet satisfied (the real queue's queue_task_dependencies rows). */
  blockers: string[];
}

/** A stored artifact. */
export interface ArtifactRecord {
  taskId: string;
  runId: number;
  name: string;
  storageType: "s3" | "object" | "reference" | "link" | "error";
  contentType: string;
  details: Record<string, unknown>;
  present: boolean;
  expires: string;
  contentLength: number | null;
}

/** Stored headers of an s3 artifact's bytes. */
export interface S3BlobRecord extends BlobMeta {
  key: string;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Shape check of stored tasks. */
export const checkTask: RecordCheck = (v) => {
  if (!isObj(v)) return "task record is not an object";
  if (typeof v.taskId !== "string" || !isObj(v.definition)) {
    return "task record lacks taskId/definition";
  }
  if (!Array.isArray(v.runs) || !Array.isArray(v.blockers) || typeof v.retriesLeft !== "number") {
    return "task record lacks runs/blockers/retriesLeft";
  }
  const d = v.definition;
  if (
    typeof d.taskQueueId !== "string" || typeof d.deadline !== "string" ||
    typeof d.expires !== "string"
  ) {
    return "task definition lacks taskQueueId/deadline/expires";
  }
  return undefined;
};

/** Shape check of stored artifacts. */
export const checkArtifact: RecordCheck = (v) => {
  if (!isObj(v)) return "artifact record is not an object";
  if (typeof v.taskId !== "string" || typeof v.runId !== "number" || typeof v.name !== "string") {
    return "artifact record lacks taskId/runId/name";
  }
  if (typeof v.storageType !== "string" || !isObj(v.details) || typeof v.expires !== "string") {
    return "artifact record lacks storageType/details/expires";
  }
  return undefined;
};

/** Shape check of stored s3 blob headers. */
export const checkS3Blob: RecordCheck = (v) => {
  if (!isObj(v) || typeof v.key !== "string" || typeof v.contentLength !== "number") {
    return "blob record lacks key/contentLength";
  }
  return undefined;
};

const SLUGID = /^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$/;
const SLUGID_PATTERN = SLUGID.source;
const RUN_ID = /^[1-9]*[0-9]+$/;
const TASK_QUEUE_ID = /^[a-zA-Z0-9-_]{1,38}\/[a-z]([-a-z0-9]{0,36}[a-z0-9])?$/;
const ID = /^[a-zA-Z0-9-_]{1,38}$/;
const NAME = /^[\x20-\x7e]+$/;
const PRIORITIES = ["highest", "very-high", "high", "medium", "low", "very-low", "lowest"];
const MAX_RUNS = 50;
const MAX_DEADLINE_DAYS = 5;
const DRIFT_MS = 15 * 60 * 1000;
const STORAGE_NEEDS_FINISH: Record<string, boolean> = { object: true };
const EXCEPTION_REASONS = [
  "worker-shutdown",
  "malformed-payload",
  "resource-unavailable",
  "internal-error",
  "intermittent-task",
];
const PARAMS = {
  taskId: SLUGID,
  taskGroupId: SLUGID,
  taskQueueId: TASK_QUEUE_ID,
  provisionerId: ID,
  workerType: ID,
  workerGroup: ID,
  workerId: ID,
  runId: RUN_ID,
  name: NAME,
};

const SCOPE = { type: "string", pattern: "^[\x20-\x7e]*$" };
const DATE = { type: "string", format: "date-time" };

const CREATE_TASK_SCHEMA = {
  type: "object",
  properties: {
    provisionerId: { type: "string", pattern: "^[a-zA-Z0-9-_]{1,38}$" },
    workerType: { type: "string", pattern: "^[a-z]([-a-z0-9]{0,36}[a-z0-9])?$" },
    taskQueueId: { type: "string", pattern: TASK_QUEUE_ID.source },
    schedulerId: {
      type: "string",
      minLength: 1,
      maxLength: 38,
      pattern: "^([a-zA-Z0-9-_]*)$",
      default: "-",
    },
    projectId: {
      type: "string",
      minLength: 1,
      maxLength: 500,
      pattern: "^([a-zA-Z0-9._/-]*)$",
      default: "none",
    },
    taskGroupId: { type: "string", pattern: SLUGID_PATTERN },
    dependencies: {
      type: "array",
      items: { type: "string", pattern: SLUGID_PATTERN },
      maxItems: 10000,
      uniqueItems: true,
      default: [],
    },
    requires: { type: "string", enum: ["all-completed", "all-resolved"], default: "all-completed" },
    routes: {
      type: "array",
      items: { type: "string", minLength: 1, maxLength: 249 },
      maxItems: 64,
      uniqueItems: true,
      default: [],
    },
    priority: { type: "string", enum: PRIORITIES, default: "lowest" },
    retries: { type: "integer", minimum: 0, maximum: 49, default: 5 },
    created: DATE,
    deadline: DATE,
    expires: DATE,
    scopes: { type: "array", items: SCOPE, default: [] },
    payload: { type: "object" },
    metadata: {
      type: "object",
      properties: {
        name: { type: "string", maxLength: 255 },
        description: { type: "string", maxLength: 32768 },
        owner: { type: "string", maxLength: 255 },
        source: { type: "string", maxLength: 4096, pattern: "^(https?://|ssh://|git@)" },
      },
      additionalProperties: false,
      required: ["name", "description", "owner", "source"],
    },
    tags: {
      type: "object",
      additionalProperties: { type: "string", maxLength: 4096 },
      default: {},
    },
    extra: { type: "object", default: {} },
  },
  additionalProperties: false,
  required: ["created", "deadline", "payload", "metadata"],
};

const artifactVariant = (
  storageType: string,
  props: Record<string, unknown>,
  required: string[],
) => ({
  type: "object",
  properties: { storageType: { const: storageType }, expires: DATE, ...props },
  additionalProperties: false,
  required: ["storageType", "expires", ...required],
});
const CONTENT_TYPE = { type: "string", maxLength: 255 };
const CONTENT_LENGTH = { type: "integer", minimum: 0 };
const POST_ARTIFACT_SCHEMA = {
  oneOf: [
    artifactVariant("s3", { contentType: CONTENT_TYPE, contentLength: CONTENT_LENGTH }, [
      "contentType",
    ]),
    artifactVariant("object", { contentType: CONTENT_TYPE, contentLength: CONTENT_LENGTH }, [
      "contentType",
    ]),
    artifactVariant("reference", {
      contentType: CONTENT_TYPE,
      url: { type: "string", format: "uri" },
    }, [
      "url",
      "contentType",
    ]),
    artifactVariant("link", { contentType: CONTENT_TYPE, artifact: { type: "string" } }, [
      "artifact",
    ]),
    artifactVariant("error", {
      reason: {
        type: "string",
        enum: [
          "file-missing-on-worker",
          "invalid-resource-on-worker",
          "too-large-file-on-worker",
          "file-not-readable-on-worker",
        ],
      },
      message: { type: "string", maxLength: 4096 },
    }, ["reason", "message"]),
  ],
};

/** Options of the queue. */
export interface QueueOptions {
  now: () => number;
  /** takenUntil = claim time + this (seconds). */
  claimTimeoutSecs: number;
  /** How long an empty claimWork waits for work (ms). */
  claimWorkTimeoutMs: number;
}

type Writes = Promise<void>[];

/** The queue service. */
export class QueueService {
  readonly #tasks: Collection<TaskRecord>;
  readonly #artifacts: Collection<ArtifactRecord>;
  readonly #s3: Collection<S3BlobRecord>;
  readonly #store: Store;
  readonly #auth: AuthService;
  readonly #objects: ObjectService;
  readonly #signer: UrlSigner;
  readonly #opts: QueueOptions;
  /** dependency taskId → tasks it blocks */
  readonly #dependents = new Map<string, Set<string>>();
  /** `${taskId}/${runId}` → artifact names */
  readonly #runArtifacts = new Map<string, Set<string>>();
  /** tasks not yet resolved */
  readonly #active = new Set<string>();
  /** taskGroupId → schedulerId */
  readonly #groups = new Map<string, string>();
  readonly #waiters = new Map<string, Set<() => void>>();
  #closed = false;

  constructor(
    store: Store,
    auth: AuthService,
    objects: ObjectService,
    signer: UrlSigner,
    opts: QueueOptions,
  ) {
    this.#store = store;
    this.#tasks = store.collection<TaskRecord>("tasks");
    this.#artifacts = store.collection<ArtifactRecord>("artifacts");
    this.#s3 = store.collection<S3BlobRecord>("s3blobs");
    this.#auth = auth;
    this.#objects = objects;
    this.#signer = signer;
    this.#opts = opts;
    for (const t of this.#tasks.values()) {
      for (const b of t.blockers) this.#addDependent(b, t.taskId);
      if (!isResolved(t)) this.#active.add(t.taskId);
      this.#groups.set(t.definition.taskGroupId, t.definition.schedulerId);
    }
    for (const a of this.#artifacts.values()) this.#indexArtifact(a);
  }

  #now(): number {
    return this.#opts.now();
  }

  #addDependent(dep: string, taskId: string): void {
    let s = this.#dependents.get(dep);
    if (!s) this.#dependents.set(dep, s = new Set());
    s.add(taskId);
  }

  #indexArtifact(a: ArtifactRecord): void {
    const k = `${a.taskId}/${a.runId}`;
    let s = this.#runArtifacts.get(k);
    if (!s) this.#runArtifacts.set(k, s = new Set());
    s.add(a.name);
  }

  /** Wakes every waiting claimWork (used at shutdown) and stops long-polls. */
  close(): void {
    this.#closed = true;
    for (const set of this.#waiters.values()) for (const w of set) w();
    this.#waiters.clear();
  }

  #notify(taskQueueId: string): void {
    const set = this.#waiters.get(taskQueueId);
    if (!set) return;
    this.#waiters.delete(taskQueueId);
    for (const w of set) w();
  }

  #save(t: TaskRecord, writes: Writes): void {
    writes.push(this.#tasks.put(t.taskId, t));
    if (isResolved(t)) this.#active.delete(t.taskId);
    else this.#active.add(t.taskId);
    if (state(t) === "pending") this.#notify(t.definition.taskQueueId);
  }

  // ---- timed transitions -------------------------------------------------

  /** Applies claim expiry and deadline to `t` as of now. */
  #refresh(t: TaskRecord, writes: Writes): void {
    const now = this.#now();
    if (isResolved(t)) return;
    if (Date.parse(t.definition.deadline) <= now) {
      this.#cancel(t, "deadline-exceeded", writes);
      return;
    }
    const runId = t.runs.length - 1;
    const run = t.runs[runId];
    if (run?.state === "running" && run.takenUntil && Date.parse(run.takenUntil) <= now) {
      Object.assign(run, {
        state: "exception",
        reasonResolved: "claim-expired",
        resolved: iso(now),
      });
      t.takenUntil = null;
      if (t.retriesLeft > 0) {
        t.retriesLeft--;
        t.runs.push({ state: "pending", reasonCreated: "retry", scheduled: iso(now) });
      }
      this.#save(t, writes);
      if (isResolved(t)) this.#resolved(t, "exception", writes);
    }
  }

  /** Applies timed transitions to every unresolved task. */
  sweep(): Promise<void> {
    const writes: Writes = [];
    for (const id of [...this.#active]) {
      const t = this.#tasks.get(id);
      if (t) this.#refresh(t, writes);
    }
    return Promise.all(writes).then(() => {});
  }

  /** The task `taskId`, refreshed, or undefined. */
  #get(taskId: string, writes: Writes): TaskRecord | undefined {
    const t = this.#tasks.get(taskId);
    if (t) this.#refresh(t, writes);
    return t;
  }

  /** cancel_task: resolve the current (or a new) run as exception/`reason`. */
  #cancel(t: TaskRecord, reason: string, writes: Writes): boolean {
    const now = iso(this.#now());
    const last = t.runs[t.runs.length - 1];
    if (last) {
      if (last.state !== "pending" && last.state !== "running") return false;
      Object.assign(last, { state: "exception", reasonResolved: reason, resolved: now });
    } else {
      t.runs.push({
        state: "exception",
        reasonCreated: "exception",
        reasonResolved: reason,
        scheduled: now,
        resolved: now,
      });
    }
    t.takenUntil = null;
    this.#save(t, writes);
    this.#resolved(t, "exception", writes);
    return true;
  }

  /** Dependency tracking after `t` resolved with `resolution`. */
  #resolved(t: TaskRecord, resolution: "completed" | "failed" | "exception", writes: Writes): void {
    const deps = this.#dependents.get(t.taskId);
    if (!deps) return;
    for (const id of [...deps]) {
      const d = this.#tasks.get(id);
      if (!d) continue;
      if (resolution !== "completed" && d.definition.requires !== "all-resolved") continue;
      d.blockers = d.blockers.filter((b) => b !== t.taskId);
      deps.delete(id);
      if (
        d.blockers.length === 0 && d.runs.length === 0 &&
        Date.parse(d.definition.deadline) > this.#now()
      ) {
        d.runs.push({ state: "pending", reasonCreated: "scheduled", scheduled: iso(this.#now()) });
      }
      this.#save(d, writes);
    }
    if (deps.size === 0) this.#dependents.delete(t.taskId);
  }

  // ---- views -------------------------------------------------------------

  #status(t: TaskRecord) {
    const d = t.definition;
    return {
      taskId: t.taskId,
      provisionerId: d.provisionerId,
      workerType: d.workerType,
      taskQueueId: d.taskQueueId,
      schedulerId: d.schedulerId,
      projectId: d.projectId,
      taskGroupId: d.taskGroupId,
      priority: d.priority,
      deadline: d.deadline,
      expires: d.expires,
      retriesLeft: t.retriesLeft,
      state: state(t),
      runs: t.runs.map((r, runId) => ({
        runId,
        state: r.state,
        reasonCreated: r.reasonCreated,
        reasonResolved: r.reasonResolved,
        workerGroup: r.workerGroup,
        workerId: r.workerId,
        takenUntil: r.takenUntil,
        scheduled: r.scheduled,
        started: r.started,
        resolved: r.resolved,
      })),
    };
  }

  #taskCredentials(t: TaskRecord, runId: number, run: RunRecord, takenUntil: number) {
    const clientId = [
      "task-client",
      t.taskId,
      `${runId}`,
      "on",
      run.workerGroup!,
      run.workerId!,
      "until",
      `${takenUntil / 1000}`,
    ].join("/");
    return this.#auth.issueTemporaryCredentials({
      clientId,
      start: this.#now(),
      expiry: takenUntil,
      scopes: [
        `queue:reclaim-task:${t.taskId}/${runId}`,
        `queue:resolve-task:${t.taskId}/${runId}`,
        `queue:create-artifact:${t.taskId}/${runId}`,
        ...t.definition.scopes,
      ],
    });
  }

  // ---- claiming ----------------------------------------------------------

  #claimPending(
    taskQueueId: string,
    workerGroup: string,
    workerId: string,
    count: number,
    writes: Writes,
  ) {
    const candidates: TaskRecord[] = [];
    for (const id of this.#active) {
      const t = this.#tasks.get(id)!;
      if (t.definition.taskQueueId === taskQueueId && state(t) === "pending") candidates.push(t);
    }
    candidates.sort((a, b) =>
      PRIORITIES.indexOf(a.definition.priority) - PRIORITIES.indexOf(b.definition.priority) ||
      a.runs[a.runs.length - 1].scheduled.localeCompare(b.runs[b.runs.length - 1].scheduled) ||
      a.taskId.localeCompare(b.taskId)
    );
    const now = this.#now();
    return candidates.slice(0, count).map((t) => {
      const runId = t.runs.length - 1;
      const run = t.runs[runId];
      const takenUntil = now + this.#opts.claimTimeoutSecs * 1000;
      Object.assign(run, {
        state: "running",
        workerGroup,
        workerId,
        takenUntil: iso(takenUntil),
        started: iso(now),
      });
      t.takenUntil = iso(takenUntil);
      this.#save(t, writes);
      return {
        status: this.#status(t),
        runId,
        workerGroup,
        workerId,
        takenUntil: iso(takenUntil),
        task: t.definition,
        credentials: this.#taskCredentials(t, runId, run, takenUntil),
      };
    });
  }

  #waitForWork(taskQueueId: string, ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      let set = this.#waiters.get(taskQueueId);
      if (!set) this.#waiters.set(taskQueueId, set = new Set());
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        this.#waiters.get(taskQueueId)?.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      signal.addEventListener("abort", done);
      set.add(done);
    });
  }

  /**
   * Waits for work with the response already started (200, JSON streamed
   * at the end), so a client that goes away cancels the body and nothing
   * is claimed for it, like the real queue's long poll.
   */
  #longPoll(taskQueueId: string, attempt: () => Promise<unknown[]>): Response {
    const giveUp = Date.now() + this.#opts.claimWorkTimeoutMs;
    const gone = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start: (ctrl) => {
        (async () => {
          let claims: unknown[] = [];
          while (!this.#closed && !gone.signal.aborted && Date.now() < giveUp) {
            await this.#waitForWork(taskQueueId, Math.min(giveUp - Date.now(), 1000), gone.signal);
            if (gone.signal.aborted) return;
            claims = await attempt();
            if (claims.length > 0) break;
          }
          if (gone.signal.aborted) return;
          ctrl.enqueue(new TextEncoder().encode(JSON.stringify({ tasks: claims })));
          ctrl.close();
        })().catch((e) => {
          console.error(`localtc: claimWork failed: ${e?.stack ?? e}`);
          if (!gone.signal.aborted) ctrl.error(e);
        });
      },
      cancel: () => gone.abort(),
    });
    return new Response(body, {
      status: 200,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store no-cache must-revalidate",
      },
    });
  }

  // ---- artifacts ---------------------------------------------------------

  #artifactKey(taskId: string, runId: number, name: string): string {
    return `${taskId}/${runId}/${name}`;
  }

  #latestRunId(taskId: string, writes: Writes): number {
    const t = this.#get(taskId, writes);
    if (!t) reportError("ResourceNotFound", "Task not found", {});
    if (t.runs.length === 0) reportError("ResourceNotFound", "Task doesn't have any runs", {});
    return t.runs.length - 1;
  }

  async #followLinks(
    req: Parameters<Endpoint["handler"]>[0],
    taskId: string,
    runId: number,
    name: string,
  ): Promise<ArtifactRecord> {
    const names: string[] = [];
    while (true) {
      names.push(name);
      await req.authorize({ names });
      const a = this.#artifacts.get(this.#artifactKey(taskId, runId, name));
      if (!a?.present) reportError("ResourceNotFound", "Artifact not found", {});
      if (Date.parse(a.expires) < this.#now()) {
        reportError("ResourceExpired", "Artifact expired", {});
      }
      if (a.storageType !== "link") return a;
      const target = String(a.details.artifact);
      if (names.includes(target)) reportError("InputError", "Artifact leads to a link cycle", {});
      name = target;
    }
  }

  #s3GetUrl(a: ArtifactRecord): string {
    return this.#signer.sign("GET", "s3", String(a.details.prefix), this.#now() + 30 * 60 * 1000);
  }

  #serialize(a: ArtifactRecord) {
    return {
      storageType: a.storageType,
      name: a.name,
      expires: a.expires,
      contentType: a.contentType,
      ...(a.contentLength !== null ? { contentLength: a.contentLength } : {}),
    };
  }

  /** Registers the signed byte endpoints for s3 artifacts. */
  mountBlobs(app: Hono): void {
    const handle = async (c: Context) => {
      const auth = authorizeBlobRequest(c, this.#signer, "s3", this.#now());
      if (!auth.ok) return auth.response;
      const { key, method } = auth;
      const blobKey = `s3/${key}`;
      if (method === "PUT") {
        const got = await receiveBlob(c, this.#store, blobKey);
        if (!got.ok) return got.response;
        const enc = c.req.header("content-encoding");
        await this.#s3.put(blobKey, {
          key: blobKey,
          contentType: c.req.header("content-type") ?? "application/octet-stream",
          ...(enc ? { contentEncoding: enc } : {}),
          contentLength: got.result.size,
        });
        return new Response(null, { status: 200, headers: { etag: `"${got.result.sha256}"` } });
      }
      const meta = this.#s3.get(blobKey);
      if (!meta) return blobError(404, "NoSuchKey", "The specified key does not exist.");
      return await sendBlob(c, this.#store, blobKey, meta);
    };
    app.on(["PUT", "GET", "HEAD"], "/blobs/s3/:key", handle);
  }

  // ---- API ---------------------------------------------------------------

  /** The queue's API methods. */
  endpoints(): Endpoint[] {
    const notFound = (taskId: string, tail = "Are you sure this task exists?") =>
      reportError(
        "ResourceNotFound",
        "`{{taskId}}` does not correspond to a task that exists.\n" + tail,
        {
          taskId,
        },
      );
    const taskNotFound = (taskId: string) =>
      reportError("ResourceNotFound", "Task `{{taskId}}` not found. Are you sure it was created?", {
        taskId,
      });
    const runNotFound = (taskId: string, runId: number) =>
      reportError("ResourceNotFound", "Run {{runId}} not found on task `{{taskId}}`.", {
        taskId,
        runId,
      });

    const resolve =
      (target: "completed" | "failed") => async (req: Parameters<Endpoint["handler"]>[0]) => {
        const { taskId } = req.params;
        const runId = parseInt(req.params.runId, 10);
        const writes: Writes = [];
        const t = this.#get(taskId, writes);
        if (!t) return taskNotFound(taskId);
        let run = t.runs[runId];
        if (!run) return runNotFound(taskId, runId);
        if (run.state !== "running" && run.state !== target) {
          await Promise.all(writes);
          reportError(
            "RequestConflict",
            "Run {{runId}} of task `{{taskId}}` is not running or {{targetState}}.",
            {
              taskId,
              runId,
              targetState: target,
            },
          );
        }
        await req.authorize({
          taskId,
          runId,
          workerGroup: run.workerGroup,
          workerId: run.workerId,
        });
        if (t.runs.length - 1 === runId && run.state === "running") {
          Object.assign(run, { state: target, reasonResolved: target, resolved: iso(this.#now()) });
          t.takenUntil = null;
          this.#save(t, writes);
          this.#resolved(t, target, writes);
        }
        await Promise.all(writes);
        run = t.runs[runId];
        if (t.runs.length - 1 !== runId || run.state !== target || run.reasonResolved !== target) {
          reportError(
            "RequestConflict",
            "Run {{runId}} on task `{{taskId}}` is resolved or not running.",
            {
              taskId,
              runId,
            },
          );
        }
        return reply({ status: this.#status(t) });
      };

    const artifactRoutes = (latest: boolean) => ({
      prefix: latest ? "/task/:taskId" : "/task/:taskId/runs/:runId",
      runId: (req: Parameters<Endpoint["handler"]>[0], writes: Writes) =>
        latest ? this.#latestRunId(req.params.taskId, writes) : parseInt(req.params.runId, 10),
    });

    const getArtifact = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifacts/:name{.+}`,
        name: latest ? "getLatestArtifact" : "getArtifact",
        scopes: { AllOf: [{ for: "name", in: "names", each: "queue:get-artifact:<name>" }] },
        params: PARAMS,
        handler: async (req) => {
          const { taskId, name } = req.params;
          if (latest) await req.authorize({ names: [name] });
          const writes: Writes = [];
          const runId = r.runId(req, writes);
          await Promise.all(writes);
          const a = await this.#followLinks(req, taskId, runId, name);
          const h = { "x-taskcluster-artifact-storage-type": a.storageType };
          if (a.storageType === "error") {
            return reply({ reason: a.details.reason, message: a.details.message }, 424, h);
          }
          let url: string;
          if (a.storageType === "object") {
            const objectName = `t/${taskId}/${runId}/${a.name}`;
            if (!this.#objects.isFinished(objectName)) {
              reportError("ResourceNotFound", "Object does not exist.", {});
            }
            url = this.#signer.sign("GET", "object", objectName, this.#now() + 30 * 60 * 1000);
          } else if (a.storageType === "s3") {
            url = this.#s3GetUrl(a);
          } else {
            url = String(a.details.url);
          }
          return reply({ storageType: a.storageType, url }, 303, { ...h, location: url });
        },
      };
    };

    const artifactContent = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifact-content/:name{.+}`,
        name: latest ? "latestArtifact" : "artifact",
        scopes: { AllOf: [{ for: "name", in: "names", each: "queue:get-artifact:<name>" }] },
        params: PARAMS,
        handler: async (req) => {
          const { taskId, name } = req.params;
          const writes: Writes = [];
          const runId = r.runId(req, writes);
          await Promise.all(writes);
          const a = await this.#followLinks(req, taskId, runId, name);
          switch (a.storageType) {
            case "object": {
              const objectName = `t/${taskId}/${runId}/${a.name}`;
              const credentials = this.#auth.issueTemporaryCredentials({
                clientId: `artifact-download/${taskId}/${runId}/${a.name}`,
                start: this.#now(),
                expiry: this.#now() + 60 * 60 * 1000,
                scopes: [`object:download:${objectName}`],
              });
              return reply({ storageType: "object", name: objectName, credentials });
            }
            case "s3":
              return reply({ storageType: "s3", url: this.#s3GetUrl(a) });
            case "reference":
              return reply({ storageType: "reference", url: a.details.url });
            default:
              return reply({
                storageType: "error",
                reason: a.details.reason,
                message: a.details.message,
              });
          }
        },
      };
    };

    const listArtifacts = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifacts`,
        name: latest ? "listLatestArtifacts" : "listArtifacts",
        scopes: latest ? "queue:list-artifacts:<taskId>" : "queue:list-artifacts:<taskId>:<runId>",
        params: PARAMS,
        handler: async (req) => {
          const { taskId } = req.params;
          const writes: Writes = [];
          const latestRunId = this.#latestRunId(taskId, writes);
          await Promise.all(writes);
          const runId = latest ? latestRunId : parseInt(req.params.runId, 10);
          if (runId < 0 || runId > latestRunId) {
            reportError(
              "ResourceNotFound",
              "Task with taskId: `{{taskId}}` has no run with runId: {{runId}}",
              {
                taskId,
                runId,
              },
            );
          }
          const names = [...(this.#runArtifacts.get(`${taskId}/${runId}`) ?? [])].sort();
          const all = names.map((n) => this.#artifacts.get(this.#artifactKey(taskId, runId, n))!)
            .filter((a) => a?.present);
          const limit = Math.max(
            1,
            Math.min(1000, parseInt(req.query.limit ?? "1000", 10) || 1000),
          );
          const start = req.query.continuationToken ? decodeToken(req.query.continuationToken) : 0;
          if (start === undefined) reportError("InputError", "Invalid continuationToken", {});
          const page = all.slice(start, start + limit);
          return reply({
            artifacts: page.map((a) => this.#serialize(a)),
            ...(start + limit < all.length
              ? { continuationToken: encodeToken(start + limit) }
              : {}),
          });
        },
      };
    };

    const artifactInfo = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifact-info/:name{.+}`,
        name: latest ? "latestArtifactInfo" : "artifactInfo",
        scopes: latest ? "queue:list-artifacts:<taskId>" : "queue:list-artifacts:<taskId>:<runId>",
        params: PARAMS,
        handler: async (req) => {
          const writes: Writes = [];
          const runId = r.runId(req, writes);
          await Promise.all(writes);
          const a = this.#artifacts.get(
            this.#artifactKey(req.params.taskId, runId, req.params.name),
          );
          if (!a?.present) reportError("ResourceNotFound", "Artifact not found", {});
          return reply(this.#serialize(a));
        },
      };
    };

    const taskAction = (
      name: string,
      verb: string,
      act: (t: TaskRecord, writes: Writes) => void,
    ): Endpoint => ({
      method: "post",
      route: `/task/:taskId/${verb}`,
      name,
      scopes: {
        AnyOf: [
          `queue:${verb}-task:<schedulerId>/<taskGroupId>/<taskId>`,
          `queue:${verb}-task-in-project:<projectId>`,
          { AllOf: [`queue:${verb}-task`, "assume:scheduler-id:<schedulerId>/<taskGroupId>"] },
        ],
      },
      params: PARAMS,
      handler: async (req) => {
        const { taskId } = req.params;
        const writes: Writes = [];
        const t = this.#get(taskId, writes);
        if (!t) return taskNotFound(taskId);
        const d = t.definition;
        await req.authorize({
          taskId,
          schedulerId: d.schedulerId,
          taskGroupId: d.taskGroupId,
          projectId: d.projectId,
        });
        act(t, writes);
        await Promise.all(writes);
        return reply({ status: this.#status(t) });
      },
    });

    return [
      {
        method: "get",
        route: "/task/:taskId",
        name: "task",
        scopes: "queue:get-task:<taskId>",
        params: PARAMS,
        handler: ({ params }) => {
          const t = this.#tasks.get(params.taskId);
          if (!t) {
            return notFound(params.taskId, "Are you sure this task has already been submitted?");
          }
          return reply(t.definition);
        },
      },
      {
        method: "get",
        route: "/task/:taskId/status",
        name: "status",
        scopes: "queue:status:<taskId>",
        params: PARAMS,
        handler: async ({ params }) => {
          const writes: Writes = [];
          const t = this.#get(params.taskId, writes);
          if (!t) return notFound(params.taskId);
          await Promise.all(writes);
          return reply({ status: this.#status(t) });
        },
      },
      {
        method: "put",
        route: "/task/:taskId",
        name: "createTask",
        scopes: {
          AllOf: [
            { for: "scope", in: "scopes", each: "<scope>" },
            { for: "route", in: "routes", each: "queue:route:<route>" },
            "queue:create-task:project:<projectId>",
            "queue:scheduler-id:<schedulerId>",
            {
              AnyOf: [{
                for: "priority",
                in: "priorities",
                each: "queue:create-task:<priority>:<provisionerId>/<workerType>",
              }],
            },
          ],
        },
        params: PARAMS,
        input: CREATE_TASK_SCHEMA,
        handler: (req) => this.#createTask(req),
      },
      taskAction("scheduleTask", "schedule", (t, writes) => {
        if (Date.parse(t.definition.deadline) <= this.#now()) {
          reportError(
            "RequestConflict",
            "Task `{{taskId}}` can't be scheduled past its deadline at {{deadline}}.",
            {
              taskId: t.taskId,
              deadline: t.definition.deadline,
            },
          );
        }
        if (t.runs.length === 0) {
          t.runs.push({
            state: "pending",
            reasonCreated: "scheduled",
            scheduled: iso(this.#now()),
          });
          this.#save(t, writes);
        }
      }),
      taskAction("rerunTask", "rerun", (t, writes) => {
        if (Date.parse(t.definition.deadline) < this.#now()) {
          reportError(
            "RequestConflict",
            "Task `{{taskId}}` can't be rescheduled past its deadline of {{deadline}}.",
            {
              taskId: t.taskId,
              deadline: t.definition.deadline,
            },
          );
        }
        const s = state(t);
        if (s === "pending" || s === "running") return;
        if (t.runs.length >= MAX_RUNS) {
          reportError("RequestConflict", "Maximum number of runs reached ({{max_runs_allowed}}).", {
            max_runs_allowed: MAX_RUNS,
          });
        }
        t.retriesLeft = t.definition.retries;
        t.runs.push({ state: "pending", reasonCreated: "rerun", scheduled: iso(this.#now()) });
        this.#save(t, writes);
      }),
      taskAction("cancelTask", "cancel", (t, writes) => {
        if (Date.parse(t.definition.deadline) < this.#now()) {
          reportError(
            "RequestConflict",
            "Task `{{taskId}}` can't be canceled past its deadline of {{deadline}}.",
            {
              taskId: t.taskId,
              deadline: t.definition.deadline,
            },
          );
        }
        this.#cancel(t, "canceled", writes);
      }),
      {
        method: "post",
        route: "/claim-work/:taskQueueId{.+}",
        name: "claimWork",
        scopes: {
          AllOf: ["queue:claim-work:<taskQueueId>", "queue:worker-id:<workerGroup>/<workerId>"],
        },
        params: PARAMS,
        input: {
          type: "object",
          properties: {
            tasks: { type: "integer", minimum: 1, maximum: 32, default: 1 },
            workerGroup: { type: "string", pattern: ID.source },
            workerId: { type: "string", pattern: ID.source },
          },
          additionalProperties: false,
          required: ["workerGroup", "workerId", "tasks"],
        },
        handler: async (req) => {
          const { taskQueueId } = req.params;
          const { workerGroup, workerId, tasks } = req.body as {
            workerGroup: string;
            workerId: string;
            tasks: number;
          };
          await req.authorize({ workerGroup, workerId, taskQueueId });
          const attempt = async () => {
            await this.sweep();
            const writes: Writes = [];
            const claims = this.#claimPending(taskQueueId, workerGroup, workerId, tasks, writes);
            await Promise.all(writes);
            return claims;
          };
          const first = await attempt();
          if (first.length > 0 || this.#closed) return reply({ tasks: first });
          return this.#longPoll(taskQueueId, attempt);
        },
      },
      {
        method: "post",
        route: "/task/:taskId/runs/:runId/reclaim",
        name: "reclaimTask",
        scopes: "queue:reclaim-task:<taskId>/<runId>",
        params: PARAMS,
        handler: async (req) => {
          const { taskId } = req.params;
          const runId = parseInt(req.params.runId, 10);
          const writes: Writes = [];
          const t = this.#get(taskId, writes);
          await Promise.all(writes);
          if (!t) return taskNotFound(taskId);
          const run = t.runs[runId];
          if (!run) return runNotFound(taskId, runId);
          await req.authorize({
            taskId,
            runId,
            workerId: run.workerId,
            workerGroup: run.workerGroup,
          });
          const now = this.#now();
          if (Date.parse(t.definition.deadline) <= now) {
            reportError(
              "RequestConflict",
              "Task `{{taskId}}` can't be reclaimed past its deadline of {{deadline}}.",
              {
                taskId,
                deadline: t.definition.deadline,
              },
            );
          }
          if (t.runs.length - 1 !== runId || run.state !== "running") {
            reportError(
              "RequestConflict",
              "Run {{runId}} on task `{{taskId}}` is resolved or not running.",
              {
                taskId,
                runId,
              },
            );
          }
          const takenUntil = Math.max(
            now + this.#opts.claimTimeoutSecs * 1000,
            Date.parse(run.takenUntil!),
          );
          run.takenUntil = iso(takenUntil);
          t.takenUntil = iso(takenUntil);
          this.#save(t, writes);
          await Promise.all(writes);
          return reply({
            status: this.#status(t),
            runId,
            workerGroup: run.workerGroup,
            workerId: run.workerId,
            takenUntil: iso(takenUntil),
            credentials: this.#taskCredentials(t, runId, run, takenUntil),
          });
        },
      },
      {
        method: "post",
        route: "/task/:taskId/runs/:runId/completed",
        name: "reportCompleted",
        scopes: "queue:resolve-task:<taskId>/<runId>",
        params: PARAMS,
        handler: (req) =>
          resolve((req.body as { success?: boolean }).success === false ? "failed" : "completed")(
            req,
          ),
      },
      {
        method: "post",
        route: "/task/:taskId/runs/:runId/failed",
        name: "reportFailed",
        scopes: "queue:resolve-task:<taskId>/<runId>",
        params: PARAMS,
        handler: resolve("failed"),
      },
      {
        method: "post",
        route: "/task/:taskId/runs/:runId/exception",
        name: "reportException",
        scopes: "queue:resolve-task:<taskId>/<runId>",
        params: PARAMS,
        input: {
          type: "object",
          properties: { reason: { type: "string", enum: EXCEPTION_REASONS } },
          additionalProperties: false,
          required: ["reason"],
        },
        handler: async (req) => {
          const { taskId } = req.params;
          const runId = parseInt(req.params.runId, 10);
          const { reason } = req.body as { reason: string };
          const writes: Writes = [];
          const t = this.#get(taskId, writes);
          if (!t) {
            return reportError(
              "ResourceNotFound",
              "Task `{{taskId}}` not found. Are you sure it exists?",
              { taskId },
            );
          }
          let run = t.runs[runId];
          if (!run) return runNotFound(taskId, runId);
          await req.authorize({
            taskId,
            runId,
            workerGroup: run.workerGroup,
            workerId: run.workerId,
          });
          if (t.runs.length - 1 === runId && run.state === "running") {
            const now = iso(this.#now());
            Object.assign(run, { state: "exception", reasonResolved: reason, resolved: now });
            t.takenUntil = null;
            const retryReason = reason === "worker-shutdown"
              ? "retry"
              : reason === "intermittent-task"
              ? "task-retry"
              : null;
            if (retryReason && t.retriesLeft > 0) {
              t.retriesLeft--;
              t.runs.push({ state: "pending", reasonCreated: retryReason, scheduled: now });
            }
            this.#save(t, writes);
            if (isResolved(t)) this.#resolved(t, "exception", writes);
          }
          await Promise.all(writes);
          run = t.runs[runId];
          if (
            t.runs.length - 1 > runId + 1 || run.state !== "exception" ||
            run.reasonResolved !== reason
          ) {
            reportError(
              "RequestConflict",
              "Run {{runId}} on task `{{taskId}}` is resolved or not running.",
              {
                taskId,
                runId,
              },
            );
          }
          return reply({ status: this.#status(t) });
        },
      },
      {
        method: "post",
        route: "/task/:taskId/runs/:runId/artifacts/:name{.+}",
        name: "createArtifact",
        scopes: "queue:create-artifact:<taskId>/<runId>",
        params: PARAMS,
        input: POST_ARTIFACT_SCHEMA,
        handler: (req) => this.#createArtifact(req),
      },
      {
        method: "put",
        route: "/task/:taskId/runs/:runId/artifacts/:name{.+}",
        name: "finishArtifact",
        scopes: "queue:create-artifact:<taskId>/<runId>",
        params: PARAMS,
        input: {
          type: "object",
          properties: { uploadId: { type: "string", pattern: SLUGID_PATTERN } },
          additionalProperties: false,
          required: ["uploadId"],
        },
        handler: async (req) => {
          const { taskId, name } = req.params;
          const runId = parseInt(req.params.runId, 10);
          const { uploadId } = req.body as { uploadId: string };
          const key = this.#artifactKey(taskId, runId, name);
          const a = this.#artifacts.get(key);
          if (!a || !this.#tasks.get(taskId)?.runs[runId]) {
            reportError(
              "ResourceNotFound",
              "Artifact with taskId `{{taskId}}`, runId {{runId}}, name `{{name}}` not found",
              {
                taskId,
                runId,
                name,
              },
            );
          }
          if (!STORAGE_NEEDS_FINISH[a.storageType]) {
            reportError("InputError", "Only object artifacts can be finished", {});
          }
          if (a.present) return reply(undefined, 204);
          if (uploadId !== a.details.uploadId) {
            reportError("InputError", "given uploadId does not match that for the artifact", {});
          }
          if (!this.#objects.isFinished(`t/${taskId}/${runId}/${name}`)) {
            reportError("InputError", "Object storing artifact data does not exist", {});
          }
          a.present = true;
          a.details = {};
          await this.#artifacts.put(key, a);
          return reply(undefined, 204);
        },
      },
      getArtifact(false),
      getArtifact(true),
      artifactContent(false),
      artifactContent(true),
      listArtifacts(false),
      listArtifacts(true),
      artifactInfo(false),
      artifactInfo(true),
    ];
  }

  async #createTask(req: Parameters<Endpoint["handler"]>[0]): Promise<Response> {
    const { taskId } = req.params;
    const def = req.body as Partial<TaskDefinition> & Record<string, unknown>;
    if (def.provisionerId && def.workerType && def.taskQueueId) {
      if (`${def.provisionerId}/${def.workerType}` !== def.taskQueueId) {
        reportError("InputError", 'taskQueueId must match "provisionerId/workerType"', {
          provisionerId: def.provisionerId,
          workerType: def.workerType,
          taskQueueId: def.taskQueueId,
        });
      }
    } else if (def.provisionerId && def.workerType) {
      def.taskQueueId = `${def.provisionerId}/${def.workerType}`;
    } else if (def.taskQueueId) {
      [def.provisionerId, def.workerType] = def.taskQueueId.split("/");
    } else {
      reportError(
        "InputError",
        'at least a provisionerId and a workerType or a taskQueueId must be provided"',
        {},
      );
    }
    def.projectId ||= "none";
    const priorities = PRIORITIES.slice(0, PRIORITIES.indexOf(def.priority!) + 1);
    await req.authorize({
      taskId,
      priorities,
      routes: def.routes,
      scopes: def.scopes,
      schedulerId: def.schedulerId,
      projectId: def.projectId,
      taskGroupId: def.taskGroupId || taskId,
      provisionerId: def.provisionerId,
      workerType: def.workerType,
      taskQueueId: def.taskQueueId,
    });
    def.taskGroupId ||= taskId;
    const now = this.#now();
    const created = Date.parse(def.created!);
    const deadline = Date.parse(def.deadline!);
    if (created < now - DRIFT_MS) {
      reportError("InputError", "`created` cannot be in the past (max 15min drift)", {
        created: def.created,
      });
    }
    if (created > now + DRIFT_MS) {
      reportError("InputError", "`created` cannot be in the future (max 15min drift)", {
        created: def.created,
      });
    }
    if (created > deadline) {
      reportError("InputError", "`deadline` cannot be later than `created`", {
        created: def.created,
        deadline: def.deadline,
      });
    }
    if (deadline < now) {
      reportError("InputError", "`deadline` cannot be in the past", { deadline: def.deadline });
    }
    if (deadline - now > MAX_DEADLINE_DAYS * 86400e3 + DRIFT_MS) {
      reportError(
        "InputError",
        `\`deadline\` cannot be more than ${MAX_DEADLINE_DAYS} days into the future`,
        {
          deadline: def.deadline,
        },
      );
    }
    if (!def.expires) {
      const e = new Date(deadline);
      e.setFullYear(e.getFullYear() + 1);
      def.expires = e.toJSON();
    }
    if (deadline > Date.parse(def.expires)) {
      reportError("InputError", "`expires` cannot be before `deadline`", {
        deadline: def.deadline,
        expires: def.expires,
      });
    }
    if (def.scopes!.some((s) => s.endsWith("**"))) {
      reportError("InputError", "scopes must not end with `**`", {});
    }
    const definition: TaskDefinition = {
      provisionerId: def.provisionerId!,
      workerType: def.workerType!,
      taskQueueId: def.taskQueueId!,
      schedulerId: def.schedulerId!,
      projectId: def.projectId,
      taskGroupId: def.taskGroupId,
      dependencies: def.dependencies!,
      requires: def.requires!,
      routes: def.routes!,
      priority: def.priority!,
      retries: def.retries!,
      created: new Date(created).toJSON(),
      deadline: new Date(deadline).toJSON(),
      expires: new Date(def.expires).toJSON(),
      scopes: def.scopes!,
      payload: def.payload!,
      metadata: def.metadata!,
      tags: def.tags!,
      extra: def.extra!,
    };
    const writes: Writes = [];
    const existing = this.#get(taskId, writes);
    if (existing) {
      await Promise.all(writes);
      if (
        JSON.stringify(canonical(existing.definition)) !== JSON.stringify(canonical(definition))
      ) {
        reportError(
          "RequestConflict",
          "taskId `{{taskId}}` already used by another task.\nThis could be the result of faulty idempotency!",
          { taskId },
        );
      }
      return reply({ status: this.#status(existing) });
    }
    const groupScheduler = this.#groups.get(definition.taskGroupId);
    if (groupScheduler !== undefined && groupScheduler !== definition.schedulerId) {
      reportError(
        "RequestConflict",
        "Task group `{{taskGroupId}}` contains tasks with a schedulerId other\nthan `{{schedulerId}}`. " +
          "All tasks in the same task-group must have\nthe same schedulerId.",
        { taskGroupId: definition.taskGroupId, schedulerId: definition.schedulerId },
      );
    }
    // dependencies must exist and outlive this task's deadline
    const missing: string[] = [];
    const expiring: string[] = [];
    const blockers: string[] = [];
    for (const dep of definition.dependencies) {
      if (dep === taskId) {
        blockers.push(dep);
        continue;
      }
      const d = this.#get(dep, writes);
      if (!d) {
        missing.push(dep);
        continue;
      }
      if (deadline > Date.parse(d.definition.expires)) {
        expiring.push(dep);
        continue;
      }
      const s = state(d);
      const satisfied = s === "completed" ||
        (definition.requires === "all-resolved" && (s === "exception" || s === "failed"));
      if (!satisfied) blockers.push(dep);
    }
    if (missing.length > 0 || expiring.length > 0) {
      await Promise.all(writes);
      let msg = "";
      if (missing.length > 0) {
        msg += "`task.dependencies` references non-existing tasks: \n" +
          missing.map((id) => ` * ${id}`).join("\n") + "\n" +
          "All taskIds in `task.dependencies` **must** exist\nbefore the task is created.\n";
      }
      if (expiring.length > 0) {
        msg +=
          "`task.dependencies` references tasks that expires\nbefore `task.deadline` this is not allowed, see tasks: \n" +
          expiring.map((id) => ` * ${id},`).join("\n") + "\n" +
          "All taskIds in `task.dependencies` **must** have\n`task.expires` greater than the `deadline` for this task.\n";
      }
      reportError("InputError", msg, {
        dependencies: definition.dependencies,
        missingTaskDependencies: missing,
        expiringTaskDependencies: expiring,
      });
    }
    const t: TaskRecord = {
      taskId,
      definition,
      retriesLeft: definition.retries,
      runs: [],
      takenUntil: null,
      blockers,
    };
    if (blockers.length === 0) {
      t.runs.push({ state: "pending", reasonCreated: "scheduled", scheduled: iso(now) });
    }
    for (const b of blockers) this.#addDependent(b, taskId);
    this.#groups.set(definition.taskGroupId, definition.schedulerId);
    this.#save(t, writes);
    await Promise.all(writes);
    return reply({ status: this.#status(t) });
  }

  async #createArtifact(req: Parameters<Endpoint["handler"]>[0]): Promise<Response> {
    const { taskId, name } = req.params;
    const runId = parseInt(req.params.runId, 10);
    const input = req.body as {
      storageType: ArtifactRecord["storageType"];
      expires: string;
      contentType?: string;
      contentLength?: number;
      url?: string;
      artifact?: string;
      reason?: string;
      message?: string;
    };
    const { storageType } = input;
    const contentType = input.contentType || "application/binary";
    const contentLength = input.contentLength ?? null;
    const expires = Date.parse(input.expires);
    const now = this.#now();
    if (expires < now - DRIFT_MS) reportError("InputError", "Expires must be in the future", {});
    const writes: Writes = [];
    const t = this.#get(taskId, writes);
    await Promise.all(writes);
    if (!t) return reportError("InputError", "Task not found", {});
    const run = t.runs[runId];
    if (!run) return reportError("InputError", "Run not found", {});
    const { workerGroup, workerId } = run;
    if (!workerGroup || !workerId) {
      reportError(
        "InputError",
        "Run was not claimed by a worker and so no artifacts can exist",
        {},
      );
    }
    await req.authorize({ taskId, runId, workerGroup, workerId, name });
    if (expires > Date.parse(t.definition.expires)) {
      reportError(
        "InputError",
        "Artifact expires ({{expires}}) after the task expiration {{taskExpires}} (task.expires < expires) - " +
          "this is not allowed, artifacts may not expire after the task they belong to expires",
        { taskExpires: t.definition.expires, expires: iso(expires) },
      );
    }
    if (run.state !== "running") {
      const allow = run.state === "exception" && Date.parse(run.resolved!) > now - 25 * 60 * 1000;
      if (!allow) {
        reportError(
          "RequestConflict",
          "Artifacts cannot be created for a task after it is resolved, unless it is resolved 'exception', " +
            "and even in this case only up to 25 min past resolution.This to ensure that artifacts have been " +
            "uploaded before a task is 'completed' and output is consumed by a dependent task\n\nTask status: {{status}}",
          { status: this.#status(t) },
        );
      }
    }
    const key = this.#artifactKey(taskId, runId, name);
    const original = this.#artifacts.get(key);
    const objectName = `t/${taskId}/${runId}/${name}`;
    let details: Record<string, unknown> = {};
    let present = true;
    switch (storageType) {
      case "object": {
        present = false;
        const reuse = original?.storageType === "object" && !original.present &&
          typeof original.details.uploadId === "string";
        const uploadId = reuse ? String(original!.details.uploadId) : slugidNice();
        if (!reuse || !this.#objects.isFinished(objectName)) {
          try {
            await this.#objects.createUpload(objectName, {
              projectId: t.definition.projectId,
              uploadId,
              expires: iso(reuse ? Date.parse(original!.expires) : expires),
              proposedUploadMethods: {},
            });
          } catch (e) {
            if (!(e instanceof ApiError) || e.code !== "RequestConflict" || !original) throw e;
          }
        }
        details = { uploadId };
        break;
      }
      case "s3":
        details = {
          bucket: name.startsWith("public/") ? "public" : "private",
          prefix: `${taskId}/${runId}/${name}`,
        };
        break;
      case "reference":
        details = { url: input.url };
        break;
      case "link":
        details = { artifact: input.artifact };
        break;
      case "error":
        details = { message: input.message, reason: input.reason };
        break;
    }
    let a: ArtifactRecord = {
      taskId,
      runId,
      name,
      storageType,
      contentType,
      details,
      present,
      expires: iso(expires),
      contentLength,
    };
    if (original) {
      const sameObjectRetry = original.storageType === "object" && storageType === "object" &&
        !original.present &&
        original.details.uploadId === details.uploadId;
      if (!sameObjectRetry && !compatible(original, a)) {
        reportError(
          "RequestConflict",
          "Artifact already exists with different properties, and none of the allowed exceptions apply: {{originalArtifact}}",
          {
            originalArtifact: {
              storageType: original.storageType,
              contentType: original.contentType,
              expires: original.expires,
            },
          },
        );
      }
      a = { ...original, details, storageType, expires: iso(expires) };
    }
    await this.#artifacts.put(key, a);
    this.#indexArtifact(a);
    switch (a.storageType) {
      case "object": {
        const oneDay = now + 86400e3;
        const credentials = this.#auth.issueTemporaryCredentials({
          clientId: `artifact-upload/${taskId}/${runId}/on/${workerGroup}/${workerId}`,
          start: now,
          expiry: Math.min(expires, oneDay),
          scopes: [`object:upload:${t.definition.projectId}:${objectName}`],
        });
        return reply({
          storageType: "object",
          name: objectName,
          projectId: t.definition.projectId,
          uploadId: a.details.uploadId,
          expires: a.expires,
          credentials,
        });
      }
      case "s3": {
        const expiry = now + 45 * 60 * 1000;
        return reply({
          storageType: "s3",
          contentType: a.contentType,
          expires: iso(expiry),
          putUrl: this.#signer.sign(
            "PUT",
            "s3",
            String(a.details.prefix),
            expiry + 10_000,
            a.contentType,
          ),
        });
      }
      default:
        return reply({ storageType: a.storageType });
    }
  }
}

function iso(ms: number): string {
  return new Date(ms).toJSON();
}

function state(t: TaskRecord): RunState | "unscheduled" {
  return t.runs[t.runs.length - 1]?.state ?? "unscheduled";
}

function isResolved(t: TaskRecord): boolean {
  const s = state(t);
  return s === "completed" || s === "failed" || s === "exception";
}

/** Compatibility of a repeated createArtifact (the queue's documented exceptions). */
function compatible(original: ArtifactRecord, next: ArtifactRecord): boolean {
  if (next.storageType !== "link" && original.contentType !== next.contentType) return false;
  if (Date.parse(original.expires) > Date.parse(next.expires)) return false;
  if (original.storageType === next.storageType) {
    return next.storageType === "reference" ||
      JSON.stringify(canonical(original.details)) === JSON.stringify(canonical(next.details));
  }
  return original.storageType === "reference" && next.storageType === "link";
}

/** A value with object keys sorted (for order-insensitive comparison). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v === "object" && v !== null) {
    return Object.fromEntries(
      Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

function encodeToken(n: number): string {
  return btoa(JSON.stringify({ offset: n }));
}

function decodeToken(s: string): number | undefined {
  try {
    const v = JSON.parse(atob(s));
    return Number.isInteger(v?.offset) && v.offset >= 0 ? v.offset : undefined;
  } catch {
    return undefined;
  }
}
