/**
 * Command Executor (spec 7.3): runs the commands one after another in the
 * task directory, each in its own process group, output into the task log.
 * Before each: `Executing command <i>: <shell-escaped argv>`; after each,
 * the Go worker's result block (exit code, user/kernel/wall time, the
 * memory lines with the resource monitor, `Result: SUCCEEDED|FAILED`), or
 * `System error executing command: <err>` when it could not start, or
 * `Command ABORTED after <duration>: process aborted` when it was killed.
 * The first failing command stops the rest: a pending abort decides the
 * error; else an exit code in `onExitStatus.retry` is
 * exception/intermittent-task; else failed/failed (`exit status N`,
 * `signal: killed`, the start error, or `task was aborted`). At stop,
 * whatever the commands left running (their process groups, sessions and
 * the holders of their output pipes) is killed. How a command becomes a
 * process is the platform's business (src/platform/task_command.ts: on
 * Windows a generated cmd.exe wrapper, logged with the command string).
 */
import {
  type CommandResult,
  exitErrorText,
  goDuration,
  type RunningCommand,
  startCommand,
} from "../../platform/process.ts";
import { prepareTaskCommand } from "../../platform/task_command.ts";
import { failure, intermittentTask, type TaskError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { fixedEnv } from "./command_generator.ts";
import { formatMemory, memoryMonitor, type MemoryUsage } from "./resource_monitor.ts";

const SAFE_WORD = /^[A-Za-z0-9_/:=-]+$/;

/**
 * Shell-escapes argv like the Go worker's log line (github.com/taskcluster/shell):
 * safe words (`[A-Za-z0-9_/:=-]`) as they are, `''` for an empty word, a
 * single quote as `\'` outside quotes, and words with other characters
 * single-quoted piecewise (`echo 'hello world!'`, `\''>'\'`).
 */
export function shellEscape(argv: readonly string[]): string {
  return argv.map((word) => {
    if (word === "") return "''";
    if (SAFE_WORD.test(word)) return word;
    const pieces = word.split("'");
    const quote = pieces.some((p) => p !== "" && !SAFE_WORD.test(p));
    return pieces.map((p) => (p === "" ? "" : quote ? `'${p}'` : p)).join("\\'");
  }).join(" ");
}

function memoryLines(u: MemoryUsage): string {
  return ` Average Available System Memory: ${formatMemory(u.averageAvailable)}\n` +
    `      Average System Memory Used: ${formatMemory(u.averageUsed)}\n` +
    `         Peak System Memory Used: ${formatMemory(u.peakUsed)}\n` +
    `             Total System Memory: ${formatMemory(u.total)}\n`;
}

/** The Go worker's `process.Result.String()` for a command result. */
export function resultText(r: CommandResult, usage?: MemoryUsage): string {
  const mem = usage && usage.total > 0 ? memoryLines(usage) : "";
  if (r.aborted) return `Command ABORTED after ${goDuration(r.wallMs)}: process aborted\n${mem}`;
  if (r.systemError !== undefined) return `System error executing command: ${r.systemError}`;
  const verdict = exitErrorText(r) === undefined ? "SUCCEEDED" : "FAILED";
  return `                       Exit Code: ${r.exitCode}\n` +
    `                       User Time: ${goDuration(r.userMs)}\n` +
    `                     Kernel Time: ${goDuration(r.kernelMs)}\n` +
    `                       Wall Time: ${goDuration(r.wallMs)}\n` +
    mem +
    `                          Result: ${verdict}`;
}

/** The error a finished command causes (undefined = success). */
export function commandError(task: TaskRun, r: CommandResult): TaskError | undefined {
  if (task.abortError) return task.abortError;
  const cause = r.aborted
    ? "task was aborted"
    : r.systemError !== undefined
    ? r.systemError
    : exitErrorText(r);
  if (cause === undefined) return undefined;
  const retry = (task.payload.onExitStatus as { retry?: unknown } | undefined)?.retry;
  if (!r.aborted && Array.isArray(retry) && retry.includes(r.exitCode)) {
    return intermittentTask(
      `task appears to have failed intermittently - exit code ${r.exitCode} found in task payload.onExitStatus list`,
    );
  }
  return failure(cause);
}

/** The commands each task ran, for killing what they left at the end. */
const leftovers = new WeakMap<TaskRun, RunningCommand[]>();

/** Runs command `i` of the task; returns its result. */
export async function executeCommand(task: TaskRun, i: number): Promise<CommandResult> {
  const argv = task.commands[i];
  const prepared = await prepareTaskCommand({
    argv,
    index: i,
    count: task.commands.length,
    taskDir: task.taskDir,
    taskId: task.taskId,
    firstEnv: { ...(task.payload.env ?? {}) as Record<string, string>, ...fixedEnv(task) },
    log: (line) => task.workerLog.log(line),
  });
  await task.log.info(`Executing command ${i}: ${prepared.display ?? shellEscape(argv)}`);
  task.workerLog.log(`Executing command ${i}: ${JSON.stringify(prepared.argv)}`);
  const monitor = task.resourceMonitor ? memoryMonitor(task) : undefined;
  // each stream has its own masking state (a secret may span its chunks)
  const outputs = { stdout: task.log.output(), stderr: task.log.output() };
  const running = startCommand(
    { argv: prepared.argv, cwd: task.taskDir, env: task.env, runAsPrefix: task.runAsPrefix },
    (chunk, stream) => outputs[stream].write(chunk),
  );
  task.current = running;
  leftovers.get(task)?.push(running);
  if (task.commandsKilled) running.kill();
  const r = await running.done;
  task.current = undefined;
  await outputs.stdout.end();
  await outputs.stderr.end();
  const usage = monitor?.stop();
  task.lastExitCode = r.exitCode;
  task.lastAborted = r.aborted;
  await task.log.info(resultText(r, usage));
  return r;
}

/** The Command Executor feature. */
export const commandExecutorFeature: Feature = {
  name: "Command Executor",
  isEnabled: () => true,
  isRequested: () => true,
  newTaskFeature(task): TaskFeature {
    const ran: RunningCommand[] = [];
    leftovers.set(task, ran);
    return {
      async start() {
        for (let i = 0; i < task.commands.length; i++) {
          if (task.abortError) throw task.abortError;
          const r = await executeCommand(task, i);
          const err = commandError(task, r);
          if (err) throw err;
        }
      },
      async stop() {
        // background processes die with the task (process group, session, pipe holders)
        for (const c of ran) {
          const n = await c.killLeftovers();
          if (n > 0) task.workerLog.log(`Killed ${n} process(es) left by command pid ${c.pid}`);
        }
      },
    };
  },
};
