/**
 * The placeholders a translated D2G command carries until the task starts
 * (spec 12.12, Go `evaluateCommandPlaceholders`), replaced in every argument
 * of every command, in one left-to-right pass (Go's `strings.Replacer`: a
 * replaced value is never scanned again):
 *
 * | placeholder | value |
 * | --- | --- |
 * | `__D2G_IMAGE_ID__` | the loaded image's id (image artifacts) |
 * | `__TASK_DIR__` | the task directory |
 * | `__TASKCLUSTER_VIDEO_DEVICE__` | `TASKCLUSTER_VIDEO_DEVICE` (loopback video) |
 * | `__TASKCLUSTER_DOCKER_NETWORK__` | `TASKCLUSTER_DOCKER_NETWORK` (proxy on docker-bridge) |
 * | `__TASKCLUSTER_PROXY_GATEWAY__` | `TASKCLUSTER_PROXY_GATEWAY` (the bridge's gateway) |
 *
 * ```ts
 * replacePlaceholders([task.commands], { imageId, taskDir, videoDevice: "", dockerNetwork: "", proxyGateway: "" });
 * ```
 */

/** The values of the placeholders. */
export interface PlaceholderValues {
  imageId: string;
  taskDir: string;
  videoDevice: string;
  dockerNetwork: string;
  proxyGateway: string;
}

/** Placeholder → value, in Go's order (earlier ones win at the same position). */
export function placeholderTable(v: PlaceholderValues): [string, string][] {
  return [
    ["__D2G_IMAGE_ID__", v.imageId],
    ["__TASK_DIR__", v.taskDir],
    ["__TASKCLUSTER_VIDEO_DEVICE__", v.videoDevice],
    ["__TASKCLUSTER_DOCKER_NETWORK__", v.dockerNetwork],
    ["__TASKCLUSTER_PROXY_GATEWAY__", v.proxyGateway],
  ];
}

/** `s` with every placeholder replaced, scanning left to right once. */
export function replaceInString(s: string, table: readonly [string, string][]): string {
  let out = "";
  let i = 0;
  outer: while (i < s.length) {
    if (s.startsWith("__", i)) {
      for (const [from, to] of table) {
        if (s.startsWith(from, i)) {
          out += to;
          i += from.length;
          continue outer;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

/** Replaces the placeholders in place in every argument of every command list given. */
export function replacePlaceholders(lists: string[][][], v: PlaceholderValues): void {
  const table = placeholderTable(v);
  const done = new Set<string[]>();
  for (const commands of lists) {
    for (const argv of commands) {
      if (done.has(argv)) continue; // the same array in two lists is replaced once
      done.add(argv);
      for (let i = 0; i < argv.length; i++) argv[i] = replaceInString(argv[i], table);
    }
  }
}
