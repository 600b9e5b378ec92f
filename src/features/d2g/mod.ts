/**
 * The "D2G" Feature for the engine (spec 12.12): requested by tasks whose
 * docker-worker payload the Payload Validator translated (`task.d2g`),
 * enabled by `d2gConfig.enableD2G`. Each task gets a `D2GTaskFeature`
 * (task_feature.ts) over its `TaskRun`: image, env.list, placeholders,
 * chain-of-trust data at start; `docker cp` and `docker rm --force` at stop.
 *
 * Worker-wide: the image cache file (`<stateDir>/d2g-image-cache.json`),
 * the ledger of containers and networks (sweep.ts; swept at `initialise`),
 * and `pruneDocker`, the garbage collector's Docker step (gc.ts).
 *
 * The task's docker commands (`pull`, `load`, `images`, `inspect`, `cp`,
 * `rm`) run as the task's identity (`runAsPrefix`: the task user in group
 * `docker` on multiuser), in the task directory, with no `DOCKER_HOST`;
 * the sweep and the prune run as the worker. Place it after Artifact
 * Uploads (Go order), so it stops (copies artifacts out, removes the
 * container) before the artifacts are uploaded.
 *
 * ```ts
 * const d2g = d2gFeature({ stateDir, log: (l) => log.log(l) });
 * // slots.afterArtifacts = [d2g]; beforeClaim: pruneDocker: d2g.pruneDocker(config)
 * ```
 */
import { join, resolve } from "node:path";
import type { Config } from "../../config/config.ts";
import { freeDiskSpaceBytes } from "../../platform/disk.ts";
import { currentPlatform } from "../../platform/info.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { runDocker } from "./docker_cli.ts";
import { dockerPruner } from "./gc.ts";
import { dockerRunner } from "./image.ts";
import { IMAGE_CACHE_FILE, ImageCacheFile } from "./image_cache.ts";
import { DOCKER_LEDGER_FILE, DockerLedger, sweepStaleDockerResources } from "./sweep.ts";
import { D2G, D2GTaskFeature, type ImageArtifact } from "./task_feature.ts";

export { D2G } from "./task_feature.ts";

/** Options of `d2gFeature`. */
export interface D2GFeatureOptions {
  /** The worker's directory (image cache file, ledger). */
  stateDir: string;
  /** Worker log lines. */
  log?: (line: string) => void;
}

/** The D2G feature with its worker-wide parts. */
export interface D2GFeature extends Feature {
  /** The `pruneDocker` hook of garbage collection for this config. */
  pruneDocker(config: Config): () => Promise<void>;
}

/** The `format` of the translated payload's `dockerimage` file mount ("" when none). */
function imageMountFormat(task: TaskRun): string {
  const mounts = Array.isArray(task.payload.mounts) ? task.payload.mounts : [];
  for (const m of mounts) {
    if (
      typeof m === "object" && m !== null && (m as Record<string, unknown>).file === "dockerimage"
    ) {
      const f = (m as Record<string, unknown>).format;
      return typeof f === "string" ? f : "";
    }
  }
  return "";
}

function asWorker(args: string[]) {
  return runDocker(args, { cwd: Deno.cwd(), env: Deno.env.toObject() });
}

/** Builds the feature. */
export function d2gFeature(opts: D2GFeatureOptions): D2GFeature {
  const log = opts.log ?? (() => {});
  const imageCache = new ImageCacheFile(join(opts.stateDir, IMAGE_CACHE_FILE), log);
  const ledger = new DockerLedger(join(opts.stateDir, DOCKER_LEDGER_FILE));
  return {
    name: D2G,
    // Go's D2GEnabled(): Linux only
    isEnabled: (c: Config) => c.d2gConfig?.enableD2G === true && currentPlatform() === "linux",
    isRequested: (task: TaskRun) => task.d2g !== undefined,
    async initialise(c: Config) {
      if (c.d2gConfig?.enableD2G !== true || currentPlatform() !== "linux") return;
      await sweepStaleDockerResources({ ledger, docker: asWorker, log });
    },
    pruneDocker(config: Config) {
      const required = Math.max(0, config.requiredDiskSpaceMegabytes) * 1024 * 1024;
      return dockerPruner({
        docker: asWorker,
        imageCache,
        stillShort: async () => (await freeDiskSpaceBytes(resolve(config.tasksDir))) < required,
        log,
      });
    },
    newTaskFeature(task: TaskRun): TaskFeature {
      const info = task.d2g!;
      const dw = info.dockerWorkerPayload;
      const dwFeatures = typeof dw.features === "object" && dw.features !== null
        ? dw.features as Record<string, unknown>
        : {};
      const payloadCommands = Array.isArray(task.payload.command)
        ? task.payload.command as string[][]
        : [];
      const env = () => ({
        PATH: task.env.PATH ?? task.processEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin",
        HOME: task.env.HOME ?? task.taskDir,
      });
      // an abort (worker shutdown) stops a pull or load in progress; never the cp/rm at stop
      const aborting = new AbortController();
      task.onAbort(() => aborting.abort());
      let starting = false;
      const inner = new D2GTaskFeature({
        taskDir: task.taskDir,
        containerName: info.containerName,
        copyArtifacts: info.copyArtifacts,
        envVars: info.envVars,
        imageName: info.image,
        imageArtifact: (): ImageArtifact | undefined =>
          info.imageArtifactPath && info.imageArtifactSHA256
            ? {
              file: info.imageArtifactPath,
              sha256: info.imageArtifactSHA256,
              format: imageMountFormat(task),
            }
            : undefined,
        chainOfTrust: dwFeatures.chainOfTrust === true,
        commands: task.commands,
        payloadCommands,
        env: () => task.env,
        docker: (args, o = {}) =>
          dockerRunner({
            cwd: task.taskDir,
            runAsPrefix: task.runAsPrefix,
            env: env(),
            ...(starting ? { signal: aborting.signal } : {}),
          })(args, o),
        imageCache,
        info: (m) => void task.log.info(m),
        warn: (m) => void task.log.warn(m),
      });
      return {
        requiredScopes: () => inner.requiredScopes(),
        reservedArtifacts: () => inner.reservedArtifacts(),
        async start() {
          const network = task.env.TASKCLUSTER_DOCKER_NETWORK;
          await ledger.add({
            containers: [info.containerName],
            networks: network ? [network] : [],
          });
          starting = true;
          try {
            await inner.start();
          } catch (e) {
            // a load cut short by an abort resolves as the abort
            throw task.abortError ?? e;
          } finally {
            starting = false;
          }
        },
        async stop() {
          const err = await inner.stop();
          if (err) throw err;
          await ledger.remove({ containers: [info.containerName] }).catch((e) =>
            log(`WARNING: could not update ${DOCKER_LEDGER_FILE}: ${(e as Error).message}`)
          );
        },
      };
    },
  };
}
