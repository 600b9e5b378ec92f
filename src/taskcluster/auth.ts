/**
 * The Auth service client (`/api/auth/v1`): scope expansion (spec 13),
 * the caller's scopes, websocktunnel tokens, Sentry DSNs, and client
 * creation (tests and the demo).
 *
 * ```ts
 * const { scopes } = await auth.expandScopes({ scopes: ["assume:project:x"] });
 * ```
 */
import { type ClientOptions, path, TaskclusterClient } from "./client.ts";

/** A set of scopes. */
export type ScopeSet = { scopes: string[] };

/** Reply of `websocktunnelToken`. */
export type WebsocktunnelToken = {
  wstClient: string;
  wstAudience: string;
  token: string;
  expires: string;
};

/** Body of `createClient`. */
export type CreateClientRequest = {
  description: string;
  expires: string;
  scopes?: string[];
  deleteOnExpiration?: boolean;
};

/** Reply of `createClient` (the only time `accessToken` is shown). */
export type CreateClientResponse = {
  clientId: string;
  accessToken: string;
  description: string;
  expires: string;
  scopes: string[];
  expandedScopes: string[];
  created: string;
  lastModified: string;
  lastDateUsed: string;
  lastRotated: string;
  deleteOnExpiration: boolean;
  disabled: boolean;
};

/** Reply of `sentryDSN`. */
export type SentryDsn = {
  project: string;
  dsn: { secret: string; public: string };
  expires: string;
};

/** The Auth service. */
export class Auth extends TaskclusterClient {
  constructor(options: ClientOptions) {
    super("auth", options);
  }

  /** Expands `assume:` scopes through roles. */
  expandScopes(body: ScopeSet): Promise<ScopeSet> {
    return this.request("POST", "/scopes/expand", { body });
  }

  /** The (expanded) scopes of the calling credentials. */
  currentScopes(): Promise<ScopeSet> {
    return this.request("GET", "/scopes/current");
  }

  /** A websocktunnel token for `wstClient` on servers with audience `wstAudience`. */
  websocktunnelToken(wstAudience: string, wstClient: string): Promise<WebsocktunnelToken> {
    return this.request("GET", path`/websocktunnel/${wstAudience}/${wstClient}`);
  }

  /** The Sentry DSN of `project`. */
  sentryDSN(project: string): Promise<SentryDsn> {
    return this.request("GET", path`/sentry/${project}/dsn`);
  }

  /** Creates a client; the reply holds its access token. */
  createClient(clientId: string, body: CreateClientRequest): Promise<CreateClientResponse> {
    return this.request("PUT", path`/clients/${clientId}`, { body });
  }
}
