/**
 * Desktop mode's task users (multiuser, `headlessTasks: false`; Go
 * `prepareTaskEnvironment`): one task per boot, run as the user gdm3 logged
 * in automatically. At start-up `next-task-user.json` (in the worker's state
 * directory), when present, is copied to `current-task-user.json`: that
 * user is the one logged in, the worker waits for its gnome session and runs
 * `runAfterUserCreation` as it. Then (unless `numberOfTasksToRun` is 1 and
 * a current user exists) the next task user is made ahead — created
 * (`task_<nanoseconds>` cut to 20 characters, recorded in the worker's
 * ledger), set as gdm3's automatic login, written to `next-task-user.json`
 * (0600). Without a current user the worker must reboot into the next one
 * first (exit 67).
 */
import { join } from "node:path";
import type { Config } from "../../config/config.ts";
import { setAutoLogin, waitForLoginCompletion } from "../../platform/desktop.ts";
import {
  createOSUser,
  deleteOSUser,
  generatePassword,
  lookupUser,
  type OSUser,
  runAsUser,
  TASK_USER_PATH,
  type UserIds,
} from "../../platform/users.ts";
import type { TaskUserLedger } from "../../platform/users_task.ts";

/** The users' files in the worker's state directory (Go's names). */
export const CURRENT_TASK_USER_FILE = "current-task-user.json";
/** See `CURRENT_TASK_USER_FILE`. */
export const NEXT_TASK_USER_FILE = "next-task-user.json";

/** How long the gnome session of the current user may take to appear (Go: 5 minutes). */
export const LOGIN_TIMEOUT_MS = 5 * 60_000;

/** What start-up found and prepared. */
export interface DesktopUsers {
  /** The auto-logged-in user the tasks of this boot run as (none: reboot first). */
  current?: { user: OSUser; ids: UserIds };
  /** The user prepared for the next boot. */
  next?: string;
}

/** Options of `prepareDesktopUsers`. */
export interface DesktopOptions {
  stateDir: string;
  ledger?: TaskUserLedger;
  homeParent: string;
  log: (line: string) => void;
  /** How long to wait for the current user's session; default 5 minutes. */
  loginTimeoutMs?: number;
}

/** A task user name as Go makes it: `task_<unix nanoseconds>`, at most 20 characters. */
export function nextTaskUserName(nowMs = Date.now()): string {
  const nanos = BigInt(Math.floor(nowMs)) * 1_000_000n +
    BigInt(Math.floor((performance.now() % 1) * 1_000_000));
  return `task_${nanos}`.slice(0, 20);
}

async function readUser(file: string): Promise<OSUser> {
  const parsed = JSON.parse(await Deno.readTextFile(file)) as Record<string, unknown>;
  const keys = Object.keys(parsed ?? {});
  const unknown = keys.filter((k) => k !== "name" && k !== "password");
  if (unknown.length) throw new Error(`${file}: unknown field ${JSON.stringify(unknown[0])}`);
  if (typeof parsed.name !== "string" || !/^task_[0-9]+$/.test(parsed.name)) {
    throw new Error(`${file}: no task user name`);
  }
  return { name: parsed.name, password: String(parsed.password ?? "") };
}

async function writeUser(file: string, user: OSUser, log: (line: string) => void): Promise<void> {
  log(`Saving file ${file}`);
  const tmp = `${file}-${crypto.randomUUID().slice(0, 8)}`;
  await Deno.writeTextFile(tmp, JSON.stringify(user, null, 2) + "\n", { mode: 0o600 });
  await Deno.chmod(tmp, 0o600);
  await Deno.rename(tmp, file);
}

/**
 * Go's `prepareTaskEnvironment` for desktop mode; see the module doc.
 * Throws (an internal error for the caller) when a step fails.
 */
export async function prepareDesktopUsers(
  config: Config,
  opts: DesktopOptions,
): Promise<DesktopUsers> {
  const ctu = join(opts.stateDir, CURRENT_TASK_USER_FILE);
  const ntu = join(opts.stateDir, NEXT_TASK_USER_FILE);
  opts.log(`Current task user file: ${JSON.stringify(ctu)}`);
  opts.log(`Next task user file: ${JSON.stringify(ntu)}`);
  const result: DesktopUsers = {};
  let hasNext = true;
  try {
    await Deno.stat(ntu);
  } catch {
    hasNext = false;
  }
  if (hasNext) {
    await Deno.copyFile(ntu, ctu);
    await Deno.chmod(ctu, 0o600);
    const user = await readUser(ctu);
    opts.log(`Running tasks as ${user.name}, logged in automatically`);
    await waitForLoginCompletion(user.name, opts.loginTimeoutMs ?? LOGIN_TIMEOUT_MS, opts.log);
    const ids = await lookupUser(user.name);
    result.current = { user, ids };
    if (config.runAfterUserCreation) {
      opts.log(`Running ${config.runAfterUserCreation} as ${user.name}`);
      const r = await runAsUser(ids, [config.runAfterUserCreation], {
        cwd: ids.home,
        env: { HOME: ids.home, PATH: TASK_USER_PATH, USER: user.name },
      });
      if (r.code !== 0) {
        throw new Error(
          `runAfterUserCreation ${config.runAfterUserCreation} exited with code ${r.code}`,
        );
      }
    }
    if (config.numberOfTasksToRun === 1) return result;
  }
  // made before the current task runs, in case the host restarts during it (Go: bug 1533694)
  const next: OSUser = { name: nextTaskUserName(), password: generatePassword() };
  opts.log(
    `Creating task user ${next.name} with home directory ${join(opts.homeParent, next.name)}`,
  );
  await opts.ledger?.add(next.name);
  await createOSUser(next, opts.homeParent);
  try {
    await setAutoLogin(next.name);
    await writeUser(ntu, next, opts.log);
  } catch (e) {
    await deleteOSUser(next.name).then(() => opts.ledger?.remove(next.name)).catch(() => {});
    throw e;
  }
  result.next = next.name;
  return result;
}
