/**
 * `convertPayload`: a docker-worker payload -> the generic-worker payload
 * Go v106's `d2g.ConvertPayload` produces (spec 12.12), plus its
 * `ConversionInfo` (container name, `docker cp` list, env.list text, image).
 *
 * - artifacts (when `features.artifacts`): sorted by name; index i gives
 *   `volume<i><ext>` (a directory artifact, bind-mounted) or
 *   `artifact<i><ext>` (copied out with `docker cp`), all optional;
 * - caches -> writable directory caches `cache<i>` (Go iterates a map, in
 *   random order; here they are sorted by name), then the image's file mount;
 * - features: chainOfTrust, taskclusterProxy (forced on for indexed images),
 *   interactive, loopbackAudio/Video as the D2G config allows; liveLog and
 *   backingLog from localLiveLog and bulkLog (both off without artifacts);
 * - logs (`live` = `log`, `backing` = `<dir>/<stem>_backing<ext>`),
 *   maxRunTime, onExitStatus, supersederUrl, `osGroups: ["docker"]`,
 *   `taskclusterProxyInterface: "docker-bridge"`.
 *
 * ```ts
 * const { payload, info } = convertPayload(dw, d2gConfig, {
 *   containerName: containerNameFor(slugid()), readDir: (d) => [...Deno.readDirSync(d)].map((e) => e.name),
 * });
 * ```
 */
import { dockerRunCommand } from "./docker_run.ts";
import {
  dockerWorkerPayloadWithDefaults,
  readDockerWorkerPayload,
} from "./docker_worker_payload.ts";
import { compareGoStrings, envMappings } from "./env.ts";
import { goBackingLogName, goExt, goTimeText } from "./go_text.ts";
import { imageArgument, imageFileMounts, readImage } from "./image.ts";
import type {
  Conversion,
  ConvertOptions,
  D2GConfig,
  D2GCopyArtifact,
  DockerWorkerPayload,
  GenericWorkerArtifact,
  GenericWorkerCacheMount,
  GenericWorkerFeatures,
  GenericWorkerPayload,
} from "./types.ts";

/** `taskcontainer_<slug>`: the container name of a task at run time. */
export function containerNameFor(slug: string): string {
  return `taskcontainer_${slug}`;
}

function translateArtifacts(dw: DockerWorkerPayload): GenericWorkerArtifact[] {
  return Object.keys(dw.artifacts).sort(compareGoStrings).map((name, i) => {
    const a = dw.artifacts[name];
    const expires = a.expires === undefined ? undefined : goTimeText(a.expires);
    const ext = goExt(a.path);
    const volume = a.type === "volume";
    return {
      ...(expires ? { expires } : {}),
      name,
      optional: true,
      path: (volume ? "volume" : "artifact") + i + ext,
      type: volume ? "directory" : a.type,
    };
  });
}

function writableDirectoryCaches(dw: DockerWorkerPayload): GenericWorkerCacheMount[] {
  return Object.keys(dw.cache).sort(compareGoStrings).map((cacheName, i) => ({
    cacheName,
    directory: `cache${i}`,
  }));
}

function copyArtifacts(
  dw: DockerWorkerPayload,
  artifacts: readonly GenericWorkerArtifact[],
): D2GCopyArtifact[] {
  return artifacts
    .filter((a) => dw.artifacts[a.name].type !== "volume")
    .map((a) => ({ name: a.name, srcPath: dw.artifacts[a.name].path, destPath: a.path }));
}

function translateFeatures(
  dw: DockerWorkerPayload,
  config: D2GConfig,
  indexedImage: boolean,
): GenericWorkerFeatures {
  const chainOfTrust = config.allowChainOfTrust && dw.features.chainOfTrust;
  // indexed images always get the proxy: the image is found through the index
  const proxy = indexedImage || (config.allowTaskclusterProxy && dw.features.taskclusterProxy);
  const interactive = config.allowInteractive && dw.features.interactive;
  const audio = config.allowLoopbackAudio && dw.capabilities.devices.loopbackAudio;
  const video = config.allowLoopbackVideo && dw.capabilities.devices.loopbackVideo;
  const logs = dw.features.artifacts;
  return {
    backingLog: logs ? dw.features.bulkLog : false,
    ...(chainOfTrust ? { chainOfTrust: true } : {}),
    ...(interactive ? { interactive: true } : {}),
    liveLog: logs ? dw.features.localLiveLog : false,
    ...(audio ? { loopbackAudio: true } : {}),
    ...(video ? { loopbackVideo: true } : {}),
    resourceMonitor: true,
    ...(proxy ? { taskclusterProxy: true } : {}),
  };
}

/**
 * Translates a docker-worker payload (the submitted JSON, already valid
 * against the docker-worker schema). Throws `ConversionError` with Go's
 * text for an image name docker would not accept or an unreadable `/dev`
 * (GPUs); the worker resolves those exception/internal-error.
 */
export function convertPayload(
  rawPayload: unknown,
  config: D2GConfig,
  options: ConvertOptions,
): Conversion {
  const dw = readDockerWorkerPayload(rawPayload);
  const artifacts = dw.features.artifacts ? translateArtifacts(dw) : [];
  const proxyEnv = dw.features.taskclusterProxy && config.allowTaskclusterProxy;
  const videoEnv = dw.capabilities.devices.loopbackVideo && config.allowLoopbackVideo;
  const env = envMappings(dw.env, proxyEnv, videoEnv);
  const caches = writableDirectoryCaches(dw);
  const imageSource = readImage(dw.image);
  const image = imageArgument(imageSource);
  const command = dockerRunCommand({
    dw,
    image,
    artifacts,
    caches,
    envArgs: env.args,
    config,
    containerName: options.containerName,
    readDir: options.readDir,
  });
  const mounts = [...caches, ...imageFileMounts(imageSource)];
  const onExitStatus = dw.onExitStatus.retry === undefined &&
      dw.onExitStatus.purgeCaches === undefined
    ? undefined
    : {
      ...(dw.onExitStatus.purgeCaches?.length ? { purgeCaches: dw.onExitStatus.purgeCaches } : {}),
      ...(dw.onExitStatus.retry?.length ? { retry: dw.onExitStatus.retry } : {}),
    };
  const payload: GenericWorkerPayload = {
    ...(artifacts.length > 0 ? { artifacts } : {}),
    command: [command],
    features: translateFeatures(dw, config, imageSource.kind === "indexed-image"),
    logs: { backing: goBackingLogName(dw.log), live: dw.log },
    maxRunTime: dw.maxRunTime,
    ...(mounts.length > 0 ? { mounts } : {}),
    ...(onExitStatus ? { onExitStatus } : {}),
    osGroups: ["docker"],
    ...(dw.supersederUrl ? { supersederUrl: dw.supersederUrl } : {}),
    taskclusterProxyInterface: "docker-bridge",
  };
  return {
    payload,
    info: {
      containerName: options.containerName,
      copyArtifacts: copyArtifacts(dw, artifacts),
      envVars: env.envList,
      image,
      imageSource,
      dockerWorkerPayload: dockerWorkerPayloadWithDefaults(rawPayload),
    },
  };
}
