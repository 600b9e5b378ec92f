/**
 * Backing Log (spec 9.1): at start, the header (worker type settings as
 * indented JSON, task id, `=== Task Starting ===`); at stop, the first
 * error as `[taskcluster:error] <message>`, then the log is closed and
 * uploaded (unless `features.backingLog` is false) as `logs.backing`
 * (`text/plain; charset=utf-8`, gzip, task expiry), and the local file is
 * removed when `cleanUpTaskDirs`.
 */
import { goMarshalIndent } from "../../task/payload_schema.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/** The content type of both logs. */
export const LOG_CONTENT_TYPE = "text/plain; charset=utf-8";

/** True unless the payload turns the backing log off. */
export function backingLogRequested(task: TaskRun): boolean {
  return task.features.backingLog !== false;
}

/** The Backing Log feature. */
export const backingLogFeature: Feature = {
  name: "Backing Log",
  isEnabled: () => true,
  isRequested: () => true,
  newTaskFeature(task): TaskFeature {
    return {
      async start() {
        const c = task.config;
        await task.log.info(`Worker Type (${c.provisionerId}/${c.workerType}) settings:`);
        const json = goMarshalIndent(c.workerTypeMetadata ?? null).split("\n");
        await task.log.info(json.map((l) => `  ${l}`).join("\n"));
        await task.log.info(`Task ID: ${task.taskId}`);
        await task.log.info("=== Task Starting ===");
      },
      async stop() {
        const first = task.firstError;
        if (first) await task.log.error(first.message);
        await task.log.close();
        if (backingLogRequested(task)) {
          task.addError(
            await task.uploadArtifact({
              kind: "file",
              name: task.backingLogName,
              path: task.log.path,
              contentType: LOG_CONTENT_TYPE,
              contentEncoding: "gzip",
              expires: task.expires,
            }),
          );
        }
        if (task.config.cleanUpTaskDirs) await Deno.remove(task.log.path).catch(() => {});
      },
    };
  },
};
