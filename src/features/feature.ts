/**
 * The feature plug-in interface (spec 1, 7.2): each capability of the
 * worker is a `Feature`; for each task it may create a `TaskFeature` that
 * declares the scopes it needs and the artifact names it will publish, and
 * is started in feature order and stopped in reverse.
 */
import type { Config } from "../config/config.ts";
import type { TaskRun } from "../task/task_run.ts";

/** A worker capability. */
export interface Feature {
  /** Human name, used in error texts (`feature "<Name>"`). */
  readonly name: string;
  /** Enabled by the worker config. */
  isEnabled(config: Config): boolean;
  /** Requested by this task's payload. */
  isRequested(task: TaskRun): boolean;
  /** Overrides the default "not enabled" text, when set. */
  disabledReason?(config: Config): string | undefined;
  /** Once at worker start-up (e.g. read keys, load cache state). */
  initialise?(config: Config): Promise<void>;
  /** The per-task part. */
  newTaskFeature(task: TaskRun): TaskFeature;
}

/** The per-task part of a feature. Throwing a `TaskError` from start/stop decides the resolution. */
export interface TaskFeature {
  /** OR-of-AND scope sets the task must hold (`[["a","b"],["c"]]` = a AND b, OR c). */
  requiredScopes?(): string[][];
  /** Artifact names this feature will publish. */
  reservedArtifacts?(): string[];
  start?(): Promise<void>;
  /** Always called (reverse order), even when start failed. */
  stop?(): Promise<void>;
}
