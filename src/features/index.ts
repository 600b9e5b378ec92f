/**
 * The feature list in the Go worker's order (spec 1): started in this order,
 * stopped in reverse. Features contributed by other modules go in slots at
 * their spec positions:
 *
 *   Backing Log, Payload Validator, Command Generator, Live Log,
 *   [afterLiveLog: Task User, Taskcluster Proxy, OS Groups, Mounts, ...],
 *   Resource Monitor, [afterResourceMonitor: Interactive], Metadata,
 *   [platform: Run Task As Current User, LoopbackAudio, LoopbackVideo, Chain of Trust],
 *   Artifact Uploads, [afterArtifacts: D2G], Max Run Time, Task Timer,
 *   Command Executor.
 *
 * (The Go worker's first feature, Abort, is `runTask`'s shutdown handling.)
 *
 * ```ts
 * const features = buildFeatures(config, Deno.cwd(), { afterLiveLog: [mountsFeature()] });
 * for (const f of features) await f.initialise?.(config);
 * ```
 */
import type { Config } from "../config/config.ts";
import { artifactsFeature } from "./artifacts/mod.ts";
import {
  backingLogFeature,
  commandExecutorFeature,
  commandGeneratorFeature,
  liveLogFeature,
  maxRunTimeFeature,
  metadataFeature,
  payloadValidator,
  resourceMonitorFeature,
  taskTimerFeature,
} from "./core/mod.ts";
import { translateDockerWorkerTask } from "./d2g/translate/mod.ts";
import type { Feature } from "./feature.ts";
import { interactiveFeature } from "./interactive/mod.ts";
import { loopbackAudioFeature } from "./loopback_audio/mod.ts";
import { loopbackVideoFeature } from "./loopback_video/mod.ts";
import { loopbackSupported } from "../platform/loopback.ts";

/** LoopbackAudio and LoopbackVideo where they exist (Linux), in the Go worker's order. */
export function loopbackFeatures(): Feature[] {
  return loopbackSupported() ? [loopbackAudioFeature(), loopbackVideoFeature()] : [];
}

/** Extra features contributed by other modules, placed at their spec positions. */
export interface FeatureSlots {
  /** After Live Log: Task User, Taskcluster Proxy, OS Groups, Mounts. */
  afterLiveLog?: Feature[];
  /** After Resource Monitor: Interactive. */
  afterResourceMonitor?: Feature[];
  /**
   * Platform features before Artifact Uploads (Run Task As Current User,
   * LoopbackAudio, LoopbackVideo, Chain of Trust); default the loopback pair on Linux.
   */
  platform?: Feature[];
  /** After Artifact Uploads (D2G). */
  afterArtifacts?: Feature[];
}

/**
 * Builds the ordered feature list. `stateDir` is where the Metadata
 * feature writes `generic-worker-metadata.json` (the worker's working
 * directory, default the process cwd).
 */
export function buildFeatures(
  _config: Config,
  stateDir: string = Deno.cwd(),
  slots: FeatureSlots = {},
): Feature[] {
  return [
    backingLogFeature,
    payloadValidator(translateDockerWorkerTask),
    commandGeneratorFeature,
    liveLogFeature,
    ...(slots.afterLiveLog ?? []),
    resourceMonitorFeature,
    ...(slots.afterResourceMonitor ?? [interactiveFeature()]),
    metadataFeature(stateDir),
    ...(slots.platform ?? loopbackFeatures()),
    artifactsFeature(),
    ...(slots.afterArtifacts ?? []),
    maxRunTimeFeature,
    taskTimerFeature,
    commandExecutorFeature,
  ];
}
