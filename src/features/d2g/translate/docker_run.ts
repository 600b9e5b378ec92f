/**
 * The one command of a translated payload: `docker run` with every flag in
 * Go's order (`runCommand` and `createVolumeMountArgs`, spec 12.12):
 *
 *     docker run -t --name <container> --memory-swap -1 --pids-limit -1
 *       --pull=never --log-driver=none [--privileged | --cap-add=SYS_PTRACE]
 *       [--security-opt=seccomp=unconfined] --add-host=localhost.localdomain:127.0.0.1
 *       [-v __TASK_DIR__/cache<i>:<path>]... [-v __TASK_DIR__/volume<i>:<path>]...
 *       [--device=/dev/kvm] [-v /dev/shm:/dev/shm] [--device=__TASKCLUSTER_VIDEO_DEVICE__]
 *       [--device=/dev/snd] [--network __TASKCLUSTER_DOCKER_NETWORK__
 *       --add-host=taskcluster:__TASKCLUSTER_PROXY_GATEWAY__] [--gpus <gpus> --device=/dev/nvidia*...]
 *       [-e NAME=VALUE]... --env-file env.list -- <image> <command>...
 *
 * The `__...__` placeholders are filled in by the D2G feature at start.
 */
import { compareGoStrings } from "./env.ts";
import { ConversionError } from "./image.ts";
import type {
  D2GConfig,
  DockerWorkerPayload,
  GenericWorkerArtifact,
  GenericWorkerCacheMount,
} from "./types.ts";

/** Placeholder for the task directory in `-v` arguments. */
export const TASK_DIR_PLACEHOLDER = "__TASK_DIR__";
/** Placeholder for the per-task docker network (taskcluster proxy). */
export const DOCKER_NETWORK_PLACEHOLDER = "__TASKCLUSTER_DOCKER_NETWORK__";
/** Placeholder for the gateway address of the per-task docker network. */
export const PROXY_GATEWAY_PLACEHOLDER = "__TASKCLUSTER_PROXY_GATEWAY__";
/** Placeholder for the loopback video device. */
export const VIDEO_DEVICE_PLACEHOLDER = "__TASKCLUSTER_VIDEO_DEVICE__";

/** The `-v` and `--device` arguments for caches, volume artifacts and devices. */
function volumeMountArgs(
  dw: DockerWorkerPayload,
  caches: readonly GenericWorkerCacheMount[],
  artifacts: readonly GenericWorkerArtifact[],
  config: D2GConfig,
): string[] {
  const args: string[] = [];
  for (const c of caches) {
    args.push("-v", `${TASK_DIR_PLACEHOLDER}/${c.directory}:${dw.cache[c.cacheName]}`);
  }
  for (const a of artifacts) {
    if (a.path.startsWith("volume")) {
      args.push("-v", `${TASK_DIR_PLACEHOLDER}/${a.path}:${dw.artifacts[a.name].path}`);
    }
  }
  const devices = dw.capabilities.devices;
  if (devices.kvm && config.allowKVM) args.push("--device=/dev/kvm");
  // A bind mount: docker refuses /dev/shm as a --device (not a device node).
  if (devices.hostSharedMemory && config.allowHostSharedMemory) {
    args.push("-v", "/dev/shm:/dev/shm");
  }
  if (devices.loopbackVideo && config.allowLoopbackVideo) {
    args.push(`--device=${VIDEO_DEVICE_PLACEHOLDER}`);
  }
  if (devices.loopbackAudio && config.allowLoopbackAudio) args.push("--device=/dev/snd");
  return args;
}

/** Everything `dockerRunCommand` builds the argv from. */
export interface DockerRunInput {
  dw: DockerWorkerPayload;
  /** The `docker run` image argument (`imageArgument`). */
  image: string;
  artifacts: readonly GenericWorkerArtifact[];
  caches: readonly GenericWorkerCacheMount[];
  /** The `-e NAME=value` arguments (`envMappings`). */
  envArgs: readonly string[];
  config: D2GConfig;
  containerName: string;
  readDir: (path: string) => string[];
}

/** The `docker run` argv; throws `ConversionError` when `/dev` cannot be read for GPUs. */
export function dockerRunCommand(input: DockerRunInput): string[] {
  const { dw, config } = input;
  const args = ["docker", "run", "-t", "--name", input.containerName];
  args.push("--memory-swap", "-1", "--pids-limit", "-1");
  args.push("--pull=never");
  args.push("--log-driver=none");
  if (dw.capabilities.privileged && config.allowPrivileged) args.push("--privileged");
  else if (dw.features.allowPtrace && config.allowPtrace) args.push("--cap-add=SYS_PTRACE");
  if (dw.capabilities.disableSeccomp && config.allowDisableSeccomp) {
    args.push("--security-opt=seccomp=unconfined");
  }
  args.push("--add-host=localhost.localdomain:127.0.0.1");
  args.push(...volumeMountArgs(dw, input.caches, input.artifacts, config));
  if (dw.features.taskclusterProxy && config.allowTaskclusterProxy) {
    args.push("--network", DOCKER_NETWORK_PLACEHOLDER);
    args.push(`--add-host=taskcluster:${PROXY_GATEWAY_PLACEHOLDER}`);
  }
  if (config.allowGPUs) {
    args.push("--gpus", config.gpus);
    let entries: string[];
    try {
      entries = input.readDir("/dev");
    } catch {
      throw new ConversionError(
        "cannot create run command: cannot read /dev to find nvidia devices",
      );
    }
    // os.ReadDir lists by name.
    for (const name of [...entries].sort(compareGoStrings)) {
      if (name.startsWith("nvidia")) args.push(`--device=/dev/${name}`);
    }
  }
  args.push(...input.envArgs);
  args.push("--env-file", "env.list");
  args.push("--");
  args.push(input.image);
  args.push(...dw.command);
  return args;
}
