/**
 * D2G scopes (Go's `validateDockerWorkerScopes` and `ConvertScopes`, spec
 * 12.12). The docker-worker capabilities a payload asks for each need a
 * `docker-worker:` scope (privileged, disableSeccomp, the four devices,
 * allowPtrace); a missing one is malformed-payload with Go's text listing
 * every missing requirement. The generic-worker task then gets the original
 * scopes plus, sorted: `generic-worker:os-group:<queue>/docker`, the
 * `kvm`/`libvirt` OS groups for a kvm device scope, `loopback-video`/`-audio`
 * scopes for the loopback device scopes, and `generic-worker:X` for any
 * other `docker-worker:X`.
 *
 * ```ts
 * convertScopes(["docker-worker:cache:foo"], ["docker-worker:cache:foo"], "proj/pool");
 * // ["docker-worker:cache:foo", "generic-worker:cache:foo", "generic-worker:os-group:proj/pool/docker"]
 * ```
 */
import { compareGoStrings } from "./env.ts";
import type { DockerWorkerPayload } from "./types.ts";

/** Go's `scopes.Given.Satisfies` for already expanded scopes (`*` suffix = prefix match). */
function satisfies(given: readonly string[], required: readonly (readonly string[])[]): boolean {
  if (required.length === 0) return true;
  return required.some((set) =>
    set.every((scope) =>
      given.some((p) => p === scope || (p.endsWith("*") && scope.startsWith(p.slice(0, -1))))
    )
  );
}

/** Go's `scopes.Required.String()`. */
function requiredText(required: readonly (readonly string[])[]): string {
  if (required.length === 0) return "<no scopes>";
  if (required.length === 1) return required[0].join(", and\n");
  return required.map((set) =>
    set.length === 0 ? "" : set.length === 1 ? set[0] : `(${set.join(" and ")})`
  ).join(", or\n");
}

/** The OR-of-AND scope requirements of the payload's capabilities, in Go's order. */
export function requiredDockerWorkerScopes(
  dw: DockerWorkerPayload,
  taskQueueId: string,
): string[][][] {
  const required: string[][][] = [];
  const either = (scope: string) => [[scope], [`${scope}:${taskQueueId}`]];
  if (dw.capabilities.privileged) required.push(either("docker-worker:capability:privileged"));
  if (dw.capabilities.disableSeccomp) required.push([["docker-worker:capability:disableSeccomp"]]);
  const d = dw.capabilities.devices;
  if (d.hostSharedMemory) required.push(either("docker-worker:capability:device:hostSharedMemory"));
  if (d.kvm) required.push(either("docker-worker:capability:device:kvm"));
  if (d.loopbackAudio) required.push(either("docker-worker:capability:device:loopbackAudio"));
  if (d.loopbackVideo) required.push(either("docker-worker:capability:device:loopbackVideo"));
  if (dw.features.allowPtrace) required.push([["docker-worker:feature:allowPtrace"]]);
  return required;
}

/**
 * Go's error text when `expandedScopes` lack a capability scope the payload
 * needs, or undefined when they have them all.
 */
export function missingDockerWorkerScopes(
  dw: DockerWorkerPayload,
  expandedScopes: readonly string[],
  taskQueueId: string,
): string | undefined {
  const missing = requiredDockerWorkerScopes(dw, taskQueueId)
    .filter((r) => !satisfies(expandedScopes, r))
    .map((r) => `(${requiredText(r)})`);
  if (missing.length === 0) return undefined;
  const given = expandedScopes.length === 0 ? "<no scopes>" : expandedScopes.join(" and ");
  return `d2g task requires scopes:\n\n${
    missing.join("\nAND\n")
  }\n\nbut task only has scopes:\n\n${given}\n\nYou probably should add some scopes to your task definition`;
}

function withPrefix(s: string, prefix: string): string | undefined {
  return s.startsWith(prefix) ? s.slice(prefix.length) : undefined;
}

/**
 * The generic-worker scopes of a D2G task: `taskScopes` (as given) plus
 * the conversions of `expandedScopes` (the same scopes with `assume:` roles
 * expanded; pass `taskScopes` again when there are none), sorted by bytes.
 */
export function convertScopes(
  taskScopes: readonly string[],
  expandedScopes: readonly string[],
  taskQueueId: string,
): string[] {
  const out = [...taskScopes, `generic-worker:os-group:${taskQueueId}/docker`];
  const kvm = "docker-worker:capability:device:kvm";
  const video = "docker-worker:capability:device:loopbackVideo";
  const audio = "docker-worker:capability:device:loopbackAudio";
  for (const s of expandedScopes) {
    let rest: string | undefined;
    if (s === kvm) {
      out.push(
        `generic-worker:os-group:${taskQueueId}/kvm`,
        `generic-worker:os-group:${taskQueueId}/libvirt`,
      );
    } else if ((rest = withPrefix(s, kvm + ":")) !== undefined) {
      out.push(`generic-worker:os-group:${rest}/kvm`, `generic-worker:os-group:${rest}/libvirt`);
    } else if (s === video) {
      out.push("generic-worker:loopback-video:*");
    } else if ((rest = withPrefix(s, video + ":")) !== undefined) {
      out.push(`generic-worker:loopback-video:${rest}`);
    } else if (s === audio) {
      out.push("generic-worker:loopback-audio:*");
    } else if ((rest = withPrefix(s, audio + ":")) !== undefined) {
      out.push(`generic-worker:loopback-audio:${rest}`);
    } else if ((rest = withPrefix(s, "docker-worker:")) !== undefined) {
      out.push(`generic-worker:${rest}`);
    }
  }
  return out.sort(compareGoStrings);
}
