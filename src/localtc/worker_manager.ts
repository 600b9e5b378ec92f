/**
 * The worker-manager subset of localtc (`/api/worker-manager/v1`):
 * `shouldWorkerTerminate` answers `{terminate: false, reason: "none"}`
 * unless a decision was set with `setShouldTerminate` (tests and the demo
 * use that to exercise a worker's exit 70).
 */
import { type Endpoint, reply } from "./api.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** A stored terminate decision for one worker. */
export interface TerminateRecord {
  workerPoolId: string;
  workerGroup: string;
  workerId: string;
  terminate: boolean;
  reason: string;
}

/** Shape check of stored decisions. */
export const checkTerminate: RecordCheck = (v) => {
  const r = v as TerminateRecord;
  if (typeof v !== "object" || v === null || typeof r.terminate !== "boolean") {
    return "worker record lacks terminate";
  }
  return undefined;
};

/** The worker-manager subset. */
export class WorkerManagerService {
  readonly #workers: Collection<TerminateRecord>;

  constructor(store: Store) {
    this.#workers = store.collection<TerminateRecord>("workers");
  }

  /** Sets what `shouldWorkerTerminate` answers for one worker. */
  setShouldTerminate(
    workerPoolId: string,
    workerGroup: string,
    workerId: string,
    terminate: boolean,
    reason = terminate ? "terminated by localtc" : "none",
  ): Promise<void> {
    return this.#workers.put(`${workerPoolId}/${workerGroup}/${workerId}`, {
      workerPoolId,
      workerGroup,
      workerId,
      terminate,
      reason,
    });
  }

  /** The worker-manager API methods. */
  endpoints(): Endpoint[] {
    const handler: Endpoint["handler"] = async (req) => {
      const workerPoolId = req.params.workerPoolId ??
        `${req.params.provisionerId}/${req.params.workerType}`;
      const { workerGroup, workerId } = req.params;
      await req.authorize({ workerPoolId, workerGroup, workerId });
      const r = this.#workers.get(`${workerPoolId}/${workerGroup}/${workerId}`);
      return reply(
        r ? { terminate: r.terminate, reason: r.reason } : { terminate: false, reason: "none" },
      );
    };
    const scopes = "worker-manager:should-worker-terminate:<workerPoolId>/<workerGroup>/<workerId>";
    return [
      {
        method: "get",
        route: "/workers/:workerPoolId/:workerGroup/:workerId/should-terminate",
        name: "shouldWorkerTerminate",
        scopes,
        handler,
      },
      {
        method: "get",
        route: "/workers/:provisionerId/:workerType/:workerGroup/:workerId/should-terminate",
        name: "shouldWorkerTerminate",
        scopes,
        handler,
      },
    ];
  }
}
