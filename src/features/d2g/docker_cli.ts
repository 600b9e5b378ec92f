/**
 * Runs the `docker` CLI the way the Go worker's D2G feature does: as the
 * task's identity (the task user in group `docker` on multiuser, through
 * `runAsPrefix`), in the task directory, with no `DOCKER_HOST` (the default
 * socket), optionally feeding stdin from a stream (`docker load`). Output is
 * collected (stdout and stderr apart); `commandErrorText` words a failure
 * as Go's `formatCommandError`.
 *
 * ```ts
 * const r = await runDocker(["images", "--no-trunc", "--quiet", name], { cwd: taskDir });
 * if (!dockerSucceeded(r)) throw internalError(commandErrorText("[d2g] could not ...", r));
 * ```
 */
import { startErrorText } from "../../platform/process.ts";

/** How to run one docker command. */
export interface DockerRunOptions {
  cwd: string;
  /** argv prefix that runs the command as the task user (empty: as the worker). */
  runAsPrefix?: readonly string[];
  /** The environment (no `DOCKER_HOST` is added; one given here is removed). */
  env?: Record<string, string>;
  /** Bytes for stdin. */
  stdin?: ReadableStream<Uint8Array>;
  /** Kills the command when aborted. */
  signal?: AbortSignal;
  /** The CLI name (config: `docker`). */
  cli?: string;
}

/** What one docker command did. */
export interface DockerResult {
  /** The argv run (without the run-as prefix). */
  argv: string[];
  code: number;
  /** Signal name when killed by one. */
  signal?: string;
  /** Go's start error text when it could not start. */
  startError?: string;
  stdout: string;
  stderr: string;
}

/** True when the command started and exited 0. */
export function dockerSucceeded(r: DockerResult): boolean {
  return r.startError === undefined && r.signal === undefined && r.code === 0;
}

/** Go's `exec` error text: `exit status N`, `signal: killed`, or the start error. */
export function execErrorText(r: DockerResult): string {
  if (r.startError !== undefined) return r.startError;
  if (r.signal !== undefined) {
    return r.signal === "SIGKILL" ? "signal: killed" : `signal: ${r.signal}`;
  }
  return `exit status ${r.code}`;
}

/**
 * Go's `formatCommandError(prefix, err, out)`: for output read with
 * `Output()` (stdout apart, stderr kept in the error):
 * `<prefix>: <err>\nstdout: <out>\nstderr: <stderr>` when stderr is not
 * empty, else `<prefix>: <err>\n<out>`; `combined` (Go's `CombinedOutput()`)
 * gives `<prefix>: <err>\n<stdout+stderr>`.
 */
export function commandErrorText(prefix: string, r: DockerResult, combined = false): string {
  const err = execErrorText(r);
  if (combined) return `${prefix}: ${err}\n${r.stdout}${r.stderr}`;
  if (r.startError === undefined && r.stderr.length > 0) {
    return `${prefix}: ${err}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  }
  return `${prefix}: ${err}\n${r.stdout}`;
}

/** Runs `docker <args>`; never throws (a start failure is `startError`). */
export async function runDocker(args: string[], opts: DockerRunOptions): Promise<DockerResult> {
  const cli = opts.cli ?? "docker";
  const argv = [cli, ...args];
  const full = [...(opts.runAsPrefix ?? []), ...argv];
  const env = { ...(opts.env ?? {}) };
  delete env.DOCKER_HOST;
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(full[0], {
      args: full.slice(1),
      cwd: opts.cwd,
      env,
      clearEnv: true,
      stdin: opts.stdin ? "piped" : "null",
      stdout: "piped",
      stderr: "piped",
      signal: opts.signal,
    }).spawn();
  } catch (e) {
    await opts.stdin?.cancel().catch(() => {});
    return { argv, code: 0, startError: startErrorText(full[0], e), stdout: "", stderr: "" };
  }
  const feeding = opts.stdin
    ? opts.stdin.pipeTo(child.stdin).catch(() => {/* the command stopped reading */})
    : Promise.resolve();
  const dec = (s: ReadableStream<Uint8Array>) => new Response(s).text().catch(() => "");
  const [stdout, stderr, status] = await Promise.all([
    dec(child.stdout),
    dec(child.stderr),
    child.status,
  ]);
  await feeding;
  return {
    argv,
    code: status.code,
    ...(status.signal ? { signal: status.signal } : {}),
    stdout,
    stderr,
  };
}
