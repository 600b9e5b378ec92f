/**
 * How the Mounts/Caches feature touches the task's part of the file
 * system, as the engine requires (spec 11.3-11.5): directories and files
 * are created as the task user, so a task can never make the worker write
 * somewhere the task user could not (for example through a symlink left
 * in a writable cache by an earlier task); content is then written into
 * the resolved path by the worker and the result given to the task user.
 *
 * - `currentUserFs()`: the insecure engine (and tests): plain `mkdir -p`
 *   (0700) and file creation as the worker's own user; no grants.
 * - `taskUserFs(user)`: the multiuser engine: `mkdir -p` and file creation
 *   run as the task user (through `setpriv`), grants by `chown [-R]`.
 *
 * ```ts
 * const fs = engine === "multiuser" ? taskUserFs(await lookupUser(name)) : currentUserFs();
 * ```
 */
import { chownToUser, runAsUser, TASK_USER_PATH, type UserIds } from "../../platform/users.ts";

/** File system operations on behalf of the task user. */
export interface TaskFs {
  /** The task user's name for `Granting ...` lines; undefined: nothing is granted. */
  readonly userName?: string;
  /** Creates `dir` and its parents as the task user; it must end up writable by the task user. */
  mkdirAll(dir: string): Promise<void>;
  /** Creates (or truncates) the file `file` as the task user. */
  createFile(file: string): Promise<void>;
  /** Gives `path` (recursively for directories when `recursive`) to the task user. */
  grant(path: string, recursive: boolean): Promise<void>;
}

/** The insecure engine's `TaskFs`: everything as the worker's own user, nothing granted. */
export function currentUserFs(): TaskFs {
  return {
    userName: undefined,
    async mkdirAll(dir) {
      await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
    },
    async createFile(file) {
      await Deno.writeFile(file, new Uint8Array(0));
    },
    async grant() {},
  };
}

async function asUser(user: UserIds, script: string, args: string[]): Promise<void> {
  const r = await runAsUser(user, ["/bin/sh", "-c", script, "sh", ...args], {
    env: { PATH: TASK_USER_PATH, LC_ALL: "C" },
    cwd: "/",
    maxOutputBytes: 64 * 1024,
  });
  if (r.code !== 0) {
    const out = new TextDecoder().decode(r.stdout).trim();
    throw new Error(`exit status ${r.code}${out ? `: ${out}` : ""}`);
  }
}

/** The multiuser engine's `TaskFs` for the task user `user`. */
export function taskUserFs(user: UserIds): TaskFs {
  return {
    userName: user.name,
    async mkdirAll(dir) {
      try {
        await asUser(
          user,
          'exec 2>&1; mkdir -p -- "$1" && { test -d "$1" && test -w "$1" || { echo "$1 is not a writable directory"; exit 1; }; }',
          [dir],
        );
      } catch (e) {
        throw new Error(
          `cannot create directory ${dir} as task user ${user.name}: ${(e as Error).message}`,
        );
      }
    },
    async createFile(file) {
      try {
        await asUser(user, 'exec 2>&1; : > "$1"', [file]);
      } catch (e) {
        throw new Error(
          `cannot create file ${file} as task user ${user.name}: ${(e as Error).message}`,
        );
      }
    },
    async grant(path, recursive) {
      await chownToUser(path, user, recursive);
    },
  };
}
