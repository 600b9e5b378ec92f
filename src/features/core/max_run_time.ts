/**
 * Max Run Time (spec 12.10): refuses a payload `maxRunTime` above the
 * config's `maxTaskRunTime` (malformed-payload), then starts the timer;
 * when it fires the task is aborted as failed (`task aborted - max run time
 * exceeded`) and the command's whole process group is killed. The timer
 * starts after all other setup (downloads do not count) and stops at stop.
 */
import { failure, malformedPayload } from "../../task/errors.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/** The Max Run Time feature. */
export const maxRunTimeFeature: Feature = {
  name: "Max Run Time",
  isEnabled: () => true,
  isRequested: () => true,
  newTaskFeature(task): TaskFeature {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      start() {
        const max = Number(task.payload.maxRunTime);
        if (max > task.config.maxTaskRunTime) {
          throw malformedPayload(
            `task's maxRunTime of ${max} exceeded allowed maximum of ${task.config.maxTaskRunTime}`,
          );
        }
        timer = setTimeout(
          () => task.abort(failure("task aborted - max run time exceeded")),
          Math.min(max * 1000, 2 ** 31 - 1),
        );
        return Promise.resolve();
      },
      stop() {
        if (timer !== undefined) clearTimeout(timer);
        return Promise.resolve();
      },
    };
  },
};
