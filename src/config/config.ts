/**
 * The worker config: the `Config` type, its defaults and key metadata, all
 * derived from `schemas/config.json` (the one source of key names, types,
 * defaults and help text).
 */
import configSchema from "../../schemas/config.json" with { type: "json" };
import type { Engine } from "../version.ts";

/** Type of a config key as declared in the schema. */
export type ConfigKeyType = "string" | "integer" | "boolean" | "object";

/** Metadata of one config key, read from `schemas/config.json`. */
export interface ConfigKey {
  name: string;
  type: ConfigKeyType;
  /** `format: "ip"` keys must hold an IPv4 or IPv6 address. */
  ip: boolean;
  default?: unknown;
  description: string;
  minimum?: number;
  maximum?: number;
  /** Must be present and non-empty (no default). */
  required: boolean;
  /** Has a default but must not be set to "". */
  nonEmpty: boolean;
  /** Never printed in logs. */
  secret: boolean;
  /** Only meaningful on these platforms (undefined = all). */
  platforms?: string[];
  /** Only meaningful with these engines (undefined = all). */
  engines?: string[];
}

interface SchemaProperty {
  type: ConfigKeyType;
  format?: string;
  default?: unknown;
  description: string;
  minimum?: number;
  maximum?: number;
  "x-required"?: boolean;
  "x-nonEmpty"?: boolean;
  "x-secret"?: boolean;
  "x-platforms"?: string[];
  "x-engines"?: string[];
}

/** Every config key, sorted by name. */
export const CONFIG_KEYS: readonly ConfigKey[] = Object.entries(
  configSchema.properties as Record<string, SchemaProperty>,
).map(([name, p]) => ({
  name,
  type: p.type,
  ip: p.format === "ip",
  default: p.default,
  description: p.description,
  minimum: p.minimum,
  maximum: p.maximum,
  required: p["x-required"] === true,
  nonEmpty: p["x-nonEmpty"] === true,
  secret: p["x-secret"] === true,
  platforms: p["x-platforms"],
  engines: p["x-engines"],
}));

/** The D2G settings object (`d2gConfig`). */
export interface D2GConfig {
  enableD2G: boolean;
  allowChainOfTrust: boolean;
  allowDisableSeccomp: boolean;
  allowGPUs: boolean;
  allowHostSharedMemory: boolean;
  allowInteractive: boolean;
  allowKVM: boolean;
  allowLoopbackAudio: boolean;
  allowLoopbackVideo: boolean;
  allowPrivileged: boolean;
  allowPtrace: boolean;
  allowTaskclusterProxy: boolean;
  gpus: string;
  logTranslation: boolean;
}

/** The loaded, defaulted worker config. Key names are the Go worker's JSON names. */
export interface Config {
  accessToken: string;
  allowedHighMemoryDurationSecs: number;
  availabilityZone: string;
  cachesDir: string;
  capacity: number;
  certificate: string;
  cleanUpTaskDirs: boolean;
  clientId: string;
  createObjectArtifacts: boolean;
  d2gConfig: D2GConfig;
  disableNativePayloads: boolean;
  disableOOMProtection: boolean;
  disableReboots: boolean;
  downloadsDir: string;
  ed25519SigningKeyLocation: string;
  enableChainOfTrust: boolean;
  enableInteractive: boolean;
  enableLiveLog: boolean;
  enableLoopbackAudio: boolean;
  enableLoopbackVideo: boolean;
  enableMetadata: boolean;
  enableMounts: boolean;
  enableOSGroups: boolean;
  enableRDP: boolean;
  enableResourceMonitor: boolean;
  enableRunAsAdministrator: boolean;
  enableRunTaskAsCurrentUser: boolean;
  enableTaskclusterProxy: boolean;
  encryptedEnvPrivateKeyLocation: string;
  engine: Engine;
  headlessTasks: boolean;
  httpBackoffInitialIntervalMs: number;
  httpBackoffMaxElapsedTimeMs: number;
  httpBackoffMaxIntervalMs: number;
  idleTimeoutSecs: number;
  instanceId: string;
  instanceType: string;
  interactivePort: number;
  livelogExecutable: string;
  livelogExposePort: number;
  livelogPortBase: number;
  loopbackAudioDeviceNumber: number;
  loopbackVideoDeviceNumber: number;
  maxMemoryUsagePercent: number;
  maxTaskRunTime: number;
  minAvailableMemoryBytes: number;
  numberOfTasksToRun: number;
  /** Unset (undefined) when not configured; printed as `<nil>` where Go does. */
  privateIP?: string;
  provisionerId: string;
  publicIP?: string;
  region: string;
  requiredDiskSpaceMegabytes: number;
  rootURL: string;
  runAfterUserCreation: string;
  sentryProject: string;
  shutdownMachineOnIdle: boolean;
  shutdownMachineOnInternalError: boolean;
  taskclusterProxyExecutable: string;
  taskclusterProxyPort: number;
  tasksDir: string;
  workerGroup: string;
  workerId: string;
  workerLocation: string;
  workerType: string;
  workerTypeMetadata: Record<string, unknown>;
  wstAudience: string;
  wstServerURL: string;
}

/** Keys whose values never appear in logs. */
export const SECRET_KEYS: ReadonlySet<string> = new Set(
  CONFIG_KEYS.filter((k) => k.secret).map((k) => k.name),
);

/**
 * The retry settings of every Taskcluster client the worker makes, from the
 * `httpBackoff*` keys (Go httpbackoff: no cap on the number of retries, 15
 * minutes in total). Shaped as `RetryOptions` of src/taskcluster/retry.ts.
 */
export function httpBackoff(
  config: Pick<
    Config,
    "httpBackoffInitialIntervalMs" | "httpBackoffMaxElapsedTimeMs" | "httpBackoffMaxIntervalMs"
  >,
): { retries: number; initialDelayMs: number; maxDelayMs: number; totalBudgetMs: number } {
  return {
    retries: Number.POSITIVE_INFINITY,
    initialDelayMs: config.httpBackoffInitialIntervalMs,
    maxDelayMs: config.httpBackoffMaxIntervalMs,
    totalBudgetMs: config.httpBackoffMaxElapsedTimeMs,
  };
}

/** The worker pool id `<provisionerId>/<workerType>`. */
export function workerPoolId(config: Pick<Config, "provisionerId" | "workerType">): string {
  return `${config.provisionerId}/${config.workerType}`;
}
