/**
 * `ContentSources` on the Taskcluster clients: artifacts through the Queue
 * (latest run, by storage type: s3/reference URL, object service, error
 * artifact -> `<message>: <reason>`), index look-ups through the Index, and
 * plain URL GETs with the Go worker's backoff (network errors and 5xx
 * retried). All with the task's credentials.
 *
 * ```ts
 * const sources = taskclusterSources({
 *   queue: task.queue,
 *   index: new Index({ rootUrl, credentials: task.credentials }),
 * });
 * ```
 */
import type { Download } from "../../taskcluster/download.ts";
import { downloadUrl } from "../../taskcluster/download.ts";
import type { HttpOptions } from "../../taskcluster/http.ts";
import type { ContentSources } from "./content_cache.ts";

/** The Queue calls used (task credentials). */
export interface ArtifactQueue {
  getLatestArtifactContent(taskId: string, name: string): Promise<Download>;
}

/** The Index call used (task credentials). */
export interface TaskIndex {
  findTask(namespace: string): Promise<{ taskId: string }>;
}

/** Sources on the given clients; `http` configures URL downloads (retries, timeouts, fetch). */
export function taskclusterSources(opts: {
  queue: ArtifactQueue;
  index: TaskIndex;
  http?: HttpOptions;
}): ContentSources {
  return {
    downloadArtifact: (taskId, name) => opts.queue.getLatestArtifactContent(taskId, name),
    findTask: async (namespace) => ({ taskId: (await opts.index.findTask(namespace)).taskId }),
    downloadUrl: (url, onRetry) =>
      downloadUrl(url, {
        ...opts.http,
        onRetry: (info) => {
          opts.http?.onRetry?.(info);
          onRetry(info.error);
        },
      }),
  };
}
