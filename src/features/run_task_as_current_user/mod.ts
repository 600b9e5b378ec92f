/**
 * The "Run Task As Current User" Feature for the engine (spec 12.5): see
 * feature.ts. The task user's password is reset here (the Task User
 * feature keeps its own to itself) and written to the credentials file.
 */
import type { Config } from "../../config/config.ts";
import { resetPassword } from "../../platform/users.ts";
import { internalError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import {
  RUN_TASK_AS_CURRENT_USER,
  runTaskAsCurrentUserDisabledReason,
  runTaskAsCurrentUserEnabled,
  RunTaskAsCurrentUserTaskFeature,
} from "./feature.ts";

/** The Run Task As Current User feature (multiuser engine). */
export function runTaskAsCurrentUserFeature(): Feature {
  return {
    name: RUN_TASK_AS_CURRENT_USER,
    isEnabled: (c: Config) =>
      c.engine === "multiuser" &&
      runTaskAsCurrentUserEnabled(c.enableRunTaskAsCurrentUser, c.capacity),
    disabledReason: (c: Config) => runTaskAsCurrentUserDisabledReason(c.capacity) || undefined,
    isRequested: (task: TaskRun) =>
      (task.payload.features as Record<string, unknown> | undefined)?.runTaskAsCurrentUser === true,
    newTaskFeature(task: TaskRun): TaskFeature {
      return {
        requiredScopes: () => [[
          `generic-worker:run-task-as-current-user:${task.config.provisionerId}/${task.config.workerType}`,
        ]],
        reservedArtifacts: () => [],
        async start() {
          let password: string;
          try {
            password = await resetPassword(task.taskUserName);
          } catch (e) {
            throw internalError(
              `could not set a password for task user ${task.taskUserName}: ${
                (e as Error).message
              }`,
            );
          }
          task.log.addSecret(password);
          const inner = new RunTaskAsCurrentUserTaskFeature({
            provisionerId: task.config.provisionerId,
            workerType: task.config.workerType,
            taskDir: task.taskDir,
            taskUser: { name: task.taskUserName, password },
            runCommandsAsWorkerUser: () => task.runAsPrefix = [],
            setEnv: (k, v) => task.env[k] = v,
            unsetEnv: (k) => delete task.env[k],
          });
          const err = await inner.start();
          if (err) throw internalError(err.message);
        },
      };
    },
  };
}
