/**
 * How a payload command becomes a process (spec 7.3), per platform: on
 * posix the argv runs as it is; on Windows the command string runs through
 * the Go worker's generated wrapper scripts under cmd.exe
 * (src/platform/windows/wrapper.ts), which carry the environment and the
 * working directory from one command to the next.
 *
 * ```ts
 * const p = await prepareTaskCommand({ argv, index, count, taskDir, taskId, firstEnv, log });
 * startCommand({ argv: p.argv, cwd: taskDir, env }, out);
 * // the task log line: `Executing command ${index}: ${p.display ?? shellEscape(argv)}`
 * ```
 */
import { currentPlatform } from "./info.ts";
import { writeWrapper } from "./windows/wrapper.ts";

/** One payload command of a task, and what its wrapper needs. */
export interface TaskCommandPlan {
  /** The payload command (posix: argv; Windows: one command string). */
  argv: string[];
  index: number;
  count: number;
  taskDir: string;
  taskId: string;
  /** Variables the first command sets itself (Windows: payload env and fixed variables). */
  firstEnv: Record<string, string>;
  /** The worker log. */
  log: (line: string) => void;
}

/** What to spawn for a command, and how the task log shows it (undefined = as the argv). */
export interface PreparedCommand {
  argv: string[];
  display?: string;
}

/** Prepares command `plan.index` to be spawned on this platform. */
export async function prepareTaskCommand(plan: TaskCommandPlan): Promise<PreparedCommand> {
  if (currentPlatform() !== "windows") return { argv: plan.argv };
  const command = plan.argv.join(" ");
  const wrapper = await writeWrapper({
    taskDir: plan.taskDir,
    taskId: plan.taskId,
    index: plan.index,
    count: plan.count,
    command,
    firstEnv: plan.firstEnv,
  });
  plan.log(`Creating wrapper script: ${wrapper}`);
  return { argv: [wrapper], display: command };
}
