/**
 * The always-present features of the pipeline (spec 1): Backing Log,
 * Payload Validator, Command Generator, Live Log, Metadata, Max Run Time,
 * Task Timer and Command Executor, plus the Resource Monitor.
 */
import { join } from "node:path";
import type { Config } from "../../config/config.ts";
import { goDuration, startCommand } from "../../platform/process.ts";
import { slugid } from "../../taskcluster/slugid.ts";
import { failure, intermittentTask, malformedPayload, TaskError } from "../../task/errors.ts";
import {
  goMarshalIndent,
  isDockerWorkerPayload,
  malformedPayloadLog,
  validatePayload,
} from "../../task/payload_schema.ts";
import type { TaskRun } from "../../task/task_run.ts";
import { writeFileAtomic } from "../../worker/state_files.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { memoryMonitor, type MemorySummary } from "./resource_monitor.ts";

const always = () => true;

function features(task: TaskRun): Record<string, unknown> {
  const f = task.payload.features;
  return typeof f === "object" && f !== null ? f as Record<string, unknown> : {};
}

/** The backing log artifact name (payload `logs.backing`). */
export function backingLogName(task: TaskRun): string {
  const logs = task.payload.logs as Record<string, unknown> | undefined;
  return typeof logs?.backing === "string" ? logs.backing : "public/logs/live_backing.log";
}

function liveLogName(task: TaskRun): string {
  const logs = task.payload.logs as Record<string, unknown> | undefined;
  return typeof logs?.live === "string" ? logs.live : "public/logs/live.log";
}

/** Backing Log: header at start; at stop the first error, close, upload (spec 9.1). */
export const backingLogFeature: Feature = {
  name: "Backing Log",
  isEnabled: always,
  isRequested: always,
  newTaskFeature(task): TaskFeature {
    return {
      async start() {
        const c = task.config;
        await task.log.info(`Worker Type (${c.provisionerId}/${c.workerType}) settings:`);
        const json = goMarshalIndent(c.workerTypeMetadata).split("\n").map((l) => `  ${l}`);
        for (const line of json) await task.log.info(line);
        await task.log.info(`Task ID: ${task.taskId}`);
        await task.log.info("=== Task Starting ===");
      },
      async stop() {
        const err = task.firstError ?? task.abortError;
        if (err) await task.log.error(err.message);
        await task.log.close();
        if (features(task).backingLog === false) return;
        await task.uploadFile({
          name: backingLogName(task),
          path: task.log.path,
          contentType: "text/plain; charset=utf-8",
          contentEncoding: "gzip",
          expires: task.expires,
        });
      },
    };
  },
};

/** Payload Validator: schema check with the Go worker's log output (spec 6.3). */
export const payloadValidatorFeature: Feature = {
  name: "Payload Validator",
  isEnabled: always,
  isRequested: always,
  newTaskFeature(task): TaskFeature {
    return {
      async start() {
        const payload = task.rawPayload;
        if (isDockerWorkerPayload(payload)) {
          throw malformedPayload(
            `docker-worker payloads are not supported by this worker (D2G is not available). The worker pool ${task.config.provisionerId}/${task.config.workerType} would need "enableD2G": "true" in its d2gConfig, which this implementation does not provide.`,
          );
        }
        const r = validatePayload(task.variant, payload);
        if (!r.valid) {
          for (const line of malformedPayloadLog(task.variant, r.errors)) {
            await task.log.error(line);
          }
          throw malformedPayload(`validation of payload failed for task ${task.taskId}`);
        }
        if (task.config.disableNativePayloads) {
          throw malformedPayload(
            `native Generic Worker payloads are disabled on this worker pool (${task.config.provisionerId}/${task.config.workerType})`,
          );
        }
        task.applyDefaults();
      },
    };
  },
};

/** Fixed variables a payload cannot override (spec 8.2). */
export function fixedEnv(task: TaskRun): Record<string, string> {
  const c = task.config;
  const env: Record<string, string> = {
    TASK_ID: task.taskId,
    RUN_ID: String(task.runId),
    TASK_WORKDIR: task.taskDir,
    TASK_GROUP_ID: String(task.definition.taskGroupId ?? ""),
    TASKCLUSTER_ROOT_URL: c.rootURL,
  };
  if (c.workerLocation) env.TASKCLUSTER_WORKER_LOCATION = c.workerLocation;
  if (c.instanceType) env.TASKCLUSTER_INSTANCE_TYPE = c.instanceType;
  return env;
}

/** Command Generator: commands and their environment (spec 7.3, 8.2). */
export const commandGeneratorFeature: Feature = {
  name: "Command Generator",
  isEnabled: always,
  isRequested: always,
  newTaskFeature(task): TaskFeature {
    return {
      start() {
        const base: Record<string, string> = {};
        if (task.config.engine === "insecure") {
          Object.assign(base, Deno.env.toObject());
          delete base.TASKCLUSTER_ACCESS_TOKEN;
        } else {
          base.PATH = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";
        }
        const payloadEnv = (task.payload.env ?? {}) as Record<string, string>;
        task.env = { ...base, ...task.env, ...payloadEnv, ...fixedEnv(task) };
        task.commands = (task.payload.command as string[][]).map((c) => [...c]);
        return Promise.resolve();
      },
    };
  },
};

/** Live Log: serves the log while the task runs; reference artifact, then a link (spec 9.2). */
export const liveLogFeature: Feature = {
  name: "Live Log",
  isEnabled: (c) => c.enableLiveLog,
  // the default (true) follows the config; only an explicit request on a disabled pool is refused
  isRequested: (task) =>
    features(task).liveLog !== false &&
    (task.config.enableLiveLog ||
      (task.rawPayload as { features?: { liveLog?: unknown } })?.features?.liveLog === true),
  newTaskFeature(task): TaskFeature {
    const token = slugid();
    const name = liveLogName(task);
    let registered = false;
    return {
      reservedArtifacts: () => [name],
      async start() {
        const server = task.liveLog;
        if (!server) return;
        try {
          server.register(token, task.log);
          registered = true;
          const maxRunTime = Number(task.payload.maxRunTime ?? 0);
          await task.queue.createArtifact(task.taskId, task.runId, name, {
            storageType: "reference",
            url: server.url(token),
            contentType: "text/plain; charset=utf-8",
            expires: new Date(task.now() + (maxRunTime + 900) * 1000).toISOString(),
          });
        } catch (e) {
          task.workerLog.log(`WARNING: live log not available: ${(e as Error).message}`);
        }
      },
      async stop() {
        if (registered) {
          const off = task.log.onChange(() => {
            if (task.log.closed) {
              task.liveLog?.unregister(token);
              off();
            }
          });
        }
        if (features(task).backingLog === false) return;
        try {
          await task.queue.createArtifact(task.taskId, task.runId, name, {
            storageType: "link",
            artifact: backingLogName(task),
            contentType: "text/plain; charset=utf-8",
            expires: task.expires,
          });
        } catch (e) {
          task.workerLog.log(
            `WARNING: could not replace live log artifact: ${(e as Error).message}`,
          );
        }
      },
    };
  },
};

/** Metadata: `generic-worker-metadata.json` with the last task URL (spec 12.8). */
export function metadataFeature(stateDir: string): Feature {
  return {
    name: "Metadata",
    isEnabled: (c) => c.enableMetadata,
    isRequested: always,
    newTaskFeature(task): TaskFeature {
      return {
        async stop() {
          const url = `${
            task.config.rootURL.replace(/\/+$/, "")
          }/tasks/${task.taskId}/runs/${task.runId}`;
          await writeFileAtomic(
            join(stateDir, "generic-worker-metadata.json"),
            JSON.stringify({ lastTaskUrl: url }, null, 2) + "\n",
          );
        },
      };
    },
  };
}

/** Max Run Time: validation against maxTaskRunTime, then the abort timer (spec 12.10). */
export const maxRunTimeFeature: Feature = {
  name: "Max Run Time",
  isEnabled: always,
  isRequested: always,
  newTaskFeature(task): TaskFeature {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      start() {
        const max = Number(task.payload.maxRunTime);
        if (max > task.config.maxTaskRunTime) {
          throw malformedPayload(
            `task's maxRunTime of ${max} exceeded allowed maximum of ${task.config.maxTaskRunTime}`,
          );
        }
        timer = setTimeout(
          () => task.abort(failure("task aborted - max run time exceeded")),
          max * 1000,
        );
        return Promise.resolve();
      },
      stop() {
        if (timer !== undefined) clearTimeout(timer);
        return Promise.resolve();
      },
    };
  },
};

/** Task Timer: the footer lines (spec 9.1). */
export const taskTimerFeature: Feature = {
  name: "Task Timer",
  isEnabled: always,
  isRequested: always,
  newTaskFeature(task): TaskFeature {
    let t0 = 0;
    return {
      start() {
        t0 = performance.now();
        return Promise.resolve();
      },
      async stop() {
        await task.log.info("=== Task Finished ===");
        await task.log.info(`Task Duration: ${goDuration(performance.now() - t0)}`);
      },
    };
  },
};

/** Shell-escapes argv the way the Go worker logs commands. */
export function shellEscape(argv: readonly string[]): string {
  return argv.map((a) => {
    if (a === "") return "''";
    if (/^[A-Za-z0-9_\-+=/.,:@%^]+$/.test(a)) return a;
    return `'${a.replace(/'/g, `'\\''`)}'`;
  }).join(" ");
}

function resultBlock(
  r: { exitCode?: number; userMs: number; kernelMs: number; wallMs: number },
  state: string,
  memory?: MemorySummary,
): string {
  const lines: [string, string][] = [
    ["Exit Code", String(r.exitCode ?? 0)],
    ["User Time", goDuration(r.userMs)],
    ["Kernel Time", goDuration(r.kernelMs)],
    ["Wall Time", goDuration(r.wallMs)],
  ];
  if (memory) {
    lines.push(
      ["Average Available System Memory", memory.averageAvailable],
      ["Average System Memory Used", memory.averageUsed],
      ["Peak System Memory Used", memory.peakUsed],
      ["Total System Memory", memory.total],
    );
  }
  lines.push(["Result", state]);
  return lines.map(([k, v]) => `${k.padStart(32)}: ${v}`).join("\n");
}

/** Options for the Command Executor (resource monitor settings come from the config). */
function resourceMonitorOn(task: TaskRun): boolean {
  return task.config.enableResourceMonitor && features(task).resourceMonitor !== false;
}

/** Command Executor: runs the commands in order (spec 7.3). */
export const commandExecutorFeature: Feature = {
  name: "Command Executor",
  isEnabled: always,
  isRequested: always,
  newTaskFeature(task): TaskFeature {
    return {
      async start() {
        const retry = ((task.payload.onExitStatus as Record<string, unknown> | undefined)?.retry ??
          []) as number[];
        for (let i = 0; i < task.commands.length; i++) {
          if (task.abortError) throw task.abortError;
          const argv = task.commands[i];
          await task.log.info(`Executing command ${i}: ${shellEscape(argv)}`);
          const monitor = resourceMonitorOn(task) ? memoryMonitor(task) : undefined;
          const running = startCommand(
            { argv, cwd: task.taskDir, env: task.env, runAsPrefix: task.runAsPrefix },
            (chunk) => task.log.writeRaw(chunk),
          );
          task.current = running;
          if (task.abortError) running.kill();
          const r = await running.done;
          task.current = undefined;
          const memory = monitor?.stop();
          task.lastAborted = r.aborted;
          task.lastExitCode = r.exitCode;
          if (r.systemError) {
            await task.log.info(`System error executing command: ${r.systemError}`);
            throw failure(r.systemError);
          }
          if (r.aborted) {
            await task.log.info(
              `Command ABORTED after ${goDuration(r.wallMs)}: process aborted` +
                (memory
                  ? "\n" + resultBlock(r, "ABORTED", memory).split("\n").slice(4, 8).join("\n")
                  : ""),
            );
            throw task.abortError ?? new TaskError("failed", "process aborted");
          }
          const ok = r.exitCode === 0;
          await task.log.info(resultBlock(r, ok ? "SUCCEEDED" : "FAILED", memory));
          if (task.abortError) throw task.abortError;
          if (!ok) {
            if (r.exitCode !== undefined && retry.includes(r.exitCode)) {
              throw intermittentTask(
                `task appears to have failed intermittently - exit code ${r.exitCode} found in task payload.onExitStatus list`,
              );
            }
            throw failure(`exit status ${r.exitCode}`);
          }
        }
      },
    };
  },
};

/** Resource Monitor is part of command execution; this feature only gates it by config/payload. */
export const resourceMonitorFeature: Feature = {
  name: "Resource Monitor",
  isEnabled: (c: Config) => c.enableResourceMonitor,
  // only an explicit request can be refused; the default (true) silently follows the config
  isRequested: (task) =>
    ((task.rawPayload as { features?: { resourceMonitor?: unknown } })?.features
      ?.resourceMonitor) === true,
  newTaskFeature: () => ({}),
};
