/**
 * The Command Executor's texts: shell escaping (the Go worker's
 * taskcluster/shell examples), the result block, the ABORTED and system
 * error forms, and the error each outcome causes.
 */
import {
  commandError,
  resultText,
  shellEscape,
} from "../../../src/features/core/command_executor.ts";
import { formatMemory } from "../../../src/features/core/resource_monitor.ts";
import type { CommandResult } from "../../../src/platform/process.ts";
import { failure } from "../../../src/task/errors.ts";
import type { TaskRun } from "../../../src/task/task_run.ts";
import { assertEquals } from "../../helpers/assert.ts";

Deno.test("shellEscape reproduces github.com/taskcluster/shell's examples", () => {
  const cases: [string[], string][] = [
    [
      ["echo", "hello!", "how are you doing $USER", '"double"', "'single'"],
      `echo 'hello!' 'how are you doing $USER' '"double"' \\'single\\'`,
    ],
    [["'''"], "\\'\\'\\'"],
    [["'>''"], "\\''>'\\'\\'"],
    [
      [
        "curl",
        "-v",
        "-H",
        "Location;",
        "-H",
        "User-Agent: dave#10",
        "http://www.daveeddy.com/?name=dave&age=24",
      ],
      "curl -v -H 'Location;' -H 'User-Agent: dave#10' 'http://www.daveeddy.com/?name=dave&age=24'",
    ],
    [["echo", "hello\\\\nworld"], "echo 'hello\\\\nworld'"],
    [["echo", "hello:world"], "echo hello:world"],
    [["echo", "--hello=world"], "echo --hello=world"],
    [["echo", "hello\\\\tworld"], "echo 'hello\\\\tworld'"],
    [["echo", "\\thello\\nworld'"], "echo '\\thello\\nworld'\\'"],
    [["echo", "hello  world"], "echo 'hello  world'"],
    [["echo", "hello", "world"], "echo hello world"],
    [["echo", "hello\\\\'", "'\\\\'world"], "echo 'hello\\\\'\\' \\''\\\\'\\''world'"],
    [["echo", "hello", "world\\"], "echo hello 'world\\'"],
    [["abc", "", "def"], "abc '' def"],
    [["/usr/bin/env", "bash", "-c", "exit 1"], "/usr/bin/env bash -c 'exit 1'"],
    [["echo", "it's"], "echo it\\'s"],
    [["run.sh", "1.5"], "'run.sh' '1.5'"],
  ];
  for (const [argv, want] of cases) assertEquals(shellEscape(argv), want, JSON.stringify(argv));
});

const base: CommandResult = {
  exitCode: 0,
  aborted: false,
  userMs: 1.2,
  kernelMs: 3,
  wallMs: 5.1,
  pid: 42,
};

Deno.test("result block: the Go worker's process.Result String()", () => {
  assertEquals(
    resultText(base),
    [
      "                       Exit Code: 0",
      "                       User Time: 1.2ms",
      "                     Kernel Time: 3ms",
      "                       Wall Time: 5.1ms",
      "                          Result: SUCCEEDED",
    ].join("\n"),
  );
  const usage = {
    averageAvailable: 1.5 * 1024 ** 3,
    averageUsed: 300 * 1024 ** 2,
    peakUsed: 512 * 1024,
    total: 1000,
  };
  assertEquals(
    resultText({ ...base, exitCode: 3 }, usage),
    [
      "                       Exit Code: 3",
      "                       User Time: 1.2ms",
      "                     Kernel Time: 3ms",
      "                       Wall Time: 5.1ms",
      " Average Available System Memory: 1.50 GiB",
      "      Average System Memory Used: 300.00 MiB",
      "         Peak System Memory Used: 512.00 KiB",
      "             Total System Memory: 1000.000000 B",
      "                          Result: FAILED",
    ].join("\n"),
  );
  assertEquals(
    resultText({ ...base, aborted: true, wallMs: 1500 }),
    "Command ABORTED after 1.5s: process aborted\n",
  );
  assertEquals(
    resultText({ ...base, aborted: true, wallMs: 2000 }, usage).split("\n"),
    [
      "Command ABORTED after 2s: process aborted",
      " Average Available System Memory: 1.50 GiB",
      "      Average System Memory Used: 300.00 MiB",
      "         Peak System Memory Used: 512.00 KiB",
      "             Total System Memory: 1000.000000 B",
      "",
    ],
  );
  assertEquals(
    resultText({ ...base, systemError: 'exec: "x": executable file not found in $PATH' }),
    'System error executing command: exec: "x": executable file not found in $PATH',
  );
  assertEquals(
    resultText({ ...base, exitCode: -1, signal: "SIGKILL" }).split("\n")[0].trim(),
    "Exit Code: -1",
  );
});

Deno.test("formatMemory: Go's FormatMemoryString", () => {
  assertEquals(formatMemory(0), "0.000000 B");
  assertEquals(formatMemory(1023), "1023.000000 B");
  assertEquals(formatMemory(1024), "1.00 KiB");
  assertEquals(formatMemory(1536 * 1024), "1.50 MiB");
  assertEquals(formatMemory(3 * 1024 ** 3), "3.00 GiB");
});

function fakeTask(retry: number[] = [], abortError?: ReturnType<typeof failure>): TaskRun {
  return { payload: { onExitStatus: { retry } }, abortError } as unknown as TaskRun;
}

Deno.test("commandError: success, exit codes, retry list, signals, start errors, aborts", () => {
  assertEquals(commandError(fakeTask(), base), undefined);
  const e3 = commandError(fakeTask(), { ...base, exitCode: 3 });
  assertEquals([e3?.resolution, e3?.reason, e3?.message], ["failed", undefined, "exit status 3"]);
  const retry = commandError(fakeTask([3, 42]), { ...base, exitCode: 42 });
  assertEquals([retry?.resolution, retry?.reason, retry?.message], [
    "exception",
    "intermittent-task",
    "task appears to have failed intermittently - exit code 42 found in task payload.onExitStatus list",
  ]);
  const sig = commandError(fakeTask([1]), { ...base, exitCode: -1, signal: "SIGSEGV" });
  assertEquals(sig?.message, "signal: segmentation fault");
  const nf = commandError(fakeTask(), {
    ...base,
    systemError: "fork/exec /x: no such file or directory",
  });
  assertEquals([nf?.resolution, nf?.message], [
    "failed",
    "fork/exec /x: no such file or directory",
  ]);
  const killed = commandError(fakeTask(), { ...base, aborted: true });
  assertEquals([killed?.resolution, killed?.message], ["failed", "task was aborted"]);
  const pending = failure("task aborted - max run time exceeded");
  assertEquals(commandError(fakeTask([], pending), { ...base, aborted: true }), pending);
  assertEquals(commandError(fakeTask([], pending), base), pending, "an abort wins over success");
});
