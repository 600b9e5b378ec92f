/**
 * The feature pipeline of one task run (spec 1, 7.2, Go `TaskRun.Run`):
 * for each feature in order that the task requests: refuse it when the
 * worker pool does not enable it (malformed-payload), create its task
 * feature, check its scopes (expanding `assume:` roles with
 * auth.expandScopes when the plain check fails; an auth failure is
 * resource-unavailable), reserve its artifact names, and start it. The
 * first error stops further features; every started feature is stopped, in
 * reverse order, whatever happened. An abort (shutdown, max run time)
 * pending when the next feature is due stops the pipeline too (the Backing
 * Log always starts first, so the log is still uploaded).
 *
 * ```ts
 * await runFeatures(task, features);
 * const first = task.firstError; // decides the resolution
 * ```
 */
import type { Config } from "../config/config.ts";
import { workerPoolId } from "../config/config.ts";
import type { Feature, TaskFeature } from "./feature.ts";
import { satisfiesExpression } from "../taskcluster/scopes.ts";
import { asTaskError, malformedPayload } from "./errors.ts";
import type { TaskRun } from "./task_run.ts";

/** Go's `scopes.Required.String()`: how the "requires scopes" error lists required scopes. */
export function requiredScopesText(required: readonly (readonly string[])[]): string {
  if (required.length === 0) return "<no scopes>";
  if (required.length === 1) return required[0].join(", and\n");
  return required.map((set) =>
    set.length === 0 ? "" : set.length === 1 ? set[0] : `(${set.join(" and ")})`
  ).join(", or\n");
}

/** Go's `scopes.Given.String()`: how the "requires scopes" error lists the task's scopes. */
export function givenScopesText(given: readonly string[]): string {
  return given.length === 0 ? "<no scopes>" : given.join(" and ");
}

/**
 * Ensures the task's scopes satisfy `required` (OR of AND sets); otherwise
 * throws malformed-payload with the Go worker's text.
 */
export async function checkScopes(
  task: TaskRun,
  featureName: string,
  required: string[][],
): Promise<void> {
  if (required.length === 0) return;
  if (satisfiesExpression(task.scopes, required)) return;
  if (task.scopes.some((s) => s.startsWith("assume:"))) {
    const expanded = await task.expandedScopes();
    if (satisfiesExpression(expanded, required)) return;
  }
  throw malformedPayload(
    `Feature ${JSON.stringify(featureName)} requires scopes:\n\n${
      requiredScopesText(required)
    }\n\nbut task only has scopes:\n\n${
      givenScopesText(task.scopes)
    }\n\nYou probably should add some scopes to your task definition`,
  );
}

/** The "feature not enabled" malformed-payload text (spec 7.2, Go `TaskRun.Run`). */
export function notEnabledMessage(feature: Feature, config: Config): string {
  const custom = feature.disabledReason?.(config);
  if (custom) return custom;
  const pool = workerPoolId(config);
  const url = `${config.rootURL}/worker-manager/${encodeURIComponent(pool)}`;
  const name = JSON.stringify(feature.name);
  return `this task is attempting to use feature ${name}, but it's not enabled on this worker pool (${pool})\n` +
    `If you do not require this feature, remove the toggle from the task definition.\n` +
    `If you do require this feature, please do one of two things:\n` +
    `\t1. Contact the owner of the worker pool ${pool} (see ${url}) and ask for ${name} to be enabled.\n` +
    `\t2. Use a worker pool that already allows ${name}`;
}

/**
 * Runs the feature pipeline; errors are recorded on the task (the first one
 * decides the resolution).
 */
export async function runFeatures(task: TaskRun, features: readonly Feature[]): Promise<void> {
  const started: { feature: Feature; tf: TaskFeature }[] = [];
  task.reserved.set(task.backingLogName, "Backing log");
  try {
    for (const feature of features) {
      if (started.length > 0 && task.abortError) {
        task.addError(task.abortError);
        break;
      }
      let tf: TaskFeature;
      try {
        if (!feature.isRequested(task)) continue;
        if (!feature.isEnabled(task.config)) {
          task.addError(malformedPayload(notEnabledMessage(feature, task.config)));
          break;
        }
        task.workerLog.log(`Starting task feature ${feature.name}...`);
        tf = feature.newTaskFeature(task);
        await checkScopes(task, feature.name, tf.requiredScopes?.() ?? []);
      } catch (e) {
        task.addError(asTaskError(e));
        break;
      }
      let conflict = false;
      for (const name of tf.reservedArtifacts?.() ?? []) {
        const owner = task.reserved.get(name);
        if (owner) {
          task.addError(
            malformedPayload(
              `Feature ${
                JSON.stringify(feature.name)
              } wishes to publish artifact ${name} but feature ${owner} has already reserved this artifact name`,
            ),
          );
          conflict = true;
        } else {
          task.reserved.set(name, feature.name);
        }
      }
      if (conflict) break;
      started.push({ feature, tf });
      try {
        await tf.start?.();
      } catch (e) {
        task.addError(asTaskError(e));
        break;
      }
      if (task.firstError) break;
    }
  } finally {
    for (const { feature, tf } of started.reverse()) {
      task.workerLog.log(`Stopping task feature ${feature.name}...`);
      try {
        await tf.stop?.();
      } catch (e) {
        task.addError(asTaskError(e));
      }
    }
    await task.settle();
  }
}
