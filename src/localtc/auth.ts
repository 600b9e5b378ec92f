/**
 * The auth service of localtc: a small store of clients and roles, the Hawk
 * signature validator every service uses (Authorization header and bewit,
 * permanent and temporary credentials, `authorizedScopes`, the implicit
 * `assume:anonymous`), and the API methods `client`, `createClient`,
 * `deleteClient`, `role`, `createRole`, `deleteRole`, `expandScopes` and
 * `currentScopes` under `/api/auth/v1`.
 */
import hawk from "hawk";
import {
  type AuthResult,
  type Endpoint,
  reply,
  reportError,
  type SignatureRequest,
} from "./api.ts";
import {
  createTemporaryCredentials,
  type Credentials,
  limitClientWithExt,
  type LoadedClient,
  newAccessToken,
  parseExt,
} from "./credentials.ts";
import { expandScopes, normalizeScopes, type Role } from "./scope_expr.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** A stored client. */
export interface ClientRecord {
  clientId: string;
  accessToken: string;
  description: string;
  scopes: string[];
  expires: string;
  created: string;
  lastModified: string;
  lastDateUsed: string;
  lastRotated: string;
  deleteOnExpiration: boolean;
  disabled: boolean;
}

/** A stored role. */
export interface RoleRecord {
  roleId: string;
  description: string;
  scopes: string[];
  created: string;
  lastModified: string;
}

/** The client holding all scopes, whose credentials `startLocalTaskcluster` hands out. */
export const ROOT_CLIENT_ID = "static/taskcluster/root";
/** The client that issues task and artifact credentials (like the real queue's static client). */
export const QUEUE_CLIENT_ID = "static/taskcluster/queue";

/**
 * The scopes of the `anonymous` role on a fresh data dir: exactly the
 * read-only "public deployment" set of the Taskcluster v106 deployment docs
 * (manual/deploying/anonymous-role), services this one lacks included.
 */
export const ANONYMOUS_SCOPES = [
  "auth:current-scopes",
  "auth:expand-scopes",
  "auth:get-client:*",
  "auth:get-role:*",
  "auth:list-clients",
  "auth:list-roles",
  "github:get-badge:*",
  "github:get-repository:*",
  "github:latest-status:*",
  "github:list-builds",
  "hooks:get:*",
  "hooks:list-hooks:*",
  "hooks:list-last-fires:*",
  "hooks:status:*",
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
  "web:read-pulse",
  "worker-manager:get-worker-pool:*",
  "worker-manager:get-worker:*",
  "worker-manager:list-providers",
  "worker-manager:list-worker-pool-errors:*",
  "worker-manager:list-worker-pools",
  "worker-manager:list-workers:*",
  "worker-manager:should-worker-terminate:*",
];

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === "string");

/** Shape check of stored clients. */
export const checkClient: RecordCheck = (v) => {
  const c = v as ClientRecord;
  if (typeof v !== "object" || v === null) return "client record is not an object";
  if (typeof c.clientId !== "string" || typeof c.accessToken !== "string") {
    return "client record lacks clientId/accessToken";
  }
  if (!isStringArray(c.scopes) || typeof c.expires !== "string") {
    return "client record lacks scopes/expires";
  }
  return undefined;
};

/** Shape check of stored roles. */
export const checkRole: RecordCheck = (v) => {
  const r = v as RoleRecord;
  if (typeof v !== "object" || v === null) return "role record is not an object";
  if (typeof r.roleId !== "string" || !isStringArray(r.scopes)) {
    return "role record lacks roleId/scopes";
  }
  return undefined;
};

/** Credentials as handed to Hawk, with what the validator learnt about the client. */
interface HawkCredentials {
  key: string;
  algorithm: "sha256";
  clientId: string;
  expires: number;
  scopes: string[];
}

const CLIENT_ID = /^[A-Za-z0-9!@/:.+|_-]+$/;
const ROLE_ID = /^[\x20-\x7e]+$/;
const SCOPE_SCHEMA = { type: "string", pattern: "^[\x20-\x7e]*$" };

/** Clients, roles and request authentication. */
export class AuthService {
  readonly #clients: Collection<ClientRecord>;
  readonly #roles: Collection<RoleRecord>;
  readonly #now: () => number;
  #expandCache = new Map<string, string[]>();

  private constructor(store: Store, now: () => number) {
    this.#clients = store.collection<ClientRecord>("clients");
    this.#roles = store.collection<RoleRecord>("roles");
    this.#now = now;
  }

  /** Opens the auth state; on a fresh data dir creates the root and queue clients and the anonymous role. */
  static async create(store: Store, now: () => number): Promise<AuthService> {
    const auth = new AuthService(store, now);
    const writes: Promise<void>[] = [];
    for (
      const [id, description] of [
        [ROOT_CLIENT_ID, "localtc root client (all scopes)"],
        [QUEUE_CLIENT_ID, "localtc queue: issues task and artifact credentials"],
      ]
    ) {
      if (!auth.#clients.has(id)) {
        writes.push(
          auth.#clients.put(
            id,
            auth.#newClient(id, ["*"], description, now() + 1000 * 365 * 86400e3),
          ),
        );
      }
    }
    if (!auth.#roles.has("anonymous")) {
      const t = new Date(now()).toJSON();
      writes.push(auth.#roles.put("anonymous", {
        roleId: "anonymous",
        description: "Scopes granted to every request (read-only public deployment set)",
        scopes: [...ANONYMOUS_SCOPES],
        created: t,
        lastModified: t,
      }));
    }
    await Promise.all(writes);
    return auth;
  }

  #newClient(
    clientId: string,
    scopes: string[],
    description: string,
    expires: number,
  ): ClientRecord {
    const t = new Date(this.#now()).toJSON();
    return {
      clientId,
      accessToken: newAccessToken(),
      description,
      scopes: [...scopes],
      expires: new Date(expires).toJSON(),
      created: t,
      lastModified: t,
      lastDateUsed: t,
      lastRotated: t,
      deleteOnExpiration: false,
      disabled: false,
    };
  }

  /** The root client's credentials. */
  rootCredentials(): Credentials {
    const c = this.#clients.get(ROOT_CLIENT_ID)!;
    return { clientId: c.clientId, accessToken: c.accessToken };
  }

  /**
   * Creates (or, when it exists, returns) a client with `scopes` directly in
   * the store. Memory is updated at once; `written` resolves when it is on disk.
   */
  ensureClient(
    clientId: string,
    scopes: string[],
    description = "created by localtc",
  ): { credentials: Credentials; written: Promise<void> } {
    const existing = this.#clients.get(clientId);
    if (existing && existing.scopes.join("\n") === [...scopes].join("\n")) {
      return {
        credentials: { clientId, accessToken: existing.accessToken },
        written: Promise.resolve(),
      };
    }
    const rec = existing
      ? { ...existing, scopes: [...scopes], lastModified: new Date(this.#now()).toJSON() }
      : this.#newClient(clientId, scopes, description, this.#now() + 100 * 365 * 86400e3);
    return {
      credentials: { clientId, accessToken: rec.accessToken },
      written: this.#clients.put(clientId, rec),
    };
  }

  /** Issues temporary credentials signed by the queue's client. */
  issueTemporaryCredentials(opts: {
    clientId: string;
    start: number;
    expiry: number;
    scopes: string[];
  }): Credentials {
    const q = this.#clients.get(QUEUE_CLIENT_ID)!;
    return createTemporaryCredentials({
      ...opts,
      issuer: { clientId: q.clientId, accessToken: q.accessToken },
    });
  }

  /** Expands `scopes` with the roles they assume. */
  expand(scopes: string[]): string[] {
    const key = scopes.join("\n");
    let out = this.#expandCache.get(key);
    if (!out) {
      const roles: Role[] = [...this.#roles.values()].map((r) => ({
        roleId: r.roleId,
        scopes: r.scopes,
      }));
      out = expandScopes(scopes, roles);
      if (this.#expandCache.size > 1000) this.#expandCache.clear();
      this.#expandCache.set(key, out);
    }
    return out;
  }

  #loadClient(clientId: string): LoadedClient {
    const c = this.#clients.get(clientId);
    if (!c) throw new Error(`Client with clientId '${clientId}' not found`);
    if (c.disabled) throw new Error(`Client with clientId '${clientId}' is disabled`);
    const expires = Date.parse(c.expires);
    if (expires < this.#now()) throw new Error(`Client with clientId: '${clientId}' has expired`);
    return { accessToken: c.accessToken, scopes: this.expand(c.scopes), expires };
  }

  #loadCredentials(clientId: string, extText: string | undefined): HawkCredentials {
    const credentialName = clientId;
    let issuingClientId = clientId;
    const ext = extText ? parseExt(extText) : undefined;
    const cert = ext?.certificate as { issuer?: unknown } | undefined;
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
      algorithm: "sha256" as const,
      clientId: credentialName,
      expires: client.expires,
      scopes: this.expand(normalizeScopes([...client.scopes, "assume:anonymous"])),
    };
  }

  /** Authenticates a request (Hawk header, bewit, or none → anonymous). */
  authenticate = async (req: SignatureRequest): Promise<AuthResult> => {
    try {
      if (req.authorization) {
        let ext: string | undefined;
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
          (id: string) => this.#loadCredentials(id, ext),
          { timestampSkewSec: 15 * 60 },
        );
        const creds = credentials as HawkCredentials;
        return {
          status: "auth-success",
          scheme: "hawk",
          clientId: creds.clientId,
          scopes: creds.scopes,
          expires: creds.expires,
          ...(artifacts.hash ? { hash: artifacts.hash } : {}),
        };
      }
      if (/^\/.*[?&]bewit=/.test(req.resource)) {
        let ext: string | undefined;
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
          { method: req.method.toUpperCase(), url: req.resource, host: req.host, port: req.port },
          (id: string) => this.#loadCredentials(id, ext),
          {},
        );
        const creds = credentials as HawkCredentials;
        return {
          status: "auth-success",
          scheme: "bewit",
          clientId: creds.clientId,
          scopes: creds.scopes,
          expires: creds.expires,
        };
      }
      return { status: "no-auth", scopes: this.expand(["assume:anonymous"]) };
    } catch (err) {
      return { status: "auth-failed", message: hawkErrorMessage(err) };
    }
  };

  #clientJson(c: ClientRecord) {
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

  #roleJson(r: RoleRecord) {
    return {
      roleId: r.roleId,
      scopes: r.scopes,
      expandedScopes: this.expand([`assume:${r.roleId}`]),
      description: r.description,
      lastModified: r.lastModified,
      created: r.created,
    };
  }

  /** The auth service's API methods. */
  endpoints(): Endpoint[] {
    const scopeList = { type: "array", items: SCOPE_SCHEMA, uniqueItems: false };
    return [
      {
        method: "get",
        route: "/clients/:clientId{.+}",
        name: "client",
        scopes: "auth:get-client:<clientId>",
        params: { clientId: CLIENT_ID },
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
          AllOf: ["auth:create-client:<clientId>", { for: "scope", in: "scopes", each: "<scope>" }],
        },
        params: { clientId: CLIENT_ID },
        input: {
          type: "object",
          properties: {
            expires: { type: "string", format: "date-time" },
            description: { type: "string", maxLength: 10240 },
            scopes: scopeList,
            deleteOnExpiration: { type: "boolean" },
          },
          additionalProperties: false,
          required: ["description", "expires"],
        },
        handler: async (req) => {
          const { clientId } = req.params;
          const input = req.body as {
            description: string;
            expires: string;
            scopes?: string[];
            deleteOnExpiration?: boolean;
          };
          const scopes = input.scopes ?? [];
          if (clientId.startsWith("static/")) {
            reportError(
              "InputError",
              'clientId "{{clientId}}" starts with "static/" which is reserved for statically ' +
                "configured clients. Contact your administrator to change static clients.",
              { clientId },
            );
          }
          if (scopes.some((s) => s.endsWith("**"))) {
            reportError("InputError", "scopes must not end with `**`", {});
          }
          await req.authorize({ clientId, scopes });
          if (this.#clients.has(clientId)) {
            reportError("RequestConflict", "Client already exists", {});
          }
          const rec = {
            ...this.#newClient(clientId, scopes, input.description, Date.parse(input.expires)),
            deleteOnExpiration: !!input.deleteOnExpiration,
          };
          await this.#clients.put(clientId, rec);
          return reply({ ...this.#clientJson(rec), accessToken: rec.accessToken });
        },
      },
      {
        method: "delete",
        route: "/clients/:clientId{.+}",
        name: "deleteClient",
        scopes: "auth:delete-client:<clientId>",
        params: { clientId: CLIENT_ID },
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
        params: { roleId: ROLE_ID },
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
          AllOf: ["auth:create-role:<roleId>", { for: "scope", in: "scopes", each: "<scope>" }],
        },
        params: { roleId: ROLE_ID },
        input: {
          type: "object",
          properties: { description: { type: "string", maxLength: 10240 }, scopes: scopeList },
          additionalProperties: false,
          required: ["description", "scopes"],
        },
        handler: async (req) => {
          const { roleId } = req.params;
          const input = req.body as { description: string; scopes: string[] };
          if (input.scopes.some((s) => s.endsWith("**"))) {
            reportError("InputError", "scopes must not end with `**`", {});
          }
          await req.authorize({ roleId, scopes: input.scopes });
          const scopes = [...input.scopes].sort();
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
          const rec: RoleRecord = {
            roleId,
            description: input.description,
            scopes,
            created: t,
            lastModified: t,
          };
          this.#expandCache.clear();
          await this.#roles.put(roleId, rec);
          try {
            this.expand([`assume:${roleId}`]);
          } catch (e) {
            await this.#roles.delete(roleId);
            this.#expandCache.clear();
            reportError("InputError", (e as Error).message, {});
          }
          return reply(this.#roleJson(rec));
        },
      },
      {
        method: "delete",
        route: "/roles/:roleId{.+}",
        name: "deleteRole",
        scopes: "auth:delete-role:<roleId>",
        params: { roleId: ROLE_ID },
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
          properties: { scopes: scopeList },
          additionalProperties: false,
          required: ["scopes"],
        },
        handler: (req) => reply({ scopes: this.expand((req.body as { scopes: string[] }).scopes) }),
      },
      {
        method: "get",
        route: "/scopes/current",
        name: "currentScopes",
        scopes: "auth:current-scopes",
        handler: async (req) => reply({ scopes: await req.scopes() }),
      },
    ];
  }
}

/** The message the auth service reports for a Hawk failure. */
function hawkErrorMessage(err: unknown): string {
  const e = err as {
    message?: string;
    isBoom?: boolean;
    isServer?: boolean;
    output?: { payload?: { error?: string; message?: string } };
  };
  if (e?.isBoom && !e.isServer) {
    let m = e.output?.payload?.error ?? "Unauthorized";
    if (e.output?.payload?.message) m += `: ${e.output.payload.message}`;
    return m;
  }
  return e?.message ?? String(err);
}
