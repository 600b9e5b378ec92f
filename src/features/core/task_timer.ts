/**
 * Task Timer (spec 9.1, 12.10): after the last command, `=== Task Finished ===`
 * and `Task Duration: <Go duration>` (wall clock since its start, i.e. the
 * commands' time).
 */
import { goDuration } from "../../platform/process.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/** The Task Timer feature. */
export const taskTimerFeature: Feature = {
  name: "Task Timer",
  isEnabled: () => true,
  isRequested: () => true,
  newTaskFeature(task): TaskFeature {
    let t0 = 0;
    return {
      start() {
        t0 = task.now();
        return Promise.resolve();
      },
      async stop() {
        await task.log.info("=== Task Finished ===");
        await task.log.info(`Task Duration: ${goDuration(task.now() - t0)}`);
      },
    };
  },
};
