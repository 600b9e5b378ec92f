/**
 * Claiming work: choosing pending tasks by priority and age, moving their
 * runs to `running` with a `takenUntil`, the per-run temporary credentials,
 * and claimWork's long poll.
 */
import { iso } from "./queue_records.ts";
import { PRIORITIES } from "./queue_schemas.ts";
/** The temporary credentials of one claimed run, valid until `takenUntil`. */ export function taskCredentials(
  auth,
  now,
  t,
  runId,
  run,
  takenUntil,
) {
  const clientId = [
    "task-client",
    t.taskId,
    `${runId}`,
    "on",
    run.workerGroup,
    run.workerId,
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
/** Claims up to `count` pending tasks of `taskQueueId` for the worker. */ export function claimPending(
  book,
  auth,
  claimTimeoutSecs,
  taskQueueId,
  workerGroup,
  workerId,
  count,
  writes,
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
 */ export function longPoll(book, taskQueueId, timeoutMs, attempt) {
  const giveUp = Date.now() + timeoutMs;
  const gone = new AbortController();
  const body = new ReadableStream({
    start: (ctrl) => {
      (async () => {
        let claims = [];
        while (!book.closed && !gone.signal.aborted && Date.now() < giveUp) {
          await book.waitForWork(taskQueueId, Math.min(giveUp - Date.now(), 1000), gone.signal);
          if (gone.signal.aborted) return;
          claims = await attempt();
          if (claims.length > 0) break;
        }
        if (gone.signal.aborted) return;
        ctrl.enqueue(new TextEncoder().encode(JSON.stringify({
          tasks: claims,
        })));
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvcXVldWVfY2xhaW1zLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogQ2xhaW1pbmcgd29yazogY2hvb3NpbmcgcGVuZGluZyB0YXNrcyBieSBwcmlvcml0eSBhbmQgYWdlLCBtb3ZpbmcgdGhlaXJcbiAqIHJ1bnMgdG8gYHJ1bm5pbmdgIHdpdGggYSBgdGFrZW5VbnRpbGAsIHRoZSBwZXItcnVuIHRlbXBvcmFyeSBjcmVkZW50aWFscyxcbiAqIGFuZCBjbGFpbVdvcmsncyBsb25nIHBvbGwuXG4gKi9cbmltcG9ydCB0eXBlIHsgQXV0aFNlcnZpY2UgfSBmcm9tIFwiLi9hdXRoLnRzXCI7XG5pbXBvcnQgeyBpc28sIHR5cGUgUnVuUmVjb3JkLCB0eXBlIFRhc2tSZWNvcmQsIHR5cGUgV3JpdGVzIH0gZnJvbSBcIi4vcXVldWVfcmVjb3Jkcy50c1wiO1xuaW1wb3J0IHsgUFJJT1JJVElFUyB9IGZyb20gXCIuL3F1ZXVlX3NjaGVtYXMudHNcIjtcbmltcG9ydCB0eXBlIHsgVGFza0Jvb2sgfSBmcm9tIFwiLi9xdWV1ZV90YXNrcy50c1wiO1xuXG4vKiogVGhlIHRlbXBvcmFyeSBjcmVkZW50aWFscyBvZiBvbmUgY2xhaW1lZCBydW4sIHZhbGlkIHVudGlsIGB0YWtlblVudGlsYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0YXNrQ3JlZGVudGlhbHMoXG4gIGF1dGg6IEF1dGhTZXJ2aWNlLFxuICBub3c6IG51bWJlcixcbiAgdDogVGFza1JlY29yZCxcbiAgcnVuSWQ6IG51bWJlcixcbiAgcnVuOiBSdW5SZWNvcmQsXG4gIHRha2VuVW50aWw6IG51bWJlcixcbikge1xuICBjb25zdCBjbGllbnRJZCA9IFtcbiAgICBcInRhc2stY2xpZW50XCIsXG4gICAgdC50YXNrSWQsXG4gICAgYCR7cnVuSWR9YCxcbiAgICBcIm9uXCIsXG4gICAgcnVuLndvcmtlckdyb3VwISxcbiAgICBydW4ud29ya2VySWQhLFxuICAgIFwidW50aWxcIixcbiAgICBgJHt0YWtlblVudGlsIC8gMTAwMH1gLFxuICBdLmpvaW4oXCIvXCIpO1xuICByZXR1cm4gYXV0aC5pc3N1ZVRlbXBvcmFyeUNyZWRlbnRpYWxzKHtcbiAgICBjbGllbnRJZCxcbiAgICBzdGFydDogbm93LFxuICAgIGV4cGlyeTogdGFrZW5VbnRpbCxcbiAgICBzY29wZXM6IFtcbiAgICAgIGBxdWV1ZTpyZWNsYWltLXRhc2s6JHt0LnRhc2tJZH0vJHtydW5JZH1gLFxuICAgICAgYHF1ZXVlOnJlc29sdmUtdGFzazoke3QudGFza0lkfS8ke3J1bklkfWAsXG4gICAgICBgcXVldWU6Y3JlYXRlLWFydGlmYWN0OiR7dC50YXNrSWR9LyR7cnVuSWR9YCxcbiAgICAgIC4uLnQuZGVmaW5pdGlvbi5zY29wZXMsXG4gICAgXSxcbiAgfSk7XG59XG5cbi8qKiBDbGFpbXMgdXAgdG8gYGNvdW50YCBwZW5kaW5nIHRhc2tzIG9mIGB0YXNrUXVldWVJZGAgZm9yIHRoZSB3b3JrZXIuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhaW1QZW5kaW5nKFxuICBib29rOiBUYXNrQm9vayxcbiAgYXV0aDogQXV0aFNlcnZpY2UsXG4gIGNsYWltVGltZW91dFNlY3M6IG51bWJlcixcbiAgdGFza1F1ZXVlSWQ6IHN0cmluZyxcbiAgd29ya2VyR3JvdXA6IHN0cmluZyxcbiAgd29ya2VySWQ6IHN0cmluZyxcbiAgY291bnQ6IG51bWJlcixcbiAgd3JpdGVzOiBXcml0ZXMsXG4pIHtcbiAgY29uc3QgY2FuZGlkYXRlcyA9IGJvb2sucGVuZGluZyh0YXNrUXVldWVJZCk7XG4gIGNhbmRpZGF0ZXMuc29ydCgoYSwgYikgPT5cbiAgICBQUklPUklUSUVTLmluZGV4T2YoYS5kZWZpbml0aW9uLnByaW9yaXR5KSAtIFBSSU9SSVRJRVMuaW5kZXhPZihiLmRlZmluaXRpb24ucHJpb3JpdHkpIHx8XG4gICAgYS5ydW5zW2EucnVucy5sZW5ndGggLSAxXS5zY2hlZHVsZWQubG9jYWxlQ29tcGFyZShiLnJ1bnNbYi5ydW5zLmxlbmd0aCAtIDFdLnNjaGVkdWxlZCkgfHxcbiAgICBhLnRhc2tJZC5sb2NhbGVDb21wYXJlKGIudGFza0lkKVxuICApO1xuICBjb25zdCBub3cgPSBib29rLm5vdygpO1xuICByZXR1cm4gY2FuZGlkYXRlcy5zbGljZSgwLCBjb3VudCkubWFwKCh0KSA9PiB7XG4gICAgY29uc3QgcnVuSWQgPSB0LnJ1bnMubGVuZ3RoIC0gMTtcbiAgICBjb25zdCBydW4gPSB0LnJ1bnNbcnVuSWRdO1xuICAgIGNvbnN0IHRha2VuVW50aWwgPSBub3cgKyBjbGFpbVRpbWVvdXRTZWNzICogMTAwMDtcbiAgICBPYmplY3QuYXNzaWduKHJ1biwge1xuICAgICAgc3RhdGU6IFwicnVubmluZ1wiLFxuICAgICAgd29ya2VyR3JvdXAsXG4gICAgICB3b3JrZXJJZCxcbiAgICAgIHRha2VuVW50aWw6IGlzbyh0YWtlblVudGlsKSxcbiAgICAgIHN0YXJ0ZWQ6IGlzbyhub3cpLFxuICAgIH0pO1xuICAgIHQudGFrZW5VbnRpbCA9IGlzbyh0YWtlblVudGlsKTtcbiAgICBib29rLnNhdmUodCwgd3JpdGVzKTtcbiAgICByZXR1cm4ge1xuICAgICAgc3RhdHVzOiBib29rLnN0YXR1cyh0KSxcbiAgICAgIHJ1bklkLFxuICAgICAgd29ya2VyR3JvdXAsXG4gICAgICB3b3JrZXJJZCxcbiAgICAgIHRha2VuVW50aWw6IGlzbyh0YWtlblVudGlsKSxcbiAgICAgIHRhc2s6IHQuZGVmaW5pdGlvbixcbiAgICAgIGNyZWRlbnRpYWxzOiB0YXNrQ3JlZGVudGlhbHMoYXV0aCwgbm93LCB0LCBydW5JZCwgcnVuLCB0YWtlblVudGlsKSxcbiAgICB9O1xuICB9KTtcbn1cblxuLyoqXG4gKiBXYWl0cyBmb3Igd29yayB3aXRoIHRoZSByZXNwb25zZSBhbHJlYWR5IHN0YXJ0ZWQgKDIwMCwgSlNPTiBzdHJlYW1lZFxuICogYXQgdGhlIGVuZCksIHNvIGEgY2xpZW50IHRoYXQgZ29lcyBhd2F5IGNhbmNlbHMgdGhlIGJvZHkgYW5kIG5vdGhpbmdcbiAqIGlzIGNsYWltZWQgZm9yIGl0LCBsaWtlIHRoZSByZWFsIHF1ZXVlJ3MgbG9uZyBwb2xsLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbG9uZ1BvbGwoXG4gIGJvb2s6IFRhc2tCb29rLFxuICB0YXNrUXVldWVJZDogc3RyaW5nLFxuICB0aW1lb3V0TXM6IG51bWJlcixcbiAgYXR0ZW1wdDogKCkgPT4gUHJvbWlzZTx1bmtub3duW10+LFxuKTogUmVzcG9uc2Uge1xuICBjb25zdCBnaXZlVXAgPSBEYXRlLm5vdygpICsgdGltZW91dE1zO1xuICBjb25zdCBnb25lID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICBjb25zdCBib2R5ID0gbmV3IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+KHtcbiAgICBzdGFydDogKGN0cmwpID0+IHtcbiAgICAgIChhc3luYyAoKSA9PiB7XG4gICAgICAgIGxldCBjbGFpbXM6IHVua25vd25bXSA9IFtdO1xuICAgICAgICB3aGlsZSAoIWJvb2suY2xvc2VkICYmICFnb25lLnNpZ25hbC5hYm9ydGVkICYmIERhdGUubm93KCkgPCBnaXZlVXApIHtcbiAgICAgICAgICBhd2FpdCBib29rLndhaXRGb3JXb3JrKHRhc2tRdWV1ZUlkLCBNYXRoLm1pbihnaXZlVXAgLSBEYXRlLm5vdygpLCAxMDAwKSwgZ29uZS5zaWduYWwpO1xuICAgICAgICAgIGlmIChnb25lLnNpZ25hbC5hYm9ydGVkKSByZXR1cm47XG4gICAgICAgICAgY2xhaW1zID0gYXdhaXQgYXR0ZW1wdCgpO1xuICAgICAgICAgIGlmIChjbGFpbXMubGVuZ3RoID4gMCkgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGdvbmUuc2lnbmFsLmFib3J0ZWQpIHJldHVybjtcbiAgICAgICAgY3RybC5lbnF1ZXVlKG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShKU09OLnN0cmluZ2lmeSh7IHRhc2tzOiBjbGFpbXMgfSkpKTtcbiAgICAgICAgY3RybC5jbG9zZSgpO1xuICAgICAgfSkoKS5jYXRjaCgoZSkgPT4ge1xuICAgICAgICBjb25zb2xlLmVycm9yKGBsb2NhbHRjOiBjbGFpbVdvcmsgZmFpbGVkOiAke2U/LnN0YWNrID8/IGV9YCk7XG4gICAgICAgIGlmICghZ29uZS5zaWduYWwuYWJvcnRlZCkgY3RybC5lcnJvcihlKTtcbiAgICAgIH0pO1xuICAgIH0sXG4gICAgY2FuY2VsOiAoKSA9PiBnb25lLmFib3J0KCksXG4gIH0pO1xuICByZXR1cm4gbmV3IFJlc3BvbnNlKGJvZHksIHtcbiAgICBzdGF0dXM6IDIwMCxcbiAgICBoZWFkZXJzOiB7XG4gICAgICBcImNvbnRlbnQtdHlwZVwiOiBcImFwcGxpY2F0aW9uL2pzb247IGNoYXJzZXQ9dXRmLThcIixcbiAgICAgIFwiY2FjaGUtY29udHJvbFwiOiBcIm5vLXN0b3JlIG5vLWNhY2hlIG11c3QtcmV2YWxpZGF0ZVwiLFxuICAgIH0sXG4gIH0pO1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7O0NBSUMsR0FFRCxTQUFTLEdBQUcsUUFBc0QscUJBQXFCO0FBQ3ZGLFNBQVMsVUFBVSxRQUFRLHFCQUFxQjtBQUdoRCw0RUFBNEUsR0FDNUUsT0FBTyxTQUFTLGdCQUNkLElBQWlCLEVBQ2pCLEdBQVcsRUFDWCxDQUFhLEVBQ2IsS0FBYSxFQUNiLEdBQWMsRUFDZCxVQUFrQjtFQUVsQixNQUFNLFdBQVc7SUFDZjtJQUNBLEVBQUUsTUFBTTtJQUNSLEdBQUcsT0FBTztJQUNWO0lBQ0EsSUFBSSxXQUFXO0lBQ2YsSUFBSSxRQUFRO0lBQ1o7SUFDQSxHQUFHLGFBQWEsTUFBTTtHQUN2QixDQUFDLElBQUksQ0FBQztFQUNQLE9BQU8sS0FBSyx5QkFBeUIsQ0FBQztJQUNwQztJQUNBLE9BQU87SUFDUCxRQUFRO0lBQ1IsUUFBUTtNQUNOLENBQUMsbUJBQW1CLEVBQUUsRUFBRSxNQUFNLENBQUMsQ0FBQyxFQUFFLE9BQU87TUFDekMsQ0FBQyxtQkFBbUIsRUFBRSxFQUFFLE1BQU0sQ0FBQyxDQUFDLEVBQUUsT0FBTztNQUN6QyxDQUFDLHNCQUFzQixFQUFFLEVBQUUsTUFBTSxDQUFDLENBQUMsRUFBRSxPQUFPO1NBQ3pDLEVBQUUsVUFBVSxDQUFDLE1BQU07S0FDdkI7RUFDSDtBQUNGO0FBRUEsd0VBQXdFLEdBQ3hFLE9BQU8sU0FBUyxhQUNkLElBQWMsRUFDZCxJQUFpQixFQUNqQixnQkFBd0IsRUFDeEIsV0FBbUIsRUFDbkIsV0FBbUIsRUFDbkIsUUFBZ0IsRUFDaEIsS0FBYSxFQUNiLE1BQWM7RUFFZCxNQUFNLGFBQWEsS0FBSyxPQUFPLENBQUM7RUFDaEMsV0FBVyxJQUFJLENBQUMsQ0FBQyxHQUFHLElBQ2xCLFdBQVcsT0FBTyxDQUFDLEVBQUUsVUFBVSxDQUFDLFFBQVEsSUFBSSxXQUFXLE9BQU8sQ0FBQyxFQUFFLFVBQVUsQ0FBQyxRQUFRLEtBQ3BGLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLGFBQWEsQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLEdBQUcsRUFBRSxDQUFDLFNBQVMsS0FDckYsRUFBRSxNQUFNLENBQUMsYUFBYSxDQUFDLEVBQUUsTUFBTTtFQUVqQyxNQUFNLE1BQU0sS0FBSyxHQUFHO0VBQ3BCLE9BQU8sV0FBVyxLQUFLLENBQUMsR0FBRyxPQUFPLEdBQUcsQ0FBQyxDQUFDO0lBQ3JDLE1BQU0sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEdBQUc7SUFDOUIsTUFBTSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU07SUFDekIsTUFBTSxhQUFhLE1BQU0sbUJBQW1CO0lBQzVDLE9BQU8sTUFBTSxDQUFDLEtBQUs7TUFDakIsT0FBTztNQUNQO01BQ0E7TUFDQSxZQUFZLElBQUk7TUFDaEIsU0FBUyxJQUFJO0lBQ2Y7SUFDQSxFQUFFLFVBQVUsR0FBRyxJQUFJO0lBQ25CLEtBQUssSUFBSSxDQUFDLEdBQUc7SUFDYixPQUFPO01BQ0wsUUFBUSxLQUFLLE1BQU0sQ0FBQztNQUNwQjtNQUNBO01BQ0E7TUFDQSxZQUFZLElBQUk7TUFDaEIsTUFBTSxFQUFFLFVBQVU7TUFDbEIsYUFBYSxnQkFBZ0IsTUFBTSxLQUFLLEdBQUcsT0FBTyxLQUFLO0lBQ3pEO0VBQ0Y7QUFDRjtBQUVBOzs7O0NBSUMsR0FDRCxPQUFPLFNBQVMsU0FDZCxJQUFjLEVBQ2QsV0FBbUIsRUFDbkIsU0FBaUIsRUFDakIsT0FBaUM7RUFFakMsTUFBTSxTQUFTLEtBQUssR0FBRyxLQUFLO0VBQzVCLE1BQU0sT0FBTyxJQUFJO0VBQ2pCLE1BQU0sT0FBTyxJQUFJLGVBQTJCO0lBQzFDLE9BQU8sQ0FBQztNQUNOLENBQUM7UUFDQyxJQUFJLFNBQW9CLEVBQUU7UUFDMUIsTUFBTyxDQUFDLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxNQUFNLENBQUMsT0FBTyxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQVE7VUFDbEUsTUFBTSxLQUFLLFdBQVcsQ0FBQyxhQUFhLEtBQUssR0FBRyxDQUFDLFNBQVMsS0FBSyxHQUFHLElBQUksT0FBTyxLQUFLLE1BQU07VUFDcEYsSUFBSSxLQUFLLE1BQU0sQ0FBQyxPQUFPLEVBQUU7VUFDekIsU0FBUyxNQUFNO1VBQ2YsSUFBSSxPQUFPLE1BQU0sR0FBRyxHQUFHO1FBQ3pCO1FBQ0EsSUFBSSxLQUFLLE1BQU0sQ0FBQyxPQUFPLEVBQUU7UUFDekIsS0FBSyxPQUFPLENBQUMsSUFBSSxjQUFjLE1BQU0sQ0FBQyxLQUFLLFNBQVMsQ0FBQztVQUFFLE9BQU87UUFBTztRQUNyRSxLQUFLLEtBQUs7TUFDWixDQUFDLElBQUksS0FBSyxDQUFDLENBQUM7UUFDVixRQUFRLEtBQUssQ0FBQyxDQUFDLDJCQUEyQixFQUFFLEdBQUcsU0FBUyxHQUFHO1FBQzNELElBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxPQUFPLEVBQUUsS0FBSyxLQUFLLENBQUM7TUFDdkM7SUFDRjtJQUNBLFFBQVEsSUFBTSxLQUFLLEtBQUs7RUFDMUI7RUFDQSxPQUFPLElBQUksU0FBUyxNQUFNO0lBQ3hCLFFBQVE7SUFDUixTQUFTO01BQ1AsZ0JBQWdCO01BQ2hCLGlCQUFpQjtJQUNuQjtFQUNGO0FBQ0YifQ==
// denoCacheMetadata=5230118672710177335,4341814433667296908
