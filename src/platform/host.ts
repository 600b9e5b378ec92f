/**
 * Shutting down and rebooting the host, with the Go worker's commands per
 * OS (`host/host_*.go`): posix `shutdown -h now <cause>` /
 * `shutdown -r now "generic-worker requested reboot"` (through `sudo` when
 * the insecure engine does not run as root), Windows
 * `C:\Windows\System32\shutdown.exe /s|/r /t 3 /c <cause>`.
 *
 * Unlike Go, which names `/sbin/shutdown` and `/usr/bin/sudo`, posix looks
 * `shutdown` and `sudo` up on PATH first (falling back to Go's paths), so a
 * host or a test can put its own in front.
 *
 * Every command is logged first as `Running command: <argv>` like Go's
 * `host.Run`; a failure logs the command's output and throws.
 */
import { join } from "node:path";
import { currentPlatform, type Platform } from "./info.ts";

/** The message a reboot carries (Go's). */
export const REBOOT_MESSAGE = "generic-worker requested reboot";

/** How the host is asked to go down. */
export interface HostCommandOptions {
  /** The worker's engine: the insecure engine goes through sudo unless it runs as root. */
  engine: "multiuser" | "insecure";
  platform?: Platform;
  /** Whether the worker runs as root (posix); default: asks the OS. */
  root?: boolean;
  /** PATH to look commands up in; default the worker's PATH. */
  path?: string;
}

function isRoot(opts: HostCommandOptions): boolean {
  if (opts.root !== undefined) return opts.root;
  try {
    return Deno.uid() === 0;
  } catch {
    return false;
  }
}

/** The first executable `name` in `path`, or `fallback`. */
function lookPath(name: string, fallback: string, path: string | undefined): string {
  for (const dir of (path ?? Deno.env.get("PATH") ?? "").split(":")) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      const st = Deno.statSync(candidate);
      if (st.isFile && ((st.mode ?? 0o111) & 0o111) !== 0) return candidate;
    } catch {
      // not here
    }
  }
  return fallback;
}

function posixCommand(args: string[], opts: HostCommandOptions): string[] {
  const shutdown = lookPath("shutdown", "/sbin/shutdown", opts.path);
  if (opts.engine === "insecure" && !isRoot(opts)) {
    return [lookPath("sudo", "/usr/bin/sudo", opts.path), shutdown, ...args];
  }
  return [shutdown, ...args];
}

/** The command that powers the host off, giving `cause`. */
export function shutdownCommand(cause: string, opts: HostCommandOptions): string[] {
  if ((opts.platform ?? currentPlatform()) === "windows") {
    return ["C:\\Windows\\System32\\shutdown.exe", "/s", "/t", "3", "/c", cause];
  }
  return posixCommand(["-h", "now", cause], opts);
}

/** The command that reboots the host. */
export function rebootCommand(opts: HostCommandOptions): string[] {
  if ((opts.platform ?? currentPlatform()) === "windows") {
    return ["C:\\Windows\\System32\\shutdown.exe", "/r", "/t", "3", "/c", REBOOT_MESSAGE];
  }
  return posixCommand(["-r", "now", REBOOT_MESSAGE], opts);
}

/** Quotes an argv for a log line the way a posix shell would read it back. */
export function shellEscape(argv: string[]): string {
  return argv.map((a) =>
    /^[A-Za-z0-9_\-+=.,/:@%]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`
  )
    .join(" ");
}

/** Runs a host command: logs it, and on failure logs its output and throws. */
export async function runHostCommand(argv: string[], log: (line: string) => void): Promise<void> {
  log(`Running command: ${shellEscape(argv)}`);
  let out: Deno.CommandOutput;
  try {
    out = await new Deno.Command(argv[0], {
      args: argv.slice(1),
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (e) {
    throw new Error(`could not run ${argv[0]}: ${(e as Error).message}`);
  }
  if (!out.success) {
    const dec = new TextDecoder();
    log("Error running command:");
    log(dec.decode(out.stdout) + dec.decode(out.stderr));
    throw new Error(`${shellEscape(argv)} failed with exit code ${out.code}`);
  }
}

/** Powers the host off now (Go's `host.ImmediateShutdown`). */
export async function immediateShutdown(
  cause: string,
  opts: HostCommandOptions,
  log: (line: string) => void,
): Promise<void> {
  log("Immediate shutdown being issued...");
  await runHostCommand(shutdownCommand(cause, opts), log);
}

/** Reboots the host now (Go's `host.ImmediateReboot`). */
export async function immediateReboot(
  opts: HostCommandOptions,
  log: (line: string) => void,
): Promise<void> {
  log("Immediate reboot being issued...");
  await runHostCommand(rebootCommand(opts), log);
}
