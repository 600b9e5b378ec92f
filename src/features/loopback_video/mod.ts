/**
 * The "LoopbackVideo" feature (spec 12.7, Linux; Go's
 * `loopback_video_feature_linux.go`): requested by `features.loopbackVideo`,
 * enabled by `enableLoopbackVideo`, scope
 * `generic-worker:loopback-video:<provisionerId>/<workerType>` or
 * `generic-worker:loopback-video`.
 *
 * Start: a warning when `osGroups` has neither `video` nor `docker`; then
 * `modprobe v4l2loopback video_nr=<N>`, `chgrp video` and `chmod 660` of
 * `/dev/video<N>`, and `TASKCLUSTER_VIDEO_DEVICE=/dev/video<N>` for the
 * commands; any failure is exception/internal-error with the Go worker's
 * text. Success logs `Loopback video device is available at /dev/video<N>`.
 */
import { workerPoolId } from "../../config/config.ts";
import {
  type LoopbackHost,
  runHostCommand,
  systemLoopbackHost,
  videoDevicePath,
} from "../../platform/loopback.ts";
import { internalError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";

function osGroups(task: TaskRun): string[] {
  const g = task.payload.osGroups;
  return Array.isArray(g) ? g.map(String) : [];
}

/** The LoopbackVideo feature; `host` defaults to the real /dev. */
export function loopbackVideoFeature(host?: LoopbackHost): Feature {
  return {
    name: "LoopbackVideo",
    isEnabled: (c) => c.enableLoopbackVideo,
    isRequested: (task) => task.features.loopbackVideo === true,
    newTaskFeature(task: TaskRun): TaskFeature {
      const log = (l: string) => task.workerLog.log(l);
      const h = host ? { ...host, log: host.log ?? log } : systemLoopbackHost(log);
      const n = task.config.loopbackVideoDeviceNumber;
      const dev = videoDevicePath(h, n);
      return {
        requiredScopes: () => [
          [`generic-worker:loopback-video:${workerPoolId(task.config)}`],
          ["generic-worker:loopback-video"],
        ],
        reservedArtifacts: () => [],
        async start() {
          const groups = osGroups(task);
          if (!groups.includes("video") && !groups.includes("docker")) {
            await task.log.warn(
              "Neither 'video' nor 'docker' group is in the list of OS groups. Consider adding so that the loopback video device will work as expected.",
            );
          }
          const mod = await runHostCommand(h, ["modprobe", "v4l2loopback", `video_nr=${n}`]);
          if (!mod.ok) {
            throw internalError(`could not load the v4l2loopback kernel module: ${mod.error}`);
          }
          const grp = await runHostCommand(h, ["chgrp", "video", dev]);
          if (!grp.ok) throw internalError(`could not chgrp video the ${dev} device: ${grp.error}`);
          const mode = await runHostCommand(h, ["chmod", "660", dev]);
          if (!mode.ok) throw internalError(`could not chmod 660 the ${dev} device: ${mode.error}`);
          task.env.TASKCLUSTER_VIDEO_DEVICE = dev;
          await task.log.info(`Loopback video device is available at ${dev}`);
        },
      };
    },
  };
}
