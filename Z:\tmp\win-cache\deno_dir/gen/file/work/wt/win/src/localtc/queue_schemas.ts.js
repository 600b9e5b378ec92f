/**
 * The queue's request shapes: URL parameter patterns, the createTask and
 * createArtifact input schemas, and the limits the real queue enforces.
 */ /** A slugid. */ export const SLUGID =
  /^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$/;
/** A slugid, as a schema pattern. */ export const SLUGID_PATTERN = SLUGID.source;
const RUN_ID = /^[1-9]*[0-9]+$/;
const TASK_QUEUE_ID = /^[a-zA-Z0-9-_]{1,38}\/[a-z]([-a-z0-9]{0,36}[a-z0-9])?$/;
/** A provisioner/worker/group id. */ export const ID = /^[a-zA-Z0-9-_]{1,38}$/;
const NAME = /^[\x20-\x7e]+$/;
/** Task priorities, highest first. */ export const PRIORITIES = [
  "highest",
  "very-high",
  "high",
  "medium",
  "low",
  "very-low",
  "lowest",
];
/** Most runs a task may have. */ export const MAX_RUNS = 50;
/** Furthest a deadline may be from now. */ export const MAX_DEADLINE_DAYS = 5;
/** Clock drift tolerated in `created` and `expires`. */ export const DRIFT_MS = 15 * 60 * 1000;
/** Storage types that need finishArtifact. */ export const STORAGE_NEEDS_FINISH = {
  object: true,
};
/** Reasons reportException accepts. */ export const EXCEPTION_REASONS = [
  "worker-shutdown",
  "malformed-payload",
  "resource-unavailable",
  "internal-error",
  "intermittent-task",
];
/** Patterns of the queue's URL parameters. */ export const PARAMS = {
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
const SCOPE = {
  type: "string",
  pattern: "^[\x20-\x7e]*$",
};
const DATE = {
  type: "string",
  format: "date-time",
};
/** Input schema of createTask. */ export const CREATE_TASK_SCHEMA = {
  type: "object",
  properties: {
    provisionerId: {
      type: "string",
      pattern: "^[a-zA-Z0-9-_]{1,38}$",
    },
    workerType: {
      type: "string",
      pattern: "^[a-z]([-a-z0-9]{0,36}[a-z0-9])?$",
    },
    taskQueueId: {
      type: "string",
      pattern: TASK_QUEUE_ID.source,
    },
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
    taskGroupId: {
      type: "string",
      pattern: SLUGID_PATTERN,
    },
    dependencies: {
      type: "array",
      items: {
        type: "string",
        pattern: SLUGID_PATTERN,
      },
      maxItems: 10000,
      uniqueItems: true,
      default: [],
    },
    requires: {
      type: "string",
      enum: [
        "all-completed",
        "all-resolved",
      ],
      default: "all-completed",
    },
    routes: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 249,
      },
      maxItems: 64,
      uniqueItems: true,
      default: [],
    },
    priority: {
      type: "string",
      enum: PRIORITIES,
      default: "lowest",
    },
    retries: {
      type: "integer",
      minimum: 0,
      maximum: 49,
      default: 5,
    },
    created: DATE,
    deadline: DATE,
    expires: DATE,
    scopes: {
      type: "array",
      items: SCOPE,
      default: [],
    },
    payload: {
      type: "object",
    },
    metadata: {
      type: "object",
      properties: {
        name: {
          type: "string",
          maxLength: 255,
        },
        description: {
          type: "string",
          maxLength: 32768,
        },
        owner: {
          type: "string",
          maxLength: 255,
        },
        source: {
          type: "string",
          maxLength: 4096,
          pattern: "^(https?://|ssh://|git@)",
        },
      },
      additionalProperties: false,
      required: [
        "name",
        "description",
        "owner",
        "source",
      ],
    },
    tags: {
      type: "object",
      additionalProperties: {
        type: "string",
        maxLength: 4096,
      },
      default: {},
    },
    extra: {
      type: "object",
      default: {},
    },
  },
  additionalProperties: false,
  required: [
    "created",
    "deadline",
    "payload",
    "metadata",
  ],
};
const artifactVariant = (storageType, props, required) => ({
  type: "object",
  properties: {
    storageType: {
      const: storageType,
    },
    expires: DATE,
    ...props,
  },
  additionalProperties: false,
  required: [
    "storageType",
    "expires",
    ...required,
  ],
});
const CONTENT_TYPE = {
  type: "string",
  maxLength: 255,
};
const CONTENT_LENGTH = {
  type: "integer",
  minimum: 0,
};
/** Input schema of createArtifact. */ export const POST_ARTIFACT_SCHEMA = {
  oneOf: [
    artifactVariant("s3", {
      contentType: CONTENT_TYPE,
      contentLength: CONTENT_LENGTH,
    }, [
      "contentType",
    ]),
    artifactVariant("object", {
      contentType: CONTENT_TYPE,
      contentLength: CONTENT_LENGTH,
    }, [
      "contentType",
    ]),
    artifactVariant("reference", {
      contentType: CONTENT_TYPE,
      url: {
        type: "string",
        format: "uri",
      },
    }, [
      "url",
      "contentType",
    ]),
    artifactVariant("link", {
      contentType: CONTENT_TYPE,
      artifact: {
        type: "string",
      },
    }, [
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
      message: {
        type: "string",
        maxLength: 4096,
      },
    }, [
      "reason",
      "message",
    ]),
  ],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvcXVldWVfc2NoZW1hcy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBxdWV1ZSdzIHJlcXVlc3Qgc2hhcGVzOiBVUkwgcGFyYW1ldGVyIHBhdHRlcm5zLCB0aGUgY3JlYXRlVGFzayBhbmRcbiAqIGNyZWF0ZUFydGlmYWN0IGlucHV0IHNjaGVtYXMsIGFuZCB0aGUgbGltaXRzIHRoZSByZWFsIHF1ZXVlIGVuZm9yY2VzLlxuICovXG5cbi8qKiBBIHNsdWdpZC4gKi9cbmV4cG9ydCBjb25zdCBTTFVHSUQgPVxuICAvXltBLVphLXowLTlfLV17OH1bUS1UXVtBLVphLXowLTlfLV1bQ0dLT1NXYWVpbXF1eTI2LV1bQS1aYS16MC05Xy1dezEwfVtBUWd3XSQvO1xuLyoqIEEgc2x1Z2lkLCBhcyBhIHNjaGVtYSBwYXR0ZXJuLiAqL1xuZXhwb3J0IGNvbnN0IFNMVUdJRF9QQVRURVJOID0gU0xVR0lELnNvdXJjZTtcbmNvbnN0IFJVTl9JRCA9IC9eWzEtOV0qWzAtOV0rJC87XG5jb25zdCBUQVNLX1FVRVVFX0lEID0gL15bYS16QS1aMC05LV9dezEsMzh9XFwvW2Etel0oWy1hLXowLTldezAsMzZ9W2EtejAtOV0pPyQvO1xuLyoqIEEgcHJvdmlzaW9uZXIvd29ya2VyL2dyb3VwIGlkLiAqL1xuZXhwb3J0IGNvbnN0IElEID0gL15bYS16QS1aMC05LV9dezEsMzh9JC87XG5jb25zdCBOQU1FID0gL15bXFx4MjAtXFx4N2VdKyQvO1xuLyoqIFRhc2sgcHJpb3JpdGllcywgaGlnaGVzdCBmaXJzdC4gKi9cbmV4cG9ydCBjb25zdCBQUklPUklUSUVTID0gW1wiaGlnaGVzdFwiLCBcInZlcnktaGlnaFwiLCBcImhpZ2hcIiwgXCJtZWRpdW1cIiwgXCJsb3dcIiwgXCJ2ZXJ5LWxvd1wiLCBcImxvd2VzdFwiXTtcbi8qKiBNb3N0IHJ1bnMgYSB0YXNrIG1heSBoYXZlLiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9SVU5TID0gNTA7XG4vKiogRnVydGhlc3QgYSBkZWFkbGluZSBtYXkgYmUgZnJvbSBub3cuICovXG5leHBvcnQgY29uc3QgTUFYX0RFQURMSU5FX0RBWVMgPSA1O1xuLyoqIENsb2NrIGRyaWZ0IHRvbGVyYXRlZCBpbiBgY3JlYXRlZGAgYW5kIGBleHBpcmVzYC4gKi9cbmV4cG9ydCBjb25zdCBEUklGVF9NUyA9IDE1ICogNjAgKiAxMDAwO1xuLyoqIFN0b3JhZ2UgdHlwZXMgdGhhdCBuZWVkIGZpbmlzaEFydGlmYWN0LiAqL1xuZXhwb3J0IGNvbnN0IFNUT1JBR0VfTkVFRFNfRklOSVNIOiBSZWNvcmQ8c3RyaW5nLCBib29sZWFuPiA9IHsgb2JqZWN0OiB0cnVlIH07XG4vKiogUmVhc29ucyByZXBvcnRFeGNlcHRpb24gYWNjZXB0cy4gKi9cbmV4cG9ydCBjb25zdCBFWENFUFRJT05fUkVBU09OUyA9IFtcbiAgXCJ3b3JrZXItc2h1dGRvd25cIixcbiAgXCJtYWxmb3JtZWQtcGF5bG9hZFwiLFxuICBcInJlc291cmNlLXVuYXZhaWxhYmxlXCIsXG4gIFwiaW50ZXJuYWwtZXJyb3JcIixcbiAgXCJpbnRlcm1pdHRlbnQtdGFza1wiLFxuXTtcbi8qKiBQYXR0ZXJucyBvZiB0aGUgcXVldWUncyBVUkwgcGFyYW1ldGVycy4gKi9cbmV4cG9ydCBjb25zdCBQQVJBTVMgPSB7XG4gIHRhc2tJZDogU0xVR0lELFxuICB0YXNrR3JvdXBJZDogU0xVR0lELFxuICB0YXNrUXVldWVJZDogVEFTS19RVUVVRV9JRCxcbiAgcHJvdmlzaW9uZXJJZDogSUQsXG4gIHdvcmtlclR5cGU6IElELFxuICB3b3JrZXJHcm91cDogSUQsXG4gIHdvcmtlcklkOiBJRCxcbiAgcnVuSWQ6IFJVTl9JRCxcbiAgbmFtZTogTkFNRSxcbn07XG5cbmNvbnN0IFNDT1BFID0geyB0eXBlOiBcInN0cmluZ1wiLCBwYXR0ZXJuOiBcIl5bXFx4MjAtXFx4N2VdKiRcIiB9O1xuY29uc3QgREFURSA9IHsgdHlwZTogXCJzdHJpbmdcIiwgZm9ybWF0OiBcImRhdGUtdGltZVwiIH07XG5cbi8qKiBJbnB1dCBzY2hlbWEgb2YgY3JlYXRlVGFzay4gKi9cbmV4cG9ydCBjb25zdCBDUkVBVEVfVEFTS19TQ0hFTUEgPSB7XG4gIHR5cGU6IFwib2JqZWN0XCIsXG4gIHByb3BlcnRpZXM6IHtcbiAgICBwcm92aXNpb25lcklkOiB7IHR5cGU6IFwic3RyaW5nXCIsIHBhdHRlcm46IFwiXlthLXpBLVowLTktX117MSwzOH0kXCIgfSxcbiAgICB3b3JrZXJUeXBlOiB7IHR5cGU6IFwic3RyaW5nXCIsIHBhdHRlcm46IFwiXlthLXpdKFstYS16MC05XXswLDM2fVthLXowLTldKT8kXCIgfSxcbiAgICB0YXNrUXVldWVJZDogeyB0eXBlOiBcInN0cmluZ1wiLCBwYXR0ZXJuOiBUQVNLX1FVRVVFX0lELnNvdXJjZSB9LFxuICAgIHNjaGVkdWxlcklkOiB7XG4gICAgICB0eXBlOiBcInN0cmluZ1wiLFxuICAgICAgbWluTGVuZ3RoOiAxLFxuICAgICAgbWF4TGVuZ3RoOiAzOCxcbiAgICAgIHBhdHRlcm46IFwiXihbYS16QS1aMC05LV9dKikkXCIsXG4gICAgICBkZWZhdWx0OiBcIi1cIixcbiAgICB9LFxuICAgIHByb2plY3RJZDoge1xuICAgICAgdHlwZTogXCJzdHJpbmdcIixcbiAgICAgIG1pbkxlbmd0aDogMSxcbiAgICAgIG1heExlbmd0aDogNTAwLFxuICAgICAgcGF0dGVybjogXCJeKFthLXpBLVowLTkuXy8tXSopJFwiLFxuICAgICAgZGVmYXVsdDogXCJub25lXCIsXG4gICAgfSxcbiAgICB0YXNrR3JvdXBJZDogeyB0eXBlOiBcInN0cmluZ1wiLCBwYXR0ZXJuOiBTTFVHSURfUEFUVEVSTiB9LFxuICAgIGRlcGVuZGVuY2llczoge1xuICAgICAgdHlwZTogXCJhcnJheVwiLFxuICAgICAgaXRlbXM6IHsgdHlwZTogXCJzdHJpbmdcIiwgcGF0dGVybjogU0xVR0lEX1BBVFRFUk4gfSxcbiAgICAgIG1heEl0ZW1zOiAxMDAwMCxcbiAgICAgIHVuaXF1ZUl0ZW1zOiB0cnVlLFxuICAgICAgZGVmYXVsdDogW10sXG4gICAgfSxcbiAgICByZXF1aXJlczogeyB0eXBlOiBcInN0cmluZ1wiLCBlbnVtOiBbXCJhbGwtY29tcGxldGVkXCIsIFwiYWxsLXJlc29sdmVkXCJdLCBkZWZhdWx0OiBcImFsbC1jb21wbGV0ZWRcIiB9LFxuICAgIHJvdXRlczoge1xuICAgICAgdHlwZTogXCJhcnJheVwiLFxuICAgICAgaXRlbXM6IHsgdHlwZTogXCJzdHJpbmdcIiwgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDI0OSB9LFxuICAgICAgbWF4SXRlbXM6IDY0LFxuICAgICAgdW5pcXVlSXRlbXM6IHRydWUsXG4gICAgICBkZWZhdWx0OiBbXSxcbiAgICB9LFxuICAgIHByaW9yaXR5OiB7IHR5cGU6IFwic3RyaW5nXCIsIGVudW06IFBSSU9SSVRJRVMsIGRlZmF1bHQ6IFwibG93ZXN0XCIgfSxcbiAgICByZXRyaWVzOiB7IHR5cGU6IFwiaW50ZWdlclwiLCBtaW5pbXVtOiAwLCBtYXhpbXVtOiA0OSwgZGVmYXVsdDogNSB9LFxuICAgIGNyZWF0ZWQ6IERBVEUsXG4gICAgZGVhZGxpbmU6IERBVEUsXG4gICAgZXhwaXJlczogREFURSxcbiAgICBzY29wZXM6IHsgdHlwZTogXCJhcnJheVwiLCBpdGVtczogU0NPUEUsIGRlZmF1bHQ6IFtdIH0sXG4gICAgcGF5bG9hZDogeyB0eXBlOiBcIm9iamVjdFwiIH0sXG4gICAgbWV0YWRhdGE6IHtcbiAgICAgIHR5cGU6IFwib2JqZWN0XCIsXG4gICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgIG5hbWU6IHsgdHlwZTogXCJzdHJpbmdcIiwgbWF4TGVuZ3RoOiAyNTUgfSxcbiAgICAgICAgZGVzY3JpcHRpb246IHsgdHlwZTogXCJzdHJpbmdcIiwgbWF4TGVuZ3RoOiAzMjc2OCB9LFxuICAgICAgICBvd25lcjogeyB0eXBlOiBcInN0cmluZ1wiLCBtYXhMZW5ndGg6IDI1NSB9LFxuICAgICAgICBzb3VyY2U6IHsgdHlwZTogXCJzdHJpbmdcIiwgbWF4TGVuZ3RoOiA0MDk2LCBwYXR0ZXJuOiBcIl4oaHR0cHM/Oi8vfHNzaDovL3xnaXRAKVwiIH0sXG4gICAgICB9LFxuICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgcmVxdWlyZWQ6IFtcIm5hbWVcIiwgXCJkZXNjcmlwdGlvblwiLCBcIm93bmVyXCIsIFwic291cmNlXCJdLFxuICAgIH0sXG4gICAgdGFnczoge1xuICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiB7IHR5cGU6IFwic3RyaW5nXCIsIG1heExlbmd0aDogNDA5NiB9LFxuICAgICAgZGVmYXVsdDoge30sXG4gICAgfSxcbiAgICBleHRyYTogeyB0eXBlOiBcIm9iamVjdFwiLCBkZWZhdWx0OiB7fSB9LFxuICB9LFxuICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gIHJlcXVpcmVkOiBbXCJjcmVhdGVkXCIsIFwiZGVhZGxpbmVcIiwgXCJwYXlsb2FkXCIsIFwibWV0YWRhdGFcIl0sXG59O1xuXG5jb25zdCBhcnRpZmFjdFZhcmlhbnQgPSAoXG4gIHN0b3JhZ2VUeXBlOiBzdHJpbmcsXG4gIHByb3BzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPixcbiAgcmVxdWlyZWQ6IHN0cmluZ1tdLFxuKSA9PiAoe1xuICB0eXBlOiBcIm9iamVjdFwiLFxuICBwcm9wZXJ0aWVzOiB7IHN0b3JhZ2VUeXBlOiB7IGNvbnN0OiBzdG9yYWdlVHlwZSB9LCBleHBpcmVzOiBEQVRFLCAuLi5wcm9wcyB9LFxuICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gIHJlcXVpcmVkOiBbXCJzdG9yYWdlVHlwZVwiLCBcImV4cGlyZXNcIiwgLi4ucmVxdWlyZWRdLFxufSk7XG5jb25zdCBDT05URU5UX1RZUEUgPSB7IHR5cGU6IFwic3RyaW5nXCIsIG1heExlbmd0aDogMjU1IH07XG5jb25zdCBDT05URU5UX0xFTkdUSCA9IHsgdHlwZTogXCJpbnRlZ2VyXCIsIG1pbmltdW06IDAgfTtcbi8qKiBJbnB1dCBzY2hlbWEgb2YgY3JlYXRlQXJ0aWZhY3QuICovXG5leHBvcnQgY29uc3QgUE9TVF9BUlRJRkFDVF9TQ0hFTUEgPSB7XG4gIG9uZU9mOiBbXG4gICAgYXJ0aWZhY3RWYXJpYW50KFwiczNcIiwgeyBjb250ZW50VHlwZTogQ09OVEVOVF9UWVBFLCBjb250ZW50TGVuZ3RoOiBDT05URU5UX0xFTkdUSCB9LCBbXG4gICAgICBcImNvbnRlbnRUeXBlXCIsXG4gICAgXSksXG4gICAgYXJ0aWZhY3RWYXJpYW50KFwib2JqZWN0XCIsIHsgY29udGVudFR5cGU6IENPTlRFTlRfVFlQRSwgY29udGVudExlbmd0aDogQ09OVEVOVF9MRU5HVEggfSwgW1xuICAgICAgXCJjb250ZW50VHlwZVwiLFxuICAgIF0pLFxuICAgIGFydGlmYWN0VmFyaWFudChcInJlZmVyZW5jZVwiLCB7XG4gICAgICBjb250ZW50VHlwZTogQ09OVEVOVF9UWVBFLFxuICAgICAgdXJsOiB7IHR5cGU6IFwic3RyaW5nXCIsIGZvcm1hdDogXCJ1cmlcIiB9LFxuICAgIH0sIFtcbiAgICAgIFwidXJsXCIsXG4gICAgICBcImNvbnRlbnRUeXBlXCIsXG4gICAgXSksXG4gICAgYXJ0aWZhY3RWYXJpYW50KFwibGlua1wiLCB7IGNvbnRlbnRUeXBlOiBDT05URU5UX1RZUEUsIGFydGlmYWN0OiB7IHR5cGU6IFwic3RyaW5nXCIgfSB9LCBbXG4gICAgICBcImFydGlmYWN0XCIsXG4gICAgXSksXG4gICAgYXJ0aWZhY3RWYXJpYW50KFwiZXJyb3JcIiwge1xuICAgICAgcmVhc29uOiB7XG4gICAgICAgIHR5cGU6IFwic3RyaW5nXCIsXG4gICAgICAgIGVudW06IFtcbiAgICAgICAgICBcImZpbGUtbWlzc2luZy1vbi13b3JrZXJcIixcbiAgICAgICAgICBcImludmFsaWQtcmVzb3VyY2Utb24td29ya2VyXCIsXG4gICAgICAgICAgXCJ0b28tbGFyZ2UtZmlsZS1vbi13b3JrZXJcIixcbiAgICAgICAgICBcImZpbGUtbm90LXJlYWRhYmxlLW9uLXdvcmtlclwiLFxuICAgICAgICBdLFxuICAgICAgfSxcbiAgICAgIG1lc3NhZ2U6IHsgdHlwZTogXCJzdHJpbmdcIiwgbWF4TGVuZ3RoOiA0MDk2IH0sXG4gICAgfSwgW1wicmVhc29uXCIsIFwibWVzc2FnZVwiXSksXG4gIF0sXG59O1xuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Q0FHQyxHQUVELGNBQWMsR0FDZCxPQUFPLE1BQU0sU0FDWCxnRkFBZ0Y7QUFDbEYsbUNBQW1DLEdBQ25DLE9BQU8sTUFBTSxpQkFBaUIsT0FBTyxNQUFNLENBQUM7QUFDNUMsTUFBTSxTQUFTO0FBQ2YsTUFBTSxnQkFBZ0I7QUFDdEIsbUNBQW1DLEdBQ25DLE9BQU8sTUFBTSxLQUFLLHdCQUF3QjtBQUMxQyxNQUFNLE9BQU87QUFDYixvQ0FBb0MsR0FDcEMsT0FBTyxNQUFNLGFBQWE7RUFBQztFQUFXO0VBQWE7RUFBUTtFQUFVO0VBQU87RUFBWTtDQUFTLENBQUM7QUFDbEcsK0JBQStCLEdBQy9CLE9BQU8sTUFBTSxXQUFXLEdBQUc7QUFDM0IseUNBQXlDLEdBQ3pDLE9BQU8sTUFBTSxvQkFBb0IsRUFBRTtBQUNuQyxzREFBc0QsR0FDdEQsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLEtBQUs7QUFDdkMsNENBQTRDLEdBQzVDLE9BQU8sTUFBTSx1QkFBZ0Q7RUFBRSxRQUFRO0FBQUssRUFBRTtBQUM5RSxxQ0FBcUMsR0FDckMsT0FBTyxNQUFNLG9CQUFvQjtFQUMvQjtFQUNBO0VBQ0E7RUFDQTtFQUNBO0NBQ0QsQ0FBQztBQUNGLDRDQUE0QyxHQUM1QyxPQUFPLE1BQU0sU0FBUztFQUNwQixRQUFRO0VBQ1IsYUFBYTtFQUNiLGFBQWE7RUFDYixlQUFlO0VBQ2YsWUFBWTtFQUNaLGFBQWE7RUFDYixVQUFVO0VBQ1YsT0FBTztFQUNQLE1BQU07QUFDUixFQUFFO0FBRUYsTUFBTSxRQUFRO0VBQUUsTUFBTTtFQUFVLFNBQVM7QUFBaUI7QUFDMUQsTUFBTSxPQUFPO0VBQUUsTUFBTTtFQUFVLFFBQVE7QUFBWTtBQUVuRCxnQ0FBZ0MsR0FDaEMsT0FBTyxNQUFNLHFCQUFxQjtFQUNoQyxNQUFNO0VBQ04sWUFBWTtJQUNWLGVBQWU7TUFBRSxNQUFNO01BQVUsU0FBUztJQUF3QjtJQUNsRSxZQUFZO01BQUUsTUFBTTtNQUFVLFNBQVM7SUFBb0M7SUFDM0UsYUFBYTtNQUFFLE1BQU07TUFBVSxTQUFTLGNBQWMsTUFBTTtJQUFDO0lBQzdELGFBQWE7TUFDWCxNQUFNO01BQ04sV0FBVztNQUNYLFdBQVc7TUFDWCxTQUFTO01BQ1QsU0FBUztJQUNYO0lBQ0EsV0FBVztNQUNULE1BQU07TUFDTixXQUFXO01BQ1gsV0FBVztNQUNYLFNBQVM7TUFDVCxTQUFTO0lBQ1g7SUFDQSxhQUFhO01BQUUsTUFBTTtNQUFVLFNBQVM7SUFBZTtJQUN2RCxjQUFjO01BQ1osTUFBTTtNQUNOLE9BQU87UUFBRSxNQUFNO1FBQVUsU0FBUztNQUFlO01BQ2pELFVBQVU7TUFDVixhQUFhO01BQ2IsU0FBUyxFQUFFO0lBQ2I7SUFDQSxVQUFVO01BQUUsTUFBTTtNQUFVLE1BQU07UUFBQztRQUFpQjtPQUFlO01BQUUsU0FBUztJQUFnQjtJQUM5RixRQUFRO01BQ04sTUFBTTtNQUNOLE9BQU87UUFBRSxNQUFNO1FBQVUsV0FBVztRQUFHLFdBQVc7TUFBSTtNQUN0RCxVQUFVO01BQ1YsYUFBYTtNQUNiLFNBQVMsRUFBRTtJQUNiO0lBQ0EsVUFBVTtNQUFFLE1BQU07TUFBVSxNQUFNO01BQVksU0FBUztJQUFTO0lBQ2hFLFNBQVM7TUFBRSxNQUFNO01BQVcsU0FBUztNQUFHLFNBQVM7TUFBSSxTQUFTO0lBQUU7SUFDaEUsU0FBUztJQUNULFVBQVU7SUFDVixTQUFTO0lBQ1QsUUFBUTtNQUFFLE1BQU07TUFBUyxPQUFPO01BQU8sU0FBUyxFQUFFO0lBQUM7SUFDbkQsU0FBUztNQUFFLE1BQU07SUFBUztJQUMxQixVQUFVO01BQ1IsTUFBTTtNQUNOLFlBQVk7UUFDVixNQUFNO1VBQUUsTUFBTTtVQUFVLFdBQVc7UUFBSTtRQUN2QyxhQUFhO1VBQUUsTUFBTTtVQUFVLFdBQVc7UUFBTTtRQUNoRCxPQUFPO1VBQUUsTUFBTTtVQUFVLFdBQVc7UUFBSTtRQUN4QyxRQUFRO1VBQUUsTUFBTTtVQUFVLFdBQVc7VUFBTSxTQUFTO1FBQTJCO01BQ2pGO01BQ0Esc0JBQXNCO01BQ3RCLFVBQVU7UUFBQztRQUFRO1FBQWU7UUFBUztPQUFTO0lBQ3REO0lBQ0EsTUFBTTtNQUNKLE1BQU07TUFDTixzQkFBc0I7UUFBRSxNQUFNO1FBQVUsV0FBVztNQUFLO01BQ3hELFNBQVMsQ0FBQztJQUNaO0lBQ0EsT0FBTztNQUFFLE1BQU07TUFBVSxTQUFTLENBQUM7SUFBRTtFQUN2QztFQUNBLHNCQUFzQjtFQUN0QixVQUFVO0lBQUM7SUFBVztJQUFZO0lBQVc7R0FBVztBQUMxRCxFQUFFO0FBRUYsTUFBTSxrQkFBa0IsQ0FDdEIsYUFDQSxPQUNBLFdBQ0csQ0FBQztJQUNKLE1BQU07SUFDTixZQUFZO01BQUUsYUFBYTtRQUFFLE9BQU87TUFBWTtNQUFHLFNBQVM7TUFBTSxHQUFHLEtBQUs7SUFBQztJQUMzRSxzQkFBc0I7SUFDdEIsVUFBVTtNQUFDO01BQWU7U0FBYztLQUFTO0VBQ25ELENBQUM7QUFDRCxNQUFNLGVBQWU7RUFBRSxNQUFNO0VBQVUsV0FBVztBQUFJO0FBQ3RELE1BQU0saUJBQWlCO0VBQUUsTUFBTTtFQUFXLFNBQVM7QUFBRTtBQUNyRCxvQ0FBb0MsR0FDcEMsT0FBTyxNQUFNLHVCQUF1QjtFQUNsQyxPQUFPO0lBQ0wsZ0JBQWdCLE1BQU07TUFBRSxhQUFhO01BQWMsZUFBZTtJQUFlLEdBQUc7TUFDbEY7S0FDRDtJQUNELGdCQUFnQixVQUFVO01BQUUsYUFBYTtNQUFjLGVBQWU7SUFBZSxHQUFHO01BQ3RGO0tBQ0Q7SUFDRCxnQkFBZ0IsYUFBYTtNQUMzQixhQUFhO01BQ2IsS0FBSztRQUFFLE1BQU07UUFBVSxRQUFRO01BQU07SUFDdkMsR0FBRztNQUNEO01BQ0E7S0FDRDtJQUNELGdCQUFnQixRQUFRO01BQUUsYUFBYTtNQUFjLFVBQVU7UUFBRSxNQUFNO01BQVM7SUFBRSxHQUFHO01BQ25GO0tBQ0Q7SUFDRCxnQkFBZ0IsU0FBUztNQUN2QixRQUFRO1FBQ04sTUFBTTtRQUNOLE1BQU07VUFDSjtVQUNBO1VBQ0E7VUFDQTtTQUNEO01BQ0g7TUFDQSxTQUFTO1FBQUUsTUFBTTtRQUFVLFdBQVc7TUFBSztJQUM3QyxHQUFHO01BQUM7TUFBVTtLQUFVO0dBQ3pCO0FBQ0gsRUFBRSJ9
// denoCacheMetadata=4580824441077757451,6029593315329912799
