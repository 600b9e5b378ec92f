/**
 * The Queue service client (`/api/queue/v1`): claiming, reclaiming and
 * resolving tasks, artifacts, and streaming artifact downloads that follow
 * the artifact's storage type (s3/reference: GET the URL; object: the
 * object service with the credentials the queue hands out; error: throw
 * `<message>: <reason>`). Method names are taskcluster-client's.
 *
 * ```ts
 * const queue = new Queue({ rootUrl, credentials: workerCreds });
 * const { tasks } = await queue.claimWork("proj/linux", { tasks: 1, workerGroup, workerId });
 * const taskQueue = new Queue({ rootUrl, credentials: tasks[0].credentials });
 * const r = await taskQueue.reclaimTask(taskId, runId);
 * taskQueue.setCredentials(r.credentials);
 * ```
 */
import { type ClientOptions, path, TaskclusterClient } from "./client.ts";
import type { Credentials } from "./credentials.ts";
import { type Download, downloadOf, downloadToFile, type FileDownload } from "./download.ts";
import { getWithRetries } from "./http.ts";
import { ObjectService } from "./object.ts";

/** Task metadata. */
export type TaskMetadata = {
  name: string;
  description: string;
  owner: string;
  source: string;
};

/** A task definition (`task.json`), as given to `createTask` and returned by `task`. */
export type TaskDefinition = {
  taskQueueId?: string;
  provisionerId?: string;
  workerType?: string;
  schedulerId?: string;
  projectId?: string;
  taskGroupId?: string;
  dependencies?: string[];
  requires?: "all-completed" | "all-resolved";
  routes?: string[];
  priority?: string;
  retries?: number;
  created: string;
  deadline: string;
  expires?: string;
  scopes?: string[];
  payload: Record<string, unknown>;
  metadata: TaskMetadata;
  tags?: Record<string, string>;
  extra?: Record<string, unknown>;
};

/** One run of a task. */
export type RunInfo = {
  runId: number;
  state: "pending" | "running" | "completed" | "failed" | "exception";
  reasonCreated: string;
  reasonResolved?: string;
  workerGroup?: string;
  workerId?: string;
  takenUntil?: string;
  scheduled: string;
  started?: string;
  resolved?: string;
};

/** A task's status (`task-status.json`). */
export type TaskStatus = {
  taskId: string;
  provisionerId: string;
  workerType: string;
  taskQueueId: string;
  schedulerId: string;
  projectId: string;
  taskGroupId: string;
  deadline: string;
  expires: string;
  retriesLeft: number;
  state: "unscheduled" | "pending" | "running" | "completed" | "failed" | "exception";
  runs: RunInfo[];
};

/** Reply of status, resolution, createTask and cancelTask. */
export type TaskStatusResponse = { status: TaskStatus };

/** Body of `claimWork`. */
export type ClaimWorkRequest = { tasks: number; workerGroup: string; workerId: string };

/** One claimed task. */
export type ClaimedTask = {
  status: TaskStatus;
  runId: number;
  workerGroup: string;
  workerId: string;
  takenUntil: string;
  task: TaskDefinition;
  credentials: Credentials;
};

/** Reply of `claimWork`. */
export type ClaimWorkResponse = { tasks: ClaimedTask[] };

/** Reply of `reclaimTask`. */
export type TaskReclaimResponse = {
  status: TaskStatus;
  runId: number;
  workerGroup: string;
  workerId: string;
  takenUntil: string;
  credentials: Credentials;
};

/** Reasons a worker resolves a run as exception. */
export type ExceptionReason =
  | "worker-shutdown"
  | "malformed-payload"
  | "resource-unavailable"
  | "internal-error"
  | "superseded"
  | "intermittent-task";

/** createArtifact body, storage type s3. `contentLength` is the uncompressed size. */
export type S3ArtifactRequest = {
  storageType: "s3";
  expires: string;
  contentType: string;
  contentLength?: number;
};
/** createArtifact body, storage type object. */
export type ObjectArtifactRequest = {
  storageType: "object";
  expires: string;
  contentType: string;
  contentLength?: number;
};
/** createArtifact body, storage type reference (a URL elsewhere). */
export type RedirectArtifactRequest = {
  storageType: "reference";
  url: string;
  expires: string;
  contentType: string;
};
/** createArtifact body, storage type link (another artifact of the run). */
export type LinkArtifactRequest = {
  storageType: "link";
  artifact: string;
  expires: string;
  contentType?: string;
};
/** createArtifact body, storage type error. */
export type ErrorArtifactRequest = {
  storageType: "error";
  reason: string;
  message: string;
  expires: string;
};
/** Any createArtifact body. */
export type PostArtifactRequest =
  | S3ArtifactRequest
  | ObjectArtifactRequest
  | RedirectArtifactRequest
  | LinkArtifactRequest
  | ErrorArtifactRequest;

/** createArtifact reply for s3: PUT the content to `putUrl` with `Content-Type: contentType`. */
export type S3ArtifactResponse = {
  storageType: "s3";
  putUrl: string;
  expires: string;
  contentType: string;
};
/** createArtifact reply for object: upload with these object-service credentials. */
export type ObjectArtifactResponse = {
  storageType: "object";
  name: string;
  projectId: string;
  uploadId: string;
  credentials: Credentials;
  expires: string;
};
/** createArtifact reply for reference, link and error artifacts. */
export type PlainArtifactResponse = { storageType: "reference" | "link" | "error" };

/** The createArtifact reply type for a request type. */
export type PostArtifactResponse<R extends PostArtifactRequest> = R extends S3ArtifactRequest
  ? S3ArtifactResponse
  : R extends ObjectArtifactRequest ? ObjectArtifactResponse
  : PlainArtifactResponse;

/** Body of `finishArtifact` (object artifacts). */
export type FinishArtifactRequest = { uploadId: string };

/** Reply of `artifact`/`latestArtifact`: where the content is. */
export type ArtifactContent =
  | { storageType: "s3" | "reference"; url: string }
  | { storageType: "object"; name: string; credentials: Credentials }
  | { storageType: "error"; reason: string; message: string };

/** An artifact as listed. */
export type ArtifactInfo = {
  storageType: "s3" | "object" | "reference" | "link" | "error";
  name: string;
  expires: string;
  contentType: string;
  contentLength?: number;
};

/** Reply of `listArtifacts`/`listLatestArtifacts`. */
export type ListArtifactsResponse = { artifacts: ArtifactInfo[]; continuationToken?: string };

/** Paging of list calls. */
export type ListOptions = { continuationToken?: string; limit?: number };

/** The error an `error` artifact turns into when downloaded: message `<message>: <reason>`. */
export class ErrorArtifactError extends Error {
  /** The artifact's reason (`file-missing-on-worker`, ...). */
  readonly reason: string;
  /** The artifact's message. */
  readonly artifactMessage: string;
  constructor(message: string, reason: string) {
    super(`${message}: ${reason}`);
    this.name = "ErrorArtifactError";
    this.reason = reason;
    this.artifactMessage = message;
  }
}

/** The Queue service. */
export class Queue extends TaskclusterClient {
  constructor(options: ClientOptions) {
    super("queue", options);
  }

  /** Liveness of the service. */
  ping(): Promise<{ alive: boolean }> {
    return this.request("GET", "/ping");
  }

  /** The task definition. */
  task(taskId: string): Promise<TaskDefinition> {
    return this.request("GET", path`/task/${taskId}`);
  }

  /** The task's status (works without credentials). */
  status(taskId: string): Promise<TaskStatusResponse> {
    return this.request("GET", path`/task/${taskId}/status`);
  }

  /** Creates a task. */
  createTask(taskId: string, definition: TaskDefinition): Promise<TaskStatusResponse> {
    return this.request("PUT", path`/task/${taskId}`, { body: definition });
  }

  /** Cancels a task. */
  cancelTask(taskId: string): Promise<TaskStatusResponse> {
    return this.request("POST", path`/task/${taskId}/cancel`);
  }

  /** Claims up to `body.tasks` pending tasks of `taskQueueId` (`<provisionerId>/<workerType>`); long-polls. */
  claimWork(taskQueueId: string, body: ClaimWorkRequest): Promise<ClaimWorkResponse> {
    return this.request("POST", path`/claim-work/${taskQueueId}`, { body });
  }

  /** Extends the claim of a run; the reply holds new task credentials. */
  reclaimTask(taskId: string, runId: number): Promise<TaskReclaimResponse> {
    return this.request("POST", path`/task/${taskId}/runs/${runId}/reclaim`);
  }

  /** Resolves a run as completed. */
  reportCompleted(taskId: string, runId: number): Promise<TaskStatusResponse> {
    return this.request("POST", path`/task/${taskId}/runs/${runId}/completed`);
  }

  /** Resolves a run as failed. */
  reportFailed(taskId: string, runId: number): Promise<TaskStatusResponse> {
    return this.request("POST", path`/task/${taskId}/runs/${runId}/failed`);
  }

  /** Resolves a run as exception with `body.reason`. */
  reportException(
    taskId: string,
    runId: number,
    body: { reason: ExceptionReason },
  ): Promise<TaskStatusResponse> {
    return this.request("POST", path`/task/${taskId}/runs/${runId}/exception`, { body });
  }

  /** Creates an artifact; the reply says how to upload (s3: putUrl; object: credentials). */
  createArtifact<R extends PostArtifactRequest>(
    taskId: string,
    runId: number,
    name: string,
    body: R,
  ): Promise<PostArtifactResponse<R>> {
    return this.request("POST", path`/task/${taskId}/runs/${runId}/artifacts/${name}`, { body });
  }

  /** Marks an object artifact's upload as finished. */
  async finishArtifact(
    taskId: string,
    runId: number,
    name: string,
    body: FinishArtifactRequest,
  ): Promise<void> {
    await this.request("PUT", path`/task/${taskId}/runs/${runId}/artifacts/${name}`, { body });
  }

  /** Where the content of an artifact of a run is (`artifact-content`; links followed). */
  artifact(taskId: string, runId: number, name: string): Promise<ArtifactContent> {
    return this.request("GET", path`/task/${taskId}/runs/${runId}/artifact-content/${name}`);
  }

  /** Where the content of an artifact of the latest run is (`artifact-content`). */
  latestArtifact(taskId: string, name: string): Promise<ArtifactContent> {
    return this.request("GET", path`/task/${taskId}/artifact-content/${name}`);
  }

  /** Metadata of an artifact of a run (`artifact-info`). */
  artifactInfo(taskId: string, runId: number, name: string): Promise<ArtifactInfo> {
    return this.request("GET", path`/task/${taskId}/runs/${runId}/artifact-info/${name}`);
  }

  /** Metadata of an artifact of the latest run (`artifact-info`). */
  latestArtifactInfo(taskId: string, name: string): Promise<ArtifactInfo> {
    return this.request("GET", path`/task/${taskId}/artifact-info/${name}`);
  }

  /** One page of the artifacts of a run. */
  listArtifacts(
    taskId: string,
    runId: number,
    opts: ListOptions = {},
  ): Promise<ListArtifactsResponse> {
    return this.request("GET", path`/task/${taskId}/runs/${runId}/artifacts`, { query: opts });
  }

  /** One page of the artifacts of the latest run. */
  listLatestArtifacts(taskId: string, opts: ListOptions = {}): Promise<ListArtifactsResponse> {
    return this.request("GET", path`/task/${taskId}/artifacts`, { query: opts });
  }

  /**
   * Opens the content of an artifact (latest run when `runId` is undefined)
   * as a stream, following its storage type; an `error` artifact rejects
   * with `ErrorArtifactError` (`<message>: <reason>`).
   */
  async downloadArtifact(
    taskId: string,
    runId: number | undefined,
    name: string,
  ): Promise<Download> {
    const content = runId === undefined
      ? await this.latestArtifact(taskId, name)
      : await this.artifact(taskId, runId, name);
    switch (content.storageType) {
      case "s3":
      case "reference":
        return downloadOf(await getWithRetries(content.url, this.options), content.storageType);
      case "object": {
        const object = new ObjectService({
          ...this.options,
          credentials: content.credentials,
          authorizedScopes: undefined,
        });
        return { ...(await object.downloadObject(content.name)), source: "object" };
      }
      case "error":
        throw new ErrorArtifactError(content.message, content.reason);
      default:
        throw new Error(
          `unsupported artifact storageType '${(content as { storageType: string }).storageType}'`,
        );
    }
  }

  /** `downloadArtifact` of the latest run. */
  getLatestArtifactContent(taskId: string, name: string): Promise<Download> {
    return this.downloadArtifact(taskId, undefined, name);
  }

  /**
   * Downloads an artifact (latest run when `runId` is undefined) into the
   * file `dest`, computing its SHA-256; starts over when the transfer breaks.
   */
  downloadArtifactToFile(
    taskId: string,
    runId: number | undefined,
    name: string,
    dest: string,
  ): Promise<FileDownload> {
    return downloadToFile(() => this.downloadArtifact(taskId, runId, name), dest, this.options);
  }
}
