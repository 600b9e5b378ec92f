/**
 * D2G translation (spec 12.12): docker-worker payloads and scopes into
 * generic-worker ones, byte for byte as Go v106's `tools/d2g` does it. Pure
 * functions (`convertPayload`, `convertScopes`, `missingDockerWorkerScopes`)
 * plus `translateDockerWorkerTask`, which applies them to a `TaskRun`.
 *
 * ```ts
 * const { payload, info } = convertPayload(dwPayload, config.d2gConfig, {
 *   containerName: "taskcontainer", readDir: () => [],
 * });
 * payload.command[0].slice(0, 3); // ["docker", "run", "-t"]
 * ```
 */
export { containerNameFor, convertPayload } from "./convert_payload.ts";
export {
  dockerWorkerPayloadWithDefaults,
  readDockerWorkerPayload,
} from "./docker_worker_payload.ts";
export {
  DOCKER_NETWORK_PLACEHOLDER,
  PROXY_GATEWAY_PLACEHOLDER,
  TASK_DIR_PLACEHOLDER,
  VIDEO_DEVICE_PLACEHOLDER,
} from "./docker_run.ts";
export { envMappings, PASSED_THROUGH_VARIABLES } from "./env.ts";
export {
  ConversionError,
  IMAGE_ID_PLACEHOLDER,
  imageArgument,
  imageFileMounts,
  readImage,
} from "./image.ts";
export { imageNameError } from "./image_reference.ts";
export { convertScopes, missingDockerWorkerScopes, requiredDockerWorkerScopes } from "./scopes.ts";
export { convertTaskDefinition } from "./task_definition.ts";
export { IMAGE_FILE_MOUNT, taskQueueIdOf, translateDockerWorkerTask } from "./task.ts";
export type * from "./types.ts";
