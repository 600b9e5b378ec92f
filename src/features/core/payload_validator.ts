/**
 * Payload Validator (spec 6.3, 12.12): validates the payload against this
 * worker's schema; an invalid one logs the schema and the gojsonschema-style
 * errors and resolves exception/malformed-payload (`validation of payload
 * failed for task <taskId>`). A docker-worker payload (an `image` key) is
 * refused unless `d2gConfig.enableD2G` (Linux only), and otherwise handed to
 * the D2G translator (`translate`, which replaces the task's payload and
 * scopes); native payloads are refused when `disableNativePayloads`. The
 * validated payload gets its schema defaults.
 *
 * ```ts
 * const validator = payloadValidator(translateDockerWorkerTask);
 * ```
 */
import { workerPoolId } from "../../config/config.ts";
import { malformedPayload } from "../../task/errors.ts";
import {
  isDockerWorkerPayload,
  loadPayloadValidator,
  malformedPayloadLog,
  validatePayload,
} from "../../task/payload_schema.ts";
import { currentPlatform } from "../../platform/info.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/**
 * Translates the docker-worker payload of a task (D2G) in place, or throws
 * the `TaskError` that resolves the task.
 */
export type DockerWorkerTranslator = (task: TaskRun) => Promise<void>;

/** The Payload Validator feature, without a D2G translator (docker-worker payloads are refused). */
export const payloadValidatorFeature: Feature = payloadValidator();

/** The Payload Validator feature with `translate` for docker-worker payloads. */
export function payloadValidator(translate?: DockerWorkerTranslator): Feature {
  return {
    name: "Payload Validator",
    isEnabled: () => true,
    isRequested: () => true,
    newTaskFeature(task): TaskFeature {
      return {
        async start() {
          const payload = task.rawPayload;
          await loadPayloadValidator();
          const r = validatePayload(task.variant, payload);
          if (!r.valid) {
            await task.log.error(malformedPayloadLog(task.variant, r.errors).join("\n"));
            throw malformedPayload(`validation of payload failed for task ${task.taskId}`);
          }
          const c = task.config;
          const pool = workerPoolId(c);
          const wm = `${c.rootURL}/worker-manager/${encodeURIComponent(pool)}`;
          if (isDockerWorkerPayload(payload)) {
            // D2G runs on Linux only (Go: D2GEnabled() is false elsewhere).
            if (!c.d2gConfig?.enableD2G || currentPlatform() !== "linux") {
              throw malformedPayload(
                `docker worker payload detected, but D2G is not enabled on this worker pool (${pool}).\n` +
                  `If you need D2G to translate your Docker Worker payload so Generic Worker can process it, please do one of two things:\n` +
                  `\t1. Contact the owner of the worker pool ${pool} (see ${wm}) and ask for D2G to be enabled.\n` +
                  `\t2. Use a worker pool that already allows docker worker payloads (search for "enableD2G": "true" in the worker pool definition)`,
              );
            }
            if (!translate) {
              throw malformedPayload(
                `docker worker payload detected, but this worker was built without D2G translation (worker pool ${pool})`,
              );
            }
            await translate(task);
            return;
          }
          if (c.disableNativePayloads) {
            throw malformedPayload(
              `native Generic Worker payloads are disabled on this worker pool (${pool})`,
            );
          }
          task.applyDefaults();
        },
      };
    },
  };
}
