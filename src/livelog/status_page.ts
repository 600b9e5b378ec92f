/**
 * The HTML status page at `GET /` of the worker's HTTP server: the
 * worker's identity, uptime, the running tasks with links to their live
 * logs (through the Queue's `public/logs/live.log` artifact, which
 * redirects to the stream while the task runs), and recent resolutions.
 * Everything shown is escaped; the page has no script.
 */

/** The status fields the page reads (the `/status` JSON). */
export interface StatusPageData {
  workerPoolId?: unknown;
  workerGroup?: unknown;
  workerId?: unknown;
  engine?: unknown;
  version?: unknown;
  uptimeSeconds?: unknown;
  rootURL?: unknown;
  currentTasks?: unknown;
  recentTasks?: unknown;
  tasksResolved?: unknown;
}

/** HTML-escapes `v` as text. */
export function esc(v: unknown): string {
  return String(v ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function list(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x) => typeof x === "object" && x !== null) : [];
}

function uptime(secs: unknown): string {
  let s = Number(secs) || 0;
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${d > 0 ? `${d}d ` : ""}${h}h ${m}m ${s}s`;
}

/**
 * Renders the page. `base` prefixes its own links (`/status`, `/metrics`):
 * the tunnel id path when it is viewed through websocktunnel.
 */
export function renderStatusPage(s: StatusPageData, base = ""): string {
  const root = typeof s.rootURL === "string" ? s.rootURL.replace(/\/+$/, "") : "";
  const taskLink = (taskId: unknown, runId: unknown) =>
    `${root}/tasks/${encodeURIComponent(String(taskId))}/runs/${encodeURIComponent(String(runId))}`;
  const artifactLink = (taskId: unknown, runId: unknown, name: string) =>
    `${root}/api/queue/v1/task/${encodeURIComponent(String(taskId))}/runs/${
      encodeURIComponent(String(runId))
    }/artifacts/${name}`;
  const running = list(s.currentTasks).map((t) =>
    `<tr><td><a class="task" href="${esc(taskLink(t.taskId, t.runId))}">${
      esc(t.taskId)
    }</a></td><td>${esc(t.runId)}</td><td><a class="live-log" href="${
      esc(artifactLink(t.taskId, t.runId, "public/logs/live.log"))
    }">live log</a></td></tr>`
  );
  const recent = list(s.recentTasks).map((t) =>
    `<tr><td><a class="task" href="${esc(taskLink(t.taskId, t.runId))}">${
      esc(t.taskId)
    }</a></td><td>${esc(t.runId)}</td><td class="resolution">${esc(t.resolution)}${
      t.reason ? ` (${esc(t.reason)})` : ""
    }</td><td>${esc(t.finished)}</td><td><a href="${
      esc(artifactLink(t.taskId, t.runId, "public/logs/live_backing.log"))
    }">log</a></td></tr>`
  );
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>generic-worker ${esc(s.workerId)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:.2em .8em;border-bottom:1px solid #ddd;text-align:left}</style>
</head><body>
<h1>generic-worker <span id="worker-id">${esc(s.workerId)}</span></h1>
<dl>
<dt>Worker pool</dt><dd id="worker-pool">${esc(s.workerPoolId)}</dd>
<dt>Worker group</dt><dd>${esc(s.workerGroup)}</dd>
<dt>Engine</dt><dd>${esc(s.engine)}</dd>
<dt>Version</dt><dd>${esc(s.version)}</dd>
<dt>Uptime</dt><dd id="uptime">${esc(uptime(s.uptimeSeconds))}</dd>
<dt>Tasks resolved</dt><dd id="tasks-resolved">${esc(s.tasksResolved)}</dd>
</dl>
<h2>Running tasks (${running.length})</h2>
<table id="running"><tr><th>Task</th><th>Run</th><th>Log</th></tr>${running.join("")}</table>
<h2>Recent resolutions</h2>
<table id="recent"><tr><th>Task</th><th>Run</th><th>Resolution</th><th>Finished</th><th>Log</th></tr>${
    recent.join("")
  }</table>
<p><a href="${esc(base)}/status">status JSON</a> · <a href="${esc(base)}/metrics">metrics</a></p>
</body></html>
`;
}
