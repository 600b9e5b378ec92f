/**
 * The queue's artifacts: createArtifact / finishArtifact for every storage
 * type (s3, object, reference, link, error) with the real queue's rules for
 * repeated calls, getArtifact / artifact (content) following links,
 * listArtifacts / artifactInfo, and the signed byte endpoints of s3
 * artifacts (`/blobs/s3/<key>`).
 */
import type { Context, Hono } from "hono";
import { ApiError, type ApiRequest, type Endpoint, reply, reportError } from "./api.ts";
import type { AuthService } from "./auth.ts";
import { authorizeBlobRequest, blobError, receiveBlob, sendBlob, type UrlSigner } from "./blobs.ts";
import { slugidNice } from "./credentials.ts";
import type { ObjectService } from "./object.ts";
import {
  type ArtifactRecord,
  canonical,
  iso,
  type S3BlobRecord,
  type Writes,
} from "./queue_records.ts";
import {
  DRIFT_MS,
  PARAMS,
  POST_ARTIFACT_SCHEMA,
  SLUGID_PATTERN,
  STORAGE_NEEDS_FINISH,
} from "./queue_schemas.ts";
import type { TaskBook } from "./queue_tasks.ts";
import { compareNames } from "./collation.ts";
import type { Collection, Store } from "./store.ts";

/** The artifacts of the queue's runs. */
export class ArtifactService {
  readonly #artifacts: Collection<ArtifactRecord>;
  readonly #s3: Collection<S3BlobRecord>;
  readonly #store: Store;
  readonly #book: TaskBook;
  readonly #auth: AuthService;
  readonly #objects: ObjectService;
  readonly #signer: UrlSigner;
  /** `${taskId}/${runId}` → artifact names */
  readonly #runArtifacts = new Map<string, Set<string>>();

  /** Loads the stored artifacts and indexes them by run. */
  constructor(
    store: Store,
    book: TaskBook,
    auth: AuthService,
    objects: ObjectService,
    signer: UrlSigner,
  ) {
    this.#store = store;
    this.#artifacts = store.collection<ArtifactRecord>("artifacts");
    this.#s3 = store.collection<S3BlobRecord>("s3blobs");
    this.#book = book;
    this.#auth = auth;
    this.#objects = objects;
    this.#signer = signer;
    for (const a of this.#artifacts.values()) this.#indexArtifact(a);
  }

  #now(): number {
    return this.#book.now();
  }

  /** The present artifacts of one run, by name. */
  ofRun(taskId: string, runId: number): ArtifactRecord[] {
    const names = [...(this.#runArtifacts.get(`${taskId}/${runId}`) ?? [])].sort(compareNames);
    return names.map((n) => this.#artifacts.get(this.#artifactKey(taskId, runId, n)))
      .filter((a): a is ArtifactRecord => a?.present === true);
  }

  #indexArtifact(a: ArtifactRecord): void {
    const k = `${a.taskId}/${a.runId}`;
    let s = this.#runArtifacts.get(k);
    if (!s) this.#runArtifacts.set(k, s = new Set());
    s.add(a.name);
  }

  #artifactKey(taskId: string, runId: number, name: string): string {
    return `${taskId}/${runId}/${name}`;
  }

  #latestRunId(taskId: string, writes: Writes): number {
    const t = this.#book.get(taskId, writes);
    if (!t) reportError("ResourceNotFound", "Task not found", {});
    if (t.runs.length === 0) reportError("ResourceNotFound", "Task doesn't have any runs", {});
    return t.runs.length - 1;
  }

  async #followLinks(
    req: ApiRequest,
    taskId: string,
    runId: number,
    name: string,
  ): Promise<ArtifactRecord> {
    const names: string[] = [];
    while (true) {
      names.push(name);
      await req.authorize({ names });
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

  #s3GetUrl(a: ArtifactRecord): string {
    return this.#signer.sign("GET", "s3", String(a.details.prefix), this.#now() + 30 * 60 * 1000);
  }

  #serialize(a: ArtifactRecord) {
    return {
      storageType: a.storageType,
      name: a.name,
      expires: a.expires,
      contentType: a.contentType,
      ...(a.contentLength !== null ? { contentLength: a.contentLength } : {}),
    };
  }

  /** Registers the signed byte endpoints for s3 artifacts. */
  mountBlobs(app: Hono): void {
    const handle = async (c: Context) => {
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
          ...(enc ? { contentEncoding: enc } : {}),
          contentLength: got.result.size,
        });
        return new Response(null, { status: 200, headers: { etag: `"${got.result.sha256}"` } });
      }
      const meta = this.#s3.get(blobKey);
      if (!meta) return blobError(404, "NoSuchKey", "The specified key does not exist.");
      return await sendBlob(c, this.#store, blobKey, meta);
    };
    app.on(["PUT", "GET", "HEAD"], "/blobs/s3/:key", handle);
  }

  // ---- API ---------------------------------------------------------------

  /** The artifact API methods (in the order the queue mounts them). */
  endpoints(): Endpoint[] {
    const artifactRoutes = (latest: boolean) => ({
      prefix: latest ? "/task/:taskId" : "/task/:taskId/runs/:runId",
      runId: (req: ApiRequest, writes: Writes) =>
        latest ? this.#latestRunId(req.params.taskId, writes) : parseInt(req.params.runId, 10),
    });

    const getArtifact = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifacts/:name{.+}`,
        name: latest ? "getLatestArtifact" : "getArtifact",
        scopes: { AllOf: [{ for: "name", in: "names", each: "queue:get-artifact:<name>" }] },
        params: PARAMS,
        handler: async (req) => {
          const { taskId, name } = req.params;
          if (latest) await req.authorize({ names: [name] });
          const writes: Writes = [];
          const runId = r.runId(req, writes);
          await Promise.all(writes);
          const a = await this.#followLinks(req, taskId, runId, name);
          const h = { "x-taskcluster-artifact-storage-type": a.storageType };
          if (a.storageType === "error") {
            return reply({ reason: a.details.reason, message: a.details.message }, 424, h);
          }
          let url: string;
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
          return reply({ storageType: a.storageType, url }, 303, { ...h, location: url });
        },
      };
    };

    const artifactContent = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifact-content/:name{.+}`,
        name: latest ? "latestArtifact" : "artifact",
        scopes: { AllOf: [{ for: "name", in: "names", each: "queue:get-artifact:<name>" }] },
        params: PARAMS,
        handler: async (req) => {
          const { taskId, name } = req.params;
          const writes: Writes = [];
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
                scopes: [`object:download:${objectName}`],
              });
              return reply({ storageType: "object", name: objectName, credentials });
            }
            case "s3":
              return reply({ storageType: "s3", url: this.#s3GetUrl(a) });
            case "reference":
              return reply({ storageType: "reference", url: a.details.url });
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

    const listArtifacts = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifacts`,
        name: latest ? "listLatestArtifacts" : "listArtifacts",
        scopes: latest ? "queue:list-artifacts:<taskId>" : "queue:list-artifacts:<taskId>:<runId>",
        params: PARAMS,
        handler: async (req) => {
          const { taskId } = req.params;
          const writes: Writes = [];
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
          const names = [...(this.#runArtifacts.get(`${taskId}/${runId}`) ?? [])].sort(
            compareNames,
          );
          const all = names.map((n) => this.#artifacts.get(this.#artifactKey(taskId, runId, n))!)
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
            ...(start + limit < all.length
              ? { continuationToken: encodeToken(start + limit) }
              : {}),
          });
        },
      };
    };

    const artifactInfo = (latest: boolean): Endpoint => {
      const r = artifactRoutes(latest);
      return {
        method: "get",
        route: `${r.prefix}/artifact-info/:name{.+}`,
        name: latest ? "latestArtifactInfo" : "artifactInfo",
        scopes: latest ? "queue:list-artifacts:<taskId>" : "queue:list-artifacts:<taskId>:<runId>",
        params: PARAMS,
        handler: async (req) => {
          const writes: Writes = [];
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
          properties: { uploadId: { type: "string", pattern: SLUGID_PATTERN } },
          additionalProperties: false,
          required: ["uploadId"],
        },
        handler: async (req) => {
          const { taskId, name } = req.params;
          const runId = parseInt(req.params.runId, 10);
          const { uploadId } = req.body as { uploadId: string };
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

  async #createArtifact(req: ApiRequest): Promise<Response> {
    const { taskId, name } = req.params;
    const runId = parseInt(req.params.runId, 10);
    const input = req.body as {
      storageType: ArtifactRecord["storageType"];
      expires: string;
      contentType?: string;
      contentLength?: number;
      url?: string;
      artifact?: string;
      reason?: string;
      message?: string;
    };
    const { storageType } = input;
    // the real queue publishes artifact-created at once for these, and that message caps names at 1024
    if (storageType !== "s3" && name.length > 1024) {
      reportError(
        "InputError",
        "Artifact name is {{length}} characters long; artifacts other than s3 may have names of at most 1024 characters",
        { length: name.length },
      );
    }
    const contentType = input.contentType || "application/binary";
    const contentLength = input.contentLength ?? null;
    const expires = Date.parse(input.expires);
    const now = this.#now();
    if (expires < now - DRIFT_MS) reportError("InputError", "Expires must be in the future", {});
    const writes: Writes = [];
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
    await req.authorize({ taskId, runId, workerGroup, workerId, name });
    if (expires > Date.parse(t.definition.expires)) {
      reportError(
        "InputError",
        "Artifact expires ({{expires}}) after the task expiration {{taskExpires}} (task.expires < expires) - " +
          "this is not allowed, artifacts may not expire after the task they belong to expires",
        { taskExpires: t.definition.expires, expires: iso(expires) },
      );
    }
    if (run.state !== "running") {
      const allow = run.state === "exception" && Date.parse(run.resolved!) > now - 25 * 60 * 1000;
      if (!allow) {
        reportError(
          "RequestConflict",
          "Artifacts cannot be created for a task after it is resolved, unless it is resolved 'exception', " +
            "and even in this case only up to 25 min past resolution.This to ensure that artifacts have been " +
            "uploaded before a task is 'completed' and output is consumed by a dependent task\n\nTask status: {{status}}",
          { status: this.#book.status(t) },
        );
      }
    }
    const key = this.#artifactKey(taskId, runId, name);
    const original = this.#artifacts.get(key);
    const objectName = `t/${taskId}/${runId}/${name}`;
    let details: Record<string, unknown> = {};
    let present = true;
    switch (storageType) {
      case "object": {
        present = false;
        const reuse = original?.storageType === "object" && !original.present &&
          typeof original.details.uploadId === "string";
        const uploadId = reuse ? String(original!.details.uploadId) : slugidNice();
        if (!reuse || !this.#objects.isFinished(objectName)) {
          try {
            await this.#objects.createUpload(objectName, {
              projectId: t.definition.projectId,
              uploadId,
              expires: iso(reuse ? Date.parse(original!.expires) : expires),
              proposedUploadMethods: {},
            });
          } catch (e) {
            if (!(e instanceof ApiError) || e.code !== "RequestConflict" || !original) throw e;
          }
        }
        details = { uploadId };
        break;
      }
      case "s3":
        details = {
          bucket: name.startsWith("public/") ? "public" : "private",
          prefix: `${taskId}/${runId}/${name}`,
        };
        break;
      case "reference":
        details = { url: input.url };
        break;
      case "link":
        details = { artifact: input.artifact };
        break;
      case "error":
        details = { message: input.message, reason: input.reason };
        break;
    }
    let a: ArtifactRecord = {
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
        !original.present &&
        original.details.uploadId === details.uploadId;
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
      a = { ...original, details, storageType, expires: iso(expires) };
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
          scopes: [`object:upload:${t.definition.projectId}:${objectName}`],
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
        return reply({ storageType: a.storageType });
    }
  }
}

/** Compatibility of a repeated createArtifact (the queue's documented exceptions). */
function compatible(original: ArtifactRecord, next: ArtifactRecord): boolean {
  if (next.storageType !== "link" && original.contentType !== next.contentType) return false;
  if (Date.parse(original.expires) > Date.parse(next.expires)) return false;
  if (original.storageType === next.storageType) {
    return next.storageType === "reference" ||
      JSON.stringify(canonical(original.details)) === JSON.stringify(canonical(next.details));
  }
  return original.storageType === "reference" && next.storageType === "link";
}

function encodeToken(n: number): string {
  return btoa(JSON.stringify({ offset: n }));
}

function decodeToken(s: string): number | undefined {
  try {
    const v = JSON.parse(atob(s));
    return Number.isInteger(v?.offset) && v.offset >= 0 ? v.offset : undefined;
  } catch {
    return undefined;
  }
}
