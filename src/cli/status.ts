/**
 * `status`: prints the ids of the tasks the workers on this host run, as
 * `{"currentTaskIds": [...]}`. Each running worker registers the URL of its
 * HTTP `/status` (state_files.ts), which is asked first, so two workers on
 * one host are both counted; when none answers, the status file a worker
 * keeps (`<tmpdir>/worker-status.json`, spec 14) is printed, or
 * `{"currentTaskIds": []}` when there is none. Exit 84 when the file exists
 * but cannot be read.
 */
import { CANT_GET_WORKER_STATUS, WorkerExit } from "../exit_codes.ts";
import { processAlive } from "../platform/process.ts";
import { join } from "node:path";
import { registeredWorkers, statusFilePath, workerRegistryDir } from "../worker/state_files.ts";
import { writeStdout } from "./output.ts";

/** The text printed when no task runs. */
export const NO_TASKS_STATUS = JSON.stringify({ currentTaskIds: [] }, null, 2);

/** The running tasks of every registered live worker that answers, or undefined when none does. */
async function askWorkers(dir?: string): Promise<string[] | undefined> {
  let answered = false;
  const ids: string[] = [];
  for (const w of await registeredWorkers(dir)) {
    if (!processAlive(w.pid)) {
      // left by a worker that was killed: forget it
      await Deno.remove(join(dir ?? workerRegistryDir(), `${w.pid}.json`)).catch(() => {});
      continue;
    }
    try {
      const r = await fetch(w.statusUrl, { signal: AbortSignal.timeout(3000) });
      if (!r.ok) {
        await r.body?.cancel();
        continue;
      }
      const body = await r.json() as { currentTasks?: { taskId?: unknown }[] };
      answered = true;
      for (const t of body.currentTasks ?? []) {
        if (typeof t?.taskId === "string" && !ids.includes(t.taskId)) ids.push(t.taskId);
      }
    } catch {
      // not answering: the status file is the fallback
    }
  }
  return answered ? ids : undefined;
}

/** Prints the worker status. */
export async function status(opts: { file?: string; registryDir?: string } = {}): Promise<void> {
  const live = await askWorkers(opts.registryDir);
  if (live) {
    await writeStdout(JSON.stringify({ currentTaskIds: live }, null, 2) + "\n");
    return;
  }
  const file = opts.file ?? statusFilePath();
  let text: string;
  try {
    text = await Deno.readTextFile(file);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      await writeStdout(NO_TASKS_STATUS + "\n");
      return;
    }
    throw new WorkerExit(
      CANT_GET_WORKER_STATUS,
      `Could not read worker status file ${file}: ${(e as Error).message}`,
    );
  }
  await writeStdout(text.endsWith("\n") ? text : text + "\n");
}
