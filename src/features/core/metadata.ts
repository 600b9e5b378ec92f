/**
 * Metadata (spec 12.8): at stop, `<stateDir>/generic-worker-metadata.json`
 * is written (atomically) as `{"lastTaskUrl": "<rootURL>/tasks/<id>/runs/<run>"}`
 * indented with a trailing newline. Always requested: a worker with
 * `enableMetadata: false` refuses every task (quirk Q1).
 */
import { join } from "node:path";
import { internalError } from "../../task/errors.ts";
import type { Feature, TaskFeature } from "../feature.ts";

async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}-${crypto.randomUUID()}`;
  try {
    await Deno.writeTextFile(tmp, text, { mode: 0o644 });
    await Deno.rename(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
}

/** The Metadata feature writing into `stateDir` (the worker's working directory). */
export function metadataFeature(stateDir: string): Feature {
  return {
    name: "Metadata",
    isEnabled: (c) => c.enableMetadata,
    isRequested: () => true,
    newTaskFeature(task): TaskFeature {
      return {
        async stop() {
          const url = `${task.config.rootURL}/tasks/${task.taskId}/runs/${task.runId}`;
          try {
            await writeAtomic(
              join(stateDir, "generic-worker-metadata.json"),
              JSON.stringify({ lastTaskUrl: url }, null, 2) + "\n",
            );
          } catch (e) {
            throw internalError(
              `could not write generic-worker-metadata.json: ${(e as Error).message}`,
            );
          }
        },
      };
    },
  };
}
