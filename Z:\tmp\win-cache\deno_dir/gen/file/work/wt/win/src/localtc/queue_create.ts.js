/**
 * createTask: the definition's checks (taskQueueId vs provisionerId/
 * workerType, `created`/`deadline`/`expires` windows, scopes), idempotent
 * re-creation, the task group's schedulerId, and dependencies (they must
 * exist and outlive the deadline; unsatisfied ones block the first run).
 */
import { reply, reportError } from "./api.ts";
import { canonical, iso, state } from "./queue_records.ts";
import { DRIFT_MS, MAX_DEADLINE_DAYS, PRIORITIES } from "./queue_schemas.ts";
/** Handles createTask (input already checked against CREATE_TASK_SCHEMA). */ export async function createTask(
  book,
  req,
) {
  const { taskId } = req.params;
  const def = req.body;
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
  const priorities = PRIORITIES.slice(0, PRIORITIES.indexOf(def.priority) + 1);
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
  const created = Date.parse(def.created);
  const deadline = Date.parse(def.deadline);
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
    reportError("InputError", "`deadline` cannot be in the past", {
      deadline: def.deadline,
    });
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
  if (def.scopes.some((s) => s.endsWith("**"))) {
    reportError("InputError", "scopes must not end with `**`", {});
  }
  const definition = {
    provisionerId: def.provisionerId,
    workerType: def.workerType,
    taskQueueId: def.taskQueueId,
    schedulerId: def.schedulerId,
    projectId: def.projectId,
    taskGroupId: def.taskGroupId,
    dependencies: def.dependencies,
    requires: def.requires,
    routes: def.routes,
    priority: def.priority,
    retries: def.retries,
    created: new Date(created).toJSON(),
    deadline: new Date(deadline).toJSON(),
    expires: new Date(def.expires).toJSON(),
    scopes: def.scopes,
    payload: def.payload,
    metadata: def.metadata,
    tags: def.tags,
    extra: def.extra,
  };
  const writes = [];
  const existing = book.get(taskId, writes);
  if (existing) {
    await Promise.all(writes);
    if (JSON.stringify(canonical(existing.definition)) !== JSON.stringify(canonical(definition))) {
      reportError(
        "RequestConflict",
        "taskId `{{taskId}}` already used by another task.\nThis could be the result of faulty idempotency!",
        {
          taskId,
        },
      );
    }
    return reply({
      status: book.status(existing),
    });
  }
  const groupScheduler = book.groupScheduler(definition.taskGroupId);
  if (groupScheduler !== undefined && groupScheduler !== definition.schedulerId) {
    reportError(
      "RequestConflict",
      "Task group `{{taskGroupId}}` contains tasks with a schedulerId other\nthan `{{schedulerId}}`. " +
        "All tasks in the same task-group must have\nthe same schedulerId.",
      {
        taskGroupId: definition.taskGroupId,
        schedulerId: definition.schedulerId,
      },
    );
  }
  // dependencies must exist and outlive this task's deadline
  const missing = [];
  const expiring = [];
  const blockers = [];
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
      definition.requires === "all-resolved" && (s === "exception" || s === "failed");
    if (!satisfied) blockers.push(dep);
  }
  if (missing.length > 0 || expiring.length > 0) {
    await Promise.all(writes);
    let msg = "";
    if (missing.length > 0) {
      msg += "`task.dependencies` references non-existing tasks: \n" + missing.map((id) =>
        ` * ${id}`
      ).join("\n") + "\n" +
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
  const t = {
    taskId,
    definition,
    retriesLeft: definition.retries,
    runs: [],
    takenUntil: null,
    blockers,
  };
  if (blockers.length === 0) {
    t.runs.push({
      state: "pending",
      reasonCreated: "scheduled",
      scheduled: iso(now),
    });
  }
  for (const b of blockers) book.addDependent(b, taskId);
  book.setGroupScheduler(definition.taskGroupId, definition.schedulerId);
  book.save(t, writes);
  await Promise.all(writes);
  return reply({
    status: book.status(t),
  });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvcXVldWVfY3JlYXRlLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogY3JlYXRlVGFzazogdGhlIGRlZmluaXRpb24ncyBjaGVja3MgKHRhc2tRdWV1ZUlkIHZzIHByb3Zpc2lvbmVySWQvXG4gKiB3b3JrZXJUeXBlLCBgY3JlYXRlZGAvYGRlYWRsaW5lYC9gZXhwaXJlc2Agd2luZG93cywgc2NvcGVzKSwgaWRlbXBvdGVudFxuICogcmUtY3JlYXRpb24sIHRoZSB0YXNrIGdyb3VwJ3Mgc2NoZWR1bGVySWQsIGFuZCBkZXBlbmRlbmNpZXMgKHRoZXkgbXVzdFxuICogZXhpc3QgYW5kIG91dGxpdmUgdGhlIGRlYWRsaW5lOyB1bnNhdGlzZmllZCBvbmVzIGJsb2NrIHRoZSBmaXJzdCBydW4pLlxuICovXG5pbXBvcnQgeyB0eXBlIEFwaVJlcXVlc3QsIHJlcGx5LCByZXBvcnRFcnJvciB9IGZyb20gXCIuL2FwaS50c1wiO1xuaW1wb3J0IHtcbiAgY2Fub25pY2FsLFxuICBpc28sXG4gIHN0YXRlLFxuICB0eXBlIFRhc2tEZWZpbml0aW9uLFxuICB0eXBlIFRhc2tSZWNvcmQsXG4gIHR5cGUgV3JpdGVzLFxufSBmcm9tIFwiLi9xdWV1ZV9yZWNvcmRzLnRzXCI7XG5pbXBvcnQgeyBEUklGVF9NUywgTUFYX0RFQURMSU5FX0RBWVMsIFBSSU9SSVRJRVMgfSBmcm9tIFwiLi9xdWV1ZV9zY2hlbWFzLnRzXCI7XG5pbXBvcnQgdHlwZSB7IFRhc2tCb29rIH0gZnJvbSBcIi4vcXVldWVfdGFza3MudHNcIjtcblxuLyoqIEhhbmRsZXMgY3JlYXRlVGFzayAoaW5wdXQgYWxyZWFkeSBjaGVja2VkIGFnYWluc3QgQ1JFQVRFX1RBU0tfU0NIRU1BKS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjcmVhdGVUYXNrKGJvb2s6IFRhc2tCb29rLCByZXE6IEFwaVJlcXVlc3QpOiBQcm9taXNlPFJlc3BvbnNlPiB7XG4gIGNvbnN0IHsgdGFza0lkIH0gPSByZXEucGFyYW1zO1xuICBjb25zdCBkZWYgPSByZXEuYm9keSBhcyBQYXJ0aWFsPFRhc2tEZWZpbml0aW9uPiAmIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBpZiAoZGVmLnByb3Zpc2lvbmVySWQgJiYgZGVmLndvcmtlclR5cGUgJiYgZGVmLnRhc2tRdWV1ZUlkKSB7XG4gICAgaWYgKGAke2RlZi5wcm92aXNpb25lcklkfS8ke2RlZi53b3JrZXJUeXBlfWAgIT09IGRlZi50YXNrUXVldWVJZCkge1xuICAgICAgcmVwb3J0RXJyb3IoXCJJbnB1dEVycm9yXCIsICd0YXNrUXVldWVJZCBtdXN0IG1hdGNoIFwicHJvdmlzaW9uZXJJZC93b3JrZXJUeXBlXCInLCB7XG4gICAgICAgIHByb3Zpc2lvbmVySWQ6IGRlZi5wcm92aXNpb25lcklkLFxuICAgICAgICB3b3JrZXJUeXBlOiBkZWYud29ya2VyVHlwZSxcbiAgICAgICAgdGFza1F1ZXVlSWQ6IGRlZi50YXNrUXVldWVJZCxcbiAgICAgIH0pO1xuICAgIH1cbiAgfSBlbHNlIGlmIChkZWYucHJvdmlzaW9uZXJJZCAmJiBkZWYud29ya2VyVHlwZSkge1xuICAgIGRlZi50YXNrUXVldWVJZCA9IGAke2RlZi5wcm92aXNpb25lcklkfS8ke2RlZi53b3JrZXJUeXBlfWA7XG4gIH0gZWxzZSBpZiAoZGVmLnRhc2tRdWV1ZUlkKSB7XG4gICAgW2RlZi5wcm92aXNpb25lcklkLCBkZWYud29ya2VyVHlwZV0gPSBkZWYudGFza1F1ZXVlSWQuc3BsaXQoXCIvXCIpO1xuICB9IGVsc2Uge1xuICAgIHJlcG9ydEVycm9yKFxuICAgICAgXCJJbnB1dEVycm9yXCIsXG4gICAgICAnYXQgbGVhc3QgYSBwcm92aXNpb25lcklkIGFuZCBhIHdvcmtlclR5cGUgb3IgYSB0YXNrUXVldWVJZCBtdXN0IGJlIHByb3ZpZGVkXCInLFxuICAgICAge30sXG4gICAgKTtcbiAgfVxuICBkZWYucHJvamVjdElkIHx8PSBcIm5vbmVcIjtcbiAgY29uc3QgcHJpb3JpdGllcyA9IFBSSU9SSVRJRVMuc2xpY2UoMCwgUFJJT1JJVElFUy5pbmRleE9mKGRlZi5wcmlvcml0eSEpICsgMSk7XG4gIGF3YWl0IHJlcS5hdXRob3JpemUoe1xuICAgIHRhc2tJZCxcbiAgICBwcmlvcml0aWVzLFxuICAgIHJvdXRlczogZGVmLnJvdXRlcyxcbiAgICBzY29wZXM6IGRlZi5zY29wZXMsXG4gICAgc2NoZWR1bGVySWQ6IGRlZi5zY2hlZHVsZXJJZCxcbiAgICBwcm9qZWN0SWQ6IGRlZi5wcm9qZWN0SWQsXG4gICAgdGFza0dyb3VwSWQ6IGRlZi50YXNrR3JvdXBJZCB8fCB0YXNrSWQsXG4gICAgcHJvdmlzaW9uZXJJZDogZGVmLnByb3Zpc2lvbmVySWQsXG4gICAgd29ya2VyVHlwZTogZGVmLndvcmtlclR5cGUsXG4gICAgdGFza1F1ZXVlSWQ6IGRlZi50YXNrUXVldWVJZCxcbiAgfSk7XG4gIGRlZi50YXNrR3JvdXBJZCB8fD0gdGFza0lkO1xuICBjb25zdCBub3cgPSBib29rLm5vdygpO1xuICBjb25zdCBjcmVhdGVkID0gRGF0ZS5wYXJzZShkZWYuY3JlYXRlZCEpO1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUucGFyc2UoZGVmLmRlYWRsaW5lISk7XG4gIGlmIChjcmVhdGVkIDwgbm93IC0gRFJJRlRfTVMpIHtcbiAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJgY3JlYXRlZGAgY2Fubm90IGJlIGluIHRoZSBwYXN0IChtYXggMTVtaW4gZHJpZnQpXCIsIHtcbiAgICAgIGNyZWF0ZWQ6IGRlZi5jcmVhdGVkLFxuICAgIH0pO1xuICB9XG4gIGlmIChjcmVhdGVkID4gbm93ICsgRFJJRlRfTVMpIHtcbiAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJgY3JlYXRlZGAgY2Fubm90IGJlIGluIHRoZSBmdXR1cmUgKG1heCAxNW1pbiBkcmlmdClcIiwge1xuICAgICAgY3JlYXRlZDogZGVmLmNyZWF0ZWQsXG4gICAgfSk7XG4gIH1cbiAgaWYgKGNyZWF0ZWQgPiBkZWFkbGluZSkge1xuICAgIHJlcG9ydEVycm9yKFwiSW5wdXRFcnJvclwiLCBcImBkZWFkbGluZWAgY2Fubm90IGJlIGxhdGVyIHRoYW4gYGNyZWF0ZWRgXCIsIHtcbiAgICAgIGNyZWF0ZWQ6IGRlZi5jcmVhdGVkLFxuICAgICAgZGVhZGxpbmU6IGRlZi5kZWFkbGluZSxcbiAgICB9KTtcbiAgfVxuICBpZiAoZGVhZGxpbmUgPCBub3cpIHtcbiAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJgZGVhZGxpbmVgIGNhbm5vdCBiZSBpbiB0aGUgcGFzdFwiLCB7IGRlYWRsaW5lOiBkZWYuZGVhZGxpbmUgfSk7XG4gIH1cbiAgaWYgKGRlYWRsaW5lIC0gbm93ID4gTUFYX0RFQURMSU5FX0RBWVMgKiA4NjQwMGUzICsgRFJJRlRfTVMpIHtcbiAgICByZXBvcnRFcnJvcihcbiAgICAgIFwiSW5wdXRFcnJvclwiLFxuICAgICAgYFxcYGRlYWRsaW5lXFxgIGNhbm5vdCBiZSBtb3JlIHRoYW4gJHtNQVhfREVBRExJTkVfREFZU30gZGF5cyBpbnRvIHRoZSBmdXR1cmVgLFxuICAgICAge1xuICAgICAgICBkZWFkbGluZTogZGVmLmRlYWRsaW5lLFxuICAgICAgfSxcbiAgICApO1xuICB9XG4gIGlmICghZGVmLmV4cGlyZXMpIHtcbiAgICBjb25zdCBlID0gbmV3IERhdGUoZGVhZGxpbmUpO1xuICAgIGUuc2V0RnVsbFllYXIoZS5nZXRGdWxsWWVhcigpICsgMSk7XG4gICAgZGVmLmV4cGlyZXMgPSBlLnRvSlNPTigpO1xuICB9XG4gIGlmIChkZWFkbGluZSA+IERhdGUucGFyc2UoZGVmLmV4cGlyZXMpKSB7XG4gICAgcmVwb3J0RXJyb3IoXCJJbnB1dEVycm9yXCIsIFwiYGV4cGlyZXNgIGNhbm5vdCBiZSBiZWZvcmUgYGRlYWRsaW5lYFwiLCB7XG4gICAgICBkZWFkbGluZTogZGVmLmRlYWRsaW5lLFxuICAgICAgZXhwaXJlczogZGVmLmV4cGlyZXMsXG4gICAgfSk7XG4gIH1cbiAgaWYgKGRlZi5zY29wZXMhLnNvbWUoKHMpID0+IHMuZW5kc1dpdGgoXCIqKlwiKSkpIHtcbiAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJzY29wZXMgbXVzdCBub3QgZW5kIHdpdGggYCoqYFwiLCB7fSk7XG4gIH1cbiAgY29uc3QgZGVmaW5pdGlvbjogVGFza0RlZmluaXRpb24gPSB7XG4gICAgcHJvdmlzaW9uZXJJZDogZGVmLnByb3Zpc2lvbmVySWQhLFxuICAgIHdvcmtlclR5cGU6IGRlZi53b3JrZXJUeXBlISxcbiAgICB0YXNrUXVldWVJZDogZGVmLnRhc2tRdWV1ZUlkISxcbiAgICBzY2hlZHVsZXJJZDogZGVmLnNjaGVkdWxlcklkISxcbiAgICBwcm9qZWN0SWQ6IGRlZi5wcm9qZWN0SWQsXG4gICAgdGFza0dyb3VwSWQ6IGRlZi50YXNrR3JvdXBJZCxcbiAgICBkZXBlbmRlbmNpZXM6IGRlZi5kZXBlbmRlbmNpZXMhLFxuICAgIHJlcXVpcmVzOiBkZWYucmVxdWlyZXMhLFxuICAgIHJvdXRlczogZGVmLnJvdXRlcyEsXG4gICAgcHJpb3JpdHk6IGRlZi5wcmlvcml0eSEsXG4gICAgcmV0cmllczogZGVmLnJldHJpZXMhLFxuICAgIGNyZWF0ZWQ6IG5ldyBEYXRlKGNyZWF0ZWQpLnRvSlNPTigpLFxuICAgIGRlYWRsaW5lOiBuZXcgRGF0ZShkZWFkbGluZSkudG9KU09OKCksXG4gICAgZXhwaXJlczogbmV3IERhdGUoZGVmLmV4cGlyZXMpLnRvSlNPTigpLFxuICAgIHNjb3BlczogZGVmLnNjb3BlcyEsXG4gICAgcGF5bG9hZDogZGVmLnBheWxvYWQhLFxuICAgIG1ldGFkYXRhOiBkZWYubWV0YWRhdGEhLFxuICAgIHRhZ3M6IGRlZi50YWdzISxcbiAgICBleHRyYTogZGVmLmV4dHJhISxcbiAgfTtcbiAgY29uc3Qgd3JpdGVzOiBXcml0ZXMgPSBbXTtcbiAgY29uc3QgZXhpc3RpbmcgPSBib29rLmdldCh0YXNrSWQsIHdyaXRlcyk7XG4gIGlmIChleGlzdGluZykge1xuICAgIGF3YWl0IFByb21pc2UuYWxsKHdyaXRlcyk7XG4gICAgaWYgKFxuICAgICAgSlNPTi5zdHJpbmdpZnkoY2Fub25pY2FsKGV4aXN0aW5nLmRlZmluaXRpb24pKSAhPT0gSlNPTi5zdHJpbmdpZnkoY2Fub25pY2FsKGRlZmluaXRpb24pKVxuICAgICkge1xuICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgIFwiUmVxdWVzdENvbmZsaWN0XCIsXG4gICAgICAgIFwidGFza0lkIGB7e3Rhc2tJZH19YCBhbHJlYWR5IHVzZWQgYnkgYW5vdGhlciB0YXNrLlxcblRoaXMgY291bGQgYmUgdGhlIHJlc3VsdCBvZiBmYXVsdHkgaWRlbXBvdGVuY3khXCIsXG4gICAgICAgIHsgdGFza0lkIH0sXG4gICAgICApO1xuICAgIH1cbiAgICByZXR1cm4gcmVwbHkoeyBzdGF0dXM6IGJvb2suc3RhdHVzKGV4aXN0aW5nKSB9KTtcbiAgfVxuICBjb25zdCBncm91cFNjaGVkdWxlciA9IGJvb2suZ3JvdXBTY2hlZHVsZXIoZGVmaW5pdGlvbi50YXNrR3JvdXBJZCk7XG4gIGlmIChncm91cFNjaGVkdWxlciAhPT0gdW5kZWZpbmVkICYmIGdyb3VwU2NoZWR1bGVyICE9PSBkZWZpbml0aW9uLnNjaGVkdWxlcklkKSB7XG4gICAgcmVwb3J0RXJyb3IoXG4gICAgICBcIlJlcXVlc3RDb25mbGljdFwiLFxuICAgICAgXCJUYXNrIGdyb3VwIGB7e3Rhc2tHcm91cElkfX1gIGNvbnRhaW5zIHRhc2tzIHdpdGggYSBzY2hlZHVsZXJJZCBvdGhlclxcbnRoYW4gYHt7c2NoZWR1bGVySWR9fWAuIFwiICtcbiAgICAgICAgXCJBbGwgdGFza3MgaW4gdGhlIHNhbWUgdGFzay1ncm91cCBtdXN0IGhhdmVcXG50aGUgc2FtZSBzY2hlZHVsZXJJZC5cIixcbiAgICAgIHsgdGFza0dyb3VwSWQ6IGRlZmluaXRpb24udGFza0dyb3VwSWQsIHNjaGVkdWxlcklkOiBkZWZpbml0aW9uLnNjaGVkdWxlcklkIH0sXG4gICAgKTtcbiAgfVxuICAvLyBkZXBlbmRlbmNpZXMgbXVzdCBleGlzdCBhbmQgb3V0bGl2ZSB0aGlzIHRhc2sncyBkZWFkbGluZVxuICBjb25zdCBtaXNzaW5nOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBleHBpcmluZzogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgYmxvY2tlcnM6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgZGVwIG9mIGRlZmluaXRpb24uZGVwZW5kZW5jaWVzKSB7XG4gICAgaWYgKGRlcCA9PT0gdGFza0lkKSB7XG4gICAgICBibG9ja2Vycy5wdXNoKGRlcCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgZCA9IGJvb2suZ2V0KGRlcCwgd3JpdGVzKTtcbiAgICBpZiAoIWQpIHtcbiAgICAgIG1pc3NpbmcucHVzaChkZXApO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChkZWFkbGluZSA+IERhdGUucGFyc2UoZC5kZWZpbml0aW9uLmV4cGlyZXMpKSB7XG4gICAgICBleHBpcmluZy5wdXNoKGRlcCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgcyA9IHN0YXRlKGQpO1xuICAgIGNvbnN0IHNhdGlzZmllZCA9IHMgPT09IFwiY29tcGxldGVkXCIgfHxcbiAgICAgIChkZWZpbml0aW9uLnJlcXVpcmVzID09PSBcImFsbC1yZXNvbHZlZFwiICYmIChzID09PSBcImV4Y2VwdGlvblwiIHx8IHMgPT09IFwiZmFpbGVkXCIpKTtcbiAgICBpZiAoIXNhdGlzZmllZCkgYmxvY2tlcnMucHVzaChkZXApO1xuICB9XG4gIGlmIChtaXNzaW5nLmxlbmd0aCA+IDAgfHwgZXhwaXJpbmcubGVuZ3RoID4gMCkge1xuICAgIGF3YWl0IFByb21pc2UuYWxsKHdyaXRlcyk7XG4gICAgbGV0IG1zZyA9IFwiXCI7XG4gICAgaWYgKG1pc3NpbmcubGVuZ3RoID4gMCkge1xuICAgICAgbXNnICs9IFwiYHRhc2suZGVwZW5kZW5jaWVzYCByZWZlcmVuY2VzIG5vbi1leGlzdGluZyB0YXNrczogXFxuXCIgK1xuICAgICAgICBtaXNzaW5nLm1hcCgoaWQpID0+IGAgKiAke2lkfWApLmpvaW4oXCJcXG5cIikgKyBcIlxcblwiICtcbiAgICAgICAgXCJBbGwgdGFza0lkcyBpbiBgdGFzay5kZXBlbmRlbmNpZXNgICoqbXVzdCoqIGV4aXN0XFxuYmVmb3JlIHRoZSB0YXNrIGlzIGNyZWF0ZWQuXFxuXCI7XG4gICAgfVxuICAgIGlmIChleHBpcmluZy5sZW5ndGggPiAwKSB7XG4gICAgICBtc2cgKz1cbiAgICAgICAgXCJgdGFzay5kZXBlbmRlbmNpZXNgIHJlZmVyZW5jZXMgdGFza3MgdGhhdCBleHBpcmVzXFxuYmVmb3JlIGB0YXNrLmRlYWRsaW5lYCB0aGlzIGlzIG5vdCBhbGxvd2VkLCBzZWUgdGFza3M6IFxcblwiICtcbiAgICAgICAgZXhwaXJpbmcubWFwKChpZCkgPT4gYCAqICR7aWR9LGApLmpvaW4oXCJcXG5cIikgKyBcIlxcblwiICtcbiAgICAgICAgXCJBbGwgdGFza0lkcyBpbiBgdGFzay5kZXBlbmRlbmNpZXNgICoqbXVzdCoqIGhhdmVcXG5gdGFzay5leHBpcmVzYCBncmVhdGVyIHRoYW4gdGhlIGBkZWFkbGluZWAgZm9yIHRoaXMgdGFzay5cXG5cIjtcbiAgICB9XG4gICAgcmVwb3J0RXJyb3IoXCJJbnB1dEVycm9yXCIsIG1zZywge1xuICAgICAgZGVwZW5kZW5jaWVzOiBkZWZpbml0aW9uLmRlcGVuZGVuY2llcyxcbiAgICAgIG1pc3NpbmdUYXNrRGVwZW5kZW5jaWVzOiBtaXNzaW5nLFxuICAgICAgZXhwaXJpbmdUYXNrRGVwZW5kZW5jaWVzOiBleHBpcmluZyxcbiAgICB9KTtcbiAgfVxuICBjb25zdCB0OiBUYXNrUmVjb3JkID0ge1xuICAgIHRhc2tJZCxcbiAgICBkZWZpbml0aW9uLFxuICAgIHJldHJpZXNMZWZ0OiBkZWZpbml0aW9uLnJldHJpZXMsXG4gICAgcnVuczogW10sXG4gICAgdGFrZW5VbnRpbDogbnVsbCxcbiAgICBibG9ja2VycyxcbiAgfTtcbiAgaWYgKGJsb2NrZXJzLmxlbmd0aCA9PT0gMCkge1xuICAgIHQucnVucy5wdXNoKHsgc3RhdGU6IFwicGVuZGluZ1wiLCByZWFzb25DcmVhdGVkOiBcInNjaGVkdWxlZFwiLCBzY2hlZHVsZWQ6IGlzbyhub3cpIH0pO1xuICB9XG4gIGZvciAoY29uc3QgYiBvZiBibG9ja2VycykgYm9vay5hZGREZXBlbmRlbnQoYiwgdGFza0lkKTtcbiAgYm9vay5zZXRHcm91cFNjaGVkdWxlcihkZWZpbml0aW9uLnRhc2tHcm91cElkLCBkZWZpbml0aW9uLnNjaGVkdWxlcklkKTtcbiAgYm9vay5zYXZlKHQsIHdyaXRlcyk7XG4gIGF3YWl0IFByb21pc2UuYWxsKHdyaXRlcyk7XG4gIHJldHVybiByZXBseSh7IHN0YXR1czogYm9vay5zdGF0dXModCkgfSk7XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7O0NBS0MsR0FDRCxTQUEwQixLQUFLLEVBQUUsV0FBVyxRQUFRLFdBQVc7QUFDL0QsU0FDRSxTQUFTLEVBQ1QsR0FBRyxFQUNILEtBQUssUUFJQSxxQkFBcUI7QUFDNUIsU0FBUyxRQUFRLEVBQUUsaUJBQWlCLEVBQUUsVUFBVSxRQUFRLHFCQUFxQjtBQUc3RSwyRUFBMkUsR0FDM0UsT0FBTyxlQUFlLFdBQVcsSUFBYyxFQUFFLEdBQWU7RUFDOUQsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLElBQUksTUFBTTtFQUM3QixNQUFNLE1BQU0sSUFBSSxJQUFJO0VBQ3BCLElBQUksSUFBSSxhQUFhLElBQUksSUFBSSxVQUFVLElBQUksSUFBSSxXQUFXLEVBQUU7SUFDMUQsSUFBSSxHQUFHLElBQUksYUFBYSxDQUFDLENBQUMsRUFBRSxJQUFJLFVBQVUsRUFBRSxLQUFLLElBQUksV0FBVyxFQUFFO01BQ2hFLFlBQVksY0FBYyxxREFBcUQ7UUFDN0UsZUFBZSxJQUFJLGFBQWE7UUFDaEMsWUFBWSxJQUFJLFVBQVU7UUFDMUIsYUFBYSxJQUFJLFdBQVc7TUFDOUI7SUFDRjtFQUNGLE9BQU8sSUFBSSxJQUFJLGFBQWEsSUFBSSxJQUFJLFVBQVUsRUFBRTtJQUM5QyxJQUFJLFdBQVcsR0FBRyxHQUFHLElBQUksYUFBYSxDQUFDLENBQUMsRUFBRSxJQUFJLFVBQVUsRUFBRTtFQUM1RCxPQUFPLElBQUksSUFBSSxXQUFXLEVBQUU7SUFDMUIsQ0FBQyxJQUFJLGFBQWEsRUFBRSxJQUFJLFVBQVUsQ0FBQyxHQUFHLElBQUksV0FBVyxDQUFDLEtBQUssQ0FBQztFQUM5RCxPQUFPO0lBQ0wsWUFDRSxjQUNBLGdGQUNBLENBQUM7RUFFTDtFQUNBLElBQUksU0FBUyxLQUFLO0VBQ2xCLE1BQU0sYUFBYSxXQUFXLEtBQUssQ0FBQyxHQUFHLFdBQVcsT0FBTyxDQUFDLElBQUksUUFBUSxJQUFLO0VBQzNFLE1BQU0sSUFBSSxTQUFTLENBQUM7SUFDbEI7SUFDQTtJQUNBLFFBQVEsSUFBSSxNQUFNO0lBQ2xCLFFBQVEsSUFBSSxNQUFNO0lBQ2xCLGFBQWEsSUFBSSxXQUFXO0lBQzVCLFdBQVcsSUFBSSxTQUFTO0lBQ3hCLGFBQWEsSUFBSSxXQUFXLElBQUk7SUFDaEMsZUFBZSxJQUFJLGFBQWE7SUFDaEMsWUFBWSxJQUFJLFVBQVU7SUFDMUIsYUFBYSxJQUFJLFdBQVc7RUFDOUI7RUFDQSxJQUFJLFdBQVcsS0FBSztFQUNwQixNQUFNLE1BQU0sS0FBSyxHQUFHO0VBQ3BCLE1BQU0sVUFBVSxLQUFLLEtBQUssQ0FBQyxJQUFJLE9BQU87RUFDdEMsTUFBTSxXQUFXLEtBQUssS0FBSyxDQUFDLElBQUksUUFBUTtFQUN4QyxJQUFJLFVBQVUsTUFBTSxVQUFVO0lBQzVCLFlBQVksY0FBYyxxREFBcUQ7TUFDN0UsU0FBUyxJQUFJLE9BQU87SUFDdEI7RUFDRjtFQUNBLElBQUksVUFBVSxNQUFNLFVBQVU7SUFDNUIsWUFBWSxjQUFjLHVEQUF1RDtNQUMvRSxTQUFTLElBQUksT0FBTztJQUN0QjtFQUNGO0VBQ0EsSUFBSSxVQUFVLFVBQVU7SUFDdEIsWUFBWSxjQUFjLDZDQUE2QztNQUNyRSxTQUFTLElBQUksT0FBTztNQUNwQixVQUFVLElBQUksUUFBUTtJQUN4QjtFQUNGO0VBQ0EsSUFBSSxXQUFXLEtBQUs7SUFDbEIsWUFBWSxjQUFjLG9DQUFvQztNQUFFLFVBQVUsSUFBSSxRQUFRO0lBQUM7RUFDekY7RUFDQSxJQUFJLFdBQVcsTUFBTSxvQkFBb0IsVUFBVSxVQUFVO0lBQzNELFlBQ0UsY0FDQSxDQUFDLGlDQUFpQyxFQUFFLGtCQUFrQixxQkFBcUIsQ0FBQyxFQUM1RTtNQUNFLFVBQVUsSUFBSSxRQUFRO0lBQ3hCO0VBRUo7RUFDQSxJQUFJLENBQUMsSUFBSSxPQUFPLEVBQUU7SUFDaEIsTUFBTSxJQUFJLElBQUksS0FBSztJQUNuQixFQUFFLFdBQVcsQ0FBQyxFQUFFLFdBQVcsS0FBSztJQUNoQyxJQUFJLE9BQU8sR0FBRyxFQUFFLE1BQU07RUFDeEI7RUFDQSxJQUFJLFdBQVcsS0FBSyxLQUFLLENBQUMsSUFBSSxPQUFPLEdBQUc7SUFDdEMsWUFBWSxjQUFjLHlDQUF5QztNQUNqRSxVQUFVLElBQUksUUFBUTtNQUN0QixTQUFTLElBQUksT0FBTztJQUN0QjtFQUNGO0VBQ0EsSUFBSSxJQUFJLE1BQU0sQ0FBRSxJQUFJLENBQUMsQ0FBQyxJQUFNLEVBQUUsUUFBUSxDQUFDLFFBQVE7SUFDN0MsWUFBWSxjQUFjLGlDQUFpQyxDQUFDO0VBQzlEO0VBQ0EsTUFBTSxhQUE2QjtJQUNqQyxlQUFlLElBQUksYUFBYTtJQUNoQyxZQUFZLElBQUksVUFBVTtJQUMxQixhQUFhLElBQUksV0FBVztJQUM1QixhQUFhLElBQUksV0FBVztJQUM1QixXQUFXLElBQUksU0FBUztJQUN4QixhQUFhLElBQUksV0FBVztJQUM1QixjQUFjLElBQUksWUFBWTtJQUM5QixVQUFVLElBQUksUUFBUTtJQUN0QixRQUFRLElBQUksTUFBTTtJQUNsQixVQUFVLElBQUksUUFBUTtJQUN0QixTQUFTLElBQUksT0FBTztJQUNwQixTQUFTLElBQUksS0FBSyxTQUFTLE1BQU07SUFDakMsVUFBVSxJQUFJLEtBQUssVUFBVSxNQUFNO0lBQ25DLFNBQVMsSUFBSSxLQUFLLElBQUksT0FBTyxFQUFFLE1BQU07SUFDckMsUUFBUSxJQUFJLE1BQU07SUFDbEIsU0FBUyxJQUFJLE9BQU87SUFDcEIsVUFBVSxJQUFJLFFBQVE7SUFDdEIsTUFBTSxJQUFJLElBQUk7SUFDZCxPQUFPLElBQUksS0FBSztFQUNsQjtFQUNBLE1BQU0sU0FBaUIsRUFBRTtFQUN6QixNQUFNLFdBQVcsS0FBSyxHQUFHLENBQUMsUUFBUTtFQUNsQyxJQUFJLFVBQVU7SUFDWixNQUFNLFFBQVEsR0FBRyxDQUFDO0lBQ2xCLElBQ0UsS0FBSyxTQUFTLENBQUMsVUFBVSxTQUFTLFVBQVUsT0FBTyxLQUFLLFNBQVMsQ0FBQyxVQUFVLGNBQzVFO01BQ0EsWUFDRSxtQkFDQSxzR0FDQTtRQUFFO01BQU87SUFFYjtJQUNBLE9BQU8sTUFBTTtNQUFFLFFBQVEsS0FBSyxNQUFNLENBQUM7SUFBVTtFQUMvQztFQUNBLE1BQU0saUJBQWlCLEtBQUssY0FBYyxDQUFDLFdBQVcsV0FBVztFQUNqRSxJQUFJLG1CQUFtQixhQUFhLG1CQUFtQixXQUFXLFdBQVcsRUFBRTtJQUM3RSxZQUNFLG1CQUNBLG1HQUNFLHFFQUNGO01BQUUsYUFBYSxXQUFXLFdBQVc7TUFBRSxhQUFhLFdBQVcsV0FBVztJQUFDO0VBRS9FO0VBQ0EsMkRBQTJEO0VBQzNELE1BQU0sVUFBb0IsRUFBRTtFQUM1QixNQUFNLFdBQXFCLEVBQUU7RUFDN0IsTUFBTSxXQUFxQixFQUFFO0VBQzdCLEtBQUssTUFBTSxPQUFPLFdBQVcsWUFBWSxDQUFFO0lBQ3pDLElBQUksUUFBUSxRQUFRO01BQ2xCLFNBQVMsSUFBSSxDQUFDO01BQ2Q7SUFDRjtJQUNBLE1BQU0sSUFBSSxLQUFLLEdBQUcsQ0FBQyxLQUFLO0lBQ3hCLElBQUksQ0FBQyxHQUFHO01BQ04sUUFBUSxJQUFJLENBQUM7TUFDYjtJQUNGO0lBQ0EsSUFBSSxXQUFXLEtBQUssS0FBSyxDQUFDLEVBQUUsVUFBVSxDQUFDLE9BQU8sR0FBRztNQUMvQyxTQUFTLElBQUksQ0FBQztNQUNkO0lBQ0Y7SUFDQSxNQUFNLElBQUksTUFBTTtJQUNoQixNQUFNLFlBQVksTUFBTSxlQUNyQixXQUFXLFFBQVEsS0FBSyxrQkFBa0IsQ0FBQyxNQUFNLGVBQWUsTUFBTSxRQUFRO0lBQ2pGLElBQUksQ0FBQyxXQUFXLFNBQVMsSUFBSSxDQUFDO0VBQ2hDO0VBQ0EsSUFBSSxRQUFRLE1BQU0sR0FBRyxLQUFLLFNBQVMsTUFBTSxHQUFHLEdBQUc7SUFDN0MsTUFBTSxRQUFRLEdBQUcsQ0FBQztJQUNsQixJQUFJLE1BQU07SUFDVixJQUFJLFFBQVEsTUFBTSxHQUFHLEdBQUc7TUFDdEIsT0FBTywwREFDTCxRQUFRLEdBQUcsQ0FBQyxDQUFDLEtBQU8sQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxRQUFRLE9BQzdDO0lBQ0o7SUFDQSxJQUFJLFNBQVMsTUFBTSxHQUFHLEdBQUc7TUFDdkIsT0FDRSxpSEFDQSxTQUFTLEdBQUcsQ0FBQyxDQUFDLEtBQU8sQ0FBQyxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsUUFBUSxPQUMvQztJQUNKO0lBQ0EsWUFBWSxjQUFjLEtBQUs7TUFDN0IsY0FBYyxXQUFXLFlBQVk7TUFDckMseUJBQXlCO01BQ3pCLDBCQUEwQjtJQUM1QjtFQUNGO0VBQ0EsTUFBTSxJQUFnQjtJQUNwQjtJQUNBO0lBQ0EsYUFBYSxXQUFXLE9BQU87SUFDL0IsTUFBTSxFQUFFO0lBQ1IsWUFBWTtJQUNaO0VBQ0Y7RUFDQSxJQUFJLFNBQVMsTUFBTSxLQUFLLEdBQUc7SUFDekIsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDO01BQUUsT0FBTztNQUFXLGVBQWU7TUFBYSxXQUFXLElBQUk7SUFBSztFQUNsRjtFQUNBLEtBQUssTUFBTSxLQUFLLFNBQVUsS0FBSyxZQUFZLENBQUMsR0FBRztFQUMvQyxLQUFLLGlCQUFpQixDQUFDLFdBQVcsV0FBVyxFQUFFLFdBQVcsV0FBVztFQUNyRSxLQUFLLElBQUksQ0FBQyxHQUFHO0VBQ2IsTUFBTSxRQUFRLEdBQUcsQ0FBQztFQUNsQixPQUFPLE1BQU07SUFBRSxRQUFRLEtBQUssTUFBTSxDQUFDO0VBQUc7QUFDeEMifQ==
// denoCacheMetadata=4987707707236311175,5183351003675641986
