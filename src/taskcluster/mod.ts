/**
 * Taskcluster API clients for the worker: one import for the service
 * clients, credentials, signing, retries, uploads and downloads.
 *
 * ```ts
 * import { Queue, TaskclusterApiError } from "./src/taskcluster/mod.ts";
 * ```
 */
export * from "./artifacts.ts";
export * from "./auth.ts";
export * from "./client.ts";
export * from "./credentials.ts";
export * from "./download.ts";
export * from "./errors.ts";
export * from "./http.ts";
export * from "./index.ts";
export * from "./object.ts";
export * from "./purge_cache.ts";
export * from "./queue.ts";
export * from "./retry.ts";
export * from "./scopes.ts";
export * from "./secrets.ts";
export * from "./signing.ts";
export * from "./slugid.ts";
export * from "./upload.ts";
export * from "./urls.ts";
export * from "./worker_manager.ts";
