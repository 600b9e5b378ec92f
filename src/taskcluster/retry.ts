/**
 * Retries with exponential backoff and jitter, shaped like the Go worker's
 * httpbackoff (github.com/taskcluster/httpbackoff/v3 over
 * cenkalti/backoff/v3 `NewExponentialBackOff`: 500 ms initial interval,
 * x1.5, randomization factor 0.5, intervals capped at 60 s, no cap on the
 * number of retries, none started after 15 min in total). Callers may cap
 * the number of retries (`retries`) or shorten the budget (tests; the
 * worker's `httpBackoff*` config keys).
 *
 * ```ts
 * const value = await withRetries(async (attempt) => {
 *   const r = await fetch(url);
 *   if (r.status >= 500) return retryable(new Error(`HTTP ${r.status}`));
 *   return done(r);
 * }, { retries: 3 });
 * ```
 */

/** How to retry. All fields optional; see `DEFAULT_RETRY`. */
export type RetryOptions = {
  /** Retries after the first attempt (so `retries + 1` attempts at most). */
  retries?: number;
  /** First delay, ms. */
  initialDelayMs?: number;
  /** Growth of the delay per retry. */
  multiplier?: number;
  /** Jitter: each delay is scaled by a random factor in [1 - f, 1 + f]. */
  randomizationFactor?: number;
  /** Cap of one delay (before jitter), ms. */
  maxDelayMs?: number;
  /** No retry is started once this much time has passed since the first attempt, ms. */
  totalBudgetMs?: number;
  /** Sleeps `ms` (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** Random number in [0, 1) for the jitter (tests pass a fixed one). */
  random?: () => number;
  /** Clock for the total budget, ms. */
  now?: () => number;
  /** Called before each retry with the attempt that failed (1-based), its error and the delay. */
  onRetry?: (info: { attempt: number; error: unknown; delayMs: number }) => void;
  /** Aborts waiting between attempts (the pending error is then thrown). */
  signal?: AbortSignal;
  /**
   * Once aborted, no further attempt is started (a wait between attempts
   * ends at once and the pending error is thrown); unlike `signal` of the
   * service clients, the attempt in flight is left to finish.
   */
  stopRetrying?: AbortSignal;
};

/** The defaults: Go httpbackoff's (retries limited by the 15-minute budget only). */
export const DEFAULT_RETRY = {
  retries: Number.POSITIVE_INFINITY,
  initialDelayMs: 500,
  multiplier: 1.5,
  randomizationFactor: 0.5,
  maxDelayMs: 60_000,
  totalBudgetMs: 15 * 60_000,
} as const;

/** The outcome of one attempt: a value, or an error worth retrying. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A successful attempt. */
export function done<T>(value: T): Attempt<T> {
  return { ok: true, value };
}

/** A failed attempt that may be retried (permanent failures are thrown instead). */
export function retryable<T>(error: unknown): Attempt<T> {
  return { ok: false, error };
}

/** The delay before retry number `retry` (1-based), with jitter. */
export function backoffDelay(retry: number, opts: RetryOptions = {}): number {
  const initial = opts.initialDelayMs ?? DEFAULT_RETRY.initialDelayMs;
  const mult = opts.multiplier ?? DEFAULT_RETRY.multiplier;
  const max = opts.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  const f = opts.randomizationFactor ?? DEFAULT_RETRY.randomizationFactor;
  const base = Math.min(initial * Math.pow(mult, retry - 1), max);
  const r = (opts.random ?? Math.random)();
  return Math.max(0, base * (1 - f + 2 * f * r));
}

/** Sleeps `ms`, resolving early (without error) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
  });
}

/**
 * Runs `attempt` until it succeeds, throws (permanent failure), or the
 * retries or the time budget run out; then the last retryable error is
 * thrown.
 */
export async function withRetries<T>(
  attempt: (attempt: number) => Promise<Attempt<T>>,
  opts: RetryOptions = {},
): Promise<T> {
  const retries = opts.retries ?? DEFAULT_RETRY.retries;
  const budget = opts.totalBudgetMs ?? DEFAULT_RETRY.totalBudgetMs;
  const now = opts.now ?? (() => performance.now());
  const stop = opts.signal && opts.stopRetrying
    ? AbortSignal.any([opts.signal, opts.stopRetrying])
    : opts.signal ?? opts.stopRetrying;
  const wait = opts.sleep ?? ((ms: number) => sleep(ms, stop));
  const started = now();
  for (let n = 1;; n++) {
    const r = await attempt(n);
    if (r.ok) return r.value;
    if (n > retries || stop?.aborted) throw r.error;
    const delayMs = backoffDelay(n, opts);
    if (now() - started + delayMs > budget) throw r.error;
    opts.onRetry?.({ attempt: n, error: r.error, delayMs });
    await wait(delayMs);
    if (stop?.aborted) throw r.error;
  }
}
