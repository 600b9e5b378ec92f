/**
 * OS groups for task users (spec 12.6): the scopes a payload's `osGroups`
 * need, the insecure engine's check against the worker user's own groups,
 * and the multiuser engine's adding/removing of the task user, with the Go
 * worker's texts.
 *
 * ```ts
 * const scopes = osGroupScopes("prov", "wt", ["docker"]); // [["generic-worker:os-group:prov/wt/docker"]]
 * const err = insecureOSGroupsError(["docker"], await workerUserGroupNames());
 * ```
 */
import { addUserToGroup, lookupGroupId, removeUserFromGroup } from "../../platform/users.ts";

/** Go's `%v` of a `[]string`: `[a b c]`. */
export function goList(items: readonly string[]): string {
  return `[${items.join(" ")}]`;
}

/** The required scopes (one AND-set) of `osGroups`: `generic-worker:os-group:<prov>/<wt>/<group>` each. */
export function osGroupScopes(
  provisionerId: string,
  workerType: string,
  groups: readonly string[],
): string[][] {
  return [groups.map((g) => `generic-worker:os-group:${provisionerId}/${workerType}/${g}`)];
}

/**
 * Insecure engine: the malformed-payload text when some requested group is
 * not among the worker user's groups (`allowed`), else undefined.
 */
export function insecureOSGroupsError(
  requested: readonly string[],
  allowed: readonly string[],
): string | undefined {
  const have = new Set(allowed);
  const missing = requested.filter((g) => !have.has(g));
  if (missing.length === 0) return undefined;
  return `task payload contains unsupported osGroups: ${
    goList(missing)
  }\nallowed values (on this worker pool): ${goList([...new Set(allowed)].sort())}`;
}

/** A group the task user was added to. */
export interface AddedGroup {
  name: string;
  gid: number;
}

/** Task-log sink for `[osGroups]` lines. */
export type GroupLog = (message: string) => void;

/**
 * Multiuser: adds `user` to each group (`usermod -aG`) and looks up its gid.
 * Returns the groups added and the names that failed (each failure logged
 * as `[osGroups] Could not ...`). The caller turns failures into
 * malformed-payload `could not add task user to OS group(s) [..]` and
 * appends the gids to every command's supplementary groups.
 */
export async function addTaskUserToGroups(
  user: string,
  groups: readonly string[],
  logError: GroupLog,
): Promise<{ added: AddedGroup[]; failed: string[] }> {
  const added: AddedGroup[] = [];
  const failed: string[] = [];
  for (const name of groups) {
    try {
      await addUserToGroup(user, name);
    } catch (e) {
      failed.push(name);
      logError(`[osGroups] Could not add task user to OS group ${name}: ${(e as Error).message}`);
      continue;
    }
    try {
      added.push({ name, gid: await lookupGroupId(name) });
    } catch (e) {
      failed.push(name);
      logError(
        `[osGroups] Could not look up group ID for OS group ${name}: ${(e as Error).message}`,
      );
    }
  }
  return { added, failed };
}

/** The malformed-payload text for groups the task user could not be added to. */
export function addGroupsError(failed: readonly string[]): string {
  return `could not add task user to OS group(s) ${goList(failed)}`;
}

/** The internal-error text for groups the task user could not be removed from. */
export function removeGroupsError(failed: readonly string[]): string {
  return `could not remove task user from OS group(s) ${goList(failed)}`;
}

/** Multiuser Stop: removes `user` from each added group (`gpasswd -d`); returns the names that failed. */
export async function removeTaskUserFromGroups(
  user: string,
  added: readonly AddedGroup[],
  logError: GroupLog,
): Promise<string[]> {
  const failed: string[] = [];
  for (const g of added) {
    try {
      await removeUserFromGroup(user, g.name);
    } catch (e) {
      failed.push(g.name);
      logError(
        `[osGroups] Could not remove task user from OS group ${g.name}: ${(e as Error).message}`,
      );
    }
  }
  return failed;
}
