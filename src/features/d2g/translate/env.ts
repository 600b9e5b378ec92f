/**
 * How the docker-worker `env` reaches the container (Go's `envMappings`,
 * spec 12.12): `env.list` gets `NAME=value` for each variable plus the bare
 * names docker copies from the task's own environment (`RUN_ID`,
 * `TASKCLUSTER_INSTANCE_TYPE`, `TASKCLUSTER_ROOT_URL`,
 * `TASKCLUSTER_WORKER_LOCATION`, `TASK_GROUP_ID`, `TASK_ID`, and
 * `TASKCLUSTER_PROXY_URL` / `TASKCLUSTER_VIDEO_DEVICE` when those features
 * are on), all sorted, one per line. A value with a newline, or a
 * `NAME=value` over 65536 bytes, cannot go in an env file and becomes
 * `-e NAME=value` on the command line instead (sorted by name).
 *
 * ```ts
 * envMappings({ A: "1", B: "x\ny" }, false, false);
 * // { envList: "A=1\nRUN_ID\n...TASK_ID\n", args: ["-e", "B=x\ny"] }
 * ```
 */

/** The bare names always passed through. */
export const PASSED_THROUGH_VARIABLES: readonly string[] = [
  "RUN_ID",
  "TASKCLUSTER_INSTANCE_TYPE",
  "TASKCLUSTER_ROOT_URL",
  "TASKCLUSTER_WORKER_LOCATION",
  "TASK_GROUP_ID",
  "TASK_ID",
];

/** Longest `NAME=value` line docker's env-file reader takes (its bufio.Scanner token limit). */
const ENV_FILE_LINE_MAX = 65536;

/** Go's `sort.Strings`: by UTF-8 bytes (UTF-16 code units differ only above the BMP). */
export function compareGoStrings(a: string, b: string): number {
  const ea = new TextEncoder().encode(a);
  const eb = new TextEncoder().encode(b);
  const n = Math.min(ea.length, eb.length);
  for (let i = 0; i < n; i++) if (ea[i] !== eb[i]) return ea[i] - eb[i];
  return ea.length - eb.length;
}

/** The `env.list` text and the `-e` arguments for `env`. */
export function envMappings(
  env: Readonly<Record<string, string>>,
  proxyUrl: boolean,
  videoDevice: boolean,
): { envList: string; args: string[] } {
  const lines: string[] = [];
  const onCommandLine: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    const line = `${name}=${value}`;
    if (value.includes("\n") || new TextEncoder().encode(line).length > ENV_FILE_LINE_MAX) {
      onCommandLine.push(name);
    } else {
      lines.push(line);
    }
  }
  onCommandLine.sort(compareGoStrings);
  const args = onCommandLine.flatMap((name) => ["-e", `${name}=${env[name]}`]);
  lines.push(...PASSED_THROUGH_VARIABLES);
  if (proxyUrl) lines.push("TASKCLUSTER_PROXY_URL");
  if (videoDevice) lines.push("TASKCLUSTER_VIDEO_DEVICE");
  lines.sort(compareGoStrings);
  return { envList: lines.map((l) => l + "\n").join(""), args };
}
