/**
 * The "Taskcluster Proxy" Feature for the engine (spec 12.2): see
 * feature.ts for the behaviour. Ports: `taskclusterProxyPort + 4*slot`,
 * the slot being the lowest one no other running task's proxy holds
 * (slots < capacity), so concurrent tasks never share a port.
 */
import type { Config } from "../../config/config.ts";
import { currentPlatform } from "../../platform/info.ts";
import { lookupUser } from "../../platform/users.ts";
import { internalError, malformedPayload } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { TASKCLUSTER_PROXY, TaskclusterProxyTaskFeature } from "./feature.ts";

const usedSlots = new Set<number>();

function takeSlot(capacity: number): number {
  for (let s = 0; s < Math.max(1, capacity); s++) {
    if (!usedSlots.has(s)) {
      usedSlots.add(s);
      return s;
    }
  }
  throw new Error(`no free taskcluster-proxy port slot (capacity ${capacity})`);
}

function claimScopes(task: TaskRun): string[] {
  const s = task.definition.scopes;
  return Array.isArray(s) ? s.map(String) : [];
}

function requested(task: TaskRun): boolean {
  const f = task.payload.features as Record<string, unknown> | undefined;
  return f?.taskclusterProxy === true;
}

/** The Taskcluster Proxy feature. */
export function taskclusterProxyFeature(): Feature {
  return {
    name: TASKCLUSTER_PROXY,
    isEnabled: (c: Config) => c.enableTaskclusterProxy,
    isRequested: requested,
    newTaskFeature(task: TaskRun): TaskFeature {
      let inner: TaskclusterProxyTaskFeature | undefined;
      let slot: number | undefined;
      return {
        requiredScopes: () => [],
        reservedArtifacts: () => [],
        async start() {
          const c = task.config;
          slot = takeSlot(c.capacity);
          let allowedUid: number | undefined;
          if (c.engine === "multiuser" && currentPlatform() === "linux") {
            try {
              allowedUid = (await lookupUser(task.taskUserName)).uid;
            } catch (e) {
              throw internalError(
                `could not look up task user ${task.taskUserName}: ${(e as Error).message}`,
              );
            }
          }
          inner = new TaskclusterProxyTaskFeature({
            taskId: task.taskId,
            runId: task.runId,
            // the claim's scopes, as Go (`TaskClaimResponse.Task.Scopes`): for a D2G task
            // not the converted ones, which the task credentials do not carry
            scopes: claimScopes(task),
            credentials: task.credentials,
            proxyInterface: task.payload.taskclusterProxyInterface as string | undefined,
            port: c.taskclusterProxyPort + 4 * slot,
            allowedUid,
            rootUrl: c.rootURL,
            setEnv: (k, v) => task.env[k] = v,
            info: (m) => void task.log.info(m),
            warn: (m) => void task.log.warn(m),
            log: (m) => task.workerLog.log(m),
          });
          const err = await inner.start();
          if (err) {
            throw err.reason === "malformed-payload"
              ? malformedPayload(err.message)
              : internalError(err.message);
          }
          task.onCredentials((creds) => inner?.refreshCredentials(creds));
        },
        async stop() {
          await inner?.stop();
          inner = undefined;
          if (slot !== undefined) usedSlots.delete(slot);
          slot = undefined;
        },
      };
    },
  };
}
