/**
 * The life of a headless multiuser task user (spec 5, 8.1; Go
 * `CreateTaskContext`/`PostRebootSetup`/`purgeOldTasks`): created per task
 * with the task directory's name, its task directory made (0700, owned by
 * it), `runAfterUserCreation` run as it, deleted (with its home) after the
 * task; stale `task_*` users removed at start-up and after each task when
 * `cleanUpTaskDirs`.
 *
 * ```ts
 * const tu = await setUpTaskUser("task_abcdefghijk_0", { tasksDir: "/home" });
 * // commands: runAsArgv(tu.ids, argv); env: { ...taskUserEnv(tu.ids), ...payloadEnv, ...fixed }
 * await tearDownTaskUser(tu);
 * ```
 */
import { join, resolve } from "node:path";
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

/** A task user ready to run commands. */
export interface TaskUser {
  /** Name and password (the password never goes to any log). */
  user: OSUser;
  ids: UserIds;
  /** `<tasksDir>/<name>`: 0700, owned by the task user. */
  taskDir: string;
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
}

/**
 * Creates the OS user `name` (password `pWd0_...`), its task directory
 * `<tasksDir>/<name>` (0700, owned by the user; the tasks dir itself 0755),
 * and runs `runAfterUserCreation` as the user. On failure the user is
 * deleted again and the error rethrown (the caller resolves the task
 * exception/internal-error).
 */
export async function setUpTaskUser(name: string, opts: TaskUserOptions): Promise<TaskUser> {
  const log = opts.log ?? (() => {});
  const user: OSUser = { name, password: generatePassword() };
  const homeParent = opts.homeParent ?? USER_HOME_PARENT;
  log(`Creating task user ${name} with home directory ${join(homeParent, name)}`);
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
    return { user, ids, taskDir };
  } catch (e) {
    await deleteOSUser(name).catch((e2) =>
      log(`ERROR deleting task user ${name} during cleanup: ${(e2 as Error).message}`)
    );
    throw e;
  }
}

/**
 * Deletes the task user (its processes are killed first) and its home. When
 * the home is the task directory (tasksDir /home, the multiuser default) the
 * directory is kept, owned by the worker from then on: the task's logs are
 * still to be uploaded from it, and the task-dir cleanup removes it later.
 */
export async function tearDownTaskUser(
  tu: Pick<TaskUser, "user"> & { taskDir?: string },
): Promise<void> {
  if (!(await userExists(tu.user.name))) return;
  let keepHome = false;
  if (tu.taskDir) {
    const ids = await lookupUser(tu.user.name);
    keepHome = resolve(ids.home) === resolve(tu.taskDir);
  }
  await deleteOSUser(tu.user.name, { keepHome });
}

/**
 * Start-up / post-task sweep (with `cleanUpTaskDirs`): deletes every
 * `task_*` user except `keep` (running tasks). Failures are logged, not thrown.
 */
export async function purgeStaleTaskUsers(
  keep: Iterable<string>,
  log: (message: string) => void = () => {},
): Promise<string[]> {
  log("Looking for existing task users to delete...");
  const r = await deleteStaleTaskUsers(new Set(keep));
  for (const name of r.deleted) log(`Removed task user ${name}`);
  for (const f of r.failed) log(`Could not remove user account ${f.name}: ${f.reason}`);
  return r.deleted;
}
