/**
 * The "Encrypted Environment Variables" Feature for the engine: see
 * feature.ts. The key (`encryptedEnvPrivateKeyLocation`) is read once by
 * `initialise`; an unusable key stops the worker at start-up.
 */
import type { Config } from "../../config/config.ts";
import { workerPoolId } from "../../config/config.ts";
import { malformedPayload } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import type { DecryptionKey } from "./decrypt.ts";
import {
  ENCRYPTED_ENV,
  encryptedEnvDisabledReason,
  EncryptedEnvTaskFeature,
  loadEncryptedEnvKey,
} from "./feature.ts";

function entries(task: TaskRun): unknown[] {
  const e = (task.payload.encryptedEnv ?? (task.rawPayload as Record<string, unknown> | undefined)
    ?.encryptedEnv) as unknown;
  return Array.isArray(e) ? e : [];
}

/** The Encrypted Environment Variables feature. */
export function encryptedEnvFeature(): Feature {
  let key: DecryptionKey | undefined;
  return {
    name: ENCRYPTED_ENV,
    isEnabled: (c: Config) => c.encryptedEnvPrivateKeyLocation !== "",
    disabledReason: (c: Config) => encryptedEnvDisabledReason(workerPoolId(c)),
    isRequested: (task: TaskRun) => entries(task).length > 0,
    async initialise(config: Config) {
      if (config.encryptedEnvPrivateKeyLocation === "") return;
      key = await loadEncryptedEnvKey(config.encryptedEnvPrivateKeyLocation);
    },
    newTaskFeature(task: TaskRun): TaskFeature {
      return {
        requiredScopes: () => [],
        reservedArtifacts: () => [],
        async start() {
          if (!key) throw malformedPayload(encryptedEnvDisabledReason(workerPoolId(task.config)));
          const inner = new EncryptedEnvTaskFeature(
            {
              taskId: task.taskId,
              encryptedEnv: entries(task),
              env: (task.payload.env ?? {}) as Record<string, unknown>,
              addSecret: (v) => task.log.addSecret(v),
              setEnv: (k, v) => task.env[k] = v,
              info: (m) => void task.log.info(m),
            },
            key,
            task.now,
          );
          const err = await inner.start();
          if (err) throw malformedPayload(err.message);
        },
      };
    },
  };
}
