/**
 * createTask: the definition's checks (taskQueueId vs provisionerId/
 * workerType, `created`/`deadline`/`expires` windows, scopes), idempotent
 * re-creation, the task group's schedulerId, and dependencies (they must
 * exist and outlive the deadline; unsatisfied ones block the first run).
 */
import { type ApiRequest, reply, reportError } from "./api.ts";
import {
  canonical,
  iso,
  state,
  type TaskDefinition,
  type TaskRecord,
  type Writes,
} from "./queue_records.ts";
import { DRIFT_MS, MAX_DEADLINE_DAYS, PRIORITIES } from "./queue_schemas.ts";
import type { TaskBook } from "./queue_tasks.ts";

/** Handles createTask (input already checked against CREATE_TASK_SCHEMA). */
export async function createTask(book: TaskBook, req: ApiRequest): Promise<Response> {
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
  const now = book.now();
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
  const existing = book.get(taskId, writes);
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
    return reply({ status: book.status(existing) });
  }
  const groupScheduler = book.groupScheduler(definition.taskGroupId);
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
    const d = book.get(dep, writes);
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
  for (const b of blockers) book.addDependent(b, taskId);
  book.setGroupScheduler(definition.taskGroupId, definition.schedulerId);
  book.save(t, writes);
  await Promise.all(writes);
  return reply({ status: book.status(t) });
}
