/**
 * Windows task users as the Go worker v106 manages them (runtime_windows.go,
 * os_groups_multiuser_windows.go, multiuser_windows.go): accounts through
 * PowerShell's LocalAccounts cmdlets (`New-LocalUser ... -AccountNeverExpires
 * -PasswordNeverExpires -UserMayNotChangePassword`, then membership of
 * "Remote Desktop Users"; `Add-/Remove-LocalGroupMember` for osGroups and
 * `administrators`; `Remove-LocalUser`; `Get-LocalUser`), names quoted as Go's
 * `EscapePowerShellSingleQuote`, and the task directory given to the user
 * with `icacls <dir> /grant:r <user>:(OI)(CI)F` then `icacls <dir> /setowner
 * <user> [/T]`.
 *
 * One deliberate difference: Go puts the password on PowerShell's command
 * line; here it travels in the environment variable `GW_TASK_USER_PASSWORD`
 * of that one PowerShell process, so it never shows in a process list or a
 * log.
 *
 * Verified: the exact commands (tests/platform/windows_users_test.ts, on
 * every platform). Not verifiable under Wine (PowerShell is a stub there
 * and `icacls` a silent no-op): running them needs a real Windows host.
 * Running task commands as the user (CreateProcessAsUser with the user's
 * logon token) is not implemented: the multiuser engine refuses tasks on
 * Windows (see `windowsMultiuserUnsupported`): the worker exits 73 at start.
 */

/** A command line: program and arguments. */
export type Argv = readonly string[];

/** Go's `host.EscapePowerShellSingleQuote`: `'` doubled. */
export function psQuote(s: string): string {
  return s.replaceAll("'", "''");
}

/** The environment variable carrying a new user's password to PowerShell. */
export const PASSWORD_ENV = "GW_TASK_USER_PASSWORD";

function ps(script: string): Argv {
  return ["powershell", "-Command", script];
}

/** `New-LocalUser` for `name` (the password comes from `PASSWORD_ENV`). */
export function newLocalUserCommand(name: string): Argv {
  return ps(
    `New-LocalUser -Name '${psQuote(name)}' -Password (ConvertTo-SecureString ` +
      `$env:${PASSWORD_ENV} -AsPlainText -Force) -AccountNeverExpires -PasswordNeverExpires ` +
      `-UserMayNotChangePassword`,
  );
}

/** `Add-LocalGroupMember` of `user` to `group` (osGroups, Remote Desktop Users, administrators). */
export function addLocalGroupMemberCommand(user: string, group: string): Argv {
  return ps(`Add-LocalGroupMember -Group '${psQuote(group)}' -Member '${psQuote(user)}'`);
}

/** `Remove-LocalGroupMember` of `user` from `group`. */
export function removeLocalGroupMemberCommand(user: string, group: string): Argv {
  return ps(`Remove-LocalGroupMember -Group '${psQuote(group)}' -Member '${psQuote(user)}'`);
}

/** `Remove-LocalUser` of `name`. */
export function removeLocalUserCommand(name: string): Argv {
  return ps(`Remove-LocalUser -Name '${psQuote(name)}'`);
}

/** The user names of the machine, one a line (`Get-LocalUser`). */
export function listLocalUsersCommand(): Argv {
  return ps("Get-LocalUser | Select-Object -ExpandProperty Name");
}

/** Parses `listLocalUsersCommand` output (lines trimmed, empty lines dropped). */
export function parseLocalUsers(out: string): string[] {
  return out.split("\n").map((l) => l.trim()).filter((l) => l !== "");
}

/**
 * The `icacls` commands giving `user` full control of `dir` (inherited by
 * files and folders below) and its ownership (`recurse`: of everything
 * below too), as Go's makeFileOrDirReadWritableForUser.
 */
export function grantFullControlCommands(dir: string, user: string, recurse: boolean): Argv[] {
  return [
    ["icacls", dir, "/grant:r", `${user}:(OI)(CI)F`],
    ["icacls", dir, "/setowner", user, ...(recurse ? ["/T"] : [])],
  ];
}

/** Runs one command; resolves with its exit code and output. */
export type CommandRunner = (
  argv: Argv,
  env?: Record<string, string>,
) => Promise<{ code: number; stdout: string; stderr: string }>;

/**
 * Creates user `name` with `password` (Go `OSUser.CreateNew(false)`): an
 * existing user is an error; then adds it to "Remote Desktop Users".
 */
export async function createWindowsUser(
  name: string,
  password: string,
  run: CommandRunner,
): Promise<void> {
  const r = await run(newLocalUserCommand(name), { [PASSWORD_ENV]: password });
  if (r.code !== 0) {
    if (`${r.stdout}${r.stderr}`.includes(`User ${name} already exists`)) {
      throw new Error(`user ${name} already existed - cannot create`);
    }
    throw new Error(`New-LocalUser ${name} failed (exit ${r.code}): ${r.stderr.trim()}`);
  }
  const g = await run(addLocalGroupMemberCommand(name, "Remote Desktop Users"));
  if (g.code !== 0) {
    throw new Error(`Add-LocalGroupMember ${name} failed (exit ${g.code}): ${g.stderr.trim()}`);
  }
}

/** Gives `user` the task directory `dir` (full control and ownership, recursively). */
export async function grantTaskDir(dir: string, user: string, run: CommandRunner): Promise<void> {
  for (const argv of grantFullControlCommands(dir, user, true)) {
    const r = await run(argv);
    if (r.code !== 0) {
      throw new Error(`${argv.join(" ")} failed (exit ${r.code}): ${r.stderr.trim()}`);
    }
  }
}

/**
 * Why the multiuser engine cannot run tasks on Windows here: commands would
 * have to start with the task user's logon token (Go: LogonUser and
 * CreateProcessAsUser), which this implementation does not do yet.
 */
export function windowsMultiuserUnsupported(): string {
  return "the multiuser engine cannot run task commands as a task user on Windows in this " +
    'implementation (no CreateProcessAsUser); use "engine": "insecure" to run tasks as the ' +
    "worker's own user";
}
