/**
 * Taskcluster URLs from a root URL, exactly as taskcluster-lib-urls builds
 * them: trailing slashes of the root URL and leading slashes of the path
 * are dropped, then `<rootUrl>/api/<service>/<version>/<path>`.
 *
 * ```ts
 * api("https://tc.example.com/", "queue", "v1", "/task/abc/status");
 * // "https://tc.example.com/api/queue/v1/task/abc/status"
 * ui("https://tc.example.com", `tasks/${taskId}/runs/${runId}`);
 * ```
 */

/** The root URL without trailing slashes. */
export function normalizeRootUrl(rootUrl: string): string {
  return rootUrl.replace(/\/*$/, "");
}

function cleanPath(path: string): string {
  return path.replace(/^\/*/, "");
}

/** URL of `path` in a Taskcluster service API. */
export function api(rootUrl: string, service: string, version: string, path: string): string {
  return `${normalizeRootUrl(rootUrl)}/api/${service}/${version}/${cleanPath(path)}`;
}

/** URL of a service's API reference document. */
export function apiReference(rootUrl: string, service: string, version: string): string {
  return `${normalizeRootUrl(rootUrl)}/references/${service}/${version}/api.json`;
}

/** URL of a page of the deployment's docs. */
export function docs(rootUrl: string, path: string): string {
  return `${normalizeRootUrl(rootUrl)}/docs/${cleanPath(path)}`;
}

/** URL of a service's schema (`schema` usually starts with the version, `v1/task.json`). */
export function schema(rootUrl: string, service: string, schemaPath: string): string {
  return `${normalizeRootUrl(rootUrl)}/schemas/${service}/${cleanPath(schemaPath)}`;
}

/** URL of a page of the Taskcluster UI. */
export function ui(rootUrl: string, path: string): string {
  return `${normalizeRootUrl(rootUrl)}/${cleanPath(path)}`;
}

/** UI link to a task (`<rootUrl>/tasks/<taskId>`). */
export function taskUi(rootUrl: string, taskId: string): string {
  return ui(rootUrl, `tasks/${taskId}`);
}

/** UI link to a task run (`<rootUrl>/tasks/<taskId>/runs/<runId>`). */
export function taskRunUi(rootUrl: string, taskId: string, runId: number): string {
  return ui(rootUrl, `tasks/${taskId}/runs/${runId}`);
}
