/**
 * A real pseudo-terminal without a native addon (spec 12.3): the command
 * runs under `script(1)`, which allocates a /dev/pts, makes it the
 * controlling terminal of a new session and copies bytes between it and
 * its own stdin/stdout (pipes here). So the shell gets job control, Ctrl-C
 * (0x03 written to stdin reaches the line discipline) and window sizes.
 *
 * - Linux (util-linux): `script -qfec "exec <argv>" /dev/null`; the child
 *   of `script` is found in /proc, its terminal from `/proc/<pid>/fd/0`,
 *   sizes set with `stty -F /dev/pts/N cols C rows R` (the kernel then
 *   sends SIGWINCH to the foreground job).
 * - macOS (BSD `script`): `script -q /dev/null <argv>`; the child from
 *   `pgrep -P`, its terminal from `ps -o tty=`, sizes with `stty -f`.
 *   (Written to the BSD manuals; never run here, there is no macOS host.)
 *
 * `script` starts with a 0x0 window (its stdin is no terminal), so
 * `startPty` sets the requested size as soon as the terminal is known.
 * `kill()` ends every process of the terminal's session (background jobs
 * have their own process groups but stay in the session) and `script`
 * itself; a process that made itself a new session (`setsid`) escapes it.
 *
 * ```ts
 * const pty = startPty({ argv: ["bash"], cwd: dir, env, rows: 24, cols: 80 });
 * pty.output.pipeTo(sink);
 * await pty.write(new TextEncoder().encode("echo hi\r"));
 * await pty.resize(40, 120);
 * await pty.kill();
 * ```
 */
import { currentPlatform } from "./info.ts";
import { killProcessTree } from "./process.ts";

/** How to start a command in a terminal. */
export interface PtySpec {
  argv: string[];
  cwd: string;
  /** The complete environment (nothing is inherited). */
  env: Record<string, string>;
  /** Makes the command run as another identity (`setpriv ... --`); empty = as the worker. */
  runAsPrefix?: string[];
  /** Initial window size (default 24 rows x 80 columns). */
  rows?: number;
  cols?: number;
}

/** A command running in a pseudo-terminal. */
export interface PtyProcess {
  /** pid of `script` (the leader of its own process group). */
  readonly pid: number;
  /** Everything the terminal prints. */
  readonly output: ReadableStream<Uint8Array<ArrayBuffer>>;
  /**
   * Resolves once the terminal is known, has its initial size and the
   * command switched canonical mode off (a shell's line editor is ready),
   * or after a few seconds, or when the command ended.
   */
  readonly ready: Promise<void>;
  /** Resolves with `script`'s exit code once it has ended. */
  readonly exited: Promise<number>;
  /** Types bytes into the terminal. */
  write(data: Uint8Array): Promise<void>;
  /** Sets the window size. */
  resize(rows: number, cols: number): Promise<void>;
  /** Kills every process of the terminal session and `script`; resolves when `script` is gone. */
  kill(): Promise<void>;
}

const SCRIPT = "/usr/bin/script";
const STTY = "/bin/stty";
const SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** Quotes argv for `sh -c` (single quotes; `'` as `'\''`). */
export function shQuote(argv: readonly string[]): string {
  return argv.map((a) => SAFE.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`).join(" ");
}

/** The `script` argv that runs `argv` in a new terminal on this platform. */
export function scriptArgv(argv: readonly string[]): string[] {
  if (currentPlatform() === "linux") {
    return [SCRIPT, "-qfec", `exec ${shQuote(argv)}`, "/dev/null"];
  }
  return [SCRIPT, "-q", "/dev/null", ...argv];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await new Deno.Command(argv[0], {
      args: argv.slice(1),
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const dec = new TextDecoder();
    return { code: r.code, out: dec.decode(r.stdout) + dec.decode(r.stderr) };
  } catch (e) {
    return { code: -1, out: (e as Error).message };
  }
}

/** Fields after the command name of /proc/<pid>/stat (index 0 = state). */
function procStat(pid: string): string[] | undefined {
  try {
    const s = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return s.slice(s.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** pids whose parent is `ppid`. */
async function childrenOf(ppid: number): Promise<number[]> {
  if (currentPlatform() !== "linux") {
    const r = await capture(["pgrep", "-P", String(ppid)]);
    return r.out.split(/\s+/).filter((s) => /^\d+$/.test(s)).map(Number);
  }
  const kids: number[] = [];
  for (const e of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(e.name)) continue;
    const f = procStat(e.name);
    if (f && Number(f[1]) === ppid) kids.push(Number(e.name));
  }
  return kids;
}

/** The terminal device of `pid`'s stdin (`/dev/pts/N`, macOS `/dev/ttysNNN`). */
async function terminalOf(pid: number): Promise<string | undefined> {
  if (currentPlatform() === "linux") {
    try {
      const t = Deno.readLinkSync(`/proc/${pid}/fd/0`);
      return t.startsWith("/dev/pts/") ? t : undefined;
    } catch {
      return undefined;
    }
  }
  const r = await capture(["ps", "-o", "tty=", "-p", String(pid)]);
  const t = r.out.trim();
  return r.code === 0 && t !== "" && t !== "??" ? `/dev/${t}` : undefined;
}

/** `stty` on another terminal: `-F` (GNU) or `-f` (BSD). */
function sttyArgv(tty: string, args: string[]): string[] {
  return [STTY, currentPlatform() === "linux" ? "-F" : "-f", tty, ...args];
}

/** True when `tty` is in non-canonical mode (a line editor took over). */
async function canonicalOff(tty: string): Promise<boolean> {
  const r = await capture(sttyArgv(tty, ["-a"]));
  return r.code === 0 && /(^|[\s;])-icanon([\s;]|$)/.test(r.out);
}

/** Sends SIGKILL to every process of session `sid` (a few rounds: a dying shell may fork). */
export async function killSession(sid: number): Promise<void> {
  if (!(sid > 1)) return;
  if (currentPlatform() !== "linux") {
    await capture(["pkill", "-KILL", "-s", String(sid)]);
    return;
  }
  for (let round = 0; round < 5; round++) {
    let found = 0;
    for (const e of Deno.readDirSync("/proc")) {
      if (!/^\d+$/.test(e.name)) continue;
      const f = procStat(e.name);
      if (!f || Number(f[3]) !== sid || f[0] === "Z") continue;
      try {
        Deno.kill(Number(e.name), "SIGKILL");
        found++;
      } catch { /* gone */ }
    }
    if (found === 0) return;
    await sleep(20);
  }
}

/** Starts `spec.argv` in a new pseudo-terminal. Throws when `script` cannot start. */
export function startPty(spec: PtySpec): PtyProcess {
  const argv = [...(spec.runAsPrefix ?? []), ...scriptArgv(spec.argv)];
  const child = new Deno.Command(argv[0], {
    args: argv.slice(1),
    cwd: spec.cwd,
    env: spec.env,
    clearEnv: true,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
    detached: true,
  }).spawn();
  const pid = child.pid;
  const stdin = child.stdin.getWriter();
  let ended = false;
  const exited = child.status.then((s) => {
    ended = true;
    return s.code;
  });
  // script's own complaints (cannot open a terminal ...) go to the same output
  const output = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      const pump = async (s: ReadableStream<Uint8Array<ArrayBuffer>>) => {
        try {
          for await (const c of s) controller.enqueue(c);
        } catch { /* pipe broke */ }
      };
      void Promise.all([pump(child.stdout), pump(child.stderr)]).then(() => {
        try {
          controller.close();
        } catch { /* cancelled */ }
      });
    },
  });
  let session: { sid: number; tty: string } | undefined;
  const findSession = async (): Promise<typeof session> => {
    const t0 = Date.now();
    while (!ended && Date.now() - t0 < 10_000) {
      for (const kid of await childrenOf(pid)) {
        const tty = await terminalOf(kid);
        if (tty) return session = { sid: kid, tty };
      }
      await sleep(10);
    }
    return undefined;
  };
  const resize = async (rows: number, cols: number) => {
    const s = session ?? await found;
    if (!s) throw new Error("the terminal of the interactive command is gone");
    const r = await capture(sttyArgv(s.tty, ["cols", String(cols), "rows", String(rows)]));
    if (r.code !== 0) throw new Error(`stty: ${r.out.trim()}`);
  };
  const found = findSession();
  const ready = (async () => {
    const s = await found;
    if (!s) return;
    await resize(spec.rows ?? 24, spec.cols ?? 80).catch(() => {});
    const t0 = Date.now();
    while (!ended && Date.now() - t0 < 5_000) {
      if (await canonicalOff(s.tty)) return;
      await sleep(10);
    }
  })();
  return {
    pid,
    output,
    ready,
    exited,
    async write(data) {
      await stdin.write(data);
    },
    resize,
    async kill() {
      const s = session ??
        (ended ? undefined : await Promise.race([found, sleep(200).then(() => undefined)]));
      if (s) await killSession(s.sid);
      else for (const kid of await childrenOf(pid)) await killSession(kid);
      killProcessTree(pid);
      await stdin.close().catch(() => {});
      await exited;
    },
  };
}
