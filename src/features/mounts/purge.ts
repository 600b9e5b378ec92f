/**
 * The purge-cache service query (spec 11.6): when a task uses writable
 * caches, or 6 hours have passed since the last query, ask
 * `purgeCache.purgeRequests(<provisionerId>/<workerType>, since)` with the
 * worker's credentials (`since` = last query - 5 minutes, left out on the
 * first query) and evict the pool entries of each named cache created
 * before the request's `before` + 5 minutes; entries in use are marked and
 * evicted when released.
 */
import type { MountsLog } from "./content_cache.ts";
import { type MountsState, removeAll } from "./cache_state.ts";
import { errorText } from "./text.ts";

/** The purge-cache client (worker credentials). */
export interface PurgeRequests {
  purgeRequests(
    workerPoolId: string,
    since?: string,
  ): Promise<{ requests: { cacheName: string; before: string }[] }>;
}

const SIX_HOURS = 6 * 3600_000;
const FIVE_MINUTES = 5 * 60_000;

/**
 * Queries the service if needed and applies its requests. Rejects with the
 * service's error or the first deletion failure (the caller only warns).
 */
export async function applyPurgeRequests(
  state: MountsState,
  client: PurgeRequests,
  workerPoolId: string,
  usesWritableCaches: boolean,
  log: MountsLog,
): Promise<void> {
  const now = state.now();
  const last = state.lastPurgeQuery;
  if (!usesWritableCaches && last !== null && now - last < SIX_HOURS) return;
  const since = last === null ? undefined : new Date(last - FIVE_MINUTES).toISOString();
  state.lastPurgeQuery = now;
  const { requests } = await client.purgeRequests(workerPoolId, since);
  const failures: string[] = [];
  for (const request of requests ?? []) {
    const entries = state.directoryCaches.get(request.cacheName);
    if (!entries) continue;
    const before = Date.parse(request.before);
    const remaining = [];
    for (const cache of entries) {
      if (!(cache.created - FIVE_MINUTES < before)) {
        remaining.push(cache);
        continue;
      }
      if (cache.inUse) {
        log.info(`Marking in-use cache ${cache.key} for deferred purge`);
        cache.needsPurge = true;
        remaining.push(cache);
        continue;
      }
      log.info(`Removing cache ${cache.key} from cache table (purge request)`);
      log.info(`Deleting cache ${cache.key} file(s) at ${cache.location}`);
      try {
        await removeAll(cache.location);
      } catch (e) {
        log.error(
          `Could not delete cache ${cache.key} at ${cache.location}: ${
            errorText(e)
          } (will retry on next purge)`,
        );
        failures.push(errorText(e));
        cache.needsPurge = true;
        remaining.push(cache);
      }
    }
    if (remaining.length === 0) state.directoryCaches.delete(request.cacheName);
    else state.directoryCaches.set(request.cacheName, remaining);
    if (failures.length > 0) throw new Error(failures.join("\n"));
  }
}
