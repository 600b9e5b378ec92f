/**
 * Uploading one artifact for a task run (spec 10.4) and mapping failures to
 * resolutions the way the Go worker's `uploadArtifact` and
 * `classifyCreateArtifactError` do:
 * - createArtifact 5xx -> exception/resource-unavailable;
 * - 409 -> exception/malformed-payload (`there was a conflict uploading artifact ...`);
 * - other 4xx -> the run's state is read back: cancelled or
 *   deadline-exceeded -> ignored, else exception/internal-error;
 * - no reply (network) once the retry budget (Go httpbackoff: 15 minutes) is
 *   spent -> `[taskcluster:error] Could not upload artifact <name>: ...`,
 *   exception/resource-unavailable. (Go logs and ignores this case; here an
 *   artifact is never dropped without the task saying so.)
 * - the upload itself (PUT, object service) failing ->
 *   `[taskcluster:error] Error uploading artifact: <err>`, resource-unavailable;
 * - finishArtifact failing -> `Error finishing artifact: <err>`, resource-unavailable.
 * Error artifacts log `Uploading error artifact <name> from file <path> with
 * message "<m>", reason "<r>" and expiry <e>` (task log as an error, or the
 * worker log when optional) once created.
 *
 * ```ts
 * const err = await uploadArtifact(task, { kind: "link", name: "public/logs/live.log",
 *   artifact: "public/logs/live_backing.log", contentType: "text/plain; charset=utf-8", expires });
 * if (err) task.addError(err);
 * ```
 */
import {
  ArtifactUploadError,
  uploadObjectArtifact,
  uploadS3Artifact,
} from "../taskcluster/artifacts.ts";
import { TaskclusterApiError, TaskclusterNetworkError } from "../taskcluster/errors.ts";
import { WORKER_METRICS } from "../livelog/metrics.ts";
import type { PostArtifactRequest } from "../taskcluster/queue.ts";
import { internalError, malformedPayload, resourceUnavailable, type TaskError } from "./errors.ts";
import { goQuote, goTime } from "./go_format.ts";
import type { Config } from "../config/config.ts";
import type { Queue } from "../taskcluster/queue.ts";
import type { TaskLog } from "./task_log.ts";

/** An artifact this run uploaded (chain of trust hashes them). */
export interface UploadedArtifact {
  name: string;
  path: string;
  storageType: "s3" | "object";
}

/**
 * What an upload needs of its task run. `TaskRun` satisfies it; it is declared here so that
 * task_run.ts can use this module without the two importing each other.
 */
export interface UploadTask {
  readonly taskId: string;
  readonly runId: number;
  readonly config: Config;
  readonly queue: Queue;
  readonly log: TaskLog;
  readonly workerLog: { log(line: string): void };
  /** s3/object artifacts uploaded so far (chain of trust hashes them). */
  readonly uploaded: UploadedArtifact[];
  /** The run's state read back from the queue (undefined when it cannot be read). */
  queryState(): Promise<string | undefined>;
}

/** A file to upload (s3, or object with `createObjectArtifacts`). */
export interface FileArtifactRequest {
  kind: "file";
  name: string;
  /** The file to read (absolute). */
  path: string;
  contentType: string;
  contentEncoding: "gzip" | "identity";
  expires: string;
  /** A payload artifact marked optional: its upload failure does not fail the task. */
  optional?: boolean;
}

/** An error artifact (a payload artifact that could not be published). */
export interface ErrorArtifactRequest {
  kind: "error";
  name: string;
  /** The path the payload named (for the log line). */
  path: string;
  reason: string;
  message: string;
  expires: string;
  /** Optional error artifacts are logged to the worker log only and never fail the task. */
  optional: boolean;
}

/** One artifact to publish. */
export type ArtifactRequest =
  | FileArtifactRequest
  | {
    kind: "reference";
    name: string;
    url: string;
    contentType: string;
    expires: string;
    /** Log `(URL hidden)` instead of the URL (it holds a secret: the interactive shell's). */
    hideUrl?: boolean;
  }
  | { kind: "link"; name: string; artifact: string; contentType: string; expires: string }
  | ErrorArtifactRequest;

function requestBody(a: Exclude<ArtifactRequest, { kind: "file" }>): PostArtifactRequest {
  switch (a.kind) {
    case "reference":
      return {
        storageType: "reference",
        url: a.url,
        contentType: a.contentType,
        expires: goTime(a.expires),
      };
    case "link":
      return {
        storageType: "link",
        artifact: a.artifact,
        contentType: a.contentType,
        expires: goTime(a.expires),
      };
    case "error":
      return {
        storageType: "error",
        reason: a.reason,
        message: a.message,
        expires: goTime(a.expires),
      };
  }
}

function bodyText(e: TaskclusterApiError): string {
  return typeof e.body === "string" ? e.body : JSON.stringify(e.body);
}

/** Maps a createArtifact failure to the resolution table of spec 10.4 / 7.7 (undefined = ignored). */
export async function classifyCreateArtifactError(
  task: UploadTask,
  name: string,
  payload: string,
  e: unknown,
): Promise<TaskError | undefined> {
  if (e instanceof TaskclusterApiError) {
    const code = e.statusCode;
    if (code >= 500) {
      return resourceUnavailable(
        `TASK EXCEPTION due to response code ${code} from Queue when uploading artifact ${name} with CreateArtifact payload ${payload} - HTTP response body: ${
          bodyText(e)
        }`,
      );
    }
    if (code === 409) {
      return malformedPayload(
        `there was a conflict uploading artifact ${name} - this suggests artifact ${name} was already uploaded to this task with different content earlier on in this task.\n` +
          `Check the artifacts section of the task payload at ${
            task.config.rootURL.replace(/\/+$/, "")
          }/api/queue/v1/task/${task.taskId}\n` +
          `(Permanent) HTTP response code ${code}\n${bodyText(e)}`,
      );
    }
    const state = await task.queryState();
    task.workerLog.log(`Latest status: ${state ?? "unknown"}`);
    if (state === "cancelled" || state === "deadline-exceeded") return undefined;
    return internalError(
      `WORKER EXCEPTION due to response code ${code} from Queue when uploading artifact ${name} with CreateArtifact payload ${payload} - HTTP response body: ${
        bodyText(e)
      }`,
    );
  }
  if (e instanceof TaskclusterNetworkError) {
    task.workerLog.log(
      `Got network error - probably got no network at the moment: ${e.message} (artifact ${name} not uploaded)`,
    );
    const why = `Could not upload artifact ${name}: the queue could not be reached (${e.message})`;
    await task.log.error(why);
    return resourceUnavailable(why);
  }
  return internalError(
    `WORKER EXCEPTION due to non-recoverable error when requesting url from queue to upload artifact to: ${
      e instanceof Error ? e.message : String(e)
    }`,
  );
}

async function uploadFileArtifact(
  task: UploadTask,
  a: FileArtifactRequest,
): Promise<TaskError | undefined> {
  const object = task.config.createObjectArtifacts;
  const expires = goTime(a.expires);
  const base = {
    taskId: task.taskId,
    runId: task.runId,
    name: a.name,
    path: a.path,
    contentType: a.contentType,
    expires,
  };
  task.workerLog.log(
    object
      ? `Uploading artifact ${a.name} from file ${a.path} with content type ${
        goQuote(a.contentType)
      } and expiry ${expires}`
      : `Uploading artifact ${a.name} from file ${a.path} with content encoding ${
        goQuote(a.contentEncoding)
      }, mime type ${goQuote(a.contentType)} and expiry ${expires}`,
  );
  try {
    if (object) {
      await uploadObjectArtifact(task.queue, base, { onProgress: uploadProgress(task, a.name) });
    } else {
      await uploadS3Artifact(task.queue, { ...base, contentEncoding: a.contentEncoding }, {
        onProgress: uploadProgress(task, a.name),
      });
    }
  } catch (e) {
    const step = e instanceof ArtifactUploadError ? e.step : "upload";
    const cause = e instanceof ArtifactUploadError ? e.cause : e;
    if (step === "create") {
      const size = await Deno.stat(a.path).then((s) => s.size).catch(() => 0);
      const payload = JSON.stringify({
        contentType: a.contentType,
        ...(size > 0 ? { contentLength: size } : {}),
        expires,
        storageType: object ? "object" : "s3",
      });
      return await classifyCreateArtifactError(task, a.name, payload, cause);
    }
    const why = cause instanceof Error ? cause.message : String(cause);
    if (step === "finish") {
      await task.log.error(`Error finishing artifact: ${why}`);
    } else {
      await task.log.error(`Error uploading artifact: ${why}`);
    }
    return resourceUnavailable(why);
  }
  task.uploaded.push({ name: a.name, path: a.path, storageType: object ? "object" : "s3" });
  await Deno.stat(a.path).then(
    (s) =>
      WORKER_METRICS.uploaded(a.name.endsWith("/live_backing.log") ? "log" : "artifact", s.size),
    () => {},
  );
  return undefined;
}

/** How often a large upload logs its progress, ms. */
export const UPLOAD_PROGRESS_INTERVAL_MS = 5000;

/**
 * Progress lines of one upload in the worker log, like downloads log
 * theirs: at most one per UPLOAD_PROGRESS_INTERVAL_MS, none for an upload
 * quicker than that (`Upload of <name>: <n> bytes of <total> (x%) so far,
 * y MiB/s`).
 */
export function uploadProgress(
  task: Pick<UploadTask, "workerLog">,
  name: string,
  intervalMs = UPLOAD_PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (sent: number, total: number) => void {
  let start = now();
  let last = start;
  let prev = 0;
  return (sent, total) => {
    const t = now();
    if (sent < prev) start = last = t; // a new attempt starts over
    prev = sent;
    if (t - last < intervalMs) return;
    last = t;
    const secs = Math.max((t - start) / 1000, 0.001);
    const pct = total > 0 ? ` (${(Math.min(sent / total, 1) * 100).toFixed(1)}%)` : "";
    task.workerLog.log(
      `Upload of ${name}: ${sent} bytes of ${total}${pct} so far, ${
        (sent / secs / (1024 * 1024)).toFixed(1)
      } MiB/s`,
    );
  };
}

/** Publishes one artifact; returns the error that decides the resolution, if any. */
export async function uploadArtifact(
  task: UploadTask,
  a: ArtifactRequest,
): Promise<TaskError | undefined> {
  if (a.kind === "file") return await uploadFileArtifact(task, a);
  const body = requestBody(a);
  try {
    await task.queue.createArtifact(task.taskId, task.runId, a.name, body);
  } catch (e) {
    return await classifyCreateArtifactError(task, a.name, JSON.stringify(body), e);
  }
  switch (a.kind) {
    case "error": {
      const line = `Uploading error artifact ${a.name} from file ${a.path} with message ${
        goQuote(a.message)
      }, reason ${goQuote(a.reason)} and expiry ${goTime(a.expires)}`;
      if (a.optional) task.workerLog.log(line);
      else await task.log.error(line);
      break;
    }
    case "link":
      task.workerLog.log(
        `Uploading link artifact ${a.name} to artifact ${a.artifact} with expiry ${
          goTime(a.expires)
        }`,
      );
      break;
    case "reference":
      task.workerLog.log(
        `Uploading redirect artifact ${a.name} to ${
          a.hideUrl ? "(URL hidden)" : `URL ${a.url}`
        } with mime type ${goQuote(a.contentType)} and expiry ${goTime(a.expires)}`,
      );
      break;
  }
  return undefined;
}
