/**
 * File permission helpers for task directories (spec 8.1): directories are
 * created with an exact mode (the umask is undone by a chmod), a no-op for
 * modes on Windows where posix modes do not apply.
 *
 * ```ts
 * await makeDir("/tasks/task_abc_0", 0o777);
 * await makeDir("/tasks/task_abc_0/generic-worker", 0o700);
 * ```
 */
import { isPosix } from "./info.ts";

/** Creates `path` (and parents) and sets exactly `mode` on it (posix). */
export async function makeDir(path: string, mode: number): Promise<void> {
  await Deno.mkdir(path, { recursive: true, mode });
  if (isPosix()) await Deno.chmod(path, mode);
}

/** Sets `mode` on `path` (posix; ignored on Windows). */
export async function setMode(path: string, mode: number): Promise<void> {
  if (isPosix()) await Deno.chmod(path, mode);
}

/** The permission bits of `path` (posix), or undefined where modes do not apply. */
export async function modeOf(path: string): Promise<number | undefined> {
  const st = await Deno.stat(path);
  return st.mode === null ? undefined : st.mode & 0o7777;
}
