/**
 * Features of the Go worker this implementation does not provide yet
 * (interactive shell, loopback audio/video devices). A task requesting one
 * still runs: the feature is checked like the Go worker checks it (enabled
 * by the config, scopes for loopback devices), then a warning in the task
 * log says it is not available, as the Go worker does for best-effort
 * features, instead of silently ignoring the request.
 */
import type { Config } from "../../config/config.ts";
import { workerPoolId } from "../../config/config.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";

function requested(task: TaskRun, key: string): boolean {
  const f = task.payload.features as Record<string, unknown> | undefined;
  return f?.[key] === true;
}

function notAvailable(
  name: string,
  key: string,
  enabled: (c: Config) => boolean,
  scopes?: (c: Config) => string[][],
): Feature {
  return {
    name,
    isEnabled: enabled,
    isRequested: (task) => requested(task, key),
    newTaskFeature(task): TaskFeature {
      return {
        requiredScopes: () => scopes?.(task.config) ?? [],
        async start() {
          await task.log.warn(
            `Feature "${name}" (payload features.${key}) is not available in this generic-worker implementation; the task runs without it`,
          );
        },
      };
    },
  };
}

/** Interactive shell: best effort in the Go worker, so a warning only. */
export const interactiveFeature: Feature = notAvailable(
  "Interactive",
  "interactive",
  (c) => c.enableInteractive,
);

/** Loopback audio/video (Linux): scopes checked like the Go worker, then a warning. */
export function loopbackFeatures(): Feature[] {
  return [
    notAvailable(
      "Loopback Audio",
      "loopbackAudio",
      (c) => c.enableLoopbackAudio,
      (
        c,
      ) => [[`generic-worker:loopback-audio:${workerPoolId(c)}`], [
        "generic-worker:loopback-audio",
      ]],
    ),
    notAvailable(
      "Loopback Video",
      "loopbackVideo",
      (c) => c.enableLoopbackVideo,
      (
        c,
      ) => [[`generic-worker:loopback-video:${workerPoolId(c)}`], [
        "generic-worker:loopback-video",
      ]],
    ),
  ];
}
