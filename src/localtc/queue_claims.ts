/**
 * Claiming work: choosing pending tasks by priority and age, moving their
 * runs to `running` with a `takenUntil`, the per-run temporary credentials,
 * and claimWork's long poll.
 */
import type { AuthService } from "./auth.ts";
import { iso, type RunRecord, type TaskRecord, type Writes } from "./queue_records.ts";
import { PRIORITIES } from "./queue_schemas.ts";
import type { TaskBook } from "./queue_tasks.ts";

/** The temporary credentials of one claimed run, valid until `takenUntil`. */
export function taskCredentials(
  auth: AuthService,
  now: number,
  t: TaskRecord,
  runId: number,
  run: RunRecord,
  takenUntil: number,
) {
  const clientId = [
    "task-client",
    t.taskId,
    `${runId}`,
    "on",
    run.workerGroup!,
    run.workerId!,
    "until",
    `${takenUntil / 1000}`,
  ].join("/");
  return auth.issueTemporaryCredentials({
    clientId,
    start: now,
    expiry: takenUntil,
    scopes: [
      `queue:reclaim-task:${t.taskId}/${runId}`,
      `queue:resolve-task:${t.taskId}/${runId}`,
      `queue:create-artifact:${t.taskId}/${runId}`,
      ...t.definition.scopes,
    ],
  });
}

/** Claims up to `count` pending tasks of `taskQueueId` for the worker. */
export function claimPending(
  book: TaskBook,
  auth: AuthService,
  claimTimeoutSecs: number,
  taskQueueId: string,
  workerGroup: string,
  workerId: string,
  count: number,
  writes: Writes,
) {
  const candidates = book.pending(taskQueueId);
  candidates.sort((a, b) =>
    PRIORITIES.indexOf(a.definition.priority) - PRIORITIES.indexOf(b.definition.priority) ||
    a.runs[a.runs.length - 1].scheduled.localeCompare(b.runs[b.runs.length - 1].scheduled) ||
    a.taskId.localeCompare(b.taskId)
  );
  const now = book.now();
  return candidates.slice(0, count).map((t) => {
    const runId = t.runs.length - 1;
    const run = t.runs[runId];
    const takenUntil = now + claimTimeoutSecs * 1000;
    Object.assign(run, {
      state: "running",
      workerGroup,
      workerId,
      takenUntil: iso(takenUntil),
      started: iso(now),
    });
    t.takenUntil = iso(takenUntil);
    book.save(t, writes);
    return {
      status: book.status(t),
      runId,
      workerGroup,
      workerId,
      takenUntil: iso(takenUntil),
      task: t.definition,
      credentials: taskCredentials(auth, now, t, runId, run, takenUntil),
    };
  });
}

/**
 * Waits for work with the response already started (200, JSON streamed
 * at the end), so a client that goes away cancels the body and nothing
 * is claimed for it, like the real queue's long poll.
 */
export function longPoll(
  book: TaskBook,
  taskQueueId: string,
  timeoutMs: number,
  attempt: () => Promise<unknown[]>,
): Response {
  const giveUp = Date.now() + timeoutMs;
  const gone = new AbortController();
  const body = new ReadableStream<Uint8Array>({
    start: (ctrl) => {
      (async () => {
        let claims: unknown[] = [];
        while (!book.closed && !gone.signal.aborted && Date.now() < giveUp) {
          await book.waitForWork(taskQueueId, Math.min(giveUp - Date.now(), 1000), gone.signal);
          if (gone.signal.aborted) return;
          claims = await attempt();
          if (claims.length > 0) break;
        }
        if (gone.signal.aborted) return;
        ctrl.enqueue(new TextEncoder().encode(JSON.stringify({ tasks: claims })));
        ctrl.close();
      })().catch((e) => {
        console.error(`localtc: claimWork failed: ${e?.stack ?? e}`);
        if (!gone.signal.aborted) ctrl.error(e);
      });
    },
    cancel: () => gone.abort(),
  });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store no-cache must-revalidate",
    },
  });
}
