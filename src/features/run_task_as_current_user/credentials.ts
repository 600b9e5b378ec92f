/**
 * Run Task As Current User (spec 12.5): the capacity rule's text and the
 * task-user credentials file the task gets instead of running as that user.
 *
 * ```ts
 * const path = await writeTaskUserCredentials(taskDir, { name, password }); // TASK_USER_CREDENTIALS
 * ```
 */
import { join } from "node:path";
import type { OSUser } from "../../platform/users.ts";

/** The feature's name, as the Go worker spells it. */
export const RUN_TASK_AS_CURRENT_USER = "Run Task As Current User";

/** The scope the feature requires. */
export function runTaskAsCurrentUserScope(provisionerId: string, workerType: string): string {
  return `generic-worker:run-task-as-current-user:${provisionerId}/${workerType}`;
}

/** Why the feature is disabled although configured on (capacity > 1), or "" when it is not. */
export function runTaskAsCurrentUserDisabledReason(capacity: number): string {
  if (capacity > 1) {
    return `feature "${RUN_TASK_AS_CURRENT_USER}" is not compatible with capacity > 1 (current capacity: ${capacity}) because it would bypass per-task user isolation`;
  }
  return "";
}

/** True when the feature may be used: configured on and capacity 1. */
export function runTaskAsCurrentUserEnabled(enabled: boolean, capacity: number): boolean {
  return enabled && capacity === 1;
}

/**
 * Writes `<taskDir>/task-user-credentials.json` (`{"name","password"}`,
 * Go-indented, trailing newline), readable by the worker's user only (0600,
 * never readable by anyone else while being written). Returns its path.
 */
export async function writeTaskUserCredentials(taskDir: string, user: OSUser): Promise<string> {
  const path = join(taskDir, "task-user-credentials.json");
  const text = JSON.stringify({ name: user.name, password: user.password }, null, 2) + "\n";
  const temp = `${path}-${crypto.randomUUID()}`;
  await Deno.writeTextFile(temp, text, { mode: 0o600, createNew: true });
  await Deno.chmod(temp, 0o600);
  await Deno.rename(temp, path);
  return path;
}
