/**
 * The data D2G translation works on (Go's `dockerworker` and
 * `genericworker` generated types, spec 6.2 and 12.12): the docker-worker
 * payload with its schema defaults, and the generic-worker payload it
 * becomes, holding only the keys Go's `json.Marshal` writes (its
 * `omitempty`/`omitzero` rules applied).
 */
import type { D2GConfig } from "../../../config/config.ts";
import type { D2GCopyArtifact, D2GImageSource, D2GInfo } from "../../../task/d2g_info.ts";

export type { D2GConfig, D2GCopyArtifact, D2GImageSource, D2GInfo };

/** A docker-worker artifact (`payload.artifacts[name]`). */
export interface DockerWorkerArtifact {
  type: string;
  path: string;
  /** As submitted (an RFC 3339 time), if given. */
  expires?: string;
}

/** The docker-worker payload as Go's D2G reads it: every default filled in. */
export interface DockerWorkerPayload {
  /** `image` as submitted: a string or an object with `type`. */
  image: unknown;
  log: string;
  maxRunTime: number;
  command: string[];
  env: Record<string, string>;
  /** Cache name -> mount point in the container. */
  cache: Record<string, string>;
  artifacts: Record<string, DockerWorkerArtifact>;
  capabilities: {
    privileged: boolean;
    disableSeccomp: boolean;
    devices: {
      hostSharedMemory: boolean;
      kvm: boolean;
      loopbackAudio: boolean;
      loopbackVideo: boolean;
    };
  };
  features: {
    allowPtrace: boolean;
    artifacts: boolean;
    bulkLog: boolean;
    chainOfTrust: boolean;
    interactive: boolean;
    localLiveLog: boolean;
    taskclusterProxy: boolean;
  };
  /** Go keeps `null` and absent apart from `[]`: undefined = absent or null. */
  onExitStatus: { retry?: number[]; purgeCaches?: number[] };
  supersederUrl?: string;
}

/** A generic-worker artifact of the translated payload. */
export interface GenericWorkerArtifact {
  expires?: string;
  name: string;
  optional: boolean;
  path: string;
  type: string;
}

/** A writable directory cache mount of the translated payload. */
export interface GenericWorkerCacheMount {
  cacheName: string;
  directory: string;
}

/** The `dockerimage` file mount of the translated payload (image artifacts). */
export interface GenericWorkerFileMount {
  content: { artifact: string; taskId: string } | { artifact: string; namespace: string };
  file: string;
  format?: string;
}

/** The feature flags of the translated payload (false ones Go omits are absent). */
export interface GenericWorkerFeatures {
  backingLog: boolean;
  chainOfTrust?: true;
  interactive?: true;
  liveLog: boolean;
  loopbackAudio?: true;
  loopbackVideo?: true;
  resourceMonitor: boolean;
  taskclusterProxy?: true;
}

/** The translated generic-worker payload, as Go's `json.Marshal` of `GenericWorkerPayload` has it. */
export interface GenericWorkerPayload {
  artifacts?: GenericWorkerArtifact[];
  command: string[][];
  features: GenericWorkerFeatures;
  logs: { backing: string; live: string };
  maxRunTime: number;
  mounts?: (GenericWorkerCacheMount | GenericWorkerFileMount)[];
  onExitStatus?: { purgeCaches?: number[]; retry?: number[] };
  osGroups: string[];
  supersederUrl?: string;
  taskclusterProxyInterface: string;
}

/** What `convertPayload` needs beside the payload and the D2G config. */
export interface ConvertOptions {
  /**
   * The container's name: `taskcontainer_<slugid>` at run time
   * (`containerNameFor`), plain `taskcontainer` in Go's test vectors.
   */
  containerName: string;
  /**
   * The entry names of a host directory (Go passes `os.ReadDir`; D2G reads
   * `/dev` for `nvidia*` devices when `allowGPUs`). Throwing means it could
   * not be read.
   */
  readDir: (path: string) => string[];
}

/** The result of `convertPayload`: Go's `(gwPayload, conversionInfo)`. */
export interface Conversion {
  payload: GenericWorkerPayload;
  info: D2GInfo;
}
