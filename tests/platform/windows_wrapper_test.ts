/**
 * The Windows command wrapper's exact texts (src/platform/windows/
 * wrapper.ts), checked on every platform against the lines Go's
 * `multiuser_windows.go` prepareCommand writes: the first command sets the
 * payload env and fixed variables (Go's CMDExeEscape) and cds into the task
 * dir; later commands replay env.txt and dir.txt; the last one does not
 * store them; CRLF line ends. cmd.exe running them is in
 * windows_process_test.ts (Windows and Wine).
 */
import { cmdExeEscape, commandScript, wrapperScript } from "../../src/platform/windows/wrapper.ts";
import { assertEquals, assertThrows } from "../helpers/assert.ts";

const plan = {
  taskDir: "C:\\Users\\task_1",
  taskId: "ABC",
  command: "echo hi",
  firstEnv: { FOO: "a&b", TASK_ID: "ABC" },
};

Deno.test('windows wrapper: CMDExeEscape puts ^ before ()%!^"<>&|', () => {
  assertEquals(cmdExeEscape(`a(b)%c%!d^e"f<g>h&i|j k`), `a^(b^)^%c^%^!d^^e^"f^<g^>h^&i^|j k`);
  assertEquals(cmdExeEscape("plain C:\\x y"), "plain C:\\x y");
});

Deno.test("windows wrapper: the first of two commands", () => {
  assertEquals(
    wrapperScript({ ...plan, index: 0, count: 2 }),
    ":: This script runs command 0 defined in TaskId ABC...\r\n" +
      "@echo off\r\n" +
      "set FOO=a^&b\r\n" +
      "set TASK_ID=ABC\r\n" +
      'cd "C:\\Users\\task_1"\r\n' +
      "set errorlevel=\r\n" +
      "call C:\\Users\\task_1\\command_000000.bat 2>&1\r\n" +
      "@echo off\r\n" +
      "set tcexitcode=%errorlevel%\r\n" +
      "set > C:\\Users\\task_1\\env.txt\r\n" +
      "cd > C:\\Users\\task_1\\dir.txt\r\n" +
      "exit /b %tcexitcode%\r\n",
  );
});

Deno.test("windows wrapper: a later, last command replays env.txt and dir.txt", () => {
  const env = "FOO=a&b\r\nPath=C:\\Windows;C:\\x (y)\r\nEQ=x=y\r\n";
  assertEquals(
    wrapperScript({ ...plan, index: 1, count: 2 }, env, "C:\\Users\\task_1\\sub\r\n"),
    ":: This script runs command 1 defined in TaskId ABC...\r\n" +
      "@echo off\r\n" +
      "set FOO=a^&b\r\n" +
      "set Path=C:\\Windows;C:\\x ^(y^)\r\n" +
      "set EQ=x=y\r\n" +
      'cd "C:\\Users\\task_1\\sub"\r\n' +
      "set errorlevel=\r\n" +
      "call C:\\Users\\task_1\\command_000001.bat 2>&1\r\n" +
      "@echo off\r\n" +
      "set tcexitcode=%errorlevel%\r\n" +
      "exit /b %tcexitcode%\r\n",
  );
  assertThrows(
    () => wrapperScript({ ...plan, index: 1, count: 3 }, "NOEQUALS\r\n", "C:\\"),
    "malformed line in env file",
  );
});

Deno.test("windows wrapper: the command script", () => {
  assertEquals(commandScript("dir & exit 3"), "@echo on\r\ndir & exit 3");
});
