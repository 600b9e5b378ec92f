/**
 * `status`: prints the status file a running worker keeps
 * (`<tmpdir>/worker-status.json`, spec 14), or `{"currentTaskIds": []}`
 * when no task runs. Exit 84 when the file exists but cannot be read.
 */
import { CANT_GET_WORKER_STATUS, WorkerExit } from "../exit_codes.ts";
import { statusFilePath } from "../worker/state_files.ts";
import { writeStdout } from "./output.ts";

/** The text printed when no task runs. */
export const NO_TASKS_STATUS = JSON.stringify({ currentTaskIds: [] }, null, 2);

/** Prints the worker status. */
export async function status(opts: { file?: string } = {}): Promise<void> {
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
