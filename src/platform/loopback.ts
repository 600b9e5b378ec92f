/**
 * The host side of the loopback audio/video devices (spec 12.7, Linux):
 * kernel module options under `<etc>/modprobe.d/`, `modprobe`, and the
 * group and mode of the device nodes under `<dev>`. The roots and the
 * programs' PATH are injectable (`LoopbackHost`) so tests never touch the
 * real /etc/modprobe.d or /dev; the worker uses `systemLoopbackHost()`.
 *
 * Programs are found on PATH (the worker's, then /usr/sbin:/usr/bin:/sbin:/bin),
 * where the Go worker names /usr/sbin/modprobe, /usr/bin/chgrp and /bin/chmod.
 *
 * ```ts
 * const host = systemLoopbackHost();
 * await writeModprobeOptions(host, "snd-aloop", "options snd-aloop enable=1 index=16");
 * const r = await runHostCommand(host, ["modprobe", "snd-aloop"]);
 * ```
 */
import { join } from "node:path";
import { currentPlatform } from "./info.ts";

/** Where the loopback helpers act. */
export interface LoopbackHost {
  /** Root of the configuration tree (`/etc`). */
  etcDir: string;
  /** Root of the device tree (`/dev`). */
  devDir: string;
  /** PATH for modprobe/chgrp/chmod (default: the worker's PATH). */
  path?: string;
  /** Worker-log lines (`Running command: ...`). */
  log?: (line: string) => void;
}

/** True where the loopback device features exist (Linux only, as the Go worker). */
export function loopbackSupported(): boolean {
  return currentPlatform() === "linux";
}

/** The real host: /etc and /dev. */
export function systemLoopbackHost(log?: (line: string) => void): LoopbackHost {
  return { etcDir: "/etc", devDir: "/dev", log };
}

/** The ALSA loopback device nodes of card `n`: control, then PCM 0/1 capture/playback. */
export function audioDevicePaths(host: LoopbackHost, n: number): string[] {
  return [
    join(host.devDir, "snd", `controlC${n}`),
    join(host.devDir, "snd", `pcmC${n}D0c`),
    join(host.devDir, "snd", `pcmC${n}D0p`),
    join(host.devDir, "snd", `pcmC${n}D1c`),
    join(host.devDir, "snd", `pcmC${n}D1p`),
  ];
}

/** The v4l2loopback device node `n`. */
export function videoDevicePath(host: LoopbackHost, n: number): string {
  return join(host.devDir, `video${n}`);
}

/** Writes `<etc>/modprobe.d/<module>.conf` with one line of options. */
export async function writeModprobeOptions(
  host: LoopbackHost,
  module: string,
  line: string,
): Promise<void> {
  const dir = join(host.etcDir, "modprobe.d");
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(join(dir, `${module}.conf`), line + "\n");
}

/** Outcome of a host command. */
export interface HostCommandResult {
  ok: boolean;
  /** Combined stdout and stderr. */
  output: string;
  /** Go's error text (`exit status 1`, `exec: "x": executable file not found in $PATH`). */
  error?: string;
}

const SAFE = /^[A-Za-z0-9_/:=.,@%+-]+$/;

/** Runs one program of the loopback setup (logged like the Go worker's `host.Run`). */
export async function runHostCommand(
  host: LoopbackHost,
  argv: string[],
): Promise<HostCommandResult> {
  const path = [host.path ?? Deno.env.get("PATH") ?? "", "/usr/sbin:/usr/bin:/sbin:/bin"]
    .filter((p) => p !== "").join(":");
  host.log?.(
    "Running command: " + argv.map((a) => SAFE.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)
      .join(" "),
  );
  let r: Deno.CommandOutput;
  try {
    r = await new Deno.Command(argv[0], {
      args: argv.slice(1),
      env: { PATH: path, LC_ALL: "C" },
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (e) {
    const error = e instanceof Deno.errors.NotFound
      ? `exec: ${JSON.stringify(argv[0])}: executable file not found in $PATH`
      : (e as Error).message;
    return { ok: false, output: "", error };
  }
  const dec = new TextDecoder();
  const output = dec.decode(r.stdout) + dec.decode(r.stderr);
  if (r.success) return { ok: true, output };
  host.log?.("Error running command:");
  host.log?.(output);
  return {
    ok: false,
    output,
    error: r.signal ? `signal: ${r.signal}` : `exit status ${r.code}`,
  };
}
