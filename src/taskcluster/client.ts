/**
 * The base of the typed Taskcluster service clients: builds
 * `<rootUrl>/api/<service>/v1/<path>` URLs, signs each attempt with Hawk
 * (credentials and `authorizedScopes` in `ext`), sends JSON on `fetch`,
 * retries network errors and 5xx with exponential backoff and jitter, and
 * turns error replies into `TaskclusterApiError` (4xx are never retried).
 * Credentials can be swapped at any time (`setCredentials`): the worker
 * does that after every reclaim.
 *
 * ```ts
 * class Ping extends TaskclusterClient {
 *   constructor(o: ClientOptions) { super("queue", o); }
 *   ping() { return this.request<{ alive: boolean }>("GET", "/ping"); }
 * }
 * ```
 */
import {
  type Credentials,
  type CredentialsInput,
  hawkExt,
  normalizeCredentials,
} from "./credentials.ts";
import { apiErrorFromReply, TaskclusterApiError, TaskclusterNetworkError } from "./errors.ts";
import { DEFAULT_TIMEOUT_MS } from "./http.ts";
import { done, retryable, type RetryOptions, withRetries } from "./retry.ts";
import { hawkHeader, signUrl } from "./signing.ts";
import { api, normalizeRootUrl } from "./urls.ts";

export { TaskclusterApiError, TaskclusterNetworkError } from "./errors.ts";

/** Options of every service client. */
export type ClientOptions = RetryOptions & {
  /** The deployment's root URL, e.g. `https://tc.example.com`. */
  rootUrl: string;
  /** Credentials; without them requests are unauthenticated. */
  credentials?: CredentialsInput;
  /** Restricts requests to these scopes (sent in the Hawk `ext`). */
  authorizedScopes?: readonly string[];
  /** The fetch to use (tests inject faults); default the global fetch. */
  fetch?: typeof fetch;
  /** Limit of one attempt (reply and body), ms; default 30 s. */
  timeoutMs?: number;
  /** Aborts requests in flight and waits between retries (e.g. at worker shutdown). */
  signal?: AbortSignal;
};

/** Query parameters; undefined values are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/**
 * A URL path with each interpolated value URL-encoded as one path segment
 * (`encodeURIComponent`, like taskcluster-client):
 * `path\`/task/${taskId}/artifacts/${name}\``.
 */
export function path(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0];
  values.forEach((v, i) => {
    out += encodeURIComponent(String(v)) + strings[i + 1];
  });
  return out;
}

/** A client of one Taskcluster service (`serviceName`, API version v1). */
export class TaskclusterClient {
  /** The service's name in URLs (`queue`, `purge-cache`, ...). */
  readonly serviceName: string;
  /** The API version in URLs. */
  readonly serviceVersion = "v1";
  /** The root URL, without trailing slashes. */
  readonly rootUrl: string;
  readonly #options: ClientOptions;
  #credentials: Credentials | undefined;
  #authorizedScopes: readonly string[] | undefined;
  #ext: string | undefined;

  constructor(serviceName: string, options: ClientOptions) {
    if (!options.rootUrl) throw new Error("TaskclusterClient: rootUrl is required");
    this.serviceName = serviceName;
    this.rootUrl = normalizeRootUrl(options.rootUrl);
    this.#options = { ...options };
    this.#authorizedScopes = options.authorizedScopes ? [...options.authorizedScopes] : undefined;
    this.setCredentials(options.credentials);
  }

  /** The options this client was made with, with the current credentials and scopes. */
  get options(): ClientOptions {
    return {
      ...this.#options,
      credentials: this.#credentials,
      authorizedScopes: this.#authorizedScopes,
    };
  }

  /** The current credentials, if any. */
  get credentials(): Credentials | undefined {
    return this.#credentials;
  }

  /**
   * Replaces the credentials (undefined: unauthenticated) for all later
   * requests, including retries of requests in flight. Throws when a
   * certificate is not valid JSON.
   */
  setCredentials(credentials: CredentialsInput | undefined): void {
    const c = credentials && credentials.clientId && credentials.accessToken
      ? normalizeCredentials(credentials)
      : undefined;
    this.#ext = c ? hawkExt(c, this.#authorizedScopes) : undefined;
    this.#credentials = c;
  }

  /** Replaces the `authorizedScopes` restriction (undefined: none). */
  setAuthorizedScopes(scopes: readonly string[] | undefined): void {
    this.#authorizedScopes = scopes ? [...scopes] : undefined;
    this.#ext = this.#credentials ? hawkExt(this.#credentials, this.#authorizedScopes) : undefined;
  }

  /** The full URL of `apiPath` (already encoded, see `path`) with `query`. */
  buildUrl(apiPath: string, query?: Query): string {
    let url = api(this.rootUrl, this.serviceName, this.serviceVersion, apiPath);
    const q = query ? queryString(query) : "";
    if (q) url += `?${q}`;
    return url;
  }

  /**
   * `url` (a GET URL of any service, e.g. from `buildUrl`) with a Hawk
   * bewit valid for `expiresSecs` seconds (default 15 min). Needs credentials.
   */
  buildSignedUrl(url: string, expiresSecs = 15 * 60): string {
    if (!this.#credentials) throw new Error("buildSignedUrl: credentials must be given");
    return signUrl(url, this.#credentials, expiresSecs, this.#ext);
  }

  /**
   * Calls `method apiPath` with the JSON `body`, signed when there are
   * credentials, with retries. Resolves with the parsed JSON reply
   * (undefined for an empty reply).
   */
  request<T>(
    method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH",
    apiPath: string,
    opts: { body?: unknown; query?: Query } = {},
  ): Promise<T> {
    const url = this.buildUrl(apiPath, opts.query);
    const fetchFn = this.#options.fetch ?? ((input, init) => fetch(input, init));
    const timeoutMs = this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    return withRetries<T>(async () => {
      const headers = new Headers({ accept: "application/json" });
      if (payload !== undefined) headers.set("content-type", "application/json");
      const creds = this.#credentials;
      if (creds) headers.set("authorization", hawkHeader(method, url, creds, this.#ext));
      const ac = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        ac.abort();
      }, timeoutMs);
      const outer = this.#options.signal;
      const onAbort = () => ac.abort(outer?.reason);
      if (outer?.aborted) onAbort();
      outer?.addEventListener("abort", onAbort);
      let res: Response;
      let text: string;
      try {
        res = await fetchFn(url, { method, headers, body: payload, signal: ac.signal });
        text = await res.text();
      } catch (e) {
        // when `signal` aborted, withRetries gives up at once
        return retryable(new TaskclusterNetworkError({ method, url, cause: e, timedOut }));
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener("abort", onAbort);
      }
      const contentType = res.headers.get("content-type") ?? "";
      if (res.status >= 400) {
        const err = apiErrorFromReply(method, url, res.status, res.statusText, contentType, text);
        if (res.status >= 500) return retryable(err);
        throw err;
      }
      if (text === "") return done(undefined as T);
      try {
        return done(JSON.parse(text) as T);
      } catch {
        throw new TaskclusterApiError({
          statusCode: res.status,
          code: "InvalidResponse",
          message: `${method} ${url}: reply is not JSON (content-type ${contentType || "none"})`,
          body: text,
          method,
          url,
        });
      }
    }, this.#options);
  }
}

function queryString(query: Query): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined) q.set(k, String(v));
  }
  return q.toString();
}
