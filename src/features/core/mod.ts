/**
 * The always-present features of the pipeline (spec 1): Backing Log,
 * Payload Validator, Command Generator, Live Log, Resource Monitor,
 * Metadata, Max Run Time, Task Timer and Command Executor. (The Go worker's
 * "Abort" feature is `runTask`'s shutdown handling.)
 */
export { backingLogFeature, backingLogRequested, LOG_CONTENT_TYPE } from "./backing_log.ts";
export {
  type DockerWorkerTranslator,
  payloadValidator,
  payloadValidatorFeature,
} from "./payload_validator.ts";
export { commandGeneratorFeature, fixedEnv, inheritedEnv, TASK_PATH } from "./command_generator.ts";
export { liveLogFeature } from "./live_log.ts";
export { metadataFeature } from "./metadata.ts";
export { maxRunTimeFeature } from "./max_run_time.ts";
export { taskTimerFeature } from "./task_timer.ts";
export {
  commandError,
  commandExecutorFeature,
  executeCommand,
  resultText,
  shellEscape,
} from "./command_executor.ts";
export { formatMemory, memoryMonitor, resourceMonitorFeature } from "./resource_monitor.ts";
