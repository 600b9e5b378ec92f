/**
 * Task errors are values carrying the resolution they cause (spec 7.6):
 * `failed`, or `exception` with a reason.
 */

/** Exception reasons the worker reports. */
export type ExceptionReason =
  | "malformed-payload"
  | "resource-unavailable"
  | "internal-error"
  | "worker-shutdown"
  | "intermittent-task";

/** An error that decides how a task resolves. */
export class TaskError extends Error {
  constructor(
    /** `failed` resolves failed/failed; `exception` resolves exception/<reason>. */
    readonly resolution: "failed" | "exception",
    message: string,
    readonly reason?: ExceptionReason,
  ) {
    super(message);
    this.name = "TaskError";
  }
}

/** failed/failed. */
export function failure(message: string): TaskError {
  return new TaskError("failed", message);
}

/** exception/malformed-payload. */
export function malformedPayload(message: string): TaskError {
  return new TaskError("exception", message, "malformed-payload");
}

/** exception/internal-error. */
export function internalError(message: string): TaskError {
  return new TaskError("exception", message, "internal-error");
}

/** exception/resource-unavailable. */
export function resourceUnavailable(message: string): TaskError {
  return new TaskError("exception", message, "resource-unavailable");
}

/** exception/worker-shutdown. */
export function workerShutdown(message: string): TaskError {
  return new TaskError("exception", message, "worker-shutdown");
}

/** exception/intermittent-task. */
export function intermittentTask(message: string): TaskError {
  return new TaskError("exception", message, "intermittent-task");
}

/** Wraps anything thrown into a TaskError (unknown errors are internal errors). */
export function asTaskError(e: unknown): TaskError {
  if (e instanceof TaskError) return e;
  return internalError(e instanceof Error ? e.message : String(e));
}
