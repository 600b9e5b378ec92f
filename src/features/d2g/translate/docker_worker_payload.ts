/**
 * Reads a (schema-valid) docker-worker payload the way Go's D2G does: a
 * `DockerWorkerPayload` struct with its defaults set (go-defaults), then
 * the JSON unmarshalled over it, so absent keys keep their defaults
 * (spec 6.2): `log` = `public/logs/live.log`, `features.localLiveLog`,
 * `bulkLog` and `artifacts` = true, every other flag false.
 *
 * ```ts
 * const dw = readDockerWorkerPayload({ image: "ubuntu", maxRunTime: 60 });
 * dw.features.artifacts; // true
 * ```
 */
import type { DockerWorkerArtifact, DockerWorkerPayload } from "./types.ts";

function obj(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? v as Record<string, unknown>
    : {};
}

function bool(v: unknown, dflt: boolean): boolean {
  return typeof v === "boolean" ? v : dflt;
}

function str(v: unknown, dflt: string): string {
  return typeof v === "string" ? v : dflt;
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(obj(v))) {
    if (typeof x === "string") {
      Object.defineProperty(out, k, { value: x, enumerable: true, writable: true });
    }
  }
  return out;
}

function ints(v: unknown): number[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : undefined;
}

/** The docker-worker payload `raw` with Go's defaults filled in (`raw` is not modified). */
export function readDockerWorkerPayload(raw: unknown): DockerWorkerPayload {
  const p = obj(raw);
  const caps = obj(p.capabilities);
  const devices = obj(caps.devices);
  const features = obj(p.features);
  const onExit = obj(p.onExitStatus);
  const artifacts: Record<string, DockerWorkerArtifact> = {};
  for (const [name, a] of Object.entries(obj(p.artifacts))) {
    const o = obj(a);
    const art: DockerWorkerArtifact = { type: str(o.type, ""), path: str(o.path, "") };
    if (typeof o.expires === "string") art.expires = o.expires;
    Object.defineProperty(artifacts, name, { value: art, enumerable: true, writable: true });
  }
  const retry = ints(onExit.retry);
  const purgeCaches = ints(onExit.purgeCaches);
  return {
    image: p.image,
    log: str(p.log, "public/logs/live.log"),
    maxRunTime: typeof p.maxRunTime === "number" ? p.maxRunTime : 0,
    command: Array.isArray(p.command) ? p.command.map((c) => String(c)) : [],
    env: stringMap(p.env),
    cache: stringMap(p.cache),
    artifacts,
    capabilities: {
      privileged: bool(caps.privileged, false),
      disableSeccomp: bool(caps.disableSeccomp, false),
      devices: {
        hostSharedMemory: bool(devices.hostSharedMemory, false),
        kvm: bool(devices.kvm, false),
        loopbackAudio: bool(devices.loopbackAudio, false),
        loopbackVideo: bool(devices.loopbackVideo, false),
      },
    },
    features: {
      allowPtrace: bool(features.allowPtrace, false),
      artifacts: bool(features.artifacts, true),
      bulkLog: bool(features.bulkLog, true),
      chainOfTrust: bool(features.chainOfTrust, false),
      interactive: bool(features.interactive, false),
      localLiveLog: bool(features.localLiveLog, true),
      taskclusterProxy: bool(features.taskclusterProxy, false),
    },
    onExitStatus: {
      ...(retry ? { retry } : {}),
      ...(purgeCaches ? { purgeCaches } : {}),
    },
    ...(typeof p.supersederUrl === "string" ? { supersederUrl: p.supersederUrl } : {}),
  };
}

/**
 * The docker-worker payload as a plain JSON object with the defaults Go
 * fills in (what `D2GInfo.dockerWorkerPayload` holds): the submitted keys
 * plus `log`, `capabilities` and `features` completed.
 */
export function dockerWorkerPayloadWithDefaults(raw: unknown): Record<string, unknown> {
  const p = structuredClone(obj(raw));
  const dw = readDockerWorkerPayload(raw);
  p.log = dw.log;
  p.capabilities = {
    ...obj(p.capabilities),
    privileged: dw.capabilities.privileged,
    disableSeccomp: dw.capabilities.disableSeccomp,
  };
  p.features = { ...obj(p.features), ...dw.features };
  return p;
}
