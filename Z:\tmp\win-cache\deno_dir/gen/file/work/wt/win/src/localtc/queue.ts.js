/**
 * The queue service of localtc (`/api/queue/v1`): the HTTP routes of tasks
 * and runs — task, status, createTask, schedule/rerun/cancel, claimWork,
 * reclaimTask and the resolutions — with the real queue's scopes, checks
 * and error codes, over the task book (the runs' state machine,
 * `queue_tasks.ts`), task creation with its deadlines and dependencies
 * (`queue_create.ts`), claiming (`queue_claims.ts`) and the artifacts
 * (`queue_artifacts.ts`).
 */
import { reply, reportError } from "./api.ts";
import { ArtifactService } from "./queue_artifacts.ts";
import { claimPending, longPoll, taskCredentials } from "./queue_claims.ts";
import { createTask } from "./queue_create.ts";
import { iso, isResolved, state } from "./queue_records.ts";
import { CREATE_TASK_SCHEMA, EXCEPTION_REASONS, ID, MAX_RUNS, PARAMS } from "./queue_schemas.ts";
import { TaskBook } from "./queue_tasks.ts";
export { checkArtifact, checkS3Blob, checkTask } from "./queue_records.ts";
/** The queue service. */ export class QueueService {
  #book;
  #artifacts;
  #auth;
  #opts;
  /** A queue over `store`, issuing run credentials through `auth`. */ constructor(
    store,
    auth,
    objects,
    signer,
    opts,
  ) {
    this.#book = new TaskBook(store, opts.now);
    this.#artifacts = new ArtifactService(store, this.#book, auth, objects, signer);
    this.#auth = auth;
    this.#opts = opts;
  }
  #now() {
    return this.#opts.now();
  }
  /** Wakes every waiting claimWork (used at shutdown) and stops long-polls. */ close() {
    this.#book.close();
  }
  /** Applies timed transitions to every unresolved task. */ sweep() {
    return this.#book.sweep();
  }
  /** Registers the signed byte endpoints for s3 artifacts. */ mountBlobs(app) {
    this.#artifacts.mountBlobs(app);
  }
  #credentials(t, runId, takenUntil) {
    return taskCredentials(this.#auth, this.#now(), t, runId, t.runs[runId], takenUntil);
  }
  /** The queue's API methods. */ endpoints() {
    const notFound = (taskId, tail = "Are you sure this task exists?") =>
      reportError(
        "ResourceNotFound",
        "`{{taskId}}` does not correspond to a task that exists.\n" + tail,
        {
          taskId,
        },
      );
    const taskNotFound = (taskId) =>
      reportError("ResourceNotFound", "Task `{{taskId}}` not found. Are you sure it was created?", {
        taskId,
      });
    const runNotFound = (taskId, runId) =>
      reportError("ResourceNotFound", "Run {{runId}} not found on task `{{taskId}}`.", {
        taskId,
        runId,
      });
    const resolve = (target) => async (req) => {
      const { taskId } = req.params;
      const runId = parseInt(req.params.runId, 10);
      const writes = [];
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
        Object.assign(run, {
          state: target,
          reasonResolved: target,
          resolved: iso(this.#now()),
        });
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
      return reply({
        status: this.#book.status(t),
      });
    };
    const taskAction = (name, verb, act) => ({
      method: "post",
      route: `/task/:taskId/${verb}`,
      name,
      scopes: {
        AnyOf: [
          `queue:${verb}-task:<schedulerId>/<taskGroupId>/<taskId>`,
          `queue:${verb}-task-in-project:<projectId>`,
          {
            AllOf: [
              `queue:${verb}-task`,
              "assume:scheduler-id:<schedulerId>/<taskGroupId>",
            ],
          },
        ],
      },
      params: PARAMS,
      handler: async (req) => {
        const { taskId } = req.params;
        const writes = [];
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
        return reply({
          status: this.#book.status(t),
        });
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
          const writes = [];
          const t = this.#book.get(params.taskId, writes);
          if (!t) return notFound(params.taskId);
          await Promise.all(writes);
          return reply({
            status: this.#book.status(t),
          });
        },
      },
      {
        method: "put",
        route: "/task/:taskId",
        name: "createTask",
        scopes: {
          AllOf: [
            {
              for: "scope",
              in: "scopes",
              each: "<scope>",
            },
            {
              for: "route",
              in: "routes",
              each: "queue:route:<route>",
            },
            "queue:create-task:project:<projectId>",
            "queue:scheduler-id:<schedulerId>",
            {
              AnyOf: [
                {
                  for: "priority",
                  in: "priorities",
                  each: "queue:create-task:<priority>:<provisionerId>/<workerType>",
                },
              ],
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
        t.runs.push({
          state: "pending",
          reasonCreated: "rerun",
          scheduled: iso(this.#now()),
        });
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
          AllOf: [
            "queue:claim-work:<taskQueueId>",
            "queue:worker-id:<workerGroup>/<workerId>",
          ],
        },
        params: PARAMS,
        input: {
          type: "object",
          properties: {
            tasks: {
              type: "integer",
              minimum: 1,
              maximum: 32,
              default: 1,
            },
            workerGroup: {
              type: "string",
              pattern: ID.source,
            },
            workerId: {
              type: "string",
              pattern: ID.source,
            },
          },
          additionalProperties: false,
          required: [
            "workerGroup",
            "workerId",
            "tasks",
          ],
        },
        handler: async (req) => {
          const { taskQueueId } = req.params;
          const { workerGroup, workerId, tasks } = req.body;
          await req.authorize({
            workerGroup,
            workerId,
            taskQueueId,
          });
          const attempt = async () => {
            await this.#book.sweep();
            const writes = [];
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
            return claims;
          };
          const first = await attempt();
          if (first.length > 0 || this.#book.closed) {
            return reply({
              tasks: first,
            });
          }
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
          const writes = [];
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
            Date.parse(run.takenUntil),
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
        handler: (req) => resolve(req.body.success === false ? "failed" : "completed")(req),
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
          properties: {
            reason: {
              type: "string",
              enum: EXCEPTION_REASONS,
            },
          },
          additionalProperties: false,
          required: [
            "reason",
          ],
        },
        handler: async (req) => {
          const { taskId } = req.params;
          const runId = parseInt(req.params.runId, 10);
          const { reason } = req.body;
          const writes = [];
          const t = this.#book.get(taskId, writes);
          if (!t) {
            return reportError(
              "ResourceNotFound",
              "Task `{{taskId}}` not found. Are you sure it exists?",
              {
                taskId,
              },
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
            Object.assign(run, {
              state: "exception",
              reasonResolved: reason,
              resolved: now,
            });
            t.takenUntil = null;
            const retryReason = reason === "worker-shutdown"
              ? "retry"
              : reason === "intermittent-task"
              ? "task-retry"
              : null;
            if (retryReason && t.retriesLeft > 0) {
              t.retriesLeft--;
              t.runs.push({
                state: "pending",
                reasonCreated: retryReason,
                scheduled: now,
              });
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
          return reply({
            status: this.#book.status(t),
          });
        },
      },
      ...this.#artifacts.endpoints(),
    ];
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvcXVldWUudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgcXVldWUgc2VydmljZSBvZiBsb2NhbHRjIChgL2FwaS9xdWV1ZS92MWApOiB0aGUgSFRUUCByb3V0ZXMgb2YgdGFza3NcbiAqIGFuZCBydW5zIOKAlCB0YXNrLCBzdGF0dXMsIGNyZWF0ZVRhc2ssIHNjaGVkdWxlL3JlcnVuL2NhbmNlbCwgY2xhaW1Xb3JrLFxuICogcmVjbGFpbVRhc2sgYW5kIHRoZSByZXNvbHV0aW9ucyDigJQgd2l0aCB0aGUgcmVhbCBxdWV1ZSdzIHNjb3BlcywgY2hlY2tzXG4gKiBhbmQgZXJyb3IgY29kZXMsIG92ZXIgdGhlIHRhc2sgYm9vayAodGhlIHJ1bnMnIHN0YXRlIG1hY2hpbmUsXG4gKiBgcXVldWVfdGFza3MudHNgKSwgdGFzayBjcmVhdGlvbiB3aXRoIGl0cyBkZWFkbGluZXMgYW5kIGRlcGVuZGVuY2llc1xuICogKGBxdWV1ZV9jcmVhdGUudHNgKSwgY2xhaW1pbmcgKGBxdWV1ZV9jbGFpbXMudHNgKSBhbmQgdGhlIGFydGlmYWN0c1xuICogKGBxdWV1ZV9hcnRpZmFjdHMudHNgKS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBIb25vIH0gZnJvbSBcImhvbm9cIjtcbmltcG9ydCB7IHR5cGUgQXBpUmVxdWVzdCwgdHlwZSBFbmRwb2ludCwgcmVwbHksIHJlcG9ydEVycm9yIH0gZnJvbSBcIi4vYXBpLnRzXCI7XG5pbXBvcnQgdHlwZSB7IEF1dGhTZXJ2aWNlIH0gZnJvbSBcIi4vYXV0aC50c1wiO1xuaW1wb3J0IHR5cGUgeyBVcmxTaWduZXIgfSBmcm9tIFwiLi9ibG9icy50c1wiO1xuaW1wb3J0IHR5cGUgeyBPYmplY3RTZXJ2aWNlIH0gZnJvbSBcIi4vb2JqZWN0LnRzXCI7XG5pbXBvcnQgeyBBcnRpZmFjdFNlcnZpY2UgfSBmcm9tIFwiLi9xdWV1ZV9hcnRpZmFjdHMudHNcIjtcbmltcG9ydCB7IGNsYWltUGVuZGluZywgbG9uZ1BvbGwsIHRhc2tDcmVkZW50aWFscyB9IGZyb20gXCIuL3F1ZXVlX2NsYWltcy50c1wiO1xuaW1wb3J0IHsgY3JlYXRlVGFzayB9IGZyb20gXCIuL3F1ZXVlX2NyZWF0ZS50c1wiO1xuaW1wb3J0IHsgaXNvLCBpc1Jlc29sdmVkLCBzdGF0ZSwgdHlwZSBUYXNrUmVjb3JkLCB0eXBlIFdyaXRlcyB9IGZyb20gXCIuL3F1ZXVlX3JlY29yZHMudHNcIjtcbmltcG9ydCB7IENSRUFURV9UQVNLX1NDSEVNQSwgRVhDRVBUSU9OX1JFQVNPTlMsIElELCBNQVhfUlVOUywgUEFSQU1TIH0gZnJvbSBcIi4vcXVldWVfc2NoZW1hcy50c1wiO1xuaW1wb3J0IHsgVGFza0Jvb2sgfSBmcm9tIFwiLi9xdWV1ZV90YXNrcy50c1wiO1xuaW1wb3J0IHR5cGUgeyBTdG9yZSB9IGZyb20gXCIuL3N0b3JlLnRzXCI7XG5cbmV4cG9ydCB7XG4gIHR5cGUgQXJ0aWZhY3RSZWNvcmQsXG4gIGNoZWNrQXJ0aWZhY3QsXG4gIGNoZWNrUzNCbG9iLFxuICBjaGVja1Rhc2ssXG4gIHR5cGUgUnVuUmVjb3JkLFxuICB0eXBlIFJ1blN0YXRlLFxuICB0eXBlIFMzQmxvYlJlY29yZCxcbiAgdHlwZSBUYXNrRGVmaW5pdGlvbixcbiAgdHlwZSBUYXNrUmVjb3JkLFxufSBmcm9tIFwiLi9xdWV1ZV9yZWNvcmRzLnRzXCI7XG5cbi8qKiBPcHRpb25zIG9mIHRoZSBxdWV1ZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUXVldWVPcHRpb25zIHtcbiAgbm93OiAoKSA9PiBudW1iZXI7XG4gIC8qKiB0YWtlblVudGlsID0gY2xhaW0gdGltZSArIHRoaXMgKHNlY29uZHMpLiAqL1xuICBjbGFpbVRpbWVvdXRTZWNzOiBudW1iZXI7XG4gIC8qKiBIb3cgbG9uZyBhbiBlbXB0eSBjbGFpbVdvcmsgd2FpdHMgZm9yIHdvcmsgKG1zKS4gKi9cbiAgY2xhaW1Xb3JrVGltZW91dE1zOiBudW1iZXI7XG59XG5cbi8qKiBUaGUgcXVldWUgc2VydmljZS4gKi9cbmV4cG9ydCBjbGFzcyBRdWV1ZVNlcnZpY2Uge1xuICByZWFkb25seSAjYm9vazogVGFza0Jvb2s7XG4gIHJlYWRvbmx5ICNhcnRpZmFjdHM6IEFydGlmYWN0U2VydmljZTtcbiAgcmVhZG9ubHkgI2F1dGg6IEF1dGhTZXJ2aWNlO1xuICByZWFkb25seSAjb3B0czogUXVldWVPcHRpb25zO1xuXG4gIC8qKiBBIHF1ZXVlIG92ZXIgYHN0b3JlYCwgaXNzdWluZyBydW4gY3JlZGVudGlhbHMgdGhyb3VnaCBgYXV0aGAuICovXG4gIGNvbnN0cnVjdG9yKFxuICAgIHN0b3JlOiBTdG9yZSxcbiAgICBhdXRoOiBBdXRoU2VydmljZSxcbiAgICBvYmplY3RzOiBPYmplY3RTZXJ2aWNlLFxuICAgIHNpZ25lcjogVXJsU2lnbmVyLFxuICAgIG9wdHM6IFF1ZXVlT3B0aW9ucyxcbiAgKSB7XG4gICAgdGhpcy4jYm9vayA9IG5ldyBUYXNrQm9vayhzdG9yZSwgb3B0cy5ub3cpO1xuICAgIHRoaXMuI2FydGlmYWN0cyA9IG5ldyBBcnRpZmFjdFNlcnZpY2Uoc3RvcmUsIHRoaXMuI2Jvb2ssIGF1dGgsIG9iamVjdHMsIHNpZ25lcik7XG4gICAgdGhpcy4jYXV0aCA9IGF1dGg7XG4gICAgdGhpcy4jb3B0cyA9IG9wdHM7XG4gIH1cblxuICAjbm93KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuI29wdHMubm93KCk7XG4gIH1cblxuICAvKiogV2FrZXMgZXZlcnkgd2FpdGluZyBjbGFpbVdvcmsgKHVzZWQgYXQgc2h1dGRvd24pIGFuZCBzdG9wcyBsb25nLXBvbGxzLiAqL1xuICBjbG9zZSgpOiB2b2lkIHtcbiAgICB0aGlzLiNib29rLmNsb3NlKCk7XG4gIH1cblxuICAvKiogQXBwbGllcyB0aW1lZCB0cmFuc2l0aW9ucyB0byBldmVyeSB1bnJlc29sdmVkIHRhc2suICovXG4gIHN3ZWVwKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJldHVybiB0aGlzLiNib29rLnN3ZWVwKCk7XG4gIH1cblxuICAvKiogUmVnaXN0ZXJzIHRoZSBzaWduZWQgYnl0ZSBlbmRwb2ludHMgZm9yIHMzIGFydGlmYWN0cy4gKi9cbiAgbW91bnRCbG9icyhhcHA6IEhvbm8pOiB2b2lkIHtcbiAgICB0aGlzLiNhcnRpZmFjdHMubW91bnRCbG9icyhhcHApO1xuICB9XG5cbiAgI2NyZWRlbnRpYWxzKHQ6IFRhc2tSZWNvcmQsIHJ1bklkOiBudW1iZXIsIHRha2VuVW50aWw6IG51bWJlcikge1xuICAgIHJldHVybiB0YXNrQ3JlZGVudGlhbHModGhpcy4jYXV0aCwgdGhpcy4jbm93KCksIHQsIHJ1bklkLCB0LnJ1bnNbcnVuSWRdLCB0YWtlblVudGlsKTtcbiAgfVxuXG4gIC8qKiBUaGUgcXVldWUncyBBUEkgbWV0aG9kcy4gKi9cbiAgZW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICAgIGNvbnN0IG5vdEZvdW5kID0gKHRhc2tJZDogc3RyaW5nLCB0YWlsID0gXCJBcmUgeW91IHN1cmUgdGhpcyB0YXNrIGV4aXN0cz9cIikgPT5cbiAgICAgIHJlcG9ydEVycm9yKFxuICAgICAgICBcIlJlc291cmNlTm90Rm91bmRcIixcbiAgICAgICAgXCJge3t0YXNrSWR9fWAgZG9lcyBub3QgY29ycmVzcG9uZCB0byBhIHRhc2sgdGhhdCBleGlzdHMuXFxuXCIgKyB0YWlsLFxuICAgICAgICB7XG4gICAgICAgICAgdGFza0lkLFxuICAgICAgICB9LFxuICAgICAgKTtcbiAgICBjb25zdCB0YXNrTm90Rm91bmQgPSAodGFza0lkOiBzdHJpbmcpID0+XG4gICAgICByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgXCJUYXNrIGB7e3Rhc2tJZH19YCBub3QgZm91bmQuIEFyZSB5b3Ugc3VyZSBpdCB3YXMgY3JlYXRlZD9cIiwge1xuICAgICAgICB0YXNrSWQsXG4gICAgICB9KTtcbiAgICBjb25zdCBydW5Ob3RGb3VuZCA9ICh0YXNrSWQ6IHN0cmluZywgcnVuSWQ6IG51bWJlcikgPT5cbiAgICAgIHJlcG9ydEVycm9yKFwiUmVzb3VyY2VOb3RGb3VuZFwiLCBcIlJ1biB7e3J1bklkfX0gbm90IGZvdW5kIG9uIHRhc2sgYHt7dGFza0lkfX1gLlwiLCB7XG4gICAgICAgIHRhc2tJZCxcbiAgICAgICAgcnVuSWQsXG4gICAgICB9KTtcblxuICAgIGNvbnN0IHJlc29sdmUgPSAodGFyZ2V0OiBcImNvbXBsZXRlZFwiIHwgXCJmYWlsZWRcIikgPT4gYXN5bmMgKHJlcTogQXBpUmVxdWVzdCkgPT4ge1xuICAgICAgY29uc3QgeyB0YXNrSWQgfSA9IHJlcS5wYXJhbXM7XG4gICAgICBjb25zdCBydW5JZCA9IHBhcnNlSW50KHJlcS5wYXJhbXMucnVuSWQsIDEwKTtcbiAgICAgIGNvbnN0IHdyaXRlczogV3JpdGVzID0gW107XG4gICAgICBjb25zdCB0ID0gdGhpcy4jYm9vay5nZXQodGFza0lkLCB3cml0ZXMpO1xuICAgICAgaWYgKCF0KSByZXR1cm4gdGFza05vdEZvdW5kKHRhc2tJZCk7XG4gICAgICBsZXQgcnVuID0gdC5ydW5zW3J1bklkXTtcbiAgICAgIGlmICghcnVuKSByZXR1cm4gcnVuTm90Rm91bmQodGFza0lkLCBydW5JZCk7XG4gICAgICBpZiAocnVuLnN0YXRlICE9PSBcInJ1bm5pbmdcIiAmJiBydW4uc3RhdGUgIT09IHRhcmdldCkge1xuICAgICAgICBhd2FpdCBQcm9taXNlLmFsbCh3cml0ZXMpO1xuICAgICAgICByZXBvcnRFcnJvcihcbiAgICAgICAgICBcIlJlcXVlc3RDb25mbGljdFwiLFxuICAgICAgICAgIFwiUnVuIHt7cnVuSWR9fSBvZiB0YXNrIGB7e3Rhc2tJZH19YCBpcyBub3QgcnVubmluZyBvciB7e3RhcmdldFN0YXRlfX0uXCIsXG4gICAgICAgICAge1xuICAgICAgICAgICAgdGFza0lkLFxuICAgICAgICAgICAgcnVuSWQsXG4gICAgICAgICAgICB0YXJnZXRTdGF0ZTogdGFyZ2V0LFxuICAgICAgICAgIH0sXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBhd2FpdCByZXEuYXV0aG9yaXplKHtcbiAgICAgICAgdGFza0lkLFxuICAgICAgICBydW5JZCxcbiAgICAgICAgd29ya2VyR3JvdXA6IHJ1bi53b3JrZXJHcm91cCxcbiAgICAgICAgd29ya2VySWQ6IHJ1bi53b3JrZXJJZCxcbiAgICAgIH0pO1xuICAgICAgaWYgKHQucnVucy5sZW5ndGggLSAxID09PSBydW5JZCAmJiBydW4uc3RhdGUgPT09IFwicnVubmluZ1wiKSB7XG4gICAgICAgIE9iamVjdC5hc3NpZ24ocnVuLCB7IHN0YXRlOiB0YXJnZXQsIHJlYXNvblJlc29sdmVkOiB0YXJnZXQsIHJlc29sdmVkOiBpc28odGhpcy4jbm93KCkpIH0pO1xuICAgICAgICB0LnRha2VuVW50aWwgPSBudWxsO1xuICAgICAgICB0aGlzLiNib29rLnNhdmUodCwgd3JpdGVzKTtcbiAgICAgICAgdGhpcy4jYm9vay5yZXNvbHZlZCh0LCB0YXJnZXQsIHdyaXRlcyk7XG4gICAgICB9XG4gICAgICBhd2FpdCBQcm9taXNlLmFsbCh3cml0ZXMpO1xuICAgICAgcnVuID0gdC5ydW5zW3J1bklkXTtcbiAgICAgIGlmICh0LnJ1bnMubGVuZ3RoIC0gMSAhPT0gcnVuSWQgfHwgcnVuLnN0YXRlICE9PSB0YXJnZXQgfHwgcnVuLnJlYXNvblJlc29sdmVkICE9PSB0YXJnZXQpIHtcbiAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgXCJSZXF1ZXN0Q29uZmxpY3RcIixcbiAgICAgICAgICBcIlJ1biB7e3J1bklkfX0gb24gdGFzayBge3t0YXNrSWR9fWAgaXMgcmVzb2x2ZWQgb3Igbm90IHJ1bm5pbmcuXCIsXG4gICAgICAgICAge1xuICAgICAgICAgICAgdGFza0lkLFxuICAgICAgICAgICAgcnVuSWQsXG4gICAgICAgICAgfSxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiByZXBseSh7IHN0YXR1czogdGhpcy4jYm9vay5zdGF0dXModCkgfSk7XG4gICAgfTtcblxuICAgIGNvbnN0IHRhc2tBY3Rpb24gPSAoXG4gICAgICBuYW1lOiBzdHJpbmcsXG4gICAgICB2ZXJiOiBzdHJpbmcsXG4gICAgICBhY3Q6ICh0OiBUYXNrUmVjb3JkLCB3cml0ZXM6IFdyaXRlcykgPT4gdm9pZCxcbiAgICApOiBFbmRwb2ludCA9PiAoe1xuICAgICAgbWV0aG9kOiBcInBvc3RcIixcbiAgICAgIHJvdXRlOiBgL3Rhc2svOnRhc2tJZC8ke3ZlcmJ9YCxcbiAgICAgIG5hbWUsXG4gICAgICBzY29wZXM6IHtcbiAgICAgICAgQW55T2Y6IFtcbiAgICAgICAgICBgcXVldWU6JHt2ZXJifS10YXNrOjxzY2hlZHVsZXJJZD4vPHRhc2tHcm91cElkPi88dGFza0lkPmAsXG4gICAgICAgICAgYHF1ZXVlOiR7dmVyYn0tdGFzay1pbi1wcm9qZWN0Ojxwcm9qZWN0SWQ+YCxcbiAgICAgICAgICB7IEFsbE9mOiBbYHF1ZXVlOiR7dmVyYn0tdGFza2AsIFwiYXNzdW1lOnNjaGVkdWxlci1pZDo8c2NoZWR1bGVySWQ+Lzx0YXNrR3JvdXBJZD5cIl0gfSxcbiAgICAgICAgXSxcbiAgICAgIH0sXG4gICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgIGhhbmRsZXI6IGFzeW5jIChyZXEpID0+IHtcbiAgICAgICAgY29uc3QgeyB0YXNrSWQgfSA9IHJlcS5wYXJhbXM7XG4gICAgICAgIGNvbnN0IHdyaXRlczogV3JpdGVzID0gW107XG4gICAgICAgIGNvbnN0IHQgPSB0aGlzLiNib29rLmdldCh0YXNrSWQsIHdyaXRlcyk7XG4gICAgICAgIGlmICghdCkgcmV0dXJuIHRhc2tOb3RGb3VuZCh0YXNrSWQpO1xuICAgICAgICBjb25zdCBkID0gdC5kZWZpbml0aW9uO1xuICAgICAgICBhd2FpdCByZXEuYXV0aG9yaXplKHtcbiAgICAgICAgICB0YXNrSWQsXG4gICAgICAgICAgc2NoZWR1bGVySWQ6IGQuc2NoZWR1bGVySWQsXG4gICAgICAgICAgdGFza0dyb3VwSWQ6IGQudGFza0dyb3VwSWQsXG4gICAgICAgICAgcHJvamVjdElkOiBkLnByb2plY3RJZCxcbiAgICAgICAgfSk7XG4gICAgICAgIGFjdCh0LCB3cml0ZXMpO1xuICAgICAgICBhd2FpdCBQcm9taXNlLmFsbCh3cml0ZXMpO1xuICAgICAgICByZXR1cm4gcmVwbHkoeyBzdGF0dXM6IHRoaXMuI2Jvb2suc3RhdHVzKHQpIH0pO1xuICAgICAgfSxcbiAgICB9KTtcblxuICAgIHJldHVybiBbXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJnZXRcIixcbiAgICAgICAgcm91dGU6IFwiL3Rhc2svOnRhc2tJZFwiLFxuICAgICAgICBuYW1lOiBcInRhc2tcIixcbiAgICAgICAgc2NvcGVzOiBcInF1ZXVlOmdldC10YXNrOjx0YXNrSWQ+XCIsXG4gICAgICAgIHBhcmFtczogUEFSQU1TLFxuICAgICAgICBoYW5kbGVyOiAoeyBwYXJhbXMgfSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHQgPSB0aGlzLiNib29rLnBlZWsocGFyYW1zLnRhc2tJZCk7XG4gICAgICAgICAgaWYgKCF0KSB7XG4gICAgICAgICAgICByZXR1cm4gbm90Rm91bmQocGFyYW1zLnRhc2tJZCwgXCJBcmUgeW91IHN1cmUgdGhpcyB0YXNrIGhhcyBhbHJlYWR5IGJlZW4gc3VibWl0dGVkP1wiKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHQuZGVmaW5pdGlvbik7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZ2V0XCIsXG4gICAgICAgIHJvdXRlOiBcIi90YXNrLzp0YXNrSWQvc3RhdHVzXCIsXG4gICAgICAgIG5hbWU6IFwic3RhdHVzXCIsXG4gICAgICAgIHNjb3BlczogXCJxdWV1ZTpzdGF0dXM6PHRhc2tJZD5cIixcbiAgICAgICAgcGFyYW1zOiBQQVJBTVMsXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jICh7IHBhcmFtcyB9KSA9PiB7XG4gICAgICAgICAgY29uc3Qgd3JpdGVzOiBXcml0ZXMgPSBbXTtcbiAgICAgICAgICBjb25zdCB0ID0gdGhpcy4jYm9vay5nZXQocGFyYW1zLnRhc2tJZCwgd3JpdGVzKTtcbiAgICAgICAgICBpZiAoIXQpIHJldHVybiBub3RGb3VuZChwYXJhbXMudGFza0lkKTtcbiAgICAgICAgICBhd2FpdCBQcm9taXNlLmFsbCh3cml0ZXMpO1xuICAgICAgICAgIHJldHVybiByZXBseSh7IHN0YXR1czogdGhpcy4jYm9vay5zdGF0dXModCkgfSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwicHV0XCIsXG4gICAgICAgIHJvdXRlOiBcIi90YXNrLzp0YXNrSWRcIixcbiAgICAgICAgbmFtZTogXCJjcmVhdGVUYXNrXCIsXG4gICAgICAgIHNjb3Blczoge1xuICAgICAgICAgIEFsbE9mOiBbXG4gICAgICAgICAgICB7IGZvcjogXCJzY29wZVwiLCBpbjogXCJzY29wZXNcIiwgZWFjaDogXCI8c2NvcGU+XCIgfSxcbiAgICAgICAgICAgIHsgZm9yOiBcInJvdXRlXCIsIGluOiBcInJvdXRlc1wiLCBlYWNoOiBcInF1ZXVlOnJvdXRlOjxyb3V0ZT5cIiB9LFxuICAgICAgICAgICAgXCJxdWV1ZTpjcmVhdGUtdGFzazpwcm9qZWN0Ojxwcm9qZWN0SWQ+XCIsXG4gICAgICAgICAgICBcInF1ZXVlOnNjaGVkdWxlci1pZDo8c2NoZWR1bGVySWQ+XCIsXG4gICAgICAgICAgICB7XG4gICAgICAgICAgICAgIEFueU9mOiBbe1xuICAgICAgICAgICAgICAgIGZvcjogXCJwcmlvcml0eVwiLFxuICAgICAgICAgICAgICAgIGluOiBcInByaW9yaXRpZXNcIixcbiAgICAgICAgICAgICAgICBlYWNoOiBcInF1ZXVlOmNyZWF0ZS10YXNrOjxwcmlvcml0eT46PHByb3Zpc2lvbmVySWQ+Lzx3b3JrZXJUeXBlPlwiLFxuICAgICAgICAgICAgICB9XSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgXSxcbiAgICAgICAgfSxcbiAgICAgICAgcGFyYW1zOiBQQVJBTVMsXG4gICAgICAgIGlucHV0OiBDUkVBVEVfVEFTS19TQ0hFTUEsXG4gICAgICAgIGhhbmRsZXI6IChyZXEpID0+IGNyZWF0ZVRhc2sodGhpcy4jYm9vaywgcmVxKSxcbiAgICAgIH0sXG4gICAgICB0YXNrQWN0aW9uKFwic2NoZWR1bGVUYXNrXCIsIFwic2NoZWR1bGVcIiwgKHQsIHdyaXRlcykgPT4ge1xuICAgICAgICBpZiAoRGF0ZS5wYXJzZSh0LmRlZmluaXRpb24uZGVhZGxpbmUpIDw9IHRoaXMuI25vdygpKSB7XG4gICAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgICBcIlJlcXVlc3RDb25mbGljdFwiLFxuICAgICAgICAgICAgXCJUYXNrIGB7e3Rhc2tJZH19YCBjYW4ndCBiZSBzY2hlZHVsZWQgcGFzdCBpdHMgZGVhZGxpbmUgYXQge3tkZWFkbGluZX19LlwiLFxuICAgICAgICAgICAge1xuICAgICAgICAgICAgICB0YXNrSWQ6IHQudGFza0lkLFxuICAgICAgICAgICAgICBkZWFkbGluZTogdC5kZWZpbml0aW9uLmRlYWRsaW5lLFxuICAgICAgICAgICAgfSxcbiAgICAgICAgICApO1xuICAgICAgICB9XG4gICAgICAgIGlmICh0LnJ1bnMubGVuZ3RoID09PSAwKSB7XG4gICAgICAgICAgdC5ydW5zLnB1c2goe1xuICAgICAgICAgICAgc3RhdGU6IFwicGVuZGluZ1wiLFxuICAgICAgICAgICAgcmVhc29uQ3JlYXRlZDogXCJzY2hlZHVsZWRcIixcbiAgICAgICAgICAgIHNjaGVkdWxlZDogaXNvKHRoaXMuI25vdygpKSxcbiAgICAgICAgICB9KTtcbiAgICAgICAgICB0aGlzLiNib29rLnNhdmUodCwgd3JpdGVzKTtcbiAgICAgICAgfVxuICAgICAgfSksXG4gICAgICB0YXNrQWN0aW9uKFwicmVydW5UYXNrXCIsIFwicmVydW5cIiwgKHQsIHdyaXRlcykgPT4ge1xuICAgICAgICBpZiAoRGF0ZS5wYXJzZSh0LmRlZmluaXRpb24uZGVhZGxpbmUpIDwgdGhpcy4jbm93KCkpIHtcbiAgICAgICAgICByZXBvcnRFcnJvcihcbiAgICAgICAgICAgIFwiUmVxdWVzdENvbmZsaWN0XCIsXG4gICAgICAgICAgICBcIlRhc2sgYHt7dGFza0lkfX1gIGNhbid0IGJlIHJlc2NoZWR1bGVkIHBhc3QgaXRzIGRlYWRsaW5lIG9mIHt7ZGVhZGxpbmV9fS5cIixcbiAgICAgICAgICAgIHtcbiAgICAgICAgICAgICAgdGFza0lkOiB0LnRhc2tJZCxcbiAgICAgICAgICAgICAgZGVhZGxpbmU6IHQuZGVmaW5pdGlvbi5kZWFkbGluZSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgKTtcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBzID0gc3RhdGUodCk7XG4gICAgICAgIGlmIChzID09PSBcInBlbmRpbmdcIiB8fCBzID09PSBcInJ1bm5pbmdcIikgcmV0dXJuO1xuICAgICAgICBpZiAodC5ydW5zLmxlbmd0aCA+PSBNQVhfUlVOUykge1xuICAgICAgICAgIHJlcG9ydEVycm9yKFwiUmVxdWVzdENvbmZsaWN0XCIsIFwiTWF4aW11bSBudW1iZXIgb2YgcnVucyByZWFjaGVkICh7e21heF9ydW5zX2FsbG93ZWR9fSkuXCIsIHtcbiAgICAgICAgICAgIG1heF9ydW5zX2FsbG93ZWQ6IE1BWF9SVU5TLFxuICAgICAgICAgIH0pO1xuICAgICAgICB9XG4gICAgICAgIHQucmV0cmllc0xlZnQgPSB0LmRlZmluaXRpb24ucmV0cmllcztcbiAgICAgICAgdC5ydW5zLnB1c2goeyBzdGF0ZTogXCJwZW5kaW5nXCIsIHJlYXNvbkNyZWF0ZWQ6IFwicmVydW5cIiwgc2NoZWR1bGVkOiBpc28odGhpcy4jbm93KCkpIH0pO1xuICAgICAgICB0aGlzLiNib29rLnNhdmUodCwgd3JpdGVzKTtcbiAgICAgIH0pLFxuICAgICAgdGFza0FjdGlvbihcImNhbmNlbFRhc2tcIiwgXCJjYW5jZWxcIiwgKHQsIHdyaXRlcykgPT4ge1xuICAgICAgICBpZiAoRGF0ZS5wYXJzZSh0LmRlZmluaXRpb24uZGVhZGxpbmUpIDwgdGhpcy4jbm93KCkpIHtcbiAgICAgICAgICByZXBvcnRFcnJvcihcbiAgICAgICAgICAgIFwiUmVxdWVzdENvbmZsaWN0XCIsXG4gICAgICAgICAgICBcIlRhc2sgYHt7dGFza0lkfX1gIGNhbid0IGJlIGNhbmNlbGVkIHBhc3QgaXRzIGRlYWRsaW5lIG9mIHt7ZGVhZGxpbmV9fS5cIixcbiAgICAgICAgICAgIHtcbiAgICAgICAgICAgICAgdGFza0lkOiB0LnRhc2tJZCxcbiAgICAgICAgICAgICAgZGVhZGxpbmU6IHQuZGVmaW5pdGlvbi5kZWFkbGluZSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgKTtcbiAgICAgICAgfVxuICAgICAgICB0aGlzLiNib29rLmNhbmNlbCh0LCBcImNhbmNlbGVkXCIsIHdyaXRlcyk7XG4gICAgICB9KSxcbiAgICAgIHtcbiAgICAgICAgbWV0aG9kOiBcInBvc3RcIixcbiAgICAgICAgcm91dGU6IFwiL2NsYWltLXdvcmsvOnRhc2tRdWV1ZUlkey4rfVwiLFxuICAgICAgICBuYW1lOiBcImNsYWltV29ya1wiLFxuICAgICAgICBzY29wZXM6IHtcbiAgICAgICAgICBBbGxPZjogW1wicXVldWU6Y2xhaW0td29yazo8dGFza1F1ZXVlSWQ+XCIsIFwicXVldWU6d29ya2VyLWlkOjx3b3JrZXJHcm91cD4vPHdvcmtlcklkPlwiXSxcbiAgICAgICAgfSxcbiAgICAgICAgcGFyYW1zOiBQQVJBTVMsXG4gICAgICAgIGlucHV0OiB7XG4gICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgICAgICB0YXNrczogeyB0eXBlOiBcImludGVnZXJcIiwgbWluaW11bTogMSwgbWF4aW11bTogMzIsIGRlZmF1bHQ6IDEgfSxcbiAgICAgICAgICAgIHdvcmtlckdyb3VwOiB7IHR5cGU6IFwic3RyaW5nXCIsIHBhdHRlcm46IElELnNvdXJjZSB9LFxuICAgICAgICAgICAgd29ya2VySWQ6IHsgdHlwZTogXCJzdHJpbmdcIiwgcGF0dGVybjogSUQuc291cmNlIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcmVxdWlyZWQ6IFtcIndvcmtlckdyb3VwXCIsIFwid29ya2VySWRcIiwgXCJ0YXNrc1wiXSxcbiAgICAgICAgfSxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHsgdGFza1F1ZXVlSWQgfSA9IHJlcS5wYXJhbXM7XG4gICAgICAgICAgY29uc3QgeyB3b3JrZXJHcm91cCwgd29ya2VySWQsIHRhc2tzIH0gPSByZXEuYm9keSBhcyB7XG4gICAgICAgICAgICB3b3JrZXJHcm91cDogc3RyaW5nO1xuICAgICAgICAgICAgd29ya2VySWQ6IHN0cmluZztcbiAgICAgICAgICAgIHRhc2tzOiBudW1iZXI7XG4gICAgICAgICAgfTtcbiAgICAgICAgICBhd2FpdCByZXEuYXV0aG9yaXplKHsgd29ya2VyR3JvdXAsIHdvcmtlcklkLCB0YXNrUXVldWVJZCB9KTtcbiAgICAgICAgICBjb25zdCBhdHRlbXB0ID0gYXN5bmMgKCkgPT4ge1xuICAgICAgICAgICAgYXdhaXQgdGhpcy4jYm9vay5zd2VlcCgpO1xuICAgICAgICAgICAgY29uc3Qgd3JpdGVzOiBXcml0ZXMgPSBbXTtcbiAgICAgICAgICAgIGNvbnN0IGNsYWltcyA9IGNsYWltUGVuZGluZyhcbiAgICAgICAgICAgICAgdGhpcy4jYm9vayxcbiAgICAgICAgICAgICAgdGhpcy4jYXV0aCxcbiAgICAgICAgICAgICAgdGhpcy4jb3B0cy5jbGFpbVRpbWVvdXRTZWNzLFxuICAgICAgICAgICAgICB0YXNrUXVldWVJZCxcbiAgICAgICAgICAgICAgd29ya2VyR3JvdXAsXG4gICAgICAgICAgICAgIHdvcmtlcklkLFxuICAgICAgICAgICAgICB0YXNrcyxcbiAgICAgICAgICAgICAgd3JpdGVzLFxuICAgICAgICAgICAgKTtcbiAgICAgICAgICAgIGF3YWl0IFByb21pc2UuYWxsKHdyaXRlcyk7XG4gICAgICAgICAgICByZXR1cm4gY2xhaW1zO1xuICAgICAgICAgIH07XG4gICAgICAgICAgY29uc3QgZmlyc3QgPSBhd2FpdCBhdHRlbXB0KCk7XG4gICAgICAgICAgaWYgKGZpcnN0Lmxlbmd0aCA+IDAgfHwgdGhpcy4jYm9vay5jbG9zZWQpIHJldHVybiByZXBseSh7IHRhc2tzOiBmaXJzdCB9KTtcbiAgICAgICAgICByZXR1cm4gbG9uZ1BvbGwodGhpcy4jYm9vaywgdGFza1F1ZXVlSWQsIHRoaXMuI29wdHMuY2xhaW1Xb3JrVGltZW91dE1zLCBhdHRlbXB0KTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwb3N0XCIsXG4gICAgICAgIHJvdXRlOiBcIi90YXNrLzp0YXNrSWQvcnVucy86cnVuSWQvcmVjbGFpbVwiLFxuICAgICAgICBuYW1lOiBcInJlY2xhaW1UYXNrXCIsXG4gICAgICAgIHNjb3BlczogXCJxdWV1ZTpyZWNsYWltLXRhc2s6PHRhc2tJZD4vPHJ1bklkPlwiLFxuICAgICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHsgdGFza0lkIH0gPSByZXEucGFyYW1zO1xuICAgICAgICAgIGNvbnN0IHJ1bklkID0gcGFyc2VJbnQocmVxLnBhcmFtcy5ydW5JZCwgMTApO1xuICAgICAgICAgIGNvbnN0IHdyaXRlczogV3JpdGVzID0gW107XG4gICAgICAgICAgY29uc3QgdCA9IHRoaXMuI2Jvb2suZ2V0KHRhc2tJZCwgd3JpdGVzKTtcbiAgICAgICAgICBhd2FpdCBQcm9taXNlLmFsbCh3cml0ZXMpO1xuICAgICAgICAgIGlmICghdCkgcmV0dXJuIHRhc2tOb3RGb3VuZCh0YXNrSWQpO1xuICAgICAgICAgIGNvbnN0IHJ1biA9IHQucnVuc1tydW5JZF07XG4gICAgICAgICAgaWYgKCFydW4pIHJldHVybiBydW5Ob3RGb3VuZCh0YXNrSWQsIHJ1bklkKTtcbiAgICAgICAgICBhd2FpdCByZXEuYXV0aG9yaXplKHtcbiAgICAgICAgICAgIHRhc2tJZCxcbiAgICAgICAgICAgIHJ1bklkLFxuICAgICAgICAgICAgd29ya2VySWQ6IHJ1bi53b3JrZXJJZCxcbiAgICAgICAgICAgIHdvcmtlckdyb3VwOiBydW4ud29ya2VyR3JvdXAsXG4gICAgICAgICAgfSk7XG4gICAgICAgICAgY29uc3Qgbm93ID0gdGhpcy4jbm93KCk7XG4gICAgICAgICAgaWYgKERhdGUucGFyc2UodC5kZWZpbml0aW9uLmRlYWRsaW5lKSA8PSBub3cpIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFxuICAgICAgICAgICAgICBcIlJlcXVlc3RDb25mbGljdFwiLFxuICAgICAgICAgICAgICBcIlRhc2sgYHt7dGFza0lkfX1gIGNhbid0IGJlIHJlY2xhaW1lZCBwYXN0IGl0cyBkZWFkbGluZSBvZiB7e2RlYWRsaW5lfX0uXCIsXG4gICAgICAgICAgICAgIHtcbiAgICAgICAgICAgICAgICB0YXNrSWQsXG4gICAgICAgICAgICAgICAgZGVhZGxpbmU6IHQuZGVmaW5pdGlvbi5kZWFkbGluZSxcbiAgICAgICAgICAgICAgfSxcbiAgICAgICAgICAgICk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGlmICh0LnJ1bnMubGVuZ3RoIC0gMSAhPT0gcnVuSWQgfHwgcnVuLnN0YXRlICE9PSBcInJ1bm5pbmdcIikge1xuICAgICAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgICAgIFwiUmVxdWVzdENvbmZsaWN0XCIsXG4gICAgICAgICAgICAgIFwiUnVuIHt7cnVuSWR9fSBvbiB0YXNrIGB7e3Rhc2tJZH19YCBpcyByZXNvbHZlZCBvciBub3QgcnVubmluZy5cIixcbiAgICAgICAgICAgICAge1xuICAgICAgICAgICAgICAgIHRhc2tJZCxcbiAgICAgICAgICAgICAgICBydW5JZCxcbiAgICAgICAgICAgICAgfSxcbiAgICAgICAgICAgICk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNvbnN0IHRha2VuVW50aWwgPSBNYXRoLm1heChcbiAgICAgICAgICAgIG5vdyArIHRoaXMuI29wdHMuY2xhaW1UaW1lb3V0U2VjcyAqIDEwMDAsXG4gICAgICAgICAgICBEYXRlLnBhcnNlKHJ1bi50YWtlblVudGlsISksXG4gICAgICAgICAgKTtcbiAgICAgICAgICBydW4udGFrZW5VbnRpbCA9IGlzbyh0YWtlblVudGlsKTtcbiAgICAgICAgICB0LnRha2VuVW50aWwgPSBpc28odGFrZW5VbnRpbCk7XG4gICAgICAgICAgdGhpcy4jYm9vay5zYXZlKHQsIHdyaXRlcyk7XG4gICAgICAgICAgYXdhaXQgUHJvbWlzZS5hbGwod3JpdGVzKTtcbiAgICAgICAgICByZXR1cm4gcmVwbHkoe1xuICAgICAgICAgICAgc3RhdHVzOiB0aGlzLiNib29rLnN0YXR1cyh0KSxcbiAgICAgICAgICAgIHJ1bklkLFxuICAgICAgICAgICAgd29ya2VyR3JvdXA6IHJ1bi53b3JrZXJHcm91cCxcbiAgICAgICAgICAgIHdvcmtlcklkOiBydW4ud29ya2VySWQsXG4gICAgICAgICAgICB0YWtlblVudGlsOiBpc28odGFrZW5VbnRpbCksXG4gICAgICAgICAgICBjcmVkZW50aWFsczogdGhpcy4jY3JlZGVudGlhbHModCwgcnVuSWQsIHRha2VuVW50aWwpLFxuICAgICAgICAgIH0pO1xuICAgICAgICB9LFxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgbWV0aG9kOiBcInBvc3RcIixcbiAgICAgICAgcm91dGU6IFwiL3Rhc2svOnRhc2tJZC9ydW5zLzpydW5JZC9jb21wbGV0ZWRcIixcbiAgICAgICAgbmFtZTogXCJyZXBvcnRDb21wbGV0ZWRcIixcbiAgICAgICAgc2NvcGVzOiBcInF1ZXVlOnJlc29sdmUtdGFzazo8dGFza0lkPi88cnVuSWQ+XCIsXG4gICAgICAgIHBhcmFtczogUEFSQU1TLFxuICAgICAgICBoYW5kbGVyOiAocmVxKSA9PlxuICAgICAgICAgIHJlc29sdmUoKHJlcS5ib2R5IGFzIHsgc3VjY2Vzcz86IGJvb2xlYW4gfSkuc3VjY2VzcyA9PT0gZmFsc2UgPyBcImZhaWxlZFwiIDogXCJjb21wbGV0ZWRcIikoXG4gICAgICAgICAgICByZXEsXG4gICAgICAgICAgKSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwb3N0XCIsXG4gICAgICAgIHJvdXRlOiBcIi90YXNrLzp0YXNrSWQvcnVucy86cnVuSWQvZmFpbGVkXCIsXG4gICAgICAgIG5hbWU6IFwicmVwb3J0RmFpbGVkXCIsXG4gICAgICAgIHNjb3BlczogXCJxdWV1ZTpyZXNvbHZlLXRhc2s6PHRhc2tJZD4vPHJ1bklkPlwiLFxuICAgICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgICAgaGFuZGxlcjogcmVzb2x2ZShcImZhaWxlZFwiKSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwb3N0XCIsXG4gICAgICAgIHJvdXRlOiBcIi90YXNrLzp0YXNrSWQvcnVucy86cnVuSWQvZXhjZXB0aW9uXCIsXG4gICAgICAgIG5hbWU6IFwicmVwb3J0RXhjZXB0aW9uXCIsXG4gICAgICAgIHNjb3BlczogXCJxdWV1ZTpyZXNvbHZlLXRhc2s6PHRhc2tJZD4vPHJ1bklkPlwiLFxuICAgICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgICAgaW5wdXQ6IHtcbiAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHsgcmVhc29uOiB7IHR5cGU6IFwic3RyaW5nXCIsIGVudW06IEVYQ0VQVElPTl9SRUFTT05TIH0gfSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcmVxdWlyZWQ6IFtcInJlYXNvblwiXSxcbiAgICAgICAgfSxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHsgdGFza0lkIH0gPSByZXEucGFyYW1zO1xuICAgICAgICAgIGNvbnN0IHJ1bklkID0gcGFyc2VJbnQocmVxLnBhcmFtcy5ydW5JZCwgMTApO1xuICAgICAgICAgIGNvbnN0IHsgcmVhc29uIH0gPSByZXEuYm9keSBhcyB7IHJlYXNvbjogc3RyaW5nIH07XG4gICAgICAgICAgY29uc3Qgd3JpdGVzOiBXcml0ZXMgPSBbXTtcbiAgICAgICAgICBjb25zdCB0ID0gdGhpcy4jYm9vay5nZXQodGFza0lkLCB3cml0ZXMpO1xuICAgICAgICAgIGlmICghdCkge1xuICAgICAgICAgICAgcmV0dXJuIHJlcG9ydEVycm9yKFxuICAgICAgICAgICAgICBcIlJlc291cmNlTm90Rm91bmRcIixcbiAgICAgICAgICAgICAgXCJUYXNrIGB7e3Rhc2tJZH19YCBub3QgZm91bmQuIEFyZSB5b3Ugc3VyZSBpdCBleGlzdHM/XCIsXG4gICAgICAgICAgICAgIHsgdGFza0lkIH0sXG4gICAgICAgICAgICApO1xuICAgICAgICAgIH1cbiAgICAgICAgICBsZXQgcnVuID0gdC5ydW5zW3J1bklkXTtcbiAgICAgICAgICBpZiAoIXJ1bikgcmV0dXJuIHJ1bk5vdEZvdW5kKHRhc2tJZCwgcnVuSWQpO1xuICAgICAgICAgIGF3YWl0IHJlcS5hdXRob3JpemUoe1xuICAgICAgICAgICAgdGFza0lkLFxuICAgICAgICAgICAgcnVuSWQsXG4gICAgICAgICAgICB3b3JrZXJHcm91cDogcnVuLndvcmtlckdyb3VwLFxuICAgICAgICAgICAgd29ya2VySWQ6IHJ1bi53b3JrZXJJZCxcbiAgICAgICAgICB9KTtcbiAgICAgICAgICBpZiAodC5ydW5zLmxlbmd0aCAtIDEgPT09IHJ1bklkICYmIHJ1bi5zdGF0ZSA9PT0gXCJydW5uaW5nXCIpIHtcbiAgICAgICAgICAgIGNvbnN0IG5vdyA9IGlzbyh0aGlzLiNub3coKSk7XG4gICAgICAgICAgICBPYmplY3QuYXNzaWduKHJ1biwgeyBzdGF0ZTogXCJleGNlcHRpb25cIiwgcmVhc29uUmVzb2x2ZWQ6IHJlYXNvbiwgcmVzb2x2ZWQ6IG5vdyB9KTtcbiAgICAgICAgICAgIHQudGFrZW5VbnRpbCA9IG51bGw7XG4gICAgICAgICAgICBjb25zdCByZXRyeVJlYXNvbiA9IHJlYXNvbiA9PT0gXCJ3b3JrZXItc2h1dGRvd25cIlxuICAgICAgICAgICAgICA/IFwicmV0cnlcIlxuICAgICAgICAgICAgICA6IHJlYXNvbiA9PT0gXCJpbnRlcm1pdHRlbnQtdGFza1wiXG4gICAgICAgICAgICAgID8gXCJ0YXNrLXJldHJ5XCJcbiAgICAgICAgICAgICAgOiBudWxsO1xuICAgICAgICAgICAgaWYgKHJldHJ5UmVhc29uICYmIHQucmV0cmllc0xlZnQgPiAwKSB7XG4gICAgICAgICAgICAgIHQucmV0cmllc0xlZnQtLTtcbiAgICAgICAgICAgICAgdC5ydW5zLnB1c2goeyBzdGF0ZTogXCJwZW5kaW5nXCIsIHJlYXNvbkNyZWF0ZWQ6IHJldHJ5UmVhc29uLCBzY2hlZHVsZWQ6IG5vdyB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHRoaXMuI2Jvb2suc2F2ZSh0LCB3cml0ZXMpO1xuICAgICAgICAgICAgaWYgKGlzUmVzb2x2ZWQodCkpIHRoaXMuI2Jvb2sucmVzb2x2ZWQodCwgXCJleGNlcHRpb25cIiwgd3JpdGVzKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgYXdhaXQgUHJvbWlzZS5hbGwod3JpdGVzKTtcbiAgICAgICAgICBydW4gPSB0LnJ1bnNbcnVuSWRdO1xuICAgICAgICAgIGlmIChcbiAgICAgICAgICAgIHQucnVucy5sZW5ndGggLSAxID4gcnVuSWQgKyAxIHx8IHJ1bi5zdGF0ZSAhPT0gXCJleGNlcHRpb25cIiB8fFxuICAgICAgICAgICAgcnVuLnJlYXNvblJlc29sdmVkICE9PSByZWFzb25cbiAgICAgICAgICApIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFxuICAgICAgICAgICAgICBcIlJlcXVlc3RDb25mbGljdFwiLFxuICAgICAgICAgICAgICBcIlJ1biB7e3J1bklkfX0gb24gdGFzayBge3t0YXNrSWR9fWAgaXMgcmVzb2x2ZWQgb3Igbm90IHJ1bm5pbmcuXCIsXG4gICAgICAgICAgICAgIHtcbiAgICAgICAgICAgICAgICB0YXNrSWQsXG4gICAgICAgICAgICAgICAgcnVuSWQsXG4gICAgICAgICAgICAgIH0sXG4gICAgICAgICAgICApO1xuICAgICAgICAgIH1cbiAgICAgICAgICByZXR1cm4gcmVwbHkoeyBzdGF0dXM6IHRoaXMuI2Jvb2suc3RhdHVzKHQpIH0pO1xuICAgICAgICB9LFxuICAgICAgfSxcbiAgICAgIC4uLnRoaXMuI2FydGlmYWN0cy5lbmRwb2ludHMoKSxcbiAgICBdO1xuICB9XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7Ozs7O0NBUUMsR0FFRCxTQUF5QyxLQUFLLEVBQUUsV0FBVyxRQUFRLFdBQVc7QUFJOUUsU0FBUyxlQUFlLFFBQVEsdUJBQXVCO0FBQ3ZELFNBQVMsWUFBWSxFQUFFLFFBQVEsRUFBRSxlQUFlLFFBQVEsb0JBQW9CO0FBQzVFLFNBQVMsVUFBVSxRQUFRLG9CQUFvQjtBQUMvQyxTQUFTLEdBQUcsRUFBRSxVQUFVLEVBQUUsS0FBSyxRQUFzQyxxQkFBcUI7QUFDMUYsU0FBUyxrQkFBa0IsRUFBRSxpQkFBaUIsRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLE1BQU0sUUFBUSxxQkFBcUI7QUFDakcsU0FBUyxRQUFRLFFBQVEsbUJBQW1CO0FBRzVDLFNBRUUsYUFBYSxFQUNiLFdBQVcsRUFDWCxTQUFTLFFBTUoscUJBQXFCO0FBVzVCLHVCQUF1QixHQUN2QixPQUFPLE1BQU07RUFDRixDQUFBLElBQUssQ0FBVztFQUNoQixDQUFBLFNBQVUsQ0FBa0I7RUFDNUIsQ0FBQSxJQUFLLENBQWM7RUFDbkIsQ0FBQSxJQUFLLENBQWU7RUFFN0Isa0VBQWtFLEdBQ2xFLFlBQ0UsS0FBWSxFQUNaLElBQWlCLEVBQ2pCLE9BQXNCLEVBQ3RCLE1BQWlCLEVBQ2pCLElBQWtCLENBQ2xCO0lBQ0EsSUFBSSxDQUFDLENBQUEsSUFBSyxHQUFHLElBQUksU0FBUyxPQUFPLEtBQUssR0FBRztJQUN6QyxJQUFJLENBQUMsQ0FBQSxTQUFVLEdBQUcsSUFBSSxnQkFBZ0IsT0FBTyxJQUFJLENBQUMsQ0FBQSxJQUFLLEVBQUUsTUFBTSxTQUFTO0lBQ3hFLElBQUksQ0FBQyxDQUFBLElBQUssR0FBRztJQUNiLElBQUksQ0FBQyxDQUFBLElBQUssR0FBRztFQUNmO0VBRUEsQ0FBQSxHQUFJO0lBQ0YsT0FBTyxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsR0FBRztFQUN2QjtFQUVBLDJFQUEyRSxHQUMzRSxRQUFjO0lBQ1osSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLEtBQUs7RUFDbEI7RUFFQSx3REFBd0QsR0FDeEQsUUFBdUI7SUFDckIsT0FBTyxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsS0FBSztFQUN6QjtFQUVBLDBEQUEwRCxHQUMxRCxXQUFXLEdBQVMsRUFBUTtJQUMxQixJQUFJLENBQUMsQ0FBQSxTQUFVLENBQUMsVUFBVSxDQUFDO0VBQzdCO0VBRUEsQ0FBQSxXQUFZLENBQUMsQ0FBYSxFQUFFLEtBQWEsRUFBRSxVQUFrQjtJQUMzRCxPQUFPLGdCQUFnQixJQUFJLENBQUMsQ0FBQSxJQUFLLEVBQUUsSUFBSSxDQUFDLENBQUEsR0FBSSxJQUFJLEdBQUcsT0FBTyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUU7RUFDM0U7RUFFQSw2QkFBNkIsR0FDN0IsWUFBd0I7SUFDdEIsTUFBTSxXQUFXLENBQUMsUUFBZ0IsT0FBTyxnQ0FBZ0MsR0FDdkUsWUFDRSxvQkFDQSw4REFBOEQsTUFDOUQ7UUFDRTtNQUNGO0lBRUosTUFBTSxlQUFlLENBQUMsU0FDcEIsWUFBWSxvQkFBb0IsNkRBQTZEO1FBQzNGO01BQ0Y7SUFDRixNQUFNLGNBQWMsQ0FBQyxRQUFnQixRQUNuQyxZQUFZLG9CQUFvQixpREFBaUQ7UUFDL0U7UUFDQTtNQUNGO0lBRUYsTUFBTSxVQUFVLENBQUMsU0FBbUMsT0FBTztRQUN6RCxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsSUFBSSxNQUFNO1FBQzdCLE1BQU0sUUFBUSxTQUFTLElBQUksTUFBTSxDQUFDLEtBQUssRUFBRTtRQUN6QyxNQUFNLFNBQWlCLEVBQUU7UUFDekIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxHQUFHLENBQUMsUUFBUTtRQUNqQyxJQUFJLENBQUMsR0FBRyxPQUFPLGFBQWE7UUFDNUIsSUFBSSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU07UUFDdkIsSUFBSSxDQUFDLEtBQUssT0FBTyxZQUFZLFFBQVE7UUFDckMsSUFBSSxJQUFJLEtBQUssS0FBSyxhQUFhLElBQUksS0FBSyxLQUFLLFFBQVE7VUFDbkQsTUFBTSxRQUFRLEdBQUcsQ0FBQztVQUNsQixZQUNFLG1CQUNBLHlFQUNBO1lBQ0U7WUFDQTtZQUNBLGFBQWE7VUFDZjtRQUVKO1FBQ0EsTUFBTSxJQUFJLFNBQVMsQ0FBQztVQUNsQjtVQUNBO1VBQ0EsYUFBYSxJQUFJLFdBQVc7VUFDNUIsVUFBVSxJQUFJLFFBQVE7UUFDeEI7UUFDQSxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxNQUFNLFNBQVMsSUFBSSxLQUFLLEtBQUssV0FBVztVQUMxRCxPQUFPLE1BQU0sQ0FBQyxLQUFLO1lBQUUsT0FBTztZQUFRLGdCQUFnQjtZQUFRLFVBQVUsSUFBSSxJQUFJLENBQUMsQ0FBQSxHQUFJO1VBQUk7VUFDdkYsRUFBRSxVQUFVLEdBQUc7VUFDZixJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsSUFBSSxDQUFDLEdBQUc7VUFDbkIsSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLFFBQVEsQ0FBQyxHQUFHLFFBQVE7UUFDakM7UUFDQSxNQUFNLFFBQVEsR0FBRyxDQUFDO1FBQ2xCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTTtRQUNuQixJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxNQUFNLFNBQVMsSUFBSSxLQUFLLEtBQUssVUFBVSxJQUFJLGNBQWMsS0FBSyxRQUFRO1VBQ3hGLFlBQ0UsbUJBQ0Esa0VBQ0E7WUFDRTtZQUNBO1VBQ0Y7UUFFSjtRQUNBLE9BQU8sTUFBTTtVQUFFLFFBQVEsSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLE1BQU0sQ0FBQztRQUFHO01BQzlDO0lBRUEsTUFBTSxhQUFhLENBQ2pCLE1BQ0EsTUFDQSxNQUNhLENBQUM7UUFDZCxRQUFRO1FBQ1IsT0FBTyxDQUFDLGNBQWMsRUFBRSxNQUFNO1FBQzlCO1FBQ0EsUUFBUTtVQUNOLE9BQU87WUFDTCxDQUFDLE1BQU0sRUFBRSxLQUFLLDBDQUEwQyxDQUFDO1lBQ3pELENBQUMsTUFBTSxFQUFFLEtBQUssNEJBQTRCLENBQUM7WUFDM0M7Y0FBRSxPQUFPO2dCQUFDLENBQUMsTUFBTSxFQUFFLEtBQUssS0FBSyxDQUFDO2dCQUFFO2VBQWtEO1lBQUM7V0FDcEY7UUFDSDtRQUNBLFFBQVE7UUFDUixTQUFTLE9BQU87VUFDZCxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsSUFBSSxNQUFNO1VBQzdCLE1BQU0sU0FBaUIsRUFBRTtVQUN6QixNQUFNLElBQUksSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRO1VBQ2pDLElBQUksQ0FBQyxHQUFHLE9BQU8sYUFBYTtVQUM1QixNQUFNLElBQUksRUFBRSxVQUFVO1VBQ3RCLE1BQU0sSUFBSSxTQUFTLENBQUM7WUFDbEI7WUFDQSxhQUFhLEVBQUUsV0FBVztZQUMxQixhQUFhLEVBQUUsV0FBVztZQUMxQixXQUFXLEVBQUUsU0FBUztVQUN4QjtVQUNBLElBQUksR0FBRztVQUNQLE1BQU0sUUFBUSxHQUFHLENBQUM7VUFDbEIsT0FBTyxNQUFNO1lBQUUsUUFBUSxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsTUFBTSxDQUFDO1VBQUc7UUFDOUM7TUFDRixDQUFDO0lBRUQsT0FBTztNQUNMO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtRQUNSLFFBQVE7UUFDUixTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUU7VUFDbEIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxJQUFJLENBQUMsT0FBTyxNQUFNO1VBQ3ZDLElBQUksQ0FBQyxHQUFHO1lBQ04sT0FBTyxTQUFTLE9BQU8sTUFBTSxFQUFFO1VBQ2pDO1VBQ0EsT0FBTyxNQUFNLEVBQUUsVUFBVTtRQUMzQjtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtRQUNSLFNBQVMsT0FBTyxFQUFFLE1BQU0sRUFBRTtVQUN4QixNQUFNLFNBQWlCLEVBQUU7VUFDekIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxHQUFHLENBQUMsT0FBTyxNQUFNLEVBQUU7VUFDeEMsSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTLE9BQU8sTUFBTTtVQUNyQyxNQUFNLFFBQVEsR0FBRyxDQUFDO1VBQ2xCLE9BQU8sTUFBTTtZQUFFLFFBQVEsSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLE1BQU0sQ0FBQztVQUFHO1FBQzlDO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOLFFBQVE7VUFDTixPQUFPO1lBQ0w7Y0FBRSxLQUFLO2NBQVMsSUFBSTtjQUFVLE1BQU07WUFBVTtZQUM5QztjQUFFLEtBQUs7Y0FBUyxJQUFJO2NBQVUsTUFBTTtZQUFzQjtZQUMxRDtZQUNBO1lBQ0E7Y0FDRSxPQUFPO2dCQUFDO2tCQUNOLEtBQUs7a0JBQ0wsSUFBSTtrQkFDSixNQUFNO2dCQUNSO2VBQUU7WUFDSjtXQUNEO1FBQ0g7UUFDQSxRQUFRO1FBQ1IsT0FBTztRQUNQLFNBQVMsQ0FBQyxNQUFRLFdBQVcsSUFBSSxDQUFDLENBQUEsSUFBSyxFQUFFO01BQzNDO01BQ0EsV0FBVyxnQkFBZ0IsWUFBWSxDQUFDLEdBQUc7UUFDekMsSUFBSSxLQUFLLEtBQUssQ0FBQyxFQUFFLFVBQVUsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUEsR0FBSSxJQUFJO1VBQ3BELFlBQ0UsbUJBQ0EsMkVBQ0E7WUFDRSxRQUFRLEVBQUUsTUFBTTtZQUNoQixVQUFVLEVBQUUsVUFBVSxDQUFDLFFBQVE7VUFDakM7UUFFSjtRQUNBLElBQUksRUFBRSxJQUFJLENBQUMsTUFBTSxLQUFLLEdBQUc7VUFDdkIsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDO1lBQ1YsT0FBTztZQUNQLGVBQWU7WUFDZixXQUFXLElBQUksSUFBSSxDQUFDLENBQUEsR0FBSTtVQUMxQjtVQUNBLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxJQUFJLENBQUMsR0FBRztRQUNyQjtNQUNGO01BQ0EsV0FBVyxhQUFhLFNBQVMsQ0FBQyxHQUFHO1FBQ25DLElBQUksS0FBSyxLQUFLLENBQUMsRUFBRSxVQUFVLENBQUMsUUFBUSxJQUFJLElBQUksQ0FBQyxDQUFBLEdBQUksSUFBSTtVQUNuRCxZQUNFLG1CQUNBLDZFQUNBO1lBQ0UsUUFBUSxFQUFFLE1BQU07WUFDaEIsVUFBVSxFQUFFLFVBQVUsQ0FBQyxRQUFRO1VBQ2pDO1FBRUo7UUFDQSxNQUFNLElBQUksTUFBTTtRQUNoQixJQUFJLE1BQU0sYUFBYSxNQUFNLFdBQVc7UUFDeEMsSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLElBQUksVUFBVTtVQUM3QixZQUFZLG1CQUFtQiwwREFBMEQ7WUFDdkYsa0JBQWtCO1VBQ3BCO1FBQ0Y7UUFDQSxFQUFFLFdBQVcsR0FBRyxFQUFFLFVBQVUsQ0FBQyxPQUFPO1FBQ3BDLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQztVQUFFLE9BQU87VUFBVyxlQUFlO1VBQVMsV0FBVyxJQUFJLElBQUksQ0FBQyxDQUFBLEdBQUk7UUFBSTtRQUNwRixJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsSUFBSSxDQUFDLEdBQUc7TUFDckI7TUFDQSxXQUFXLGNBQWMsVUFBVSxDQUFDLEdBQUc7UUFDckMsSUFBSSxLQUFLLEtBQUssQ0FBQyxFQUFFLFVBQVUsQ0FBQyxRQUFRLElBQUksSUFBSSxDQUFDLENBQUEsR0FBSSxJQUFJO1VBQ25ELFlBQ0UsbUJBQ0EsMEVBQ0E7WUFDRSxRQUFRLEVBQUUsTUFBTTtZQUNoQixVQUFVLEVBQUUsVUFBVSxDQUFDLFFBQVE7VUFDakM7UUFFSjtRQUNBLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxNQUFNLENBQUMsR0FBRyxZQUFZO01BQ25DO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1VBQ04sT0FBTztZQUFDO1lBQWtDO1dBQTJDO1FBQ3ZGO1FBQ0EsUUFBUTtRQUNSLE9BQU87VUFDTCxNQUFNO1VBQ04sWUFBWTtZQUNWLE9BQU87Y0FBRSxNQUFNO2NBQVcsU0FBUztjQUFHLFNBQVM7Y0FBSSxTQUFTO1lBQUU7WUFDOUQsYUFBYTtjQUFFLE1BQU07Y0FBVSxTQUFTLEdBQUcsTUFBTTtZQUFDO1lBQ2xELFVBQVU7Y0FBRSxNQUFNO2NBQVUsU0FBUyxHQUFHLE1BQU07WUFBQztVQUNqRDtVQUNBLHNCQUFzQjtVQUN0QixVQUFVO1lBQUM7WUFBZTtZQUFZO1dBQVE7UUFDaEQ7UUFDQSxTQUFTLE9BQU87VUFDZCxNQUFNLEVBQUUsV0FBVyxFQUFFLEdBQUcsSUFBSSxNQUFNO1VBQ2xDLE1BQU0sRUFBRSxXQUFXLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxHQUFHLElBQUksSUFBSTtVQUtqRCxNQUFNLElBQUksU0FBUyxDQUFDO1lBQUU7WUFBYTtZQUFVO1VBQVk7VUFDekQsTUFBTSxVQUFVO1lBQ2QsTUFBTSxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsS0FBSztZQUN0QixNQUFNLFNBQWlCLEVBQUU7WUFDekIsTUFBTSxTQUFTLGFBQ2IsSUFBSSxDQUFDLENBQUEsSUFBSyxFQUNWLElBQUksQ0FBQyxDQUFBLElBQUssRUFDVixJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsZ0JBQWdCLEVBQzNCLGFBQ0EsYUFDQSxVQUNBLE9BQ0E7WUFFRixNQUFNLFFBQVEsR0FBRyxDQUFDO1lBQ2xCLE9BQU87VUFDVDtVQUNBLE1BQU0sUUFBUSxNQUFNO1VBQ3BCLElBQUksTUFBTSxNQUFNLEdBQUcsS0FBSyxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sTUFBTTtZQUFFLE9BQU87VUFBTTtVQUN2RSxPQUFPLFNBQVMsSUFBSSxDQUFDLENBQUEsSUFBSyxFQUFFLGFBQWEsSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLGtCQUFrQixFQUFFO1FBQzFFO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOLFFBQVE7UUFDUixRQUFRO1FBQ1IsU0FBUyxPQUFPO1VBQ2QsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLElBQUksTUFBTTtVQUM3QixNQUFNLFFBQVEsU0FBUyxJQUFJLE1BQU0sQ0FBQyxLQUFLLEVBQUU7VUFDekMsTUFBTSxTQUFpQixFQUFFO1VBQ3pCLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsR0FBRyxDQUFDLFFBQVE7VUFDakMsTUFBTSxRQUFRLEdBQUcsQ0FBQztVQUNsQixJQUFJLENBQUMsR0FBRyxPQUFPLGFBQWE7VUFDNUIsTUFBTSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU07VUFDekIsSUFBSSxDQUFDLEtBQUssT0FBTyxZQUFZLFFBQVE7VUFDckMsTUFBTSxJQUFJLFNBQVMsQ0FBQztZQUNsQjtZQUNBO1lBQ0EsVUFBVSxJQUFJLFFBQVE7WUFDdEIsYUFBYSxJQUFJLFdBQVc7VUFDOUI7VUFDQSxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUEsR0FBSTtVQUNyQixJQUFJLEtBQUssS0FBSyxDQUFDLEVBQUUsVUFBVSxDQUFDLFFBQVEsS0FBSyxLQUFLO1lBQzVDLFlBQ0UsbUJBQ0EsMkVBQ0E7Y0FDRTtjQUNBLFVBQVUsRUFBRSxVQUFVLENBQUMsUUFBUTtZQUNqQztVQUVKO1VBQ0EsSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLEdBQUcsTUFBTSxTQUFTLElBQUksS0FBSyxLQUFLLFdBQVc7WUFDMUQsWUFDRSxtQkFDQSxrRUFDQTtjQUNFO2NBQ0E7WUFDRjtVQUVKO1VBQ0EsTUFBTSxhQUFhLEtBQUssR0FBRyxDQUN6QixNQUFNLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxnQkFBZ0IsR0FBRyxNQUNwQyxLQUFLLEtBQUssQ0FBQyxJQUFJLFVBQVU7VUFFM0IsSUFBSSxVQUFVLEdBQUcsSUFBSTtVQUNyQixFQUFFLFVBQVUsR0FBRyxJQUFJO1VBQ25CLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxJQUFJLENBQUMsR0FBRztVQUNuQixNQUFNLFFBQVEsR0FBRyxDQUFDO1VBQ2xCLE9BQU8sTUFBTTtZQUNYLFFBQVEsSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLE1BQU0sQ0FBQztZQUMxQjtZQUNBLGFBQWEsSUFBSSxXQUFXO1lBQzVCLFVBQVUsSUFBSSxRQUFRO1lBQ3RCLFlBQVksSUFBSTtZQUNoQixhQUFhLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxHQUFHLE9BQU87VUFDM0M7UUFDRjtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtRQUNSLFNBQVMsQ0FBQyxNQUNSLFFBQVEsQUFBQyxJQUFJLElBQUksQ0FBMkIsT0FBTyxLQUFLLFFBQVEsV0FBVyxhQUN6RTtNQUVOO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtRQUNSLFNBQVMsUUFBUTtNQUNuQjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtRQUNSLFFBQVE7UUFDUixPQUFPO1VBQ0wsTUFBTTtVQUNOLFlBQVk7WUFBRSxRQUFRO2NBQUUsTUFBTTtjQUFVLE1BQU07WUFBa0I7VUFBRTtVQUNsRSxzQkFBc0I7VUFDdEIsVUFBVTtZQUFDO1dBQVM7UUFDdEI7UUFDQSxTQUFTLE9BQU87VUFDZCxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsSUFBSSxNQUFNO1VBQzdCLE1BQU0sUUFBUSxTQUFTLElBQUksTUFBTSxDQUFDLEtBQUssRUFBRTtVQUN6QyxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJO1VBQzNCLE1BQU0sU0FBaUIsRUFBRTtVQUN6QixNQUFNLElBQUksSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRO1VBQ2pDLElBQUksQ0FBQyxHQUFHO1lBQ04sT0FBTyxZQUNMLG9CQUNBLHdEQUNBO2NBQUU7WUFBTztVQUViO1VBQ0EsSUFBSSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU07VUFDdkIsSUFBSSxDQUFDLEtBQUssT0FBTyxZQUFZLFFBQVE7VUFDckMsTUFBTSxJQUFJLFNBQVMsQ0FBQztZQUNsQjtZQUNBO1lBQ0EsYUFBYSxJQUFJLFdBQVc7WUFDNUIsVUFBVSxJQUFJLFFBQVE7VUFDeEI7VUFDQSxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxNQUFNLFNBQVMsSUFBSSxLQUFLLEtBQUssV0FBVztZQUMxRCxNQUFNLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxHQUFJO1lBQ3pCLE9BQU8sTUFBTSxDQUFDLEtBQUs7Y0FBRSxPQUFPO2NBQWEsZ0JBQWdCO2NBQVEsVUFBVTtZQUFJO1lBQy9FLEVBQUUsVUFBVSxHQUFHO1lBQ2YsTUFBTSxjQUFjLFdBQVcsb0JBQzNCLFVBQ0EsV0FBVyxzQkFDWCxlQUNBO1lBQ0osSUFBSSxlQUFlLEVBQUUsV0FBVyxHQUFHLEdBQUc7Y0FDcEMsRUFBRSxXQUFXO2NBQ2IsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDO2dCQUFFLE9BQU87Z0JBQVcsZUFBZTtnQkFBYSxXQUFXO2NBQUk7WUFDN0U7WUFDQSxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsSUFBSSxDQUFDLEdBQUc7WUFDbkIsSUFBSSxXQUFXLElBQUksSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLFFBQVEsQ0FBQyxHQUFHLGFBQWE7VUFDekQ7VUFDQSxNQUFNLFFBQVEsR0FBRyxDQUFDO1VBQ2xCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTTtVQUNuQixJQUNFLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssS0FBSyxlQUMvQyxJQUFJLGNBQWMsS0FBSyxRQUN2QjtZQUNBLFlBQ0UsbUJBQ0Esa0VBQ0E7Y0FDRTtjQUNBO1lBQ0Y7VUFFSjtVQUNBLE9BQU8sTUFBTTtZQUFFLFFBQVEsSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLE1BQU0sQ0FBQztVQUFHO1FBQzlDO01BQ0Y7U0FDRyxJQUFJLENBQUMsQ0FBQSxTQUFVLENBQUMsU0FBUztLQUM3QjtFQUNIO0FBQ0YifQ==
// denoCacheMetadata=12730449674551677572,871558115247536945
