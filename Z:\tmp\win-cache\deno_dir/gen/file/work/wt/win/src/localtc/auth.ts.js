/**
 * The auth service of localtc: a small store of clients and roles, the Hawk
 * signature validator every service uses (Authorization header and bewit,
 * permanent and temporary credentials, `authorizedScopes`, the implicit
 * `assume:anonymous`), and the API methods `client`, `createClient`,
 * `deleteClient`, `role`, `createRole`, `deleteRole`, `expandScopes` and
 * `currentScopes` under `/api/auth/v1`.
 */
import hawk from "hawk";
import { reply, reportError } from "./api.ts";
import {
  createTemporaryCredentials,
  limitClientWithExt,
  newAccessToken,
  parseExt,
} from "./credentials.ts";
import { expandScopes, normalizeScopes } from "./scope_expr.ts";
/** The client holding all scopes, whose credentials `startLocalTaskcluster` hands out. */ export const ROOT_CLIENT_ID =
  "static/taskcluster/root";
/** The client that issues task and artifact credentials (like the real queue's static client). */ export const QUEUE_CLIENT_ID =
  "static/taskcluster/queue";
/**
 * The scopes of the `anonymous` role on a fresh data dir: the read-only
 * public-deployment set from the Taskcluster deployment docs (anonymous-role).
 */ export const ANONYMOUS_SCOPES = [
  "auth:current-scopes",
  "auth:expand-scopes",
  "auth:get-client:*",
  "auth:get-role:*",
  "index:find-task:*",
  "index:list-namespaces:*",
  "index:list-tasks:*",
  "purge-cache:all-purge-requests",
  "purge-cache:purge-requests:*",
  "queue:get-artifact:public/*",
  "queue:get-provisioner:*",
  "queue:get-task:*",
  "queue:get-worker-type:*",
  "queue:get-worker:*",
  "queue:list-artifacts:*",
  "queue:list-dependent-tasks:*",
  "queue:list-provisioners",
  "queue:list-task-group:*",
  "queue:list-worker-types:*",
  "queue:list-workers:*",
  "queue:pending-count:*",
  "queue:status:*",
  "secrets:list-secrets",
  "worker-manager:should-worker-terminate:*",
];
const isStringArray = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
/** Shape check of stored clients. */ export const checkClient = (v) => {
  const c = v;
  if (typeof v !== "object" || v === null) return "client record is not an object";
  if (typeof c.clientId !== "string" || typeof c.accessToken !== "string") {
    return "client record lacks clientId/accessToken";
  }
  if (!isStringArray(c.scopes) || typeof c.expires !== "string") {
    return "client record lacks scopes/expires";
  }
  return undefined;
};
/** Shape check of stored roles. */ export const checkRole = (v) => {
  const r = v;
  if (typeof v !== "object" || v === null) return "role record is not an object";
  if (typeof r.roleId !== "string" || !isStringArray(r.scopes)) {
    return "role record lacks roleId/scopes";
  }
  return undefined;
};
const CLIENT_ID = /^[A-Za-z0-9!@/:.+|_-]+$/;
const ROLE_ID = /^[\x20-\x7e]+$/;
const SCOPE_SCHEMA = {
  type: "string",
  pattern: "^[\x20-\x7e]*$",
};
/** Clients, roles and request authentication. */ export class AuthService {
  #clients;
  #roles;
  #now;
  #expandCache = new Map();
  constructor(store, now) {
    this.#clients = store.collection("clients");
    this.#roles = store.collection("roles");
    this.#now = now;
  }
  /** Opens the auth state; on a fresh data dir creates the root and queue clients and the anonymous role. */ static async create(
    store,
    now,
  ) {
    const auth = new AuthService(store, now);
    const writes = [];
    for (
      const [id, description] of [
        [
          ROOT_CLIENT_ID,
          "localtc root client (all scopes)",
        ],
        [
          QUEUE_CLIENT_ID,
          "localtc queue: issues task and artifact credentials",
        ],
      ]
    ) {
      if (!auth.#clients.has(id)) {
        writes.push(auth.#clients.put(
          id,
          auth.#newClient(
            id,
            [
              "*",
            ],
            description,
            now() + 1000 * 365 * 86400e3,
          ),
        ));
      }
    }
    if (!auth.#roles.has("anonymous")) {
      const t = new Date(now()).toJSON();
      writes.push(auth.#roles.put("anonymous", {
        roleId: "anonymous",
        description: "Scopes granted to every request (read-only public deployment set)",
        scopes: [
          ...ANONYMOUS_SCOPES,
        ],
        created: t,
        lastModified: t,
      }));
    }
    await Promise.all(writes);
    return auth;
  }
  #newClient(clientId, scopes, description, expires) {
    const t = new Date(this.#now()).toJSON();
    return {
      clientId,
      accessToken: newAccessToken(),
      description,
      scopes: [
        ...scopes,
      ],
      expires: new Date(expires).toJSON(),
      created: t,
      lastModified: t,
      lastDateUsed: t,
      lastRotated: t,
      deleteOnExpiration: false,
      disabled: false,
    };
  }
  /** The root client's credentials. */ rootCredentials() {
    const c = this.#clients.get(ROOT_CLIENT_ID);
    return {
      clientId: c.clientId,
      accessToken: c.accessToken,
    };
  }
  /**
   * Creates (or, when it exists, returns) a client with `scopes` directly in
   * the store. Memory is updated at once; `written` resolves when it is on disk.
   */ ensureClient(clientId, scopes, description = "created by localtc") {
    const existing = this.#clients.get(clientId);
    if (
      existing && existing.scopes.join("\n") === [
          ...scopes,
        ].join("\n")
    ) {
      return {
        credentials: {
          clientId,
          accessToken: existing.accessToken,
        },
        written: Promise.resolve(),
      };
    }
    const rec = existing
      ? {
        ...existing,
        scopes: [
          ...scopes,
        ],
        lastModified: new Date(this.#now()).toJSON(),
      }
      : this.#newClient(clientId, scopes, description, this.#now() + 100 * 365 * 86400e3);
    return {
      credentials: {
        clientId,
        accessToken: rec.accessToken,
      },
      written: this.#clients.put(clientId, rec),
    };
  }
  /** Issues temporary credentials signed by the queue's client. */ issueTemporaryCredentials(
    opts,
  ) {
    const q = this.#clients.get(QUEUE_CLIENT_ID);
    return createTemporaryCredentials({
      ...opts,
      issuer: {
        clientId: q.clientId,
        accessToken: q.accessToken,
      },
    });
  }
  /** Expands `scopes` with the roles they assume. */ expand(scopes) {
    const key = scopes.join("\n");
    let out = this.#expandCache.get(key);
    if (!out) {
      const roles = [
        ...this.#roles.values(),
      ].map((r) => ({
        roleId: r.roleId,
        scopes: r.scopes,
      }));
      out = expandScopes(scopes, roles);
      if (this.#expandCache.size > 1000) this.#expandCache.clear();
      this.#expandCache.set(key, out);
    }
    return out;
  }
  #loadClient(clientId) {
    const c = this.#clients.get(clientId);
    if (!c) throw new Error(`Client with clientId '${clientId}' not found`);
    if (c.disabled) throw new Error(`Client with clientId '${clientId}' is disabled`);
    const expires = Date.parse(c.expires);
    if (expires < this.#now()) throw new Error(`Client with clientId: '${clientId}' has expired`);
    return {
      accessToken: c.accessToken,
      scopes: this.expand(c.scopes),
      expires,
    };
  }
  #loadCredentials(clientId, extText) {
    const credentialName = clientId;
    let issuingClientId = clientId;
    const ext = extText ? parseExt(extText) : undefined;
    const cert = ext?.certificate;
    if (cert && typeof cert === "object" && cert.issuer) {
      if (typeof cert.issuer !== "string") {
        throw new Error("ext.certificate.issuer must be a string");
      }
      issuingClientId = cert.issuer;
      if (issuingClientId === credentialName) {
        throw new Error("ext.certificate.issuer must differ from the supplied clientId");
      }
    }
    let client = this.#loadClient(issuingClientId);
    if (ext) {
      client = limitClientWithExt({
        credentialName,
        issuingClientId,
        client,
        ext,
        now: this.#now(),
        expand: (s) => this.expand(s),
      });
    }
    return {
      key: client.accessToken,
      algorithm: "sha256",
      clientId: credentialName,
      expires: client.expires,
      scopes: this.expand(normalizeScopes([
        ...client.scopes,
        "assume:anonymous",
      ])),
    };
  }
  /** Authenticates a request (Hawk header, bewit, or none → anonymous). */ authenticate = async (
    req,
  ) => {
    try {
      if (req.authorization) {
        let ext;
        try {
          ext = hawk.utils.parseAuthorizationHeader(req.authorization).ext;
        } catch {
          ext = undefined;
        }
        const { credentials, artifacts } = await hawk.server.authenticate(
          {
            method: req.method.toUpperCase(),
            url: req.resource,
            host: req.host,
            port: req.port,
            authorization: req.authorization,
          },
          (id) => this.#loadCredentials(id, ext),
          {
            timestampSkewSec: 15 * 60,
          },
        );
        const creds = credentials;
        return {
          status: "auth-success",
          scheme: "hawk",
          clientId: creds.clientId,
          scopes: creds.scopes,
          expires: creds.expires,
          ...artifacts.hash
            ? {
              hash: artifacts.hash,
            }
            : {},
        };
      }
      if (/^\/.*[?&]bewit=/.test(req.resource)) {
        let ext;
        const m = req.resource.match(/^(\/.*)([?&])bewit=([^&$]*)(?:&(.+))?$/);
        if (m && /^[\w-]*$/.test(m[3])) {
          try {
            const b = atob(m[3].replace(/-/g, "+").replace(/_/g, "/"));
            const parts = b.split("\\");
            if (parts.length === 4 && parts[3]) ext = parts[3];
          } catch {
            ext = undefined;
          }
        }
        const { credentials } = await hawk.server.authenticateBewit(
          {
            method: req.method.toUpperCase(),
            url: req.resource,
            host: req.host,
            port: req.port,
          },
          (id) => this.#loadCredentials(id, ext),
          {},
        );
        const creds = credentials;
        return {
          status: "auth-success",
          scheme: "bewit",
          clientId: creds.clientId,
          scopes: creds.scopes,
          expires: creds.expires,
        };
      }
      return {
        status: "no-auth",
        scopes: this.expand([
          "assume:anonymous",
        ]),
      };
    } catch (err) {
      return {
        status: "auth-failed",
        message: hawkErrorMessage(err),
      };
    }
  };
  #clientJson(c) {
    return {
      clientId: c.clientId,
      description: c.description,
      expires: c.expires,
      created: c.created,
      lastModified: c.lastModified,
      lastDateUsed: c.lastDateUsed,
      lastRotated: c.lastRotated,
      deleteOnExpiration: c.deleteOnExpiration,
      scopes: c.scopes,
      expandedScopes: this.expand(c.scopes),
      disabled: c.disabled,
    };
  }
  #roleJson(r) {
    return {
      roleId: r.roleId,
      scopes: r.scopes,
      expandedScopes: this.expand([
        `assume:${r.roleId}`,
      ]),
      description: r.description,
      lastModified: r.lastModified,
      created: r.created,
    };
  }
  /** The auth service's API methods. */ endpoints() {
    const scopeList = {
      type: "array",
      items: SCOPE_SCHEMA,
      uniqueItems: false,
    };
    return [
      {
        method: "get",
        route: "/clients/:clientId{.+}",
        name: "client",
        scopes: "auth:get-client:<clientId>",
        params: {
          clientId: CLIENT_ID,
        },
        handler: ({ params }) => {
          const c = this.#clients.get(params.clientId);
          if (!c) reportError("ResourceNotFound", "Client not found", {});
          return reply(this.#clientJson(c));
        },
      },
      {
        method: "put",
        route: "/clients/:clientId{.+}",
        name: "createClient",
        scopes: {
          AllOf: [
            "auth:create-client:<clientId>",
            {
              for: "scope",
              in: "scopes",
              each: "<scope>",
            },
          ],
        },
        params: {
          clientId: CLIENT_ID,
        },
        input: {
          type: "object",
          properties: {
            expires: {
              type: "string",
              format: "date-time",
            },
            description: {
              type: "string",
              maxLength: 10240,
            },
            scopes: scopeList,
            deleteOnExpiration: {
              type: "boolean",
            },
          },
          additionalProperties: false,
          required: [
            "description",
            "expires",
          ],
        },
        handler: async (req) => {
          const { clientId } = req.params;
          const input = req.body;
          const scopes = input.scopes ?? [];
          if (clientId.startsWith("static/")) {
            reportError(
              "InputError",
              'clientId "{{clientId}}" starts with "static/" which is reserved for statically ' +
                "configured clients. Contact your administrator to change static clients.",
              {
                clientId,
              },
            );
          }
          if (scopes.some((s) => s.endsWith("**"))) {
            reportError("InputError", "scopes must not end with `**`", {});
          }
          await req.authorize({
            clientId,
            scopes,
          });
          if (this.#clients.has(clientId)) {
            reportError("RequestConflict", "Client already exists", {});
          }
          const rec = {
            ...this.#newClient(clientId, scopes, input.description, Date.parse(input.expires)),
            deleteOnExpiration: !!input.deleteOnExpiration,
          };
          await this.#clients.put(clientId, rec);
          return reply({
            ...this.#clientJson(rec),
            accessToken: rec.accessToken,
          });
        },
      },
      {
        method: "delete",
        route: "/clients/:clientId{.+}",
        name: "deleteClient",
        scopes: "auth:delete-client:<clientId>",
        params: {
          clientId: CLIENT_ID,
        },
        handler: async ({ params }) => {
          if (params.clientId.startsWith("static/")) {
            reportError("InputError", "Cannot delete static clients", {});
          }
          await this.#clients.delete(params.clientId);
          return reply();
        },
      },
      {
        method: "get",
        route: "/roles/:roleId{.+}",
        name: "role",
        scopes: "auth:get-role:<roleId>",
        params: {
          roleId: ROLE_ID,
        },
        handler: ({ params }) => {
          const r = this.#roles.get(params.roleId);
          if (!r) reportError("ResourceNotFound", "Role not found", {});
          return reply(this.#roleJson(r));
        },
      },
      {
        method: "put",
        route: "/roles/:roleId{.+}",
        name: "createRole",
        scopes: {
          AllOf: [
            "auth:create-role:<roleId>",
            {
              for: "scope",
              in: "scopes",
              each: "<scope>",
            },
          ],
        },
        params: {
          roleId: ROLE_ID,
        },
        input: {
          type: "object",
          properties: {
            description: {
              type: "string",
              maxLength: 10240,
            },
            scopes: scopeList,
          },
          additionalProperties: false,
          required: [
            "description",
            "scopes",
          ],
        },
        handler: async (req) => {
          const { roleId } = req.params;
          const input = req.body;
          if (input.scopes.some((s) => s.endsWith("**"))) {
            reportError("InputError", "scopes must not end with `**`", {});
          }
          await req.authorize({
            roleId,
            scopes: input.scopes,
          });
          const scopes = [
            ...input.scopes,
          ].sort();
          const existing = this.#roles.get(roleId);
          if (existing) {
            if (
              existing.description !== input.description ||
              existing.scopes.join("\n") !== scopes.join("\n")
            ) {
              reportError("RequestConflict", `Role with roleId '${roleId}' already exists`, {
                roleId,
              });
            }
            return reply(this.#roleJson(existing));
          }
          const t = new Date(this.#now()).toJSON();
          const rec = {
            roleId,
            description: input.description,
            scopes,
            created: t,
            lastModified: t,
          };
          this.#expandCache.clear();
          await this.#roles.put(roleId, rec);
          try {
            this.expand([
              `assume:${roleId}`,
            ]);
          } catch (e) {
            await this.#roles.delete(roleId);
            this.#expandCache.clear();
            reportError("InputError", e.message, {});
          }
          return reply(this.#roleJson(rec));
        },
      },
      {
        method: "delete",
        route: "/roles/:roleId{.+}",
        name: "deleteRole",
        scopes: "auth:delete-role:<roleId>",
        params: {
          roleId: ROLE_ID,
        },
        handler: async ({ params }) => {
          this.#expandCache.clear();
          await this.#roles.delete(params.roleId);
          return reply();
        },
      },
      {
        method: "post",
        route: "/scopes/expand",
        name: "expandScopes",
        scopes: "auth:expand-scopes",
        input: {
          type: "object",
          properties: {
            scopes: scopeList,
          },
          additionalProperties: false,
          required: [
            "scopes",
          ],
        },
        handler: (req) =>
          reply({
            scopes: this.expand(req.body.scopes),
          }),
      },
      {
        method: "get",
        route: "/scopes/current",
        name: "currentScopes",
        scopes: "auth:current-scopes",
        handler: async (req) =>
          reply({
            scopes: await req.scopes(),
          }),
      },
    ];
  }
}
/** The message the auth service reports for a Hawk failure. */ function hawkErrorMessage(err) {
  const e = err;
  if (e?.isBoom && !e.isServer) {
    let m = e.output?.payload?.error ?? "Unauthorized";
    if (e.output?.payload?.message) m += `: ${e.output.payload.message}`;
    return m;
  }
  return e?.message ?? String(err);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvYXV0aC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBhdXRoIHNlcnZpY2Ugb2YgbG9jYWx0YzogYSBzbWFsbCBzdG9yZSBvZiBjbGllbnRzIGFuZCByb2xlcywgdGhlIEhhd2tcbiAqIHNpZ25hdHVyZSB2YWxpZGF0b3IgZXZlcnkgc2VydmljZSB1c2VzIChBdXRob3JpemF0aW9uIGhlYWRlciBhbmQgYmV3aXQsXG4gKiBwZXJtYW5lbnQgYW5kIHRlbXBvcmFyeSBjcmVkZW50aWFscywgYGF1dGhvcml6ZWRTY29wZXNgLCB0aGUgaW1wbGljaXRcbiAqIGBhc3N1bWU6YW5vbnltb3VzYCksIGFuZCB0aGUgQVBJIG1ldGhvZHMgYGNsaWVudGAsIGBjcmVhdGVDbGllbnRgLFxuICogYGRlbGV0ZUNsaWVudGAsIGByb2xlYCwgYGNyZWF0ZVJvbGVgLCBgZGVsZXRlUm9sZWAsIGBleHBhbmRTY29wZXNgIGFuZFxuICogYGN1cnJlbnRTY29wZXNgIHVuZGVyIGAvYXBpL2F1dGgvdjFgLlxuICovXG5pbXBvcnQgaGF3ayBmcm9tIFwiaGF3a1wiO1xuaW1wb3J0IHtcbiAgdHlwZSBBdXRoUmVzdWx0LFxuICB0eXBlIEVuZHBvaW50LFxuICByZXBseSxcbiAgcmVwb3J0RXJyb3IsXG4gIHR5cGUgU2lnbmF0dXJlUmVxdWVzdCxcbn0gZnJvbSBcIi4vYXBpLnRzXCI7XG5pbXBvcnQge1xuICBjcmVhdGVUZW1wb3JhcnlDcmVkZW50aWFscyxcbiAgdHlwZSBDcmVkZW50aWFscyxcbiAgbGltaXRDbGllbnRXaXRoRXh0LFxuICB0eXBlIExvYWRlZENsaWVudCxcbiAgbmV3QWNjZXNzVG9rZW4sXG4gIHBhcnNlRXh0LFxufSBmcm9tIFwiLi9jcmVkZW50aWFscy50c1wiO1xuaW1wb3J0IHsgZXhwYW5kU2NvcGVzLCBub3JtYWxpemVTY29wZXMsIHR5cGUgUm9sZSB9IGZyb20gXCIuL3Njb3BlX2V4cHIudHNcIjtcbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbiwgUmVjb3JkQ2hlY2ssIFN0b3JlIH0gZnJvbSBcIi4vc3RvcmUudHNcIjtcblxuLyoqIEEgc3RvcmVkIGNsaWVudC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xpZW50UmVjb3JkIHtcbiAgY2xpZW50SWQ6IHN0cmluZztcbiAgYWNjZXNzVG9rZW46IHN0cmluZztcbiAgZGVzY3JpcHRpb246IHN0cmluZztcbiAgc2NvcGVzOiBzdHJpbmdbXTtcbiAgZXhwaXJlczogc3RyaW5nO1xuICBjcmVhdGVkOiBzdHJpbmc7XG4gIGxhc3RNb2RpZmllZDogc3RyaW5nO1xuICBsYXN0RGF0ZVVzZWQ6IHN0cmluZztcbiAgbGFzdFJvdGF0ZWQ6IHN0cmluZztcbiAgZGVsZXRlT25FeHBpcmF0aW9uOiBib29sZWFuO1xuICBkaXNhYmxlZDogYm9vbGVhbjtcbn1cblxuLyoqIEEgc3RvcmVkIHJvbGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFJvbGVSZWNvcmQge1xuICByb2xlSWQ6IHN0cmluZztcbiAgZGVzY3JpcHRpb246IHN0cmluZztcbiAgc2NvcGVzOiBzdHJpbmdbXTtcbiAgY3JlYXRlZDogc3RyaW5nO1xuICBsYXN0TW9kaWZpZWQ6IHN0cmluZztcbn1cblxuLyoqIFRoZSBjbGllbnQgaG9sZGluZyBhbGwgc2NvcGVzLCB3aG9zZSBjcmVkZW50aWFscyBgc3RhcnRMb2NhbFRhc2tjbHVzdGVyYCBoYW5kcyBvdXQuICovXG5leHBvcnQgY29uc3QgUk9PVF9DTElFTlRfSUQgPSBcInN0YXRpYy90YXNrY2x1c3Rlci9yb290XCI7XG4vKiogVGhlIGNsaWVudCB0aGF0IGlzc3VlcyB0YXNrIGFuZCBhcnRpZmFjdCBjcmVkZW50aWFscyAobGlrZSB0aGUgcmVhbCBxdWV1ZSdzIHN0YXRpYyBjbGllbnQpLiAqL1xuZXhwb3J0IGNvbnN0IFFVRVVFX0NMSUVOVF9JRCA9IFwic3RhdGljL3Rhc2tjbHVzdGVyL3F1ZXVlXCI7XG5cbi8qKlxuICogVGhlIHNjb3BlcyBvZiB0aGUgYGFub255bW91c2Agcm9sZSBvbiBhIGZyZXNoIGRhdGEgZGlyOiB0aGUgcmVhZC1vbmx5XG4gKiBwdWJsaWMtZGVwbG95bWVudCBzZXQgZnJvbSB0aGUgVGFza2NsdXN0ZXIgZGVwbG95bWVudCBkb2NzIChhbm9ueW1vdXMtcm9sZSkuXG4gKi9cbmV4cG9ydCBjb25zdCBBTk9OWU1PVVNfU0NPUEVTID0gW1xuICBcImF1dGg6Y3VycmVudC1zY29wZXNcIixcbiAgXCJhdXRoOmV4cGFuZC1zY29wZXNcIixcbiAgXCJhdXRoOmdldC1jbGllbnQ6KlwiLFxuICBcImF1dGg6Z2V0LXJvbGU6KlwiLFxuICBcImluZGV4OmZpbmQtdGFzazoqXCIsXG4gIFwiaW5kZXg6bGlzdC1uYW1lc3BhY2VzOipcIixcbiAgXCJpbmRleDpsaXN0LXRhc2tzOipcIixcbiAgXCJwdXJnZS1jYWNoZTphbGwtcHVyZ2UtcmVxdWVzdHNcIixcbiAgXCJwdXJnZS1jYWNoZTpwdXJnZS1yZXF1ZXN0czoqXCIsXG4gIFwicXVldWU6Z2V0LWFydGlmYWN0OnB1YmxpYy8qXCIsXG4gIFwicXVldWU6Z2V0LXByb3Zpc2lvbmVyOipcIixcbiAgXCJxdWV1ZTpnZXQtdGFzazoqXCIsXG4gIFwicXVldWU6Z2V0LXdvcmtlci10eXBlOipcIixcbiAgXCJxdWV1ZTpnZXQtd29ya2VyOipcIixcbiAgXCJxdWV1ZTpsaXN0LWFydGlmYWN0czoqXCIsXG4gIFwicXVldWU6bGlzdC1kZXBlbmRlbnQtdGFza3M6KlwiLFxuICBcInF1ZXVlOmxpc3QtcHJvdmlzaW9uZXJzXCIsXG4gIFwicXVldWU6bGlzdC10YXNrLWdyb3VwOipcIixcbiAgXCJxdWV1ZTpsaXN0LXdvcmtlci10eXBlczoqXCIsXG4gIFwicXVldWU6bGlzdC13b3JrZXJzOipcIixcbiAgXCJxdWV1ZTpwZW5kaW5nLWNvdW50OipcIixcbiAgXCJxdWV1ZTpzdGF0dXM6KlwiLFxuICBcInNlY3JldHM6bGlzdC1zZWNyZXRzXCIsXG4gIFwid29ya2VyLW1hbmFnZXI6c2hvdWxkLXdvcmtlci10ZXJtaW5hdGU6KlwiLFxuXTtcblxuY29uc3QgaXNTdHJpbmdBcnJheSA9ICh2OiB1bmtub3duKTogdiBpcyBzdHJpbmdbXSA9PlxuICBBcnJheS5pc0FycmF5KHYpICYmIHYuZXZlcnkoKHMpID0+IHR5cGVvZiBzID09PSBcInN0cmluZ1wiKTtcblxuLyoqIFNoYXBlIGNoZWNrIG9mIHN0b3JlZCBjbGllbnRzLiAqL1xuZXhwb3J0IGNvbnN0IGNoZWNrQ2xpZW50OiBSZWNvcmRDaGVjayA9ICh2KSA9PiB7XG4gIGNvbnN0IGMgPSB2IGFzIENsaWVudFJlY29yZDtcbiAgaWYgKHR5cGVvZiB2ICE9PSBcIm9iamVjdFwiIHx8IHYgPT09IG51bGwpIHJldHVybiBcImNsaWVudCByZWNvcmQgaXMgbm90IGFuIG9iamVjdFwiO1xuICBpZiAodHlwZW9mIGMuY2xpZW50SWQgIT09IFwic3RyaW5nXCIgfHwgdHlwZW9mIGMuYWNjZXNzVG9rZW4gIT09IFwic3RyaW5nXCIpIHtcbiAgICByZXR1cm4gXCJjbGllbnQgcmVjb3JkIGxhY2tzIGNsaWVudElkL2FjY2Vzc1Rva2VuXCI7XG4gIH1cbiAgaWYgKCFpc1N0cmluZ0FycmF5KGMuc2NvcGVzKSB8fCB0eXBlb2YgYy5leHBpcmVzICE9PSBcInN0cmluZ1wiKSB7XG4gICAgcmV0dXJuIFwiY2xpZW50IHJlY29yZCBsYWNrcyBzY29wZXMvZXhwaXJlc1wiO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59O1xuXG4vKiogU2hhcGUgY2hlY2sgb2Ygc3RvcmVkIHJvbGVzLiAqL1xuZXhwb3J0IGNvbnN0IGNoZWNrUm9sZTogUmVjb3JkQ2hlY2sgPSAodikgPT4ge1xuICBjb25zdCByID0gdiBhcyBSb2xlUmVjb3JkO1xuICBpZiAodHlwZW9mIHYgIT09IFwib2JqZWN0XCIgfHwgdiA9PT0gbnVsbCkgcmV0dXJuIFwicm9sZSByZWNvcmQgaXMgbm90IGFuIG9iamVjdFwiO1xuICBpZiAodHlwZW9mIHIucm9sZUlkICE9PSBcInN0cmluZ1wiIHx8ICFpc1N0cmluZ0FycmF5KHIuc2NvcGVzKSkge1xuICAgIHJldHVybiBcInJvbGUgcmVjb3JkIGxhY2tzIHJvbGVJZC9zY29wZXNcIjtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufTtcblxuLyoqIENyZWRlbnRpYWxzIGFzIGhhbmRlZCB0byBIYXdrLCB3aXRoIHdoYXQgdGhlIHZhbGlkYXRvciBsZWFybnQgYWJvdXQgdGhlIGNsaWVudC4gKi9cbmludGVyZmFjZSBIYXdrQ3JlZGVudGlhbHMge1xuICBrZXk6IHN0cmluZztcbiAgYWxnb3JpdGhtOiBcInNoYTI1NlwiO1xuICBjbGllbnRJZDogc3RyaW5nO1xuICBleHBpcmVzOiBudW1iZXI7XG4gIHNjb3Blczogc3RyaW5nW107XG59XG5cbmNvbnN0IENMSUVOVF9JRCA9IC9eW0EtWmEtejAtOSFALzouK3xfLV0rJC87XG5jb25zdCBST0xFX0lEID0gL15bXFx4MjAtXFx4N2VdKyQvO1xuY29uc3QgU0NPUEVfU0NIRU1BID0geyB0eXBlOiBcInN0cmluZ1wiLCBwYXR0ZXJuOiBcIl5bXFx4MjAtXFx4N2VdKiRcIiB9O1xuXG4vKiogQ2xpZW50cywgcm9sZXMgYW5kIHJlcXVlc3QgYXV0aGVudGljYXRpb24uICovXG5leHBvcnQgY2xhc3MgQXV0aFNlcnZpY2Uge1xuICByZWFkb25seSAjY2xpZW50czogQ29sbGVjdGlvbjxDbGllbnRSZWNvcmQ+O1xuICByZWFkb25seSAjcm9sZXM6IENvbGxlY3Rpb248Um9sZVJlY29yZD47XG4gIHJlYWRvbmx5ICNub3c6ICgpID0+IG51bWJlcjtcbiAgI2V4cGFuZENhY2hlID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZ1tdPigpO1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3Ioc3RvcmU6IFN0b3JlLCBub3c6ICgpID0+IG51bWJlcikge1xuICAgIHRoaXMuI2NsaWVudHMgPSBzdG9yZS5jb2xsZWN0aW9uPENsaWVudFJlY29yZD4oXCJjbGllbnRzXCIpO1xuICAgIHRoaXMuI3JvbGVzID0gc3RvcmUuY29sbGVjdGlvbjxSb2xlUmVjb3JkPihcInJvbGVzXCIpO1xuICAgIHRoaXMuI25vdyA9IG5vdztcbiAgfVxuXG4gIC8qKiBPcGVucyB0aGUgYXV0aCBzdGF0ZTsgb24gYSBmcmVzaCBkYXRhIGRpciBjcmVhdGVzIHRoZSByb290IGFuZCBxdWV1ZSBjbGllbnRzIGFuZCB0aGUgYW5vbnltb3VzIHJvbGUuICovXG4gIHN0YXRpYyBhc3luYyBjcmVhdGUoc3RvcmU6IFN0b3JlLCBub3c6ICgpID0+IG51bWJlcik6IFByb21pc2U8QXV0aFNlcnZpY2U+IHtcbiAgICBjb25zdCBhdXRoID0gbmV3IEF1dGhTZXJ2aWNlKHN0b3JlLCBub3cpO1xuICAgIGNvbnN0IHdyaXRlczogUHJvbWlzZTx2b2lkPltdID0gW107XG4gICAgZm9yIChcbiAgICAgIGNvbnN0IFtpZCwgZGVzY3JpcHRpb25dIG9mIFtcbiAgICAgICAgW1JPT1RfQ0xJRU5UX0lELCBcImxvY2FsdGMgcm9vdCBjbGllbnQgKGFsbCBzY29wZXMpXCJdLFxuICAgICAgICBbUVVFVUVfQ0xJRU5UX0lELCBcImxvY2FsdGMgcXVldWU6IGlzc3VlcyB0YXNrIGFuZCBhcnRpZmFjdCBjcmVkZW50aWFsc1wiXSxcbiAgICAgIF1cbiAgICApIHtcbiAgICAgIGlmICghYXV0aC4jY2xpZW50cy5oYXMoaWQpKSB7XG4gICAgICAgIHdyaXRlcy5wdXNoKFxuICAgICAgICAgIGF1dGguI2NsaWVudHMucHV0KFxuICAgICAgICAgICAgaWQsXG4gICAgICAgICAgICBhdXRoLiNuZXdDbGllbnQoaWQsIFtcIipcIl0sIGRlc2NyaXB0aW9uLCBub3coKSArIDEwMDAgKiAzNjUgKiA4NjQwMGUzKSxcbiAgICAgICAgICApLFxuICAgICAgICApO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAoIWF1dGguI3JvbGVzLmhhcyhcImFub255bW91c1wiKSkge1xuICAgICAgY29uc3QgdCA9IG5ldyBEYXRlKG5vdygpKS50b0pTT04oKTtcbiAgICAgIHdyaXRlcy5wdXNoKGF1dGguI3JvbGVzLnB1dChcImFub255bW91c1wiLCB7XG4gICAgICAgIHJvbGVJZDogXCJhbm9ueW1vdXNcIixcbiAgICAgICAgZGVzY3JpcHRpb246IFwiU2NvcGVzIGdyYW50ZWQgdG8gZXZlcnkgcmVxdWVzdCAocmVhZC1vbmx5IHB1YmxpYyBkZXBsb3ltZW50IHNldClcIixcbiAgICAgICAgc2NvcGVzOiBbLi4uQU5PTllNT1VTX1NDT1BFU10sXG4gICAgICAgIGNyZWF0ZWQ6IHQsXG4gICAgICAgIGxhc3RNb2RpZmllZDogdCxcbiAgICAgIH0pKTtcbiAgICB9XG4gICAgYXdhaXQgUHJvbWlzZS5hbGwod3JpdGVzKTtcbiAgICByZXR1cm4gYXV0aDtcbiAgfVxuXG4gICNuZXdDbGllbnQoXG4gICAgY2xpZW50SWQ6IHN0cmluZyxcbiAgICBzY29wZXM6IHN0cmluZ1tdLFxuICAgIGRlc2NyaXB0aW9uOiBzdHJpbmcsXG4gICAgZXhwaXJlczogbnVtYmVyLFxuICApOiBDbGllbnRSZWNvcmQge1xuICAgIGNvbnN0IHQgPSBuZXcgRGF0ZSh0aGlzLiNub3coKSkudG9KU09OKCk7XG4gICAgcmV0dXJuIHtcbiAgICAgIGNsaWVudElkLFxuICAgICAgYWNjZXNzVG9rZW46IG5ld0FjY2Vzc1Rva2VuKCksXG4gICAgICBkZXNjcmlwdGlvbixcbiAgICAgIHNjb3BlczogWy4uLnNjb3Blc10sXG4gICAgICBleHBpcmVzOiBuZXcgRGF0ZShleHBpcmVzKS50b0pTT04oKSxcbiAgICAgIGNyZWF0ZWQ6IHQsXG4gICAgICBsYXN0TW9kaWZpZWQ6IHQsXG4gICAgICBsYXN0RGF0ZVVzZWQ6IHQsXG4gICAgICBsYXN0Um90YXRlZDogdCxcbiAgICAgIGRlbGV0ZU9uRXhwaXJhdGlvbjogZmFsc2UsXG4gICAgICBkaXNhYmxlZDogZmFsc2UsXG4gICAgfTtcbiAgfVxuXG4gIC8qKiBUaGUgcm9vdCBjbGllbnQncyBjcmVkZW50aWFscy4gKi9cbiAgcm9vdENyZWRlbnRpYWxzKCk6IENyZWRlbnRpYWxzIHtcbiAgICBjb25zdCBjID0gdGhpcy4jY2xpZW50cy5nZXQoUk9PVF9DTElFTlRfSUQpITtcbiAgICByZXR1cm4geyBjbGllbnRJZDogYy5jbGllbnRJZCwgYWNjZXNzVG9rZW46IGMuYWNjZXNzVG9rZW4gfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBDcmVhdGVzIChvciwgd2hlbiBpdCBleGlzdHMsIHJldHVybnMpIGEgY2xpZW50IHdpdGggYHNjb3Blc2AgZGlyZWN0bHkgaW5cbiAgICogdGhlIHN0b3JlLiBNZW1vcnkgaXMgdXBkYXRlZCBhdCBvbmNlOyBgd3JpdHRlbmAgcmVzb2x2ZXMgd2hlbiBpdCBpcyBvbiBkaXNrLlxuICAgKi9cbiAgZW5zdXJlQ2xpZW50KFxuICAgIGNsaWVudElkOiBzdHJpbmcsXG4gICAgc2NvcGVzOiBzdHJpbmdbXSxcbiAgICBkZXNjcmlwdGlvbiA9IFwiY3JlYXRlZCBieSBsb2NhbHRjXCIsXG4gICk6IHsgY3JlZGVudGlhbHM6IENyZWRlbnRpYWxzOyB3cml0dGVuOiBQcm9taXNlPHZvaWQ+IH0ge1xuICAgIGNvbnN0IGV4aXN0aW5nID0gdGhpcy4jY2xpZW50cy5nZXQoY2xpZW50SWQpO1xuICAgIGlmIChleGlzdGluZyAmJiBleGlzdGluZy5zY29wZXMuam9pbihcIlxcblwiKSA9PT0gWy4uLnNjb3Blc10uam9pbihcIlxcblwiKSkge1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgY3JlZGVudGlhbHM6IHsgY2xpZW50SWQsIGFjY2Vzc1Rva2VuOiBleGlzdGluZy5hY2Nlc3NUb2tlbiB9LFxuICAgICAgICB3cml0dGVuOiBQcm9taXNlLnJlc29sdmUoKSxcbiAgICAgIH07XG4gICAgfVxuICAgIGNvbnN0IHJlYyA9IGV4aXN0aW5nXG4gICAgICA/IHsgLi4uZXhpc3RpbmcsIHNjb3BlczogWy4uLnNjb3Blc10sIGxhc3RNb2RpZmllZDogbmV3IERhdGUodGhpcy4jbm93KCkpLnRvSlNPTigpIH1cbiAgICAgIDogdGhpcy4jbmV3Q2xpZW50KGNsaWVudElkLCBzY29wZXMsIGRlc2NyaXB0aW9uLCB0aGlzLiNub3coKSArIDEwMCAqIDM2NSAqIDg2NDAwZTMpO1xuICAgIHJldHVybiB7XG4gICAgICBjcmVkZW50aWFsczogeyBjbGllbnRJZCwgYWNjZXNzVG9rZW46IHJlYy5hY2Nlc3NUb2tlbiB9LFxuICAgICAgd3JpdHRlbjogdGhpcy4jY2xpZW50cy5wdXQoY2xpZW50SWQsIHJlYyksXG4gICAgfTtcbiAgfVxuXG4gIC8qKiBJc3N1ZXMgdGVtcG9yYXJ5IGNyZWRlbnRpYWxzIHNpZ25lZCBieSB0aGUgcXVldWUncyBjbGllbnQuICovXG4gIGlzc3VlVGVtcG9yYXJ5Q3JlZGVudGlhbHMob3B0czoge1xuICAgIGNsaWVudElkOiBzdHJpbmc7XG4gICAgc3RhcnQ6IG51bWJlcjtcbiAgICBleHBpcnk6IG51bWJlcjtcbiAgICBzY29wZXM6IHN0cmluZ1tdO1xuICB9KTogQ3JlZGVudGlhbHMge1xuICAgIGNvbnN0IHEgPSB0aGlzLiNjbGllbnRzLmdldChRVUVVRV9DTElFTlRfSUQpITtcbiAgICByZXR1cm4gY3JlYXRlVGVtcG9yYXJ5Q3JlZGVudGlhbHMoe1xuICAgICAgLi4ub3B0cyxcbiAgICAgIGlzc3VlcjogeyBjbGllbnRJZDogcS5jbGllbnRJZCwgYWNjZXNzVG9rZW46IHEuYWNjZXNzVG9rZW4gfSxcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBFeHBhbmRzIGBzY29wZXNgIHdpdGggdGhlIHJvbGVzIHRoZXkgYXNzdW1lLiAqL1xuICBleHBhbmQoc2NvcGVzOiBzdHJpbmdbXSk6IHN0cmluZ1tdIHtcbiAgICBjb25zdCBrZXkgPSBzY29wZXMuam9pbihcIlxcblwiKTtcbiAgICBsZXQgb3V0ID0gdGhpcy4jZXhwYW5kQ2FjaGUuZ2V0KGtleSk7XG4gICAgaWYgKCFvdXQpIHtcbiAgICAgIGNvbnN0IHJvbGVzOiBSb2xlW10gPSBbLi4udGhpcy4jcm9sZXMudmFsdWVzKCldLm1hcCgocikgPT4gKHtcbiAgICAgICAgcm9sZUlkOiByLnJvbGVJZCxcbiAgICAgICAgc2NvcGVzOiByLnNjb3BlcyxcbiAgICAgIH0pKTtcbiAgICAgIG91dCA9IGV4cGFuZFNjb3BlcyhzY29wZXMsIHJvbGVzKTtcbiAgICAgIGlmICh0aGlzLiNleHBhbmRDYWNoZS5zaXplID4gMTAwMCkgdGhpcy4jZXhwYW5kQ2FjaGUuY2xlYXIoKTtcbiAgICAgIHRoaXMuI2V4cGFuZENhY2hlLnNldChrZXksIG91dCk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICAjbG9hZENsaWVudChjbGllbnRJZDogc3RyaW5nKTogTG9hZGVkQ2xpZW50IHtcbiAgICBjb25zdCBjID0gdGhpcy4jY2xpZW50cy5nZXQoY2xpZW50SWQpO1xuICAgIGlmICghYykgdGhyb3cgbmV3IEVycm9yKGBDbGllbnQgd2l0aCBjbGllbnRJZCAnJHtjbGllbnRJZH0nIG5vdCBmb3VuZGApO1xuICAgIGlmIChjLmRpc2FibGVkKSB0aHJvdyBuZXcgRXJyb3IoYENsaWVudCB3aXRoIGNsaWVudElkICcke2NsaWVudElkfScgaXMgZGlzYWJsZWRgKTtcbiAgICBjb25zdCBleHBpcmVzID0gRGF0ZS5wYXJzZShjLmV4cGlyZXMpO1xuICAgIGlmIChleHBpcmVzIDwgdGhpcy4jbm93KCkpIHRocm93IG5ldyBFcnJvcihgQ2xpZW50IHdpdGggY2xpZW50SWQ6ICcke2NsaWVudElkfScgaGFzIGV4cGlyZWRgKTtcbiAgICByZXR1cm4geyBhY2Nlc3NUb2tlbjogYy5hY2Nlc3NUb2tlbiwgc2NvcGVzOiB0aGlzLmV4cGFuZChjLnNjb3BlcyksIGV4cGlyZXMgfTtcbiAgfVxuXG4gICNsb2FkQ3JlZGVudGlhbHMoY2xpZW50SWQ6IHN0cmluZywgZXh0VGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkKTogSGF3a0NyZWRlbnRpYWxzIHtcbiAgICBjb25zdCBjcmVkZW50aWFsTmFtZSA9IGNsaWVudElkO1xuICAgIGxldCBpc3N1aW5nQ2xpZW50SWQgPSBjbGllbnRJZDtcbiAgICBjb25zdCBleHQgPSBleHRUZXh0ID8gcGFyc2VFeHQoZXh0VGV4dCkgOiB1bmRlZmluZWQ7XG4gICAgY29uc3QgY2VydCA9IGV4dD8uY2VydGlmaWNhdGUgYXMgeyBpc3N1ZXI/OiB1bmtub3duIH0gfCB1bmRlZmluZWQ7XG4gICAgaWYgKGNlcnQgJiYgdHlwZW9mIGNlcnQgPT09IFwib2JqZWN0XCIgJiYgY2VydC5pc3N1ZXIpIHtcbiAgICAgIGlmICh0eXBlb2YgY2VydC5pc3N1ZXIgIT09IFwic3RyaW5nXCIpIHtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFwiZXh0LmNlcnRpZmljYXRlLmlzc3VlciBtdXN0IGJlIGEgc3RyaW5nXCIpO1xuICAgICAgfVxuICAgICAgaXNzdWluZ0NsaWVudElkID0gY2VydC5pc3N1ZXI7XG4gICAgICBpZiAoaXNzdWluZ0NsaWVudElkID09PSBjcmVkZW50aWFsTmFtZSkge1xuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXCJleHQuY2VydGlmaWNhdGUuaXNzdWVyIG11c3QgZGlmZmVyIGZyb20gdGhlIHN1cHBsaWVkIGNsaWVudElkXCIpO1xuICAgICAgfVxuICAgIH1cbiAgICBsZXQgY2xpZW50ID0gdGhpcy4jbG9hZENsaWVudChpc3N1aW5nQ2xpZW50SWQpO1xuICAgIGlmIChleHQpIHtcbiAgICAgIGNsaWVudCA9IGxpbWl0Q2xpZW50V2l0aEV4dCh7XG4gICAgICAgIGNyZWRlbnRpYWxOYW1lLFxuICAgICAgICBpc3N1aW5nQ2xpZW50SWQsXG4gICAgICAgIGNsaWVudCxcbiAgICAgICAgZXh0LFxuICAgICAgICBub3c6IHRoaXMuI25vdygpLFxuICAgICAgICBleHBhbmQ6IChzKSA9PiB0aGlzLmV4cGFuZChzKSxcbiAgICAgIH0pO1xuICAgIH1cbiAgICByZXR1cm4ge1xuICAgICAga2V5OiBjbGllbnQuYWNjZXNzVG9rZW4sXG4gICAgICBhbGdvcml0aG06IFwic2hhMjU2XCIgYXMgY29uc3QsXG4gICAgICBjbGllbnRJZDogY3JlZGVudGlhbE5hbWUsXG4gICAgICBleHBpcmVzOiBjbGllbnQuZXhwaXJlcyxcbiAgICAgIHNjb3BlczogdGhpcy5leHBhbmQobm9ybWFsaXplU2NvcGVzKFsuLi5jbGllbnQuc2NvcGVzLCBcImFzc3VtZTphbm9ueW1vdXNcIl0pKSxcbiAgICB9O1xuICB9XG5cbiAgLyoqIEF1dGhlbnRpY2F0ZXMgYSByZXF1ZXN0IChIYXdrIGhlYWRlciwgYmV3aXQsIG9yIG5vbmUg4oaSIGFub255bW91cykuICovXG4gIGF1dGhlbnRpY2F0ZSA9IGFzeW5jIChyZXE6IFNpZ25hdHVyZVJlcXVlc3QpOiBQcm9taXNlPEF1dGhSZXN1bHQ+ID0+IHtcbiAgICB0cnkge1xuICAgICAgaWYgKHJlcS5hdXRob3JpemF0aW9uKSB7XG4gICAgICAgIGxldCBleHQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBleHQgPSBoYXdrLnV0aWxzLnBhcnNlQXV0aG9yaXphdGlvbkhlYWRlcihyZXEuYXV0aG9yaXphdGlvbikuZXh0O1xuICAgICAgICB9IGNhdGNoIHtcbiAgICAgICAgICBleHQgPSB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICAgICAgY29uc3QgeyBjcmVkZW50aWFscywgYXJ0aWZhY3RzIH0gPSBhd2FpdCBoYXdrLnNlcnZlci5hdXRoZW50aWNhdGUoXG4gICAgICAgICAge1xuICAgICAgICAgICAgbWV0aG9kOiByZXEubWV0aG9kLnRvVXBwZXJDYXNlKCksXG4gICAgICAgICAgICB1cmw6IHJlcS5yZXNvdXJjZSxcbiAgICAgICAgICAgIGhvc3Q6IHJlcS5ob3N0LFxuICAgICAgICAgICAgcG9ydDogcmVxLnBvcnQsXG4gICAgICAgICAgICBhdXRob3JpemF0aW9uOiByZXEuYXV0aG9yaXphdGlvbixcbiAgICAgICAgICB9LFxuICAgICAgICAgIChpZDogc3RyaW5nKSA9PiB0aGlzLiNsb2FkQ3JlZGVudGlhbHMoaWQsIGV4dCksXG4gICAgICAgICAgeyB0aW1lc3RhbXBTa2V3U2VjOiAxNSAqIDYwIH0sXG4gICAgICAgICk7XG4gICAgICAgIGNvbnN0IGNyZWRzID0gY3JlZGVudGlhbHMgYXMgSGF3a0NyZWRlbnRpYWxzO1xuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIHN0YXR1czogXCJhdXRoLXN1Y2Nlc3NcIixcbiAgICAgICAgICBzY2hlbWU6IFwiaGF3a1wiLFxuICAgICAgICAgIGNsaWVudElkOiBjcmVkcy5jbGllbnRJZCxcbiAgICAgICAgICBzY29wZXM6IGNyZWRzLnNjb3BlcyxcbiAgICAgICAgICBleHBpcmVzOiBjcmVkcy5leHBpcmVzLFxuICAgICAgICAgIC4uLihhcnRpZmFjdHMuaGFzaCA/IHsgaGFzaDogYXJ0aWZhY3RzLmhhc2ggfSA6IHt9KSxcbiAgICAgICAgfTtcbiAgICAgIH1cbiAgICAgIGlmICgvXlxcLy4qWz8mXWJld2l0PS8udGVzdChyZXEucmVzb3VyY2UpKSB7XG4gICAgICAgIGxldCBleHQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgICAgICAgY29uc3QgbSA9IHJlcS5yZXNvdXJjZS5tYXRjaCgvXihcXC8uKikoWz8mXSliZXdpdD0oW14mJF0qKSg/OiYoLispKT8kLyk7XG4gICAgICAgIGlmIChtICYmIC9eW1xcdy1dKiQvLnRlc3QobVszXSkpIHtcbiAgICAgICAgICB0cnkge1xuICAgICAgICAgICAgY29uc3QgYiA9IGF0b2IobVszXS5yZXBsYWNlKC8tL2csIFwiK1wiKS5yZXBsYWNlKC9fL2csIFwiL1wiKSk7XG4gICAgICAgICAgICBjb25zdCBwYXJ0cyA9IGIuc3BsaXQoXCJcXFxcXCIpO1xuICAgICAgICAgICAgaWYgKHBhcnRzLmxlbmd0aCA9PT0gNCAmJiBwYXJ0c1szXSkgZXh0ID0gcGFydHNbM107XG4gICAgICAgICAgfSBjYXRjaCB7XG4gICAgICAgICAgICBleHQgPSB1bmRlZmluZWQ7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGNvbnN0IHsgY3JlZGVudGlhbHMgfSA9IGF3YWl0IGhhd2suc2VydmVyLmF1dGhlbnRpY2F0ZUJld2l0KFxuICAgICAgICAgIHsgbWV0aG9kOiByZXEubWV0aG9kLnRvVXBwZXJDYXNlKCksIHVybDogcmVxLnJlc291cmNlLCBob3N0OiByZXEuaG9zdCwgcG9ydDogcmVxLnBvcnQgfSxcbiAgICAgICAgICAoaWQ6IHN0cmluZykgPT4gdGhpcy4jbG9hZENyZWRlbnRpYWxzKGlkLCBleHQpLFxuICAgICAgICAgIHt9LFxuICAgICAgICApO1xuICAgICAgICBjb25zdCBjcmVkcyA9IGNyZWRlbnRpYWxzIGFzIEhhd2tDcmVkZW50aWFscztcbiAgICAgICAgcmV0dXJuIHtcbiAgICAgICAgICBzdGF0dXM6IFwiYXV0aC1zdWNjZXNzXCIsXG4gICAgICAgICAgc2NoZW1lOiBcImJld2l0XCIsXG4gICAgICAgICAgY2xpZW50SWQ6IGNyZWRzLmNsaWVudElkLFxuICAgICAgICAgIHNjb3BlczogY3JlZHMuc2NvcGVzLFxuICAgICAgICAgIGV4cGlyZXM6IGNyZWRzLmV4cGlyZXMsXG4gICAgICAgIH07XG4gICAgICB9XG4gICAgICByZXR1cm4geyBzdGF0dXM6IFwibm8tYXV0aFwiLCBzY29wZXM6IHRoaXMuZXhwYW5kKFtcImFzc3VtZTphbm9ueW1vdXNcIl0pIH07XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICByZXR1cm4geyBzdGF0dXM6IFwiYXV0aC1mYWlsZWRcIiwgbWVzc2FnZTogaGF3a0Vycm9yTWVzc2FnZShlcnIpIH07XG4gICAgfVxuICB9O1xuXG4gICNjbGllbnRKc29uKGM6IENsaWVudFJlY29yZCkge1xuICAgIHJldHVybiB7XG4gICAgICBjbGllbnRJZDogYy5jbGllbnRJZCxcbiAgICAgIGRlc2NyaXB0aW9uOiBjLmRlc2NyaXB0aW9uLFxuICAgICAgZXhwaXJlczogYy5leHBpcmVzLFxuICAgICAgY3JlYXRlZDogYy5jcmVhdGVkLFxuICAgICAgbGFzdE1vZGlmaWVkOiBjLmxhc3RNb2RpZmllZCxcbiAgICAgIGxhc3REYXRlVXNlZDogYy5sYXN0RGF0ZVVzZWQsXG4gICAgICBsYXN0Um90YXRlZDogYy5sYXN0Um90YXRlZCxcbiAgICAgIGRlbGV0ZU9uRXhwaXJhdGlvbjogYy5kZWxldGVPbkV4cGlyYXRpb24sXG4gICAgICBzY29wZXM6IGMuc2NvcGVzLFxuICAgICAgZXhwYW5kZWRTY29wZXM6IHRoaXMuZXhwYW5kKGMuc2NvcGVzKSxcbiAgICAgIGRpc2FibGVkOiBjLmRpc2FibGVkLFxuICAgIH07XG4gIH1cblxuICAjcm9sZUpzb24ocjogUm9sZVJlY29yZCkge1xuICAgIHJldHVybiB7XG4gICAgICByb2xlSWQ6IHIucm9sZUlkLFxuICAgICAgc2NvcGVzOiByLnNjb3BlcyxcbiAgICAgIGV4cGFuZGVkU2NvcGVzOiB0aGlzLmV4cGFuZChbYGFzc3VtZToke3Iucm9sZUlkfWBdKSxcbiAgICAgIGRlc2NyaXB0aW9uOiByLmRlc2NyaXB0aW9uLFxuICAgICAgbGFzdE1vZGlmaWVkOiByLmxhc3RNb2RpZmllZCxcbiAgICAgIGNyZWF0ZWQ6IHIuY3JlYXRlZCxcbiAgICB9O1xuICB9XG5cbiAgLyoqIFRoZSBhdXRoIHNlcnZpY2UncyBBUEkgbWV0aG9kcy4gKi9cbiAgZW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICAgIGNvbnN0IHNjb3BlTGlzdCA9IHsgdHlwZTogXCJhcnJheVwiLCBpdGVtczogU0NPUEVfU0NIRU1BLCB1bmlxdWVJdGVtczogZmFsc2UgfTtcbiAgICByZXR1cm4gW1xuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZ2V0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9jbGllbnRzLzpjbGllbnRJZHsuK31cIixcbiAgICAgICAgbmFtZTogXCJjbGllbnRcIixcbiAgICAgICAgc2NvcGVzOiBcImF1dGg6Z2V0LWNsaWVudDo8Y2xpZW50SWQ+XCIsXG4gICAgICAgIHBhcmFtczogeyBjbGllbnRJZDogQ0xJRU5UX0lEIH0sXG4gICAgICAgIGhhbmRsZXI6ICh7IHBhcmFtcyB9KSA9PiB7XG4gICAgICAgICAgY29uc3QgYyA9IHRoaXMuI2NsaWVudHMuZ2V0KHBhcmFtcy5jbGllbnRJZCk7XG4gICAgICAgICAgaWYgKCFjKSByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgXCJDbGllbnQgbm90IGZvdW5kXCIsIHt9KTtcbiAgICAgICAgICByZXR1cm4gcmVwbHkodGhpcy4jY2xpZW50SnNvbihjKSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwicHV0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9jbGllbnRzLzpjbGllbnRJZHsuK31cIixcbiAgICAgICAgbmFtZTogXCJjcmVhdGVDbGllbnRcIixcbiAgICAgICAgc2NvcGVzOiB7XG4gICAgICAgICAgQWxsT2Y6IFtcImF1dGg6Y3JlYXRlLWNsaWVudDo8Y2xpZW50SWQ+XCIsIHsgZm9yOiBcInNjb3BlXCIsIGluOiBcInNjb3Blc1wiLCBlYWNoOiBcIjxzY29wZT5cIiB9XSxcbiAgICAgICAgfSxcbiAgICAgICAgcGFyYW1zOiB7IGNsaWVudElkOiBDTElFTlRfSUQgfSxcbiAgICAgICAgaW5wdXQ6IHtcbiAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIGV4cGlyZXM6IHsgdHlwZTogXCJzdHJpbmdcIiwgZm9ybWF0OiBcImRhdGUtdGltZVwiIH0sXG4gICAgICAgICAgICBkZXNjcmlwdGlvbjogeyB0eXBlOiBcInN0cmluZ1wiLCBtYXhMZW5ndGg6IDEwMjQwIH0sXG4gICAgICAgICAgICBzY29wZXM6IHNjb3BlTGlzdCxcbiAgICAgICAgICAgIGRlbGV0ZU9uRXhwaXJhdGlvbjogeyB0eXBlOiBcImJvb2xlYW5cIiB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHJlcXVpcmVkOiBbXCJkZXNjcmlwdGlvblwiLCBcImV4cGlyZXNcIl0sXG4gICAgICAgIH0sXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jIChyZXEpID0+IHtcbiAgICAgICAgICBjb25zdCB7IGNsaWVudElkIH0gPSByZXEucGFyYW1zO1xuICAgICAgICAgIGNvbnN0IGlucHV0ID0gcmVxLmJvZHkgYXMge1xuICAgICAgICAgICAgZGVzY3JpcHRpb246IHN0cmluZztcbiAgICAgICAgICAgIGV4cGlyZXM6IHN0cmluZztcbiAgICAgICAgICAgIHNjb3Blcz86IHN0cmluZ1tdO1xuICAgICAgICAgICAgZGVsZXRlT25FeHBpcmF0aW9uPzogYm9vbGVhbjtcbiAgICAgICAgICB9O1xuICAgICAgICAgIGNvbnN0IHNjb3BlcyA9IGlucHV0LnNjb3BlcyA/PyBbXTtcbiAgICAgICAgICBpZiAoY2xpZW50SWQuc3RhcnRzV2l0aChcInN0YXRpYy9cIikpIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFxuICAgICAgICAgICAgICBcIklucHV0RXJyb3JcIixcbiAgICAgICAgICAgICAgJ2NsaWVudElkIFwie3tjbGllbnRJZH19XCIgc3RhcnRzIHdpdGggXCJzdGF0aWMvXCIgd2hpY2ggaXMgcmVzZXJ2ZWQgZm9yIHN0YXRpY2FsbHkgJyArXG4gICAgICAgICAgICAgICAgXCJjb25maWd1cmVkIGNsaWVudHMuIENvbnRhY3QgeW91ciBhZG1pbmlzdHJhdG9yIHRvIGNoYW5nZSBzdGF0aWMgY2xpZW50cy5cIixcbiAgICAgICAgICAgICAgeyBjbGllbnRJZCB9LFxuICAgICAgICAgICAgKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgaWYgKHNjb3Blcy5zb21lKChzKSA9PiBzLmVuZHNXaXRoKFwiKipcIikpKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJzY29wZXMgbXVzdCBub3QgZW5kIHdpdGggYCoqYFwiLCB7fSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGF3YWl0IHJlcS5hdXRob3JpemUoeyBjbGllbnRJZCwgc2NvcGVzIH0pO1xuICAgICAgICAgIGlmICh0aGlzLiNjbGllbnRzLmhhcyhjbGllbnRJZCkpIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFwiUmVxdWVzdENvbmZsaWN0XCIsIFwiQ2xpZW50IGFscmVhZHkgZXhpc3RzXCIsIHt9KTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY29uc3QgcmVjID0ge1xuICAgICAgICAgICAgLi4udGhpcy4jbmV3Q2xpZW50KGNsaWVudElkLCBzY29wZXMsIGlucHV0LmRlc2NyaXB0aW9uLCBEYXRlLnBhcnNlKGlucHV0LmV4cGlyZXMpKSxcbiAgICAgICAgICAgIGRlbGV0ZU9uRXhwaXJhdGlvbjogISFpbnB1dC5kZWxldGVPbkV4cGlyYXRpb24sXG4gICAgICAgICAgfTtcbiAgICAgICAgICBhd2FpdCB0aGlzLiNjbGllbnRzLnB1dChjbGllbnRJZCwgcmVjKTtcbiAgICAgICAgICByZXR1cm4gcmVwbHkoeyAuLi50aGlzLiNjbGllbnRKc29uKHJlYyksIGFjY2Vzc1Rva2VuOiByZWMuYWNjZXNzVG9rZW4gfSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZGVsZXRlXCIsXG4gICAgICAgIHJvdXRlOiBcIi9jbGllbnRzLzpjbGllbnRJZHsuK31cIixcbiAgICAgICAgbmFtZTogXCJkZWxldGVDbGllbnRcIixcbiAgICAgICAgc2NvcGVzOiBcImF1dGg6ZGVsZXRlLWNsaWVudDo8Y2xpZW50SWQ+XCIsXG4gICAgICAgIHBhcmFtczogeyBjbGllbnRJZDogQ0xJRU5UX0lEIH0sXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jICh7IHBhcmFtcyB9KSA9PiB7XG4gICAgICAgICAgaWYgKHBhcmFtcy5jbGllbnRJZC5zdGFydHNXaXRoKFwic3RhdGljL1wiKSkge1xuICAgICAgICAgICAgcmVwb3J0RXJyb3IoXCJJbnB1dEVycm9yXCIsIFwiQ2Fubm90IGRlbGV0ZSBzdGF0aWMgY2xpZW50c1wiLCB7fSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGF3YWl0IHRoaXMuI2NsaWVudHMuZGVsZXRlKHBhcmFtcy5jbGllbnRJZCk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KCk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZ2V0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9yb2xlcy86cm9sZUlkey4rfVwiLFxuICAgICAgICBuYW1lOiBcInJvbGVcIixcbiAgICAgICAgc2NvcGVzOiBcImF1dGg6Z2V0LXJvbGU6PHJvbGVJZD5cIixcbiAgICAgICAgcGFyYW1zOiB7IHJvbGVJZDogUk9MRV9JRCB9LFxuICAgICAgICBoYW5kbGVyOiAoeyBwYXJhbXMgfSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHIgPSB0aGlzLiNyb2xlcy5nZXQocGFyYW1zLnJvbGVJZCk7XG4gICAgICAgICAgaWYgKCFyKSByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgXCJSb2xlIG5vdCBmb3VuZFwiLCB7fSk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHRoaXMuI3JvbGVKc29uKHIpKTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwdXRcIixcbiAgICAgICAgcm91dGU6IFwiL3JvbGVzLzpyb2xlSWR7Lit9XCIsXG4gICAgICAgIG5hbWU6IFwiY3JlYXRlUm9sZVwiLFxuICAgICAgICBzY29wZXM6IHtcbiAgICAgICAgICBBbGxPZjogW1wiYXV0aDpjcmVhdGUtcm9sZTo8cm9sZUlkPlwiLCB7IGZvcjogXCJzY29wZVwiLCBpbjogXCJzY29wZXNcIiwgZWFjaDogXCI8c2NvcGU+XCIgfV0sXG4gICAgICAgIH0sXG4gICAgICAgIHBhcmFtczogeyByb2xlSWQ6IFJPTEVfSUQgfSxcbiAgICAgICAgaW5wdXQ6IHtcbiAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHsgZGVzY3JpcHRpb246IHsgdHlwZTogXCJzdHJpbmdcIiwgbWF4TGVuZ3RoOiAxMDI0MCB9LCBzY29wZXM6IHNjb3BlTGlzdCB9LFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICByZXF1aXJlZDogW1wiZGVzY3JpcHRpb25cIiwgXCJzY29wZXNcIl0sXG4gICAgICAgIH0sXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jIChyZXEpID0+IHtcbiAgICAgICAgICBjb25zdCB7IHJvbGVJZCB9ID0gcmVxLnBhcmFtcztcbiAgICAgICAgICBjb25zdCBpbnB1dCA9IHJlcS5ib2R5IGFzIHsgZGVzY3JpcHRpb246IHN0cmluZzsgc2NvcGVzOiBzdHJpbmdbXSB9O1xuICAgICAgICAgIGlmIChpbnB1dC5zY29wZXMuc29tZSgocykgPT4gcy5lbmRzV2l0aChcIioqXCIpKSkge1xuICAgICAgICAgICAgcmVwb3J0RXJyb3IoXCJJbnB1dEVycm9yXCIsIFwic2NvcGVzIG11c3Qgbm90IGVuZCB3aXRoIGAqKmBcIiwge30pO1xuICAgICAgICAgIH1cbiAgICAgICAgICBhd2FpdCByZXEuYXV0aG9yaXplKHsgcm9sZUlkLCBzY29wZXM6IGlucHV0LnNjb3BlcyB9KTtcbiAgICAgICAgICBjb25zdCBzY29wZXMgPSBbLi4uaW5wdXQuc2NvcGVzXS5zb3J0KCk7XG4gICAgICAgICAgY29uc3QgZXhpc3RpbmcgPSB0aGlzLiNyb2xlcy5nZXQocm9sZUlkKTtcbiAgICAgICAgICBpZiAoZXhpc3RpbmcpIHtcbiAgICAgICAgICAgIGlmIChcbiAgICAgICAgICAgICAgZXhpc3RpbmcuZGVzY3JpcHRpb24gIT09IGlucHV0LmRlc2NyaXB0aW9uIHx8XG4gICAgICAgICAgICAgIGV4aXN0aW5nLnNjb3Blcy5qb2luKFwiXFxuXCIpICE9PSBzY29wZXMuam9pbihcIlxcblwiKVxuICAgICAgICAgICAgKSB7XG4gICAgICAgICAgICAgIHJlcG9ydEVycm9yKFwiUmVxdWVzdENvbmZsaWN0XCIsIGBSb2xlIHdpdGggcm9sZUlkICcke3JvbGVJZH0nIGFscmVhZHkgZXhpc3RzYCwge1xuICAgICAgICAgICAgICAgIHJvbGVJZCxcbiAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICByZXR1cm4gcmVwbHkodGhpcy4jcm9sZUpzb24oZXhpc3RpbmcpKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY29uc3QgdCA9IG5ldyBEYXRlKHRoaXMuI25vdygpKS50b0pTT04oKTtcbiAgICAgICAgICBjb25zdCByZWM6IFJvbGVSZWNvcmQgPSB7XG4gICAgICAgICAgICByb2xlSWQsXG4gICAgICAgICAgICBkZXNjcmlwdGlvbjogaW5wdXQuZGVzY3JpcHRpb24sXG4gICAgICAgICAgICBzY29wZXMsXG4gICAgICAgICAgICBjcmVhdGVkOiB0LFxuICAgICAgICAgICAgbGFzdE1vZGlmaWVkOiB0LFxuICAgICAgICAgIH07XG4gICAgICAgICAgdGhpcy4jZXhwYW5kQ2FjaGUuY2xlYXIoKTtcbiAgICAgICAgICBhd2FpdCB0aGlzLiNyb2xlcy5wdXQocm9sZUlkLCByZWMpO1xuICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICB0aGlzLmV4cGFuZChbYGFzc3VtZToke3JvbGVJZH1gXSk7XG4gICAgICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAgICAgYXdhaXQgdGhpcy4jcm9sZXMuZGVsZXRlKHJvbGVJZCk7XG4gICAgICAgICAgICB0aGlzLiNleHBhbmRDYWNoZS5jbGVhcigpO1xuICAgICAgICAgICAgcmVwb3J0RXJyb3IoXCJJbnB1dEVycm9yXCIsIChlIGFzIEVycm9yKS5tZXNzYWdlLCB7fSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIHJldHVybiByZXBseSh0aGlzLiNyb2xlSnNvbihyZWMpKTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJkZWxldGVcIixcbiAgICAgICAgcm91dGU6IFwiL3JvbGVzLzpyb2xlSWR7Lit9XCIsXG4gICAgICAgIG5hbWU6IFwiZGVsZXRlUm9sZVwiLFxuICAgICAgICBzY29wZXM6IFwiYXV0aDpkZWxldGUtcm9sZTo8cm9sZUlkPlwiLFxuICAgICAgICBwYXJhbXM6IHsgcm9sZUlkOiBST0xFX0lEIH0sXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jICh7IHBhcmFtcyB9KSA9PiB7XG4gICAgICAgICAgdGhpcy4jZXhwYW5kQ2FjaGUuY2xlYXIoKTtcbiAgICAgICAgICBhd2FpdCB0aGlzLiNyb2xlcy5kZWxldGUocGFyYW1zLnJvbGVJZCk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KCk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwicG9zdFwiLFxuICAgICAgICByb3V0ZTogXCIvc2NvcGVzL2V4cGFuZFwiLFxuICAgICAgICBuYW1lOiBcImV4cGFuZFNjb3Blc1wiLFxuICAgICAgICBzY29wZXM6IFwiYXV0aDpleHBhbmQtc2NvcGVzXCIsXG4gICAgICAgIGlucHV0OiB7XG4gICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHNjb3Blczogc2NvcGVMaXN0IH0sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHJlcXVpcmVkOiBbXCJzY29wZXNcIl0sXG4gICAgICAgIH0sXG4gICAgICAgIGhhbmRsZXI6IChyZXEpID0+IHJlcGx5KHsgc2NvcGVzOiB0aGlzLmV4cGFuZCgocmVxLmJvZHkgYXMgeyBzY29wZXM6IHN0cmluZ1tdIH0pLnNjb3BlcykgfSksXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZ2V0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9zY29wZXMvY3VycmVudFwiLFxuICAgICAgICBuYW1lOiBcImN1cnJlbnRTY29wZXNcIixcbiAgICAgICAgc2NvcGVzOiBcImF1dGg6Y3VycmVudC1zY29wZXNcIixcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4gcmVwbHkoeyBzY29wZXM6IGF3YWl0IHJlcS5zY29wZXMoKSB9KSxcbiAgICAgIH0sXG4gICAgXTtcbiAgfVxufVxuXG4vKiogVGhlIG1lc3NhZ2UgdGhlIGF1dGggc2VydmljZSByZXBvcnRzIGZvciBhIEhhd2sgZmFpbHVyZS4gKi9cbmZ1bmN0aW9uIGhhd2tFcnJvck1lc3NhZ2UoZXJyOiB1bmtub3duKTogc3RyaW5nIHtcbiAgY29uc3QgZSA9IGVyciBhcyB7XG4gICAgbWVzc2FnZT86IHN0cmluZztcbiAgICBpc0Jvb20/OiBib29sZWFuO1xuICAgIGlzU2VydmVyPzogYm9vbGVhbjtcbiAgICBvdXRwdXQ/OiB7IHBheWxvYWQ/OiB7IGVycm9yPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH0gfTtcbiAgfTtcbiAgaWYgKGU/LmlzQm9vbSAmJiAhZS5pc1NlcnZlcikge1xuICAgIGxldCBtID0gZS5vdXRwdXQ/LnBheWxvYWQ/LmVycm9yID8/IFwiVW5hdXRob3JpemVkXCI7XG4gICAgaWYgKGUub3V0cHV0Py5wYXlsb2FkPy5tZXNzYWdlKSBtICs9IGA6ICR7ZS5vdXRwdXQucGF5bG9hZC5tZXNzYWdlfWA7XG4gICAgcmV0dXJuIG07XG4gIH1cbiAgcmV0dXJuIGU/Lm1lc3NhZ2UgPz8gU3RyaW5nKGVycik7XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7Ozs7Q0FPQyxHQUNELE9BQU8sVUFBVSxPQUFPO0FBQ3hCLFNBR0UsS0FBSyxFQUNMLFdBQVcsUUFFTixXQUFXO0FBQ2xCLFNBQ0UsMEJBQTBCLEVBRTFCLGtCQUFrQixFQUVsQixjQUFjLEVBQ2QsUUFBUSxRQUNILG1CQUFtQjtBQUMxQixTQUFTLFlBQVksRUFBRSxlQUFlLFFBQW1CLGtCQUFrQjtBQTJCM0Usd0ZBQXdGLEdBQ3hGLE9BQU8sTUFBTSxpQkFBaUIsMEJBQTBCO0FBQ3hELGdHQUFnRyxHQUNoRyxPQUFPLE1BQU0sa0JBQWtCLDJCQUEyQjtBQUUxRDs7O0NBR0MsR0FDRCxPQUFPLE1BQU0sbUJBQW1CO0VBQzlCO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtDQUNELENBQUM7QUFFRixNQUFNLGdCQUFnQixDQUFDLElBQ3JCLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsQ0FBQyxJQUFNLE9BQU8sTUFBTTtBQUVsRCxtQ0FBbUMsR0FDbkMsT0FBTyxNQUFNLGNBQTJCLENBQUM7RUFDdkMsTUFBTSxJQUFJO0VBQ1YsSUFBSSxPQUFPLE1BQU0sWUFBWSxNQUFNLE1BQU0sT0FBTztFQUNoRCxJQUFJLE9BQU8sRUFBRSxRQUFRLEtBQUssWUFBWSxPQUFPLEVBQUUsV0FBVyxLQUFLLFVBQVU7SUFDdkUsT0FBTztFQUNUO0VBQ0EsSUFBSSxDQUFDLGNBQWMsRUFBRSxNQUFNLEtBQUssT0FBTyxFQUFFLE9BQU8sS0FBSyxVQUFVO0lBQzdELE9BQU87RUFDVDtFQUNBLE9BQU87QUFDVCxFQUFFO0FBRUYsaUNBQWlDLEdBQ2pDLE9BQU8sTUFBTSxZQUF5QixDQUFDO0VBQ3JDLE1BQU0sSUFBSTtFQUNWLElBQUksT0FBTyxNQUFNLFlBQVksTUFBTSxNQUFNLE9BQU87RUFDaEQsSUFBSSxPQUFPLEVBQUUsTUFBTSxLQUFLLFlBQVksQ0FBQyxjQUFjLEVBQUUsTUFBTSxHQUFHO0lBQzVELE9BQU87RUFDVDtFQUNBLE9BQU87QUFDVCxFQUFFO0FBV0YsTUFBTSxZQUFZO0FBQ2xCLE1BQU0sVUFBVTtBQUNoQixNQUFNLGVBQWU7RUFBRSxNQUFNO0VBQVUsU0FBUztBQUFpQjtBQUVqRSwrQ0FBK0MsR0FDL0MsT0FBTyxNQUFNO0VBQ0YsQ0FBQSxPQUFRLENBQTJCO0VBQ25DLENBQUEsS0FBTSxDQUF5QjtFQUMvQixDQUFBLEdBQUksQ0FBZTtFQUM1QixDQUFBLFdBQVksR0FBRyxJQUFJLE1BQXdCO0VBRTNDLFlBQW9CLEtBQVksRUFBRSxHQUFpQixDQUFFO0lBQ25ELElBQUksQ0FBQyxDQUFBLE9BQVEsR0FBRyxNQUFNLFVBQVUsQ0FBZTtJQUMvQyxJQUFJLENBQUMsQ0FBQSxLQUFNLEdBQUcsTUFBTSxVQUFVLENBQWE7SUFDM0MsSUFBSSxDQUFDLENBQUEsR0FBSSxHQUFHO0VBQ2Q7RUFFQSx5R0FBeUcsR0FDekcsYUFBYSxPQUFPLEtBQVksRUFBRSxHQUFpQixFQUF3QjtJQUN6RSxNQUFNLE9BQU8sSUFBSSxZQUFZLE9BQU87SUFDcEMsTUFBTSxTQUEwQixFQUFFO0lBQ2xDLEtBQ0UsTUFBTSxDQUFDLElBQUksWUFBWSxJQUFJO01BQ3pCO1FBQUM7UUFBZ0I7T0FBbUM7TUFDcEQ7UUFBQztRQUFpQjtPQUFzRDtLQUN6RSxDQUNEO01BQ0EsSUFBSSxDQUFDLEtBQUssQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLEtBQUs7UUFDMUIsT0FBTyxJQUFJLENBQ1QsS0FBSyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQ2YsSUFDQSxLQUFLLENBQUEsU0FBVSxDQUFDLElBQUk7VUFBQztTQUFJLEVBQUUsYUFBYSxRQUFRLE9BQU8sTUFBTTtNQUduRTtJQUNGO0lBQ0EsSUFBSSxDQUFDLEtBQUssQ0FBQSxLQUFNLENBQUMsR0FBRyxDQUFDLGNBQWM7TUFDakMsTUFBTSxJQUFJLElBQUksS0FBSyxPQUFPLE1BQU07TUFDaEMsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFBLEtBQU0sQ0FBQyxHQUFHLENBQUMsYUFBYTtRQUN2QyxRQUFRO1FBQ1IsYUFBYTtRQUNiLFFBQVE7YUFBSTtTQUFpQjtRQUM3QixTQUFTO1FBQ1QsY0FBYztNQUNoQjtJQUNGO0lBQ0EsTUFBTSxRQUFRLEdBQUcsQ0FBQztJQUNsQixPQUFPO0VBQ1Q7RUFFQSxDQUFBLFNBQVUsQ0FDUixRQUFnQixFQUNoQixNQUFnQixFQUNoQixXQUFtQixFQUNuQixPQUFlO0lBRWYsTUFBTSxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQSxHQUFJLElBQUksTUFBTTtJQUN0QyxPQUFPO01BQ0w7TUFDQSxhQUFhO01BQ2I7TUFDQSxRQUFRO1dBQUk7T0FBTztNQUNuQixTQUFTLElBQUksS0FBSyxTQUFTLE1BQU07TUFDakMsU0FBUztNQUNULGNBQWM7TUFDZCxjQUFjO01BQ2QsYUFBYTtNQUNiLG9CQUFvQjtNQUNwQixVQUFVO0lBQ1o7RUFDRjtFQUVBLG1DQUFtQyxHQUNuQyxrQkFBK0I7SUFDN0IsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUM7SUFDNUIsT0FBTztNQUFFLFVBQVUsRUFBRSxRQUFRO01BQUUsYUFBYSxFQUFFLFdBQVc7SUFBQztFQUM1RDtFQUVBOzs7R0FHQyxHQUNELGFBQ0UsUUFBZ0IsRUFDaEIsTUFBZ0IsRUFDaEIsY0FBYyxvQkFBb0IsRUFDb0I7SUFDdEQsTUFBTSxXQUFXLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUM7SUFDbkMsSUFBSSxZQUFZLFNBQVMsTUFBTSxDQUFDLElBQUksQ0FBQyxVQUFVO1NBQUk7S0FBTyxDQUFDLElBQUksQ0FBQyxPQUFPO01BQ3JFLE9BQU87UUFDTCxhQUFhO1VBQUU7VUFBVSxhQUFhLFNBQVMsV0FBVztRQUFDO1FBQzNELFNBQVMsUUFBUSxPQUFPO01BQzFCO0lBQ0Y7SUFDQSxNQUFNLE1BQU0sV0FDUjtNQUFFLEdBQUcsUUFBUTtNQUFFLFFBQVE7V0FBSTtPQUFPO01BQUUsY0FBYyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUEsR0FBSSxJQUFJLE1BQU07SUFBRyxJQUNqRixJQUFJLENBQUMsQ0FBQSxTQUFVLENBQUMsVUFBVSxRQUFRLGFBQWEsSUFBSSxDQUFDLENBQUEsR0FBSSxLQUFLLE1BQU0sTUFBTTtJQUM3RSxPQUFPO01BQ0wsYUFBYTtRQUFFO1FBQVUsYUFBYSxJQUFJLFdBQVc7TUFBQztNQUN0RCxTQUFTLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsVUFBVTtJQUN2QztFQUNGO0VBRUEsK0RBQStELEdBQy9ELDBCQUEwQixJQUt6QixFQUFlO0lBQ2QsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUM7SUFDNUIsT0FBTywyQkFBMkI7TUFDaEMsR0FBRyxJQUFJO01BQ1AsUUFBUTtRQUFFLFVBQVUsRUFBRSxRQUFRO1FBQUUsYUFBYSxFQUFFLFdBQVc7TUFBQztJQUM3RDtFQUNGO0VBRUEsaURBQWlELEdBQ2pELE9BQU8sTUFBZ0IsRUFBWTtJQUNqQyxNQUFNLE1BQU0sT0FBTyxJQUFJLENBQUM7SUFDeEIsSUFBSSxNQUFNLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxHQUFHLENBQUM7SUFDaEMsSUFBSSxDQUFDLEtBQUs7TUFDUixNQUFNLFFBQWdCO1dBQUksSUFBSSxDQUFDLENBQUEsS0FBTSxDQUFDLE1BQU07T0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQU0sQ0FBQztVQUMxRCxRQUFRLEVBQUUsTUFBTTtVQUNoQixRQUFRLEVBQUUsTUFBTTtRQUNsQixDQUFDO01BQ0QsTUFBTSxhQUFhLFFBQVE7TUFDM0IsSUFBSSxJQUFJLENBQUMsQ0FBQSxXQUFZLENBQUMsSUFBSSxHQUFHLE1BQU0sSUFBSSxDQUFDLENBQUEsV0FBWSxDQUFDLEtBQUs7TUFDMUQsSUFBSSxDQUFDLENBQUEsV0FBWSxDQUFDLEdBQUcsQ0FBQyxLQUFLO0lBQzdCO0lBQ0EsT0FBTztFQUNUO0VBRUEsQ0FBQSxVQUFXLENBQUMsUUFBZ0I7SUFDMUIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUM7SUFDNUIsSUFBSSxDQUFDLEdBQUcsTUFBTSxJQUFJLE1BQU0sQ0FBQyxzQkFBc0IsRUFBRSxTQUFTLFdBQVcsQ0FBQztJQUN0RSxJQUFJLEVBQUUsUUFBUSxFQUFFLE1BQU0sSUFBSSxNQUFNLENBQUMsc0JBQXNCLEVBQUUsU0FBUyxhQUFhLENBQUM7SUFDaEYsTUFBTSxVQUFVLEtBQUssS0FBSyxDQUFDLEVBQUUsT0FBTztJQUNwQyxJQUFJLFVBQVUsSUFBSSxDQUFDLENBQUEsR0FBSSxJQUFJLE1BQU0sSUFBSSxNQUFNLENBQUMsdUJBQXVCLEVBQUUsU0FBUyxhQUFhLENBQUM7SUFDNUYsT0FBTztNQUFFLGFBQWEsRUFBRSxXQUFXO01BQUUsUUFBUSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTTtNQUFHO0lBQVE7RUFDOUU7RUFFQSxDQUFBLGVBQWdCLENBQUMsUUFBZ0IsRUFBRSxPQUEyQjtJQUM1RCxNQUFNLGlCQUFpQjtJQUN2QixJQUFJLGtCQUFrQjtJQUN0QixNQUFNLE1BQU0sVUFBVSxTQUFTLFdBQVc7SUFDMUMsTUFBTSxPQUFPLEtBQUs7SUFDbEIsSUFBSSxRQUFRLE9BQU8sU0FBUyxZQUFZLEtBQUssTUFBTSxFQUFFO01BQ25ELElBQUksT0FBTyxLQUFLLE1BQU0sS0FBSyxVQUFVO1FBQ25DLE1BQU0sSUFBSSxNQUFNO01BQ2xCO01BQ0Esa0JBQWtCLEtBQUssTUFBTTtNQUM3QixJQUFJLG9CQUFvQixnQkFBZ0I7UUFDdEMsTUFBTSxJQUFJLE1BQU07TUFDbEI7SUFDRjtJQUNBLElBQUksU0FBUyxJQUFJLENBQUMsQ0FBQSxVQUFXLENBQUM7SUFDOUIsSUFBSSxLQUFLO01BQ1AsU0FBUyxtQkFBbUI7UUFDMUI7UUFDQTtRQUNBO1FBQ0E7UUFDQSxLQUFLLElBQUksQ0FBQyxDQUFBLEdBQUk7UUFDZCxRQUFRLENBQUMsSUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDO01BQzdCO0lBQ0Y7SUFDQSxPQUFPO01BQ0wsS0FBSyxPQUFPLFdBQVc7TUFDdkIsV0FBVztNQUNYLFVBQVU7TUFDVixTQUFTLE9BQU8sT0FBTztNQUN2QixRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsZ0JBQWdCO1dBQUksT0FBTyxNQUFNO1FBQUU7T0FBbUI7SUFDNUU7RUFDRjtFQUVBLHVFQUF1RSxHQUN2RSxlQUFlLE9BQU87SUFDcEIsSUFBSTtNQUNGLElBQUksSUFBSSxhQUFhLEVBQUU7UUFDckIsSUFBSTtRQUNKLElBQUk7VUFDRixNQUFNLEtBQUssS0FBSyxDQUFDLHdCQUF3QixDQUFDLElBQUksYUFBYSxFQUFFLEdBQUc7UUFDbEUsRUFBRSxPQUFNO1VBQ04sTUFBTTtRQUNSO1FBQ0EsTUFBTSxFQUFFLFdBQVcsRUFBRSxTQUFTLEVBQUUsR0FBRyxNQUFNLEtBQUssTUFBTSxDQUFDLFlBQVksQ0FDL0Q7VUFDRSxRQUFRLElBQUksTUFBTSxDQUFDLFdBQVc7VUFDOUIsS0FBSyxJQUFJLFFBQVE7VUFDakIsTUFBTSxJQUFJLElBQUk7VUFDZCxNQUFNLElBQUksSUFBSTtVQUNkLGVBQWUsSUFBSSxhQUFhO1FBQ2xDLEdBQ0EsQ0FBQyxLQUFlLElBQUksQ0FBQyxDQUFBLGVBQWdCLENBQUMsSUFBSSxNQUMxQztVQUFFLGtCQUFrQixLQUFLO1FBQUc7UUFFOUIsTUFBTSxRQUFRO1FBQ2QsT0FBTztVQUNMLFFBQVE7VUFDUixRQUFRO1VBQ1IsVUFBVSxNQUFNLFFBQVE7VUFDeEIsUUFBUSxNQUFNLE1BQU07VUFDcEIsU0FBUyxNQUFNLE9BQU87VUFDdEIsR0FBSSxVQUFVLElBQUksR0FBRztZQUFFLE1BQU0sVUFBVSxJQUFJO1VBQUMsSUFBSSxDQUFDLENBQUM7UUFDcEQ7TUFDRjtNQUNBLElBQUksa0JBQWtCLElBQUksQ0FBQyxJQUFJLFFBQVEsR0FBRztRQUN4QyxJQUFJO1FBQ0osTUFBTSxJQUFJLElBQUksUUFBUSxDQUFDLEtBQUssQ0FBQztRQUM3QixJQUFJLEtBQUssV0FBVyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRztVQUM5QixJQUFJO1lBQ0YsTUFBTSxJQUFJLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxPQUFPLENBQUMsTUFBTSxLQUFLLE9BQU8sQ0FBQyxNQUFNO1lBQ3JELE1BQU0sUUFBUSxFQUFFLEtBQUssQ0FBQztZQUN0QixJQUFJLE1BQU0sTUFBTSxLQUFLLEtBQUssS0FBSyxDQUFDLEVBQUUsRUFBRSxNQUFNLEtBQUssQ0FBQyxFQUFFO1VBQ3BELEVBQUUsT0FBTTtZQUNOLE1BQU07VUFDUjtRQUNGO1FBQ0EsTUFBTSxFQUFFLFdBQVcsRUFBRSxHQUFHLE1BQU0sS0FBSyxNQUFNLENBQUMsaUJBQWlCLENBQ3pEO1VBQUUsUUFBUSxJQUFJLE1BQU0sQ0FBQyxXQUFXO1VBQUksS0FBSyxJQUFJLFFBQVE7VUFBRSxNQUFNLElBQUksSUFBSTtVQUFFLE1BQU0sSUFBSSxJQUFJO1FBQUMsR0FDdEYsQ0FBQyxLQUFlLElBQUksQ0FBQyxDQUFBLGVBQWdCLENBQUMsSUFBSSxNQUMxQyxDQUFDO1FBRUgsTUFBTSxRQUFRO1FBQ2QsT0FBTztVQUNMLFFBQVE7VUFDUixRQUFRO1VBQ1IsVUFBVSxNQUFNLFFBQVE7VUFDeEIsUUFBUSxNQUFNLE1BQU07VUFDcEIsU0FBUyxNQUFNLE9BQU87UUFDeEI7TUFDRjtNQUNBLE9BQU87UUFBRSxRQUFRO1FBQVcsUUFBUSxJQUFJLENBQUMsTUFBTSxDQUFDO1VBQUM7U0FBbUI7TUFBRTtJQUN4RSxFQUFFLE9BQU8sS0FBSztNQUNaLE9BQU87UUFBRSxRQUFRO1FBQWUsU0FBUyxpQkFBaUI7TUFBSztJQUNqRTtFQUNGLEVBQUU7RUFFRixDQUFBLFVBQVcsQ0FBQyxDQUFlO0lBQ3pCLE9BQU87TUFDTCxVQUFVLEVBQUUsUUFBUTtNQUNwQixhQUFhLEVBQUUsV0FBVztNQUMxQixTQUFTLEVBQUUsT0FBTztNQUNsQixTQUFTLEVBQUUsT0FBTztNQUNsQixjQUFjLEVBQUUsWUFBWTtNQUM1QixjQUFjLEVBQUUsWUFBWTtNQUM1QixhQUFhLEVBQUUsV0FBVztNQUMxQixvQkFBb0IsRUFBRSxrQkFBa0I7TUFDeEMsUUFBUSxFQUFFLE1BQU07TUFDaEIsZ0JBQWdCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNO01BQ3BDLFVBQVUsRUFBRSxRQUFRO0lBQ3RCO0VBQ0Y7RUFFQSxDQUFBLFFBQVMsQ0FBQyxDQUFhO0lBQ3JCLE9BQU87TUFDTCxRQUFRLEVBQUUsTUFBTTtNQUNoQixRQUFRLEVBQUUsTUFBTTtNQUNoQixnQkFBZ0IsSUFBSSxDQUFDLE1BQU0sQ0FBQztRQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsTUFBTSxFQUFFO09BQUM7TUFDbEQsYUFBYSxFQUFFLFdBQVc7TUFDMUIsY0FBYyxFQUFFLFlBQVk7TUFDNUIsU0FBUyxFQUFFLE9BQU87SUFDcEI7RUFDRjtFQUVBLG9DQUFvQyxHQUNwQyxZQUF3QjtJQUN0QixNQUFNLFlBQVk7TUFBRSxNQUFNO01BQVMsT0FBTztNQUFjLGFBQWE7SUFBTTtJQUMzRSxPQUFPO01BQ0w7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtVQUFFLFVBQVU7UUFBVTtRQUM5QixTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUU7VUFDbEIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsT0FBTyxRQUFRO1VBQzNDLElBQUksQ0FBQyxHQUFHLFlBQVksb0JBQW9CLG9CQUFvQixDQUFDO1VBQzdELE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQSxVQUFXLENBQUM7UUFDaEM7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtVQUNOLE9BQU87WUFBQztZQUFpQztjQUFFLEtBQUs7Y0FBUyxJQUFJO2NBQVUsTUFBTTtZQUFVO1dBQUU7UUFDM0Y7UUFDQSxRQUFRO1VBQUUsVUFBVTtRQUFVO1FBQzlCLE9BQU87VUFDTCxNQUFNO1VBQ04sWUFBWTtZQUNWLFNBQVM7Y0FBRSxNQUFNO2NBQVUsUUFBUTtZQUFZO1lBQy9DLGFBQWE7Y0FBRSxNQUFNO2NBQVUsV0FBVztZQUFNO1lBQ2hELFFBQVE7WUFDUixvQkFBb0I7Y0FBRSxNQUFNO1lBQVU7VUFDeEM7VUFDQSxzQkFBc0I7VUFDdEIsVUFBVTtZQUFDO1lBQWU7V0FBVTtRQUN0QztRQUNBLFNBQVMsT0FBTztVQUNkLE1BQU0sRUFBRSxRQUFRLEVBQUUsR0FBRyxJQUFJLE1BQU07VUFDL0IsTUFBTSxRQUFRLElBQUksSUFBSTtVQU10QixNQUFNLFNBQVMsTUFBTSxNQUFNLElBQUksRUFBRTtVQUNqQyxJQUFJLFNBQVMsVUFBVSxDQUFDLFlBQVk7WUFDbEMsWUFDRSxjQUNBLG9GQUNFLDRFQUNGO2NBQUU7WUFBUztVQUVmO1VBQ0EsSUFBSSxPQUFPLElBQUksQ0FBQyxDQUFDLElBQU0sRUFBRSxRQUFRLENBQUMsUUFBUTtZQUN4QyxZQUFZLGNBQWMsaUNBQWlDLENBQUM7VUFDOUQ7VUFDQSxNQUFNLElBQUksU0FBUyxDQUFDO1lBQUU7WUFBVTtVQUFPO1VBQ3ZDLElBQUksSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLEdBQUcsQ0FBQyxXQUFXO1lBQy9CLFlBQVksbUJBQW1CLHlCQUF5QixDQUFDO1VBQzNEO1VBQ0EsTUFBTSxNQUFNO1lBQ1YsR0FBRyxJQUFJLENBQUMsQ0FBQSxTQUFVLENBQUMsVUFBVSxRQUFRLE1BQU0sV0FBVyxFQUFFLEtBQUssS0FBSyxDQUFDLE1BQU0sT0FBTyxFQUFFO1lBQ2xGLG9CQUFvQixDQUFDLENBQUMsTUFBTSxrQkFBa0I7VUFDaEQ7VUFDQSxNQUFNLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsVUFBVTtVQUNsQyxPQUFPLE1BQU07WUFBRSxHQUFHLElBQUksQ0FBQyxDQUFBLFVBQVcsQ0FBQyxJQUFJO1lBQUUsYUFBYSxJQUFJLFdBQVc7VUFBQztRQUN4RTtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtVQUFFLFVBQVU7UUFBVTtRQUM5QixTQUFTLE9BQU8sRUFBRSxNQUFNLEVBQUU7VUFDeEIsSUFBSSxPQUFPLFFBQVEsQ0FBQyxVQUFVLENBQUMsWUFBWTtZQUN6QyxZQUFZLGNBQWMsZ0NBQWdDLENBQUM7VUFDN0Q7VUFDQSxNQUFNLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxNQUFNLENBQUMsT0FBTyxRQUFRO1VBQzFDLE9BQU87UUFDVDtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtVQUFFLFFBQVE7UUFBUTtRQUMxQixTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUU7VUFDbEIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLEtBQU0sQ0FBQyxHQUFHLENBQUMsT0FBTyxNQUFNO1VBQ3ZDLElBQUksQ0FBQyxHQUFHLFlBQVksb0JBQW9CLGtCQUFrQixDQUFDO1VBQzNELE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQSxRQUFTLENBQUM7UUFDOUI7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtVQUNOLE9BQU87WUFBQztZQUE2QjtjQUFFLEtBQUs7Y0FBUyxJQUFJO2NBQVUsTUFBTTtZQUFVO1dBQUU7UUFDdkY7UUFDQSxRQUFRO1VBQUUsUUFBUTtRQUFRO1FBQzFCLE9BQU87VUFDTCxNQUFNO1VBQ04sWUFBWTtZQUFFLGFBQWE7Y0FBRSxNQUFNO2NBQVUsV0FBVztZQUFNO1lBQUcsUUFBUTtVQUFVO1VBQ25GLHNCQUFzQjtVQUN0QixVQUFVO1lBQUM7WUFBZTtXQUFTO1FBQ3JDO1FBQ0EsU0FBUyxPQUFPO1VBQ2QsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLElBQUksTUFBTTtVQUM3QixNQUFNLFFBQVEsSUFBSSxJQUFJO1VBQ3RCLElBQUksTUFBTSxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBTSxFQUFFLFFBQVEsQ0FBQyxRQUFRO1lBQzlDLFlBQVksY0FBYyxpQ0FBaUMsQ0FBQztVQUM5RDtVQUNBLE1BQU0sSUFBSSxTQUFTLENBQUM7WUFBRTtZQUFRLFFBQVEsTUFBTSxNQUFNO1VBQUM7VUFDbkQsTUFBTSxTQUFTO2VBQUksTUFBTSxNQUFNO1dBQUMsQ0FBQyxJQUFJO1VBQ3JDLE1BQU0sV0FBVyxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUMsR0FBRyxDQUFDO1VBQ2pDLElBQUksVUFBVTtZQUNaLElBQ0UsU0FBUyxXQUFXLEtBQUssTUFBTSxXQUFXLElBQzFDLFNBQVMsTUFBTSxDQUFDLElBQUksQ0FBQyxVQUFVLE9BQU8sSUFBSSxDQUFDLE9BQzNDO2NBQ0EsWUFBWSxtQkFBbUIsQ0FBQyxrQkFBa0IsRUFBRSxPQUFPLGdCQUFnQixDQUFDLEVBQUU7Z0JBQzVFO2NBQ0Y7WUFDRjtZQUNBLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQSxRQUFTLENBQUM7VUFDOUI7VUFDQSxNQUFNLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxDQUFBLEdBQUksSUFBSSxNQUFNO1VBQ3RDLE1BQU0sTUFBa0I7WUFDdEI7WUFDQSxhQUFhLE1BQU0sV0FBVztZQUM5QjtZQUNBLFNBQVM7WUFDVCxjQUFjO1VBQ2hCO1VBQ0EsSUFBSSxDQUFDLENBQUEsV0FBWSxDQUFDLEtBQUs7VUFDdkIsTUFBTSxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUMsR0FBRyxDQUFDLFFBQVE7VUFDOUIsSUFBSTtZQUNGLElBQUksQ0FBQyxNQUFNLENBQUM7Y0FBQyxDQUFDLE9BQU8sRUFBRSxRQUFRO2FBQUM7VUFDbEMsRUFBRSxPQUFPLEdBQUc7WUFDVixNQUFNLElBQUksQ0FBQyxDQUFBLEtBQU0sQ0FBQyxNQUFNLENBQUM7WUFDekIsSUFBSSxDQUFDLENBQUEsV0FBWSxDQUFDLEtBQUs7WUFDdkIsWUFBWSxjQUFjLEFBQUMsRUFBWSxPQUFPLEVBQUUsQ0FBQztVQUNuRDtVQUNBLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQSxRQUFTLENBQUM7UUFDOUI7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtRQUNSLFFBQVE7VUFBRSxRQUFRO1FBQVE7UUFDMUIsU0FBUyxPQUFPLEVBQUUsTUFBTSxFQUFFO1VBQ3hCLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxLQUFLO1VBQ3ZCLE1BQU0sSUFBSSxDQUFDLENBQUEsS0FBTSxDQUFDLE1BQU0sQ0FBQyxPQUFPLE1BQU07VUFDdEMsT0FBTztRQUNUO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOLFFBQVE7UUFDUixPQUFPO1VBQ0wsTUFBTTtVQUNOLFlBQVk7WUFBRSxRQUFRO1VBQVU7VUFDaEMsc0JBQXNCO1VBQ3RCLFVBQVU7WUFBQztXQUFTO1FBQ3RCO1FBQ0EsU0FBUyxDQUFDLE1BQVEsTUFBTTtZQUFFLFFBQVEsSUFBSSxDQUFDLE1BQU0sQ0FBQyxBQUFDLElBQUksSUFBSSxDQUEwQixNQUFNO1VBQUU7TUFDM0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOLFFBQVE7UUFDUixTQUFTLE9BQU8sTUFBUSxNQUFNO1lBQUUsUUFBUSxNQUFNLElBQUksTUFBTTtVQUFHO01BQzdEO0tBQ0Q7RUFDSDtBQUNGO0FBRUEsNkRBQTZELEdBQzdELFNBQVMsaUJBQWlCLEdBQVk7RUFDcEMsTUFBTSxJQUFJO0VBTVYsSUFBSSxHQUFHLFVBQVUsQ0FBQyxFQUFFLFFBQVEsRUFBRTtJQUM1QixJQUFJLElBQUksRUFBRSxNQUFNLEVBQUUsU0FBUyxTQUFTO0lBQ3BDLElBQUksRUFBRSxNQUFNLEVBQUUsU0FBUyxTQUFTLEtBQUssQ0FBQyxFQUFFLEVBQUUsRUFBRSxNQUFNLENBQUMsT0FBTyxDQUFDLE9BQU8sRUFBRTtJQUNwRSxPQUFPO0VBQ1Q7RUFDQSxPQUFPLEdBQUcsV0FBVyxPQUFPO0FBQzlCIn0=
// denoCacheMetadata=5305231897525648287,12948826260984167360
