/**
 * The "OS Groups" task feature (spec 12.6): always requested, enabled by
 * `enableOSGroups`; requires `generic-worker:os-group:<prov>/<wt>/<group>`
 * for each group.
 *
 * - insecure: every group must be one of the worker user's groups, else
 *   exception/malformed-payload `task payload contains unsupported osGroups: [..]\nallowed values (on this worker pool): [..]`.
 * - multiuser: the task user is added to each group (`usermod -aG`) and
 *   the gids are added to every command's supplementary groups; failures:
 *   malformed-payload `could not add task user to OS group(s) [..]`. With
 *   runTaskAsCurrentUser nothing is added (a log line says so). Stop removes
 *   the user from the groups again (failure: internal-error).
 */
import { workerUserGroupNames } from "../../platform/users.ts";
import {
  type AddedGroup,
  addGroupsError,
  addTaskUserToGroups,
  goList,
  insecureOSGroupsError,
  osGroupScopes,
  removeGroupsError,
  removeTaskUserFromGroups,
} from "./groups.ts";

/** The feature's name. */
export const OS_GROUPS = "OS Groups";

/** An error deciding the task's resolution. */
export interface OSGroupsError {
  reason: "malformed-payload" | "internal-error";
  message: string;
}

/** What the feature needs from the task run. */
export interface OSGroupsTask {
  engine: "multiuser" | "insecure";
  provisionerId: string;
  workerType: string;
  /** `payload.osGroups`. */
  osGroups: readonly string[];
  /** `payload.features.runTaskAsCurrentUser`. */
  runTaskAsCurrentUser: boolean;
  /** The task user's name (multiuser). */
  taskUser?: string;
  /** Adds supplementary gids to every command of the task. */
  addCommandGroups(gids: readonly number[]): void;
  info(message: string): void;
  error(message: string): void;
}

/** One task's OS groups. */
export class OSGroupsTaskFeature {
  #added: AddedGroup[] = [];
  constructor(
    private task: OSGroupsTask,
    private workerGroups: () => Promise<string[]> = workerUserGroupNames,
  ) {}

  /** One scope per group. */
  requiredScopes(): string[][] {
    return osGroupScopes(this.task.provisionerId, this.task.workerType, this.task.osGroups);
  }

  /** No artifacts are reserved. */
  reservedArtifacts(): string[] {
    return [];
  }

  /** See the module doc. */
  async start(): Promise<OSGroupsError | undefined> {
    const t = this.task;
    const groups = t.osGroups;
    if (groups.length === 0) return undefined;
    if (t.engine === "insecure") {
      let allowed: string[];
      try {
        allowed = await this.workerGroups();
      } catch (e) {
        return {
          reason: "internal-error",
          message: `failed to get user groups: ${(e as Error).message}`,
        };
      }
      const msg = insecureOSGroupsError(groups, allowed);
      return msg ? { reason: "malformed-payload", message: msg } : undefined;
    }
    if (t.runTaskAsCurrentUser) {
      t.info(
        `Not adding task user to group(s) ${goList(groups)} since we are running as current user.`,
      );
      return undefined;
    }
    if (!t.taskUser) {
      return { reason: "internal-error", message: "no task user to add to OS groups" };
    }
    const r = await addTaskUserToGroups(t.taskUser, groups, (m) => t.error(m));
    this.#added = r.added;
    if (r.failed.length > 0) {
      return { reason: "malformed-payload", message: addGroupsError(r.failed) };
    }
    t.addCommandGroups(r.added.map((g) => g.gid));
    return undefined;
  }

  /** Removes the task user from the groups it was added to. */
  async stop(): Promise<OSGroupsError | undefined> {
    const t = this.task;
    if (this.#added.length === 0 || !t.taskUser) return undefined;
    const failed = await removeTaskUserFromGroups(t.taskUser, this.#added, (m) => t.error(m));
    this.#added = [];
    return failed.length > 0
      ? { reason: "internal-error", message: removeGroupsError(failed) }
      : undefined;
  }
}
