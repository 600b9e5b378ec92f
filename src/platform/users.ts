/**
 * Task users on Linux for the multiuser engine (spec 5, 8): creating and
 * deleting `task_*` OS accounts, their supplementary groups, uid/gid/groups
 * lookup, ownership of task directories, and the argv prefix that starts a
 * command as a task user.
 *
 * Requirements (documented in the README): the worker runs as root; the
 * shadow tools `useradd`, `userdel`, `usermod`, `gpasswd`, `chpasswd` and
 * `chfn` (Debian package `passwd`), and `setpriv` from util-linux.
 *
 * Deno's `Deno.Command` `uid`/`gid` options clear the supplementary groups,
 * so commands are started through
 * `setpriv --reuid=<uid> --regid=<gid> --groups=<gids> -- <argv>`, which sets
 * exactly the ids the Go worker sets through `SysProcAttr.Credential`.
 *
 * ```ts
 * const user = { name: "task_abc_0", password: generatePassword() };
 * await createOSUser(user, "/home");
 * const ids = await lookupUser(user.name);
 * const argv = runAsArgv(ids, ["id", "-u"]); // ["/usr/bin/setpriv", "--reuid=1001", ...]
 * await deleteOSUser(user.name);
 * ```
 */
import { join } from "node:path";

/** A task user's account name and password (the Go worker's `OSUser`, JSON `{"name","password"}`). */
export interface OSUser {
  name: string;
  password: string;
}

/** The identity a command runs with: user name, ids and home directory. */
export interface UserIds {
  name: string;
  uid: number;
  /** Primary group id. */
  gid: number;
  /** Supplementary group ids (as the group database lists them, primary included). */
  groups: number[];
  home: string;
}

/** Output of a finished helper command. */
export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** A helper command failed; `message` names the command (never a password) and its stderr. */
export class UserCommandError extends Error {
  constructor(readonly argv: readonly string[], readonly output: CommandOutput) {
    super(
      `command ${argv.join(" ")} exited with code ${output.code}${
        output.stderr.trim() ? `: ${output.stderr.trim()}` : ""
      }`,
    );
    this.name = "UserCommandError";
  }
}

/** The PATH a task user's commands start with (spec 8.2). */
export const TASK_USER_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";

/** Where `setpriv` (util-linux) lives. */
export const SETPRIV = "/usr/bin/setpriv";

const PASSWORD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A new task user password: `pWd0_` + 24 random characters of [A-Za-z0-9]
 * (as the Go worker's `GeneratePassword`), drawn without modulo bias.
 */
export function generatePassword(
  randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  let out = "pWd0_";
  // 62 * 4 = 248: bytes >= 248 are rejected so every character is equally likely.
  while (out.length < 29) {
    for (const b of randomBytes(32)) {
      if (b < 248 && out.length < 29) out += PASSWORD_ALPHABET[b % 62];
    }
  }
  return out;
}

/** Runs a helper command to completion; stdin (if any) is written and closed. Never throws on exit code. */
export async function runCommand(
  argv: readonly string[],
  opts: { stdin?: string; env?: Record<string, string>; clearEnv?: boolean; cwd?: string } = {},
): Promise<CommandOutput> {
  const child = new Deno.Command(argv[0], {
    args: argv.slice(1),
    stdin: opts.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
    env: opts.env,
    clearEnv: opts.clearEnv,
    cwd: opts.cwd,
  }).spawn();
  if (opts.stdin !== undefined) {
    const w = child.stdin.getWriter();
    try {
      await w.write(new TextEncoder().encode(opts.stdin));
    } finally {
      await w.close().catch(() => {});
    }
  }
  const out = await child.output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

async function mustRun(argv: readonly string[], stdin?: string): Promise<CommandOutput> {
  const out = await runCommand(argv, { stdin });
  if (out.code !== 0) throw new UserCommandError(argv, out);
  return out;
}

// useradd/usermod/userdel/gpasswd lock the user database; with capacity > 1
// several tasks change it at once, so changes from this process go one at a time.
let userDbQueue: Promise<unknown> = Promise.resolve();

function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const p = userDbQueue.then(fn, fn);
  userDbQueue = p.catch(() => {});
  return p;
}

/**
 * Creates OS user `user.name` with home `<homeParent>/<name>` (created from
 * /etc/skel): `useradd -m -d <home> <name>`, `chfn -f <name> <name>`, and
 * the password set through `chpasswd` on stdin (never on a command line,
 * never logged).
 */
export function createOSUser(user: OSUser, homeParent = "/home"): Promise<void> {
  return serialised(async () => {
    const home = join(homeParent, user.name);
    await mustRun(["/usr/sbin/useradd", "-m", "-d", home, user.name]);
    await mustRun(["/usr/bin/chfn", "-f", user.name, user.name]);
    await mustRun(["/usr/sbin/chpasswd"], `${user.name}:${user.password}\n`);
  });
}

/**
 * Deletes OS user `name` and its home directory: every process still running
 * with its uid is killed first (so a later user given the same uid cannot
 * inherit them), then `userdel --force -r <name>`. With `keepHome` the home
 * directory stays (`userdel --force`), given to the worker's user instead
 * (`chown -R`), so nothing is left owned by a uid a later user may get.
 */
export function deleteOSUser(name: string, opts: { keepHome?: boolean } = {}): Promise<void> {
  return serialised(async () => {
    const entry = await getent("passwd", name);
    if (entry) await killProcessesOfUid(Number(entry[2]));
    if (opts.keepHome && entry) {
      await mustRun(["/usr/sbin/userdel", "--force", name]);
      await mustRun(["/bin/chown", "-R", `${Deno.uid()}:${Deno.gid()}`, entry[5]]);
      return;
    }
    await mustRun(["/usr/sbin/userdel", "--force", "-r", name]);
  });
}

/** Adds `user` to supplementary group `group` (`usermod -aG <group> <user>`). */
export function addUserToGroup(user: string, group: string): Promise<void> {
  return serialised(async () => {
    await mustRun(["/usr/sbin/usermod", "-aG", group, user]);
  });
}

/** Removes `user` from supplementary group `group` (`gpasswd -d <user> <group>`). */
export function removeUserFromGroup(user: string, group: string): Promise<void> {
  return serialised(async () => {
    await mustRun(["/usr/bin/gpasswd", "-d", user, group]);
  });
}

/** Creates an OS group (`groupadd`); for tests and set-up scripts. */
export function createOSGroup(group: string): Promise<void> {
  return serialised(async () => {
    await mustRun(["/usr/sbin/groupadd", group]);
  });
}

/** Deletes an OS group (`groupdel`); for tests and set-up scripts. */
export function deleteOSGroup(group: string): Promise<void> {
  return serialised(async () => {
    await mustRun(["/usr/sbin/groupdel", group]);
  });
}

/** One `getent <db> <key>` entry split on `:`, or undefined when there is none. */
async function getent(db: "passwd" | "group", key: string): Promise<string[] | undefined> {
  const out = await runCommand(["getent", db, key]);
  if (out.code === 2) return undefined; // key not found
  if (out.code !== 0) throw new UserCommandError(["getent", db, key], out);
  const line = out.stdout.split("\n")[0];
  return line ? line.split(":") : undefined;
}

/** True when an OS user named `name` exists. */
export async function userExists(name: string): Promise<boolean> {
  return (await getent("passwd", name)) !== undefined;
}

/** The uid, gid, supplementary groups and home of user `name`; throws when there is no such user. */
export async function lookupUser(name: string): Promise<UserIds> {
  const entry = await getent("passwd", name);
  if (!entry) throw new Error(`no such user: ${name}`);
  const out = await mustRun(["id", "-G", name]);
  const groups = out.stdout.trim().split(/\s+/).filter((s) => s !== "").map(Number);
  return { name, uid: Number(entry[2]), gid: Number(entry[3]), groups, home: entry[5] };
}

/** The gid of group `name`; throws when there is no such group. */
export async function lookupGroupId(name: string): Promise<number> {
  const entry = await getent("group", name);
  if (!entry) throw new Error(`no such group: ${name}`);
  return Number(entry[2]);
}

/** Names of the groups user `name` belongs to (`id -Gn <name>`), primary group included. */
export async function userGroupNames(name: string): Promise<string[]> {
  const out = await mustRun(["id", "-Gn", name]);
  return out.stdout.trim().split(/\s+/).filter((s) => s !== "");
}

/** The name of the user this process runs as (`id -un`). */
export async function currentUserName(): Promise<string> {
  return (await mustRun(["id", "-un"])).stdout.trim();
}

/**
 * Names of the groups the worker's user belongs to, leaving out a group
 * named like the user (its personal group is not predictable, so the Go
 * worker's insecure engine never offers it to tasks).
 */
export async function workerUserGroupNames(): Promise<string[]> {
  const user = await currentUserName();
  return (await userGroupNames(user)).filter((g) => g !== user);
}

/** Gives `path` (recursively when `recursive`) to the user: `chown [-R] <uid>:<gid> <path>`. */
export async function chownToUser(path: string, ids: UserIds, recursive = true): Promise<void> {
  await mustRun(["/bin/chown", ...(recursive ? ["-R"] : []), `${ids.uid}:${ids.gid}`, path]);
}

/**
 * The argv that runs `argv` as the user: through `setpriv`, with real and
 * effective uid/gid set and the supplementary groups set to exactly
 * `ids.groups` plus `extraGroups` (none: `--clear-groups`). The process id is
 * kept (setpriv execs), so process-group kills still work.
 */
export function runAsArgv(
  ids: Pick<UserIds, "uid" | "gid" | "groups">,
  argv: readonly string[],
  extraGroups: readonly number[] = [],
): string[] {
  const groups = [...new Set([...ids.groups, ...extraGroups])];
  return [
    SETPRIV,
    `--reuid=${ids.uid}`,
    `--regid=${ids.gid}`,
    groups.length > 0 ? `--groups=${groups.join(",")}` : "--clear-groups",
    "--",
    ...argv,
  ];
}

/** The multiuser default environment of a task user (spec 8.2), overridden by payload env. */
export function taskUserEnv(
  ids: Pick<UserIds, "name">,
  homeParent = "/home",
): Record<string, string> {
  return { HOME: join(homeParent, ids.name), PATH: TASK_USER_PATH, USER: ids.name };
}

/**
 * Runs `argv` as the user with `env` (only) in `cwd`, stdout captured up to
 * `maxOutputBytes` (the rest is discarded); used for the chain-of-trust key
 * check and for reading task-written files as the task user.
 */
export async function runAsUser(
  ids: Pick<UserIds, "uid" | "gid" | "groups">,
  argv: readonly string[],
  opts: { env?: Record<string, string>; cwd?: string; maxOutputBytes?: number } = {},
): Promise<{ code: number; stdout: Uint8Array; truncated: boolean }> {
  const full = runAsArgv(ids, argv);
  const child = new Deno.Command(full[0], {
    args: full.slice(1),
    stdin: "null",
    stdout: "piped",
    stderr: "null",
    env: opts.env ?? {},
    clearEnv: true,
    cwd: opts.cwd ?? "/",
  }).spawn();
  const max = opts.maxOutputBytes ?? 1 << 20;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of child.stdout) {
    if (size + chunk.length > max) {
      truncated = true;
      chunks.push(chunk.subarray(0, max - size));
      size = max;
      continue; // keep draining so the child can exit
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  const status = await child.status;
  const stdout = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    stdout.set(c, off);
    off += c.length;
  }
  return { code: status.code, stdout, truncated };
}

/**
 * Reads `path` with the user's permissions (`/bin/cat` run as the user), so
 * a task cannot make the worker read files only root may read (for instance
 * through a symlink). Throws when the user cannot read it or it is larger
 * than `maxBytes`.
 */
export async function readFileAsUser(
  ids: Pick<UserIds, "uid" | "gid" | "groups">,
  path: string,
  maxBytes = 1 << 20,
): Promise<Uint8Array> {
  const r = await runAsUser(ids, ["/bin/cat", "--", path], {
    env: { PATH: TASK_USER_PATH },
    maxOutputBytes: maxBytes,
  });
  if (r.code !== 0) {
    throw new Error(`could not read ${path} as the task user (cat exited ${r.code})`);
  }
  if (r.truncated) throw new Error(`${path} is larger than ${maxBytes} bytes`);
  return r.stdout;
}

/** Names of all OS users whose name starts with `prefix` (default `task_`). */
export async function listTaskUsers(prefix = "task_"): Promise<string[]> {
  const out = await runCommand(["getent", "passwd"]);
  if (out.code !== 0) throw new UserCommandError(["getent", "passwd"], out);
  return out.stdout.split("\n").map((l) => l.split(":")[0]).filter((n) =>
    n !== "" && n.startsWith(prefix)
  );
}

/**
 * Deletes those of `names` that are OS users and not in `keep` (start-up
 * cleanup of users a worker created and lost track of). Only names the
 * caller itself created may be passed: other `task_*` users on the host (a
 * second worker, a test run) are never looked at. Returns the names deleted,
 * the names that were already gone, and the failures, which are only
 * reported.
 */
export async function deleteStaleTaskUsers(
  names: Iterable<string>,
  keep: ReadonlySet<string>,
): Promise<{ deleted: string[]; absent: string[]; failed: { name: string; reason: string }[] }> {
  const deleted: string[] = [];
  const absent: string[] = [];
  const failed: { name: string; reason: string }[] = [];
  for (const name of new Set(names)) {
    if (keep.has(name)) continue;
    try {
      if (!(await userExists(name))) {
        absent.push(name);
        continue;
      }
      await deleteOSUser(name);
      deleted.push(name);
    } catch (e) {
      failed.push({ name, reason: (e as Error).message });
    }
  }
  return { deleted, absent, failed };
}

/** Sends SIGKILL to every process whose real or effective uid is `uid` (never uid 0). */
export async function killProcessesOfUid(uid: number): Promise<number> {
  if (!(uid > 0)) return 0;
  let killed = 0;
  // A few rounds: a dying parent may fork once more.
  for (let round = 0; round < 3; round++) {
    let found = 0;
    for await (const e of Deno.readDir("/proc")) {
      if (!/^\d+$/.test(e.name)) continue;
      let status: string;
      try {
        status = await Deno.readTextFile(`/proc/${e.name}/status`);
      } catch {
        continue; // exited meanwhile
      }
      const m = /^Uid:\s+(\d+)\s+(\d+)/m.exec(status);
      if (!m || (Number(m[1]) !== uid && Number(m[2]) !== uid)) continue;
      try {
        Deno.kill(Number(e.name), "SIGKILL");
        found++;
      } catch {
        // already gone
      }
    }
    killed += found;
    if (found === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return killed;
}

/**
 * The `setpriv` prefix of `runAsArgv` (everything before the command), which
 * the engine puts in front of every task command.
 */
export function runAsPrefix(ids: Pick<UserIds, "uid" | "gid" | "groups">): string[] {
  return runAsArgv(ids, []);
}

/**
 * `prefix` (from `runAsPrefix`) with `gids` added to its supplementary
 * groups; an empty prefix (commands run as the worker) is returned as is.
 */
export function addGroupsToPrefix(prefix: readonly string[], gids: readonly number[]): string[] {
  if (prefix.length === 0 || gids.length === 0) return [...prefix];
  return prefix.map((arg) => {
    if (arg === "--clear-groups") return `--groups=${[...new Set(gids)].join(",")}`;
    if (!arg.startsWith("--groups=")) return arg;
    const have = arg.slice("--groups=".length).split(",").filter((g) => g !== "").map(Number);
    return `--groups=${[...new Set([...have, ...gids])].join(",")}`;
  });
}

/** Sets a new password for `user` (through `chpasswd` on stdin) and returns it. */
export function resetPassword(user: string): Promise<string> {
  const password = generatePassword();
  return serialised(async () => {
    await mustRun(["/usr/sbin/chpasswd"], `${user}:${password}\n`);
    return password;
  });
}

/**
 * Copies `src` to a new file `dest` (0600, owned by the worker) reading it
 * with the permissions of the user `prefix` (from `runAsPrefix`) runs as:
 * `/bin/cat` runs as that user and its output streams into `dest`. This is
 * how multiuser artifacts must be read (the Go worker's
 * `copy-to-temp-file` as the task user), so a task cannot publish files only
 * the worker may read (e.g. through a symlink to the signing key). An empty
 * prefix reads as the worker. Throws when the user cannot read `src`.
 */
export async function copyFileAsUser(
  prefix: readonly string[],
  src: string,
  dest: string,
): Promise<void> {
  const argv = [...prefix, "/bin/cat", "--", src];
  const out = await Deno.open(dest, { write: true, createNew: true, mode: 0o600 });
  const child = new Deno.Command(argv[0], {
    args: argv.slice(1),
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    env: { PATH: TASK_USER_PATH },
    clearEnv: true,
    cwd: "/",
  }).spawn();
  const [, stderr, status] = await Promise.all([
    child.stdout.pipeTo(out.writable),
    new Response(child.stderr).text(),
    child.status,
  ]);
  if (status.code !== 0) {
    await Deno.remove(dest).catch(() => {});
    throw new Error(
      `could not read ${src} as the task user: ${stderr.trim() || `exit ${status.code}`}`,
    );
  }
}
