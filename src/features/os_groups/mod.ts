/** The "OS Groups" Feature for the engine (spec 12.6): see feature.ts for the behaviour. */
import type { Config } from "../../config/config.ts";
import { addGroupsToPrefix } from "../../platform/users.ts";
import { internalError, malformedPayload } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { OS_GROUPS, OSGroupsTaskFeature } from "./feature.ts";

function osGroupsOf(task: TaskRun): string[] {
  const g = task.payload.osGroups;
  return Array.isArray(g) ? g.map(String) : [];
}

/** The OS Groups feature (always requested). */
export function osGroupsFeature(): Feature {
  return {
    name: OS_GROUPS,
    isEnabled: (c: Config) => c.enableOSGroups,
    isRequested: () => true,
    newTaskFeature(task: TaskRun): TaskFeature {
      const f = task.payload.features as Record<string, unknown> | undefined;
      const inner = new OSGroupsTaskFeature({
        engine: task.config.engine,
        provisionerId: task.config.provisionerId,
        workerType: task.config.workerType,
        osGroups: osGroupsOf(task),
        runTaskAsCurrentUser: f?.runTaskAsCurrentUser === true,
        taskUser: task.config.engine === "multiuser" ? task.taskUserName : undefined,
        addCommandGroups: (gids) => task.runAsPrefix = addGroupsToPrefix(task.runAsPrefix, gids),
        info: (m) => void task.log.info(m),
        error: (m) => void task.log.error(m),
      });
      const raise = (e: { reason: string; message: string } | undefined) => {
        if (!e) return;
        throw e.reason === "malformed-payload"
          ? malformedPayload(e.message)
          : internalError(e.message);
      };
      return {
        requiredScopes: () => inner.requiredScopes(),
        reservedArtifacts: () => [],
        async start() {
          raise(await inner.start());
        },
        async stop() {
          raise(await inner.stop());
        },
      };
    },
  };
}
