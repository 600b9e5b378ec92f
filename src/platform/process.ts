/**
 * Running a task command (spec 7.3): a new process group/session so the
 * whole tree can be killed, stdout and stderr into the task log, CPU times
 * sampled from /proc while it runs, and the exit code mapping (signal ->
 * -1).
 */

/** How to start a command. */
export interface SpawnSpec {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  /** Prefix that makes the command run as another user (e.g. setpriv ...); empty = as the worker. */
  runAsPrefix?: string[];
}

/** What happened to a command. */
export interface CommandResult {
  /** Exit code; -1 when killed by a signal; undefined when it never started. */
  exitCode?: number;
  /** The command could not start (not found, not executable). */
  systemError?: string;
  aborted: boolean;
  userMs: number;
  kernelMs: number;
  wallMs: number;
}

/** A started command. */
export interface RunningCommand {
  pid: number;
  /** Kills the whole process group with SIGKILL. */
  kill(): void;
  done: Promise<CommandResult>;
}

const CLK_TCK = 100;

async function cpuTimes(pid: number): Promise<{ user: number; kernel: number } | undefined> {
  try {
    const stat = await Deno.readTextFile(`/proc/${pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[11..14] = utime stime cutime cstime (after pid and comm)
    const [ut, st, cut, cst] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    return { user: ((ut + cut) * 1000) / CLK_TCK, kernel: ((st + cst) * 1000) / CLK_TCK };
  } catch {
    return undefined;
  }
}

/** Kills a process group (posix) or process. Errors (already gone) are ignored. */
export function killProcessTree(pid: number): void {
  try {
    if (Deno.build.os === "windows") {
      new Deno.Command("taskkill.exe", { args: ["/pid", String(pid), "/f", "/t"] }).spawn();
    } else {
      Deno.kill(-pid, "SIGKILL");
    }
  } catch {
    try {
      Deno.kill(pid, "SIGKILL");
    } catch { /* gone */ }
  }
}

/**
 * Starts `spec` with output going to `output` (called with each chunk, in
 * arrival order). Never throws: a start failure is a result with
 * `systemError`.
 */
export function startCommand(
  spec: SpawnSpec,
  output: (chunk: Uint8Array) => Promise<void>,
): RunningCommand {
  const t0 = performance.now();
  const argv = [...(spec.runAsPrefix ?? []), ...spec.argv];
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(argv[0], {
      args: argv.slice(1),
      cwd: spec.cwd,
      env: spec.env,
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      detached: Deno.build.os !== "windows",
    }).spawn();
  } catch (e) {
    const msg = e instanceof Deno.errors.NotFound
      ? `exec: "${spec.argv[0]}": executable file not found in $PATH`
      : (e as Error).message;
    return {
      pid: 0,
      kill() {},
      done: Promise.resolve({
        systemError: msg,
        aborted: false,
        userMs: 0,
        kernelMs: 0,
        wallMs: performance.now() - t0,
      }),
    };
  }
  let aborted = false;
  let last = { user: 0, kernel: 0 };
  const sampler = setInterval(async () => {
    const t = await cpuTimes(child.pid);
    if (t) last = t;
  }, 250);
  const pump = async (s: ReadableStream<Uint8Array>) => {
    for await (const chunk of s) await output(chunk);
  };
  const pumps = Promise.all([pump(child.stdout), pump(child.stderr)]);
  const done = (async (): Promise<CommandResult> => {
    const status = await child.status;
    clearInterval(sampler);
    // grandchildren may still hold the pipes; once the leader is gone, the group goes too
    if (Deno.build.os !== "windows") killProcessTree(child.pid);
    await pumps.catch(() => {});
    return {
      exitCode: status.signal !== null ? -1 : status.code,
      aborted,
      userMs: last.user,
      kernelMs: last.kernel,
      wallMs: performance.now() - t0,
    };
  })();
  return {
    pid: child.pid,
    kill() {
      aborted = true;
      killProcessTree(child.pid);
    },
    done,
  };
}

/** Formats milliseconds like Go's time.Duration String (`1.2ms`, `3s`, `1m2.5s`). */
export function goDuration(ms: number): string {
  if (ms === 0) return "0s";
  const ns = Math.round(ms * 1e6);
  if (ns < 1000) return `${ns}ns`;
  if (ns < 1e6) return `${trim(ns / 1e3)}µs`;
  if (ns < 1e9) return `${trim(ns / 1e6)}ms`;
  let s = ns / 1e9;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  let out = "";
  if (h > 0) out += `${h}h`;
  if (h > 0 || m > 0) out += `${m}m`;
  return out + `${trim(s)}s`;
}

function trim(n: number): string {
  return String(Number(n.toFixed(9))).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}
