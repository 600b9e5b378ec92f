/**
 * Command Generator (spec 7.3, 8.2): the commands and their environment.
 * Insecure engine: the worker process environment (without
 * `TASKCLUSTER_ACCESS_TOKEN`, nor any variable holding the worker's access
 * token) < payload `env` < fixed variables. Multiuser: `PATH` (the task
 * user feature adds `HOME`/`USER`) < payload `env` < fixed variables.
 * Later features add their own variables to `task.env`.
 */
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/** `PATH` of multiuser task commands. */
export const TASK_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";

/** Fixed variables a payload cannot override (spec 8.2). */
export function fixedEnv(task: TaskRun): Record<string, string> {
  const c = task.config;
  const env: Record<string, string> = {
    TASK_ID: task.taskId,
    RUN_ID: String(task.runId),
    TASK_WORKDIR: task.taskDir,
    TASK_GROUP_ID: task.taskGroupId,
    TASKCLUSTER_ROOT_URL: c.rootURL,
  };
  if (c.workerLocation) env.TASKCLUSTER_WORKER_LOCATION = c.workerLocation;
  if (c.instanceType) env.TASKCLUSTER_INSTANCE_TYPE = c.instanceType;
  return env;
}

/** The environment the insecure engine passes on from the worker process. */
export function inheritedEnv(task: TaskRun): Record<string, string> {
  const out: Record<string, string> = {};
  const secret = task.config.accessToken;
  for (const [k, v] of Object.entries(task.processEnv)) {
    if (k === "TASKCLUSTER_ACCESS_TOKEN") continue;
    if (secret && v.includes(secret)) {
      task.workerLog.log(
        `WARNING: not passing environment variable ${k} to task ${task.taskId}: it holds the worker's access token`,
      );
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** The Command Generator feature. */
export const commandGeneratorFeature: Feature = {
  name: "Command Generator",
  isEnabled: () => true,
  isRequested: () => true,
  newTaskFeature(task): TaskFeature {
    return {
      start() {
        const base = task.config.engine === "insecure" ? inheritedEnv(task) : { PATH: TASK_PATH };
        const payloadEnv = (task.payload.env ?? {}) as Record<string, string>;
        task.env = { ...base, ...task.env, ...payloadEnv, ...fixedEnv(task) };
        const command = task.payload.command;
        task.commands = Array.isArray(command)
          ? command.map((c) => Array.isArray(c) ? c.map(String) : [String(c)])
          : [];
        return Promise.resolve();
      },
    };
  },
};
