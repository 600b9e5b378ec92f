/**
 * The "LoopbackAudio" feature (spec 12.7, Linux; Go's
 * `loopback_audio_feature_linux.go`): requested by `features.loopbackAudio`,
 * enabled by `enableLoopbackAudio`, scope
 * `generic-worker:loopback-audio:<provisionerId>/<workerType>` or
 * `generic-worker:loopback-audio`.
 *
 * Start: `loopbackAudioDeviceNumber` above 31 is exception/internal-error;
 * a warning when `osGroups` has neither `audio` nor `docker`; then
 * `options snd-aloop enable=1 index=<N>` into
 * `/etc/modprobe.d/snd-aloop.conf`, `modprobe snd-aloop`, and
 * `chgrp audio` + `chmod 660` of `/dev/snd/controlC<N>`, `pcmC<N>D0c`,
 * `pcmC<N>D0p`, `pcmC<N>D1c`, `pcmC<N>D1p`; any failure is
 * exception/internal-error with the Go worker's text. Success logs
 * `Loopback audio devices are available at [<paths>]`.
 */
import { workerPoolId } from "../../config/config.ts";
import {
  audioDevicePaths,
  type LoopbackHost,
  runHostCommand,
  systemLoopbackHost,
  writeModprobeOptions,
} from "../../platform/loopback.ts";
import { internalError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";

function osGroups(task: TaskRun): string[] {
  const g = task.payload.osGroups;
  return Array.isArray(g) ? g.map(String) : [];
}

/** The LoopbackAudio feature; `host` defaults to the real /etc and /dev. */
export function loopbackAudioFeature(host?: LoopbackHost): Feature {
  return {
    name: "LoopbackAudio",
    isEnabled: (c) => c.enableLoopbackAudio,
    isRequested: (task) => task.features.loopbackAudio === true,
    newTaskFeature(task: TaskRun): TaskFeature {
      const log = (l: string) => task.workerLog.log(l);
      const h = host ? { ...host, log: host.log ?? log } : systemLoopbackHost(log);
      const n = task.config.loopbackAudioDeviceNumber;
      const devices = audioDevicePaths(h, n);
      return {
        requiredScopes: () => [
          [`generic-worker:loopback-audio:${workerPoolId(task.config)}`],
          ["generic-worker:loopback-audio"],
        ],
        reservedArtifacts: () => [],
        async start() {
          if (n > 31) {
            throw internalError("loopback audio device number must be between 0 and 31, inclusive");
          }
          const groups = osGroups(task);
          if (!groups.includes("audio") && !groups.includes("docker")) {
            await task.log.warn(
              "Neither 'audio' nor 'docker' group is in the list of OS groups. Consider adding so that the loopback audio devices will work as expected.",
            );
          }
          const opts = `options snd-aloop enable=1 index=${n}`;
          try {
            await writeModprobeOptions(h, "snd-aloop", opts);
          } catch (e) {
            throw internalError(
              `could not set snd-aloop kernel module options. Output: . Error: ${
                (e as Error).message
              }`,
            );
          }
          const mod = await runHostCommand(h, ["modprobe", "snd-aloop"]);
          if (!mod.ok) {
            throw internalError(
              `could not load the snd-aloop kernel module. Output: ${mod.output}. Error: ${mod.error}`,
            );
          }
          for (const dev of devices) {
            const grp = await runHostCommand(h, ["chgrp", "audio", dev]);
            if (!grp.ok) {
              throw internalError(`could not chgrp audio the ${dev} device: ${grp.error}`);
            }
            const mode = await runHostCommand(h, ["chmod", "660", dev]);
            if (!mode.ok) {
              throw internalError(
                `could not chmod 660 the ${dev} device. Output: ${mode.output}. Error: ${mode.error}`,
              );
            }
          }
          await task.log.info(`Loopback audio devices are available at [${devices.join(" ")}]`);
        },
      };
    },
  };
}
