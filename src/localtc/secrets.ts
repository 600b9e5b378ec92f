/**
 * The secrets service of localtc (`/api/secrets/v1`): `set`, `get` (expired
 * secrets read as not found) and `remove`.
 */
import { type Endpoint, reply, reportError } from "./api.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** A stored secret. */
export interface SecretRecord {
  name: string;
  secret: Record<string, unknown>;
  expires: string;
}

/** Shape check of stored secrets. */
export const checkSecret: RecordCheck = (v) => {
  const r = v as SecretRecord;
  if (typeof v !== "object" || v === null) return "secret record is not an object";
  if (typeof r.name !== "string" || typeof r.expires !== "string" || typeof r.secret !== "object") {
    return "secret record lacks name/secret/expires";
  }
  return undefined;
};

/** The secrets service. */
export class SecretsService {
  readonly #secrets: Collection<SecretRecord>;
  readonly #now: () => number;

  constructor(store: Store, now: () => number) {
    this.#secrets = store.collection<SecretRecord>("secrets");
    this.#now = now;
  }

  /** The secrets service's API methods. */
  endpoints(): Endpoint[] {
    return [
      {
        method: "put",
        route: "/secret/:name{.+}",
        name: "set",
        scopes: "secrets:set:<name>",
        input: {
          type: "object",
          properties: {
            secret: { type: "object" },
            expires: { type: "string", format: "date-time" },
          },
          additionalProperties: false,
          required: ["secret", "expires"],
        },
        handler: async ({ params, body }) => {
          const { secret, expires } = body as { secret: Record<string, unknown>; expires: string };
          await this.#secrets.put(params.name, {
            name: params.name,
            secret,
            expires: new Date(expires).toJSON(),
          });
          return reply({});
        },
      },
      {
        method: "get",
        route: "/secret/:name{.+}",
        name: "get",
        scopes: "secrets:get:<name>",
        handler: ({ params }) => {
          const r = this.#secrets.get(params.name);
          if (!r || Date.parse(r.expires) <= this.#now()) {
            reportError("ResourceNotFound", "Secret not found", {});
          }
          return reply({ secret: r.secret, expires: r.expires });
        },
      },
      {
        method: "delete",
        route: "/secret/:name{.+}",
        name: "remove",
        scopes: "secrets:set:<name>",
        handler: async ({ params }) => {
          await this.#secrets.delete(params.name);
          return reply({});
        },
      },
    ];
  }
}
