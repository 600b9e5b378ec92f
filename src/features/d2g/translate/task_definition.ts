/**
 * Go's `d2g.ConvertTaskDefinition` (what `taskcluster d2g` does to a whole
 * task definition): the payload translated and, when the definition has
 * scopes, the scopes checked and converted for its task queue; every other
 * key kept as it is, unknown ones included.
 *
 * ```ts
 * const gw = convertTaskDefinition(dwTaskDef, d2gConfig, { containerName: "taskcontainer", readDir });
 * ```
 */
import { convertPayload } from "./convert_payload.ts";
import { readDockerWorkerPayload } from "./docker_worker_payload.ts";
import { ConversionError } from "./image.ts";
import { convertScopes, missingDockerWorkerScopes } from "./scopes.ts";
import type { ConvertOptions, D2GConfig } from "./types.ts";

/**
 * The generic-worker task definition of a docker-worker one. `expandedScopes`
 * are the definition's scopes with `assume:` roles expanded (default: the
 * scopes themselves, as Go's test expander does). Throws `ConversionError`
 * with Go's texts.
 */
export function convertTaskDefinition(
  definition: Readonly<Record<string, unknown>>,
  config: D2GConfig,
  options: ConvertOptions,
  expandedScopes?: readonly string[],
): Record<string, unknown> {
  if (!Object.hasOwn(definition, "payload")) {
    throw new ConversionError("task definition does not contain a payload");
  }
  let payload;
  try {
    payload = convertPayload(definition.payload, config, options).payload;
  } catch (e) {
    throw new ConversionError(`cannot convert Docker Worker payload: ${(e as Error).message}`);
  }
  const out: Record<string, unknown> = { ...structuredClone(definition) };
  if (Object.hasOwn(definition, "scopes")) {
    const scopes = Array.isArray(definition.scopes) ? definition.scopes.map(String) : [];
    let queue: string;
    if (definition.taskQueueId === undefined || definition.taskQueueId === null) {
      if (
        typeof definition.provisionerId !== "string" || typeof definition.workerType !== "string"
      ) {
        throw new ConversionError("taskQueueId ('provisionerId/workerType') is required");
      }
      queue = `${definition.provisionerId}/${definition.workerType}`;
    } else {
      queue = String(definition.taskQueueId);
    }
    if (queue === "") {
      throw new ConversionError("taskQueueId ('provisionerId/workerType') is required");
    }
    const expanded = expandedScopes ?? scopes;
    const missing = missingDockerWorkerScopes(
      readDockerWorkerPayload(definition.payload),
      expanded,
      queue,
    );
    if (missing) throw new ConversionError(`cannot convert scopes: ${missing}`);
    out.scopes = convertScopes(scopes, expanded, queue);
  }
  out.payload = JSON.parse(JSON.stringify(payload));
  return out;
}
