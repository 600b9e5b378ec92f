/**
 * The Go worker's Windows command wrapper (spec 7.3, Go
 * `multiuser_windows.go` prepareCommand): each payload command (a string of
 * cmd.exe syntax) is written to `command_<6 digits>.bat` (`@echo on`, then
 * the command) and run through `command_<6 digits>_wrapper.bat`, which
 *
 * - for command 0 sets the payload env and the fixed variables (values
 *   escaped as Go's `win32.CMDExeEscape`) and `cd`s into the task dir;
 * - for later commands re-sets every variable the previous command left in
 *   `env.txt` and `cd`s into the directory it left in `dir.txt`;
 * - clears `errorlevel`, `call`s the script with stderr merged into stdout,
 *   keeps its exit code in `tcexitcode`, stores `set > env.txt` and
 *   `cd > dir.txt` unless it is the last command, and exits with the code.
 *
 * So environment changes and `cd` carry from one command to the next,
 * `%VAR%` expands as cmd.exe expands it, and a non-zero exit code fails the
 * task (the executor stops at the first failure). The texts are Go's, line
 * for line, with CRLF line ends.
 */
import { win32 } from "node:path";

/** What the wrapper of one command needs to know. */
export interface WrapperPlan {
  taskDir: string;
  taskId: string;
  /** Index of this command. */
  index: number;
  /** Number of commands in the payload. */
  count: number;
  /** The command line (cmd.exe syntax). */
  command: string;
  /** Variables the first command's wrapper sets (payload env, then the fixed ones). */
  firstEnv: Record<string, string>;
}

/** Go's `win32.CMDExeEscape`: a `^` before each of `()%!^"<>&|`. */
export function cmdExeEscape(text: string): string {
  return text.replace(/[()%!^"<>&|]/g, (c) => `^${c}`);
}

/** The file names of command `index`'s scripts and the carried state, under `taskDir`. */
export function wrapperPaths(taskDir: string, index: number) {
  const name = `command_${String(index).padStart(6, "0")}`;
  return {
    wrapper: win32.join(taskDir, `${name}_wrapper.bat`),
    script: win32.join(taskDir, `${name}.bat`),
    env: win32.join(taskDir, "env.txt"),
    dir: win32.join(taskDir, "dir.txt"),
  };
}

function setLine(name: string, value: string): string {
  return `set ${name}=${cmdExeEscape(value)}\r\n`;
}

/**
 * The wrapper script's text. For `index > 0`, `previousEnv` is the text of
 * env.txt and `previousDir` that of dir.txt, as the previous command left
 * them.
 */
export function wrapperScript(
  plan: WrapperPlan,
  previousEnv = "",
  previousDir = "",
): string {
  const p = wrapperPaths(plan.taskDir, plan.index);
  let s = `:: This script runs command ${plan.index} defined in TaskId ${plan.taskId}...\r\n`;
  s += "@echo off\r\n";
  if (plan.index === 0) {
    for (const [k, v] of Object.entries(plan.firstEnv)) s += setLine(k, v);
    s += `cd "${plan.taskDir}"\r\n`;
  } else {
    for (const line of previousEnv.split(/\r?\n/)) {
      if (line === "") continue;
      const eq = line.indexOf("=");
      // Go splits on the first "=" and panics on a line without one
      if (eq < 0) throw new Error(`malformed line in env file ${p.env}: ${line}`);
      s += setLine(line.slice(0, eq), line.slice(eq + 1));
    }
    s += `cd "${previousDir.replaceAll("\r\n", "\n").split("\n")[0]}"\r\n`;
  }
  s += "set errorlevel=\r\n";
  s += `call ${p.script} 2>&1\r\n`;
  s += "@echo off\r\n";
  s += "set tcexitcode=%errorlevel%\r\n";
  if (plan.index !== plan.count - 1) {
    s += `set > ${p.env}\r\n`;
    s += `cd > ${p.dir}\r\n`;
  }
  s += "exit /b %tcexitcode%\r\n";
  return s;
}

/** The script holding the command itself. */
export function commandScript(command: string): string {
  return `@echo on\r\n${command}`;
}

/**
 * Writes command `plan.index`'s script and wrapper (reading env.txt and
 * dir.txt for later commands); returns the wrapper's path. cmd.exe reads
 * batch files in the console code page: the text is written as UTF-8,
 * which matches for ASCII (Go writes the same bytes).
 */
export async function writeWrapper(plan: WrapperPlan): Promise<string> {
  const p = wrapperPaths(plan.taskDir, plan.index);
  let env = "";
  let dir = "";
  if (plan.index > 0) {
    try {
      env = await Deno.readTextFile(p.env);
    } catch (e) {
      throw new Error(`could not read from env file ${p.env}\n${(e as Error).message}`);
    }
    try {
      dir = await Deno.readTextFile(p.dir);
    } catch (e) {
      throw new Error(
        `could not read directory location from file ${p.dir}\n${(e as Error).message}`,
      );
    }
  }
  await Deno.writeTextFile(p.wrapper, wrapperScript(plan, env, dir));
  await Deno.writeTextFile(p.script, commandScript(plan.command));
  return p.wrapper;
}
