/**
 * Running a task command (spec 7.3): the command starts in a new process
 * group (posix `setsid` through `Deno.Command`'s `detached`), so the whole
 * tree can be killed with one `kill(-pid, SIGKILL)`; stdout and stderr go,
 * chunk by chunk in arrival order, to one output callback (the task log;
 * Linux: a command that fills its 64 KiB pipe gets a 1 MiB one through
 * `fcntl(F_SETPIPE_SZ)` over FFI, so fast output arrives in large reads);
 * the result carries the Go worker's exit code mapping (killed by a signal
 * -> -1), its failure texts (`exit status 3`, `signal: killed`,
 * `fork/exec /x: no such file or directory`) and CPU and wall times.
 *
 * Like Go's `cmd.Wait` with a pipe for output, a command is finished when
 * its process has exited AND every process holding its output pipes has
 * closed them: a background child that keeps the pipe open keeps the
 * command running (until the task is aborted); one that redirects its
 * output survives the command.
 *
 * CPU times: Deno has no `getrusage`, so on Linux the leader's
 * `utime+cutime` / `stime+cstime` are sampled from `/proc/<pid>/stat`
 * every 100 ms while it runs (children count once the leader reaped them),
 * and at exit the growth of the worker's own reaped-children times gives the
 * whole tree's total (cpu_accounting.ts). Windows: the job object's times.
 *
 * ```ts
 * const cmd = startCommand({ argv: ["/bin/echo", "hi"], cwd: "/tmp", env: {} },
 *   (chunk, stream) => log.writeRaw(chunk));
 * const result = await cmd.done; // { exitCode: 0, ... }
 * ```
 */
import { isAbsolute, join } from "node:path";
import { currentPlatform } from "./info.ts";
import { noteReap, reapCount, reapedChildrenTimes } from "./cpu_accounting.ts";
import { jobForProcess, terminateProcess, windowsProcessAlive } from "./windows/job.ts";

/** How to start a command. */
export interface SpawnSpec {
  argv: string[];
  cwd: string;
  /** The complete environment (nothing is inherited). */
  env: Record<string, string>;
  /**
   * Prefix that makes the command run as another identity (e.g.
   * `setpriv --reuid=.. --regid=.. --groups=.. --`); empty = as the worker.
   */
  runAsPrefix?: string[];
  /** Run as this uid/gid (Deno clears supplementary groups: use runAsPrefix for groups). */
  uid?: number;
  gid?: number;
}

/** What happened to a command (the Go worker's `process.Result`). */
export interface CommandResult {
  /** Exit code; -1 when killed by a signal; 0 when it did not start or was aborted. */
  exitCode: number;
  /** The signal name (e.g. `SIGKILL`) when killed by a signal. */
  signal?: string;
  /** Set when the command could not start (not found, not executable), Go's wording. */
  systemError?: string;
  /** Killed through `kill()` (abort, max run time, reclaim failure). */
  aborted: boolean;
  userMs: number;
  kernelMs: number;
  wallMs: number;
  pid: number;
}

/** A started command. */
export interface RunningCommand {
  /** Process id (and process group id); 0 when it did not start. */
  pid: number;
  /**
   * Kills the whole process group with SIGKILL and marks the result aborted;
   * on Linux also every process of the command's session and every process
   * holding its output pipes. `done` then resolves after a short grace for
   * the output still in the pipes, without waiting for pipe holders.
   */
  kill(): void;
  /**
   * Kills what the command left running (posix: its process group; Linux:
   * also its session and every holder of its output pipes, as far as /proc
   * tells). Resolves with how many were signalled (a process group counts once).
   */
  killLeftovers(): Promise<number>;
  done: Promise<CommandResult>;
}

/** How long output is still read after an abort before the pipes are let go (ms). */
export const ABORT_OUTPUT_GRACE_MS = 1000;

/** True for a result that counts as success (exit 0, started, not aborted). */
export function succeeded(r: CommandResult): boolean {
  return r.systemError === undefined && !r.aborted && r.signal === undefined && r.exitCode === 0;
}

/** Go's signal descriptions (`syscall.Signal.String()` on linux), by Deno signal name. */
const SIGNAL_TEXT: Record<string, string> = {
  SIGHUP: "hangup",
  SIGINT: "interrupt",
  SIGQUIT: "quit",
  SIGILL: "illegal instruction",
  SIGTRAP: "trace/breakpoint trap",
  SIGABRT: "aborted",
  SIGBUS: "bus error",
  SIGFPE: "floating point exception",
  SIGKILL: "killed",
  SIGUSR1: "user defined signal 1",
  SIGSEGV: "segmentation fault",
  SIGUSR2: "user defined signal 2",
  SIGPIPE: "broken pipe",
  SIGALRM: "alarm clock",
  SIGTERM: "terminated",
  SIGSTKFLT: "stack fault",
  SIGCHLD: "child exited",
  SIGCONT: "continued",
  SIGSTOP: "stopped (signal)",
  SIGTSTP: "stopped",
  SIGTTIN: "stopped (tty input)",
  SIGTTOU: "stopped (tty output)",
  SIGURG: "urgent I/O condition",
  SIGXCPU: "CPU time limit exceeded",
  SIGXFSZ: "file size limit exceeded",
  SIGVTALRM: "virtual timer expired",
  SIGPROF: "profiling timer expired",
  SIGWINCH: "window changed",
  SIGIO: "I/O possible",
  SIGPWR: "power failure",
  SIGSYS: "bad system call",
};

/**
 * The text of Go's `*exec.ExitError` for a finished command: `exit status N`
 * or `signal: killed`; undefined for success, aborts and start failures.
 */
export function exitErrorText(r: CommandResult): string | undefined {
  if (r.aborted || r.systemError !== undefined) return undefined;
  if (r.signal !== undefined) return `signal: ${SIGNAL_TEXT[r.signal] ?? r.signal}`;
  return r.exitCode === 0 ? undefined : `exit status ${r.exitCode}`;
}

/** Go's start error text for a command that could not start. */
export function startErrorText(argv0: string, e: unknown): string {
  const hasSlash = argv0.includes("/") || (currentPlatform() === "windows" && argv0.includes("\\"));
  if (e instanceof Deno.errors.NotFound) {
    return hasSlash
      ? `fork/exec ${argv0}: no such file or directory`
      : `exec: "${argv0}": executable file not found in $PATH`;
  }
  if (e instanceof Deno.errors.PermissionDenied) {
    return hasSlash
      ? `fork/exec ${argv0}: permission denied`
      : `exec: "${argv0}": permission denied`;
  }
  return `fork/exec ${argv0}: ${e instanceof Error ? e.message : String(e)}`;
}

const CLK_TCK = 100;

/** CPU times (ms) of `pid` and its reaped children, from /proc (Linux only). */
export async function processCpuTimes(
  pid: number,
): Promise<{ userMs: number; kernelMs: number } | undefined> {
  if (currentPlatform() !== "linux") return undefined;
  try {
    const stat = await Deno.readTextFile(`/proc/${pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // after "pid (comm) ": state=0 ... utime=11 stime=12 cutime=13 cstime=14
    const [ut, st, cut, cst] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    if (![ut, st, cut, cst].every(Number.isFinite)) return undefined;
    return { userMs: ((ut + cut) * 1000) / CLK_TCK, kernelMs: ((st + cst) * 1000) / CLK_TCK };
  } catch {
    return undefined;
  }
}

/** True while a process with this pid exists and is not a zombie (Linux: /proc; Windows: its exit code; else kill 0). */
export function processAlive(pid: number): boolean {
  if (currentPlatform() === "windows") return windowsProcessAlive(pid);
  if (currentPlatform() === "linux") {
    try {
      const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
      return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
    } catch {
      return false;
    }
  }
  try {
    Deno.kill(pid, "SIGCONT");
    return true;
  } catch {
    return false;
  }
}

/**
 * Kills a process group with SIGKILL (posix `kill(-pgid)`; on Windows the
 * process itself: a command's tree is killed through its job object, see
 * `startCommand`). Errors (already gone) are ignored.
 */
export function killProcessTree(pid: number): void {
  if (pid <= 0) return;
  if (currentPlatform() === "windows") return terminateProcess(pid);
  try {
    Deno.kill(-pid, "SIGKILL");
  } catch {
    try {
      Deno.kill(pid, "SIGKILL");
    } catch { /* gone */ }
  }
}

/** SIGKILLs process group `pgid` (posix); true when it still had members. */
function killGroup(pgid: number): boolean {
  if (currentPlatform() === "windows") {
    killProcessTree(pgid);
    return false;
  }
  try {
    Deno.kill(-pgid, "SIGKILL");
    return true;
  } catch {
    return false;
  }
}

/** The start time (clock ticks since boot) of process `pid` (Linux /proc; undefined elsewhere or when gone). */
function processStartTime(pid: number): string | undefined {
  if (currentPlatform() !== "linux") return undefined;
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    // after "pid (comm) ": state=0 ... starttime=19
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/**
 * Kills (SIGKILL) every process of session or process group `sid` (none when 0) and every
 * process holding one of `pipes` open (Linux: a scan of /proc; the worker
 * itself is never a target). Repeats while it finds any (children forked
 * meanwhile); returns how many it signalled.
 */
async function killSessionAndPipeHolders(sid: number, pipes: readonly string[]): Promise<number> {
  if (currentPlatform() !== "linux" || (sid <= 0 && pipes.length === 0)) return 0;
  const self = Deno.pid;
  const wanted = new Set(pipes);
  let killed = 0;
  for (let round = 0; round < 5; round++) {
    const targets: number[] = [];
    try {
      for await (const e of Deno.readDir("/proc")) {
        const pid = Number(e.name);
        if (!Number.isInteger(pid) || pid <= 1 || pid === self) continue;
        if (await belongsTo(pid, sid, wanted)) targets.push(pid);
      }
    } catch { /* no /proc */ }
    if (targets.length === 0) break;
    for (const pid of targets) {
      try {
        Deno.kill(pid, "SIGKILL");
        killed++;
      } catch { /* gone */ }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return killed;
}

async function belongsTo(pid: number, sid: number, pipes: ReadonlySet<string>): Promise<boolean> {
  try {
    const stat = await Deno.readTextFile(`/proc/${pid}/stat`);
    // after "pid (comm) ": state=0 ppid=1 pgrp=2 session=3
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (f[0] === "Z") return false;
    if (sid > 0 && (Number(f[2]) === sid || Number(f[3]) === sid)) return true;
    if (pipes.size === 0) return false;
    for await (const fd of Deno.readDir(`/proc/${pid}/fd`)) {
      try {
        if (pipes.has(await Deno.readLink(`/proc/${pid}/fd/${fd.name}`))) return true;
      } catch { /* closed meanwhile */ }
    }
  } catch { /* gone, or not ours to read */ }
  return false;
}

/** Size of the one read buffer of each output pipe. */
const READ_BUFFER_BYTES = 1 << 20;

/** Linux's default pipe capacity: a read this large found the pipe full. */
const DEFAULT_PIPE_BYTES = 1 << 16;

/** Linux `fcntl` commands. */
const F_SETPIPE_SZ = 1031;

type Libc = { fcntl: (fd: number, cmd: number, arg: number) => number };
let libc: Libc | null | undefined;

/** glibc's `fcntl` through FFI (Linux), or null when it cannot be loaded. */
function libcFcntl(): Libc | null {
  if (libc === undefined) {
    libc = null;
    for (const name of ["libc.so.6", "libc.so"]) {
      try {
        libc = Deno.dlopen(name, {
          fcntl: { parameters: ["i32", "i32", "i32"], result: "i32" },
        }).symbols;
        break;
      } catch { /* not this name (musl, no FFI permission) */ }
    }
  }
  return libc;
}

/**
 * Grows the pipe `inode` (`pipe:[N]`, the worker holds its read end) to
 * READ_BUFFER_BYTES with `F_SETPIPE_SZ` (Linux; the default 64 KiB makes a
 * fast writer hand over its output in 64 KiB reads, each a round trip
 * through the event loop). Best effort: false when it did not happen
 * (no libc, the user's pipe quota, the fd gone).
 */
function enlargePipe(inode: string): boolean {
  if (currentPlatform() !== "linux") return false;
  const c = libcFcntl();
  if (c === null) return false;
  try {
    for (const e of Deno.readDirSync("/proc/self/fd")) {
      try {
        if (Deno.readLinkSync(`/proc/self/fd/${e.name}`) !== inode) continue;
        return c.fcntl(Number(e.name), F_SETPIPE_SZ, READ_BUFFER_BYTES) >= READ_BUFFER_BYTES;
      } catch { /* closed meanwhile */ }
    }
  } catch { /* no /proc */ }
  return false;
}

/** The pipe (`pipe:[N]`) behind `pid`'s file descriptor `fd` (Linux /proc; undefined elsewhere or when gone). */
function pipeInode(pid: number, fd: number): string | undefined {
  if (currentPlatform() !== "linux") return undefined;
  try {
    const l = Deno.readLinkSync(`/proc/${pid}/fd/${fd}`);
    return l.startsWith("pipe:") ? l : undefined;
  } catch {
    return undefined;
  }
}

let setsidCache: string | null | undefined;

/** util-linux `setsid` (posix); undefined when the host has none (then Deno's `detached`). */
function setsidPath(): string | undefined {
  if (setsidCache === undefined) {
    setsidCache = null;
    for (const p of ["/usr/bin/setsid", "/bin/setsid"]) {
      try {
        if (Deno.statSync(p).isFile) {
          setsidCache = p;
          break;
        }
      } catch { /* not here */ }
    }
  }
  return setsidCache ?? undefined;
}

/** True for an existing regular file with an execute bit (the caller runs as root or the owner). */
function executable(path: string): "ok" | "missing" | "denied" {
  try {
    const st = Deno.statSync(path);
    if (!st.isFile) return "denied";
    return ((st.mode ?? 0o755) & 0o111) !== 0 ? "ok" : "denied";
  } catch (e) {
    return e instanceof Deno.errors.PermissionDenied ? "denied" : "missing";
  }
}

/**
 * Resolves a command's program as exec would (before handing it to
 * `setsid`, so a missing or unexecutable program gives Go's start-error
 * texts): a name with a slash is taken relative to `cwd`; a bare name is
 * looked up in `pathVar` (the task's PATH; the worker's when it has none).
 * Throws Deno.errors.NotFound / PermissionDenied like a failed spawn.
 */
function resolveProgram(argv0: string, cwd: string, pathVar: string | undefined): string {
  if (argv0.includes("/")) {
    const r = executable(isAbsolute(argv0) ? argv0 : join(cwd, argv0));
    if (r === "missing") throw new Deno.errors.NotFound(argv0);
    if (r === "denied") throw new Deno.errors.PermissionDenied(argv0);
    return argv0;
  }
  if (argv0 === "") throw new Deno.errors.NotFound(argv0);
  for (const dir of (pathVar ?? Deno.env.get("PATH") ?? "").split(":")) {
    const base = dir === "" ? cwd : isAbsolute(dir) ? dir : join(cwd, dir);
    const candidate = join(base, argv0);
    if (executable(candidate) === "ok") return candidate;
  }
  throw new Deno.errors.NotFound(argv0);
}

/** Which output stream a chunk came from. */
export type OutputStream = "stdout" | "stderr";

/**
 * Starts `spec`, sending stdout and stderr to `output` (awaited chunk by
 * chunk per stream). Never throws: a start failure is a result with
 * `systemError`.
 */
export function startCommand(
  spec: SpawnSpec,
  output: (chunk: Uint8Array, stream: OutputStream) => Promise<void> | void,
  now: () => number = () => performance.now(),
): RunningCommand {
  const t0 = now();
  const argv = [...(spec.runAsPrefix ?? []), ...spec.argv];
  let child: Deno.ChildProcess;
  try {
    // posix: a new session through setsid(1) (posix_spawn), not Deno's `detached`
    // (which forks the whole worker); argv[0] is resolved first for Go's error texts
    const setsid = currentPlatform() === "windows" ? undefined : setsidPath();
    let program = argv[0];
    let args = argv.slice(1);
    if (setsid !== undefined) {
      const resolved = resolveProgram(argv[0], spec.cwd, spec.env.PATH);
      program = setsid;
      args = [spec.env.PATH === undefined ? resolved : argv[0], ...args];
    }
    child = new Deno.Command(program, {
      args,
      cwd: spec.cwd,
      env: spec.env,
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      detached: currentPlatform() !== "windows" && setsid === undefined,
      ...(spec.uid !== undefined ? { uid: spec.uid } : {}),
      ...(spec.gid !== undefined ? { gid: spec.gid } : {}),
    }).spawn();
  } catch (e) {
    const result: CommandResult = {
      exitCode: 0,
      systemError: startErrorText(argv[0], e),
      aborted: false,
      userMs: 0,
      kernelMs: 0,
      wallMs: now() - t0,
      pid: 0,
    };
    return {
      pid: 0,
      kill() {},
      killLeftovers: () => Promise.resolve(0),
      done: Promise.resolve(result),
    };
  }
  const pid = child.pid;
  // taken at once: the command's own fds still point at its pipes
  const streamPipes = { stdout: pipeInode(pid, 1), stderr: pipeInode(pid, 2) };
  const pipes = [...new Set([streamPipes.stdout, streamPipes.stderr])].filter((p) =>
    p !== undefined
  );
  const startTime = processStartTime(pid);
  // the pid names another process now: the number was free, so our group and session are empty
  const idReused = () => {
    if (startTime === undefined) return false;
    const now = processStartTime(pid);
    return now !== undefined && now !== startTime;
  };
  // Windows: the tree lives in a job object (posix: the process group)
  const job = currentPlatform() === "windows" ? jobForProcess(pid) : undefined;
  let aborted = false;
  let exited = false;
  let times = { userMs: 0, kernelMs: 0 };
  // the worker's reaped-children CPU before this leader is reaped (see cpu_accounting.ts)
  let base = reapedChildrenTimes();
  let baseReaps = reapCount();
  let sampling: Promise<void> | undefined;
  const sampler = setInterval(() => {
    if (sampling || exited) return;
    base = reapedChildrenTimes();
    baseReaps = reapCount();
    sampling = processCpuTimes(pid).then((t) => {
      if (t && !exited) times = t;
    }).finally(() => sampling = undefined);
  }, 100);
  let onAbort = () => {};
  const abortSeen = new Promise<void>((resolve) => onAbort = resolve);
  const readers: ReadableStreamBYOBReader[] = [];
  const pump = async (s: ReadableStream<Uint8Array>, name: OutputStream) => {
    // one buffer per stream, handed back and forth (BYOB): no allocation per chunk
    const reader = s.getReader({ mode: "byob" });
    readers.push(reader);
    let buf = new Uint8Array(READ_BUFFER_BYTES);
    // a command that fills the pipe gets a larger one (fewer, larger reads)
    let grow = streamPipes[name] !== undefined;
    try {
      for (;;) {
        const { value, done } = await reader.read(buf);
        if (done || value === undefined) break;
        if (grow && value.length >= DEFAULT_PIPE_BYTES) {
          grow = false;
          enlargePipe(streamPipes[name]!);
        }
        await output(value, name);
        buf = new Uint8Array(value.buffer);
      }
    } catch { /* the pipe broke or reading was given up: nothing more to read */ }
  };
  const pumps = Promise.all([pump(child.stdout, "stdout"), pump(child.stderr, "stderr")]);
  let pipesClosed = false;
  void pumps.then(() => pipesClosed = true);
  let leftovers: Promise<number> | undefined;
  const killLeftovers = (): Promise<number> => {
    if (job) return Promise.resolve(job.terminate(true));
    if (idReused()) {
      // never signal the new owner of the number: only holders of our pipes are ours
      return pipesClosed ? Promise.resolve(0) : killSessionAndPipeHolders(0, pipes);
    }
    const groupLeft = killGroup(pid);
    // nothing in the process group and nobody holding the pipes: skip the /proc scan
    if (!groupLeft && pipesClosed && !aborted) return Promise.resolve(0);
    return killSessionAndPipeHolders(pid, pipes).then((n) => n + (groupLeft ? 1 : 0));
  };
  const done = (async (): Promise<CommandResult> => {
    const status = await child.status;
    exited = true;
    const after = reapedChildrenTimes();
    const alone = reapCount() === baseReaps;
    noteReap();
    clearInterval(sampler);
    await sampling;
    if (after && base && alone) {
      times = {
        userMs: Math.max(times.userMs, after.userMs - base.userMs),
        kernelMs: Math.max(times.kernelMs, after.kernelMs - base.kernelMs),
      };
    }
    // like Go's cmd.Wait with a pipe: wait for the pipe holders, unless aborted
    await Promise.race([pumps, abortSeen]);
    if (aborted) {
      await leftovers;
      const grace = new Promise<void>((r) => {
        const t = setTimeout(r, ABORT_OUTPUT_GRACE_MS);
        void pumps.finally(() => clearTimeout(t));
      });
      await Promise.race([pumps, grace]);
      for (const r of readers) r.cancel().catch(() => {});
      await pumps;
    }
    if (job) times = job.times() ?? times;
    const signal = status.signal ?? undefined;
    return {
      exitCode: aborted ? 0 : signal !== undefined ? -1 : status.code,
      ...(signal !== undefined && !aborted ? { signal } : {}),
      aborted,
      userMs: times.userMs,
      kernelMs: times.kernelMs,
      wallMs: now() - t0,
      pid,
    };
  })();
  return {
    pid,
    kill() {
      aborted = true;
      if (job) job.terminate(false);
      else if (!idReused()) killProcessTree(pid);
      leftovers ??= killLeftovers();
      onAbort();
    },
    killLeftovers,
    done,
  };
}

/**
 * Formats milliseconds like Go's `time.Duration.String()`: `0s`, `850ns`,
 * `1.5µs`, `12.3ms`, `4.2s`, `1m2.5s`, `2h0m0s`.
 */
export function goDuration(ms: number): string {
  const ns = Math.round(ms * 1e6);
  if (ns === 0) return "0s";
  const neg = ns < 0;
  const abs = Math.abs(ns);
  let out: string;
  if (abs < 1000) out = `${abs}ns`;
  else if (abs < 1e6) out = `${fraction(abs, 1e3)}µs`;
  else if (abs < 1e9) out = `${fraction(abs, 1e6)}ms`;
  else {
    const h = Math.floor(abs / 3.6e12);
    const m = Math.floor((abs % 3.6e12) / 6e10);
    const s = fraction(abs % 6e10, 1e9);
    out = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  }
  return neg ? `-${out}` : out;
}

/** `n / unit` with up to 9 decimals, trailing zeros dropped (exact, no float rounding). */
function fraction(n: number, unit: number): string {
  const whole = Math.floor(n / unit);
  const rest = n - whole * unit;
  if (rest === 0) return String(whole);
  const digits = String(unit).length - 1;
  return `${whole}.${String(rest).padStart(digits, "0").replace(/0+$/, "")}`;
}
