/**
 * The queue's task book: the stored tasks and the state machine of their
 * runs (unscheduled → pending → running → completed / failed / exception).
 * It applies the timed transitions (claim expiry → `claim-expired` with a
 * retry, deadline → `deadline-exceeded`) lazily whenever a task is touched
 * and in `sweep`, using the injected clock; releases dependents when a
 * dependency resolves; and wakes long-polling claimWork calls when a task
 * becomes pending.
 */
import type { Collection, Store } from "./store.ts";
import { iso, isResolved, state, type TaskRecord, type Writes } from "./queue_records.ts";

/** The tasks of the queue and the transitions of their runs. */
export class TaskBook {
  readonly #tasks: Collection<TaskRecord>;
  readonly #now: () => number;
  /** dependency taskId → tasks it blocks */
  readonly #dependents = new Map<string, Set<string>>();
  /** tasks not yet resolved */
  readonly #active = new Set<string>();
  /** taskGroupId → schedulerId */
  readonly #groups = new Map<string, string>();
  readonly #waiters = new Map<string, Set<() => void>>();
  #closed = false;

  /** Loads the stored tasks and rebuilds the dependency, group and active indexes. */
  constructor(store: Store, now: () => number) {
    this.#tasks = store.collection<TaskRecord>("tasks");
    this.#now = now;
    for (const t of this.#tasks.values()) {
      for (const b of t.blockers) this.addDependent(b, t.taskId);
      if (!isResolved(t)) this.#active.add(t.taskId);
      this.#groups.set(t.definition.taskGroupId, t.definition.schedulerId);
    }
  }

  /** The injected clock (ms). */
  now(): number {
    return this.#now();
  }

  /** Whether `close` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Records that `taskId` waits for `dep`. */
  addDependent(dep: string, taskId: string): void {
    let s = this.#dependents.get(dep);
    if (!s) this.#dependents.set(dep, s = new Set());
    s.add(taskId);
  }

  /** The schedulerId of the task group, if the group has tasks. */
  groupScheduler(taskGroupId: string): string | undefined {
    return this.#groups.get(taskGroupId);
  }

  /** Records the schedulerId of a task group. */
  setGroupScheduler(taskGroupId: string, schedulerId: string): void {
    this.#groups.set(taskGroupId, schedulerId);
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

  /** Resolves when a task of `taskQueueId` becomes pending, after `ms`, or on abort. */
  waitForWork(taskQueueId: string, ms: number, signal: AbortSignal): Promise<void> {
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

  /** Stores `t` (the write is pushed to `writes`) and updates the indexes. */
  save(t: TaskRecord, writes: Writes): void {
    writes.push(this.#tasks.put(t.taskId, t));
    if (isResolved(t)) this.#active.delete(t.taskId);
    else this.#active.add(t.taskId);
    if (state(t) === "pending") this.#notify(t.definition.taskQueueId);
  }

  /** Applies claim expiry and deadline to `t` as of now. */
  #refresh(t: TaskRecord, writes: Writes): void {
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
        t.runs.push({ state: "pending", reasonCreated: "retry", scheduled: iso(now) });
      }
      this.save(t, writes);
      if (isResolved(t)) this.resolved(t, "exception", writes);
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
  get(taskId: string, writes: Writes): TaskRecord | undefined {
    const t = this.#tasks.get(taskId);
    if (t) this.#refresh(t, writes);
    return t;
  }

  /** The task `taskId` as stored (no timed transitions applied), or undefined. */
  peek(taskId: string): TaskRecord | undefined {
    return this.#tasks.get(taskId);
  }

  /** The unresolved tasks of `taskQueueId` whose last run is pending. */
  pending(taskQueueId: string): TaskRecord[] {
    const out: TaskRecord[] = [];
    for (const id of this.#active) {
      const t = this.#tasks.get(id)!;
      if (t.definition.taskQueueId === taskQueueId && state(t) === "pending") out.push(t);
    }
    return out;
  }

  /** cancel_task: resolve the current (or a new) run as exception/`reason`. */
  cancel(t: TaskRecord, reason: string, writes: Writes): boolean {
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
    this.save(t, writes);
    this.resolved(t, "exception", writes);
    return true;
  }

  /** Dependency tracking after `t` resolved with `resolution`. */
  resolved(t: TaskRecord, resolution: "completed" | "failed" | "exception", writes: Writes): void {
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
      this.save(d, writes);
    }
    if (deps.size === 0) this.#dependents.delete(t.taskId);
  }

  /** The task status structure of `t`. */
  status(t: TaskRecord) {
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
