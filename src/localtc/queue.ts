/**
 * The queue service of localtc (`/api/queue/v1`): the HTTP routes of tasks
 * and runs — task, status, createTask, schedule/rerun/cancel, claimWork,
 * reclaimTask and the resolutions — with the real queue's scopes, checks
 * and error codes, over the task book (the runs' state machine,
 * `queue_tasks.ts`), task creation with its deadlines and dependencies
 * (`queue_create.ts`), claiming (`queue_claims.ts`) and the artifacts
 * (`queue_artifacts.ts`).
 */
import type { Hono } from "hono";
import { type ApiRequest, type Endpoint, reply, reportError } from "./api.ts";
import type { AuthService } from "./auth.ts";
import type { UrlSigner } from "./blobs.ts";
import type { ObjectService } from "./object.ts";
import { ArtifactService } from "./queue_artifacts.ts";
import { claimPending, longPoll, taskCredentials } from "./queue_claims.ts";
import { createTask } from "./queue_create.ts";
import { iso, isResolved, state, type TaskRecord, type Writes } from "./queue_records.ts";
import { CREATE_TASK_SCHEMA, EXCEPTION_REASONS, ID, MAX_RUNS, PARAMS } from "./queue_schemas.ts";
import { TaskBook } from "./queue_tasks.ts";
import { QueueWorkers } from "./queue_workers.ts";
import type { Store } from "./store.ts";

export { checkQueueWorker } from "./queue_workers.ts";
export {
  type ArtifactRecord,
  checkArtifact,
  checkS3Blob,
  checkTask,
  type RunRecord,
  type RunState,
  type S3BlobRecord,
  type TaskDefinition,
  type TaskRecord,
} from "./queue_records.ts";

/** Options of the queue. */
export interface QueueOptions {
  now: () => number;
  /** takenUntil = claim time + this (seconds). */
  claimTimeoutSecs: number;
  /** How long an empty claimWork waits for work (ms). */
  claimWorkTimeoutMs: number;
}

/** The queue service. */
export class QueueService {
  readonly #book: TaskBook;
  readonly #artifacts: ArtifactService;
  readonly #workers: QueueWorkers;
  readonly #auth: AuthService;
  readonly #opts: QueueOptions;

  /** A queue over `store`, issuing run credentials through `auth`. */
  constructor(
    store: Store,
    auth: AuthService,
    objects: ObjectService,
    signer: UrlSigner,
    opts: QueueOptions,
  ) {
    this.#book = new TaskBook(store, opts.now);
    this.#artifacts = new ArtifactService(store, this.#book, auth, objects, signer);
    this.#workers = new QueueWorkers(store, opts.now);
    this.#auth = auth;
    this.#opts = opts;
  }

  #now(): number {
    return this.#opts.now();
  }

  /** Wakes every waiting claimWork (used at shutdown) and stops long-polls. */
  close(): void {
    this.#book.close();
  }

  /** Applies timed transitions to every unresolved task. */
  sweep(): Promise<void> {
    return this.#book.sweep();
  }

  /** Registers the signed byte endpoints for s3 artifacts. */
  mountBlobs(app: Hono): void {
    this.#artifacts.mountBlobs(app);
  }

  /** What the task page shows: status, definition and each run's artifacts; undefined when unknown. */
  async taskView(taskId: string) {
    const writes: Writes = [];
    const t = this.#book.get(taskId, writes);
    await Promise.all(writes);
    if (!t) return undefined;
    return {
      status: this.#book.status(t),
      definition: t.definition,
      artifacts: t.runs.map((_, runId) =>
        this.#artifacts.ofRun(taskId, runId).map((a) => ({
          name: a.name,
          storageType: a.storageType,
          contentType: a.contentType,
        }))
      ),
    };
  }

  #credentials(t: TaskRecord, runId: number, takenUntil: number) {
    return taskCredentials(this.#auth, this.#now(), t, runId, t.runs[runId], takenUntil);
  }

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

    const resolve = (target: "completed" | "failed") => async (req: ApiRequest) => {
      const { taskId } = req.params;
      const runId = parseInt(req.params.runId, 10);
      const writes: Writes = [];
      const t = this.#book.get(taskId, writes);
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
        this.#book.save(t, writes);
        this.#book.resolved(t, target, writes);
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
      return reply({ status: this.#book.status(t) });
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
        const t = this.#book.get(taskId, writes);
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
        return reply({ status: this.#book.status(t) });
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
          const t = this.#book.peek(params.taskId);
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
          const t = this.#book.get(params.taskId, writes);
          if (!t) return notFound(params.taskId);
          await Promise.all(writes);
          return reply({ status: this.#book.status(t) });
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
        handler: (req) => createTask(this.#book, req),
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
          this.#book.save(t, writes);
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
        this.#book.save(t, writes);
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
        this.#book.cancel(t, "canceled", writes);
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
            await this.#book.sweep();
            const writes: Writes = [];
            const claims = claimPending(
              this.#book,
              this.#auth,
              this.#opts.claimTimeoutSecs,
              taskQueueId,
              workerGroup,
              workerId,
              tasks,
              writes,
            );
            await Promise.all(writes);
            if (claims.length > 0) {
              await this.#workers.seen(
                taskQueueId,
                workerGroup,
                workerId,
                claims.map((c) => ({ taskId: c.status.taskId, runId: c.runId })),
              );
            }
            return claims.map((c) => ({ ...c, takenUntil: c.takenUntil.replace(/Z$/, "+00:00") }));
          };
          const first = await attempt();
          if (first.length > 0 || this.#book.closed) return reply({ tasks: first });
          return longPoll(this.#book, taskQueueId, this.#opts.claimWorkTimeoutMs, attempt);
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
          const t = this.#book.get(taskId, writes);
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
          this.#book.save(t, writes);
          await Promise.all(writes);
          return reply({
            status: this.#book.status(t),
            runId,
            workerGroup: run.workerGroup,
            workerId: run.workerId,
            takenUntil: iso(takenUntil),
            credentials: this.#credentials(t, runId, takenUntil),
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
          const t = this.#book.get(taskId, writes);
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
            this.#book.save(t, writes);
            if (isResolved(t)) this.#book.resolved(t, "exception", writes);
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
          return reply({ status: this.#book.status(t) });
        },
      },
      ...this.#artifacts.endpoints(),
      ...this.#workers.endpoints(),
    ];
  }
}
