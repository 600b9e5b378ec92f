/**
 * Errors of the Taskcluster clients. An HTTP error reply (4xx, or 5xx once
 * retries are spent) is a `TaskclusterApiError` carrying the status and the
 * Taskcluster error `code`; a request that never got a reply (connection
 * refused or dropped, timeout) is a `TaskclusterNetworkError`. Callers
 * branch on the class and `statusCode`, never on message text.
 */

/** An HTTP error reply from a Taskcluster service (or from a URL the clients fetch). */
export class TaskclusterApiError extends Error {
  /** HTTP status. */
  readonly statusCode: number;
  /** Taskcluster error code from the JSON body (`ResourceNotFound`, ...), else `HTTPError`. */
  readonly code: string;
  /** The parsed JSON body, or the body text when it is not JSON. */
  readonly body: unknown;
  /** HTTP method of the request. */
  readonly method: string;
  /** URL of the request (without any bewit). */
  readonly url: string;

  constructor(opts: {
    statusCode: number;
    code: string;
    message: string;
    body: unknown;
    method: string;
    url: string;
  }) {
    super(opts.message);
    this.name = "TaskclusterApiError";
    this.statusCode = opts.statusCode;
    this.code = opts.code;
    this.body = opts.body;
    this.method = opts.method;
    this.url = opts.url;
  }
}

/** A request that got no HTTP reply: connection refused/reset/dropped, DNS, TLS, or timeout. */
export class TaskclusterNetworkError extends Error {
  /** HTTP method of the request. */
  readonly method: string;
  /** URL of the request (without any bewit). */
  readonly url: string;
  /** True when the request was given up because of the client's timeout. */
  readonly timedOut: boolean;

  constructor(opts: {
    method: string;
    url: string;
    cause: unknown;
    timedOut?: boolean;
  }) {
    const why = networkCause(opts.cause);
    super(`${opts.method} ${opts.url}: ${opts.timedOut ? "timed out" : why}`, {
      cause: opts.cause,
    });
    this.name = "TaskclusterNetworkError";
    this.method = opts.method;
    this.url = opts.url;
    this.timedOut = opts.timedOut ?? false;
  }
}

/**
 * What went wrong with a request that got no reply, from the whole cause
 * chain: Deno's `fetch failed` keeps the reason (`tcp connect error:
 * Connection refused (os error 111)`, `dns error: ...`) in `cause`.
 */
export function networkCause(e: unknown): string {
  const parts: string[] = [];
  let c: unknown = e;
  for (let depth = 0; c !== undefined && c !== null && depth < 6; depth++) {
    let m = c instanceof Error ? c.message : String(c);
    m = m.replace(/^error sending request for url \([^)]*\): /, "").replace(
      /client error \(\w+\): /,
      "",
    );
    if (m && !parts.some((p) => p.includes(m))) parts.push(m);
    if (!(c instanceof Error)) break;
    c = c.cause;
  }
  return parts.join(": ") || "unknown network error";
}

/** Builds the `TaskclusterApiError` of an HTTP error reply whose body text is `text`. */
export function apiErrorFromReply(
  method: string,
  url: string,
  status: number,
  statusText: string,
  contentType: string,
  text: string,
): TaskclusterApiError {
  let body: unknown = text;
  let code = "HTTPError";
  let message = `${method} ${url}: HTTP ${status}${statusText ? ` ${statusText}` : ""}`;
  if (/json/i.test(contentType) || /^\s*[{[]/.test(text)) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const b = body as { code?: unknown; message?: unknown };
    if (typeof b.code === "string" && b.code) code = b.code;
    if (typeof b.message === "string" && b.message) message = b.message;
  } else if (text.trim()) {
    message += `: ${text.trim().slice(0, 1000)}`;
  }
  return new TaskclusterApiError({ statusCode: status, code, message, body, method, url });
}

/** URL text safe for errors and logs: the query (signatures, bewits) replaced by `?<redacted>`. */
export function redactUrl(url: string): string {
  const q = url.indexOf("?");
  return q < 0 ? url : `${url.slice(0, q)}?<redacted>`;
}
