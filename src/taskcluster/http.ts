/**
 * Plain HTTP GETs of URLs the services hand out (S3 and reference artifact
 * URLs, object-service download URLs, mount URLs), with retries on network
 * errors and 5xx, a time limit on getting the reply headers, an idle limit
 * while the body streams, and the body handed back as a stream, never
 * buffered.
 *
 * ```ts
 * const res = await getWithRetries(url, { retries: 3 });
 * await res.body!.pipeTo((await Deno.create(path)).writable);
 * ```
 */
import { apiErrorFromReply, redactUrl, TaskclusterNetworkError } from "./errors.ts";
import { done, retryable, type RetryOptions, withRetries } from "./retry.ts";

/** Options of plain HTTP requests. */
export type HttpOptions = RetryOptions & {
  /** The fetch to use (tests inject faults); default the global fetch. */
  fetch?: typeof fetch;
  /** Limit for getting the reply headers, and for each wait on body bytes, ms; default 30 s. */
  timeoutMs?: number;
  /** Extra request headers. */
  headers?: HeadersInit;
};

/** Default time limit of one request (taskcluster-client's), ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Wraps `body` so that a wait of more than `ms` for the next chunk calls
 * `onIdle` (which should abort the request, erroring the stream). The timer
 * only runs while a read is pending, so a slow consumer is not penalised.
 * Read errors are passed through `mapError`.
 */
export function idleTimeoutStream(
  body: ReadableStream<Uint8Array>,
  ms: number,
  onIdle: () => void,
  mapError: (e: unknown) => unknown = (e) => e,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const timer = setTimeout(onIdle, ms);
      try {
        const r = await reader.read();
        if (r.done) ctrl.close();
        else ctrl.enqueue(r.value);
      } catch (e) {
        throw mapError(e);
      } finally {
        clearTimeout(timer);
      }
    },
    async cancel(reason) {
      await reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
}

/**
 * GETs `url` (following redirects), retrying on network errors and 5xx.
 * Resolves with the 2xx response, its body streaming under the idle limit;
 * a 4xx (or a 5xx once retries are spent) rejects with `TaskclusterApiError`,
 * a network failure with `TaskclusterNetworkError`. URLs in errors have
 * their query redacted (it usually carries a signature).
 */
export function getWithRetries(url: string, opts: HttpOptions = {}): Promise<Response> {
  const fetchFn = opts.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const shown = redactUrl(url);
  return withRetries(async () => {
    const ac = new AbortController();
    let timedOut = false;
    const abort = () => {
      timedOut = true;
      ac.abort();
    };
    const timer = setTimeout(abort, timeoutMs);
    let res: Response;
    try {
      res = await fetchFn(url, { method: "GET", headers: opts.headers, signal: ac.signal });
    } catch (e) {
      return retryable(
        new TaskclusterNetworkError({ method: "GET", url: shown, cause: e, timedOut }),
      );
    } finally {
      clearTimeout(timer);
    }
    if (!res.ok) {
      let text = "";
      const t2 = setTimeout(abort, timeoutMs);
      try {
        text = await res.text();
      } catch {
        text = "";
      } finally {
        clearTimeout(t2);
      }
      const err = apiErrorFromReply(
        "GET",
        shown,
        res.status,
        res.statusText,
        res.headers.get("content-type") ?? "",
        text,
      );
      if (res.status >= 500) return retryable(err);
      throw err;
    }
    if (!res.body) return done(res);
    const body = idleTimeoutStream(
      res.body,
      timeoutMs,
      abort,
      (e) => new TaskclusterNetworkError({ method: "GET", url: shown, cause: e, timedOut }),
    );
    return done(
      new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers }),
    );
  }, opts);
}
