/**
 * The queue's task book: the stored tasks and the state machine of their
 * runs (unscheduled → pending → running → completed / failed / exception).
 * It applies the timed transitions (claim expiry → `claim-expired` with a
 * retry, deadline → `deadline-exceeded`) lazily whenever a task is touched
 * and in `sweep`, using the injected clock; releases dependents when a
 * dependency resolves; and wakes long-polling claimWork calls when a task
 * becomes pending.
 */
import { iso, isResolved, state } from "./queue_records.ts";
/** The tasks of the queue and the transitions of their runs. */ export class TaskBook {
  #tasks;
  #now;
  /** dependency taskId → tasks it blocks */ #dependents = new Map();
  /** tasks not yet resolved */ #active = new Set();
  /** taskGroupId → schedulerId */ #groups = new Map();
  #waiters = new Map();
  #closed = false;
  /** Loads the stored tasks and rebuilds the dependency, group and active indexes. */ constructor(
    store,
    now,
  ) {
    this.#tasks = store.collection("tasks");
    this.#now = now;
    for (const t of this.#tasks.values()) {
      for (const b of t.blockers) this.addDependent(b, t.taskId);
      if (!isResolved(t)) this.#active.add(t.taskId);
      this.#groups.set(t.definition.taskGroupId, t.definition.schedulerId);
    }
  }
  /** The injected clock (ms). */ now() {
    return this.#now();
  }
  /** Whether `close` was called. */ get closed() {
    return this.#closed;
  }
  /** Records that `taskId` waits for `dep`. */ addDependent(dep, taskId) {
    let s = this.#dependents.get(dep);
    if (!s) this.#dependents.set(dep, s = new Set());
    s.add(taskId);
  }
  /** The schedulerId of the task group, if the group has tasks. */ groupScheduler(taskGroupId) {
    return this.#groups.get(taskGroupId);
  }
  /** Records the schedulerId of a task group. */ setGroupScheduler(taskGroupId, schedulerId) {
    this.#groups.set(taskGroupId, schedulerId);
  }
  /** Wakes every waiting claimWork (used at shutdown) and stops long-polls. */ close() {
    this.#closed = true;
    for (const set of this.#waiters.values()) for (const w of set) w();
    this.#waiters.clear();
  }
  #notify(taskQueueId) {
    const set = this.#waiters.get(taskQueueId);
    if (!set) return;
    this.#waiters.delete(taskQueueId);
    for (const w of set) w();
  }
  /** Resolves when a task of `taskQueueId` becomes pending, after `ms`, or on abort. */ waitForWork(
    taskQueueId,
    ms,
    signal,
  ) {
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
  /** Stores `t` (the write is pushed to `writes`) and updates the indexes. */ save(t, writes) {
    writes.push(this.#tasks.put(t.taskId, t));
    if (isResolved(t)) this.#active.delete(t.taskId);
    else this.#active.add(t.taskId);
    if (state(t) === "pending") this.#notify(t.definition.taskQueueId);
  }
  /** Applies claim expiry and deadline to `t` as of now. */ #refresh(t, writes) {
    const now = this.#now();
    if (isResolved(t)) return;
    if (Date.parse(t.definition.deadline) <= now) {
      this.cancel(t, "deadline-exceeded", writes);
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
        t.runs.push({
          state: "pending",
          reasonCreated: "retry",
          scheduled: iso(now),
        });
      }
      this.save(t, writes);
      if (isResolved(t)) this.resolved(t, "exception", writes);
    }
  }
  /** Applies timed transitions to every unresolved task. */ sweep() {
    const writes = [];
    for (
      const id of [
        ...this.#active,
      ]
    ) {
      const t = this.#tasks.get(id);
      if (t) this.#refresh(t, writes);
    }
    return Promise.all(writes).then(() => {});
  }
  /** The task `taskId`, refreshed, or undefined. */ get(taskId, writes) {
    const t = this.#tasks.get(taskId);
    if (t) this.#refresh(t, writes);
    return t;
  }
  /** The task `taskId` as stored (no timed transitions applied), or undefined. */ peek(taskId) {
    return this.#tasks.get(taskId);
  }
  /** The unresolved tasks of `taskQueueId` whose last run is pending. */ pending(taskQueueId) {
    const out = [];
    for (const id of this.#active) {
      const t = this.#tasks.get(id);
      if (t.definition.taskQueueId === taskQueueId && state(t) === "pending") out.push(t);
    }
    return out;
  }
  /** cancel_task: resolve the current (or a new) run as exception/`reason`. */ cancel(
    t,
    reason,
    writes,
  ) {
    const now = iso(this.#now());
    const last = t.runs[t.runs.length - 1];
    if (last) {
      if (last.state !== "pending" && last.state !== "running") return false;
      Object.assign(last, {
        state: "exception",
        reasonResolved: reason,
        resolved: now,
      });
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
    this.save(t, writes);
    this.resolved(t, "exception", writes);
    return true;
  }
  /** Dependency tracking after `t` resolved with `resolution`. */ resolved(t, resolution, writes) {
    const deps = this.#dependents.get(t.taskId);
    if (!deps) return;
    for (
      const id of [
        ...deps,
      ]
    ) {
      const d = this.#tasks.get(id);
      if (!d) continue;
      if (resolution !== "completed" && d.definition.requires !== "all-resolved") continue;
      d.blockers = d.blockers.filter((b) => b !== t.taskId);
      deps.delete(id);
      if (
        d.blockers.length === 0 && d.runs.length === 0 &&
        Date.parse(d.definition.deadline) > this.#now()
      ) {
        d.runs.push({
          state: "pending",
          reasonCreated: "scheduled",
          scheduled: iso(this.#now()),
        });
      }
      this.save(d, writes);
    }
    if (deps.size === 0) this.#dependents.delete(t.taskId);
  }
  /** The task status structure of `t`. */ status(t) {
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
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvcXVldWVfdGFza3MudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgcXVldWUncyB0YXNrIGJvb2s6IHRoZSBzdG9yZWQgdGFza3MgYW5kIHRoZSBzdGF0ZSBtYWNoaW5lIG9mIHRoZWlyXG4gKiBydW5zICh1bnNjaGVkdWxlZCDihpIgcGVuZGluZyDihpIgcnVubmluZyDihpIgY29tcGxldGVkIC8gZmFpbGVkIC8gZXhjZXB0aW9uKS5cbiAqIEl0IGFwcGxpZXMgdGhlIHRpbWVkIHRyYW5zaXRpb25zIChjbGFpbSBleHBpcnkg4oaSIGBjbGFpbS1leHBpcmVkYCB3aXRoIGFcbiAqIHJldHJ5LCBkZWFkbGluZSDihpIgYGRlYWRsaW5lLWV4Y2VlZGVkYCkgbGF6aWx5IHdoZW5ldmVyIGEgdGFzayBpcyB0b3VjaGVkXG4gKiBhbmQgaW4gYHN3ZWVwYCwgdXNpbmcgdGhlIGluamVjdGVkIGNsb2NrOyByZWxlYXNlcyBkZXBlbmRlbnRzIHdoZW4gYVxuICogZGVwZW5kZW5jeSByZXNvbHZlczsgYW5kIHdha2VzIGxvbmctcG9sbGluZyBjbGFpbVdvcmsgY2FsbHMgd2hlbiBhIHRhc2tcbiAqIGJlY29tZXMgcGVuZGluZy5cbiAqL1xuaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uLCBTdG9yZSB9IGZyb20gXCIuL3N0b3JlLnRzXCI7XG5pbXBvcnQgeyBpc28sIGlzUmVzb2x2ZWQsIHN0YXRlLCB0eXBlIFRhc2tSZWNvcmQsIHR5cGUgV3JpdGVzIH0gZnJvbSBcIi4vcXVldWVfcmVjb3Jkcy50c1wiO1xuXG4vKiogVGhlIHRhc2tzIG9mIHRoZSBxdWV1ZSBhbmQgdGhlIHRyYW5zaXRpb25zIG9mIHRoZWlyIHJ1bnMuICovXG5leHBvcnQgY2xhc3MgVGFza0Jvb2sge1xuICByZWFkb25seSAjdGFza3M6IENvbGxlY3Rpb248VGFza1JlY29yZD47XG4gIHJlYWRvbmx5ICNub3c6ICgpID0+IG51bWJlcjtcbiAgLyoqIGRlcGVuZGVuY3kgdGFza0lkIOKGkiB0YXNrcyBpdCBibG9ja3MgKi9cbiAgcmVhZG9ubHkgI2RlcGVuZGVudHMgPSBuZXcgTWFwPHN0cmluZywgU2V0PHN0cmluZz4+KCk7XG4gIC8qKiB0YXNrcyBub3QgeWV0IHJlc29sdmVkICovXG4gIHJlYWRvbmx5ICNhY3RpdmUgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgLyoqIHRhc2tHcm91cElkIOKGkiBzY2hlZHVsZXJJZCAqL1xuICByZWFkb25seSAjZ3JvdXBzID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgcmVhZG9ubHkgI3dhaXRlcnMgPSBuZXcgTWFwPHN0cmluZywgU2V0PCgpID0+IHZvaWQ+PigpO1xuICAjY2xvc2VkID0gZmFsc2U7XG5cbiAgLyoqIExvYWRzIHRoZSBzdG9yZWQgdGFza3MgYW5kIHJlYnVpbGRzIHRoZSBkZXBlbmRlbmN5LCBncm91cCBhbmQgYWN0aXZlIGluZGV4ZXMuICovXG4gIGNvbnN0cnVjdG9yKHN0b3JlOiBTdG9yZSwgbm93OiAoKSA9PiBudW1iZXIpIHtcbiAgICB0aGlzLiN0YXNrcyA9IHN0b3JlLmNvbGxlY3Rpb248VGFza1JlY29yZD4oXCJ0YXNrc1wiKTtcbiAgICB0aGlzLiNub3cgPSBub3c7XG4gICAgZm9yIChjb25zdCB0IG9mIHRoaXMuI3Rhc2tzLnZhbHVlcygpKSB7XG4gICAgICBmb3IgKGNvbnN0IGIgb2YgdC5ibG9ja2VycykgdGhpcy5hZGREZXBlbmRlbnQoYiwgdC50YXNrSWQpO1xuICAgICAgaWYgKCFpc1Jlc29sdmVkKHQpKSB0aGlzLiNhY3RpdmUuYWRkKHQudGFza0lkKTtcbiAgICAgIHRoaXMuI2dyb3Vwcy5zZXQodC5kZWZpbml0aW9uLnRhc2tHcm91cElkLCB0LmRlZmluaXRpb24uc2NoZWR1bGVySWQpO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBUaGUgaW5qZWN0ZWQgY2xvY2sgKG1zKS4gKi9cbiAgbm93KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuI25vdygpO1xuICB9XG5cbiAgLyoqIFdoZXRoZXIgYGNsb3NlYCB3YXMgY2FsbGVkLiAqL1xuICBnZXQgY2xvc2VkKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLiNjbG9zZWQ7XG4gIH1cblxuICAvKiogUmVjb3JkcyB0aGF0IGB0YXNrSWRgIHdhaXRzIGZvciBgZGVwYC4gKi9cbiAgYWRkRGVwZW5kZW50KGRlcDogc3RyaW5nLCB0YXNrSWQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGxldCBzID0gdGhpcy4jZGVwZW5kZW50cy5nZXQoZGVwKTtcbiAgICBpZiAoIXMpIHRoaXMuI2RlcGVuZGVudHMuc2V0KGRlcCwgcyA9IG5ldyBTZXQoKSk7XG4gICAgcy5hZGQodGFza0lkKTtcbiAgfVxuXG4gIC8qKiBUaGUgc2NoZWR1bGVySWQgb2YgdGhlIHRhc2sgZ3JvdXAsIGlmIHRoZSBncm91cCBoYXMgdGFza3MuICovXG4gIGdyb3VwU2NoZWR1bGVyKHRhc2tHcm91cElkOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLiNncm91cHMuZ2V0KHRhc2tHcm91cElkKTtcbiAgfVxuXG4gIC8qKiBSZWNvcmRzIHRoZSBzY2hlZHVsZXJJZCBvZiBhIHRhc2sgZ3JvdXAuICovXG4gIHNldEdyb3VwU2NoZWR1bGVyKHRhc2tHcm91cElkOiBzdHJpbmcsIHNjaGVkdWxlcklkOiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLiNncm91cHMuc2V0KHRhc2tHcm91cElkLCBzY2hlZHVsZXJJZCk7XG4gIH1cblxuICAvKiogV2FrZXMgZXZlcnkgd2FpdGluZyBjbGFpbVdvcmsgKHVzZWQgYXQgc2h1dGRvd24pIGFuZCBzdG9wcyBsb25nLXBvbGxzLiAqL1xuICBjbG9zZSgpOiB2b2lkIHtcbiAgICB0aGlzLiNjbG9zZWQgPSB0cnVlO1xuICAgIGZvciAoY29uc3Qgc2V0IG9mIHRoaXMuI3dhaXRlcnMudmFsdWVzKCkpIGZvciAoY29uc3QgdyBvZiBzZXQpIHcoKTtcbiAgICB0aGlzLiN3YWl0ZXJzLmNsZWFyKCk7XG4gIH1cblxuICAjbm90aWZ5KHRhc2tRdWV1ZUlkOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBzZXQgPSB0aGlzLiN3YWl0ZXJzLmdldCh0YXNrUXVldWVJZCk7XG4gICAgaWYgKCFzZXQpIHJldHVybjtcbiAgICB0aGlzLiN3YWl0ZXJzLmRlbGV0ZSh0YXNrUXVldWVJZCk7XG4gICAgZm9yIChjb25zdCB3IG9mIHNldCkgdygpO1xuICB9XG5cbiAgLyoqIFJlc29sdmVzIHdoZW4gYSB0YXNrIG9mIGB0YXNrUXVldWVJZGAgYmVjb21lcyBwZW5kaW5nLCBhZnRlciBgbXNgLCBvciBvbiBhYm9ydC4gKi9cbiAgd2FpdEZvcldvcmsodGFza1F1ZXVlSWQ6IHN0cmluZywgbXM6IG51bWJlciwgc2lnbmFsOiBBYm9ydFNpZ25hbCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4ge1xuICAgICAgbGV0IHNldCA9IHRoaXMuI3dhaXRlcnMuZ2V0KHRhc2tRdWV1ZUlkKTtcbiAgICAgIGlmICghc2V0KSB0aGlzLiN3YWl0ZXJzLnNldCh0YXNrUXVldWVJZCwgc2V0ID0gbmV3IFNldCgpKTtcbiAgICAgIGNvbnN0IGRvbmUgPSAoKSA9PiB7XG4gICAgICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gICAgICAgIHNpZ25hbC5yZW1vdmVFdmVudExpc3RlbmVyKFwiYWJvcnRcIiwgZG9uZSk7XG4gICAgICAgIHRoaXMuI3dhaXRlcnMuZ2V0KHRhc2tRdWV1ZUlkKT8uZGVsZXRlKGRvbmUpO1xuICAgICAgICByZXNvbHZlKCk7XG4gICAgICB9O1xuICAgICAgY29uc3QgdGltZXIgPSBzZXRUaW1lb3V0KGRvbmUsIE1hdGgubWF4KDAsIG1zKSk7XG4gICAgICBzaWduYWwuYWRkRXZlbnRMaXN0ZW5lcihcImFib3J0XCIsIGRvbmUpO1xuICAgICAgc2V0LmFkZChkb25lKTtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBTdG9yZXMgYHRgICh0aGUgd3JpdGUgaXMgcHVzaGVkIHRvIGB3cml0ZXNgKSBhbmQgdXBkYXRlcyB0aGUgaW5kZXhlcy4gKi9cbiAgc2F2ZSh0OiBUYXNrUmVjb3JkLCB3cml0ZXM6IFdyaXRlcyk6IHZvaWQge1xuICAgIHdyaXRlcy5wdXNoKHRoaXMuI3Rhc2tzLnB1dCh0LnRhc2tJZCwgdCkpO1xuICAgIGlmIChpc1Jlc29sdmVkKHQpKSB0aGlzLiNhY3RpdmUuZGVsZXRlKHQudGFza0lkKTtcbiAgICBlbHNlIHRoaXMuI2FjdGl2ZS5hZGQodC50YXNrSWQpO1xuICAgIGlmIChzdGF0ZSh0KSA9PT0gXCJwZW5kaW5nXCIpIHRoaXMuI25vdGlmeSh0LmRlZmluaXRpb24udGFza1F1ZXVlSWQpO1xuICB9XG5cbiAgLyoqIEFwcGxpZXMgY2xhaW0gZXhwaXJ5IGFuZCBkZWFkbGluZSB0byBgdGAgYXMgb2Ygbm93LiAqL1xuICAjcmVmcmVzaCh0OiBUYXNrUmVjb3JkLCB3cml0ZXM6IFdyaXRlcyk6IHZvaWQge1xuICAgIGNvbnN0IG5vdyA9IHRoaXMuI25vdygpO1xuICAgIGlmIChpc1Jlc29sdmVkKHQpKSByZXR1cm47XG4gICAgaWYgKERhdGUucGFyc2UodC5kZWZpbml0aW9uLmRlYWRsaW5lKSA8PSBub3cpIHtcbiAgICAgIHRoaXMuY2FuY2VsKHQsIFwiZGVhZGxpbmUtZXhjZWVkZWRcIiwgd3JpdGVzKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgcnVuSWQgPSB0LnJ1bnMubGVuZ3RoIC0gMTtcbiAgICBjb25zdCBydW4gPSB0LnJ1bnNbcnVuSWRdO1xuICAgIGlmIChydW4/LnN0YXRlID09PSBcInJ1bm5pbmdcIiAmJiBydW4udGFrZW5VbnRpbCAmJiBEYXRlLnBhcnNlKHJ1bi50YWtlblVudGlsKSA8PSBub3cpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocnVuLCB7XG4gICAgICAgIHN0YXRlOiBcImV4Y2VwdGlvblwiLFxuICAgICAgICByZWFzb25SZXNvbHZlZDogXCJjbGFpbS1leHBpcmVkXCIsXG4gICAgICAgIHJlc29sdmVkOiBpc28obm93KSxcbiAgICAgIH0pO1xuICAgICAgdC50YWtlblVudGlsID0gbnVsbDtcbiAgICAgIGlmICh0LnJldHJpZXNMZWZ0ID4gMCkge1xuICAgICAgICB0LnJldHJpZXNMZWZ0LS07XG4gICAgICAgIHQucnVucy5wdXNoKHsgc3RhdGU6IFwicGVuZGluZ1wiLCByZWFzb25DcmVhdGVkOiBcInJldHJ5XCIsIHNjaGVkdWxlZDogaXNvKG5vdykgfSk7XG4gICAgICB9XG4gICAgICB0aGlzLnNhdmUodCwgd3JpdGVzKTtcbiAgICAgIGlmIChpc1Jlc29sdmVkKHQpKSB0aGlzLnJlc29sdmVkKHQsIFwiZXhjZXB0aW9uXCIsIHdyaXRlcyk7XG4gICAgfVxuICB9XG5cbiAgLyoqIEFwcGxpZXMgdGltZWQgdHJhbnNpdGlvbnMgdG8gZXZlcnkgdW5yZXNvbHZlZCB0YXNrLiAqL1xuICBzd2VlcCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCB3cml0ZXM6IFdyaXRlcyA9IFtdO1xuICAgIGZvciAoY29uc3QgaWQgb2YgWy4uLnRoaXMuI2FjdGl2ZV0pIHtcbiAgICAgIGNvbnN0IHQgPSB0aGlzLiN0YXNrcy5nZXQoaWQpO1xuICAgICAgaWYgKHQpIHRoaXMuI3JlZnJlc2godCwgd3JpdGVzKTtcbiAgICB9XG4gICAgcmV0dXJuIFByb21pc2UuYWxsKHdyaXRlcykudGhlbigoKSA9PiB7fSk7XG4gIH1cblxuICAvKiogVGhlIHRhc2sgYHRhc2tJZGAsIHJlZnJlc2hlZCwgb3IgdW5kZWZpbmVkLiAqL1xuICBnZXQodGFza0lkOiBzdHJpbmcsIHdyaXRlczogV3JpdGVzKTogVGFza1JlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgdCA9IHRoaXMuI3Rhc2tzLmdldCh0YXNrSWQpO1xuICAgIGlmICh0KSB0aGlzLiNyZWZyZXNoKHQsIHdyaXRlcyk7XG4gICAgcmV0dXJuIHQ7XG4gIH1cblxuICAvKiogVGhlIHRhc2sgYHRhc2tJZGAgYXMgc3RvcmVkIChubyB0aW1lZCB0cmFuc2l0aW9ucyBhcHBsaWVkKSwgb3IgdW5kZWZpbmVkLiAqL1xuICBwZWVrKHRhc2tJZDogc3RyaW5nKTogVGFza1JlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuI3Rhc2tzLmdldCh0YXNrSWQpO1xuICB9XG5cbiAgLyoqIFRoZSB1bnJlc29sdmVkIHRhc2tzIG9mIGB0YXNrUXVldWVJZGAgd2hvc2UgbGFzdCBydW4gaXMgcGVuZGluZy4gKi9cbiAgcGVuZGluZyh0YXNrUXVldWVJZDogc3RyaW5nKTogVGFza1JlY29yZFtdIHtcbiAgICBjb25zdCBvdXQ6IFRhc2tSZWNvcmRbXSA9IFtdO1xuICAgIGZvciAoY29uc3QgaWQgb2YgdGhpcy4jYWN0aXZlKSB7XG4gICAgICBjb25zdCB0ID0gdGhpcy4jdGFza3MuZ2V0KGlkKSE7XG4gICAgICBpZiAodC5kZWZpbml0aW9uLnRhc2tRdWV1ZUlkID09PSB0YXNrUXVldWVJZCAmJiBzdGF0ZSh0KSA9PT0gXCJwZW5kaW5nXCIpIG91dC5wdXNoKHQpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9XG5cbiAgLyoqIGNhbmNlbF90YXNrOiByZXNvbHZlIHRoZSBjdXJyZW50IChvciBhIG5ldykgcnVuIGFzIGV4Y2VwdGlvbi9gcmVhc29uYC4gKi9cbiAgY2FuY2VsKHQ6IFRhc2tSZWNvcmQsIHJlYXNvbjogc3RyaW5nLCB3cml0ZXM6IFdyaXRlcyk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IG5vdyA9IGlzbyh0aGlzLiNub3coKSk7XG4gICAgY29uc3QgbGFzdCA9IHQucnVuc1t0LnJ1bnMubGVuZ3RoIC0gMV07XG4gICAgaWYgKGxhc3QpIHtcbiAgICAgIGlmIChsYXN0LnN0YXRlICE9PSBcInBlbmRpbmdcIiAmJiBsYXN0LnN0YXRlICE9PSBcInJ1bm5pbmdcIikgcmV0dXJuIGZhbHNlO1xuICAgICAgT2JqZWN0LmFzc2lnbihsYXN0LCB7IHN0YXRlOiBcImV4Y2VwdGlvblwiLCByZWFzb25SZXNvbHZlZDogcmVhc29uLCByZXNvbHZlZDogbm93IH0pO1xuICAgIH0gZWxzZSB7XG4gICAgICB0LnJ1bnMucHVzaCh7XG4gICAgICAgIHN0YXRlOiBcImV4Y2VwdGlvblwiLFxuICAgICAgICByZWFzb25DcmVhdGVkOiBcImV4Y2VwdGlvblwiLFxuICAgICAgICByZWFzb25SZXNvbHZlZDogcmVhc29uLFxuICAgICAgICBzY2hlZHVsZWQ6IG5vdyxcbiAgICAgICAgcmVzb2x2ZWQ6IG5vdyxcbiAgICAgIH0pO1xuICAgIH1cbiAgICB0LnRha2VuVW50aWwgPSBudWxsO1xuICAgIHRoaXMuc2F2ZSh0LCB3cml0ZXMpO1xuICAgIHRoaXMucmVzb2x2ZWQodCwgXCJleGNlcHRpb25cIiwgd3JpdGVzKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIC8qKiBEZXBlbmRlbmN5IHRyYWNraW5nIGFmdGVyIGB0YCByZXNvbHZlZCB3aXRoIGByZXNvbHV0aW9uYC4gKi9cbiAgcmVzb2x2ZWQodDogVGFza1JlY29yZCwgcmVzb2x1dGlvbjogXCJjb21wbGV0ZWRcIiB8IFwiZmFpbGVkXCIgfCBcImV4Y2VwdGlvblwiLCB3cml0ZXM6IFdyaXRlcyk6IHZvaWQge1xuICAgIGNvbnN0IGRlcHMgPSB0aGlzLiNkZXBlbmRlbnRzLmdldCh0LnRhc2tJZCk7XG4gICAgaWYgKCFkZXBzKSByZXR1cm47XG4gICAgZm9yIChjb25zdCBpZCBvZiBbLi4uZGVwc10pIHtcbiAgICAgIGNvbnN0IGQgPSB0aGlzLiN0YXNrcy5nZXQoaWQpO1xuICAgICAgaWYgKCFkKSBjb250aW51ZTtcbiAgICAgIGlmIChyZXNvbHV0aW9uICE9PSBcImNvbXBsZXRlZFwiICYmIGQuZGVmaW5pdGlvbi5yZXF1aXJlcyAhPT0gXCJhbGwtcmVzb2x2ZWRcIikgY29udGludWU7XG4gICAgICBkLmJsb2NrZXJzID0gZC5ibG9ja2Vycy5maWx0ZXIoKGIpID0+IGIgIT09IHQudGFza0lkKTtcbiAgICAgIGRlcHMuZGVsZXRlKGlkKTtcbiAgICAgIGlmIChcbiAgICAgICAgZC5ibG9ja2Vycy5sZW5ndGggPT09IDAgJiYgZC5ydW5zLmxlbmd0aCA9PT0gMCAmJlxuICAgICAgICBEYXRlLnBhcnNlKGQuZGVmaW5pdGlvbi5kZWFkbGluZSkgPiB0aGlzLiNub3coKVxuICAgICAgKSB7XG4gICAgICAgIGQucnVucy5wdXNoKHsgc3RhdGU6IFwicGVuZGluZ1wiLCByZWFzb25DcmVhdGVkOiBcInNjaGVkdWxlZFwiLCBzY2hlZHVsZWQ6IGlzbyh0aGlzLiNub3coKSkgfSk7XG4gICAgICB9XG4gICAgICB0aGlzLnNhdmUoZCwgd3JpdGVzKTtcbiAgICB9XG4gICAgaWYgKGRlcHMuc2l6ZSA9PT0gMCkgdGhpcy4jZGVwZW5kZW50cy5kZWxldGUodC50YXNrSWQpO1xuICB9XG5cbiAgLyoqIFRoZSB0YXNrIHN0YXR1cyBzdHJ1Y3R1cmUgb2YgYHRgLiAqL1xuICBzdGF0dXModDogVGFza1JlY29yZCkge1xuICAgIGNvbnN0IGQgPSB0LmRlZmluaXRpb247XG4gICAgcmV0dXJuIHtcbiAgICAgIHRhc2tJZDogdC50YXNrSWQsXG4gICAgICBwcm92aXNpb25lcklkOiBkLnByb3Zpc2lvbmVySWQsXG4gICAgICB3b3JrZXJUeXBlOiBkLndvcmtlclR5cGUsXG4gICAgICB0YXNrUXVldWVJZDogZC50YXNrUXVldWVJZCxcbiAgICAgIHNjaGVkdWxlcklkOiBkLnNjaGVkdWxlcklkLFxuICAgICAgcHJvamVjdElkOiBkLnByb2plY3RJZCxcbiAgICAgIHRhc2tHcm91cElkOiBkLnRhc2tHcm91cElkLFxuICAgICAgcHJpb3JpdHk6IGQucHJpb3JpdHksXG4gICAgICBkZWFkbGluZTogZC5kZWFkbGluZSxcbiAgICAgIGV4cGlyZXM6IGQuZXhwaXJlcyxcbiAgICAgIHJldHJpZXNMZWZ0OiB0LnJldHJpZXNMZWZ0LFxuICAgICAgc3RhdGU6IHN0YXRlKHQpLFxuICAgICAgcnVuczogdC5ydW5zLm1hcCgociwgcnVuSWQpID0+ICh7XG4gICAgICAgIHJ1bklkLFxuICAgICAgICBzdGF0ZTogci5zdGF0ZSxcbiAgICAgICAgcmVhc29uQ3JlYXRlZDogci5yZWFzb25DcmVhdGVkLFxuICAgICAgICByZWFzb25SZXNvbHZlZDogci5yZWFzb25SZXNvbHZlZCxcbiAgICAgICAgd29ya2VyR3JvdXA6IHIud29ya2VyR3JvdXAsXG4gICAgICAgIHdvcmtlcklkOiByLndvcmtlcklkLFxuICAgICAgICB0YWtlblVudGlsOiByLnRha2VuVW50aWwsXG4gICAgICAgIHNjaGVkdWxlZDogci5zY2hlZHVsZWQsXG4gICAgICAgIHN0YXJ0ZWQ6IHIuc3RhcnRlZCxcbiAgICAgICAgcmVzb2x2ZWQ6IHIucmVzb2x2ZWQsXG4gICAgICB9KSksXG4gICAgfTtcbiAgfVxufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7OztDQVFDLEdBRUQsU0FBUyxHQUFHLEVBQUUsVUFBVSxFQUFFLEtBQUssUUFBc0MscUJBQXFCO0FBRTFGLDhEQUE4RCxHQUM5RCxPQUFPLE1BQU07RUFDRixDQUFBLEtBQU0sQ0FBeUI7RUFDL0IsQ0FBQSxHQUFJLENBQWU7RUFDNUIsd0NBQXdDLEdBQ3hDLEFBQVMsQ0FBQSxVQUFXLEdBQUcsSUFBSSxNQUEyQjtFQUN0RCwyQkFBMkIsR0FDM0IsQUFBUyxDQUFBLE1BQU8sR0FBRyxJQUFJLE1BQWM7RUFDckMsOEJBQThCLEdBQzlCLEFBQVMsQ0FBQSxNQUFPLEdBQUcsSUFBSSxNQUFzQjtFQUNwQyxDQUFBLE9BQVEsR0FBRyxJQUFJLE1BQStCO0VBQ3ZELENBQUEsTUFBTyxHQUFHLE1BQU07RUFFaEIsa0ZBQWtGLEdBQ2xGLFlBQVksS0FBWSxFQUFFLEdBQWlCLENBQUU7SUFDM0MsSUFBSSxDQUFDLENBQUEsS0FBTSxHQUFHLE1BQU0sVUFBVSxDQUFhO0lBQzNDLElBQUksQ0FBQyxDQUFBLEdBQUksR0FBRztJQUNaLEtBQUssTUFBTSxLQUFLLElBQUksQ0FBQyxDQUFBLEtBQU0sQ0FBQyxNQUFNLEdBQUk7TUFDcEMsS0FBSyxNQUFNLEtBQUssRUFBRSxRQUFRLENBQUUsSUFBSSxDQUFDLFlBQVksQ0FBQyxHQUFHLEVBQUUsTUFBTTtNQUN6RCxJQUFJLENBQUMsV0FBVyxJQUFJLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxHQUFHLENBQUMsRUFBRSxNQUFNO01BQzdDLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxHQUFHLENBQUMsRUFBRSxVQUFVLENBQUMsV0FBVyxFQUFFLEVBQUUsVUFBVSxDQUFDLFdBQVc7SUFDckU7RUFDRjtFQUVBLDZCQUE2QixHQUM3QixNQUFjO0lBQ1osT0FBTyxJQUFJLENBQUMsQ0FBQSxHQUFJO0VBQ2xCO0VBRUEsZ0NBQWdDLEdBQ2hDLElBQUksU0FBa0I7SUFDcEIsT0FBTyxJQUFJLENBQUMsQ0FBQSxNQUFPO0VBQ3JCO0VBRUEsMkNBQTJDLEdBQzNDLGFBQWEsR0FBVyxFQUFFLE1BQWMsRUFBUTtJQUM5QyxJQUFJLElBQUksSUFBSSxDQUFDLENBQUEsVUFBVyxDQUFDLEdBQUcsQ0FBQztJQUM3QixJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQSxVQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssSUFBSSxJQUFJO0lBQzFDLEVBQUUsR0FBRyxDQUFDO0VBQ1I7RUFFQSwrREFBK0QsR0FDL0QsZUFBZSxXQUFtQixFQUFzQjtJQUN0RCxPQUFPLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxHQUFHLENBQUM7RUFDMUI7RUFFQSw2Q0FBNkMsR0FDN0Msa0JBQWtCLFdBQW1CLEVBQUUsV0FBbUIsRUFBUTtJQUNoRSxJQUFJLENBQUMsQ0FBQSxNQUFPLENBQUMsR0FBRyxDQUFDLGFBQWE7RUFDaEM7RUFFQSwyRUFBMkUsR0FDM0UsUUFBYztJQUNaLElBQUksQ0FBQyxDQUFBLE1BQU8sR0FBRztJQUNmLEtBQUssTUFBTSxPQUFPLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxNQUFNLEdBQUksS0FBSyxNQUFNLEtBQUssSUFBSztJQUMvRCxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsS0FBSztFQUNyQjtFQUVBLENBQUEsTUFBTyxDQUFDLFdBQW1CO0lBQ3pCLE1BQU0sTUFBTSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDO0lBQzlCLElBQUksQ0FBQyxLQUFLO0lBQ1YsSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLE1BQU0sQ0FBQztJQUNyQixLQUFLLE1BQU0sS0FBSyxJQUFLO0VBQ3ZCO0VBRUEsb0ZBQW9GLEdBQ3BGLFlBQVksV0FBbUIsRUFBRSxFQUFVLEVBQUUsTUFBbUIsRUFBaUI7SUFDL0UsT0FBTyxJQUFJLFFBQVEsQ0FBQztNQUNsQixJQUFJLE1BQU0sSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLEdBQUcsQ0FBQztNQUM1QixJQUFJLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLGFBQWEsTUFBTSxJQUFJO01BQ25ELE1BQU0sT0FBTztRQUNYLGFBQWE7UUFDYixPQUFPLG1CQUFtQixDQUFDLFNBQVM7UUFDcEMsSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLEdBQUcsQ0FBQyxjQUFjLE9BQU87UUFDdkM7TUFDRjtNQUNBLE1BQU0sUUFBUSxXQUFXLE1BQU0sS0FBSyxHQUFHLENBQUMsR0FBRztNQUMzQyxPQUFPLGdCQUFnQixDQUFDLFNBQVM7TUFDakMsSUFBSSxHQUFHLENBQUM7SUFDVjtFQUNGO0VBRUEsMEVBQTBFLEdBQzFFLEtBQUssQ0FBYSxFQUFFLE1BQWMsRUFBUTtJQUN4QyxPQUFPLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUMsR0FBRyxDQUFDLEVBQUUsTUFBTSxFQUFFO0lBQ3RDLElBQUksV0FBVyxJQUFJLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNO1NBQzFDLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxHQUFHLENBQUMsRUFBRSxNQUFNO0lBQzlCLElBQUksTUFBTSxPQUFPLFdBQVcsSUFBSSxDQUFDLENBQUEsTUFBTyxDQUFDLEVBQUUsVUFBVSxDQUFDLFdBQVc7RUFDbkU7RUFFQSx3REFBd0QsR0FDeEQsQ0FBQSxPQUFRLENBQUMsQ0FBYSxFQUFFLE1BQWM7SUFDcEMsTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFBLEdBQUk7SUFDckIsSUFBSSxXQUFXLElBQUk7SUFDbkIsSUFBSSxLQUFLLEtBQUssQ0FBQyxFQUFFLFVBQVUsQ0FBQyxRQUFRLEtBQUssS0FBSztNQUM1QyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcscUJBQXFCO01BQ3BDO0lBQ0Y7SUFDQSxNQUFNLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxHQUFHO0lBQzlCLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNO0lBQ3pCLElBQUksS0FBSyxVQUFVLGFBQWEsSUFBSSxVQUFVLElBQUksS0FBSyxLQUFLLENBQUMsSUFBSSxVQUFVLEtBQUssS0FBSztNQUNuRixPQUFPLE1BQU0sQ0FBQyxLQUFLO1FBQ2pCLE9BQU87UUFDUCxnQkFBZ0I7UUFDaEIsVUFBVSxJQUFJO01BQ2hCO01BQ0EsRUFBRSxVQUFVLEdBQUc7TUFDZixJQUFJLEVBQUUsV0FBVyxHQUFHLEdBQUc7UUFDckIsRUFBRSxXQUFXO1FBQ2IsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDO1VBQUUsT0FBTztVQUFXLGVBQWU7VUFBUyxXQUFXLElBQUk7UUFBSztNQUM5RTtNQUNBLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRztNQUNiLElBQUksV0FBVyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsR0FBRyxhQUFhO0lBQ25EO0VBQ0Y7RUFFQSx3REFBd0QsR0FDeEQsUUFBdUI7SUFDckIsTUFBTSxTQUFpQixFQUFFO0lBQ3pCLEtBQUssTUFBTSxNQUFNO1NBQUksSUFBSSxDQUFDLENBQUEsTUFBTztLQUFDLENBQUU7TUFDbEMsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLEtBQU0sQ0FBQyxHQUFHLENBQUM7TUFDMUIsSUFBSSxHQUFHLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHO0lBQzFCO0lBQ0EsT0FBTyxRQUFRLEdBQUcsQ0FBQyxRQUFRLElBQUksQ0FBQyxLQUFPO0VBQ3pDO0VBRUEsZ0RBQWdELEdBQ2hELElBQUksTUFBYyxFQUFFLE1BQWMsRUFBMEI7SUFDMUQsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLEtBQU0sQ0FBQyxHQUFHLENBQUM7SUFDMUIsSUFBSSxHQUFHLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHO0lBQ3hCLE9BQU87RUFDVDtFQUVBLDhFQUE4RSxHQUM5RSxLQUFLLE1BQWMsRUFBMEI7SUFDM0MsT0FBTyxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUMsR0FBRyxDQUFDO0VBQ3pCO0VBRUEscUVBQXFFLEdBQ3JFLFFBQVEsV0FBbUIsRUFBZ0I7SUFDekMsTUFBTSxNQUFvQixFQUFFO0lBQzVCLEtBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBRTtNQUM3QixNQUFNLElBQUksSUFBSSxDQUFDLENBQUEsS0FBTSxDQUFDLEdBQUcsQ0FBQztNQUMxQixJQUFJLEVBQUUsVUFBVSxDQUFDLFdBQVcsS0FBSyxlQUFlLE1BQU0sT0FBTyxXQUFXLElBQUksSUFBSSxDQUFDO0lBQ25GO0lBQ0EsT0FBTztFQUNUO0VBRUEsMkVBQTJFLEdBQzNFLE9BQU8sQ0FBYSxFQUFFLE1BQWMsRUFBRSxNQUFjLEVBQVc7SUFDN0QsTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUEsR0FBSTtJQUN6QixNQUFNLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUU7SUFDdEMsSUFBSSxNQUFNO01BQ1IsSUFBSSxLQUFLLEtBQUssS0FBSyxhQUFhLEtBQUssS0FBSyxLQUFLLFdBQVcsT0FBTztNQUNqRSxPQUFPLE1BQU0sQ0FBQyxNQUFNO1FBQUUsT0FBTztRQUFhLGdCQUFnQjtRQUFRLFVBQVU7TUFBSTtJQUNsRixPQUFPO01BQ0wsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQ1YsT0FBTztRQUNQLGVBQWU7UUFDZixnQkFBZ0I7UUFDaEIsV0FBVztRQUNYLFVBQVU7TUFDWjtJQUNGO0lBQ0EsRUFBRSxVQUFVLEdBQUc7SUFDZixJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUc7SUFDYixJQUFJLENBQUMsUUFBUSxDQUFDLEdBQUcsYUFBYTtJQUM5QixPQUFPO0VBQ1Q7RUFFQSw4REFBOEQsR0FDOUQsU0FBUyxDQUFhLEVBQUUsVUFBZ0QsRUFBRSxNQUFjLEVBQVE7SUFDOUYsTUFBTSxPQUFPLElBQUksQ0FBQyxDQUFBLFVBQVcsQ0FBQyxHQUFHLENBQUMsRUFBRSxNQUFNO0lBQzFDLElBQUksQ0FBQyxNQUFNO0lBQ1gsS0FBSyxNQUFNLE1BQU07U0FBSTtLQUFLLENBQUU7TUFDMUIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLEtBQU0sQ0FBQyxHQUFHLENBQUM7TUFDMUIsSUFBSSxDQUFDLEdBQUc7TUFDUixJQUFJLGVBQWUsZUFBZSxFQUFFLFVBQVUsQ0FBQyxRQUFRLEtBQUssZ0JBQWdCO01BQzVFLEVBQUUsUUFBUSxHQUFHLEVBQUUsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQU0sTUFBTSxFQUFFLE1BQU07TUFDcEQsS0FBSyxNQUFNLENBQUM7TUFDWixJQUNFLEVBQUUsUUFBUSxDQUFDLE1BQU0sS0FBSyxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sS0FBSyxLQUM3QyxLQUFLLEtBQUssQ0FBQyxFQUFFLFVBQVUsQ0FBQyxRQUFRLElBQUksSUFBSSxDQUFDLENBQUEsR0FBSSxJQUM3QztRQUNBLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQztVQUFFLE9BQU87VUFBVyxlQUFlO1VBQWEsV0FBVyxJQUFJLElBQUksQ0FBQyxDQUFBLEdBQUk7UUFBSTtNQUMxRjtNQUNBLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRztJQUNmO0lBQ0EsSUFBSSxLQUFLLElBQUksS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFBLFVBQVcsQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNO0VBQ3ZEO0VBRUEsc0NBQXNDLEdBQ3RDLE9BQU8sQ0FBYSxFQUFFO0lBQ3BCLE1BQU0sSUFBSSxFQUFFLFVBQVU7SUFDdEIsT0FBTztNQUNMLFFBQVEsRUFBRSxNQUFNO01BQ2hCLGVBQWUsRUFBRSxhQUFhO01BQzlCLFlBQVksRUFBRSxVQUFVO01BQ3hCLGFBQWEsRUFBRSxXQUFXO01BQzFCLGFBQWEsRUFBRSxXQUFXO01BQzFCLFdBQVcsRUFBRSxTQUFTO01BQ3RCLGFBQWEsRUFBRSxXQUFXO01BQzFCLFVBQVUsRUFBRSxRQUFRO01BQ3BCLFVBQVUsRUFBRSxRQUFRO01BQ3BCLFNBQVMsRUFBRSxPQUFPO01BQ2xCLGFBQWEsRUFBRSxXQUFXO01BQzFCLE9BQU8sTUFBTTtNQUNiLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxRQUFVLENBQUM7VUFDOUI7VUFDQSxPQUFPLEVBQUUsS0FBSztVQUNkLGVBQWUsRUFBRSxhQUFhO1VBQzlCLGdCQUFnQixFQUFFLGNBQWM7VUFDaEMsYUFBYSxFQUFFLFdBQVc7VUFDMUIsVUFBVSxFQUFFLFFBQVE7VUFDcEIsWUFBWSxFQUFFLFVBQVU7VUFDeEIsV0FBVyxFQUFFLFNBQVM7VUFDdEIsU0FBUyxFQUFFLE9BQU87VUFDbEIsVUFBVSxFQUFFLFFBQVE7UUFDdEIsQ0FBQztJQUNIO0VBQ0Y7QUFDRiJ9
// denoCacheMetadata=9344407423792953038,9816052441084433136
