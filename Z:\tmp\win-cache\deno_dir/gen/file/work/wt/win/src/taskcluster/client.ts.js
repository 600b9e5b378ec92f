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
import { hawkExt, normalizeCredentials } from "./credentials.ts";
import { apiErrorFromReply, TaskclusterApiError, TaskclusterNetworkError } from "./errors.ts";
import { DEFAULT_TIMEOUT_MS } from "./http.ts";
import { done, retryable, withRetries } from "./retry.ts";
import { hawkHeader, signUrl } from "./signing.ts";
import { api, normalizeRootUrl } from "./urls.ts";
export { TaskclusterApiError, TaskclusterNetworkError } from "./errors.ts";
/**
 * A URL path with each interpolated value URL-encoded as one path segment
 * (`encodeURIComponent`, like taskcluster-client):
 * `path\`/task/${taskId}/artifacts/${name}\``.
 */ export function path(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    out += encodeURIComponent(String(v)) + strings[i + 1];
  });
  return out;
}
/** A client of one Taskcluster service (`serviceName`, API version v1). */ export class TaskclusterClient {
  /** The service's name in URLs (`queue`, `purge-cache`, ...). */ serviceName;
  /** The API version in URLs. */ serviceVersion = "v1";
  /** The root URL, without trailing slashes. */ rootUrl;
  #options;
  #credentials;
  #authorizedScopes;
  #ext;
  constructor(serviceName, options) {
    if (!options.rootUrl) throw new Error("TaskclusterClient: rootUrl is required");
    this.serviceName = serviceName;
    this.rootUrl = normalizeRootUrl(options.rootUrl);
    this.#options = {
      ...options,
    };
    this.#authorizedScopes = options.authorizedScopes
      ? [
        ...options.authorizedScopes,
      ]
      : undefined;
    this.setCredentials(options.credentials);
  }
  /** The options this client was made with, with the current credentials and scopes. */ get options() {
    return {
      ...this.#options,
      credentials: this.#credentials,
      authorizedScopes: this.#authorizedScopes,
    };
  }
  /** The current credentials, if any. */ get credentials() {
    return this.#credentials;
  }
  /**
   * Replaces the credentials (undefined: unauthenticated) for all later
   * requests, including retries of requests in flight. Throws when a
   * certificate is not valid JSON.
   */ setCredentials(credentials) {
    const c = credentials && credentials.clientId && credentials.accessToken
      ? normalizeCredentials(credentials)
      : undefined;
    this.#ext = c ? hawkExt(c, this.#authorizedScopes) : undefined;
    this.#credentials = c;
  }
  /** Replaces the `authorizedScopes` restriction (undefined: none). */ setAuthorizedScopes(
    scopes,
  ) {
    this.#authorizedScopes = scopes
      ? [
        ...scopes,
      ]
      : undefined;
    this.#ext = this.#credentials ? hawkExt(this.#credentials, this.#authorizedScopes) : undefined;
  }
  /** The full URL of `apiPath` (already encoded, see `path`) with `query`. */ buildUrl(
    apiPath,
    query,
  ) {
    let url = api(this.rootUrl, this.serviceName, this.serviceVersion, apiPath);
    const q = query ? queryString(query) : "";
    if (q) url += `?${q}`;
    return url;
  }
  /**
   * `url` (a GET URL of any service, e.g. from `buildUrl`) with a Hawk
   * bewit valid for `expiresSecs` seconds (default 15 min). Needs credentials.
   */ buildSignedUrl(url, expiresSecs = 15 * 60) {
    if (!this.#credentials) throw new Error("buildSignedUrl: credentials must be given");
    return signUrl(url, this.#credentials, expiresSecs, this.#ext);
  }
  /**
   * Calls `method apiPath` with the JSON `body`, signed when there are
   * credentials, with retries. Resolves with the parsed JSON reply
   * (undefined for an empty reply).
   */ request(method, apiPath, opts = {}) {
    const url = this.buildUrl(apiPath, opts.query);
    const fetchFn = this.#options.fetch ?? ((input, init) => fetch(input, init));
    const timeoutMs = this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    return withRetries(async () => {
      const headers = new Headers({
        accept: "application/json",
      });
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
      let res;
      let text;
      try {
        res = await fetchFn(url, {
          method,
          headers,
          body: payload,
          signal: ac.signal,
        });
        text = await res.text();
      } catch (e) {
        // when `signal` aborted, withRetries gives up at once
        return retryable(
          new TaskclusterNetworkError({
            method,
            url,
            cause: e,
            timedOut,
          }),
        );
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
      if (text === "") return done(undefined);
      try {
        return done(JSON.parse(text));
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
function queryString(query) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined) q.set(k, String(v));
  }
  return q.toString();
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL2NsaWVudC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBiYXNlIG9mIHRoZSB0eXBlZCBUYXNrY2x1c3RlciBzZXJ2aWNlIGNsaWVudHM6IGJ1aWxkc1xuICogYDxyb290VXJsPi9hcGkvPHNlcnZpY2U+L3YxLzxwYXRoPmAgVVJMcywgc2lnbnMgZWFjaCBhdHRlbXB0IHdpdGggSGF3a1xuICogKGNyZWRlbnRpYWxzIGFuZCBgYXV0aG9yaXplZFNjb3Blc2AgaW4gYGV4dGApLCBzZW5kcyBKU09OIG9uIGBmZXRjaGAsXG4gKiByZXRyaWVzIG5ldHdvcmsgZXJyb3JzIGFuZCA1eHggd2l0aCBleHBvbmVudGlhbCBiYWNrb2ZmIGFuZCBqaXR0ZXIsIGFuZFxuICogdHVybnMgZXJyb3IgcmVwbGllcyBpbnRvIGBUYXNrY2x1c3RlckFwaUVycm9yYCAoNHh4IGFyZSBuZXZlciByZXRyaWVkKS5cbiAqIENyZWRlbnRpYWxzIGNhbiBiZSBzd2FwcGVkIGF0IGFueSB0aW1lIChgc2V0Q3JlZGVudGlhbHNgKTogdGhlIHdvcmtlclxuICogZG9lcyB0aGF0IGFmdGVyIGV2ZXJ5IHJlY2xhaW0uXG4gKlxuICogYGBgdHNcbiAqIGNsYXNzIFBpbmcgZXh0ZW5kcyBUYXNrY2x1c3RlckNsaWVudCB7XG4gKiAgIGNvbnN0cnVjdG9yKG86IENsaWVudE9wdGlvbnMpIHsgc3VwZXIoXCJxdWV1ZVwiLCBvKTsgfVxuICogICBwaW5nKCkgeyByZXR1cm4gdGhpcy5yZXF1ZXN0PHsgYWxpdmU6IGJvb2xlYW4gfT4oXCJHRVRcIiwgXCIvcGluZ1wiKTsgfVxuICogfVxuICogYGBgXG4gKi9cbmltcG9ydCB7XG4gIHR5cGUgQ3JlZGVudGlhbHMsXG4gIHR5cGUgQ3JlZGVudGlhbHNJbnB1dCxcbiAgaGF3a0V4dCxcbiAgbm9ybWFsaXplQ3JlZGVudGlhbHMsXG59IGZyb20gXCIuL2NyZWRlbnRpYWxzLnRzXCI7XG5pbXBvcnQgeyBhcGlFcnJvckZyb21SZXBseSwgVGFza2NsdXN0ZXJBcGlFcnJvciwgVGFza2NsdXN0ZXJOZXR3b3JrRXJyb3IgfSBmcm9tIFwiLi9lcnJvcnMudHNcIjtcbmltcG9ydCB7IERFRkFVTFRfVElNRU9VVF9NUyB9IGZyb20gXCIuL2h0dHAudHNcIjtcbmltcG9ydCB7IGRvbmUsIHJldHJ5YWJsZSwgdHlwZSBSZXRyeU9wdGlvbnMsIHdpdGhSZXRyaWVzIH0gZnJvbSBcIi4vcmV0cnkudHNcIjtcbmltcG9ydCB7IGhhd2tIZWFkZXIsIHNpZ25VcmwgfSBmcm9tIFwiLi9zaWduaW5nLnRzXCI7XG5pbXBvcnQgeyBhcGksIG5vcm1hbGl6ZVJvb3RVcmwgfSBmcm9tIFwiLi91cmxzLnRzXCI7XG5cbmV4cG9ydCB7IFRhc2tjbHVzdGVyQXBpRXJyb3IsIFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yIH0gZnJvbSBcIi4vZXJyb3JzLnRzXCI7XG5cbi8qKiBPcHRpb25zIG9mIGV2ZXJ5IHNlcnZpY2UgY2xpZW50LiAqL1xuZXhwb3J0IHR5cGUgQ2xpZW50T3B0aW9ucyA9IFJldHJ5T3B0aW9ucyAmIHtcbiAgLyoqIFRoZSBkZXBsb3ltZW50J3Mgcm9vdCBVUkwsIGUuZy4gYGh0dHBzOi8vdGMuZXhhbXBsZS5jb21gLiAqL1xuICByb290VXJsOiBzdHJpbmc7XG4gIC8qKiBDcmVkZW50aWFsczsgd2l0aG91dCB0aGVtIHJlcXVlc3RzIGFyZSB1bmF1dGhlbnRpY2F0ZWQuICovXG4gIGNyZWRlbnRpYWxzPzogQ3JlZGVudGlhbHNJbnB1dDtcbiAgLyoqIFJlc3RyaWN0cyByZXF1ZXN0cyB0byB0aGVzZSBzY29wZXMgKHNlbnQgaW4gdGhlIEhhd2sgYGV4dGApLiAqL1xuICBhdXRob3JpemVkU2NvcGVzPzogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBUaGUgZmV0Y2ggdG8gdXNlICh0ZXN0cyBpbmplY3QgZmF1bHRzKTsgZGVmYXVsdCB0aGUgZ2xvYmFsIGZldGNoLiAqL1xuICBmZXRjaD86IHR5cGVvZiBmZXRjaDtcbiAgLyoqIExpbWl0IG9mIG9uZSBhdHRlbXB0IChyZXBseSBhbmQgYm9keSksIG1zOyBkZWZhdWx0IDMwIHMuICovXG4gIHRpbWVvdXRNcz86IG51bWJlcjtcbiAgLyoqIEFib3J0cyByZXF1ZXN0cyBpbiBmbGlnaHQgYW5kIHdhaXRzIGJldHdlZW4gcmV0cmllcyAoZS5nLiBhdCB3b3JrZXIgc2h1dGRvd24pLiAqL1xuICBzaWduYWw/OiBBYm9ydFNpZ25hbDtcbn07XG5cbi8qKiBRdWVyeSBwYXJhbWV0ZXJzOyB1bmRlZmluZWQgdmFsdWVzIGFyZSBsZWZ0IG91dC4gKi9cbmV4cG9ydCB0eXBlIFF1ZXJ5ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IHVuZGVmaW5lZD47XG5cbi8qKlxuICogQSBVUkwgcGF0aCB3aXRoIGVhY2ggaW50ZXJwb2xhdGVkIHZhbHVlIFVSTC1lbmNvZGVkIGFzIG9uZSBwYXRoIHNlZ21lbnRcbiAqIChgZW5jb2RlVVJJQ29tcG9uZW50YCwgbGlrZSB0YXNrY2x1c3Rlci1jbGllbnQpOlxuICogYHBhdGhcXGAvdGFzay8ke3Rhc2tJZH0vYXJ0aWZhY3RzLyR7bmFtZX1cXGBgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGF0aChzdHJpbmdzOiBUZW1wbGF0ZVN0cmluZ3NBcnJheSwgLi4udmFsdWVzOiAoc3RyaW5nIHwgbnVtYmVyKVtdKTogc3RyaW5nIHtcbiAgbGV0IG91dCA9IHN0cmluZ3NbMF07XG4gIHZhbHVlcy5mb3JFYWNoKCh2LCBpKSA9PiB7XG4gICAgb3V0ICs9IGVuY29kZVVSSUNvbXBvbmVudChTdHJpbmcodikpICsgc3RyaW5nc1tpICsgMV07XG4gIH0pO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogQSBjbGllbnQgb2Ygb25lIFRhc2tjbHVzdGVyIHNlcnZpY2UgKGBzZXJ2aWNlTmFtZWAsIEFQSSB2ZXJzaW9uIHYxKS4gKi9cbmV4cG9ydCBjbGFzcyBUYXNrY2x1c3RlckNsaWVudCB7XG4gIC8qKiBUaGUgc2VydmljZSdzIG5hbWUgaW4gVVJMcyAoYHF1ZXVlYCwgYHB1cmdlLWNhY2hlYCwgLi4uKS4gKi9cbiAgcmVhZG9ubHkgc2VydmljZU5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBBUEkgdmVyc2lvbiBpbiBVUkxzLiAqL1xuICByZWFkb25seSBzZXJ2aWNlVmVyc2lvbiA9IFwidjFcIjtcbiAgLyoqIFRoZSByb290IFVSTCwgd2l0aG91dCB0cmFpbGluZyBzbGFzaGVzLiAqL1xuICByZWFkb25seSByb290VXJsOiBzdHJpbmc7XG4gIHJlYWRvbmx5ICNvcHRpb25zOiBDbGllbnRPcHRpb25zO1xuICAjY3JlZGVudGlhbHM6IENyZWRlbnRpYWxzIHwgdW5kZWZpbmVkO1xuICAjYXV0aG9yaXplZFNjb3BlczogcmVhZG9ubHkgc3RyaW5nW10gfCB1bmRlZmluZWQ7XG4gICNleHQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihzZXJ2aWNlTmFtZTogc3RyaW5nLCBvcHRpb25zOiBDbGllbnRPcHRpb25zKSB7XG4gICAgaWYgKCFvcHRpb25zLnJvb3RVcmwpIHRocm93IG5ldyBFcnJvcihcIlRhc2tjbHVzdGVyQ2xpZW50OiByb290VXJsIGlzIHJlcXVpcmVkXCIpO1xuICAgIHRoaXMuc2VydmljZU5hbWUgPSBzZXJ2aWNlTmFtZTtcbiAgICB0aGlzLnJvb3RVcmwgPSBub3JtYWxpemVSb290VXJsKG9wdGlvbnMucm9vdFVybCk7XG4gICAgdGhpcy4jb3B0aW9ucyA9IHsgLi4ub3B0aW9ucyB9O1xuICAgIHRoaXMuI2F1dGhvcml6ZWRTY29wZXMgPSBvcHRpb25zLmF1dGhvcml6ZWRTY29wZXMgPyBbLi4ub3B0aW9ucy5hdXRob3JpemVkU2NvcGVzXSA6IHVuZGVmaW5lZDtcbiAgICB0aGlzLnNldENyZWRlbnRpYWxzKG9wdGlvbnMuY3JlZGVudGlhbHMpO1xuICB9XG5cbiAgLyoqIFRoZSBvcHRpb25zIHRoaXMgY2xpZW50IHdhcyBtYWRlIHdpdGgsIHdpdGggdGhlIGN1cnJlbnQgY3JlZGVudGlhbHMgYW5kIHNjb3Blcy4gKi9cbiAgZ2V0IG9wdGlvbnMoKTogQ2xpZW50T3B0aW9ucyB7XG4gICAgcmV0dXJuIHtcbiAgICAgIC4uLnRoaXMuI29wdGlvbnMsXG4gICAgICBjcmVkZW50aWFsczogdGhpcy4jY3JlZGVudGlhbHMsXG4gICAgICBhdXRob3JpemVkU2NvcGVzOiB0aGlzLiNhdXRob3JpemVkU2NvcGVzLFxuICAgIH07XG4gIH1cblxuICAvKiogVGhlIGN1cnJlbnQgY3JlZGVudGlhbHMsIGlmIGFueS4gKi9cbiAgZ2V0IGNyZWRlbnRpYWxzKCk6IENyZWRlbnRpYWxzIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy4jY3JlZGVudGlhbHM7XG4gIH1cblxuICAvKipcbiAgICogUmVwbGFjZXMgdGhlIGNyZWRlbnRpYWxzICh1bmRlZmluZWQ6IHVuYXV0aGVudGljYXRlZCkgZm9yIGFsbCBsYXRlclxuICAgKiByZXF1ZXN0cywgaW5jbHVkaW5nIHJldHJpZXMgb2YgcmVxdWVzdHMgaW4gZmxpZ2h0LiBUaHJvd3Mgd2hlbiBhXG4gICAqIGNlcnRpZmljYXRlIGlzIG5vdCB2YWxpZCBKU09OLlxuICAgKi9cbiAgc2V0Q3JlZGVudGlhbHMoY3JlZGVudGlhbHM6IENyZWRlbnRpYWxzSW5wdXQgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgICBjb25zdCBjID0gY3JlZGVudGlhbHMgJiYgY3JlZGVudGlhbHMuY2xpZW50SWQgJiYgY3JlZGVudGlhbHMuYWNjZXNzVG9rZW5cbiAgICAgID8gbm9ybWFsaXplQ3JlZGVudGlhbHMoY3JlZGVudGlhbHMpXG4gICAgICA6IHVuZGVmaW5lZDtcbiAgICB0aGlzLiNleHQgPSBjID8gaGF3a0V4dChjLCB0aGlzLiNhdXRob3JpemVkU2NvcGVzKSA6IHVuZGVmaW5lZDtcbiAgICB0aGlzLiNjcmVkZW50aWFscyA9IGM7XG4gIH1cblxuICAvKiogUmVwbGFjZXMgdGhlIGBhdXRob3JpemVkU2NvcGVzYCByZXN0cmljdGlvbiAodW5kZWZpbmVkOiBub25lKS4gKi9cbiAgc2V0QXV0aG9yaXplZFNjb3BlcyhzY29wZXM6IHJlYWRvbmx5IHN0cmluZ1tdIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gICAgdGhpcy4jYXV0aG9yaXplZFNjb3BlcyA9IHNjb3BlcyA/IFsuLi5zY29wZXNdIDogdW5kZWZpbmVkO1xuICAgIHRoaXMuI2V4dCA9IHRoaXMuI2NyZWRlbnRpYWxzID8gaGF3a0V4dCh0aGlzLiNjcmVkZW50aWFscywgdGhpcy4jYXV0aG9yaXplZFNjb3BlcykgOiB1bmRlZmluZWQ7XG4gIH1cblxuICAvKiogVGhlIGZ1bGwgVVJMIG9mIGBhcGlQYXRoYCAoYWxyZWFkeSBlbmNvZGVkLCBzZWUgYHBhdGhgKSB3aXRoIGBxdWVyeWAuICovXG4gIGJ1aWxkVXJsKGFwaVBhdGg6IHN0cmluZywgcXVlcnk/OiBRdWVyeSk6IHN0cmluZyB7XG4gICAgbGV0IHVybCA9IGFwaSh0aGlzLnJvb3RVcmwsIHRoaXMuc2VydmljZU5hbWUsIHRoaXMuc2VydmljZVZlcnNpb24sIGFwaVBhdGgpO1xuICAgIGNvbnN0IHEgPSBxdWVyeSA/IHF1ZXJ5U3RyaW5nKHF1ZXJ5KSA6IFwiXCI7XG4gICAgaWYgKHEpIHVybCArPSBgPyR7cX1gO1xuICAgIHJldHVybiB1cmw7XG4gIH1cblxuICAvKipcbiAgICogYHVybGAgKGEgR0VUIFVSTCBvZiBhbnkgc2VydmljZSwgZS5nLiBmcm9tIGBidWlsZFVybGApIHdpdGggYSBIYXdrXG4gICAqIGJld2l0IHZhbGlkIGZvciBgZXhwaXJlc1NlY3NgIHNlY29uZHMgKGRlZmF1bHQgMTUgbWluKS4gTmVlZHMgY3JlZGVudGlhbHMuXG4gICAqL1xuICBidWlsZFNpZ25lZFVybCh1cmw6IHN0cmluZywgZXhwaXJlc1NlY3MgPSAxNSAqIDYwKTogc3RyaW5nIHtcbiAgICBpZiAoIXRoaXMuI2NyZWRlbnRpYWxzKSB0aHJvdyBuZXcgRXJyb3IoXCJidWlsZFNpZ25lZFVybDogY3JlZGVudGlhbHMgbXVzdCBiZSBnaXZlblwiKTtcbiAgICByZXR1cm4gc2lnblVybCh1cmwsIHRoaXMuI2NyZWRlbnRpYWxzLCBleHBpcmVzU2VjcywgdGhpcy4jZXh0KTtcbiAgfVxuXG4gIC8qKlxuICAgKiBDYWxscyBgbWV0aG9kIGFwaVBhdGhgIHdpdGggdGhlIEpTT04gYGJvZHlgLCBzaWduZWQgd2hlbiB0aGVyZSBhcmVcbiAgICogY3JlZGVudGlhbHMsIHdpdGggcmV0cmllcy4gUmVzb2x2ZXMgd2l0aCB0aGUgcGFyc2VkIEpTT04gcmVwbHlcbiAgICogKHVuZGVmaW5lZCBmb3IgYW4gZW1wdHkgcmVwbHkpLlxuICAgKi9cbiAgcmVxdWVzdDxUPihcbiAgICBtZXRob2Q6IFwiR0VUXCIgfCBcIlBVVFwiIHwgXCJQT1NUXCIgfCBcIkRFTEVURVwiIHwgXCJQQVRDSFwiLFxuICAgIGFwaVBhdGg6IHN0cmluZyxcbiAgICBvcHRzOiB7IGJvZHk/OiB1bmtub3duOyBxdWVyeT86IFF1ZXJ5IH0gPSB7fSxcbiAgKTogUHJvbWlzZTxUPiB7XG4gICAgY29uc3QgdXJsID0gdGhpcy5idWlsZFVybChhcGlQYXRoLCBvcHRzLnF1ZXJ5KTtcbiAgICBjb25zdCBmZXRjaEZuID0gdGhpcy4jb3B0aW9ucy5mZXRjaCA/PyAoKGlucHV0LCBpbml0KSA9PiBmZXRjaChpbnB1dCwgaW5pdCkpO1xuICAgIGNvbnN0IHRpbWVvdXRNcyA9IHRoaXMuI29wdGlvbnMudGltZW91dE1zID8/IERFRkFVTFRfVElNRU9VVF9NUztcbiAgICBjb25zdCBwYXlsb2FkID0gb3B0cy5ib2R5ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBKU09OLnN0cmluZ2lmeShvcHRzLmJvZHkpO1xuICAgIHJldHVybiB3aXRoUmV0cmllczxUPihhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBoZWFkZXJzID0gbmV3IEhlYWRlcnMoeyBhY2NlcHQ6IFwiYXBwbGljYXRpb24vanNvblwiIH0pO1xuICAgICAgaWYgKHBheWxvYWQgIT09IHVuZGVmaW5lZCkgaGVhZGVycy5zZXQoXCJjb250ZW50LXR5cGVcIiwgXCJhcHBsaWNhdGlvbi9qc29uXCIpO1xuICAgICAgY29uc3QgY3JlZHMgPSB0aGlzLiNjcmVkZW50aWFscztcbiAgICAgIGlmIChjcmVkcykgaGVhZGVycy5zZXQoXCJhdXRob3JpemF0aW9uXCIsIGhhd2tIZWFkZXIobWV0aG9kLCB1cmwsIGNyZWRzLCB0aGlzLiNleHQpKTtcbiAgICAgIGNvbnN0IGFjID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgICAgbGV0IHRpbWVkT3V0ID0gZmFsc2U7XG4gICAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgICB0aW1lZE91dCA9IHRydWU7XG4gICAgICAgIGFjLmFib3J0KCk7XG4gICAgICB9LCB0aW1lb3V0TXMpO1xuICAgICAgY29uc3Qgb3V0ZXIgPSB0aGlzLiNvcHRpb25zLnNpZ25hbDtcbiAgICAgIGNvbnN0IG9uQWJvcnQgPSAoKSA9PiBhYy5hYm9ydChvdXRlcj8ucmVhc29uKTtcbiAgICAgIGlmIChvdXRlcj8uYWJvcnRlZCkgb25BYm9ydCgpO1xuICAgICAgb3V0ZXI/LmFkZEV2ZW50TGlzdGVuZXIoXCJhYm9ydFwiLCBvbkFib3J0KTtcbiAgICAgIGxldCByZXM6IFJlc3BvbnNlO1xuICAgICAgbGV0IHRleHQ6IHN0cmluZztcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlcyA9IGF3YWl0IGZldGNoRm4odXJsLCB7IG1ldGhvZCwgaGVhZGVycywgYm9keTogcGF5bG9hZCwgc2lnbmFsOiBhYy5zaWduYWwgfSk7XG4gICAgICAgIHRleHQgPSBhd2FpdCByZXMudGV4dCgpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAvLyB3aGVuIGBzaWduYWxgIGFib3J0ZWQsIHdpdGhSZXRyaWVzIGdpdmVzIHVwIGF0IG9uY2VcbiAgICAgICAgcmV0dXJuIHJldHJ5YWJsZShuZXcgVGFza2NsdXN0ZXJOZXR3b3JrRXJyb3IoeyBtZXRob2QsIHVybCwgY2F1c2U6IGUsIHRpbWVkT3V0IH0pKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gICAgICAgIG91dGVyPy5yZW1vdmVFdmVudExpc3RlbmVyKFwiYWJvcnRcIiwgb25BYm9ydCk7XG4gICAgICB9XG4gICAgICBjb25zdCBjb250ZW50VHlwZSA9IHJlcy5oZWFkZXJzLmdldChcImNvbnRlbnQtdHlwZVwiKSA/PyBcIlwiO1xuICAgICAgaWYgKHJlcy5zdGF0dXMgPj0gNDAwKSB7XG4gICAgICAgIGNvbnN0IGVyciA9IGFwaUVycm9yRnJvbVJlcGx5KG1ldGhvZCwgdXJsLCByZXMuc3RhdHVzLCByZXMuc3RhdHVzVGV4dCwgY29udGVudFR5cGUsIHRleHQpO1xuICAgICAgICBpZiAocmVzLnN0YXR1cyA+PSA1MDApIHJldHVybiByZXRyeWFibGUoZXJyKTtcbiAgICAgICAgdGhyb3cgZXJyO1xuICAgICAgfVxuICAgICAgaWYgKHRleHQgPT09IFwiXCIpIHJldHVybiBkb25lKHVuZGVmaW5lZCBhcyBUKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJldHVybiBkb25lKEpTT04ucGFyc2UodGV4dCkgYXMgVCk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgdGhyb3cgbmV3IFRhc2tjbHVzdGVyQXBpRXJyb3Ioe1xuICAgICAgICAgIHN0YXR1c0NvZGU6IHJlcy5zdGF0dXMsXG4gICAgICAgICAgY29kZTogXCJJbnZhbGlkUmVzcG9uc2VcIixcbiAgICAgICAgICBtZXNzYWdlOiBgJHttZXRob2R9ICR7dXJsfTogcmVwbHkgaXMgbm90IEpTT04gKGNvbnRlbnQtdHlwZSAke2NvbnRlbnRUeXBlIHx8IFwibm9uZVwifSlgLFxuICAgICAgICAgIGJvZHk6IHRleHQsXG4gICAgICAgICAgbWV0aG9kLFxuICAgICAgICAgIHVybCxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgfSwgdGhpcy4jb3B0aW9ucyk7XG4gIH1cbn1cblxuZnVuY3Rpb24gcXVlcnlTdHJpbmcocXVlcnk6IFF1ZXJ5KTogc3RyaW5nIHtcbiAgY29uc3QgcSA9IG5ldyBVUkxTZWFyY2hQYXJhbXMoKTtcbiAgZm9yIChjb25zdCBbaywgdl0gb2YgT2JqZWN0LmVudHJpZXMocXVlcnkpKSB7XG4gICAgaWYgKHYgIT09IHVuZGVmaW5lZCkgcS5zZXQoaywgU3RyaW5nKHYpKTtcbiAgfVxuICByZXR1cm4gcS50b1N0cmluZygpO1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Ozs7Ozs7Ozs7Q0FlQyxHQUNELFNBR0UsT0FBTyxFQUNQLG9CQUFvQixRQUNmLG1CQUFtQjtBQUMxQixTQUFTLGlCQUFpQixFQUFFLG1CQUFtQixFQUFFLHVCQUF1QixRQUFRLGNBQWM7QUFDOUYsU0FBUyxrQkFBa0IsUUFBUSxZQUFZO0FBQy9DLFNBQVMsSUFBSSxFQUFFLFNBQVMsRUFBcUIsV0FBVyxRQUFRLGFBQWE7QUFDN0UsU0FBUyxVQUFVLEVBQUUsT0FBTyxRQUFRLGVBQWU7QUFDbkQsU0FBUyxHQUFHLEVBQUUsZ0JBQWdCLFFBQVEsWUFBWTtBQUVsRCxTQUFTLG1CQUFtQixFQUFFLHVCQUF1QixRQUFRLGNBQWM7QUFxQjNFOzs7O0NBSUMsR0FDRCxPQUFPLFNBQVMsS0FBSyxPQUE2QixFQUFFLEdBQUcsTUFBMkI7RUFDaEYsSUFBSSxNQUFNLE9BQU8sQ0FBQyxFQUFFO0VBQ3BCLE9BQU8sT0FBTyxDQUFDLENBQUMsR0FBRztJQUNqQixPQUFPLG1CQUFtQixPQUFPLE1BQU0sT0FBTyxDQUFDLElBQUksRUFBRTtFQUN2RDtFQUNBLE9BQU87QUFDVDtBQUVBLHlFQUF5RSxHQUN6RSxPQUFPLE1BQU07RUFDWCw4REFBOEQsR0FDOUQsQUFBUyxZQUFvQjtFQUM3Qiw2QkFBNkIsR0FDN0IsQUFBUyxpQkFBaUIsS0FBSztFQUMvQiw0Q0FBNEMsR0FDNUMsQUFBUyxRQUFnQjtFQUNoQixDQUFBLE9BQVEsQ0FBZ0I7RUFDakMsQ0FBQSxXQUFZLENBQTBCO0VBQ3RDLENBQUEsZ0JBQWlCLENBQWdDO0VBQ2pELENBQUEsR0FBSSxDQUFxQjtFQUV6QixZQUFZLFdBQW1CLEVBQUUsT0FBc0IsQ0FBRTtJQUN2RCxJQUFJLENBQUMsUUFBUSxPQUFPLEVBQUUsTUFBTSxJQUFJLE1BQU07SUFDdEMsSUFBSSxDQUFDLFdBQVcsR0FBRztJQUNuQixJQUFJLENBQUMsT0FBTyxHQUFHLGlCQUFpQixRQUFRLE9BQU87SUFDL0MsSUFBSSxDQUFDLENBQUEsT0FBUSxHQUFHO01BQUUsR0FBRyxPQUFPO0lBQUM7SUFDN0IsSUFBSSxDQUFDLENBQUEsZ0JBQWlCLEdBQUcsUUFBUSxnQkFBZ0IsR0FBRztTQUFJLFFBQVEsZ0JBQWdCO0tBQUMsR0FBRztJQUNwRixJQUFJLENBQUMsY0FBYyxDQUFDLFFBQVEsV0FBVztFQUN6QztFQUVBLG9GQUFvRixHQUNwRixJQUFJLFVBQXlCO0lBQzNCLE9BQU87TUFDTCxHQUFHLElBQUksQ0FBQyxDQUFBLE9BQVE7TUFDaEIsYUFBYSxJQUFJLENBQUMsQ0FBQSxXQUFZO01BQzlCLGtCQUFrQixJQUFJLENBQUMsQ0FBQSxnQkFBaUI7SUFDMUM7RUFDRjtFQUVBLHFDQUFxQyxHQUNyQyxJQUFJLGNBQXVDO0lBQ3pDLE9BQU8sSUFBSSxDQUFDLENBQUEsV0FBWTtFQUMxQjtFQUVBOzs7O0dBSUMsR0FDRCxlQUFlLFdBQXlDLEVBQVE7SUFDOUQsTUFBTSxJQUFJLGVBQWUsWUFBWSxRQUFRLElBQUksWUFBWSxXQUFXLEdBQ3BFLHFCQUFxQixlQUNyQjtJQUNKLElBQUksQ0FBQyxDQUFBLEdBQUksR0FBRyxJQUFJLFFBQVEsR0FBRyxJQUFJLENBQUMsQ0FBQSxnQkFBaUIsSUFBSTtJQUNyRCxJQUFJLENBQUMsQ0FBQSxXQUFZLEdBQUc7RUFDdEI7RUFFQSxtRUFBbUUsR0FDbkUsb0JBQW9CLE1BQXFDLEVBQVE7SUFDL0QsSUFBSSxDQUFDLENBQUEsZ0JBQWlCLEdBQUcsU0FBUztTQUFJO0tBQU8sR0FBRztJQUNoRCxJQUFJLENBQUMsQ0FBQSxHQUFJLEdBQUcsSUFBSSxDQUFDLENBQUEsV0FBWSxHQUFHLFFBQVEsSUFBSSxDQUFDLENBQUEsV0FBWSxFQUFFLElBQUksQ0FBQyxDQUFBLGdCQUFpQixJQUFJO0VBQ3ZGO0VBRUEsMEVBQTBFLEdBQzFFLFNBQVMsT0FBZSxFQUFFLEtBQWEsRUFBVTtJQUMvQyxJQUFJLE1BQU0sSUFBSSxJQUFJLENBQUMsT0FBTyxFQUFFLElBQUksQ0FBQyxXQUFXLEVBQUUsSUFBSSxDQUFDLGNBQWMsRUFBRTtJQUNuRSxNQUFNLElBQUksUUFBUSxZQUFZLFNBQVM7SUFDdkMsSUFBSSxHQUFHLE9BQU8sQ0FBQyxDQUFDLEVBQUUsR0FBRztJQUNyQixPQUFPO0VBQ1Q7RUFFQTs7O0dBR0MsR0FDRCxlQUFlLEdBQVcsRUFBRSxjQUFjLEtBQUssRUFBRSxFQUFVO0lBQ3pELElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQSxXQUFZLEVBQUUsTUFBTSxJQUFJLE1BQU07SUFDeEMsT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUEsV0FBWSxFQUFFLGFBQWEsSUFBSSxDQUFDLENBQUEsR0FBSTtFQUMvRDtFQUVBOzs7O0dBSUMsR0FDRCxRQUNFLE1BQW1ELEVBQ25ELE9BQWUsRUFDZixPQUEwQyxDQUFDLENBQUMsRUFDaEM7SUFDWixNQUFNLE1BQU0sSUFBSSxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssS0FBSztJQUM3QyxNQUFNLFVBQVUsSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUMsT0FBTyxPQUFTLE1BQU0sT0FBTyxLQUFLO0lBQzNFLE1BQU0sWUFBWSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsU0FBUyxJQUFJO0lBQzdDLE1BQU0sVUFBVSxLQUFLLElBQUksS0FBSyxZQUFZLFlBQVksS0FBSyxTQUFTLENBQUMsS0FBSyxJQUFJO0lBQzlFLE9BQU8sWUFBZTtNQUNwQixNQUFNLFVBQVUsSUFBSSxRQUFRO1FBQUUsUUFBUTtNQUFtQjtNQUN6RCxJQUFJLFlBQVksV0FBVyxRQUFRLEdBQUcsQ0FBQyxnQkFBZ0I7TUFDdkQsTUFBTSxRQUFRLElBQUksQ0FBQyxDQUFBLFdBQVk7TUFDL0IsSUFBSSxPQUFPLFFBQVEsR0FBRyxDQUFDLGlCQUFpQixXQUFXLFFBQVEsS0FBSyxPQUFPLElBQUksQ0FBQyxDQUFBLEdBQUk7TUFDaEYsTUFBTSxLQUFLLElBQUk7TUFDZixJQUFJLFdBQVc7TUFDZixNQUFNLFFBQVEsV0FBVztRQUN2QixXQUFXO1FBQ1gsR0FBRyxLQUFLO01BQ1YsR0FBRztNQUNILE1BQU0sUUFBUSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsTUFBTTtNQUNsQyxNQUFNLFVBQVUsSUFBTSxHQUFHLEtBQUssQ0FBQyxPQUFPO01BQ3RDLElBQUksT0FBTyxTQUFTO01BQ3BCLE9BQU8saUJBQWlCLFNBQVM7TUFDakMsSUFBSTtNQUNKLElBQUk7TUFDSixJQUFJO1FBQ0YsTUFBTSxNQUFNLFFBQVEsS0FBSztVQUFFO1VBQVE7VUFBUyxNQUFNO1VBQVMsUUFBUSxHQUFHLE1BQU07UUFBQztRQUM3RSxPQUFPLE1BQU0sSUFBSSxJQUFJO01BQ3ZCLEVBQUUsT0FBTyxHQUFHO1FBQ1Ysc0RBQXNEO1FBQ3RELE9BQU8sVUFBVSxJQUFJLHdCQUF3QjtVQUFFO1VBQVE7VUFBSyxPQUFPO1VBQUc7UUFBUztNQUNqRixTQUFVO1FBQ1IsYUFBYTtRQUNiLE9BQU8sb0JBQW9CLFNBQVM7TUFDdEM7TUFDQSxNQUFNLGNBQWMsSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDLG1CQUFtQjtNQUN2RCxJQUFJLElBQUksTUFBTSxJQUFJLEtBQUs7UUFDckIsTUFBTSxNQUFNLGtCQUFrQixRQUFRLEtBQUssSUFBSSxNQUFNLEVBQUUsSUFBSSxVQUFVLEVBQUUsYUFBYTtRQUNwRixJQUFJLElBQUksTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO1FBQ3hDLE1BQU07TUFDUjtNQUNBLElBQUksU0FBUyxJQUFJLE9BQU8sS0FBSztNQUM3QixJQUFJO1FBQ0YsT0FBTyxLQUFLLEtBQUssS0FBSyxDQUFDO01BQ3pCLEVBQUUsT0FBTTtRQUNOLE1BQU0sSUFBSSxvQkFBb0I7VUFDNUIsWUFBWSxJQUFJLE1BQU07VUFDdEIsTUFBTTtVQUNOLFNBQVMsR0FBRyxPQUFPLENBQUMsRUFBRSxJQUFJLGtDQUFrQyxFQUFFLGVBQWUsT0FBTyxDQUFDLENBQUM7VUFDdEYsTUFBTTtVQUNOO1VBQ0E7UUFDRjtNQUNGO0lBQ0YsR0FBRyxJQUFJLENBQUMsQ0FBQSxPQUFRO0VBQ2xCO0FBQ0Y7QUFFQSxTQUFTLFlBQVksS0FBWTtFQUMvQixNQUFNLElBQUksSUFBSTtFQUNkLEtBQUssTUFBTSxDQUFDLEdBQUcsRUFBRSxJQUFJLE9BQU8sT0FBTyxDQUFDLE9BQVE7SUFDMUMsSUFBSSxNQUFNLFdBQVcsRUFBRSxHQUFHLENBQUMsR0FBRyxPQUFPO0VBQ3ZDO0VBQ0EsT0FBTyxFQUFFLFFBQVE7QUFDbkIifQ==
// denoCacheMetadata=14723180860890875938,908938562021345208
