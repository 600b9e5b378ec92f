/**
 * D2G for one task run (Go's `TaskRun.convertDockerWorkerPayload`, spec
 * 12.12), called by the Payload Validator once the docker-worker payload
 * passed the schema and D2G is enabled:
 *
 * 1. the capability scopes (expanded through auth.expandScopes when the task
 *    has `assume:` scopes) -> malformed-payload listing the missing ones;
 * 2. the scopes converted and the payload translated (a translation error
 *    -> internal-error `failed to convert docker worker payload to a generic
 *    worker payload: ...`);
 * 3. the translation validated against this worker's schema (invalid ->
 *    the schema and errors in the task log and malformed-payload `d2g
 *    output validation failed: ...`);
 * 4. `task.useD2GTranslation(...)`: payload and scopes replaced for every
 *    later feature (the claim's definition, which chain of trust certifies,
 *    keeps the originals), `task.d2g` set, and the `dockerimage` file mount
 *    handler registered so the Mounts feature records where the image
 *    artifact is cached instead of copying it into the task directory.
 *
 * ```ts
 * await translateDockerWorkerTask(task); // then task.d2g is set
 * ```
 */
import { readdirSync } from "node:fs";
import { internalError, malformedPayload, TaskError } from "../../../task/errors.ts";
import {
  loadPayloadValidator,
  malformedPayloadLog,
  validatePayload,
} from "../../../task/payload_schema.ts";
import type { TaskRun } from "../../../task/task_run.ts";
import { slugid } from "../../../taskcluster/slugid.ts";
import { containerNameFor, convertPayload } from "./convert_payload.ts";
import { readDockerWorkerPayload } from "./docker_worker_payload.ts";
import { convertScopes, missingDockerWorkerScopes } from "./scopes.ts";
import type { Conversion } from "./types.ts";

/** The name of the file mount D2G fetches image artifacts as. */
export const IMAGE_FILE_MOUNT = "dockerimage";

/** `taskQueueId`, or `<provisionerId>/<workerType>` when the definition has none. */
export function taskQueueIdOf(definition: Readonly<Record<string, unknown>>): string {
  const q = definition.taskQueueId;
  if (typeof q === "string" && q !== "") return q;
  return `${definition.provisionerId ?? ""}/${definition.workerType ?? ""}`;
}

function hostDirEntries(path: string): string[] {
  return readdirSync(path);
}

/** Translates the docker-worker payload of `task` in place; throws the `TaskError` that resolves it. */
export async function translateDockerWorkerTask(task: TaskRun): Promise<void> {
  const raw = task.rawPayload;
  const dw = readDockerWorkerPayload(raw);
  const queue = taskQueueIdOf(task.definition);
  const given = task.scopes;
  let expanded: string[];
  try {
    expanded = await task.expandedScopes();
  } catch (e) {
    throw malformedPayload(`error expanding scopes: ${(e as Error).message}`);
  }
  const missing = missingDockerWorkerScopes(dw, expanded, queue);
  if (missing) throw malformedPayload(missing);
  const scopes = convertScopes(given, expanded, queue);

  let conversion: Conversion;
  try {
    conversion = convertPayload(raw, task.config.d2gConfig, {
      containerName: containerNameFor(slugid()),
      readDir: hostDirEntries,
    });
  } catch (e) {
    if (e instanceof TaskError) throw e;
    throw internalError(
      `failed to convert docker worker payload to a generic worker payload: ${
        (e as Error).message
      }`,
    );
  }

  const payload = JSON.parse(JSON.stringify(conversion.payload)) as Record<string, unknown>;
  await loadPayloadValidator();
  const r = validatePayload(task.variant, payload);
  if (!r.valid) {
    await task.log.error(malformedPayloadLog(task.variant, r.errors).join("\n"));
    throw malformedPayload(
      `d2g output validation failed: validation of payload failed for task ${task.taskId}`,
    );
  }

  const info = conversion.info;
  task.useD2GTranslation(payload, scopes, info);
  task.fileMountHandlers.set(IMAGE_FILE_MOUNT, (cacheFile, sha256) => {
    info.imageArtifactPath = cacheFile;
    info.imageArtifactSHA256 = sha256;
    return Promise.resolve();
  });
}
