/**
 * The life of a headless multiuser task user (spec 5, 8.1; Go
 * `CreateTaskContext`/`PostRebootSetup`/`purgeOldTasks`): created per task
 * with the task directory's name, its task directory made (0700, owned by
 * it), `runAfterUserCreation` run as it, deleted (with its home) after the
 * task. A worker records every user it creates in a ledger file in its own
 * state directory (`task-users.json`, written before the user is created,
 * updated after it is deleted); the start-up purge (with `cleanUpTaskDirs`)
 * removes only users in that ledger, so two workers or test runs on one
 * host never remove each other's users.
 *
 * ```ts
 * const ledger = new TaskUserLedger(stateDir);
 * const tu = await setUpTaskUser("task_abcdefghijk_0", { tasksDir: "/home", ledger });
 * // commands: runAsArgv(tu.ids, argv); env: { ...taskUserEnv(tu.ids), ...payloadEnv, ...fixed }
 * await tearDownTaskUser(tu);
 * ```
 */
import { dirname, join, resolve } from "node:path";
import { currentPlatform } from "./info.ts";
import { windowsMultiuserUnsupported } from "./windows/users.ts";
import {
  createOSUser,
  deleteOSUser,
  deleteStaleTaskUsers,
  generatePassword,
  lookupUser,
  type OSUser,
  runAsUser,
  TASK_USER_PATH,
  userExists,
  type UserIds,
} from "./users.ts";

/** Where home directories of new users go on Linux (Go `UserHomeDirectoriesParent`). */
export const USER_HOME_PARENT = "/home";

/** Name of the ledger file in the worker's state directory. */
export const TASK_USERS_FILE = "task-users.json";

const USER_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * The task users this worker created and has not deleted yet, kept in
 * `<stateDir>/task-users.json` (`{"users":[...]}`, 0600, replaced
 * atomically). A name is added before its user is created and removed after
 * it is deleted, so after a crash the ledger lists every user the worker may
 * have left behind (and maybe a few that never came to be). Changes from one
 * process go one at a time.
 */
export class TaskUserLedger {
  #queue: Promise<unknown> = Promise.resolve();

  /** `stateDir`: the worker's own directory (its working directory). */
  constructor(readonly stateDir: string) {}

  /** Path of the ledger file. */
  get file(): string {
    return join(this.stateDir, TASK_USERS_FILE);
  }

  /** The names in the ledger; none when the file is missing or unreadable. */
  async names(): Promise<string[]> {
    let text: string;
    try {
      text = await Deno.readTextFile(this.file);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) return [];
      throw e;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return [];
    }
    const users = (parsed as { users?: unknown } | null)?.users;
    if (!Array.isArray(users)) return [];
    return users.filter((u): u is string => typeof u === "string" && USER_NAME.test(u));
  }

  /** Records `name` (before its user is created). */
  add(name: string): Promise<void> {
    return this.#update((names) => names.add(name));
  }

  /** Forgets `names` (after their users are deleted). */
  remove(...names: string[]): Promise<void> {
    return this.#update((set) => names.forEach((n) => set.delete(n)));
  }

  #update(change: (names: Set<string>) => void): Promise<void> {
    const run = async () => {
      const names = new Set(await this.names());
      change(names);
      await Deno.mkdir(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${crypto.randomUUID().slice(0, 8)}.tmp`;
      await Deno.writeTextFile(tmp, JSON.stringify({ users: [...names] }) + "\n", { mode: 0o600 });
      await Deno.rename(tmp, this.file);
    };
    const p = this.#queue.then(run, run);
    this.#queue = p.catch(() => {});
    return p;
  }
}

/** A task user ready to run commands. */
export interface TaskUser {
  /** Name and password (the password never goes to any log). */
  user: OSUser;
  ids: UserIds;
  /** `<tasksDir>/<name>`: 0700, owned by the task user. */
  taskDir: string;
  /** The ledger the user is recorded in (none: not recorded). */
  ledger?: TaskUserLedger;
}

/** Options of `setUpTaskUser`. */
export interface TaskUserOptions {
  /** Parent of the task directory (config `tasksDir`). */
  tasksDir: string;
  /** Parent of the user's home directory; default /home. */
  homeParent?: string;
  /** Config `runAfterUserCreation`: run as the new user in its task directory (empty: nothing). */
  runAfterUserCreation?: string;
  /** Worker-log sink. */
  log?: (message: string) => void;
  /** Records the user (before it is created) so the start-up purge may remove it after a crash. */
  ledger?: TaskUserLedger;
}

/**
 * Creates the OS user `name` (password `pWd0_...`), its task directory
 * `<tasksDir>/<name>` (0700, owned by the user; the tasks dir itself 0755),
 * and runs `runAfterUserCreation` as the user; the name goes into
 * `opts.ledger` first. On failure the user is deleted again and the error rethrown (the caller resolves the task
 * exception/internal-error).
 */
export async function setUpTaskUser(name: string, opts: TaskUserOptions): Promise<TaskUser> {
  // Windows task users need commands started with their logon token: not done here (yet)
  if (currentPlatform() === "windows") throw new Error(windowsMultiuserUnsupported());
  const log = opts.log ?? (() => {});
  const user: OSUser = { name, password: generatePassword() };
  const homeParent = opts.homeParent ?? USER_HOME_PARENT;
  log(`Creating task user ${name} with home directory ${join(homeParent, name)}`);
  await opts.ledger?.add(name);
  await createOSUser(user, homeParent);
  try {
    const ids = await lookupUser(name);
    const tasksDir = resolve(opts.tasksDir);
    await Deno.mkdir(tasksDir, { recursive: true, mode: 0o755 });
    const taskDir = join(tasksDir, name);
    await Deno.mkdir(taskDir, { recursive: true, mode: 0o700 });
    await Deno.chmod(taskDir, 0o700);
    await Deno.chown(taskDir, ids.uid, ids.gid);
    if (opts.runAfterUserCreation) {
      log(`Running ${opts.runAfterUserCreation} as ${name}`);
      const r = await runAsUser(ids, [opts.runAfterUserCreation], {
        cwd: taskDir,
        env: { HOME: ids.home, PATH: TASK_USER_PATH, USER: name },
      });
      if (r.code !== 0) {
        throw new Error(
          `runAfterUserCreation ${opts.runAfterUserCreation} exited with code ${r.code}`,
        );
      }
    }
    return { user, ids, taskDir, ledger: opts.ledger };
  } catch (e) {
    try {
      await deleteOSUser(name);
      await opts.ledger?.remove(name);
    } catch (e2) {
      log(`ERROR deleting task user ${name} during cleanup: ${(e2 as Error).message}`);
    }
    throw e;
  }
}

/**
 * Deletes the task user (its processes are killed first) and its home. When
 * the home is the task directory (tasksDir /home, the multiuser default) the
 * directory is kept, owned by the worker from then on: the task's logs are
 * still to be uploaded from it, and the task-dir cleanup removes it later.
 * The user then leaves its ledger.
 */
export async function tearDownTaskUser(
  tu: Pick<TaskUser, "user"> & { taskDir?: string; ledger?: TaskUserLedger },
): Promise<void> {
  if (await userExists(tu.user.name)) {
    let keepHome = false;
    if (tu.taskDir) {
      const ids = await lookupUser(tu.user.name);
      keepHome = resolve(ids.home) === resolve(tu.taskDir);
    }
    await deleteOSUser(tu.user.name, { keepHome });
  }
  await tu.ledger?.remove(tu.user.name);
}

/**
 * Start-up sweep (with `cleanUpTaskDirs`; Go `deleteExistingOSUsers`):
 * deletes the users in `ledger` except `keep` (running tasks) and drops the
 * deleted and already-gone ones from the ledger. Users this worker did not
 * create are never touched. Failures are logged, not thrown.
 */
export async function purgeStaleTaskUsers(
  ledger: TaskUserLedger,
  keep: Iterable<string>,
  log: (message: string) => void = () => {},
): Promise<string[]> {
  log("Looking for existing task users to delete...");
  const r = await deleteStaleTaskUsers(await ledger.names(), new Set(keep));
  for (const name of r.deleted) log(`Removed task user ${name}`);
  for (const f of r.failed) log(`Could not remove user account ${f.name}: ${f.reason}`);
  await ledger.remove(...r.deleted, ...r.absent);
  return r.deleted;
}
