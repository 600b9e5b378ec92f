/**
 * The object service of localtc (`/api/object/v1`): `createUpload` with the
 * `dataInline` and `putUrl` upload methods, `finishUpload` (hashes),
 * `startDownload` (`getUrl`, `simple`), `object` (metadata) and `download`
 * (303 to the data), plus the signed byte endpoints `/blobs/object/<name>`.
 */
import type { Context, Hono } from "hono";
import { type Endpoint, reply, reportError } from "./api.ts";
import { authorizeBlobRequest, blobError, receiveBlob, sendBlob, type UrlSigner } from "./blobs.ts";
import type { Collection, RecordCheck, Store } from "./store.ts";

/** A stored object. */
export interface ObjectRecord {
  name: string;
  projectId: string;
  /** Non-null while the upload is in progress. */
  uploadId: string | null;
  uploadExpires: string;
  expires: string;
  hashes: Record<string, string>;
  /** Set once data has been received (dataInline or PUT). */
  data?: { contentType: string; contentLength: number };
}

/** Shape check of stored objects. */
export const checkObject: RecordCheck = (v) => {
  const o = v as ObjectRecord;
  if (typeof v !== "object" || v === null) return "object record is not an object";
  if (typeof o.name !== "string" || typeof o.projectId !== "string") {
    return "object record lacks name/projectId";
  }
  if (typeof o.hashes !== "object" || o.hashes === null) return "object record lacks hashes";
  return undefined;
};

const SLUGID = "^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$";
const PROJECT_ID = {
  type: "string",
  minLength: 1,
  maxLength: 500,
  pattern: "^([a-zA-Z0-9._/-]*)$",
};
const HASHES = {
  type: "object",
  properties: {
    sha256: { type: "string", pattern: "^[a-z0-9]{64}$" },
    sha512: { type: "string", pattern: "^[a-z0-9]{128}$" },
  },
  additionalProperties: true,
};
const NAME = /^[\x20-\x7e]+$/;
const PUT_URL_SECONDS = 45 * 60;
const blobKey = (name: string) => `object/${name}`;

/** Proposed upload methods of `createUpload`. */
export interface ProposedUploadMethods {
  dataInline?: { contentType: string; objectData: string };
  putUrl?: { contentType: string; contentLength: number };
}

/** The object service. */
export class ObjectService {
  readonly #objects: Collection<ObjectRecord>;
  readonly #store: Store;
  readonly #signer: UrlSigner;
  readonly #now: () => number;

  constructor(store: Store, signer: UrlSigner, now: () => number) {
    this.#store = store;
    this.#objects = store.collection<ObjectRecord>("objects");
    this.#signer = signer;
    this.#now = now;
  }

  /** True when object `name` exists and its upload is finished. */
  isFinished(name: string): boolean {
    const o = this.#objects.get(name);
    return o !== undefined && o.uploadId === null;
  }

  /**
   * Begins (or idempotently repeats) an upload and applies the first usable
   * proposed method. Returns the chosen `uploadMethod`.
   */
  async createUpload(
    name: string,
    input: {
      projectId: string;
      uploadId: string;
      expires: string;
      hashes?: Record<string, string>;
      proposedUploadMethods: ProposedUploadMethods;
    },
  ): Promise<Record<string, unknown>> {
    const now = this.#now();
    let o = this.#objects.get(name);
    const expires = new Date(input.expires).toJSON();
    if (o) {
      if (
        o.uploadId !== input.uploadId || o.projectId !== input.projectId || o.expires !== expires
      ) {
        reportError("RequestConflict", "Object already exists", {
          name,
          projectId: input.projectId,
          backendId: "localtc",
        });
      }
    } else {
      o = {
        name,
        projectId: input.projectId,
        uploadId: input.uploadId,
        uploadExpires: new Date(now + 86400e3).toJSON(),
        expires,
        hashes: {},
      };
    }
    for (const [algo, hash] of Object.entries(input.hashes ?? {})) {
      if (o.hashes[algo] !== undefined && o.hashes[algo] !== hash) {
        reportError("RequestConflict", "Content hash already exists with a different value", {
          name,
        });
      }
      o.hashes[algo] = hash;
    }
    await this.#objects.put(name, o);
    const methods = input.proposedUploadMethods;
    if (methods.dataInline) {
      const { contentType, objectData } = methods.dataInline;
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = Uint8Array.from(atob(objectData), (ch) => ch.charCodeAt(0));
      } catch {
        return reportError("InputError", "Invalid base64 objectData", {});
      }
      const result = await this.#store.writeBlob(
        blobKey(name),
        new Blob([bytes]).stream(),
        bytes.length,
      );
      o.data = { contentType, contentLength: result.size };
      await this.#objects.put(name, o);
      return { dataInline: true };
    }
    if (methods.putUrl) {
      const { contentType, contentLength } = methods.putUrl;
      const expiresAt = now + PUT_URL_SECONDS * 1000;
      return {
        putUrl: {
          url: this.#signer.sign("PUT", "object", name, expiresAt + 10_000, contentType),
          expires: new Date(expiresAt).toJSON(),
          headers: {
            "Content-Type": contentType,
            "Content-Length": String(contentLength),
            "Content-Encoding": "identity",
          },
        },
      };
    }
    return {};
  }

  /** Registers the signed byte endpoints. */
  mountBlobs(app: Hono): void {
    const handle = async (c: Context) => {
      const auth = authorizeBlobRequest(c, this.#signer, "object", this.#now());
      if (!auth.ok) return auth.response;
      const { key: name, method } = auth;
      const o = this.#objects.get(name);
      if (method === "PUT") {
        if (!o) return blobError(404, "NoSuchUpload", "No upload in progress for this object");
        if (o.uploadId === null) {
          return blobError(409, "ObjectFinished", "The object is already finished and immutable");
        }
        const got = await receiveBlob(c, this.#store, blobKey(name));
        if (!got.ok) return got.response;
        o.data = {
          contentType: c.req.header("content-type") ?? "application/octet-stream",
          contentLength: got.result.size,
        };
        await this.#objects.put(name, o);
        return new Response(null, { status: 200 });
      }
      if (!o || o.uploadId !== null || !o.data) {
        return blobError(404, "NoSuchKey", "The specified key does not exist.");
      }
      return await sendBlob(c, this.#store, blobKey(name), o.data);
    };
    app.on(["PUT", "GET", "HEAD"], "/blobs/object/:key", handle);
  }

  #downloadUrl(name: string): { url: string; expires: number } {
    const expires = this.#now() + 30 * 60 * 1000;
    return { url: this.#signer.sign("GET", "object", name, expires), expires };
  }

  /** The object service's API methods. */
  endpoints(): Endpoint[] {
    return [
      {
        method: "put",
        route: "/upload/:name{.+}",
        name: "createUpload",
        scopes: "object:upload:<projectId>:<name>",
        params: { name: NAME },
        input: {
          type: "object",
          properties: {
            projectId: PROJECT_ID,
            uploadId: { type: "string", pattern: SLUGID },
            expires: { type: "string", format: "date-time" },
            hashes: HASHES,
            proposedUploadMethods: {
              type: "object",
              properties: {
                dataInline: {
                  type: "object",
                  properties: { contentType: { type: "string" }, objectData: { type: "string" } },
                  additionalProperties: false,
                  required: ["contentType", "objectData"],
                },
                putUrl: {
                  type: "object",
                  properties: {
                    contentType: { type: "string" },
                    contentLength: { type: "integer", minimum: 0 },
                  },
                  additionalProperties: false,
                  required: ["contentType", "contentLength"],
                },
              },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
          required: ["projectId", "uploadId", "expires", "proposedUploadMethods"],
        },
        handler: async (req) => {
          const input = req.body as Parameters<ObjectService["createUpload"]>[1];
          const { name } = req.params;
          await req.authorize({ projectId: input.projectId, name });
          const uploadMethod = await this.createUpload(name, input);
          return reply({
            projectId: input.projectId,
            uploadId: input.uploadId,
            expires: input.expires,
            uploadMethod,
          });
        },
      },
      {
        method: "post",
        route: "/finish-upload/:name{.+}",
        name: "finishUpload",
        scopes: "object:upload:<projectId>:<name>",
        params: { name: NAME },
        input: {
          type: "object",
          properties: {
            projectId: PROJECT_ID,
            uploadId: { type: "string", pattern: SLUGID },
            hashes: HASHES,
          },
          additionalProperties: false,
          required: ["uploadId", "projectId"],
        },
        handler: async (req) => {
          const { projectId, uploadId, hashes } = req.body as {
            projectId: string;
            uploadId: string;
            hashes?: Record<string, string>;
          };
          const { name } = req.params;
          await req.authorize({ projectId, name });
          const o = this.#objects.get(name);
          if (!o) reportError("ResourceNotFound", 'Object "{{name}}" not found', { name });
          if (o.projectId !== projectId) {
            reportError("InputError", 'Object "{{name}}" does not have projectId {{projectId}}', {
              name,
              projectId,
            });
          }
          if (o.uploadId === null) {
            for (const [algo, hash] of Object.entries(hashes ?? {})) {
              if (!o.hashes[algo]) {
                reportError(
                  "RequestConflict",
                  'Object "{{name}}" is already finished, but without hash algorithm {{algo}}',
                  {
                    name,
                    algo,
                  },
                );
              }
              if (o.hashes[algo] !== hash) {
                reportError(
                  "RequestConflict",
                  'Object "{{name}}" is already finished, but with a different hash for algorithm {{algo}}',
                  { name, algo },
                );
              }
            }
            return reply({});
          }
          if (o.uploadId !== uploadId) {
            reportError(
              "RequestConflict",
              'Object "{{name}}" does not have uploadId {{uploadId}}',
              { name, uploadId },
            );
          }
          for (const [algo, hash] of Object.entries(hashes ?? {})) {
            if (o.hashes[algo] !== undefined && o.hashes[algo] !== hash) {
              reportError("RequestConflict", "Content hash already exists with a different value", {
                name,
              });
            }
          }
          if (!o.data) {
            reportError("InputError", 'No data has been uploaded for object "{{name}}"', { name });
          }
          Object.assign(o.hashes, hashes ?? {});
          o.uploadId = null;
          await this.#objects.put(name, o);
          return reply({});
        },
      },
      {
        method: "put",
        route: "/start-download/:name{.+}",
        name: "startDownload",
        scopes: "object:download:<name>",
        params: { name: NAME },
        input: {
          type: "object",
          properties: {
            acceptDownloadMethods: {
              type: "object",
              properties: { simple: { const: true }, getUrl: { const: true } },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
          required: ["acceptDownloadMethods"],
        },
        handler: (req) => {
          const { name } = req.params;
          const o = this.#objects.get(name);
          if (!o || o.uploadId !== null) {
            reportError("ResourceNotFound", 'Object "{{name}}" not found', { name });
          }
          const accept =
            (req.body as { acceptDownloadMethods: Record<string, boolean> }).acceptDownloadMethods;
          const { url, expires } = this.#downloadUrl(name);
          if (accept.getUrl) {
            return reply({
              method: "getUrl",
              url,
              expires: new Date(expires).toJSON(),
              hashes: o.hashes,
            });
          }
          if (accept.simple) return reply({ method: "simple", url });
          return reportError("NoMatchingMethod", "Object supports methods {{methods}}", {
            methods: "getUrl, simple",
          });
        },
      },
      {
        method: "get",
        route: "/metadata/:name{.+}",
        name: "object",
        scopes: "object:download:<name>",
        params: { name: NAME },
        handler: ({ params }) => {
          const o = this.#objects.get(params.name);
          if (!o || o.uploadId !== null) {
            reportError("ResourceNotFound", 'Object "{{name}}" not found', { name: params.name });
          }
          return reply({ projectId: o.projectId, expires: o.expires, hashes: o.hashes });
        },
      },
      {
        method: "get",
        route: "/download/:name{.+}",
        name: "download",
        scopes: "object:download:<name>",
        params: { name: NAME },
        handler: ({ params }) => {
          const o = this.#objects.get(params.name);
          if (!o || o.uploadId !== null) {
            reportError("ResourceNotFound", 'Object "{{name}}" not found', { name: params.name });
          }
          const { url } = this.#downloadUrl(params.name);
          return new Response(null, { status: 303, headers: { location: url } });
        },
      },
    ];
  }
}
