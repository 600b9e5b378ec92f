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
 */ /** The root URL without trailing slashes. */ export function normalizeRootUrl(rootUrl) {
  return rootUrl.replace(/\/*$/, "");
}
function cleanPath(path) {
  return path.replace(/^\/*/, "");
}
/** URL of `path` in a Taskcluster service API. */ export function api(
  rootUrl,
  service,
  version,
  path,
) {
  return `${normalizeRootUrl(rootUrl)}/api/${service}/${version}/${cleanPath(path)}`;
}
/** URL of a service's API reference document. */ export function apiReference(
  rootUrl,
  service,
  version,
) {
  return `${normalizeRootUrl(rootUrl)}/references/${service}/${version}/api.json`;
}
/** URL of a page of the deployment's docs. */ export function docs(rootUrl, path) {
  return `${normalizeRootUrl(rootUrl)}/docs/${cleanPath(path)}`;
}
/** URL of a service's schema (`schema` usually starts with the version, `v1/task.json`). */ export function schema(
  rootUrl,
  service,
  schemaPath,
) {
  return `${normalizeRootUrl(rootUrl)}/schemas/${service}/${cleanPath(schemaPath)}`;
}
/** URL of a page of the Taskcluster UI. */ export function ui(rootUrl, path) {
  return `${normalizeRootUrl(rootUrl)}/${cleanPath(path)}`;
}
/** UI link to a task (`<rootUrl>/tasks/<taskId>`). */ export function taskUi(rootUrl, taskId) {
  return ui(rootUrl, `tasks/${taskId}`);
}
/** UI link to a task run (`<rootUrl>/tasks/<taskId>/runs/<runId>`). */ export function taskRunUi(
  rootUrl,
  taskId,
  runId,
) {
  return ui(rootUrl, `tasks/${taskId}/runs/${runId}`);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL3VybHMudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUYXNrY2x1c3RlciBVUkxzIGZyb20gYSByb290IFVSTCwgZXhhY3RseSBhcyB0YXNrY2x1c3Rlci1saWItdXJscyBidWlsZHNcbiAqIHRoZW06IHRyYWlsaW5nIHNsYXNoZXMgb2YgdGhlIHJvb3QgVVJMIGFuZCBsZWFkaW5nIHNsYXNoZXMgb2YgdGhlIHBhdGhcbiAqIGFyZSBkcm9wcGVkLCB0aGVuIGA8cm9vdFVybD4vYXBpLzxzZXJ2aWNlPi88dmVyc2lvbj4vPHBhdGg+YC5cbiAqXG4gKiBgYGB0c1xuICogYXBpKFwiaHR0cHM6Ly90Yy5leGFtcGxlLmNvbS9cIiwgXCJxdWV1ZVwiLCBcInYxXCIsIFwiL3Rhc2svYWJjL3N0YXR1c1wiKTtcbiAqIC8vIFwiaHR0cHM6Ly90Yy5leGFtcGxlLmNvbS9hcGkvcXVldWUvdjEvdGFzay9hYmMvc3RhdHVzXCJcbiAqIHVpKFwiaHR0cHM6Ly90Yy5leGFtcGxlLmNvbVwiLCBgdGFza3MvJHt0YXNrSWR9L3J1bnMvJHtydW5JZH1gKTtcbiAqIGBgYFxuICovXG5cbi8qKiBUaGUgcm9vdCBVUkwgd2l0aG91dCB0cmFpbGluZyBzbGFzaGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGl6ZVJvb3RVcmwocm9vdFVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHJvb3RVcmwucmVwbGFjZSgvXFwvKiQvLCBcIlwiKTtcbn1cblxuZnVuY3Rpb24gY2xlYW5QYXRoKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBwYXRoLnJlcGxhY2UoL15cXC8qLywgXCJcIik7XG59XG5cbi8qKiBVUkwgb2YgYHBhdGhgIGluIGEgVGFza2NsdXN0ZXIgc2VydmljZSBBUEkuICovXG5leHBvcnQgZnVuY3Rpb24gYXBpKHJvb3RVcmw6IHN0cmluZywgc2VydmljZTogc3RyaW5nLCB2ZXJzaW9uOiBzdHJpbmcsIHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3JtYWxpemVSb290VXJsKHJvb3RVcmwpfS9hcGkvJHtzZXJ2aWNlfS8ke3ZlcnNpb259LyR7Y2xlYW5QYXRoKHBhdGgpfWA7XG59XG5cbi8qKiBVUkwgb2YgYSBzZXJ2aWNlJ3MgQVBJIHJlZmVyZW5jZSBkb2N1bWVudC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhcGlSZWZlcmVuY2Uocm9vdFVybDogc3RyaW5nLCBzZXJ2aWNlOiBzdHJpbmcsIHZlcnNpb246IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3JtYWxpemVSb290VXJsKHJvb3RVcmwpfS9yZWZlcmVuY2VzLyR7c2VydmljZX0vJHt2ZXJzaW9ufS9hcGkuanNvbmA7XG59XG5cbi8qKiBVUkwgb2YgYSBwYWdlIG9mIHRoZSBkZXBsb3ltZW50J3MgZG9jcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkb2NzKHJvb3RVcmw6IHN0cmluZywgcGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke25vcm1hbGl6ZVJvb3RVcmwocm9vdFVybCl9L2RvY3MvJHtjbGVhblBhdGgocGF0aCl9YDtcbn1cblxuLyoqIFVSTCBvZiBhIHNlcnZpY2UncyBzY2hlbWEgKGBzY2hlbWFgIHVzdWFsbHkgc3RhcnRzIHdpdGggdGhlIHZlcnNpb24sIGB2MS90YXNrLmpzb25gKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWEocm9vdFVybDogc3RyaW5nLCBzZXJ2aWNlOiBzdHJpbmcsIHNjaGVtYVBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3JtYWxpemVSb290VXJsKHJvb3RVcmwpfS9zY2hlbWFzLyR7c2VydmljZX0vJHtjbGVhblBhdGgoc2NoZW1hUGF0aCl9YDtcbn1cblxuLyoqIFVSTCBvZiBhIHBhZ2Ugb2YgdGhlIFRhc2tjbHVzdGVyIFVJLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVpKHJvb3RVcmw6IHN0cmluZywgcGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke25vcm1hbGl6ZVJvb3RVcmwocm9vdFVybCl9LyR7Y2xlYW5QYXRoKHBhdGgpfWA7XG59XG5cbi8qKiBVSSBsaW5rIHRvIGEgdGFzayAoYDxyb290VXJsPi90YXNrcy88dGFza0lkPmApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRhc2tVaShyb290VXJsOiBzdHJpbmcsIHRhc2tJZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHVpKHJvb3RVcmwsIGB0YXNrcy8ke3Rhc2tJZH1gKTtcbn1cblxuLyoqIFVJIGxpbmsgdG8gYSB0YXNrIHJ1biAoYDxyb290VXJsPi90YXNrcy88dGFza0lkPi9ydW5zLzxydW5JZD5gKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0YXNrUnVuVWkocm9vdFVybDogc3RyaW5nLCB0YXNrSWQ6IHN0cmluZywgcnVuSWQ6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiB1aShyb290VXJsLCBgdGFza3MvJHt0YXNrSWR9L3J1bnMvJHtydW5JZH1gKTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7Ozs7Ozs7OztDQVVDLEdBRUQsMkNBQTJDLEdBQzNDLE9BQU8sU0FBUyxpQkFBaUIsT0FBZTtFQUM5QyxPQUFPLFFBQVEsT0FBTyxDQUFDLFFBQVE7QUFDakM7QUFFQSxTQUFTLFVBQVUsSUFBWTtFQUM3QixPQUFPLEtBQUssT0FBTyxDQUFDLFFBQVE7QUFDOUI7QUFFQSxnREFBZ0QsR0FDaEQsT0FBTyxTQUFTLElBQUksT0FBZSxFQUFFLE9BQWUsRUFBRSxPQUFlLEVBQUUsSUFBWTtFQUNqRixPQUFPLEdBQUcsaUJBQWlCLFNBQVMsS0FBSyxFQUFFLFFBQVEsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxFQUFFLFVBQVUsT0FBTztBQUNwRjtBQUVBLCtDQUErQyxHQUMvQyxPQUFPLFNBQVMsYUFBYSxPQUFlLEVBQUUsT0FBZSxFQUFFLE9BQWU7RUFDNUUsT0FBTyxHQUFHLGlCQUFpQixTQUFTLFlBQVksRUFBRSxRQUFRLENBQUMsRUFBRSxRQUFRLFNBQVMsQ0FBQztBQUNqRjtBQUVBLDRDQUE0QyxHQUM1QyxPQUFPLFNBQVMsS0FBSyxPQUFlLEVBQUUsSUFBWTtFQUNoRCxPQUFPLEdBQUcsaUJBQWlCLFNBQVMsTUFBTSxFQUFFLFVBQVUsT0FBTztBQUMvRDtBQUVBLDBGQUEwRixHQUMxRixPQUFPLFNBQVMsT0FBTyxPQUFlLEVBQUUsT0FBZSxFQUFFLFVBQWtCO0VBQ3pFLE9BQU8sR0FBRyxpQkFBaUIsU0FBUyxTQUFTLEVBQUUsUUFBUSxDQUFDLEVBQUUsVUFBVSxhQUFhO0FBQ25GO0FBRUEseUNBQXlDLEdBQ3pDLE9BQU8sU0FBUyxHQUFHLE9BQWUsRUFBRSxJQUFZO0VBQzlDLE9BQU8sR0FBRyxpQkFBaUIsU0FBUyxDQUFDLEVBQUUsVUFBVSxPQUFPO0FBQzFEO0FBRUEsb0RBQW9ELEdBQ3BELE9BQU8sU0FBUyxPQUFPLE9BQWUsRUFBRSxNQUFjO0VBQ3BELE9BQU8sR0FBRyxTQUFTLENBQUMsTUFBTSxFQUFFLFFBQVE7QUFDdEM7QUFFQSxxRUFBcUUsR0FDckUsT0FBTyxTQUFTLFVBQVUsT0FBZSxFQUFFLE1BQWMsRUFBRSxLQUFhO0VBQ3RFLE9BQU8sR0FBRyxTQUFTLENBQUMsTUFBTSxFQUFFLE9BQU8sTUFBTSxFQUFFLE9BQU87QUFDcEQifQ==
// denoCacheMetadata=15033533637088603476,402585264269487549
