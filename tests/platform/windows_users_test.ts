/**
 * Windows task users (src/platform/windows/users.ts): the exact commands of
 * Go v106 (PowerShell LocalAccounts cmdlets, icacls), checked on every
 * platform as texts, and the order and error handling of the steps with a
 * runner that records what it is asked to run. Nothing here runs PowerShell
 * or icacls: under Wine both are silent no-ops (a test of their effect
 * would pass falsely), so their effect needs a real Windows host. On
 * Windows, the multiuser engine refuses to set up a task user (commands as
 * the user are not implemented) before touching anything.
 */
import {
  addLocalGroupMemberCommand,
  type Argv,
  createWindowsUser,
  grantFullControlCommands,
  grantTaskDir,
  listLocalUsersCommand,
  newLocalUserCommand,
  parseLocalUsers,
  PASSWORD_ENV,
  psQuote,
  removeLocalGroupMemberCommand,
  removeLocalUserCommand,
} from "../../src/platform/windows/users.ts";
import { setUpTaskUser, TaskUserLedger } from "../../src/platform/users_task.ts";
import { assert, assertEquals, assertRejects } from "../helpers/assert.ts";
import { windowsOnly } from "../helpers/platform.ts";

Deno.test("windows users: Go's PowerShell and icacls commands, quotes doubled", () => {
  assertEquals(psQuote("it's 'x'"), "it''s ''x''");
  assertEquals(newLocalUserCommand("task_1"), [
    "powershell",
    "-Command",
    "New-LocalUser -Name 'task_1' -Password (ConvertTo-SecureString $env:GW_TASK_USER_PASSWORD -AsPlainText -Force) -AccountNeverExpires -PasswordNeverExpires -UserMayNotChangePassword",
  ]);
  assertEquals(addLocalGroupMemberCommand("task_1", "Remote Desktop Users"), [
    "powershell",
    "-Command",
    "Add-LocalGroupMember -Group 'Remote Desktop Users' -Member 'task_1'",
  ]);
  assertEquals(removeLocalGroupMemberCommand("o'k", "g'1"), [
    "powershell",
    "-Command",
    "Remove-LocalGroupMember -Group 'g''1' -Member 'o''k'",
  ]);
  assertEquals(removeLocalUserCommand("task_1"), [
    "powershell",
    "-Command",
    "Remove-LocalUser -Name 'task_1'",
  ]);
  assertEquals(listLocalUsersCommand(), [
    "powershell",
    "-Command",
    "Get-LocalUser | Select-Object -ExpandProperty Name",
  ]);
  assertEquals(parseLocalUsers("Administrator\r\n task_1 \r\n\r\nGuest\r\n"), [
    "Administrator",
    "task_1",
    "Guest",
  ]);
  assertEquals(grantFullControlCommands("C:\\Users\\task_1", "task_1", true), [
    ["icacls", "C:\\Users\\task_1", "/grant:r", "task_1:(OI)(CI)F"],
    ["icacls", "C:\\Users\\task_1", "/setowner", "task_1", "/T"],
  ]);
  assertEquals(grantFullControlCommands("C:\\x", "u", false)[1], [
    "icacls",
    "C:\\x",
    "/setowner",
    "u",
  ]);
});

function recorder(codes: Record<string, { code: number; stdout?: string; stderr?: string }> = {}) {
  const calls: { argv: Argv; env?: Record<string, string> }[] = [];
  const run = (argv: Argv, env?: Record<string, string>) => {
    calls.push({ argv, env });
    const key = argv[0] === "powershell" ? argv[2].split(" ")[0] : argv[0];
    const r = codes[key] ?? { code: 0 };
    return Promise.resolve({ code: r.code, stdout: r.stdout ?? "", stderr: r.stderr ?? "" });
  };
  return { calls, run };
}

Deno.test("windows users: create runs New-LocalUser with the password in its env only, then RDP group", async () => {
  const { calls, run } = recorder();
  await createWindowsUser("task_9", "pWd0_secret", run);
  assertEquals(calls.map((c) => c.argv), [
    newLocalUserCommand("task_9"),
    addLocalGroupMemberCommand("task_9", "Remote Desktop Users"),
  ]);
  assertEquals(calls[0].env, { [PASSWORD_ENV]: "pWd0_secret" });
  assert(
    calls.every((c) => !c.argv.join(" ").includes("pWd0_secret")),
    "password on a command line",
  );
});

Deno.test("windows users: an existing user and failing steps are errors naming the step", async () => {
  const exists = recorder({
    "New-LocalUser": { code: 1, stderr: "User task_9 already exists." },
  });
  await assertRejects(
    () => createWindowsUser("task_9", "p", exists.run),
    "user task_9 already existed - cannot create",
  );
  assertEquals(exists.calls.length, 1);
  const acl = recorder({ icacls: { code: 5, stderr: "Access is denied." } });
  await assertRejects(() => grantTaskDir("C:\\t", "task_9", acl.run), "Access is denied.");
  assertEquals(acl.calls.length, 1);
});

Deno.test({
  name: "windows users: the multiuser engine refuses task users on Windows, before creating any",
  ...windowsOnly("the Windows task-user dispatch"),
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "gw-winusers-" });
    try {
      const ledger = new TaskUserLedger(dir);
      await assertRejects(
        () => setUpTaskUser("task_x", { tasksDir: dir, ledger }),
        'use "engine": "insecure"',
      );
      const entries: string[] = [];
      for await (const e of Deno.readDir(dir)) entries.push(e.name);
      assertEquals(entries, [], "nothing created: no ledger, no task dir");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
