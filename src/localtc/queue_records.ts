/**
 * The queue's stored records (tasks with their runs, artifacts, s3 blob
 * headers), their shape checks, and the small pure helpers over them that
 * every part of the queue shares.
 */
import type { BlobMeta } from "./blobs.ts";
import type { RecordCheck } from "./store.ts";

/** Run states. */
export type RunState = "pending" | "running" | "completed" | "failed" | "exception";

/** One run of a task, as in the task status structure. */
export interface RunRecord {
  state: RunState;
  reasonCreated: "scheduled" | "retry" | "task-retry" | "rerun" | "exception";
  reasonResolved?: string;
  workerGroup?: string;
  workerId?: string;
  takenUntil?: string;
  scheduled: string;
  started?: string;
  resolved?: string;
}

/** The task definition as the `task` method returns it. */
export interface TaskDefinition {
  provisionerId: string;
  workerType: string;
  taskQueueId: string;
  schedulerId: string;
  projectId: string;
  taskGroupId: string;
  dependencies: string[];
  requires: "all-completed" | "all-resolved";
  routes: string[];
  priority: string;
  retries: number;
  created: string;
  deadline: string;
  expires: string;
  scopes: string[];
  payload: Record<string, unknown>;
  metadata: Record<string, unknown>;
  tags: Record<string, string>;
  extra: Record<string, unknown>;
}

/** A stored task: definition plus status. */
export interface TaskRecord {
  taskId: string;
  definition: TaskDefinition;
  retriesLeft: number;
  runs: RunRecord[];
  takenUntil: string | null;
  /** Dependencies not yet satisfied (the real queue's queue_task_dependencies rows). */
  blockers: string[];
}

/** A stored artifact. */
export interface ArtifactRecord {
  taskId: string;
  runId: number;
  name: string;
  storageType: "s3" | "object" | "reference" | "link" | "error";
  contentType: string;
  details: Record<string, unknown>;
  present: boolean;
  expires: string;
  contentLength: number | null;
}

/** Stored headers of an s3 artifact's bytes. */
export interface S3BlobRecord extends BlobMeta {
  key: string;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Shape check of stored tasks. */
export const checkTask: RecordCheck = (v) => {
  if (!isObj(v)) return "task record is not an object";
  if (typeof v.taskId !== "string" || !isObj(v.definition)) {
    return "task record lacks taskId/definition";
  }
  if (!Array.isArray(v.runs) || !Array.isArray(v.blockers) || typeof v.retriesLeft !== "number") {
    return "task record lacks runs/blockers/retriesLeft";
  }
  const d = v.definition;
  if (
    typeof d.taskQueueId !== "string" || typeof d.deadline !== "string" ||
    typeof d.expires !== "string"
  ) {
    return "task definition lacks taskQueueId/deadline/expires";
  }
  return undefined;
};

/** Shape check of stored artifacts. */
export const checkArtifact: RecordCheck = (v) => {
  if (!isObj(v)) return "artifact record is not an object";
  if (typeof v.taskId !== "string" || typeof v.runId !== "number" || typeof v.name !== "string") {
    return "artifact record lacks taskId/runId/name";
  }
  if (typeof v.storageType !== "string" || !isObj(v.details) || typeof v.expires !== "string") {
    return "artifact record lacks storageType/details/expires";
  }
  return undefined;
};

/** Shape check of stored s3 blob headers. */
export const checkS3Blob: RecordCheck = (v) => {
  if (!isObj(v) || typeof v.key !== "string" || typeof v.contentLength !== "number") {
    return "blob record lacks key/contentLength";
  }
  return undefined;
};

/** Store writes started while handling one request, awaited together. */
export type Writes = Promise<void>[];

/** An ISO 8601 timestamp (`toJSON`) of `ms`. */
export function iso(ms: number): string {
  return new Date(ms).toJSON();
}

/** The task's state: that of its last run, or `unscheduled`. */
export function state(t: TaskRecord): RunState | "unscheduled" {
  return t.runs[t.runs.length - 1]?.state ?? "unscheduled";
}

/** Whether the task's last run is resolved. */
export function isResolved(t: TaskRecord): boolean {
  const s = state(t);
  return s === "completed" || s === "failed" || s === "exception";
}

/** A value with object keys sorted (for order-insensitive comparison). */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v === "object" && v !== null) {
    return Object.fromEntries(
      Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
