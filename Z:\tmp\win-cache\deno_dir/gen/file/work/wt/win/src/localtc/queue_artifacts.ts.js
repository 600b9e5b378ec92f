/**
 * The queue's artifacts: createArtifact / finishArtifact for every storage
 * type (s3, object, reference, link, error) with the real queue's rules for
 * repeated calls, getArtifact / artifact (content) following links,
 * listArtifacts / artifactInfo, and the signed byte endpoints of s3
 * artifacts (`/blobs/s3/<key>`).
 */
import { ApiError, reply, reportError } from "./api.ts";
import { authorizeBlobRequest, blobError, receiveBlob, sendBlob } from "./blobs.ts";
import { slugidNice } from "./credentials.ts";
import { canonical, iso } from "./queue_records.ts";
import {
  DRIFT_MS,
  PARAMS,
  POST_ARTIFACT_SCHEMA,
  SLUGID_PATTERN,
  STORAGE_NEEDS_FINISH,
} from "./queue_schemas.ts";
/** The artifacts of the queue's runs. */ export class ArtifactService {
  #artifacts;
  #s3;
  #store;
  #book;
  #auth;
  #objects;
  #signer;
  /** `${taskId}/${runId}` → artifact names */ #runArtifacts = new Map();
  /** Loads the stored artifacts and indexes them by run. */ constructor(
    store,
    book,
    auth,
    objects,
    signer,
  ) {
    this.#store = store;
    this.#artifacts = store.collection("artifacts");
    this.#s3 = store.collection("s3blobs");
    this.#book = book;
    this.#auth = auth;
    this.#objects = objects;
    this.#signer = signer;
    for (const a of this.#artifacts.values()) this.#indexArtifact(a);
  }
  #now() {
    return this.#book.now();
  }
  #indexArtifact(a) {
    const k = `${a.taskId}/${a.runId}`;
    let s = this.#runArtifacts.get(k);
    if (!s) this.#runArtifacts.set(k, s = new Set());
    s.add(a.name);
  }
  #artifactKey(taskId, runId, name) {
    return `${taskId}/${runId}/${name}`;
  }
  #latestRunId(taskId, writes) {
    const t = this.#book.get(taskId, writes);
    if (!t) reportError("ResourceNotFound", "Task not found", {});
    if (t.runs.length === 0) reportError("ResourceNotFound", "Task doesn't have any runs", {});
    return t.runs.length - 1;
  }
  async #followLinks(req, taskId, runId, name) {
    const names = [];
    while (true) {
      names.push(name);
      await req.authorize({
        names,
      });
      const a = this.#artifacts.get(this.#artifactKey(taskId, runId, name));
      if (!a?.present) reportError("ResourceNotFound", "Artifact not found", {});
      if (Date.parse(a.expires) < this.#now()) {
        reportError("ResourceExpired", "Artifact expired", {});
      }
      if (a.storageType !== "link") return a;
      const target = String(a.details.artifact);
      if (names.includes(target)) reportError("InputError", "Artifact leads to a link cycle", {});
      name = target;
    }
  }
  #s3GetUrl(a) {
    return this.#signer.sign("GET", "s3", String(a.details.prefix), this.#now() + 30 * 60 * 1000);
  }
  #serialize(a) {
    return {
      storageType: a.storageType,
      name: a.name,
      expires: a.expires,
      contentType: a.contentType,
      ...a.contentLength !== null
        ? {
          contentLength: a.contentLength,
        }
        : {},
    };
  }
  /** Registers the signed byte endpoints for s3 artifacts. */ mountBlobs(app) {
    const handle = async (c) => {
      const auth = authorizeBlobRequest(c, this.#signer, "s3", this.#now());
      if (!auth.ok) return auth.response;
      const { key, method } = auth;
      const blobKey = `s3/${key}`;
      if (method === "PUT") {
        const got = await receiveBlob(c, this.#store, blobKey);
        if (!got.ok) return got.response;
        const enc = c.req.header("content-encoding");
        await this.#s3.put(blobKey, {
          key: blobKey,
          contentType: c.req.header("content-type") ?? "application/octet-stream",
          ...enc
            ? {
              contentEncoding: enc,
            }
            : {},
          contentLength: got.result.size,
        });
        return new Response(null, {
          status: 200,
          headers: {
            etag: `"${got.result.sha256}"`,
          },
        });
      }
      const meta = this.#s3.get(blobKey);
      if (!meta) return blobError(404, "NoSuchKey", "The specified key does not exist.");
      return await sendBlob(c, this.#store, blobKey, meta);
    };
    app.on(
      [
        "PUT",
        "GET",
        "HEAD",
      ],
      "/blobs/s3/:key",
      handle,
    );
  }
  // ---- API ---------------------------------------------------------------
  /** The artifact API methods (in the order the queue mounts them). */ endpoints() {
    const artifactRoutes = (latest) => ({
      prefix: latest ? "/task/:taskId" : "/task/:taskId/runs/:runId",
      runId: (req, writes) =>
        latest ? this.#latestRunId(req.params.taskId, writes) : parseInt(req.params.runId, 10),
    });
    const getArtifact = (latest) => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifacts/:name{.+}`,
        name: latest ? "getLatestArtifact" : "getArtifact",
        scopes: {
          AllOf: [
            {
              for: "name",
              in: "names",
              each: "queue:get-artifact:<name>",
            },
          ],
        },
        params: PARAMS,
        handler: async (req) => {
          const { taskId, name } = req.params;
          if (latest) {
            await req.authorize({
              names: [
                name,
              ],
            });
          }
          const writes = [];
          const runId = r.runId(req, writes);
          await Promise.all(writes);
          const a = await this.#followLinks(req, taskId, runId, name);
          const h = {
            "x-taskcluster-artifact-storage-type": a.storageType,
          };
          if (a.storageType === "error") {
            return reply(
              {
                reason: a.details.reason,
                message: a.details.message,
              },
              424,
              h,
            );
          }
          let url;
          if (a.storageType === "object") {
            const objectName = `t/${taskId}/${runId}/${a.name}`;
            if (!this.#objects.isFinished(objectName)) {
              reportError("ResourceNotFound", "Object does not exist.", {});
            }
            url = this.#signer.sign("GET", "object", objectName, this.#now() + 30 * 60 * 1000);
          } else if (a.storageType === "s3") {
            url = this.#s3GetUrl(a);
          } else {
            url = String(a.details.url);
          }
          return reply(
            {
              storageType: a.storageType,
              url,
            },
            303,
            {
              ...h,
              location: url,
            },
          );
        },
      };
    };
    const artifactContent = (latest) => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifact-content/:name{.+}`,
        name: latest ? "latestArtifact" : "artifact",
        scopes: {
          AllOf: [
            {
              for: "name",
              in: "names",
              each: "queue:get-artifact:<name>",
            },
          ],
        },
        params: PARAMS,
        handler: async (req) => {
          const { taskId, name } = req.params;
          const writes = [];
          const runId = r.runId(req, writes);
          await Promise.all(writes);
          const a = await this.#followLinks(req, taskId, runId, name);
          switch (a.storageType) {
            case "object": {
              const objectName = `t/${taskId}/${runId}/${a.name}`;
              const credentials = this.#auth.issueTemporaryCredentials({
                clientId: `artifact-download/${taskId}/${runId}/${a.name}`,
                start: this.#now(),
                expiry: this.#now() + 60 * 60 * 1000,
                scopes: [
                  `object:download:${objectName}`,
                ],
              });
              return reply({
                storageType: "object",
                name: objectName,
                credentials,
              });
            }
            case "s3":
              return reply({
                storageType: "s3",
                url: this.#s3GetUrl(a),
              });
            case "reference":
              return reply({
                storageType: "reference",
                url: a.details.url,
              });
            default:
              return reply({
                storageType: "error",
                reason: a.details.reason,
                message: a.details.message,
              });
          }
        },
      };
    };
    const listArtifacts = (latest) => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifacts`,
        name: latest ? "listLatestArtifacts" : "listArtifacts",
        scopes: latest ? "queue:list-artifacts:<taskId>" : "queue:list-artifacts:<taskId>:<runId>",
        params: PARAMS,
        handler: async (req) => {
          const { taskId } = req.params;
          const writes = [];
          const latestRunId = this.#latestRunId(taskId, writes);
          await Promise.all(writes);
          const runId = latest ? latestRunId : parseInt(req.params.runId, 10);
          if (runId < 0 || runId > latestRunId) {
            reportError(
              "ResourceNotFound",
              "Task with taskId: `{{taskId}}` has no run with runId: {{runId}}",
              {
                taskId,
                runId,
              },
            );
          }
          const names = [
            ...this.#runArtifacts.get(`${taskId}/${runId}`) ?? [],
          ].sort();
          const all = names.map((n) => this.#artifacts.get(this.#artifactKey(taskId, runId, n)))
            .filter((a) => a?.present);
          const limit = Math.max(
            1,
            Math.min(1000, parseInt(req.query.limit ?? "1000", 10) || 1000),
          );
          const start = req.query.continuationToken ? decodeToken(req.query.continuationToken) : 0;
          if (start === undefined) reportError("InputError", "Invalid continuationToken", {});
          const page = all.slice(start, start + limit);
          return reply({
            artifacts: page.map((a) => this.#serialize(a)),
            ...start + limit < all.length
              ? {
                continuationToken: encodeToken(start + limit),
              }
              : {},
          });
        },
      };
    };
    const artifactInfo = (latest) => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifact-info/:name{.+}`,
        name: latest ? "latestArtifactInfo" : "artifactInfo",
        scopes: latest ? "queue:list-artifacts:<taskId>" : "queue:list-artifacts:<taskId>:<runId>",
        params: PARAMS,
        handler: async (req) => {
          const writes = [];
          const runId = r.runId(req, writes);
          await Promise.all(writes);
          const a = this.#artifacts.get(
            this.#artifactKey(req.params.taskId, runId, req.params.name),
          );
          if (!a?.present) reportError("ResourceNotFound", "Artifact not found", {});
          return reply(this.#serialize(a));
        },
      };
    };
    return [
      {
        method: "post",
        route: "/task/:taskId/runs/:runId/artifacts/:name{.+}",
        name: "createArtifact",
        scopes: "queue:create-artifact:<taskId>/<runId>",
        params: PARAMS,
        input: POST_ARTIFACT_SCHEMA,
        handler: (req) => this.#createArtifact(req),
      },
      {
        method: "put",
        route: "/task/:taskId/runs/:runId/artifacts/:name{.+}",
        name: "finishArtifact",
        scopes: "queue:create-artifact:<taskId>/<runId>",
        params: PARAMS,
        input: {
          type: "object",
          properties: {
            uploadId: {
              type: "string",
              pattern: SLUGID_PATTERN,
            },
          },
          additionalProperties: false,
          required: [
            "uploadId",
          ],
        },
        handler: async (req) => {
          const { taskId, name } = req.params;
          const runId = parseInt(req.params.runId, 10);
          const { uploadId } = req.body;
          const key = this.#artifactKey(taskId, runId, name);
          const a = this.#artifacts.get(key);
          if (!a || !this.#book.peek(taskId)?.runs[runId]) {
            reportError(
              "ResourceNotFound",
              "Artifact with taskId `{{taskId}}`, runId {{runId}}, name `{{name}}` not found",
              {
                taskId,
                runId,
                name,
              },
            );
          }
          if (!STORAGE_NEEDS_FINISH[a.storageType]) {
            reportError("InputError", "Only object artifacts can be finished", {});
          }
          if (a.present) return reply(undefined, 204);
          if (uploadId !== a.details.uploadId) {
            reportError("InputError", "given uploadId does not match that for the artifact", {});
          }
          if (!this.#objects.isFinished(`t/${taskId}/${runId}/${name}`)) {
            reportError("InputError", "Object storing artifact data does not exist", {});
          }
          a.present = true;
          a.details = {};
          await this.#artifacts.put(key, a);
          return reply(undefined, 204);
        },
      },
      getArtifact(false),
      getArtifact(true),
      artifactContent(false),
      artifactContent(true),
      listArtifacts(false),
      listArtifacts(true),
      artifactInfo(false),
      artifactInfo(true),
    ];
  }
  async #createArtifact(req) {
    const { taskId, name } = req.params;
    const runId = parseInt(req.params.runId, 10);
    const input = req.body;
    const { storageType } = input;
    const contentType = input.contentType || "application/binary";
    const contentLength = input.contentLength ?? null;
    const expires = Date.parse(input.expires);
    const now = this.#now();
    if (expires < now - DRIFT_MS) reportError("InputError", "Expires must be in the future", {});
    const writes = [];
    const t = this.#book.get(taskId, writes);
    await Promise.all(writes);
    if (!t) return reportError("InputError", "Task not found", {});
    const run = t.runs[runId];
    if (!run) return reportError("InputError", "Run not found", {});
    const { workerGroup, workerId } = run;
    if (!workerGroup || !workerId) {
      reportError(
        "InputError",
        "Run was not claimed by a worker and so no artifacts can exist",
        {},
      );
    }
    await req.authorize({
      taskId,
      runId,
      workerGroup,
      workerId,
      name,
    });
    if (expires > Date.parse(t.definition.expires)) {
      reportError(
        "InputError",
        "Artifact expires ({{expires}}) after the task expiration {{taskExpires}} (task.expires < expires) - " +
          "this is not allowed, artifacts may not expire after the task they belong to expires",
        {
          taskExpires: t.definition.expires,
          expires: iso(expires),
        },
      );
    }
    if (run.state !== "running") {
      const allow = run.state === "exception" && Date.parse(run.resolved) > now - 25 * 60 * 1000;
      if (!allow) {
        reportError(
          "RequestConflict",
          "Artifacts cannot be created for a task after it is resolved, unless it is resolved 'exception', " +
            "and even in this case only up to 25 min past resolution.This to ensure that artifacts have been " +
            "uploaded before a task is 'completed' and output is consumed by a dependent task\n\nTask status: {{status}}",
          {
            status: this.#book.status(t),
          },
        );
      }
    }
    const key = this.#artifactKey(taskId, runId, name);
    const original = this.#artifacts.get(key);
    const objectName = `t/${taskId}/${runId}/${name}`;
    let details = {};
    let present = true;
    switch (storageType) {
      case "object": {
        present = false;
        const reuse = original?.storageType === "object" && !original.present &&
          typeof original.details.uploadId === "string";
        const uploadId = reuse ? String(original.details.uploadId) : slugidNice();
        if (!reuse || !this.#objects.isFinished(objectName)) {
          try {
            await this.#objects.createUpload(objectName, {
              projectId: t.definition.projectId,
              uploadId,
              expires: iso(reuse ? Date.parse(original.expires) : expires),
              proposedUploadMethods: {},
            });
          } catch (e) {
            if (!(e instanceof ApiError) || e.code !== "RequestConflict" || !original) throw e;
          }
        }
        details = {
          uploadId,
        };
        break;
      }
      case "s3":
        details = {
          bucket: name.startsWith("public/") ? "public" : "private",
          prefix: `${taskId}/${runId}/${name}`,
        };
        break;
      case "reference":
        details = {
          url: input.url,
        };
        break;
      case "link":
        details = {
          artifact: input.artifact,
        };
        break;
      case "error":
        details = {
          message: input.message,
          reason: input.reason,
        };
        break;
    }
    let a = {
      taskId,
      runId,
      name,
      storageType,
      contentType,
      details,
      present,
      expires: iso(expires),
      contentLength,
    };
    if (original) {
      const sameObjectRetry = original.storageType === "object" && storageType === "object" &&
        !original.present && original.details.uploadId === details.uploadId;
      if (!sameObjectRetry && !compatible(original, a)) {
        reportError(
          "RequestConflict",
          "Artifact already exists with different properties, and none of the allowed exceptions apply: {{originalArtifact}}",
          {
            originalArtifact: {
              storageType: original.storageType,
              contentType: original.contentType,
              expires: original.expires,
            },
          },
        );
      }
      a = {
        ...original,
        details,
        storageType,
        expires: iso(expires),
      };
    }
    await this.#artifacts.put(key, a);
    this.#indexArtifact(a);
    switch (a.storageType) {
      case "object": {
        const oneDay = now + 86400e3;
        const credentials = this.#auth.issueTemporaryCredentials({
          clientId: `artifact-upload/${taskId}/${runId}/on/${workerGroup}/${workerId}`,
          start: now,
          expiry: Math.min(expires, oneDay),
          scopes: [
            `object:upload:${t.definition.projectId}:${objectName}`,
          ],
        });
        return reply({
          storageType: "object",
          name: objectName,
          projectId: t.definition.projectId,
          uploadId: a.details.uploadId,
          expires: a.expires,
          credentials,
        });
      }
      case "s3": {
        const expiry = now + 45 * 60 * 1000;
        return reply({
          storageType: "s3",
          contentType: a.contentType,
          expires: iso(expiry),
          putUrl: this.#signer.sign(
            "PUT",
            "s3",
            String(a.details.prefix),
            expiry + 10_000,
            a.contentType,
          ),
        });
      }
      default:
        return reply({
          storageType: a.storageType,
        });
    }
  }
}
/** Compatibility of a repeated createArtifact (the queue's documented exceptions). */ function compatible(
  original,
  next,
) {
  if (next.storageType !== "link" && original.contentType !== next.contentType) return false;
  if (Date.parse(original.expires) > Date.parse(next.expires)) return false;
  if (original.storageType === next.storageType) {
    return next.storageType === "reference" ||
      JSON.stringify(canonical(original.details)) === JSON.stringify(canonical(next.details));
  }
  return original.storageType === "reference" && next.storageType === "link";
}
function encodeToken(n) {
  return btoa(JSON.stringify({
    offset: n,
  }));
}
function decodeToken(s) {
  try {
    const v = JSON.parse(atob(s));
    return Number.isInteger(v?.offset) && v.offset >= 0 ? v.offset : undefined;
  } catch {
    return undefined;
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvcXVldWVfYXJ0aWZhY3RzLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIHF1ZXVlJ3MgYXJ0aWZhY3RzOiBjcmVhdGVBcnRpZmFjdCAvIGZpbmlzaEFydGlmYWN0IGZvciBldmVyeSBzdG9yYWdlXG4gKiB0eXBlIChzMywgb2JqZWN0LCByZWZlcmVuY2UsIGxpbmssIGVycm9yKSB3aXRoIHRoZSByZWFsIHF1ZXVlJ3MgcnVsZXMgZm9yXG4gKiByZXBlYXRlZCBjYWxscywgZ2V0QXJ0aWZhY3QgLyBhcnRpZmFjdCAoY29udGVudCkgZm9sbG93aW5nIGxpbmtzLFxuICogbGlzdEFydGlmYWN0cyAvIGFydGlmYWN0SW5mbywgYW5kIHRoZSBzaWduZWQgYnl0ZSBlbmRwb2ludHMgb2YgczNcbiAqIGFydGlmYWN0cyAoYC9ibG9icy9zMy88a2V5PmApLlxuICovXG5pbXBvcnQgdHlwZSB7IENvbnRleHQsIEhvbm8gfSBmcm9tIFwiaG9ub1wiO1xuaW1wb3J0IHsgQXBpRXJyb3IsIHR5cGUgQXBpUmVxdWVzdCwgdHlwZSBFbmRwb2ludCwgcmVwbHksIHJlcG9ydEVycm9yIH0gZnJvbSBcIi4vYXBpLnRzXCI7XG5pbXBvcnQgdHlwZSB7IEF1dGhTZXJ2aWNlIH0gZnJvbSBcIi4vYXV0aC50c1wiO1xuaW1wb3J0IHsgYXV0aG9yaXplQmxvYlJlcXVlc3QsIGJsb2JFcnJvciwgcmVjZWl2ZUJsb2IsIHNlbmRCbG9iLCB0eXBlIFVybFNpZ25lciB9IGZyb20gXCIuL2Jsb2JzLnRzXCI7XG5pbXBvcnQgeyBzbHVnaWROaWNlIH0gZnJvbSBcIi4vY3JlZGVudGlhbHMudHNcIjtcbmltcG9ydCB0eXBlIHsgT2JqZWN0U2VydmljZSB9IGZyb20gXCIuL29iamVjdC50c1wiO1xuaW1wb3J0IHtcbiAgdHlwZSBBcnRpZmFjdFJlY29yZCxcbiAgY2Fub25pY2FsLFxuICBpc28sXG4gIHR5cGUgUzNCbG9iUmVjb3JkLFxuICB0eXBlIFdyaXRlcyxcbn0gZnJvbSBcIi4vcXVldWVfcmVjb3Jkcy50c1wiO1xuaW1wb3J0IHtcbiAgRFJJRlRfTVMsXG4gIFBBUkFNUyxcbiAgUE9TVF9BUlRJRkFDVF9TQ0hFTUEsXG4gIFNMVUdJRF9QQVRURVJOLFxuICBTVE9SQUdFX05FRURTX0ZJTklTSCxcbn0gZnJvbSBcIi4vcXVldWVfc2NoZW1hcy50c1wiO1xuaW1wb3J0IHR5cGUgeyBUYXNrQm9vayB9IGZyb20gXCIuL3F1ZXVlX3Rhc2tzLnRzXCI7XG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb24sIFN0b3JlIH0gZnJvbSBcIi4vc3RvcmUudHNcIjtcblxuLyoqIFRoZSBhcnRpZmFjdHMgb2YgdGhlIHF1ZXVlJ3MgcnVucy4gKi9cbmV4cG9ydCBjbGFzcyBBcnRpZmFjdFNlcnZpY2Uge1xuICByZWFkb25seSAjYXJ0aWZhY3RzOiBDb2xsZWN0aW9uPEFydGlmYWN0UmVjb3JkPjtcbiAgcmVhZG9ubHkgI3MzOiBDb2xsZWN0aW9uPFMzQmxvYlJlY29yZD47XG4gIHJlYWRvbmx5ICNzdG9yZTogU3RvcmU7XG4gIHJlYWRvbmx5ICNib29rOiBUYXNrQm9vaztcbiAgcmVhZG9ubHkgI2F1dGg6IEF1dGhTZXJ2aWNlO1xuICByZWFkb25seSAjb2JqZWN0czogT2JqZWN0U2VydmljZTtcbiAgcmVhZG9ubHkgI3NpZ25lcjogVXJsU2lnbmVyO1xuICAvKiogYCR7dGFza0lkfS8ke3J1bklkfWAg4oaSIGFydGlmYWN0IG5hbWVzICovXG4gIHJlYWRvbmx5ICNydW5BcnRpZmFjdHMgPSBuZXcgTWFwPHN0cmluZywgU2V0PHN0cmluZz4+KCk7XG5cbiAgLyoqIExvYWRzIHRoZSBzdG9yZWQgYXJ0aWZhY3RzIGFuZCBpbmRleGVzIHRoZW0gYnkgcnVuLiAqL1xuICBjb25zdHJ1Y3RvcihcbiAgICBzdG9yZTogU3RvcmUsXG4gICAgYm9vazogVGFza0Jvb2ssXG4gICAgYXV0aDogQXV0aFNlcnZpY2UsXG4gICAgb2JqZWN0czogT2JqZWN0U2VydmljZSxcbiAgICBzaWduZXI6IFVybFNpZ25lcixcbiAgKSB7XG4gICAgdGhpcy4jc3RvcmUgPSBzdG9yZTtcbiAgICB0aGlzLiNhcnRpZmFjdHMgPSBzdG9yZS5jb2xsZWN0aW9uPEFydGlmYWN0UmVjb3JkPihcImFydGlmYWN0c1wiKTtcbiAgICB0aGlzLiNzMyA9IHN0b3JlLmNvbGxlY3Rpb248UzNCbG9iUmVjb3JkPihcInMzYmxvYnNcIik7XG4gICAgdGhpcy4jYm9vayA9IGJvb2s7XG4gICAgdGhpcy4jYXV0aCA9IGF1dGg7XG4gICAgdGhpcy4jb2JqZWN0cyA9IG9iamVjdHM7XG4gICAgdGhpcy4jc2lnbmVyID0gc2lnbmVyO1xuICAgIGZvciAoY29uc3QgYSBvZiB0aGlzLiNhcnRpZmFjdHMudmFsdWVzKCkpIHRoaXMuI2luZGV4QXJ0aWZhY3QoYSk7XG4gIH1cblxuICAjbm93KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuI2Jvb2subm93KCk7XG4gIH1cblxuICAjaW5kZXhBcnRpZmFjdChhOiBBcnRpZmFjdFJlY29yZCk6IHZvaWQge1xuICAgIGNvbnN0IGsgPSBgJHthLnRhc2tJZH0vJHthLnJ1bklkfWA7XG4gICAgbGV0IHMgPSB0aGlzLiNydW5BcnRpZmFjdHMuZ2V0KGspO1xuICAgIGlmICghcykgdGhpcy4jcnVuQXJ0aWZhY3RzLnNldChrLCBzID0gbmV3IFNldCgpKTtcbiAgICBzLmFkZChhLm5hbWUpO1xuICB9XG5cbiAgI2FydGlmYWN0S2V5KHRhc2tJZDogc3RyaW5nLCBydW5JZDogbnVtYmVyLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIHJldHVybiBgJHt0YXNrSWR9LyR7cnVuSWR9LyR7bmFtZX1gO1xuICB9XG5cbiAgI2xhdGVzdFJ1bklkKHRhc2tJZDogc3RyaW5nLCB3cml0ZXM6IFdyaXRlcyk6IG51bWJlciB7XG4gICAgY29uc3QgdCA9IHRoaXMuI2Jvb2suZ2V0KHRhc2tJZCwgd3JpdGVzKTtcbiAgICBpZiAoIXQpIHJlcG9ydEVycm9yKFwiUmVzb3VyY2VOb3RGb3VuZFwiLCBcIlRhc2sgbm90IGZvdW5kXCIsIHt9KTtcbiAgICBpZiAodC5ydW5zLmxlbmd0aCA9PT0gMCkgcmVwb3J0RXJyb3IoXCJSZXNvdXJjZU5vdEZvdW5kXCIsIFwiVGFzayBkb2Vzbid0IGhhdmUgYW55IHJ1bnNcIiwge30pO1xuICAgIHJldHVybiB0LnJ1bnMubGVuZ3RoIC0gMTtcbiAgfVxuXG4gIGFzeW5jICNmb2xsb3dMaW5rcyhcbiAgICByZXE6IEFwaVJlcXVlc3QsXG4gICAgdGFza0lkOiBzdHJpbmcsXG4gICAgcnVuSWQ6IG51bWJlcixcbiAgICBuYW1lOiBzdHJpbmcsXG4gICk6IFByb21pc2U8QXJ0aWZhY3RSZWNvcmQ+IHtcbiAgICBjb25zdCBuYW1lczogc3RyaW5nW10gPSBbXTtcbiAgICB3aGlsZSAodHJ1ZSkge1xuICAgICAgbmFtZXMucHVzaChuYW1lKTtcbiAgICAgIGF3YWl0IHJlcS5hdXRob3JpemUoeyBuYW1lcyB9KTtcbiAgICAgIGNvbnN0IGEgPSB0aGlzLiNhcnRpZmFjdHMuZ2V0KHRoaXMuI2FydGlmYWN0S2V5KHRhc2tJZCwgcnVuSWQsIG5hbWUpKTtcbiAgICAgIGlmICghYT8ucHJlc2VudCkgcmVwb3J0RXJyb3IoXCJSZXNvdXJjZU5vdEZvdW5kXCIsIFwiQXJ0aWZhY3Qgbm90IGZvdW5kXCIsIHt9KTtcbiAgICAgIGlmIChEYXRlLnBhcnNlKGEuZXhwaXJlcykgPCB0aGlzLiNub3coKSkge1xuICAgICAgICByZXBvcnRFcnJvcihcIlJlc291cmNlRXhwaXJlZFwiLCBcIkFydGlmYWN0IGV4cGlyZWRcIiwge30pO1xuICAgICAgfVxuICAgICAgaWYgKGEuc3RvcmFnZVR5cGUgIT09IFwibGlua1wiKSByZXR1cm4gYTtcbiAgICAgIGNvbnN0IHRhcmdldCA9IFN0cmluZyhhLmRldGFpbHMuYXJ0aWZhY3QpO1xuICAgICAgaWYgKG5hbWVzLmluY2x1ZGVzKHRhcmdldCkpIHJlcG9ydEVycm9yKFwiSW5wdXRFcnJvclwiLCBcIkFydGlmYWN0IGxlYWRzIHRvIGEgbGluayBjeWNsZVwiLCB7fSk7XG4gICAgICBuYW1lID0gdGFyZ2V0O1xuICAgIH1cbiAgfVxuXG4gICNzM0dldFVybChhOiBBcnRpZmFjdFJlY29yZCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMuI3NpZ25lci5zaWduKFwiR0VUXCIsIFwiczNcIiwgU3RyaW5nKGEuZGV0YWlscy5wcmVmaXgpLCB0aGlzLiNub3coKSArIDMwICogNjAgKiAxMDAwKTtcbiAgfVxuXG4gICNzZXJpYWxpemUoYTogQXJ0aWZhY3RSZWNvcmQpIHtcbiAgICByZXR1cm4ge1xuICAgICAgc3RvcmFnZVR5cGU6IGEuc3RvcmFnZVR5cGUsXG4gICAgICBuYW1lOiBhLm5hbWUsXG4gICAgICBleHBpcmVzOiBhLmV4cGlyZXMsXG4gICAgICBjb250ZW50VHlwZTogYS5jb250ZW50VHlwZSxcbiAgICAgIC4uLihhLmNvbnRlbnRMZW5ndGggIT09IG51bGwgPyB7IGNvbnRlbnRMZW5ndGg6IGEuY29udGVudExlbmd0aCB9IDoge30pLFxuICAgIH07XG4gIH1cblxuICAvKiogUmVnaXN0ZXJzIHRoZSBzaWduZWQgYnl0ZSBlbmRwb2ludHMgZm9yIHMzIGFydGlmYWN0cy4gKi9cbiAgbW91bnRCbG9icyhhcHA6IEhvbm8pOiB2b2lkIHtcbiAgICBjb25zdCBoYW5kbGUgPSBhc3luYyAoYzogQ29udGV4dCkgPT4ge1xuICAgICAgY29uc3QgYXV0aCA9IGF1dGhvcml6ZUJsb2JSZXF1ZXN0KGMsIHRoaXMuI3NpZ25lciwgXCJzM1wiLCB0aGlzLiNub3coKSk7XG4gICAgICBpZiAoIWF1dGgub2spIHJldHVybiBhdXRoLnJlc3BvbnNlO1xuICAgICAgY29uc3QgeyBrZXksIG1ldGhvZCB9ID0gYXV0aDtcbiAgICAgIGNvbnN0IGJsb2JLZXkgPSBgczMvJHtrZXl9YDtcbiAgICAgIGlmIChtZXRob2QgPT09IFwiUFVUXCIpIHtcbiAgICAgICAgY29uc3QgZ290ID0gYXdhaXQgcmVjZWl2ZUJsb2IoYywgdGhpcy4jc3RvcmUsIGJsb2JLZXkpO1xuICAgICAgICBpZiAoIWdvdC5vaykgcmV0dXJuIGdvdC5yZXNwb25zZTtcbiAgICAgICAgY29uc3QgZW5jID0gYy5yZXEuaGVhZGVyKFwiY29udGVudC1lbmNvZGluZ1wiKTtcbiAgICAgICAgYXdhaXQgdGhpcy4jczMucHV0KGJsb2JLZXksIHtcbiAgICAgICAgICBrZXk6IGJsb2JLZXksXG4gICAgICAgICAgY29udGVudFR5cGU6IGMucmVxLmhlYWRlcihcImNvbnRlbnQtdHlwZVwiKSA/PyBcImFwcGxpY2F0aW9uL29jdGV0LXN0cmVhbVwiLFxuICAgICAgICAgIC4uLihlbmMgPyB7IGNvbnRlbnRFbmNvZGluZzogZW5jIH0gOiB7fSksXG4gICAgICAgICAgY29udGVudExlbmd0aDogZ290LnJlc3VsdC5zaXplLFxuICAgICAgICB9KTtcbiAgICAgICAgcmV0dXJuIG5ldyBSZXNwb25zZShudWxsLCB7IHN0YXR1czogMjAwLCBoZWFkZXJzOiB7IGV0YWc6IGBcIiR7Z290LnJlc3VsdC5zaGEyNTZ9XCJgIH0gfSk7XG4gICAgICB9XG4gICAgICBjb25zdCBtZXRhID0gdGhpcy4jczMuZ2V0KGJsb2JLZXkpO1xuICAgICAgaWYgKCFtZXRhKSByZXR1cm4gYmxvYkVycm9yKDQwNCwgXCJOb1N1Y2hLZXlcIiwgXCJUaGUgc3BlY2lmaWVkIGtleSBkb2VzIG5vdCBleGlzdC5cIik7XG4gICAgICByZXR1cm4gYXdhaXQgc2VuZEJsb2IoYywgdGhpcy4jc3RvcmUsIGJsb2JLZXksIG1ldGEpO1xuICAgIH07XG4gICAgYXBwLm9uKFtcIlBVVFwiLCBcIkdFVFwiLCBcIkhFQURcIl0sIFwiL2Jsb2JzL3MzLzprZXlcIiwgaGFuZGxlKTtcbiAgfVxuXG4gIC8vIC0tLS0gQVBJIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIC8qKiBUaGUgYXJ0aWZhY3QgQVBJIG1ldGhvZHMgKGluIHRoZSBvcmRlciB0aGUgcXVldWUgbW91bnRzIHRoZW0pLiAqL1xuICBlbmRwb2ludHMoKTogRW5kcG9pbnRbXSB7XG4gICAgY29uc3QgYXJ0aWZhY3RSb3V0ZXMgPSAobGF0ZXN0OiBib29sZWFuKSA9PiAoe1xuICAgICAgcHJlZml4OiBsYXRlc3QgPyBcIi90YXNrLzp0YXNrSWRcIiA6IFwiL3Rhc2svOnRhc2tJZC9ydW5zLzpydW5JZFwiLFxuICAgICAgcnVuSWQ6IChyZXE6IEFwaVJlcXVlc3QsIHdyaXRlczogV3JpdGVzKSA9PlxuICAgICAgICBsYXRlc3QgPyB0aGlzLiNsYXRlc3RSdW5JZChyZXEucGFyYW1zLnRhc2tJZCwgd3JpdGVzKSA6IHBhcnNlSW50KHJlcS5wYXJhbXMucnVuSWQsIDEwKSxcbiAgICB9KTtcblxuICAgIGNvbnN0IGdldEFydGlmYWN0ID0gKGxhdGVzdDogYm9vbGVhbik6IEVuZHBvaW50ID0+IHtcbiAgICAgIGNvbnN0IHIgPSBhcnRpZmFjdFJvdXRlcyhsYXRlc3QpO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWV0aG9kOiBcImdldFwiLFxuICAgICAgICByb3V0ZTogYCR7ci5wcmVmaXh9L2FydGlmYWN0cy86bmFtZXsuK31gLFxuICAgICAgICBuYW1lOiBsYXRlc3QgPyBcImdldExhdGVzdEFydGlmYWN0XCIgOiBcImdldEFydGlmYWN0XCIsXG4gICAgICAgIHNjb3BlczogeyBBbGxPZjogW3sgZm9yOiBcIm5hbWVcIiwgaW46IFwibmFtZXNcIiwgZWFjaDogXCJxdWV1ZTpnZXQtYXJ0aWZhY3Q6PG5hbWU+XCIgfV0gfSxcbiAgICAgICAgcGFyYW1zOiBQQVJBTVMsXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jIChyZXEpID0+IHtcbiAgICAgICAgICBjb25zdCB7IHRhc2tJZCwgbmFtZSB9ID0gcmVxLnBhcmFtcztcbiAgICAgICAgICBpZiAobGF0ZXN0KSBhd2FpdCByZXEuYXV0aG9yaXplKHsgbmFtZXM6IFtuYW1lXSB9KTtcbiAgICAgICAgICBjb25zdCB3cml0ZXM6IFdyaXRlcyA9IFtdO1xuICAgICAgICAgIGNvbnN0IHJ1bklkID0gci5ydW5JZChyZXEsIHdyaXRlcyk7XG4gICAgICAgICAgYXdhaXQgUHJvbWlzZS5hbGwod3JpdGVzKTtcbiAgICAgICAgICBjb25zdCBhID0gYXdhaXQgdGhpcy4jZm9sbG93TGlua3MocmVxLCB0YXNrSWQsIHJ1bklkLCBuYW1lKTtcbiAgICAgICAgICBjb25zdCBoID0geyBcIngtdGFza2NsdXN0ZXItYXJ0aWZhY3Qtc3RvcmFnZS10eXBlXCI6IGEuc3RvcmFnZVR5cGUgfTtcbiAgICAgICAgICBpZiAoYS5zdG9yYWdlVHlwZSA9PT0gXCJlcnJvclwiKSB7XG4gICAgICAgICAgICByZXR1cm4gcmVwbHkoeyByZWFzb246IGEuZGV0YWlscy5yZWFzb24sIG1lc3NhZ2U6IGEuZGV0YWlscy5tZXNzYWdlIH0sIDQyNCwgaCk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGxldCB1cmw6IHN0cmluZztcbiAgICAgICAgICBpZiAoYS5zdG9yYWdlVHlwZSA9PT0gXCJvYmplY3RcIikge1xuICAgICAgICAgICAgY29uc3Qgb2JqZWN0TmFtZSA9IGB0LyR7dGFza0lkfS8ke3J1bklkfS8ke2EubmFtZX1gO1xuICAgICAgICAgICAgaWYgKCF0aGlzLiNvYmplY3RzLmlzRmluaXNoZWQob2JqZWN0TmFtZSkpIHtcbiAgICAgICAgICAgICAgcmVwb3J0RXJyb3IoXCJSZXNvdXJjZU5vdEZvdW5kXCIsIFwiT2JqZWN0IGRvZXMgbm90IGV4aXN0LlwiLCB7fSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICB1cmwgPSB0aGlzLiNzaWduZXIuc2lnbihcIkdFVFwiLCBcIm9iamVjdFwiLCBvYmplY3ROYW1lLCB0aGlzLiNub3coKSArIDMwICogNjAgKiAxMDAwKTtcbiAgICAgICAgICB9IGVsc2UgaWYgKGEuc3RvcmFnZVR5cGUgPT09IFwiczNcIikge1xuICAgICAgICAgICAgdXJsID0gdGhpcy4jczNHZXRVcmwoYSk7XG4gICAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICAgIHVybCA9IFN0cmluZyhhLmRldGFpbHMudXJsKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHsgc3RvcmFnZVR5cGU6IGEuc3RvcmFnZVR5cGUsIHVybCB9LCAzMDMsIHsgLi4uaCwgbG9jYXRpb246IHVybCB9KTtcbiAgICAgICAgfSxcbiAgICAgIH07XG4gICAgfTtcblxuICAgIGNvbnN0IGFydGlmYWN0Q29udGVudCA9IChsYXRlc3Q6IGJvb2xlYW4pOiBFbmRwb2ludCA9PiB7XG4gICAgICBjb25zdCByID0gYXJ0aWZhY3RSb3V0ZXMobGF0ZXN0KTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1ldGhvZDogXCJnZXRcIixcbiAgICAgICAgcm91dGU6IGAke3IucHJlZml4fS9hcnRpZmFjdC1jb250ZW50LzpuYW1ley4rfWAsXG4gICAgICAgIG5hbWU6IGxhdGVzdCA/IFwibGF0ZXN0QXJ0aWZhY3RcIiA6IFwiYXJ0aWZhY3RcIixcbiAgICAgICAgc2NvcGVzOiB7IEFsbE9mOiBbeyBmb3I6IFwibmFtZVwiLCBpbjogXCJuYW1lc1wiLCBlYWNoOiBcInF1ZXVlOmdldC1hcnRpZmFjdDo8bmFtZT5cIiB9XSB9LFxuICAgICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHsgdGFza0lkLCBuYW1lIH0gPSByZXEucGFyYW1zO1xuICAgICAgICAgIGNvbnN0IHdyaXRlczogV3JpdGVzID0gW107XG4gICAgICAgICAgY29uc3QgcnVuSWQgPSByLnJ1bklkKHJlcSwgd3JpdGVzKTtcbiAgICAgICAgICBhd2FpdCBQcm9taXNlLmFsbCh3cml0ZXMpO1xuICAgICAgICAgIGNvbnN0IGEgPSBhd2FpdCB0aGlzLiNmb2xsb3dMaW5rcyhyZXEsIHRhc2tJZCwgcnVuSWQsIG5hbWUpO1xuICAgICAgICAgIHN3aXRjaCAoYS5zdG9yYWdlVHlwZSkge1xuICAgICAgICAgICAgY2FzZSBcIm9iamVjdFwiOiB7XG4gICAgICAgICAgICAgIGNvbnN0IG9iamVjdE5hbWUgPSBgdC8ke3Rhc2tJZH0vJHtydW5JZH0vJHthLm5hbWV9YDtcbiAgICAgICAgICAgICAgY29uc3QgY3JlZGVudGlhbHMgPSB0aGlzLiNhdXRoLmlzc3VlVGVtcG9yYXJ5Q3JlZGVudGlhbHMoe1xuICAgICAgICAgICAgICAgIGNsaWVudElkOiBgYXJ0aWZhY3QtZG93bmxvYWQvJHt0YXNrSWR9LyR7cnVuSWR9LyR7YS5uYW1lfWAsXG4gICAgICAgICAgICAgICAgc3RhcnQ6IHRoaXMuI25vdygpLFxuICAgICAgICAgICAgICAgIGV4cGlyeTogdGhpcy4jbm93KCkgKyA2MCAqIDYwICogMTAwMCxcbiAgICAgICAgICAgICAgICBzY29wZXM6IFtgb2JqZWN0OmRvd25sb2FkOiR7b2JqZWN0TmFtZX1gXSxcbiAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICAgIHJldHVybiByZXBseSh7IHN0b3JhZ2VUeXBlOiBcIm9iamVjdFwiLCBuYW1lOiBvYmplY3ROYW1lLCBjcmVkZW50aWFscyB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNhc2UgXCJzM1wiOlxuICAgICAgICAgICAgICByZXR1cm4gcmVwbHkoeyBzdG9yYWdlVHlwZTogXCJzM1wiLCB1cmw6IHRoaXMuI3MzR2V0VXJsKGEpIH0pO1xuICAgICAgICAgICAgY2FzZSBcInJlZmVyZW5jZVwiOlxuICAgICAgICAgICAgICByZXR1cm4gcmVwbHkoeyBzdG9yYWdlVHlwZTogXCJyZWZlcmVuY2VcIiwgdXJsOiBhLmRldGFpbHMudXJsIH0pO1xuICAgICAgICAgICAgZGVmYXVsdDpcbiAgICAgICAgICAgICAgcmV0dXJuIHJlcGx5KHtcbiAgICAgICAgICAgICAgICBzdG9yYWdlVHlwZTogXCJlcnJvclwiLFxuICAgICAgICAgICAgICAgIHJlYXNvbjogYS5kZXRhaWxzLnJlYXNvbixcbiAgICAgICAgICAgICAgICBtZXNzYWdlOiBhLmRldGFpbHMubWVzc2FnZSxcbiAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgfVxuICAgICAgICB9LFxuICAgICAgfTtcbiAgICB9O1xuXG4gICAgY29uc3QgbGlzdEFydGlmYWN0cyA9IChsYXRlc3Q6IGJvb2xlYW4pOiBFbmRwb2ludCA9PiB7XG4gICAgICBjb25zdCByID0gYXJ0aWZhY3RSb3V0ZXMobGF0ZXN0KTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1ldGhvZDogXCJnZXRcIixcbiAgICAgICAgcm91dGU6IGAke3IucHJlZml4fS9hcnRpZmFjdHNgLFxuICAgICAgICBuYW1lOiBsYXRlc3QgPyBcImxpc3RMYXRlc3RBcnRpZmFjdHNcIiA6IFwibGlzdEFydGlmYWN0c1wiLFxuICAgICAgICBzY29wZXM6IGxhdGVzdCA/IFwicXVldWU6bGlzdC1hcnRpZmFjdHM6PHRhc2tJZD5cIiA6IFwicXVldWU6bGlzdC1hcnRpZmFjdHM6PHRhc2tJZD46PHJ1bklkPlwiLFxuICAgICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHsgdGFza0lkIH0gPSByZXEucGFyYW1zO1xuICAgICAgICAgIGNvbnN0IHdyaXRlczogV3JpdGVzID0gW107XG4gICAgICAgICAgY29uc3QgbGF0ZXN0UnVuSWQgPSB0aGlzLiNsYXRlc3RSdW5JZCh0YXNrSWQsIHdyaXRlcyk7XG4gICAgICAgICAgYXdhaXQgUHJvbWlzZS5hbGwod3JpdGVzKTtcbiAgICAgICAgICBjb25zdCBydW5JZCA9IGxhdGVzdCA/IGxhdGVzdFJ1bklkIDogcGFyc2VJbnQocmVxLnBhcmFtcy5ydW5JZCwgMTApO1xuICAgICAgICAgIGlmIChydW5JZCA8IDAgfHwgcnVuSWQgPiBsYXRlc3RSdW5JZCkge1xuICAgICAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgICAgIFwiUmVzb3VyY2VOb3RGb3VuZFwiLFxuICAgICAgICAgICAgICBcIlRhc2sgd2l0aCB0YXNrSWQ6IGB7e3Rhc2tJZH19YCBoYXMgbm8gcnVuIHdpdGggcnVuSWQ6IHt7cnVuSWR9fVwiLFxuICAgICAgICAgICAgICB7XG4gICAgICAgICAgICAgICAgdGFza0lkLFxuICAgICAgICAgICAgICAgIHJ1bklkLFxuICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY29uc3QgbmFtZXMgPSBbLi4uKHRoaXMuI3J1bkFydGlmYWN0cy5nZXQoYCR7dGFza0lkfS8ke3J1bklkfWApID8/IFtdKV0uc29ydCgpO1xuICAgICAgICAgIGNvbnN0IGFsbCA9IG5hbWVzLm1hcCgobikgPT4gdGhpcy4jYXJ0aWZhY3RzLmdldCh0aGlzLiNhcnRpZmFjdEtleSh0YXNrSWQsIHJ1bklkLCBuKSkhKVxuICAgICAgICAgICAgLmZpbHRlcigoYSkgPT4gYT8ucHJlc2VudCk7XG4gICAgICAgICAgY29uc3QgbGltaXQgPSBNYXRoLm1heChcbiAgICAgICAgICAgIDEsXG4gICAgICAgICAgICBNYXRoLm1pbigxMDAwLCBwYXJzZUludChyZXEucXVlcnkubGltaXQgPz8gXCIxMDAwXCIsIDEwKSB8fCAxMDAwKSxcbiAgICAgICAgICApO1xuICAgICAgICAgIGNvbnN0IHN0YXJ0ID0gcmVxLnF1ZXJ5LmNvbnRpbnVhdGlvblRva2VuID8gZGVjb2RlVG9rZW4ocmVxLnF1ZXJ5LmNvbnRpbnVhdGlvblRva2VuKSA6IDA7XG4gICAgICAgICAgaWYgKHN0YXJ0ID09PSB1bmRlZmluZWQpIHJlcG9ydEVycm9yKFwiSW5wdXRFcnJvclwiLCBcIkludmFsaWQgY29udGludWF0aW9uVG9rZW5cIiwge30pO1xuICAgICAgICAgIGNvbnN0IHBhZ2UgPSBhbGwuc2xpY2Uoc3RhcnQsIHN0YXJ0ICsgbGltaXQpO1xuICAgICAgICAgIHJldHVybiByZXBseSh7XG4gICAgICAgICAgICBhcnRpZmFjdHM6IHBhZ2UubWFwKChhKSA9PiB0aGlzLiNzZXJpYWxpemUoYSkpLFxuICAgICAgICAgICAgLi4uKHN0YXJ0ICsgbGltaXQgPCBhbGwubGVuZ3RoXG4gICAgICAgICAgICAgID8geyBjb250aW51YXRpb25Ub2tlbjogZW5jb2RlVG9rZW4oc3RhcnQgKyBsaW1pdCkgfVxuICAgICAgICAgICAgICA6IHt9KSxcbiAgICAgICAgICB9KTtcbiAgICAgICAgfSxcbiAgICAgIH07XG4gICAgfTtcblxuICAgIGNvbnN0IGFydGlmYWN0SW5mbyA9IChsYXRlc3Q6IGJvb2xlYW4pOiBFbmRwb2ludCA9PiB7XG4gICAgICBjb25zdCByID0gYXJ0aWZhY3RSb3V0ZXMobGF0ZXN0KTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1ldGhvZDogXCJnZXRcIixcbiAgICAgICAgcm91dGU6IGAke3IucHJlZml4fS9hcnRpZmFjdC1pbmZvLzpuYW1ley4rfWAsXG4gICAgICAgIG5hbWU6IGxhdGVzdCA/IFwibGF0ZXN0QXJ0aWZhY3RJbmZvXCIgOiBcImFydGlmYWN0SW5mb1wiLFxuICAgICAgICBzY29wZXM6IGxhdGVzdCA/IFwicXVldWU6bGlzdC1hcnRpZmFjdHM6PHRhc2tJZD5cIiA6IFwicXVldWU6bGlzdC1hcnRpZmFjdHM6PHRhc2tJZD46PHJ1bklkPlwiLFxuICAgICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHdyaXRlczogV3JpdGVzID0gW107XG4gICAgICAgICAgY29uc3QgcnVuSWQgPSByLnJ1bklkKHJlcSwgd3JpdGVzKTtcbiAgICAgICAgICBhd2FpdCBQcm9taXNlLmFsbCh3cml0ZXMpO1xuICAgICAgICAgIGNvbnN0IGEgPSB0aGlzLiNhcnRpZmFjdHMuZ2V0KFxuICAgICAgICAgICAgdGhpcy4jYXJ0aWZhY3RLZXkocmVxLnBhcmFtcy50YXNrSWQsIHJ1bklkLCByZXEucGFyYW1zLm5hbWUpLFxuICAgICAgICAgICk7XG4gICAgICAgICAgaWYgKCFhPy5wcmVzZW50KSByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgXCJBcnRpZmFjdCBub3QgZm91bmRcIiwge30pO1xuICAgICAgICAgIHJldHVybiByZXBseSh0aGlzLiNzZXJpYWxpemUoYSkpO1xuICAgICAgICB9LFxuICAgICAgfTtcbiAgICB9O1xuICAgIHJldHVybiBbXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwb3N0XCIsXG4gICAgICAgIHJvdXRlOiBcIi90YXNrLzp0YXNrSWQvcnVucy86cnVuSWQvYXJ0aWZhY3RzLzpuYW1ley4rfVwiLFxuICAgICAgICBuYW1lOiBcImNyZWF0ZUFydGlmYWN0XCIsXG4gICAgICAgIHNjb3BlczogXCJxdWV1ZTpjcmVhdGUtYXJ0aWZhY3Q6PHRhc2tJZD4vPHJ1bklkPlwiLFxuICAgICAgICBwYXJhbXM6IFBBUkFNUyxcbiAgICAgICAgaW5wdXQ6IFBPU1RfQVJUSUZBQ1RfU0NIRU1BLFxuICAgICAgICBoYW5kbGVyOiAocmVxKSA9PiB0aGlzLiNjcmVhdGVBcnRpZmFjdChyZXEpLFxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgbWV0aG9kOiBcInB1dFwiLFxuICAgICAgICByb3V0ZTogXCIvdGFzay86dGFza0lkL3J1bnMvOnJ1bklkL2FydGlmYWN0cy86bmFtZXsuK31cIixcbiAgICAgICAgbmFtZTogXCJmaW5pc2hBcnRpZmFjdFwiLFxuICAgICAgICBzY29wZXM6IFwicXVldWU6Y3JlYXRlLWFydGlmYWN0Ojx0YXNrSWQ+LzxydW5JZD5cIixcbiAgICAgICAgcGFyYW1zOiBQQVJBTVMsXG4gICAgICAgIGlucHV0OiB7XG4gICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHVwbG9hZElkOiB7IHR5cGU6IFwic3RyaW5nXCIsIHBhdHRlcm46IFNMVUdJRF9QQVRURVJOIH0gfSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcmVxdWlyZWQ6IFtcInVwbG9hZElkXCJdLFxuICAgICAgICB9LFxuICAgICAgICBoYW5kbGVyOiBhc3luYyAocmVxKSA9PiB7XG4gICAgICAgICAgY29uc3QgeyB0YXNrSWQsIG5hbWUgfSA9IHJlcS5wYXJhbXM7XG4gICAgICAgICAgY29uc3QgcnVuSWQgPSBwYXJzZUludChyZXEucGFyYW1zLnJ1bklkLCAxMCk7XG4gICAgICAgICAgY29uc3QgeyB1cGxvYWRJZCB9ID0gcmVxLmJvZHkgYXMgeyB1cGxvYWRJZDogc3RyaW5nIH07XG4gICAgICAgICAgY29uc3Qga2V5ID0gdGhpcy4jYXJ0aWZhY3RLZXkodGFza0lkLCBydW5JZCwgbmFtZSk7XG4gICAgICAgICAgY29uc3QgYSA9IHRoaXMuI2FydGlmYWN0cy5nZXQoa2V5KTtcbiAgICAgICAgICBpZiAoIWEgfHwgIXRoaXMuI2Jvb2sucGVlayh0YXNrSWQpPy5ydW5zW3J1bklkXSkge1xuICAgICAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgICAgIFwiUmVzb3VyY2VOb3RGb3VuZFwiLFxuICAgICAgICAgICAgICBcIkFydGlmYWN0IHdpdGggdGFza0lkIGB7e3Rhc2tJZH19YCwgcnVuSWQge3tydW5JZH19LCBuYW1lIGB7e25hbWV9fWAgbm90IGZvdW5kXCIsXG4gICAgICAgICAgICAgIHtcbiAgICAgICAgICAgICAgICB0YXNrSWQsXG4gICAgICAgICAgICAgICAgcnVuSWQsXG4gICAgICAgICAgICAgICAgbmFtZSxcbiAgICAgICAgICAgICAgfSxcbiAgICAgICAgICAgICk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGlmICghU1RPUkFHRV9ORUVEU19GSU5JU0hbYS5zdG9yYWdlVHlwZV0pIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFwiSW5wdXRFcnJvclwiLCBcIk9ubHkgb2JqZWN0IGFydGlmYWN0cyBjYW4gYmUgZmluaXNoZWRcIiwge30pO1xuICAgICAgICAgIH1cbiAgICAgICAgICBpZiAoYS5wcmVzZW50KSByZXR1cm4gcmVwbHkodW5kZWZpbmVkLCAyMDQpO1xuICAgICAgICAgIGlmICh1cGxvYWRJZCAhPT0gYS5kZXRhaWxzLnVwbG9hZElkKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJnaXZlbiB1cGxvYWRJZCBkb2VzIG5vdCBtYXRjaCB0aGF0IGZvciB0aGUgYXJ0aWZhY3RcIiwge30pO1xuICAgICAgICAgIH1cbiAgICAgICAgICBpZiAoIXRoaXMuI29iamVjdHMuaXNGaW5pc2hlZChgdC8ke3Rhc2tJZH0vJHtydW5JZH0vJHtuYW1lfWApKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJPYmplY3Qgc3RvcmluZyBhcnRpZmFjdCBkYXRhIGRvZXMgbm90IGV4aXN0XCIsIHt9KTtcbiAgICAgICAgICB9XG4gICAgICAgICAgYS5wcmVzZW50ID0gdHJ1ZTtcbiAgICAgICAgICBhLmRldGFpbHMgPSB7fTtcbiAgICAgICAgICBhd2FpdCB0aGlzLiNhcnRpZmFjdHMucHV0KGtleSwgYSk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHVuZGVmaW5lZCwgMjA0KTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgICBnZXRBcnRpZmFjdChmYWxzZSksXG4gICAgICBnZXRBcnRpZmFjdCh0cnVlKSxcbiAgICAgIGFydGlmYWN0Q29udGVudChmYWxzZSksXG4gICAgICBhcnRpZmFjdENvbnRlbnQodHJ1ZSksXG4gICAgICBsaXN0QXJ0aWZhY3RzKGZhbHNlKSxcbiAgICAgIGxpc3RBcnRpZmFjdHModHJ1ZSksXG4gICAgICBhcnRpZmFjdEluZm8oZmFsc2UpLFxuICAgICAgYXJ0aWZhY3RJbmZvKHRydWUpLFxuICAgIF07XG4gIH1cblxuICBhc3luYyAjY3JlYXRlQXJ0aWZhY3QocmVxOiBBcGlSZXF1ZXN0KTogUHJvbWlzZTxSZXNwb25zZT4ge1xuICAgIGNvbnN0IHsgdGFza0lkLCBuYW1lIH0gPSByZXEucGFyYW1zO1xuICAgIGNvbnN0IHJ1bklkID0gcGFyc2VJbnQocmVxLnBhcmFtcy5ydW5JZCwgMTApO1xuICAgIGNvbnN0IGlucHV0ID0gcmVxLmJvZHkgYXMge1xuICAgICAgc3RvcmFnZVR5cGU6IEFydGlmYWN0UmVjb3JkW1wic3RvcmFnZVR5cGVcIl07XG4gICAgICBleHBpcmVzOiBzdHJpbmc7XG4gICAgICBjb250ZW50VHlwZT86IHN0cmluZztcbiAgICAgIGNvbnRlbnRMZW5ndGg/OiBudW1iZXI7XG4gICAgICB1cmw/OiBzdHJpbmc7XG4gICAgICBhcnRpZmFjdD86IHN0cmluZztcbiAgICAgIHJlYXNvbj86IHN0cmluZztcbiAgICAgIG1lc3NhZ2U/OiBzdHJpbmc7XG4gICAgfTtcbiAgICBjb25zdCB7IHN0b3JhZ2VUeXBlIH0gPSBpbnB1dDtcbiAgICBjb25zdCBjb250ZW50VHlwZSA9IGlucHV0LmNvbnRlbnRUeXBlIHx8IFwiYXBwbGljYXRpb24vYmluYXJ5XCI7XG4gICAgY29uc3QgY29udGVudExlbmd0aCA9IGlucHV0LmNvbnRlbnRMZW5ndGggPz8gbnVsbDtcbiAgICBjb25zdCBleHBpcmVzID0gRGF0ZS5wYXJzZShpbnB1dC5leHBpcmVzKTtcbiAgICBjb25zdCBub3cgPSB0aGlzLiNub3coKTtcbiAgICBpZiAoZXhwaXJlcyA8IG5vdyAtIERSSUZUX01TKSByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJFeHBpcmVzIG11c3QgYmUgaW4gdGhlIGZ1dHVyZVwiLCB7fSk7XG4gICAgY29uc3Qgd3JpdGVzOiBXcml0ZXMgPSBbXTtcbiAgICBjb25zdCB0ID0gdGhpcy4jYm9vay5nZXQodGFza0lkLCB3cml0ZXMpO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKHdyaXRlcyk7XG4gICAgaWYgKCF0KSByZXR1cm4gcmVwb3J0RXJyb3IoXCJJbnB1dEVycm9yXCIsIFwiVGFzayBub3QgZm91bmRcIiwge30pO1xuICAgIGNvbnN0IHJ1biA9IHQucnVuc1tydW5JZF07XG4gICAgaWYgKCFydW4pIHJldHVybiByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJSdW4gbm90IGZvdW5kXCIsIHt9KTtcbiAgICBjb25zdCB7IHdvcmtlckdyb3VwLCB3b3JrZXJJZCB9ID0gcnVuO1xuICAgIGlmICghd29ya2VyR3JvdXAgfHwgIXdvcmtlcklkKSB7XG4gICAgICByZXBvcnRFcnJvcihcbiAgICAgICAgXCJJbnB1dEVycm9yXCIsXG4gICAgICAgIFwiUnVuIHdhcyBub3QgY2xhaW1lZCBieSBhIHdvcmtlciBhbmQgc28gbm8gYXJ0aWZhY3RzIGNhbiBleGlzdFwiLFxuICAgICAgICB7fSxcbiAgICAgICk7XG4gICAgfVxuICAgIGF3YWl0IHJlcS5hdXRob3JpemUoeyB0YXNrSWQsIHJ1bklkLCB3b3JrZXJHcm91cCwgd29ya2VySWQsIG5hbWUgfSk7XG4gICAgaWYgKGV4cGlyZXMgPiBEYXRlLnBhcnNlKHQuZGVmaW5pdGlvbi5leHBpcmVzKSkge1xuICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgIFwiSW5wdXRFcnJvclwiLFxuICAgICAgICBcIkFydGlmYWN0IGV4cGlyZXMgKHt7ZXhwaXJlc319KSBhZnRlciB0aGUgdGFzayBleHBpcmF0aW9uIHt7dGFza0V4cGlyZXN9fSAodGFzay5leHBpcmVzIDwgZXhwaXJlcykgLSBcIiArXG4gICAgICAgICAgXCJ0aGlzIGlzIG5vdCBhbGxvd2VkLCBhcnRpZmFjdHMgbWF5IG5vdCBleHBpcmUgYWZ0ZXIgdGhlIHRhc2sgdGhleSBiZWxvbmcgdG8gZXhwaXJlc1wiLFxuICAgICAgICB7IHRhc2tFeHBpcmVzOiB0LmRlZmluaXRpb24uZXhwaXJlcywgZXhwaXJlczogaXNvKGV4cGlyZXMpIH0sXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAocnVuLnN0YXRlICE9PSBcInJ1bm5pbmdcIikge1xuICAgICAgY29uc3QgYWxsb3cgPSBydW4uc3RhdGUgPT09IFwiZXhjZXB0aW9uXCIgJiYgRGF0ZS5wYXJzZShydW4ucmVzb2x2ZWQhKSA+IG5vdyAtIDI1ICogNjAgKiAxMDAwO1xuICAgICAgaWYgKCFhbGxvdykge1xuICAgICAgICByZXBvcnRFcnJvcihcbiAgICAgICAgICBcIlJlcXVlc3RDb25mbGljdFwiLFxuICAgICAgICAgIFwiQXJ0aWZhY3RzIGNhbm5vdCBiZSBjcmVhdGVkIGZvciBhIHRhc2sgYWZ0ZXIgaXQgaXMgcmVzb2x2ZWQsIHVubGVzcyBpdCBpcyByZXNvbHZlZCAnZXhjZXB0aW9uJywgXCIgK1xuICAgICAgICAgICAgXCJhbmQgZXZlbiBpbiB0aGlzIGNhc2Ugb25seSB1cCB0byAyNSBtaW4gcGFzdCByZXNvbHV0aW9uLlRoaXMgdG8gZW5zdXJlIHRoYXQgYXJ0aWZhY3RzIGhhdmUgYmVlbiBcIiArXG4gICAgICAgICAgICBcInVwbG9hZGVkIGJlZm9yZSBhIHRhc2sgaXMgJ2NvbXBsZXRlZCcgYW5kIG91dHB1dCBpcyBjb25zdW1lZCBieSBhIGRlcGVuZGVudCB0YXNrXFxuXFxuVGFzayBzdGF0dXM6IHt7c3RhdHVzfX1cIixcbiAgICAgICAgICB7IHN0YXR1czogdGhpcy4jYm9vay5zdGF0dXModCkgfSxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3Qga2V5ID0gdGhpcy4jYXJ0aWZhY3RLZXkodGFza0lkLCBydW5JZCwgbmFtZSk7XG4gICAgY29uc3Qgb3JpZ2luYWwgPSB0aGlzLiNhcnRpZmFjdHMuZ2V0KGtleSk7XG4gICAgY29uc3Qgb2JqZWN0TmFtZSA9IGB0LyR7dGFza0lkfS8ke3J1bklkfS8ke25hbWV9YDtcbiAgICBsZXQgZGV0YWlsczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgICBsZXQgcHJlc2VudCA9IHRydWU7XG4gICAgc3dpdGNoIChzdG9yYWdlVHlwZSkge1xuICAgICAgY2FzZSBcIm9iamVjdFwiOiB7XG4gICAgICAgIHByZXNlbnQgPSBmYWxzZTtcbiAgICAgICAgY29uc3QgcmV1c2UgPSBvcmlnaW5hbD8uc3RvcmFnZVR5cGUgPT09IFwib2JqZWN0XCIgJiYgIW9yaWdpbmFsLnByZXNlbnQgJiZcbiAgICAgICAgICB0eXBlb2Ygb3JpZ2luYWwuZGV0YWlscy51cGxvYWRJZCA9PT0gXCJzdHJpbmdcIjtcbiAgICAgICAgY29uc3QgdXBsb2FkSWQgPSByZXVzZSA/IFN0cmluZyhvcmlnaW5hbCEuZGV0YWlscy51cGxvYWRJZCkgOiBzbHVnaWROaWNlKCk7XG4gICAgICAgIGlmICghcmV1c2UgfHwgIXRoaXMuI29iamVjdHMuaXNGaW5pc2hlZChvYmplY3ROYW1lKSkge1xuICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICBhd2FpdCB0aGlzLiNvYmplY3RzLmNyZWF0ZVVwbG9hZChvYmplY3ROYW1lLCB7XG4gICAgICAgICAgICAgIHByb2plY3RJZDogdC5kZWZpbml0aW9uLnByb2plY3RJZCxcbiAgICAgICAgICAgICAgdXBsb2FkSWQsXG4gICAgICAgICAgICAgIGV4cGlyZXM6IGlzbyhyZXVzZSA/IERhdGUucGFyc2Uob3JpZ2luYWwhLmV4cGlyZXMpIDogZXhwaXJlcyksXG4gICAgICAgICAgICAgIHByb3Bvc2VkVXBsb2FkTWV0aG9kczoge30sXG4gICAgICAgICAgICB9KTtcbiAgICAgICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgICAgICBpZiAoIShlIGluc3RhbmNlb2YgQXBpRXJyb3IpIHx8IGUuY29kZSAhPT0gXCJSZXF1ZXN0Q29uZmxpY3RcIiB8fCAhb3JpZ2luYWwpIHRocm93IGU7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGRldGFpbHMgPSB7IHVwbG9hZElkIH07XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgY2FzZSBcInMzXCI6XG4gICAgICAgIGRldGFpbHMgPSB7XG4gICAgICAgICAgYnVja2V0OiBuYW1lLnN0YXJ0c1dpdGgoXCJwdWJsaWMvXCIpID8gXCJwdWJsaWNcIiA6IFwicHJpdmF0ZVwiLFxuICAgICAgICAgIHByZWZpeDogYCR7dGFza0lkfS8ke3J1bklkfS8ke25hbWV9YCxcbiAgICAgICAgfTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlIFwicmVmZXJlbmNlXCI6XG4gICAgICAgIGRldGFpbHMgPSB7IHVybDogaW5wdXQudXJsIH07XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSBcImxpbmtcIjpcbiAgICAgICAgZGV0YWlscyA9IHsgYXJ0aWZhY3Q6IGlucHV0LmFydGlmYWN0IH07XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSBcImVycm9yXCI6XG4gICAgICAgIGRldGFpbHMgPSB7IG1lc3NhZ2U6IGlucHV0Lm1lc3NhZ2UsIHJlYXNvbjogaW5wdXQucmVhc29uIH07XG4gICAgICAgIGJyZWFrO1xuICAgIH1cbiAgICBsZXQgYTogQXJ0aWZhY3RSZWNvcmQgPSB7XG4gICAgICB0YXNrSWQsXG4gICAgICBydW5JZCxcbiAgICAgIG5hbWUsXG4gICAgICBzdG9yYWdlVHlwZSxcbiAgICAgIGNvbnRlbnRUeXBlLFxuICAgICAgZGV0YWlscyxcbiAgICAgIHByZXNlbnQsXG4gICAgICBleHBpcmVzOiBpc28oZXhwaXJlcyksXG4gICAgICBjb250ZW50TGVuZ3RoLFxuICAgIH07XG4gICAgaWYgKG9yaWdpbmFsKSB7XG4gICAgICBjb25zdCBzYW1lT2JqZWN0UmV0cnkgPSBvcmlnaW5hbC5zdG9yYWdlVHlwZSA9PT0gXCJvYmplY3RcIiAmJiBzdG9yYWdlVHlwZSA9PT0gXCJvYmplY3RcIiAmJlxuICAgICAgICAhb3JpZ2luYWwucHJlc2VudCAmJlxuICAgICAgICBvcmlnaW5hbC5kZXRhaWxzLnVwbG9hZElkID09PSBkZXRhaWxzLnVwbG9hZElkO1xuICAgICAgaWYgKCFzYW1lT2JqZWN0UmV0cnkgJiYgIWNvbXBhdGlibGUob3JpZ2luYWwsIGEpKSB7XG4gICAgICAgIHJlcG9ydEVycm9yKFxuICAgICAgICAgIFwiUmVxdWVzdENvbmZsaWN0XCIsXG4gICAgICAgICAgXCJBcnRpZmFjdCBhbHJlYWR5IGV4aXN0cyB3aXRoIGRpZmZlcmVudCBwcm9wZXJ0aWVzLCBhbmQgbm9uZSBvZiB0aGUgYWxsb3dlZCBleGNlcHRpb25zIGFwcGx5OiB7e29yaWdpbmFsQXJ0aWZhY3R9fVwiLFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIG9yaWdpbmFsQXJ0aWZhY3Q6IHtcbiAgICAgICAgICAgICAgc3RvcmFnZVR5cGU6IG9yaWdpbmFsLnN0b3JhZ2VUeXBlLFxuICAgICAgICAgICAgICBjb250ZW50VHlwZTogb3JpZ2luYWwuY29udGVudFR5cGUsXG4gICAgICAgICAgICAgIGV4cGlyZXM6IG9yaWdpbmFsLmV4cGlyZXMsXG4gICAgICAgICAgICB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBhID0geyAuLi5vcmlnaW5hbCwgZGV0YWlscywgc3RvcmFnZVR5cGUsIGV4cGlyZXM6IGlzbyhleHBpcmVzKSB9O1xuICAgIH1cbiAgICBhd2FpdCB0aGlzLiNhcnRpZmFjdHMucHV0KGtleSwgYSk7XG4gICAgdGhpcy4jaW5kZXhBcnRpZmFjdChhKTtcbiAgICBzd2l0Y2ggKGEuc3RvcmFnZVR5cGUpIHtcbiAgICAgIGNhc2UgXCJvYmplY3RcIjoge1xuICAgICAgICBjb25zdCBvbmVEYXkgPSBub3cgKyA4NjQwMGUzO1xuICAgICAgICBjb25zdCBjcmVkZW50aWFscyA9IHRoaXMuI2F1dGguaXNzdWVUZW1wb3JhcnlDcmVkZW50aWFscyh7XG4gICAgICAgICAgY2xpZW50SWQ6IGBhcnRpZmFjdC11cGxvYWQvJHt0YXNrSWR9LyR7cnVuSWR9L29uLyR7d29ya2VyR3JvdXB9LyR7d29ya2VySWR9YCxcbiAgICAgICAgICBzdGFydDogbm93LFxuICAgICAgICAgIGV4cGlyeTogTWF0aC5taW4oZXhwaXJlcywgb25lRGF5KSxcbiAgICAgICAgICBzY29wZXM6IFtgb2JqZWN0OnVwbG9hZDoke3QuZGVmaW5pdGlvbi5wcm9qZWN0SWR9OiR7b2JqZWN0TmFtZX1gXSxcbiAgICAgICAgfSk7XG4gICAgICAgIHJldHVybiByZXBseSh7XG4gICAgICAgICAgc3RvcmFnZVR5cGU6IFwib2JqZWN0XCIsXG4gICAgICAgICAgbmFtZTogb2JqZWN0TmFtZSxcbiAgICAgICAgICBwcm9qZWN0SWQ6IHQuZGVmaW5pdGlvbi5wcm9qZWN0SWQsXG4gICAgICAgICAgdXBsb2FkSWQ6IGEuZGV0YWlscy51cGxvYWRJZCxcbiAgICAgICAgICBleHBpcmVzOiBhLmV4cGlyZXMsXG4gICAgICAgICAgY3JlZGVudGlhbHMsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgICAgY2FzZSBcInMzXCI6IHtcbiAgICAgICAgY29uc3QgZXhwaXJ5ID0gbm93ICsgNDUgKiA2MCAqIDEwMDA7XG4gICAgICAgIHJldHVybiByZXBseSh7XG4gICAgICAgICAgc3RvcmFnZVR5cGU6IFwiczNcIixcbiAgICAgICAgICBjb250ZW50VHlwZTogYS5jb250ZW50VHlwZSxcbiAgICAgICAgICBleHBpcmVzOiBpc28oZXhwaXJ5KSxcbiAgICAgICAgICBwdXRVcmw6IHRoaXMuI3NpZ25lci5zaWduKFxuICAgICAgICAgICAgXCJQVVRcIixcbiAgICAgICAgICAgIFwiczNcIixcbiAgICAgICAgICAgIFN0cmluZyhhLmRldGFpbHMucHJlZml4KSxcbiAgICAgICAgICAgIGV4cGlyeSArIDEwXzAwMCxcbiAgICAgICAgICAgIGEuY29udGVudFR5cGUsXG4gICAgICAgICAgKSxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICBkZWZhdWx0OlxuICAgICAgICByZXR1cm4gcmVwbHkoeyBzdG9yYWdlVHlwZTogYS5zdG9yYWdlVHlwZSB9KTtcbiAgICB9XG4gIH1cbn1cblxuLyoqIENvbXBhdGliaWxpdHkgb2YgYSByZXBlYXRlZCBjcmVhdGVBcnRpZmFjdCAodGhlIHF1ZXVlJ3MgZG9jdW1lbnRlZCBleGNlcHRpb25zKS4gKi9cbmZ1bmN0aW9uIGNvbXBhdGlibGUob3JpZ2luYWw6IEFydGlmYWN0UmVjb3JkLCBuZXh0OiBBcnRpZmFjdFJlY29yZCk6IGJvb2xlYW4ge1xuICBpZiAobmV4dC5zdG9yYWdlVHlwZSAhPT0gXCJsaW5rXCIgJiYgb3JpZ2luYWwuY29udGVudFR5cGUgIT09IG5leHQuY29udGVudFR5cGUpIHJldHVybiBmYWxzZTtcbiAgaWYgKERhdGUucGFyc2Uob3JpZ2luYWwuZXhwaXJlcykgPiBEYXRlLnBhcnNlKG5leHQuZXhwaXJlcykpIHJldHVybiBmYWxzZTtcbiAgaWYgKG9yaWdpbmFsLnN0b3JhZ2VUeXBlID09PSBuZXh0LnN0b3JhZ2VUeXBlKSB7XG4gICAgcmV0dXJuIG5leHQuc3RvcmFnZVR5cGUgPT09IFwicmVmZXJlbmNlXCIgfHxcbiAgICAgIEpTT04uc3RyaW5naWZ5KGNhbm9uaWNhbChvcmlnaW5hbC5kZXRhaWxzKSkgPT09IEpTT04uc3RyaW5naWZ5KGNhbm9uaWNhbChuZXh0LmRldGFpbHMpKTtcbiAgfVxuICByZXR1cm4gb3JpZ2luYWwuc3RvcmFnZVR5cGUgPT09IFwicmVmZXJlbmNlXCIgJiYgbmV4dC5zdG9yYWdlVHlwZSA9PT0gXCJsaW5rXCI7XG59XG5cbmZ1bmN0aW9uIGVuY29kZVRva2VuKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBidG9hKEpTT04uc3RyaW5naWZ5KHsgb2Zmc2V0OiBuIH0pKTtcbn1cblxuZnVuY3Rpb24gZGVjb2RlVG9rZW4oczogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICBjb25zdCB2ID0gSlNPTi5wYXJzZShhdG9iKHMpKTtcbiAgICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcih2Py5vZmZzZXQpICYmIHYub2Zmc2V0ID49IDAgPyB2Lm9mZnNldCA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Q0FNQyxHQUVELFNBQVMsUUFBUSxFQUFrQyxLQUFLLEVBQUUsV0FBVyxRQUFRLFdBQVc7QUFFeEYsU0FBUyxvQkFBb0IsRUFBRSxTQUFTLEVBQUUsV0FBVyxFQUFFLFFBQVEsUUFBd0IsYUFBYTtBQUNwRyxTQUFTLFVBQVUsUUFBUSxtQkFBbUI7QUFFOUMsU0FFRSxTQUFTLEVBQ1QsR0FBRyxRQUdFLHFCQUFxQjtBQUM1QixTQUNFLFFBQVEsRUFDUixNQUFNLEVBQ04sb0JBQW9CLEVBQ3BCLGNBQWMsRUFDZCxvQkFBb0IsUUFDZixxQkFBcUI7QUFJNUIsdUNBQXVDLEdBQ3ZDLE9BQU8sTUFBTTtFQUNGLENBQUEsU0FBVSxDQUE2QjtFQUN2QyxDQUFBLEVBQUcsQ0FBMkI7RUFDOUIsQ0FBQSxLQUFNLENBQVE7RUFDZCxDQUFBLElBQUssQ0FBVztFQUNoQixDQUFBLElBQUssQ0FBYztFQUNuQixDQUFBLE9BQVEsQ0FBZ0I7RUFDeEIsQ0FBQSxNQUFPLENBQVk7RUFDNUIsMENBQTBDLEdBQzFDLEFBQVMsQ0FBQSxZQUFhLEdBQUcsSUFBSSxNQUEyQjtFQUV4RCx3REFBd0QsR0FDeEQsWUFDRSxLQUFZLEVBQ1osSUFBYyxFQUNkLElBQWlCLEVBQ2pCLE9BQXNCLEVBQ3RCLE1BQWlCLENBQ2pCO0lBQ0EsSUFBSSxDQUFDLENBQUEsS0FBTSxHQUFHO0lBQ2QsSUFBSSxDQUFDLENBQUEsU0FBVSxHQUFHLE1BQU0sVUFBVSxDQUFpQjtJQUNuRCxJQUFJLENBQUMsQ0FBQSxFQUFHLEdBQUcsTUFBTSxVQUFVLENBQWU7SUFDMUMsSUFBSSxDQUFDLENBQUEsSUFBSyxHQUFHO0lBQ2IsSUFBSSxDQUFDLENBQUEsSUFBSyxHQUFHO0lBQ2IsSUFBSSxDQUFDLENBQUEsT0FBUSxHQUFHO0lBQ2hCLElBQUksQ0FBQyxDQUFBLE1BQU8sR0FBRztJQUNmLEtBQUssTUFBTSxLQUFLLElBQUksQ0FBQyxDQUFBLFNBQVUsQ0FBQyxNQUFNLEdBQUksSUFBSSxDQUFDLENBQUEsYUFBYyxDQUFDO0VBQ2hFO0VBRUEsQ0FBQSxHQUFJO0lBQ0YsT0FBTyxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsR0FBRztFQUN2QjtFQUVBLENBQUEsYUFBYyxDQUFDLENBQWlCO0lBQzlCLE1BQU0sSUFBSSxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRTtJQUNsQyxJQUFJLElBQUksSUFBSSxDQUFDLENBQUEsWUFBYSxDQUFDLEdBQUcsQ0FBQztJQUMvQixJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQSxZQUFhLENBQUMsR0FBRyxDQUFDLEdBQUcsSUFBSSxJQUFJO0lBQzFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsSUFBSTtFQUNkO0VBRUEsQ0FBQSxXQUFZLENBQUMsTUFBYyxFQUFFLEtBQWEsRUFBRSxJQUFZO0lBQ3RELE9BQU8sR0FBRyxPQUFPLENBQUMsRUFBRSxNQUFNLENBQUMsRUFBRSxNQUFNO0VBQ3JDO0VBRUEsQ0FBQSxXQUFZLENBQUMsTUFBYyxFQUFFLE1BQWM7SUFDekMsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxHQUFHLENBQUMsUUFBUTtJQUNqQyxJQUFJLENBQUMsR0FBRyxZQUFZLG9CQUFvQixrQkFBa0IsQ0FBQztJQUMzRCxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sS0FBSyxHQUFHLFlBQVksb0JBQW9CLDhCQUE4QixDQUFDO0lBQ3hGLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxHQUFHO0VBQ3pCO0VBRUEsTUFBTSxDQUFBLFdBQVksQ0FDaEIsR0FBZSxFQUNmLE1BQWMsRUFDZCxLQUFhLEVBQ2IsSUFBWTtJQUVaLE1BQU0sUUFBa0IsRUFBRTtJQUMxQixNQUFPLEtBQU07TUFDWCxNQUFNLElBQUksQ0FBQztNQUNYLE1BQU0sSUFBSSxTQUFTLENBQUM7UUFBRTtNQUFNO01BQzVCLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxTQUFVLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxRQUFRLE9BQU87TUFDL0QsSUFBSSxDQUFDLEdBQUcsU0FBUyxZQUFZLG9CQUFvQixzQkFBc0IsQ0FBQztNQUN4RSxJQUFJLEtBQUssS0FBSyxDQUFDLEVBQUUsT0FBTyxJQUFJLElBQUksQ0FBQyxDQUFBLEdBQUksSUFBSTtRQUN2QyxZQUFZLG1CQUFtQixvQkFBb0IsQ0FBQztNQUN0RDtNQUNBLElBQUksRUFBRSxXQUFXLEtBQUssUUFBUSxPQUFPO01BQ3JDLE1BQU0sU0FBUyxPQUFPLEVBQUUsT0FBTyxDQUFDLFFBQVE7TUFDeEMsSUFBSSxNQUFNLFFBQVEsQ0FBQyxTQUFTLFlBQVksY0FBYyxrQ0FBa0MsQ0FBQztNQUN6RixPQUFPO0lBQ1Q7RUFDRjtFQUVBLENBQUEsUUFBUyxDQUFDLENBQWlCO0lBQ3pCLE9BQU8sSUFBSSxDQUFDLENBQUEsTUFBTyxDQUFDLElBQUksQ0FBQyxPQUFPLE1BQU0sT0FBTyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEdBQUcsSUFBSSxDQUFDLENBQUEsR0FBSSxLQUFLLEtBQUssS0FBSztFQUMxRjtFQUVBLENBQUEsU0FBVSxDQUFDLENBQWlCO0lBQzFCLE9BQU87TUFDTCxhQUFhLEVBQUUsV0FBVztNQUMxQixNQUFNLEVBQUUsSUFBSTtNQUNaLFNBQVMsRUFBRSxPQUFPO01BQ2xCLGFBQWEsRUFBRSxXQUFXO01BQzFCLEdBQUksRUFBRSxhQUFhLEtBQUssT0FBTztRQUFFLGVBQWUsRUFBRSxhQUFhO01BQUMsSUFBSSxDQUFDLENBQUM7SUFDeEU7RUFDRjtFQUVBLDBEQUEwRCxHQUMxRCxXQUFXLEdBQVMsRUFBUTtJQUMxQixNQUFNLFNBQVMsT0FBTztNQUNwQixNQUFNLE9BQU8scUJBQXFCLEdBQUcsSUFBSSxDQUFDLENBQUEsTUFBTyxFQUFFLE1BQU0sSUFBSSxDQUFDLENBQUEsR0FBSTtNQUNsRSxJQUFJLENBQUMsS0FBSyxFQUFFLEVBQUUsT0FBTyxLQUFLLFFBQVE7TUFDbEMsTUFBTSxFQUFFLEdBQUcsRUFBRSxNQUFNLEVBQUUsR0FBRztNQUN4QixNQUFNLFVBQVUsQ0FBQyxHQUFHLEVBQUUsS0FBSztNQUMzQixJQUFJLFdBQVcsT0FBTztRQUNwQixNQUFNLE1BQU0sTUFBTSxZQUFZLEdBQUcsSUFBSSxDQUFDLENBQUEsS0FBTSxFQUFFO1FBQzlDLElBQUksQ0FBQyxJQUFJLEVBQUUsRUFBRSxPQUFPLElBQUksUUFBUTtRQUNoQyxNQUFNLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDO1FBQ3pCLE1BQU0sSUFBSSxDQUFDLENBQUEsRUFBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTO1VBQzFCLEtBQUs7VUFDTCxhQUFhLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxtQkFBbUI7VUFDN0MsR0FBSSxNQUFNO1lBQUUsaUJBQWlCO1VBQUksSUFBSSxDQUFDLENBQUM7VUFDdkMsZUFBZSxJQUFJLE1BQU0sQ0FBQyxJQUFJO1FBQ2hDO1FBQ0EsT0FBTyxJQUFJLFNBQVMsTUFBTTtVQUFFLFFBQVE7VUFBSyxTQUFTO1lBQUUsTUFBTSxDQUFDLENBQUMsRUFBRSxJQUFJLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDO1VBQUM7UUFBRTtNQUN2RjtNQUNBLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQSxFQUFHLENBQUMsR0FBRyxDQUFDO01BQzFCLElBQUksQ0FBQyxNQUFNLE9BQU8sVUFBVSxLQUFLLGFBQWE7TUFDOUMsT0FBTyxNQUFNLFNBQVMsR0FBRyxJQUFJLENBQUMsQ0FBQSxLQUFNLEVBQUUsU0FBUztJQUNqRDtJQUNBLElBQUksRUFBRSxDQUFDO01BQUM7TUFBTztNQUFPO0tBQU8sRUFBRSxrQkFBa0I7RUFDbkQ7RUFFQSwyRUFBMkU7RUFFM0UsbUVBQW1FLEdBQ25FLFlBQXdCO0lBQ3RCLE1BQU0saUJBQWlCLENBQUMsU0FBb0IsQ0FBQztRQUMzQyxRQUFRLFNBQVMsa0JBQWtCO1FBQ25DLE9BQU8sQ0FBQyxLQUFpQixTQUN2QixTQUFTLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxTQUFTLElBQUksTUFBTSxDQUFDLEtBQUssRUFBRTtNQUN2RixDQUFDO0lBRUQsTUFBTSxjQUFjLENBQUM7TUFDbkIsTUFBTSxJQUFJLGVBQWU7TUFDekIsT0FBTztRQUNMLFFBQVE7UUFDUixPQUFPLEdBQUcsRUFBRSxNQUFNLENBQUMsb0JBQW9CLENBQUM7UUFDeEMsTUFBTSxTQUFTLHNCQUFzQjtRQUNyQyxRQUFRO1VBQUUsT0FBTztZQUFDO2NBQUUsS0FBSztjQUFRLElBQUk7Y0FBUyxNQUFNO1lBQTRCO1dBQUU7UUFBQztRQUNuRixRQUFRO1FBQ1IsU0FBUyxPQUFPO1VBQ2QsTUFBTSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsR0FBRyxJQUFJLE1BQU07VUFDbkMsSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTLENBQUM7WUFBRSxPQUFPO2NBQUM7YUFBSztVQUFDO1VBQ2hELE1BQU0sU0FBaUIsRUFBRTtVQUN6QixNQUFNLFFBQVEsRUFBRSxLQUFLLENBQUMsS0FBSztVQUMzQixNQUFNLFFBQVEsR0FBRyxDQUFDO1VBQ2xCLE1BQU0sSUFBSSxNQUFNLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxLQUFLLFFBQVEsT0FBTztVQUN0RCxNQUFNLElBQUk7WUFBRSx1Q0FBdUMsRUFBRSxXQUFXO1VBQUM7VUFDakUsSUFBSSxFQUFFLFdBQVcsS0FBSyxTQUFTO1lBQzdCLE9BQU8sTUFBTTtjQUFFLFFBQVEsRUFBRSxPQUFPLENBQUMsTUFBTTtjQUFFLFNBQVMsRUFBRSxPQUFPLENBQUMsT0FBTztZQUFDLEdBQUcsS0FBSztVQUM5RTtVQUNBLElBQUk7VUFDSixJQUFJLEVBQUUsV0FBVyxLQUFLLFVBQVU7WUFDOUIsTUFBTSxhQUFhLENBQUMsRUFBRSxFQUFFLE9BQU8sQ0FBQyxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFO1lBQ25ELElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsVUFBVSxDQUFDLGFBQWE7Y0FDekMsWUFBWSxvQkFBb0IsMEJBQTBCLENBQUM7WUFDN0Q7WUFDQSxNQUFNLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxJQUFJLENBQUMsT0FBTyxVQUFVLFlBQVksSUFBSSxDQUFDLENBQUEsR0FBSSxLQUFLLEtBQUssS0FBSztVQUMvRSxPQUFPLElBQUksRUFBRSxXQUFXLEtBQUssTUFBTTtZQUNqQyxNQUFNLElBQUksQ0FBQyxDQUFBLFFBQVMsQ0FBQztVQUN2QixPQUFPO1lBQ0wsTUFBTSxPQUFPLEVBQUUsT0FBTyxDQUFDLEdBQUc7VUFDNUI7VUFDQSxPQUFPLE1BQU07WUFBRSxhQUFhLEVBQUUsV0FBVztZQUFFO1VBQUksR0FBRyxLQUFLO1lBQUUsR0FBRyxDQUFDO1lBQUUsVUFBVTtVQUFJO1FBQy9FO01BQ0Y7SUFDRjtJQUVBLE1BQU0sa0JBQWtCLENBQUM7TUFDdkIsTUFBTSxJQUFJLGVBQWU7TUFDekIsT0FBTztRQUNMLFFBQVE7UUFDUixPQUFPLEdBQUcsRUFBRSxNQUFNLENBQUMsMkJBQTJCLENBQUM7UUFDL0MsTUFBTSxTQUFTLG1CQUFtQjtRQUNsQyxRQUFRO1VBQUUsT0FBTztZQUFDO2NBQUUsS0FBSztjQUFRLElBQUk7Y0FBUyxNQUFNO1lBQTRCO1dBQUU7UUFBQztRQUNuRixRQUFRO1FBQ1IsU0FBUyxPQUFPO1VBQ2QsTUFBTSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsR0FBRyxJQUFJLE1BQU07VUFDbkMsTUFBTSxTQUFpQixFQUFFO1VBQ3pCLE1BQU0sUUFBUSxFQUFFLEtBQUssQ0FBQyxLQUFLO1VBQzNCLE1BQU0sUUFBUSxHQUFHLENBQUM7VUFDbEIsTUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDLENBQUEsV0FBWSxDQUFDLEtBQUssUUFBUSxPQUFPO1VBQ3RELE9BQVEsRUFBRSxXQUFXO1lBQ25CLEtBQUs7Y0FBVTtnQkFDYixNQUFNLGFBQWEsQ0FBQyxFQUFFLEVBQUUsT0FBTyxDQUFDLEVBQUUsTUFBTSxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUU7Z0JBQ25ELE1BQU0sY0FBYyxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMseUJBQXlCLENBQUM7a0JBQ3ZELFVBQVUsQ0FBQyxrQkFBa0IsRUFBRSxPQUFPLENBQUMsRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLElBQUksRUFBRTtrQkFDMUQsT0FBTyxJQUFJLENBQUMsQ0FBQSxHQUFJO2tCQUNoQixRQUFRLElBQUksQ0FBQyxDQUFBLEdBQUksS0FBSyxLQUFLLEtBQUs7a0JBQ2hDLFFBQVE7b0JBQUMsQ0FBQyxnQkFBZ0IsRUFBRSxZQUFZO21CQUFDO2dCQUMzQztnQkFDQSxPQUFPLE1BQU07a0JBQUUsYUFBYTtrQkFBVSxNQUFNO2tCQUFZO2dCQUFZO2NBQ3RFO1lBQ0EsS0FBSztjQUNILE9BQU8sTUFBTTtnQkFBRSxhQUFhO2dCQUFNLEtBQUssSUFBSSxDQUFDLENBQUEsUUFBUyxDQUFDO2NBQUc7WUFDM0QsS0FBSztjQUNILE9BQU8sTUFBTTtnQkFBRSxhQUFhO2dCQUFhLEtBQUssRUFBRSxPQUFPLENBQUMsR0FBRztjQUFDO1lBQzlEO2NBQ0UsT0FBTyxNQUFNO2dCQUNYLGFBQWE7Z0JBQ2IsUUFBUSxFQUFFLE9BQU8sQ0FBQyxNQUFNO2dCQUN4QixTQUFTLEVBQUUsT0FBTyxDQUFDLE9BQU87Y0FDNUI7VUFDSjtRQUNGO01BQ0Y7SUFDRjtJQUVBLE1BQU0sZ0JBQWdCLENBQUM7TUFDckIsTUFBTSxJQUFJLGVBQWU7TUFDekIsT0FBTztRQUNMLFFBQVE7UUFDUixPQUFPLEdBQUcsRUFBRSxNQUFNLENBQUMsVUFBVSxDQUFDO1FBQzlCLE1BQU0sU0FBUyx3QkFBd0I7UUFDdkMsUUFBUSxTQUFTLGtDQUFrQztRQUNuRCxRQUFRO1FBQ1IsU0FBUyxPQUFPO1VBQ2QsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLElBQUksTUFBTTtVQUM3QixNQUFNLFNBQWlCLEVBQUU7VUFDekIsTUFBTSxjQUFjLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxRQUFRO1VBQzlDLE1BQU0sUUFBUSxHQUFHLENBQUM7VUFDbEIsTUFBTSxRQUFRLFNBQVMsY0FBYyxTQUFTLElBQUksTUFBTSxDQUFDLEtBQUssRUFBRTtVQUNoRSxJQUFJLFFBQVEsS0FBSyxRQUFRLGFBQWE7WUFDcEMsWUFDRSxvQkFDQSxtRUFDQTtjQUNFO2NBQ0E7WUFDRjtVQUVKO1VBQ0EsTUFBTSxRQUFRO2VBQUssSUFBSSxDQUFDLENBQUEsWUFBYSxDQUFDLEdBQUcsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFLE9BQU8sS0FBSyxFQUFFO1dBQUUsQ0FBQyxJQUFJO1VBQzVFLE1BQU0sTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLElBQU0sSUFBSSxDQUFDLENBQUEsU0FBVSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQSxXQUFZLENBQUMsUUFBUSxPQUFPLEtBQy9FLE1BQU0sQ0FBQyxDQUFDLElBQU0sR0FBRztVQUNwQixNQUFNLFFBQVEsS0FBSyxHQUFHLENBQ3BCLEdBQ0EsS0FBSyxHQUFHLENBQUMsTUFBTSxTQUFTLElBQUksS0FBSyxDQUFDLEtBQUssSUFBSSxRQUFRLE9BQU87VUFFNUQsTUFBTSxRQUFRLElBQUksS0FBSyxDQUFDLGlCQUFpQixHQUFHLFlBQVksSUFBSSxLQUFLLENBQUMsaUJBQWlCLElBQUk7VUFDdkYsSUFBSSxVQUFVLFdBQVcsWUFBWSxjQUFjLDZCQUE2QixDQUFDO1VBQ2pGLE1BQU0sT0FBTyxJQUFJLEtBQUssQ0FBQyxPQUFPLFFBQVE7VUFDdEMsT0FBTyxNQUFNO1lBQ1gsV0FBVyxLQUFLLEdBQUcsQ0FBQyxDQUFDLElBQU0sSUFBSSxDQUFDLENBQUEsU0FBVSxDQUFDO1lBQzNDLEdBQUksUUFBUSxRQUFRLElBQUksTUFBTSxHQUMxQjtjQUFFLG1CQUFtQixZQUFZLFFBQVE7WUFBTyxJQUNoRCxDQUFDLENBQUM7VUFDUjtRQUNGO01BQ0Y7SUFDRjtJQUVBLE1BQU0sZUFBZSxDQUFDO01BQ3BCLE1BQU0sSUFBSSxlQUFlO01BQ3pCLE9BQU87UUFDTCxRQUFRO1FBQ1IsT0FBTyxHQUFHLEVBQUUsTUFBTSxDQUFDLHdCQUF3QixDQUFDO1FBQzVDLE1BQU0sU0FBUyx1QkFBdUI7UUFDdEMsUUFBUSxTQUFTLGtDQUFrQztRQUNuRCxRQUFRO1FBQ1IsU0FBUyxPQUFPO1VBQ2QsTUFBTSxTQUFpQixFQUFFO1VBQ3pCLE1BQU0sUUFBUSxFQUFFLEtBQUssQ0FBQyxLQUFLO1VBQzNCLE1BQU0sUUFBUSxHQUFHLENBQUM7VUFDbEIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLFNBQVUsQ0FBQyxHQUFHLENBQzNCLElBQUksQ0FBQyxDQUFBLFdBQVksQ0FBQyxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUUsT0FBTyxJQUFJLE1BQU0sQ0FBQyxJQUFJO1VBRTdELElBQUksQ0FBQyxHQUFHLFNBQVMsWUFBWSxvQkFBb0Isc0JBQXNCLENBQUM7VUFDeEUsT0FBTyxNQUFNLElBQUksQ0FBQyxDQUFBLFNBQVUsQ0FBQztRQUMvQjtNQUNGO0lBQ0Y7SUFDQSxPQUFPO01BQ0w7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtRQUNSLE9BQU87UUFDUCxTQUFTLENBQUMsTUFBUSxJQUFJLENBQUMsQ0FBQSxjQUFlLENBQUM7TUFDekM7TUFDQTtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOLFFBQVE7UUFDUixRQUFRO1FBQ1IsT0FBTztVQUNMLE1BQU07VUFDTixZQUFZO1lBQUUsVUFBVTtjQUFFLE1BQU07Y0FBVSxTQUFTO1lBQWU7VUFBRTtVQUNwRSxzQkFBc0I7VUFDdEIsVUFBVTtZQUFDO1dBQVc7UUFDeEI7UUFDQSxTQUFTLE9BQU87VUFDZCxNQUFNLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxHQUFHLElBQUksTUFBTTtVQUNuQyxNQUFNLFFBQVEsU0FBUyxJQUFJLE1BQU0sQ0FBQyxLQUFLLEVBQUU7VUFDekMsTUFBTSxFQUFFLFFBQVEsRUFBRSxHQUFHLElBQUksSUFBSTtVQUM3QixNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUEsV0FBWSxDQUFDLFFBQVEsT0FBTztVQUM3QyxNQUFNLElBQUksSUFBSSxDQUFDLENBQUEsU0FBVSxDQUFDLEdBQUcsQ0FBQztVQUM5QixJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxJQUFJLENBQUMsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFO1lBQy9DLFlBQ0Usb0JBQ0EsaUZBQ0E7Y0FDRTtjQUNBO2NBQ0E7WUFDRjtVQUVKO1VBQ0EsSUFBSSxDQUFDLG9CQUFvQixDQUFDLEVBQUUsV0FBVyxDQUFDLEVBQUU7WUFDeEMsWUFBWSxjQUFjLHlDQUF5QyxDQUFDO1VBQ3RFO1VBQ0EsSUFBSSxFQUFFLE9BQU8sRUFBRSxPQUFPLE1BQU0sV0FBVztVQUN2QyxJQUFJLGFBQWEsRUFBRSxPQUFPLENBQUMsUUFBUSxFQUFFO1lBQ25DLFlBQVksY0FBYyx1REFBdUQsQ0FBQztVQUNwRjtVQUNBLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsVUFBVSxDQUFDLENBQUMsRUFBRSxFQUFFLE9BQU8sQ0FBQyxFQUFFLE1BQU0sQ0FBQyxFQUFFLE1BQU0sR0FBRztZQUM3RCxZQUFZLGNBQWMsK0NBQStDLENBQUM7VUFDNUU7VUFDQSxFQUFFLE9BQU8sR0FBRztVQUNaLEVBQUUsT0FBTyxHQUFHLENBQUM7VUFDYixNQUFNLElBQUksQ0FBQyxDQUFBLFNBQVUsQ0FBQyxHQUFHLENBQUMsS0FBSztVQUMvQixPQUFPLE1BQU0sV0FBVztRQUMxQjtNQUNGO01BQ0EsWUFBWTtNQUNaLFlBQVk7TUFDWixnQkFBZ0I7TUFDaEIsZ0JBQWdCO01BQ2hCLGNBQWM7TUFDZCxjQUFjO01BQ2QsYUFBYTtNQUNiLGFBQWE7S0FDZDtFQUNIO0VBRUEsTUFBTSxDQUFBLGNBQWUsQ0FBQyxHQUFlO0lBQ25DLE1BQU0sRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxNQUFNO0lBQ25DLE1BQU0sUUFBUSxTQUFTLElBQUksTUFBTSxDQUFDLEtBQUssRUFBRTtJQUN6QyxNQUFNLFFBQVEsSUFBSSxJQUFJO0lBVXRCLE1BQU0sRUFBRSxXQUFXLEVBQUUsR0FBRztJQUN4QixNQUFNLGNBQWMsTUFBTSxXQUFXLElBQUk7SUFDekMsTUFBTSxnQkFBZ0IsTUFBTSxhQUFhLElBQUk7SUFDN0MsTUFBTSxVQUFVLEtBQUssS0FBSyxDQUFDLE1BQU0sT0FBTztJQUN4QyxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUEsR0FBSTtJQUNyQixJQUFJLFVBQVUsTUFBTSxVQUFVLFlBQVksY0FBYyxpQ0FBaUMsQ0FBQztJQUMxRixNQUFNLFNBQWlCLEVBQUU7SUFDekIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQyxHQUFHLENBQUMsUUFBUTtJQUNqQyxNQUFNLFFBQVEsR0FBRyxDQUFDO0lBQ2xCLElBQUksQ0FBQyxHQUFHLE9BQU8sWUFBWSxjQUFjLGtCQUFrQixDQUFDO0lBQzVELE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNO0lBQ3pCLElBQUksQ0FBQyxLQUFLLE9BQU8sWUFBWSxjQUFjLGlCQUFpQixDQUFDO0lBQzdELE1BQU0sRUFBRSxXQUFXLEVBQUUsUUFBUSxFQUFFLEdBQUc7SUFDbEMsSUFBSSxDQUFDLGVBQWUsQ0FBQyxVQUFVO01BQzdCLFlBQ0UsY0FDQSxpRUFDQSxDQUFDO0lBRUw7SUFDQSxNQUFNLElBQUksU0FBUyxDQUFDO01BQUU7TUFBUTtNQUFPO01BQWE7TUFBVTtJQUFLO0lBQ2pFLElBQUksVUFBVSxLQUFLLEtBQUssQ0FBQyxFQUFFLFVBQVUsQ0FBQyxPQUFPLEdBQUc7TUFDOUMsWUFDRSxjQUNBLHlHQUNFLHVGQUNGO1FBQUUsYUFBYSxFQUFFLFVBQVUsQ0FBQyxPQUFPO1FBQUUsU0FBUyxJQUFJO01BQVM7SUFFL0Q7SUFDQSxJQUFJLElBQUksS0FBSyxLQUFLLFdBQVc7TUFDM0IsTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLGVBQWUsS0FBSyxLQUFLLENBQUMsSUFBSSxRQUFRLElBQUssTUFBTSxLQUFLLEtBQUs7TUFDdkYsSUFBSSxDQUFDLE9BQU87UUFDVixZQUNFLG1CQUNBLHFHQUNFLHFHQUNBLCtHQUNGO1VBQUUsUUFBUSxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUMsTUFBTSxDQUFDO1FBQUc7TUFFbkM7SUFDRjtJQUNBLE1BQU0sTUFBTSxJQUFJLENBQUMsQ0FBQSxXQUFZLENBQUMsUUFBUSxPQUFPO0lBQzdDLE1BQU0sV0FBVyxJQUFJLENBQUMsQ0FBQSxTQUFVLENBQUMsR0FBRyxDQUFDO0lBQ3JDLE1BQU0sYUFBYSxDQUFDLEVBQUUsRUFBRSxPQUFPLENBQUMsRUFBRSxNQUFNLENBQUMsRUFBRSxNQUFNO0lBQ2pELElBQUksVUFBbUMsQ0FBQztJQUN4QyxJQUFJLFVBQVU7SUFDZCxPQUFRO01BQ04sS0FBSztRQUFVO1VBQ2IsVUFBVTtVQUNWLE1BQU0sUUFBUSxVQUFVLGdCQUFnQixZQUFZLENBQUMsU0FBUyxPQUFPLElBQ25FLE9BQU8sU0FBUyxPQUFPLENBQUMsUUFBUSxLQUFLO1VBQ3ZDLE1BQU0sV0FBVyxRQUFRLE9BQU8sU0FBVSxPQUFPLENBQUMsUUFBUSxJQUFJO1VBQzlELElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLFVBQVUsQ0FBQyxhQUFhO1lBQ25ELElBQUk7Y0FDRixNQUFNLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxZQUFZLENBQUMsWUFBWTtnQkFDM0MsV0FBVyxFQUFFLFVBQVUsQ0FBQyxTQUFTO2dCQUNqQztnQkFDQSxTQUFTLElBQUksUUFBUSxLQUFLLEtBQUssQ0FBQyxTQUFVLE9BQU8sSUFBSTtnQkFDckQsdUJBQXVCLENBQUM7Y0FDMUI7WUFDRixFQUFFLE9BQU8sR0FBRztjQUNWLElBQUksQ0FBQyxDQUFDLGFBQWEsUUFBUSxLQUFLLEVBQUUsSUFBSSxLQUFLLHFCQUFxQixDQUFDLFVBQVUsTUFBTTtZQUNuRjtVQUNGO1VBQ0EsVUFBVTtZQUFFO1VBQVM7VUFDckI7UUFDRjtNQUNBLEtBQUs7UUFDSCxVQUFVO1VBQ1IsUUFBUSxLQUFLLFVBQVUsQ0FBQyxhQUFhLFdBQVc7VUFDaEQsUUFBUSxHQUFHLE9BQU8sQ0FBQyxFQUFFLE1BQU0sQ0FBQyxFQUFFLE1BQU07UUFDdEM7UUFDQTtNQUNGLEtBQUs7UUFDSCxVQUFVO1VBQUUsS0FBSyxNQUFNLEdBQUc7UUFBQztRQUMzQjtNQUNGLEtBQUs7UUFDSCxVQUFVO1VBQUUsVUFBVSxNQUFNLFFBQVE7UUFBQztRQUNyQztNQUNGLEtBQUs7UUFDSCxVQUFVO1VBQUUsU0FBUyxNQUFNLE9BQU87VUFBRSxRQUFRLE1BQU0sTUFBTTtRQUFDO1FBQ3pEO0lBQ0o7SUFDQSxJQUFJLElBQW9CO01BQ3RCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0EsU0FBUyxJQUFJO01BQ2I7SUFDRjtJQUNBLElBQUksVUFBVTtNQUNaLE1BQU0sa0JBQWtCLFNBQVMsV0FBVyxLQUFLLFlBQVksZ0JBQWdCLFlBQzNFLENBQUMsU0FBUyxPQUFPLElBQ2pCLFNBQVMsT0FBTyxDQUFDLFFBQVEsS0FBSyxRQUFRLFFBQVE7TUFDaEQsSUFBSSxDQUFDLG1CQUFtQixDQUFDLFdBQVcsVUFBVSxJQUFJO1FBQ2hELFlBQ0UsbUJBQ0EscUhBQ0E7VUFDRSxrQkFBa0I7WUFDaEIsYUFBYSxTQUFTLFdBQVc7WUFDakMsYUFBYSxTQUFTLFdBQVc7WUFDakMsU0FBUyxTQUFTLE9BQU87VUFDM0I7UUFDRjtNQUVKO01BQ0EsSUFBSTtRQUFFLEdBQUcsUUFBUTtRQUFFO1FBQVM7UUFBYSxTQUFTLElBQUk7TUFBUztJQUNqRTtJQUNBLE1BQU0sSUFBSSxDQUFDLENBQUEsU0FBVSxDQUFDLEdBQUcsQ0FBQyxLQUFLO0lBQy9CLElBQUksQ0FBQyxDQUFBLGFBQWMsQ0FBQztJQUNwQixPQUFRLEVBQUUsV0FBVztNQUNuQixLQUFLO1FBQVU7VUFDYixNQUFNLFNBQVMsTUFBTTtVQUNyQixNQUFNLGNBQWMsSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDLHlCQUF5QixDQUFDO1lBQ3ZELFVBQVUsQ0FBQyxnQkFBZ0IsRUFBRSxPQUFPLENBQUMsRUFBRSxNQUFNLElBQUksRUFBRSxZQUFZLENBQUMsRUFBRSxVQUFVO1lBQzVFLE9BQU87WUFDUCxRQUFRLEtBQUssR0FBRyxDQUFDLFNBQVM7WUFDMUIsUUFBUTtjQUFDLENBQUMsY0FBYyxFQUFFLEVBQUUsVUFBVSxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUsWUFBWTthQUFDO1VBQ25FO1VBQ0EsT0FBTyxNQUFNO1lBQ1gsYUFBYTtZQUNiLE1BQU07WUFDTixXQUFXLEVBQUUsVUFBVSxDQUFDLFNBQVM7WUFDakMsVUFBVSxFQUFFLE9BQU8sQ0FBQyxRQUFRO1lBQzVCLFNBQVMsRUFBRSxPQUFPO1lBQ2xCO1VBQ0Y7UUFDRjtNQUNBLEtBQUs7UUFBTTtVQUNULE1BQU0sU0FBUyxNQUFNLEtBQUssS0FBSztVQUMvQixPQUFPLE1BQU07WUFDWCxhQUFhO1lBQ2IsYUFBYSxFQUFFLFdBQVc7WUFDMUIsU0FBUyxJQUFJO1lBQ2IsUUFBUSxJQUFJLENBQUMsQ0FBQSxNQUFPLENBQUMsSUFBSSxDQUN2QixPQUNBLE1BQ0EsT0FBTyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEdBQ3ZCLFNBQVMsUUFDVCxFQUFFLFdBQVc7VUFFakI7UUFDRjtNQUNBO1FBQ0UsT0FBTyxNQUFNO1VBQUUsYUFBYSxFQUFFLFdBQVc7UUFBQztJQUM5QztFQUNGO0FBQ0Y7QUFFQSxvRkFBb0YsR0FDcEYsU0FBUyxXQUFXLFFBQXdCLEVBQUUsSUFBb0I7RUFDaEUsSUFBSSxLQUFLLFdBQVcsS0FBSyxVQUFVLFNBQVMsV0FBVyxLQUFLLEtBQUssV0FBVyxFQUFFLE9BQU87RUFDckYsSUFBSSxLQUFLLEtBQUssQ0FBQyxTQUFTLE9BQU8sSUFBSSxLQUFLLEtBQUssQ0FBQyxLQUFLLE9BQU8sR0FBRyxPQUFPO0VBQ3BFLElBQUksU0FBUyxXQUFXLEtBQUssS0FBSyxXQUFXLEVBQUU7SUFDN0MsT0FBTyxLQUFLLFdBQVcsS0FBSyxlQUMxQixLQUFLLFNBQVMsQ0FBQyxVQUFVLFNBQVMsT0FBTyxPQUFPLEtBQUssU0FBUyxDQUFDLFVBQVUsS0FBSyxPQUFPO0VBQ3pGO0VBQ0EsT0FBTyxTQUFTLFdBQVcsS0FBSyxlQUFlLEtBQUssV0FBVyxLQUFLO0FBQ3RFO0FBRUEsU0FBUyxZQUFZLENBQVM7RUFDNUIsT0FBTyxLQUFLLEtBQUssU0FBUyxDQUFDO0lBQUUsUUFBUTtFQUFFO0FBQ3pDO0FBRUEsU0FBUyxZQUFZLENBQVM7RUFDNUIsSUFBSTtJQUNGLE1BQU0sSUFBSSxLQUFLLEtBQUssQ0FBQyxLQUFLO0lBQzFCLE9BQU8sT0FBTyxTQUFTLENBQUMsR0FBRyxXQUFXLEVBQUUsTUFBTSxJQUFJLElBQUksRUFBRSxNQUFNLEdBQUc7RUFDbkUsRUFBRSxPQUFNO0lBQ04sT0FBTztFQUNUO0FBQ0YifQ==
// denoCacheMetadata=14487579603155946147,7292766003863959883
