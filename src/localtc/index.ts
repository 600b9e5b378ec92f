/**
 * The index service of localtc (`/api/index/v1`): `insertTask` (highest
 * rank wins, ties go to the newer insert) and `findTask`.
 */
import { type Endpoint, reply, reportError } from "./api.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** A stored index entry, keyed by its full namespace. */
export interface IndexedTaskRecord {
  namespace: string;
  taskId: string;
  rank: number;
  data: Record<string, unknown>;
  expires: string;
}

/** Shape check of stored index entries. */
export const checkIndexedTask: RecordCheck = (v) => {
  const r = v as IndexedTaskRecord;
  if (typeof v !== "object" || v === null) return "index record is not an object";
  if (
    typeof r.namespace !== "string" || typeof r.taskId !== "string" || typeof r.rank !== "number"
  ) {
    return "index record lacks namespace/taskId/rank";
  }
  return undefined;
};

const NAMESPACE = /^([a-zA-Z0-9_!~*'()%-]+\.)*[a-zA-Z0-9_!~*'()%-]+$/;
const SLUGID = "^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$";

/** The index service. */
export class IndexService {
  readonly #entries: Collection<IndexedTaskRecord>;
  readonly #now: () => number;

  constructor(store: Store, now: () => number) {
    this.#entries = store.collection<IndexedTaskRecord>("index");
    this.#now = now;
  }

  #json(r: IndexedTaskRecord) {
    return {
      namespace: r.namespace,
      taskId: r.taskId,
      rank: r.rank,
      data: r.data,
      expires: r.expires,
    };
  }

  /** The index service's API methods. */
  endpoints(): Endpoint[] {
    return [
      {
        method: "get",
        route: "/task/:indexPath",
        name: "findTask",
        scopes: "index:find-task:<indexPath>",
        params: { indexPath: NAMESPACE },
        handler: ({ params }) => {
          const r = this.#entries.get(params.indexPath);
          if (!r || Date.parse(r.expires) <= this.#now()) {
            reportError("ResourceNotFound", "Indexed task not found", {});
          }
          return reply(this.#json(r));
        },
      },
      {
        method: "put",
        route: "/task/:namespace",
        name: "insertTask",
        scopes: "index:insert-task:<namespace>",
        params: { namespace: NAMESPACE },
        input: {
          type: "object",
          properties: {
            taskId: { type: "string", pattern: SLUGID },
            rank: { type: "number" },
            data: { type: "object" },
            expires: { type: "string", format: "date-time" },
          },
          additionalProperties: false,
          required: ["taskId", "rank", "data", "expires"],
        },
        handler: async ({ params, body }) => {
          const input = body as {
            taskId: string;
            rank: number;
            data: Record<string, unknown>;
            expires: string;
          };
          const existing = this.#entries.get(params.namespace);
          const live = existing && Date.parse(existing.expires) > this.#now();
          if (live && existing.rank > input.rank) return reply(this.#json(existing));
          const rec: IndexedTaskRecord = {
            namespace: params.namespace,
            taskId: input.taskId,
            rank: input.rank,
            data: input.data,
            expires: new Date(input.expires).toJSON(),
          };
          await this.#entries.put(params.namespace, rec);
          return reply(this.#json(rec));
        },
      },
    ];
  }
}
