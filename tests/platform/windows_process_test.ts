/**
 * Windows processes for real (run under Wine in CI, and on windows-latest):
 * a command's whole tree (cmd.exe → deno.exe grandchild) dies when the
 * command is killed (job object through kernel32 FFI), `processAlive`
 * follows a real pid, and the wrapper scripts carry env and directory
 * from one command to the next through cmd.exe, with exit codes.
 */
import { join } from "node:path";
import { processAlive, startCommand } from "../../src/platform/process.ts";
import { prepareTaskCommand } from "../../src/platform/task_command.ts";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { windowsOnly } from "../helpers/platform.ts";

const dec = new TextDecoder();

async function waitFor(cond: () => boolean | Promise<boolean>, ms = 15000): Promise<boolean> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return await cond();
}

Deno.test({
  name: "windows process: killing a command kills its grandchild (job object); processAlive",
  ...windowsOnly("Windows job objects"),
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "gw-winproc-" });
    try {
      const pidFile = join(dir, "grandchild.pid");
      const script = join(dir, "sleeper.ts");
      await Deno.writeTextFile(
        script,
        `Deno.writeTextFileSync(Deno.args[0], String(Deno.pid));\nsetTimeout(() => {}, 120000);\n`,
      );
      const bat = join(dir, "tree.bat");
      await Deno.writeTextFile(
        bat,
        `@echo off\r\n"${Deno.execPath()}" run -A "${script}" "${pidFile}"\r\necho after\r\n`,
      );
      let out = "";
      const cmd = startCommand(
        {
          argv: [bat],
          cwd: dir,
          env: Deno.env.toObject(),
        },
        (c) => {
          out += dec.decode(c);
        },
      );
      assert(cmd.pid > 0);
      const started = await waitFor(async () => {
        try {
          return (await Deno.readTextFile(pidFile)).length > 0;
        } catch {
          return false;
        }
      }, 60000);
      assert(started, `grandchild did not start; output: ${out}`);
      const grandchild = Number(await Deno.readTextFile(pidFile));
      assert(grandchild > 0 && grandchild !== cmd.pid);
      assert(processAlive(grandchild), "grandchild alive before the kill");
      assert(processAlive(cmd.pid), "command alive before the kill");
      cmd.kill();
      // well before the grandchild's own 120 s end (which would also end the command)
      assert(await waitFor(() => !processAlive(grandchild), 15000), "grandchild survived the kill");
      const r = await cmd.done;
      assert(r.aborted);
      assert(!processAlive(cmd.pid), "command survived the kill");
      assert(!out.includes("after"), out);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "windows process: processAlive is false for an exited process and a bogus pid",
  ...windowsOnly("Windows process handles"),
  fn: async () => {
    const cmd = startCommand(
      { argv: ["cmd.exe", "/d", "/c", "exit 0"], cwd: Deno.cwd(), env: Deno.env.toObject() },
      () => {},
    );
    const r = await cmd.done;
    assertEquals(r.exitCode, 0);
    assert(!processAlive(cmd.pid), "exited process reported alive");
    assert(!processAlive(0x7ffffff0), "bogus pid reported alive");
    assert(processAlive(Deno.pid), "this process reported dead");
  },
});

Deno.test({
  name: "windows wrapper: env, %VAR% and cd carry to the next command; exit 3 fails",
  ...windowsOnly("cmd.exe wrapper scripts"),
  fn: async () => {
    const taskDir = await Deno.makeTempDir({ prefix: "gwwrap" });
    try {
      await Deno.mkdir(join(taskDir, "sub"));
      const cmds = [
        "echo hello %TASK_ID% %GREETING% & set CARRIED=yes& cd sub",
        "echo CARRIED=%CARRIED% & cd & set TASK_ID",
        "exit 3",
      ];
      const outs: string[] = [];
      const codes: number[] = [];
      const logLines: string[] = [];
      for (let i = 0; i < cmds.length; i++) {
        const p = await prepareTaskCommand({
          argv: [cmds[i]],
          index: i,
          count: cmds.length,
          taskDir,
          taskId: "tAsKiD",
          firstEnv: { GREETING: "a&b(c)", TASK_ID: "tAsKiD" },
          log: (l) => logLines.push(l),
        });
        assertEquals(p.display, cmds[i]);
        let out = "";
        const r = await startCommand(
          { argv: p.argv, cwd: taskDir, env: Deno.env.toObject() },
          (c) => {
            out += dec.decode(c);
          },
        ).done;
        outs.push(out);
        codes.push(r.exitCode);
      }
      assertEquals(codes, [0, 0, 3]);
      assertStringIncludes(outs[0], "hello tAsKiD a&b(c)");
      assertStringIncludes(outs[1], "CARRIED=yes");
      assertStringIncludes(outs[1], `${join(taskDir, "sub")}\r\n`);
      assertStringIncludes(outs[1], "TASK_ID=tAsKiD");
      assertEquals(logLines.length, 3);
      assertStringIncludes(logLines[0], "Creating wrapper script: ");
      assertStringIncludes(logLines[0], "command_000000_wrapper.bat");
      // the last command does not store env.txt/dir.txt again
      const wrapper2 = await Deno.readTextFile(join(taskDir, "command_000002_wrapper.bat"));
      assert(!wrapper2.includes("set > "), wrapper2);
    } finally {
      await Deno.remove(taskDir, { recursive: true });
    }
  },
});
