/**
 * The feature plug-in interface (spec 1, 7.2): each capability of the
 * worker is a `Feature`; for each task that requests it, it creates a
 * `TaskFeature` that declares the scopes it needs and the artifact names it
 * will publish, and is started in feature order and stopped in reverse.
 *
 * What a task feature may change on the `TaskRun` it is given:
 * - `task.env`: variables for the commands (set after the Command
 *   Generator; fixed variables must not be overridden);
 * - `task.runAsPrefix`: how commands are spawned (an argv prefix such as
 *   `setpriv --reuid=<uid> --regid=<gid> --groups=<gids> --`, for task users
 *   and OS groups);
 * - `task.onCredentials(fn)`: hear about the credentials of every reclaim;
 * - `task.log` (info/warn/error, `addSecret`), `task.uploadArtifact(...)`,
 *   `task.addError(...)`, `task.abort(...)`.
 * Throwing a `TaskError` from `start`/`stop` decides the resolution (the
 * first error wins); anything else thrown is exception/internal-error.
 *
 * ```ts
 * const hello: Feature = {
 *   name: "Hello",
 *   isEnabled: () => true,
 *   isRequested: (task) => task.features.hello === true,
 *   newTaskFeature: (task) => ({
 *     requiredScopes: () => [["generic-worker:hello"]],
 *     start: async () => void (task.env.HELLO = "1"),
 *   }),
 * };
 * ```
 */
import type { Config } from "../config/config.ts";
import type { TaskRun } from "./task_run.ts";

/** A worker capability. */
export interface Feature {
  /** Human name, used in error texts (`feature "<Name>"`). */
  readonly name: string;
  /** Enabled by the worker config. */
  isEnabled(config: Config): boolean;
  /** Requested by this task's payload (called after the features before it started). */
  isRequested(task: TaskRun): boolean;
  /** Overrides the default "not enabled" text, when set. */
  disabledReason?(config: Config): string | undefined;
  /** Once at worker start-up (e.g. read keys, load cache state). */
  initialise?(config: Config): Promise<void>;
  /** The per-task part. */
  newTaskFeature(task: TaskRun): TaskFeature;
}

/** The per-task part of a feature. */
export interface TaskFeature {
  /** OR-of-AND scope sets the task must hold (`[["a","b"],["c"]]` = a AND b, OR c). */
  requiredScopes?(): string[][];
  /** Artifact names this feature will publish (payload artifacts of these names are skipped). */
  reservedArtifacts?(): string[];
  /** Sets the feature up for the task (in feature order). */
  start?(): Promise<void>;
  /** Always called once `start` was called (reverse order), even when it failed. */
  stop?(): Promise<void>;
}
