/**
 * "Task User" (multiuser engine; spec 5, 8): the Go worker creates the task
 * user before any feature runs; here it is the first feature after the Live
 * Log. Start creates OS user `<task dir name>` (home `/home/<name>`,
 * password `pWd0_...`), gives it the task directory (owner, 0700), runs
 * `runAfterUserCreation` as it, makes every command start as it
 * (`task.runAsPrefix` = setpriv prefix) and adds the `HOME`/`USER` defaults
 * below the payload's env. Stop kills what the user left running and
 * deletes the user and its home. Every user created is recorded in the
 * worker's ledger (`<stateDir>/task-users.json`); `initialise` removes the
 * users left in it (a crash) at start-up when `cleanUpTaskDirs`, and never
 * any other `task_*` user of the host.
 *
 * Desktop mode (`headlessTasks: false`, Linux with gdm3; see desktop.ts):
 * `initialise` promotes `next-task-user.json` to `current-task-user.json`
 * and prepares the next user with gdm3 autologin; the task then runs as the
 * current (auto-logged-in) user, which is not deleted after it (the next
 * boot's purge does that), with the session's `DISPLAY` and
 * `XDG_RUNTIME_DIR`. Without a current user `rebootRequired()` is true.
 *
 * Requires root, the `passwd` tools and util-linux `setpriv` (see
 * src/platform/users.ts).
 */
import type { Config } from "../../config/config.ts";
import { internalError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import { currentPlatform } from "../../platform/info.ts";
import { runAsPrefix } from "../../platform/users.ts";
import { desktopSessionEnv } from "../../platform/desktop.ts";
import { type DesktopUsers, prepareDesktopUsers } from "./desktop.ts";
import {
  purgeStaleTaskUsers,
  setUpTaskUser,
  type TaskUser,
  TaskUserLedger,
  tearDownTaskUser,
  USER_HOME_PARENT,
} from "../../platform/users_task.ts";
import type { Feature, TaskFeature } from "../feature.ts";

/** The feature's name. */
export const TASK_USER = "Task User";

/** Options of `taskUserFeature`. */
export interface TaskUserFeatureOptions {
  /** Parent of task users' home directories; default /home. */
  homeParent?: string;
  /** Worker-log sink for start-up cleanup. */
  log?: (message: string) => void;
  /**
   * The worker's state directory, home of its task-user ledger. Without it
   * users are not recorded and the start-up purge removes nothing.
   */
  stateDir?: string;
  /** Desktop mode: how long to wait for the auto-logged-in session (default 5 minutes). */
  loginTimeoutMs?: number;
}

/** The Task User feature, and whether start-up found that the host must reboot first. */
export interface TaskUserFeature extends Feature {
  /** Desktop mode without a logged-in task user yet: the worker exits 67 (reboot). */
  rebootRequired(): boolean;
}

/** The Task User feature (enabled on the multiuser engine, always requested there). */
export function taskUserFeature(opts: TaskUserFeatureOptions = {}): TaskUserFeature {
  const homeParent = opts.homeParent ?? USER_HOME_PARENT;
  const ledger = opts.stateDir === undefined ? undefined : new TaskUserLedger(opts.stateDir);
  let desktop: DesktopUsers | undefined;
  return {
    name: TASK_USER,
    isEnabled: (c: Config) => c.engine === "multiuser",
    isRequested: (task: TaskRun) => task.config.engine === "multiuser",
    rebootRequired: () => desktop !== undefined && desktop.current === undefined,
    async initialise(config: Config) {
      if (config.engine !== "multiuser") return;
      if (!config.headlessTasks && currentPlatform() === "linux") {
        desktop = await prepareDesktopUsers(config, {
          stateDir: opts.stateDir ?? Deno.cwd(),
          ledger,
          homeParent,
          log: opts.log ?? (() => {}),
          loginTimeoutMs: opts.loginTimeoutMs,
        });
        if (!desktop.current) return; // reboot into the next user first (Go: no purge)
      }
      if (!config.cleanUpTaskDirs) return;
      if (currentPlatform() !== "linux" || Deno.uid() !== 0 || !ledger) return;
      const keep = [desktop?.current?.user.name, desktop?.next].filter((n): n is string => !!n);
      await purgeStaleTaskUsers(ledger, keep, opts.log);
    },
    newTaskFeature(task: TaskRun): TaskFeature {
      let tu: TaskUser | undefined;
      const current = desktop?.current;
      if (current) {
        // desktop mode: the auto-logged-in user, kept after the task
        return {
          async start() {
            const { user, ids } = current;
            task.taskUserName = user.name;
            await Deno.mkdir(task.taskDir, { recursive: true, mode: 0o700 });
            await Deno.chmod(task.taskDir, 0o700);
            await Deno.chown(task.taskDir, ids.uid, ids.gid);
            task.log.addSecret(user.password);
            task.runAsPrefix = runAsPrefix(ids);
            const payloadEnv = (task.payload.env ?? {}) as Record<string, unknown>;
            const defaults: Record<string, string> = { HOME: ids.home, USER: user.name };
            for (const [k, v] of Object.entries(defaults)) {
              if (!Object.hasOwn(payloadEnv, k)) task.env[k] = v;
            }
            // like Go's fixed variables, these override the payload's env
            Object.assign(task.env, desktopSessionEnv(ids.uid));
            await task.log.info(
              `Running as task user ${user.name} (uid ${ids.uid}) in its desktop session`,
            );
          },
        };
      }
      return {
        async start() {
          const name = task.dirName;
          try {
            tu = await setUpTaskUser(name, {
              tasksDir: task.config.tasksDir,
              homeParent,
              runAfterUserCreation: task.config.runAfterUserCreation,
              log: (m) => task.workerLog.log(m),
              ledger,
            });
          } catch (e) {
            throw internalError(`could not create task user ${name}: ${(e as Error).message}`);
          }
          task.log.addSecret(tu.user.password);
          task.runAsPrefix = runAsPrefix(tu.ids);
          const payloadEnv = (task.payload.env ?? {}) as Record<string, unknown>;
          const defaults: Record<string, string> = { HOME: tu.ids.home, USER: name };
          for (const [k, v] of Object.entries(defaults)) {
            if (!Object.hasOwn(payloadEnv, k)) task.env[k] = v;
          }
          await task.log.info(`Running as task user ${name} (uid ${tu.ids.uid})`);
        },
        async stop() {
          if (!tu) return;
          try {
            await tearDownTaskUser(tu);
          } catch (e) {
            task.workerLog.log(`ERROR deleting task user ${tu.user.name}: ${(e as Error).message}`);
          }
        },
      };
    },
  };
}
