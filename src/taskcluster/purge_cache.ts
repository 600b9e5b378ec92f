/**
 * The Purge-cache service client (`/api/purge-cache/v1`): `purgeRequests`
 * for a worker pool (spec 11.6) and `purgeCache`.
 *
 * ```ts
 * const { requests } = await purge.purgeRequests("proj/linux", lastQuery);
 * ```
 */
import { type ClientOptions, path, TaskclusterClient } from "./client.ts";

/** One request to purge a cache: entries of `cacheName` created before `before` go. */
export type PurgeCacheRequest = {
  provisionerId: string;
  workerType: string;
  cacheName: string;
  before: string;
};

/** Reply of `purgeRequests`. */
export type PurgeCacheRequestList = { requests: PurgeCacheRequest[]; cacheHit?: boolean };

/** The Purge-cache service. */
export class PurgeCache extends TaskclusterClient {
  constructor(options: ClientOptions) {
    super("purge-cache", options);
  }

  /**
   * Purge requests of `workerPoolId` (`<provisionerId>/<workerType>`) made
   * since `since` (all when omitted).
   */
  purgeRequests(workerPoolId: string, since?: string | Date): Promise<PurgeCacheRequestList> {
    const s = since === undefined ? undefined : typeof since === "string" ? since : since.toJSON();
    return this.request("GET", path`/purge-cache/${workerPoolId}`, { query: { since: s } });
  }

  /** Requests that caches named `cacheName` of the pool be purged. */
  async purgeCache(workerPoolId: string, body: { cacheName: string }): Promise<void> {
    await this.request("POST", path`/purge-cache/${workerPoolId}`, { body });
  }
}
