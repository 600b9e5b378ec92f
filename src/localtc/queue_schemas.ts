/**
 * The queue's request shapes: URL parameter patterns, the createTask and
 * createArtifact input schemas, and the limits the real queue enforces.
 */

/** A slugid. */
export const SLUGID =
  /^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$/;
/** A slugid, as a schema pattern. */
export const SLUGID_PATTERN = SLUGID.source;
const RUN_ID = /^[1-9]*[0-9]+$/;
const TASK_QUEUE_ID = /^[a-zA-Z0-9-_]{1,38}\/[a-z]([-a-z0-9]{0,36}[a-z0-9])?$/;
/** A provisioner/worker/group id. */
export const ID = /^[a-zA-Z0-9-_]{1,38}$/;
const NAME = /^[\x20-\x7e]+$/;
/** Task priorities, highest first. */
export const PRIORITIES = ["highest", "very-high", "high", "medium", "low", "very-low", "lowest"];
/** Most runs a task may have. */
export const MAX_RUNS = 50;
/** Furthest a deadline may be from now. */
export const MAX_DEADLINE_DAYS = 5;
/** Clock drift tolerated in `created` and `expires`. */
export const DRIFT_MS = 15 * 60 * 1000;
/** Storage types that need finishArtifact. */
export const STORAGE_NEEDS_FINISH: Record<string, boolean> = { object: true };
/** Reasons reportException accepts. */
export const EXCEPTION_REASONS = [
  "worker-shutdown",
  "malformed-payload",
  "resource-unavailable",
  "internal-error",
  "intermittent-task",
];
/** Patterns of the queue's URL parameters. */
export const PARAMS = {
  taskId: SLUGID,
  taskGroupId: SLUGID,
  taskQueueId: TASK_QUEUE_ID,
  provisionerId: ID,
  workerType: ID,
  workerGroup: ID,
  workerId: ID,
  runId: RUN_ID,
  name: NAME,
};

const SCOPE = { type: "string", pattern: "^[\x20-\x7e]*$" };
const DATE = { type: "string", format: "date-time" };

/** Input schema of createTask. */
export const CREATE_TASK_SCHEMA = {
  type: "object",
  properties: {
    provisionerId: { type: "string", pattern: "^[a-zA-Z0-9-_]{1,38}$" },
    workerType: { type: "string", pattern: "^[a-z]([-a-z0-9]{0,36}[a-z0-9])?$" },
    taskQueueId: { type: "string", pattern: TASK_QUEUE_ID.source },
    schedulerId: {
      type: "string",
      minLength: 1,
      maxLength: 38,
      pattern: "^([a-zA-Z0-9-_]*)$",
      default: "-",
    },
    projectId: {
      type: "string",
      minLength: 1,
      maxLength: 500,
      pattern: "^([a-zA-Z0-9._/-]*)$",
      default: "none",
    },
    taskGroupId: { type: "string", pattern: SLUGID_PATTERN },
    dependencies: {
      type: "array",
      items: { type: "string", pattern: SLUGID_PATTERN },
      maxItems: 10000,
      uniqueItems: true,
      default: [],
    },
    requires: { type: "string", enum: ["all-completed", "all-resolved"], default: "all-completed" },
    routes: {
      type: "array",
      items: { type: "string", minLength: 1, maxLength: 249 },
      maxItems: 64,
      uniqueItems: true,
      default: [],
    },
    priority: { type: "string", enum: PRIORITIES, default: "lowest" },
    retries: { type: "integer", minimum: 0, maximum: 49, default: 5 },
    created: DATE,
    deadline: DATE,
    expires: DATE,
    scopes: { type: "array", items: SCOPE, default: [] },
    payload: { type: "object" },
    metadata: {
      type: "object",
      properties: {
        name: { type: "string", maxLength: 255 },
        description: { type: "string", maxLength: 32768 },
        owner: { type: "string", maxLength: 255 },
        source: { type: "string", maxLength: 4096, pattern: "^(https?://|ssh://|git@)" },
      },
      additionalProperties: false,
      required: ["name", "description", "owner", "source"],
    },
    tags: {
      type: "object",
      additionalProperties: { type: "string", maxLength: 4096 },
      default: {},
    },
    extra: { type: "object", default: {} },
  },
  additionalProperties: false,
  required: ["created", "deadline", "payload", "metadata"],
};

const artifactVariant = (
  storageType: string,
  props: Record<string, unknown>,
  required: string[],
) => ({
  type: "object",
  properties: { storageType: { const: storageType }, expires: DATE, ...props },
  additionalProperties: false,
  required: ["storageType", "expires", ...required],
});
const CONTENT_TYPE = { type: "string", maxLength: 255 };
const CONTENT_LENGTH = { type: "integer", minimum: 0 };
/** Input schema of createArtifact. */
export const POST_ARTIFACT_SCHEMA = {
  oneOf: [
    artifactVariant("s3", { contentType: CONTENT_TYPE, contentLength: CONTENT_LENGTH }, [
      "contentType",
    ]),
    artifactVariant("object", { contentType: CONTENT_TYPE, contentLength: CONTENT_LENGTH }, [
      "contentType",
    ]),
    artifactVariant("reference", {
      contentType: CONTENT_TYPE,
      url: { type: "string", format: "uri" },
    }, [
      "url",
      "contentType",
    ]),
    artifactVariant("link", { contentType: CONTENT_TYPE, artifact: { type: "string" } }, [
      "artifact",
    ]),
    artifactVariant("error", {
      reason: {
        type: "string",
        enum: [
          "file-missing-on-worker",
          "invalid-resource-on-worker",
          "too-large-file-on-worker",
          "file-not-readable-on-worker",
        ],
      },
      message: { type: "string", maxLength: 4096 },
    }, ["reason", "message"]),
  ],
};
