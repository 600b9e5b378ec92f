/**
 * A small HTML page per task at `/tasks/<taskId>` (and
 * `/tasks/<taskId>/runs/<runId>`, the URL the worker prints), so the links
 * a worker hands out lead somewhere: the task's name, state and deadline,
 * its runs (state, reasons, worker, times), each run's artifacts linked
 * through the queue's `getArtifact` (which checks scopes as usual) and the
 * run's log. Shows no payload. Everything is escaped; no script.
 */
import type { Hono } from "hono";
import type { QueueService } from "./queue.ts";

function esc(v: unknown): string {
  return String(v ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Mounts the task pages on `app`. */
export function mountTaskPages(app: Hono, queue: QueueService): void {
  const page = async (taskId: string, focusRun?: number) => {
    const view = await queue.taskView(taskId);
    if (!view) {
      return new Response(
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Task not found</title></head><body><h1>Task ${
          esc(taskId)
        } not found</h1></body></html>`,
        { status: 404, headers: { "content-type": "text/html; charset=utf-8" } },
      );
    }
    const { status, definition, artifacts } = view;
    const art = (runId: number, name: string) =>
      `/api/queue/v1/task/${encodeURIComponent(taskId)}/runs/${runId}/artifacts/${
        name.split("/").map(encodeURIComponent).join("/")
      }`;
    const runs = status.runs.map((r) => {
      const list = (artifacts[r.runId] ?? []).map((a) =>
        `<li><a class="artifact" href="${esc(art(r.runId, a.name))}">${esc(a.name)}</a> <small>${
          esc(a.storageType)
        }, ${esc(a.contentType)}</small></li>`
      ).join("");
      const log = (artifacts[r.runId] ?? []).find((a) => a.name === "public/logs/live_backing.log");
      return `<section class="run${r.runId === focusRun ? " focus" : ""}" id="run-${r.runId}">
<h2>Run ${r.runId}: <span class="state">${esc(r.state)}</span>${
        r.reasonResolved ? ` <small class="reason">(${esc(r.reasonResolved)})</small>` : ""
      }</h2>
<p>Created: ${esc(r.reasonCreated)} · worker ${esc(r.workerGroup)}/${esc(r.workerId)} · scheduled ${
        esc(r.scheduled)
      } · started ${esc(r.started)} · resolved ${esc(r.resolved)}</p>
${log ? `<p><a class="log" href="${esc(art(r.runId, log.name))}">Task log</a></p>` : ""}
<ul class="artifacts">${list}</ul>
</section>`;
    }).join("\n");
    const name = (definition.metadata as { name?: unknown })?.name;
    const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(name)} (${esc(taskId)})</title>
<style>body{font-family:sans-serif;margin:2em}.focus{background:#ffd}</style></head><body>
<h1 id="task-name">${esc(name)}</h1>
<dl><dt>Task</dt><dd id="task-id">${esc(taskId)}</dd><dt>State</dt><dd id="task-state">${
      esc(status.state)
    }</dd><dt>Task queue</dt><dd>${esc(status.taskQueueId)}</dd><dt>Deadline</dt><dd>${
      esc(status.deadline)
    }</dd></dl>
${runs || "<p>No runs yet.</p>"}
<p><a href="/api/queue/v1/task/${esc(encodeURIComponent(taskId))}/status">status JSON</a></p>
</body></html>
`;
    return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
  };
  app.get("/tasks/:taskId", (c) => page(c.req.param("taskId")));
  app.get("/tasks/:taskId/runs/:runId", (c) => {
    const runId = Number(c.req.param("runId"));
    return page(c.req.param("taskId"), Number.isInteger(runId) ? runId : undefined);
  });
}
