/**
 * Test helper for D2G end-to-end runs of the real worker CLI: a worker
 * config with D2G on (either engine), the worker started as root or, for
 * the insecure engine, as root in its own mount namespace where
 * `/etc/group` lists root in group `docker` (the insecure engine only
 * offers tasks the worker user's groups, and D2G asks for `docker`; the
 * host's group file is left alone), and readers for what a D2G task leaves
 * in its log.
 *
 * ```ts
 * const w = startWorkerInDockerGroup(env, configFile);
 * const name = containerNameOf(await env.artifactText(taskId, "public/logs/live_backing.log"));
 * ```
 */
import { join } from "node:path";
import { MAIN_TS } from "./cli.ts";
import { spawnCollecting, type WorkerEnv, type WorkerProcess } from "./worker_env.ts";

/** `taskcontainer_<id>` from the `docker run` line of a task log. */
export function containerNameOf(log: string): string | undefined {
  return /--name (taskcontainer_[A-Za-z0-9_-]+)/.exec(log)?.[1];
}

function spawnWorker(
  dir: string,
  argv: string[],
  env: Record<string, string> = {},
): WorkerProcess {
  return spawnCollecting(argv, { cwd: dir, env: { TMPDIR: dir, ...env }, stdin: "null" });
}

/**
 * `cp -a /etc <to>`, tolerating files that vanish while it copies: other tests on the host add
 * and remove users at the same time, and useradd's lock and backup files (`/etc/passwd.lock`,
 * `/etc/gshadow+`) come and go between cp's directory read and its copy. Any other failure
 * throws.
 */
async function copyEtc(to: string): Promise<void> {
  const cp = await new Deno.Command("cp", { args: ["-a", "/etc", to] }).output();
  if (cp.success) return;
  const errors = new TextDecoder().decode(cp.stderr).split("\n").filter((l) => l.trim() !== "");
  const vanished = /cannot stat '\/etc\/[^']*': No such file or directory$/;
  if (errors.length > 0 && errors.every((l) => vanished.test(l))) return;
  throw new Error(`cp -a /etc failed: ${errors.join("\n")}`);
}

/**
 * Starts `generic-worker run --config <file>` as root in a private mount
 * namespace whose `/etc/group` adds root to group `docker` (and, with
 * `dockerSocket`, whose `/run/docker.sock` is that socket). The whole of
 * `/etc` is a copy bind-mounted over it, not `/etc/group` alone: a mount on
 * a single file is dropped as soon as another process (another test adding a
 * user) replaces that file on the host.
 */
export async function startWorkerInDockerGroup(
  env: WorkerEnv,
  configFile: string,
  opts: { dockerSocket?: string } = {},
): Promise<WorkerProcess> {
  const etc = join(env.dir, "etc-with-root-in-docker");
  await copyEtc(etc);
  const groups = (await Deno.readTextFile(join(etc, "group"))).split("\n").map((line) => {
    const f = line.split(":");
    if (f[0] !== "docker" || f.length < 4) return line;
    const members = f[3] === "" ? [] : f[3].split(",");
    if (!members.includes("root")) members.push("root");
    f[3] = members.join(",");
    return f.join(":");
  }).join("\n");
  await Deno.writeTextFile(join(etc, "group"), groups, { mode: 0o644 });
  const worker = [Deno.execPath(), "run", "-A", "--quiet", MAIN_TS, "run", "--config", configFile];
  // optionally the default socket is another daemon's (one a test may stop)
  const sock = opts.dockerSocket
    ? ` && mount --bind '${opts.dockerSocket.replaceAll("'", "")}' /run/docker.sock`
    : "";
  const script = `mount --bind "$0" /etc${sock} && exec "$@"`;
  return spawnWorker(env.dir, [
    "unshare",
    "--mount",
    "--propagation",
    "private",
    "sh",
    "-c",
    script,
    etc,
    ...worker,
  ]);
}
