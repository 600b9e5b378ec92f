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
import { done, retryable, withRetries } from "./retry.ts";
/** Default time limit of one request (taskcluster-client's), ms. */ export const DEFAULT_TIMEOUT_MS =
  30_000;
/**
 * Wraps `body` so that a wait of more than `ms` for the next chunk calls
 * `onIdle` (which should abort the request, erroring the stream). The timer
 * only runs while a read is pending, so a slow consumer is not penalised.
 * Read errors are passed through `mapError`.
 */ export function idleTimeoutStream(body, ms, onIdle, mapError = (e) => e) {
  const reader = body.getReader();
  return new ReadableStream({
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
  }, {
    highWaterMark: 0,
  });
}
/**
 * GETs `url` (following redirects), retrying on network errors and 5xx.
 * Resolves with the 2xx response, its body streaming under the idle limit;
 * a 4xx (or a 5xx once retries are spent) rejects with `TaskclusterApiError`,
 * a network failure with `TaskclusterNetworkError`. URLs in errors have
 * their query redacted (it usually carries a signature).
 */ export function getWithRetries(url, opts = {}) {
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
    let res;
    try {
      res = await fetchFn(url, {
        method: "GET",
        headers: opts.headers,
        signal: ac.signal,
      });
    } catch (e) {
      return retryable(
        new TaskclusterNetworkError({
          method: "GET",
          url: shown,
          cause: e,
          timedOut,
        }),
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
    const body = idleTimeoutStream(res.body, timeoutMs, abort, (e) =>
      new TaskclusterNetworkError({
        method: "GET",
        url: shown,
        cause: e,
        timedOut,
      }));
    return done(
      new Response(body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      }),
    );
  }, opts);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL2h0dHAudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBQbGFpbiBIVFRQIEdFVHMgb2YgVVJMcyB0aGUgc2VydmljZXMgaGFuZCBvdXQgKFMzIGFuZCByZWZlcmVuY2UgYXJ0aWZhY3RcbiAqIFVSTHMsIG9iamVjdC1zZXJ2aWNlIGRvd25sb2FkIFVSTHMsIG1vdW50IFVSTHMpLCB3aXRoIHJldHJpZXMgb24gbmV0d29ya1xuICogZXJyb3JzIGFuZCA1eHgsIGEgdGltZSBsaW1pdCBvbiBnZXR0aW5nIHRoZSByZXBseSBoZWFkZXJzLCBhbiBpZGxlIGxpbWl0XG4gKiB3aGlsZSB0aGUgYm9keSBzdHJlYW1zLCBhbmQgdGhlIGJvZHkgaGFuZGVkIGJhY2sgYXMgYSBzdHJlYW0sIG5ldmVyXG4gKiBidWZmZXJlZC5cbiAqXG4gKiBgYGB0c1xuICogY29uc3QgcmVzID0gYXdhaXQgZ2V0V2l0aFJldHJpZXModXJsLCB7IHJldHJpZXM6IDMgfSk7XG4gKiBhd2FpdCByZXMuYm9keSEucGlwZVRvKChhd2FpdCBEZW5vLmNyZWF0ZShwYXRoKSkud3JpdGFibGUpO1xuICogYGBgXG4gKi9cbmltcG9ydCB7IGFwaUVycm9yRnJvbVJlcGx5LCByZWRhY3RVcmwsIFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yIH0gZnJvbSBcIi4vZXJyb3JzLnRzXCI7XG5pbXBvcnQgeyBkb25lLCByZXRyeWFibGUsIHR5cGUgUmV0cnlPcHRpb25zLCB3aXRoUmV0cmllcyB9IGZyb20gXCIuL3JldHJ5LnRzXCI7XG5cbi8qKiBPcHRpb25zIG9mIHBsYWluIEhUVFAgcmVxdWVzdHMuICovXG5leHBvcnQgdHlwZSBIdHRwT3B0aW9ucyA9IFJldHJ5T3B0aW9ucyAmIHtcbiAgLyoqIFRoZSBmZXRjaCB0byB1c2UgKHRlc3RzIGluamVjdCBmYXVsdHMpOyBkZWZhdWx0IHRoZSBnbG9iYWwgZmV0Y2guICovXG4gIGZldGNoPzogdHlwZW9mIGZldGNoO1xuICAvKiogTGltaXQgZm9yIGdldHRpbmcgdGhlIHJlcGx5IGhlYWRlcnMsIGFuZCBmb3IgZWFjaCB3YWl0IG9uIGJvZHkgYnl0ZXMsIG1zOyBkZWZhdWx0IDMwIHMuICovXG4gIHRpbWVvdXRNcz86IG51bWJlcjtcbiAgLyoqIEV4dHJhIHJlcXVlc3QgaGVhZGVycy4gKi9cbiAgaGVhZGVycz86IEhlYWRlcnNJbml0O1xufTtcblxuLyoqIERlZmF1bHQgdGltZSBsaW1pdCBvZiBvbmUgcmVxdWVzdCAodGFza2NsdXN0ZXItY2xpZW50J3MpLCBtcy4gKi9cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RJTUVPVVRfTVMgPSAzMF8wMDA7XG5cbi8qKlxuICogV3JhcHMgYGJvZHlgIHNvIHRoYXQgYSB3YWl0IG9mIG1vcmUgdGhhbiBgbXNgIGZvciB0aGUgbmV4dCBjaHVuayBjYWxsc1xuICogYG9uSWRsZWAgKHdoaWNoIHNob3VsZCBhYm9ydCB0aGUgcmVxdWVzdCwgZXJyb3JpbmcgdGhlIHN0cmVhbSkuIFRoZSB0aW1lclxuICogb25seSBydW5zIHdoaWxlIGEgcmVhZCBpcyBwZW5kaW5nLCBzbyBhIHNsb3cgY29uc3VtZXIgaXMgbm90IHBlbmFsaXNlZC5cbiAqIFJlYWQgZXJyb3JzIGFyZSBwYXNzZWQgdGhyb3VnaCBgbWFwRXJyb3JgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaWRsZVRpbWVvdXRTdHJlYW0oXG4gIGJvZHk6IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+LFxuICBtczogbnVtYmVyLFxuICBvbklkbGU6ICgpID0+IHZvaWQsXG4gIG1hcEVycm9yOiAoZTogdW5rbm93bikgPT4gdW5rbm93biA9IChlKSA9PiBlLFxuKTogUmVhZGFibGVTdHJlYW08VWludDhBcnJheT4ge1xuICBjb25zdCByZWFkZXIgPSBib2R5LmdldFJlYWRlcigpO1xuICByZXR1cm4gbmV3IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+KHtcbiAgICBhc3luYyBwdWxsKGN0cmwpIHtcbiAgICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dChvbklkbGUsIG1zKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHIgPSBhd2FpdCByZWFkZXIucmVhZCgpO1xuICAgICAgICBpZiAoci5kb25lKSBjdHJsLmNsb3NlKCk7XG4gICAgICAgIGVsc2UgY3RybC5lbnF1ZXVlKHIudmFsdWUpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICB0aHJvdyBtYXBFcnJvcihlKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gICAgICB9XG4gICAgfSxcbiAgICBhc3luYyBjYW5jZWwocmVhc29uKSB7XG4gICAgICBhd2FpdCByZWFkZXIuY2FuY2VsKHJlYXNvbik7XG4gICAgfSxcbiAgfSwgeyBoaWdoV2F0ZXJNYXJrOiAwIH0pO1xufVxuXG4vKipcbiAqIEdFVHMgYHVybGAgKGZvbGxvd2luZyByZWRpcmVjdHMpLCByZXRyeWluZyBvbiBuZXR3b3JrIGVycm9ycyBhbmQgNXh4LlxuICogUmVzb2x2ZXMgd2l0aCB0aGUgMnh4IHJlc3BvbnNlLCBpdHMgYm9keSBzdHJlYW1pbmcgdW5kZXIgdGhlIGlkbGUgbGltaXQ7XG4gKiBhIDR4eCAob3IgYSA1eHggb25jZSByZXRyaWVzIGFyZSBzcGVudCkgcmVqZWN0cyB3aXRoIGBUYXNrY2x1c3RlckFwaUVycm9yYCxcbiAqIGEgbmV0d29yayBmYWlsdXJlIHdpdGggYFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yYC4gVVJMcyBpbiBlcnJvcnMgaGF2ZVxuICogdGhlaXIgcXVlcnkgcmVkYWN0ZWQgKGl0IHVzdWFsbHkgY2FycmllcyBhIHNpZ25hdHVyZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZXRXaXRoUmV0cmllcyh1cmw6IHN0cmluZywgb3B0czogSHR0cE9wdGlvbnMgPSB7fSk6IFByb21pc2U8UmVzcG9uc2U+IHtcbiAgY29uc3QgZmV0Y2hGbiA9IG9wdHMuZmV0Y2ggPz8gKChpbnB1dCwgaW5pdCkgPT4gZmV0Y2goaW5wdXQsIGluaXQpKTtcbiAgY29uc3QgdGltZW91dE1zID0gb3B0cy50aW1lb3V0TXMgPz8gREVGQVVMVF9USU1FT1VUX01TO1xuICBjb25zdCBzaG93biA9IHJlZGFjdFVybCh1cmwpO1xuICByZXR1cm4gd2l0aFJldHJpZXMoYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGFjID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgIGxldCB0aW1lZE91dCA9IGZhbHNlO1xuICAgIGNvbnN0IGFib3J0ID0gKCkgPT4ge1xuICAgICAgdGltZWRPdXQgPSB0cnVlO1xuICAgICAgYWMuYWJvcnQoKTtcbiAgICB9O1xuICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dChhYm9ydCwgdGltZW91dE1zKTtcbiAgICBsZXQgcmVzOiBSZXNwb25zZTtcbiAgICB0cnkge1xuICAgICAgcmVzID0gYXdhaXQgZmV0Y2hGbih1cmwsIHsgbWV0aG9kOiBcIkdFVFwiLCBoZWFkZXJzOiBvcHRzLmhlYWRlcnMsIHNpZ25hbDogYWMuc2lnbmFsIH0pO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHJldHVybiByZXRyeWFibGUoXG4gICAgICAgIG5ldyBUYXNrY2x1c3Rlck5ldHdvcmtFcnJvcih7IG1ldGhvZDogXCJHRVRcIiwgdXJsOiBzaG93biwgY2F1c2U6IGUsIHRpbWVkT3V0IH0pLFxuICAgICAgKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICB9XG4gICAgaWYgKCFyZXMub2spIHtcbiAgICAgIGxldCB0ZXh0ID0gXCJcIjtcbiAgICAgIGNvbnN0IHQyID0gc2V0VGltZW91dChhYm9ydCwgdGltZW91dE1zKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHRleHQgPSBhd2FpdCByZXMudGV4dCgpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIHRleHQgPSBcIlwiO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgY2xlYXJUaW1lb3V0KHQyKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGVyciA9IGFwaUVycm9yRnJvbVJlcGx5KFxuICAgICAgICBcIkdFVFwiLFxuICAgICAgICBzaG93bixcbiAgICAgICAgcmVzLnN0YXR1cyxcbiAgICAgICAgcmVzLnN0YXR1c1RleHQsXG4gICAgICAgIHJlcy5oZWFkZXJzLmdldChcImNvbnRlbnQtdHlwZVwiKSA/PyBcIlwiLFxuICAgICAgICB0ZXh0LFxuICAgICAgKTtcbiAgICAgIGlmIChyZXMuc3RhdHVzID49IDUwMCkgcmV0dXJuIHJldHJ5YWJsZShlcnIpO1xuICAgICAgdGhyb3cgZXJyO1xuICAgIH1cbiAgICBpZiAoIXJlcy5ib2R5KSByZXR1cm4gZG9uZShyZXMpO1xuICAgIGNvbnN0IGJvZHkgPSBpZGxlVGltZW91dFN0cmVhbShcbiAgICAgIHJlcy5ib2R5LFxuICAgICAgdGltZW91dE1zLFxuICAgICAgYWJvcnQsXG4gICAgICAoZSkgPT4gbmV3IFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yKHsgbWV0aG9kOiBcIkdFVFwiLCB1cmw6IHNob3duLCBjYXVzZTogZSwgdGltZWRPdXQgfSksXG4gICAgKTtcbiAgICByZXR1cm4gZG9uZShcbiAgICAgIG5ldyBSZXNwb25zZShib2R5LCB7IHN0YXR1czogcmVzLnN0YXR1cywgc3RhdHVzVGV4dDogcmVzLnN0YXR1c1RleHQsIGhlYWRlcnM6IHJlcy5oZWFkZXJzIH0pLFxuICAgICk7XG4gIH0sIG9wdHMpO1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Ozs7OztDQVdDLEdBQ0QsU0FBUyxpQkFBaUIsRUFBRSxTQUFTLEVBQUUsdUJBQXVCLFFBQVEsY0FBYztBQUNwRixTQUFTLElBQUksRUFBRSxTQUFTLEVBQXFCLFdBQVcsUUFBUSxhQUFhO0FBWTdFLGtFQUFrRSxHQUNsRSxPQUFPLE1BQU0scUJBQXFCLE9BQU87QUFFekM7Ozs7O0NBS0MsR0FDRCxPQUFPLFNBQVMsa0JBQ2QsSUFBZ0MsRUFDaEMsRUFBVSxFQUNWLE1BQWtCLEVBQ2xCLFdBQW9DLENBQUMsSUFBTSxDQUFDO0VBRTVDLE1BQU0sU0FBUyxLQUFLLFNBQVM7RUFDN0IsT0FBTyxJQUFJLGVBQTJCO0lBQ3BDLE1BQU0sTUFBSyxJQUFJO01BQ2IsTUFBTSxRQUFRLFdBQVcsUUFBUTtNQUNqQyxJQUFJO1FBQ0YsTUFBTSxJQUFJLE1BQU0sT0FBTyxJQUFJO1FBQzNCLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxLQUFLO2FBQ2pCLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSztNQUMzQixFQUFFLE9BQU8sR0FBRztRQUNWLE1BQU0sU0FBUztNQUNqQixTQUFVO1FBQ1IsYUFBYTtNQUNmO0lBQ0Y7SUFDQSxNQUFNLFFBQU8sTUFBTTtNQUNqQixNQUFNLE9BQU8sTUFBTSxDQUFDO0lBQ3RCO0VBQ0YsR0FBRztJQUFFLGVBQWU7RUFBRTtBQUN4QjtBQUVBOzs7Ozs7Q0FNQyxHQUNELE9BQU8sU0FBUyxlQUFlLEdBQVcsRUFBRSxPQUFvQixDQUFDLENBQUM7RUFDaEUsTUFBTSxVQUFVLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQyxPQUFPLE9BQVMsTUFBTSxPQUFPLEtBQUs7RUFDbEUsTUFBTSxZQUFZLEtBQUssU0FBUyxJQUFJO0VBQ3BDLE1BQU0sUUFBUSxVQUFVO0VBQ3hCLE9BQU8sWUFBWTtJQUNqQixNQUFNLEtBQUssSUFBSTtJQUNmLElBQUksV0FBVztJQUNmLE1BQU0sUUFBUTtNQUNaLFdBQVc7TUFDWCxHQUFHLEtBQUs7SUFDVjtJQUNBLE1BQU0sUUFBUSxXQUFXLE9BQU87SUFDaEMsSUFBSTtJQUNKLElBQUk7TUFDRixNQUFNLE1BQU0sUUFBUSxLQUFLO1FBQUUsUUFBUTtRQUFPLFNBQVMsS0FBSyxPQUFPO1FBQUUsUUFBUSxHQUFHLE1BQU07TUFBQztJQUNyRixFQUFFLE9BQU8sR0FBRztNQUNWLE9BQU8sVUFDTCxJQUFJLHdCQUF3QjtRQUFFLFFBQVE7UUFBTyxLQUFLO1FBQU8sT0FBTztRQUFHO01BQVM7SUFFaEYsU0FBVTtNQUNSLGFBQWE7SUFDZjtJQUNBLElBQUksQ0FBQyxJQUFJLEVBQUUsRUFBRTtNQUNYLElBQUksT0FBTztNQUNYLE1BQU0sS0FBSyxXQUFXLE9BQU87TUFDN0IsSUFBSTtRQUNGLE9BQU8sTUFBTSxJQUFJLElBQUk7TUFDdkIsRUFBRSxPQUFNO1FBQ04sT0FBTztNQUNULFNBQVU7UUFDUixhQUFhO01BQ2Y7TUFDQSxNQUFNLE1BQU0sa0JBQ1YsT0FDQSxPQUNBLElBQUksTUFBTSxFQUNWLElBQUksVUFBVSxFQUNkLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxtQkFBbUIsSUFDbkM7TUFFRixJQUFJLElBQUksTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO01BQ3hDLE1BQU07SUFDUjtJQUNBLElBQUksQ0FBQyxJQUFJLElBQUksRUFBRSxPQUFPLEtBQUs7SUFDM0IsTUFBTSxPQUFPLGtCQUNYLElBQUksSUFBSSxFQUNSLFdBQ0EsT0FDQSxDQUFDLElBQU0sSUFBSSx3QkFBd0I7UUFBRSxRQUFRO1FBQU8sS0FBSztRQUFPLE9BQU87UUFBRztNQUFTO0lBRXJGLE9BQU8sS0FDTCxJQUFJLFNBQVMsTUFBTTtNQUFFLFFBQVEsSUFBSSxNQUFNO01BQUUsWUFBWSxJQUFJLFVBQVU7TUFBRSxTQUFTLElBQUksT0FBTztJQUFDO0VBRTlGLEdBQUc7QUFDTCJ9
// denoCacheMetadata=7899573225117190816,11318961105156302881
