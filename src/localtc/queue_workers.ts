/**
 * The queue's record of workers (`queue.getWorker`): each claimWork marks
 * the worker seen (`expires` one day on, `lastDateActive`, `firstClaim`
 * the first time) and appends the claimed runs to `recentTasks` (the last
 * 20), like the real queue's worker info; reclaims keep it active.
 */
import { type Endpoint, reply, reportError } from "./api.ts";
import { iso } from "./queue_records.ts";
import { PARAMS } from "./queue_schemas.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** A stored worker. */
export interface QueueWorkerRecord {
  taskQueueId: string;
  workerGroup: string;
  workerId: string;
  firstClaim: string;
  lastDateActive: string;
  expires: string;
  quarantineUntil: string;
  recentTasks: { taskId: string; runId: number }[];
}

/** Shape check of stored workers. */
export const checkQueueWorker: RecordCheck = (v) => {
  const w = v as QueueWorkerRecord;
  if (typeof v !== "object" || v === null) return "worker record is not an object";
  if (typeof w.taskQueueId !== "string" || !Array.isArray(w.recentTasks)) {
    return "worker record lacks taskQueueId/recentTasks";
  }
  return undefined;
};

const RECENT = 20;
const DAY_MS = 86400e3;

/** The workers the queue has seen. */
export class QueueWorkers {
  readonly #workers: Collection<QueueWorkerRecord>;
  readonly #now: () => number;

  /** Over the `queueWorkers` collection of `store`. */
  constructor(store: Store, now: () => number) {
    this.#workers = store.collection<QueueWorkerRecord>("queueWorkers");
    this.#now = now;
  }

  /** Marks the worker active and records the runs it claimed. */
  seen(
    taskQueueId: string,
    workerGroup: string,
    workerId: string,
    claimed: { taskId: string; runId: number }[],
  ): Promise<void> {
    const key = `${taskQueueId}/${workerGroup}/${workerId}`;
    const now = iso(this.#now());
    const w = this.#workers.get(key) ?? {
      taskQueueId,
      workerGroup,
      workerId,
      firstClaim: now,
      lastDateActive: now,
      expires: now,
      quarantineUntil: now,
      recentTasks: [],
    };
    w.lastDateActive = now;
    w.expires = iso(this.#now() + DAY_MS);
    w.recentTasks = [...w.recentTasks, ...claimed].slice(-RECENT);
    return this.#workers.put(key, w);
  }

  /** `getWorker`. */
  endpoints(): Endpoint[] {
    return [{
      method: "get",
      route: "/provisioners/:provisionerId/worker-types/:workerType/workers/:workerGroup/:workerId",
      name: "getWorker",
      scopes: "queue:get-worker:<provisionerId>/<workerType>/<workerGroup>/<workerId>",
      params: PARAMS,
      handler: (req) => {
        const { provisionerId, workerType, workerGroup, workerId } = req.params;
        const taskQueueId = `${provisionerId}/${workerType}`;
        const w = this.#workers.get(`${taskQueueId}/${workerGroup}/${workerId}`);
        const now = this.#now();
        if (!w || (Date.parse(w.expires) < now && Date.parse(w.quarantineUntil) < now)) {
          return reportError(
            "ResourceNotFound",
            "Worker with workerId `{{workerId}}`, workerGroup `{{workerGroup}}`," +
              "worker-type `{{workerType}}` and provisionerId `{{provisionerId}}` not found. " +
              "Are you sure it was created?",
            { workerId, workerGroup, workerType, provisionerId },
          );
        }
        return reply({
          provisionerId,
          workerType,
          taskQueueId,
          workerGroup,
          workerId,
          recentTasks: w.recentTasks,
          expires: w.expires,
          quarantineUntil: w.quarantineUntil,
          firstClaim: w.firstClaim,
          lastDateActive: w.lastDateActive,
          actions: [],
        });
      },
    }];
  }
}
