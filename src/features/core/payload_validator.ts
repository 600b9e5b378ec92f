/**
 * Payload Validator (spec 6.3, 12.12): validates the payload against this
 * worker's schema; an invalid one logs the schema and the gojsonschema-style
 * errors and resolves exception/malformed-payload (`validation of payload
 * failed for task <taskId>`). A docker-worker payload (an `image` key) is
 * refused (this worker has no D2G translation), as are native payloads when
 * `disableNativePayloads`. The validated payload gets its schema defaults.
 */
import { workerPoolId } from "../../config/config.ts";
import { malformedPayload } from "../../task/errors.ts";
import {
  isDockerWorkerPayload,
  malformedPayloadLog,
  validatePayload,
} from "../../task/payload_schema.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/** The Payload Validator feature. */
export const payloadValidatorFeature: Feature = {
  name: "Payload Validator",
  isEnabled: () => true,
  isRequested: () => true,
  newTaskFeature(task): TaskFeature {
    return {
      async start() {
        const payload = task.rawPayload;
        const r = validatePayload(task.variant, payload);
        if (!r.valid) {
          await task.log.error(malformedPayloadLog(task.variant, r.errors).join("\n"));
          throw malformedPayload(`validation of payload failed for task ${task.taskId}`);
        }
        const c = task.config;
        const pool = workerPoolId(c);
        const wm = `${c.rootURL}/worker-manager/${encodeURIComponent(pool)}`;
        if (isDockerWorkerPayload(payload)) {
          if (!c.d2gConfig?.enableD2G) {
            throw malformedPayload(
              `docker worker payload detected, but D2G is not enabled on this worker pool (${pool}).\n` +
                `If you need D2G to translate your Docker Worker payload so Generic Worker can process it, please do one of two things:\n` +
                `\t1. Contact the owner of the worker pool ${pool} (see ${wm}) and ask for D2G to be enabled.\n` +
                `\t2. Use a worker pool that already allows docker worker payloads (search for "enableD2G": "true" in the worker pool definition)`,
            );
          }
          throw malformedPayload(
            `docker worker payload detected, but this worker implementation cannot translate docker worker payloads (D2G) on worker pool ${pool}; use a worker pool running the Go generic-worker with D2G`,
          );
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
