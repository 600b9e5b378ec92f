/**
 * The feature list in the Go worker's order (spec 1): started in this order,
 * stopped in reverse.
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
  payloadValidatorFeature,
  resourceMonitorFeature,
  taskTimerFeature,
} from "./core/mod.ts";
import type { Feature } from "./feature.ts";

/** Extra features contributed by other modules, placed at their spec positions. */
export interface FeatureSlots {
  /** After Live Log: Taskcluster Proxy, OS Groups, Mounts. */
  afterLiveLog?: Feature[];
  /** Platform features before Artifact Uploads (Run Task As Current User, Chain of Trust, ...). */
  platform?: Feature[];
  /** After Artifact Uploads. */
  afterArtifacts?: Feature[];
}

/** Builds the ordered feature list. */
export function buildFeatures(
  _config: Config,
  stateDir: string,
  slots: FeatureSlots = {},
): Feature[] {
  return [
    backingLogFeature,
    payloadValidatorFeature,
    commandGeneratorFeature,
    liveLogFeature,
    ...(slots.afterLiveLog ?? []),
    resourceMonitorFeature,
    metadataFeature(stateDir),
    ...(slots.platform ?? []),
    artifactsFeature(),
    ...(slots.afterArtifacts ?? []),
    maxRunTimeFeature,
    taskTimerFeature,
    commandExecutorFeature,
  ];
}
