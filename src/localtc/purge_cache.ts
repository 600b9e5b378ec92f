/**
 * The purge-cache service of localtc (`/api/purge-cache/v1`): `purgeCache`
 * records a request to purge `cacheName` on a worker pool, and
 * `purgeRequests` lists a pool's requests whose `before` is not older than
 * `since` (the calls the worker makes with its own credentials).
 */
import { type Endpoint, reply, reportError } from "./api.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** A stored purge request (one per pool and cache name; the newest wins). */
export interface PurgeRecord {
  workerPoolId: string;
  cacheName: string;
  before: string;
}

/** Shape check of stored purge requests. */
export const checkPurge: RecordCheck = (v) => {
  const r = v as PurgeRecord;
  if (typeof v !== "object" || v === null) return "purge record is not an object";
  if (
    typeof r.workerPoolId !== "string" || typeof r.cacheName !== "string" ||
    typeof r.before !== "string"
  ) {
    return "purge record lacks workerPoolId/cacheName/before";
  }
  return undefined;
};

const WORKER_POOL_ID = /^[A-Za-z0-9_-]{1,38}\/[A-Za-z0-9_-]{1,38}$/;

/** The purge-cache service. */
export class PurgeCacheService {
  readonly #requests: Collection<PurgeRecord>;
  readonly #now: () => number;

  constructor(store: Store, now: () => number) {
    this.#requests = store.collection<PurgeRecord>("purge");
    this.#now = now;
  }

  #entry(r: PurgeRecord) {
    const [provisionerId, workerType] = r.workerPoolId.split("/");
    return { provisionerId, workerType, cacheName: r.cacheName, before: r.before };
  }

  /** The purge-cache service's API methods. */
  endpoints(): Endpoint[] {
    return [
      {
        method: "get",
        route: "/purge-cache/list",
        name: "allPurgeRequests",
        scopes: "purge-cache:all-purge-requests",
        handler: () => reply({ requests: [...this.#requests.values()].map((r) => this.#entry(r)) }),
      },
      {
        method: "post",
        route: "/purge-cache/:workerPoolId{.+}",
        name: "purgeCache",
        scopes: "purge-cache:<workerPoolId>:<cacheName>",
        params: { workerPoolId: WORKER_POOL_ID },
        input: {
          type: "object",
          properties: { cacheName: { type: "string" } },
          additionalProperties: false,
          required: ["cacheName"],
        },
        handler: async (req) => {
          const { workerPoolId } = req.params;
          const { cacheName } = req.body as { cacheName: string };
          await req.authorize({ workerPoolId, cacheName });
          await this.#requests.put(`${workerPoolId}\n${cacheName}`, {
            workerPoolId,
            cacheName,
            before: new Date(this.#now()).toJSON(),
          });
          return reply();
        },
      },
      {
        method: "get",
        route: "/purge-cache/:workerPoolId{.+}",
        name: "purgeRequests",
        scopes: "purge-cache:purge-requests::<workerPoolId>",
        params: { workerPoolId: WORKER_POOL_ID },
        handler: ({ params, query }) => {
          let since = 0;
          if (query.since !== undefined) {
            since = Date.parse(query.since);
            if (Number.isNaN(since)) {
              reportError(
                "InvalidRequestArguments",
                "Query parameter 'since' is not valid: Invalid Date",
                {
                  errors: ["since: Invalid Date"],
                },
              );
            }
          }
          const requests = [...this.#requests.values()]
            .filter((r) => r.workerPoolId === params.workerPoolId && Date.parse(r.before) >= since)
            .map((r) => this.#entry(r));
          return reply({ requests });
        },
      },
    ];
  }
}
