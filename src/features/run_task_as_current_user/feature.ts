/**
 * The "Run Task As Current User" task feature (spec 12.5; multiuser):
 * requested by `payload.features.runTaskAsCurrentUser`; enabled when
 * `enableRunTaskAsCurrentUser` and capacity is 1 (otherwise the Go
 * DisabledReason text); requires
 * `generic-worker:run-task-as-current-user:<prov>/<wt>`. Start makes the
 * commands run as the worker's own user (the task user still exists),
 * writes `<taskDir>/task-user-credentials.json` (0600) and sets
 * `TASK_USER_CREDENTIALS` to its path; on Linux non-headless it drops
 * `XDG_RUNTIME_DIR`.
 */
import type { OSUser } from "../../platform/users.ts";
import {
  RUN_TASK_AS_CURRENT_USER,
  runTaskAsCurrentUserDisabledReason,
  runTaskAsCurrentUserEnabled,
  runTaskAsCurrentUserScope,
  writeTaskUserCredentials,
} from "./credentials.ts";

export {
  RUN_TASK_AS_CURRENT_USER,
  runTaskAsCurrentUserDisabledReason,
  runTaskAsCurrentUserEnabled,
};

/** What the feature needs from the task run. */
export interface RunAsCurrentUserTask {
  provisionerId: string;
  workerType: string;
  taskDir: string;
  /** The task user (multiuser); absent: nothing to write. */
  taskUser?: OSUser;
  /** Makes every command run as the worker's own user (no uid/gid switch). */
  runCommandsAsWorkerUser(): void;
  setEnv(name: string, value: string): void;
  unsetEnv(name: string): void;
}

/** One task's run-as-current-user. */
export class RunTaskAsCurrentUserTaskFeature {
  constructor(private task: RunAsCurrentUserTask) {}

  /** The feature's scope. */
  requiredScopes(): string[][] {
    return [[runTaskAsCurrentUserScope(this.task.provisionerId, this.task.workerType)]];
  }

  /** No artifacts are reserved. */
  reservedArtifacts(): string[] {
    return [];
  }

  /** See the module doc; a failure to write the file is an internal error. */
  async start(): Promise<{ reason: "internal-error"; message: string } | undefined> {
    const t = this.task;
    t.runCommandsAsWorkerUser();
    if (t.taskUser) {
      let path: string;
      try {
        path = await writeTaskUserCredentials(t.taskDir, t.taskUser);
      } catch (e) {
        return {
          reason: "internal-error",
          message:
            `could not write task user credentials to ${t.taskDir}/task-user-credentials.json: ${
              (e as Error).message
            }`,
        };
      }
      t.setEnv("TASK_USER_CREDENTIALS", path);
    }
    t.unsetEnv("XDG_RUNTIME_DIR");
    return undefined;
  }

  /** Nothing to undo. */
  stop(): void {}
}
