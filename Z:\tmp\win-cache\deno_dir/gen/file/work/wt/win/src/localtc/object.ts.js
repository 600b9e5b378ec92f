/**
 * The object service of localtc (`/api/object/v1`): `createUpload` with the
 * `dataInline` and `putUrl` upload methods, `finishUpload` (hashes),
 * `startDownload` (`getUrl`, `simple`), `object` (metadata) and `download`
 * (303 to the data), plus the signed byte endpoints `/blobs/object/<name>`.
 */
import { reply, reportError } from "./api.ts";
import { authorizeBlobRequest, blobError, receiveBlob, sendBlob } from "./blobs.ts";
/** Shape check of stored objects. */ export const checkObject = (v) => {
  const o = v;
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
    sha256: {
      type: "string",
      pattern: "^[a-z0-9]{64}$",
    },
    sha512: {
      type: "string",
      pattern: "^[a-z0-9]{128}$",
    },
  },
  additionalProperties: true,
};
const NAME = /^[\x20-\x7e]+$/;
const PUT_URL_SECONDS = 45 * 60;
const blobKey = (name) => `object/${name}`;
/** The object service. */ export class ObjectService {
  #objects;
  #store;
  #signer;
  #now;
  constructor(store, signer, now) {
    this.#store = store;
    this.#objects = store.collection("objects");
    this.#signer = signer;
    this.#now = now;
  }
  /** True when object `name` exists and its upload is finished. */ isFinished(name) {
    const o = this.#objects.get(name);
    return o !== undefined && o.uploadId === null;
  }
  /**
   * Begins (or idempotently repeats) an upload and applies the first usable
   * proposed method. Returns the chosen `uploadMethod`.
   */ async createUpload(name, input) {
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
      let bytes;
      try {
        bytes = Uint8Array.from(atob(objectData), (ch) => ch.charCodeAt(0));
      } catch {
        return reportError("InputError", "Invalid base64 objectData", {});
      }
      const result = await this.#store.writeBlob(
        blobKey(name),
        new Blob([
          bytes,
        ]).stream(),
        bytes.length,
      );
      o.data = {
        contentType,
        contentLength: result.size,
      };
      await this.#objects.put(name, o);
      return {
        dataInline: true,
      };
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
  /** Registers the signed byte endpoints. */ mountBlobs(app) {
    const handle = async (c) => {
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
        return new Response(null, {
          status: 200,
        });
      }
      if (!o || o.uploadId !== null || !o.data) {
        return blobError(404, "NoSuchKey", "The specified key does not exist.");
      }
      return await sendBlob(c, this.#store, blobKey(name), o.data);
    };
    app.on(
      [
        "PUT",
        "GET",
        "HEAD",
      ],
      "/blobs/object/:key",
      handle,
    );
  }
  #downloadUrl(name) {
    const expires = this.#now() + 30 * 60 * 1000;
    return {
      url: this.#signer.sign("GET", "object", name, expires),
      expires,
    };
  }
  /** The object service's API methods. */ endpoints() {
    return [
      {
        method: "put",
        route: "/upload/:name{.+}",
        name: "createUpload",
        scopes: "object:upload:<projectId>:<name>",
        params: {
          name: NAME,
        },
        input: {
          type: "object",
          properties: {
            projectId: PROJECT_ID,
            uploadId: {
              type: "string",
              pattern: SLUGID,
            },
            expires: {
              type: "string",
              format: "date-time",
            },
            hashes: HASHES,
            proposedUploadMethods: {
              type: "object",
              properties: {
                dataInline: {
                  type: "object",
                  properties: {
                    contentType: {
                      type: "string",
                    },
                    objectData: {
                      type: "string",
                    },
                  },
                  additionalProperties: false,
                  required: [
                    "contentType",
                    "objectData",
                  ],
                },
                putUrl: {
                  type: "object",
                  properties: {
                    contentType: {
                      type: "string",
                    },
                    contentLength: {
                      type: "integer",
                      minimum: 0,
                    },
                  },
                  additionalProperties: false,
                  required: [
                    "contentType",
                    "contentLength",
                  ],
                },
              },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
          required: [
            "projectId",
            "uploadId",
            "expires",
            "proposedUploadMethods",
          ],
        },
        handler: async (req) => {
          const input = req.body;
          const { name } = req.params;
          await req.authorize({
            projectId: input.projectId,
            name,
          });
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
        params: {
          name: NAME,
        },
        input: {
          type: "object",
          properties: {
            projectId: PROJECT_ID,
            uploadId: {
              type: "string",
              pattern: SLUGID,
            },
            hashes: HASHES,
          },
          additionalProperties: false,
          required: [
            "uploadId",
            "projectId",
          ],
        },
        handler: async (req) => {
          const { projectId, uploadId, hashes } = req.body;
          const { name } = req.params;
          await req.authorize({
            projectId,
            name,
          });
          const o = this.#objects.get(name);
          if (!o) {
            reportError("ResourceNotFound", 'Object "{{name}}" not found', {
              name,
            });
          }
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
                  {
                    name,
                    algo,
                  },
                );
              }
            }
            return reply({});
          }
          if (o.uploadId !== uploadId) {
            reportError(
              "RequestConflict",
              'Object "{{name}}" does not have uploadId {{uploadId}}',
              {
                name,
                uploadId,
              },
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
            reportError("InputError", 'No data has been uploaded for object "{{name}}"', {
              name,
            });
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
        params: {
          name: NAME,
        },
        input: {
          type: "object",
          properties: {
            acceptDownloadMethods: {
              type: "object",
              properties: {
                simple: {
                  const: true,
                },
                getUrl: {
                  const: true,
                },
              },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
          required: [
            "acceptDownloadMethods",
          ],
        },
        handler: (req) => {
          const { name } = req.params;
          const o = this.#objects.get(name);
          if (!o || o.uploadId !== null) {
            reportError("ResourceNotFound", 'Object "{{name}}" not found', {
              name,
            });
          }
          const accept = req.body.acceptDownloadMethods;
          const { url, expires } = this.#downloadUrl(name);
          if (accept.getUrl) {
            return reply({
              method: "getUrl",
              url,
              expires: new Date(expires).toJSON(),
              hashes: o.hashes,
            });
          }
          if (accept.simple) {
            return reply({
              method: "simple",
              url,
            });
          }
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
        params: {
          name: NAME,
        },
        handler: ({ params }) => {
          const o = this.#objects.get(params.name);
          if (!o || o.uploadId !== null) {
            reportError("ResourceNotFound", 'Object "{{name}}" not found', {
              name: params.name,
            });
          }
          return reply({
            projectId: o.projectId,
            expires: o.expires,
            hashes: o.hashes,
          });
        },
      },
      {
        method: "get",
        route: "/download/:name{.+}",
        name: "download",
        scopes: "object:download:<name>",
        params: {
          name: NAME,
        },
        handler: ({ params }) => {
          const o = this.#objects.get(params.name);
          if (!o || o.uploadId !== null) {
            reportError("ResourceNotFound", 'Object "{{name}}" not found', {
              name: params.name,
            });
          }
          const { url } = this.#downloadUrl(params.name);
          return new Response(null, {
            status: 303,
            headers: {
              location: url,
            },
          });
        },
      },
    ];
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvb2JqZWN0LnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIG9iamVjdCBzZXJ2aWNlIG9mIGxvY2FsdGMgKGAvYXBpL29iamVjdC92MWApOiBgY3JlYXRlVXBsb2FkYCB3aXRoIHRoZVxuICogYGRhdGFJbmxpbmVgIGFuZCBgcHV0VXJsYCB1cGxvYWQgbWV0aG9kcywgYGZpbmlzaFVwbG9hZGAgKGhhc2hlcyksXG4gKiBgc3RhcnREb3dubG9hZGAgKGBnZXRVcmxgLCBgc2ltcGxlYCksIGBvYmplY3RgIChtZXRhZGF0YSkgYW5kIGBkb3dubG9hZGBcbiAqICgzMDMgdG8gdGhlIGRhdGEpLCBwbHVzIHRoZSBzaWduZWQgYnl0ZSBlbmRwb2ludHMgYC9ibG9icy9vYmplY3QvPG5hbWU+YC5cbiAqL1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBIb25vIH0gZnJvbSBcImhvbm9cIjtcbmltcG9ydCB7IHR5cGUgRW5kcG9pbnQsIHJlcGx5LCByZXBvcnRFcnJvciB9IGZyb20gXCIuL2FwaS50c1wiO1xuaW1wb3J0IHsgYXV0aG9yaXplQmxvYlJlcXVlc3QsIGJsb2JFcnJvciwgcmVjZWl2ZUJsb2IsIHNlbmRCbG9iLCB0eXBlIFVybFNpZ25lciB9IGZyb20gXCIuL2Jsb2JzLnRzXCI7XG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb24sIFJlY29yZENoZWNrLCBTdG9yZSB9IGZyb20gXCIuL3N0b3JlLnRzXCI7XG5cbi8qKiBBIHN0b3JlZCBvYmplY3QuICovXG5leHBvcnQgaW50ZXJmYWNlIE9iamVjdFJlY29yZCB7XG4gIG5hbWU6IHN0cmluZztcbiAgcHJvamVjdElkOiBzdHJpbmc7XG4gIC8qKiBOb24tbnVsbCB3aGlsZSB0aGUgdXBsb2FkIGlzIGluIHByb2dyZXNzLiAqL1xuICB1cGxvYWRJZDogc3RyaW5nIHwgbnVsbDtcbiAgdXBsb2FkRXhwaXJlczogc3RyaW5nO1xuICBleHBpcmVzOiBzdHJpbmc7XG4gIGhhc2hlczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFNldCBvbmNlIGRhdGEgaGFzIGJlZW4gcmVjZWl2ZWQgKGRhdGFJbmxpbmUgb3IgUFVUKS4gKi9cbiAgZGF0YT86IHsgY29udGVudFR5cGU6IHN0cmluZzsgY29udGVudExlbmd0aDogbnVtYmVyIH07XG59XG5cbi8qKiBTaGFwZSBjaGVjayBvZiBzdG9yZWQgb2JqZWN0cy4gKi9cbmV4cG9ydCBjb25zdCBjaGVja09iamVjdDogUmVjb3JkQ2hlY2sgPSAodikgPT4ge1xuICBjb25zdCBvID0gdiBhcyBPYmplY3RSZWNvcmQ7XG4gIGlmICh0eXBlb2YgdiAhPT0gXCJvYmplY3RcIiB8fCB2ID09PSBudWxsKSByZXR1cm4gXCJvYmplY3QgcmVjb3JkIGlzIG5vdCBhbiBvYmplY3RcIjtcbiAgaWYgKHR5cGVvZiBvLm5hbWUgIT09IFwic3RyaW5nXCIgfHwgdHlwZW9mIG8ucHJvamVjdElkICE9PSBcInN0cmluZ1wiKSB7XG4gICAgcmV0dXJuIFwib2JqZWN0IHJlY29yZCBsYWNrcyBuYW1lL3Byb2plY3RJZFwiO1xuICB9XG4gIGlmICh0eXBlb2Ygby5oYXNoZXMgIT09IFwib2JqZWN0XCIgfHwgby5oYXNoZXMgPT09IG51bGwpIHJldHVybiBcIm9iamVjdCByZWNvcmQgbGFja3MgaGFzaGVzXCI7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59O1xuXG5jb25zdCBTTFVHSUQgPSBcIl5bQS1aYS16MC05Xy1dezh9W1EtVF1bQS1aYS16MC05Xy1dW0NHS09TV2FlaW1xdXkyNi1dW0EtWmEtejAtOV8tXXsxMH1bQVFnd10kXCI7XG5jb25zdCBQUk9KRUNUX0lEID0ge1xuICB0eXBlOiBcInN0cmluZ1wiLFxuICBtaW5MZW5ndGg6IDEsXG4gIG1heExlbmd0aDogNTAwLFxuICBwYXR0ZXJuOiBcIl4oW2EtekEtWjAtOS5fLy1dKikkXCIsXG59O1xuY29uc3QgSEFTSEVTID0ge1xuICB0eXBlOiBcIm9iamVjdFwiLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAgc2hhMjU2OiB7IHR5cGU6IFwic3RyaW5nXCIsIHBhdHRlcm46IFwiXlthLXowLTldezY0fSRcIiB9LFxuICAgIHNoYTUxMjogeyB0eXBlOiBcInN0cmluZ1wiLCBwYXR0ZXJuOiBcIl5bYS16MC05XXsxMjh9JFwiIH0sXG4gIH0sXG4gIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiB0cnVlLFxufTtcbmNvbnN0IE5BTUUgPSAvXltcXHgyMC1cXHg3ZV0rJC87XG5jb25zdCBQVVRfVVJMX1NFQ09ORFMgPSA0NSAqIDYwO1xuY29uc3QgYmxvYktleSA9IChuYW1lOiBzdHJpbmcpID0+IGBvYmplY3QvJHtuYW1lfWA7XG5cbi8qKiBQcm9wb3NlZCB1cGxvYWQgbWV0aG9kcyBvZiBgY3JlYXRlVXBsb2FkYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvcG9zZWRVcGxvYWRNZXRob2RzIHtcbiAgZGF0YUlubGluZT86IHsgY29udGVudFR5cGU6IHN0cmluZzsgb2JqZWN0RGF0YTogc3RyaW5nIH07XG4gIHB1dFVybD86IHsgY29udGVudFR5cGU6IHN0cmluZzsgY29udGVudExlbmd0aDogbnVtYmVyIH07XG59XG5cbi8qKiBUaGUgb2JqZWN0IHNlcnZpY2UuICovXG5leHBvcnQgY2xhc3MgT2JqZWN0U2VydmljZSB7XG4gIHJlYWRvbmx5ICNvYmplY3RzOiBDb2xsZWN0aW9uPE9iamVjdFJlY29yZD47XG4gIHJlYWRvbmx5ICNzdG9yZTogU3RvcmU7XG4gIHJlYWRvbmx5ICNzaWduZXI6IFVybFNpZ25lcjtcbiAgcmVhZG9ubHkgI25vdzogKCkgPT4gbnVtYmVyO1xuXG4gIGNvbnN0cnVjdG9yKHN0b3JlOiBTdG9yZSwgc2lnbmVyOiBVcmxTaWduZXIsIG5vdzogKCkgPT4gbnVtYmVyKSB7XG4gICAgdGhpcy4jc3RvcmUgPSBzdG9yZTtcbiAgICB0aGlzLiNvYmplY3RzID0gc3RvcmUuY29sbGVjdGlvbjxPYmplY3RSZWNvcmQ+KFwib2JqZWN0c1wiKTtcbiAgICB0aGlzLiNzaWduZXIgPSBzaWduZXI7XG4gICAgdGhpcy4jbm93ID0gbm93O1xuICB9XG5cbiAgLyoqIFRydWUgd2hlbiBvYmplY3QgYG5hbWVgIGV4aXN0cyBhbmQgaXRzIHVwbG9hZCBpcyBmaW5pc2hlZC4gKi9cbiAgaXNGaW5pc2hlZChuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgICBjb25zdCBvID0gdGhpcy4jb2JqZWN0cy5nZXQobmFtZSk7XG4gICAgcmV0dXJuIG8gIT09IHVuZGVmaW5lZCAmJiBvLnVwbG9hZElkID09PSBudWxsO1xuICB9XG5cbiAgLyoqXG4gICAqIEJlZ2lucyAob3IgaWRlbXBvdGVudGx5IHJlcGVhdHMpIGFuIHVwbG9hZCBhbmQgYXBwbGllcyB0aGUgZmlyc3QgdXNhYmxlXG4gICAqIHByb3Bvc2VkIG1ldGhvZC4gUmV0dXJucyB0aGUgY2hvc2VuIGB1cGxvYWRNZXRob2RgLlxuICAgKi9cbiAgYXN5bmMgY3JlYXRlVXBsb2FkKFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBpbnB1dDoge1xuICAgICAgcHJvamVjdElkOiBzdHJpbmc7XG4gICAgICB1cGxvYWRJZDogc3RyaW5nO1xuICAgICAgZXhwaXJlczogc3RyaW5nO1xuICAgICAgaGFzaGVzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgICAgIHByb3Bvc2VkVXBsb2FkTWV0aG9kczogUHJvcG9zZWRVcGxvYWRNZXRob2RzO1xuICAgIH0sXG4gICk6IFByb21pc2U8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgICBjb25zdCBub3cgPSB0aGlzLiNub3coKTtcbiAgICBsZXQgbyA9IHRoaXMuI29iamVjdHMuZ2V0KG5hbWUpO1xuICAgIGNvbnN0IGV4cGlyZXMgPSBuZXcgRGF0ZShpbnB1dC5leHBpcmVzKS50b0pTT04oKTtcbiAgICBpZiAobykge1xuICAgICAgaWYgKFxuICAgICAgICBvLnVwbG9hZElkICE9PSBpbnB1dC51cGxvYWRJZCB8fCBvLnByb2plY3RJZCAhPT0gaW5wdXQucHJvamVjdElkIHx8IG8uZXhwaXJlcyAhPT0gZXhwaXJlc1xuICAgICAgKSB7XG4gICAgICAgIHJlcG9ydEVycm9yKFwiUmVxdWVzdENvbmZsaWN0XCIsIFwiT2JqZWN0IGFscmVhZHkgZXhpc3RzXCIsIHtcbiAgICAgICAgICBuYW1lLFxuICAgICAgICAgIHByb2plY3RJZDogaW5wdXQucHJvamVjdElkLFxuICAgICAgICAgIGJhY2tlbmRJZDogXCJsb2NhbHRjXCIsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgIH0gZWxzZSB7XG4gICAgICBvID0ge1xuICAgICAgICBuYW1lLFxuICAgICAgICBwcm9qZWN0SWQ6IGlucHV0LnByb2plY3RJZCxcbiAgICAgICAgdXBsb2FkSWQ6IGlucHV0LnVwbG9hZElkLFxuICAgICAgICB1cGxvYWRFeHBpcmVzOiBuZXcgRGF0ZShub3cgKyA4NjQwMGUzKS50b0pTT04oKSxcbiAgICAgICAgZXhwaXJlcyxcbiAgICAgICAgaGFzaGVzOiB7fSxcbiAgICAgIH07XG4gICAgfVxuICAgIGZvciAoY29uc3QgW2FsZ28sIGhhc2hdIG9mIE9iamVjdC5lbnRyaWVzKGlucHV0Lmhhc2hlcyA/PyB7fSkpIHtcbiAgICAgIGlmIChvLmhhc2hlc1thbGdvXSAhPT0gdW5kZWZpbmVkICYmIG8uaGFzaGVzW2FsZ29dICE9PSBoYXNoKSB7XG4gICAgICAgIHJlcG9ydEVycm9yKFwiUmVxdWVzdENvbmZsaWN0XCIsIFwiQ29udGVudCBoYXNoIGFscmVhZHkgZXhpc3RzIHdpdGggYSBkaWZmZXJlbnQgdmFsdWVcIiwge1xuICAgICAgICAgIG5hbWUsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgICAgby5oYXNoZXNbYWxnb10gPSBoYXNoO1xuICAgIH1cbiAgICBhd2FpdCB0aGlzLiNvYmplY3RzLnB1dChuYW1lLCBvKTtcbiAgICBjb25zdCBtZXRob2RzID0gaW5wdXQucHJvcG9zZWRVcGxvYWRNZXRob2RzO1xuICAgIGlmIChtZXRob2RzLmRhdGFJbmxpbmUpIHtcbiAgICAgIGNvbnN0IHsgY29udGVudFR5cGUsIG9iamVjdERhdGEgfSA9IG1ldGhvZHMuZGF0YUlubGluZTtcbiAgICAgIGxldCBieXRlczogVWludDhBcnJheTxBcnJheUJ1ZmZlcj47XG4gICAgICB0cnkge1xuICAgICAgICBieXRlcyA9IFVpbnQ4QXJyYXkuZnJvbShhdG9iKG9iamVjdERhdGEpLCAoY2gpID0+IGNoLmNoYXJDb2RlQXQoMCkpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIHJldHVybiByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgXCJJbnZhbGlkIGJhc2U2NCBvYmplY3REYXRhXCIsIHt9KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHRoaXMuI3N0b3JlLndyaXRlQmxvYihcbiAgICAgICAgYmxvYktleShuYW1lKSxcbiAgICAgICAgbmV3IEJsb2IoW2J5dGVzXSkuc3RyZWFtKCksXG4gICAgICAgIGJ5dGVzLmxlbmd0aCxcbiAgICAgICk7XG4gICAgICBvLmRhdGEgPSB7IGNvbnRlbnRUeXBlLCBjb250ZW50TGVuZ3RoOiByZXN1bHQuc2l6ZSB9O1xuICAgICAgYXdhaXQgdGhpcy4jb2JqZWN0cy5wdXQobmFtZSwgbyk7XG4gICAgICByZXR1cm4geyBkYXRhSW5saW5lOiB0cnVlIH07XG4gICAgfVxuICAgIGlmIChtZXRob2RzLnB1dFVybCkge1xuICAgICAgY29uc3QgeyBjb250ZW50VHlwZSwgY29udGVudExlbmd0aCB9ID0gbWV0aG9kcy5wdXRVcmw7XG4gICAgICBjb25zdCBleHBpcmVzQXQgPSBub3cgKyBQVVRfVVJMX1NFQ09ORFMgKiAxMDAwO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgcHV0VXJsOiB7XG4gICAgICAgICAgdXJsOiB0aGlzLiNzaWduZXIuc2lnbihcIlBVVFwiLCBcIm9iamVjdFwiLCBuYW1lLCBleHBpcmVzQXQgKyAxMF8wMDAsIGNvbnRlbnRUeXBlKSxcbiAgICAgICAgICBleHBpcmVzOiBuZXcgRGF0ZShleHBpcmVzQXQpLnRvSlNPTigpLFxuICAgICAgICAgIGhlYWRlcnM6IHtcbiAgICAgICAgICAgIFwiQ29udGVudC1UeXBlXCI6IGNvbnRlbnRUeXBlLFxuICAgICAgICAgICAgXCJDb250ZW50LUxlbmd0aFwiOiBTdHJpbmcoY29udGVudExlbmd0aCksXG4gICAgICAgICAgICBcIkNvbnRlbnQtRW5jb2RpbmdcIjogXCJpZGVudGl0eVwiLFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICB9O1xuICAgIH1cbiAgICByZXR1cm4ge307XG4gIH1cblxuICAvKiogUmVnaXN0ZXJzIHRoZSBzaWduZWQgYnl0ZSBlbmRwb2ludHMuICovXG4gIG1vdW50QmxvYnMoYXBwOiBIb25vKTogdm9pZCB7XG4gICAgY29uc3QgaGFuZGxlID0gYXN5bmMgKGM6IENvbnRleHQpID0+IHtcbiAgICAgIGNvbnN0IGF1dGggPSBhdXRob3JpemVCbG9iUmVxdWVzdChjLCB0aGlzLiNzaWduZXIsIFwib2JqZWN0XCIsIHRoaXMuI25vdygpKTtcbiAgICAgIGlmICghYXV0aC5vaykgcmV0dXJuIGF1dGgucmVzcG9uc2U7XG4gICAgICBjb25zdCB7IGtleTogbmFtZSwgbWV0aG9kIH0gPSBhdXRoO1xuICAgICAgY29uc3QgbyA9IHRoaXMuI29iamVjdHMuZ2V0KG5hbWUpO1xuICAgICAgaWYgKG1ldGhvZCA9PT0gXCJQVVRcIikge1xuICAgICAgICBpZiAoIW8pIHJldHVybiBibG9iRXJyb3IoNDA0LCBcIk5vU3VjaFVwbG9hZFwiLCBcIk5vIHVwbG9hZCBpbiBwcm9ncmVzcyBmb3IgdGhpcyBvYmplY3RcIik7XG4gICAgICAgIGlmIChvLnVwbG9hZElkID09PSBudWxsKSB7XG4gICAgICAgICAgcmV0dXJuIGJsb2JFcnJvcig0MDksIFwiT2JqZWN0RmluaXNoZWRcIiwgXCJUaGUgb2JqZWN0IGlzIGFscmVhZHkgZmluaXNoZWQgYW5kIGltbXV0YWJsZVwiKTtcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBnb3QgPSBhd2FpdCByZWNlaXZlQmxvYihjLCB0aGlzLiNzdG9yZSwgYmxvYktleShuYW1lKSk7XG4gICAgICAgIGlmICghZ290Lm9rKSByZXR1cm4gZ290LnJlc3BvbnNlO1xuICAgICAgICBvLmRhdGEgPSB7XG4gICAgICAgICAgY29udGVudFR5cGU6IGMucmVxLmhlYWRlcihcImNvbnRlbnQtdHlwZVwiKSA/PyBcImFwcGxpY2F0aW9uL29jdGV0LXN0cmVhbVwiLFxuICAgICAgICAgIGNvbnRlbnRMZW5ndGg6IGdvdC5yZXN1bHQuc2l6ZSxcbiAgICAgICAgfTtcbiAgICAgICAgYXdhaXQgdGhpcy4jb2JqZWN0cy5wdXQobmFtZSwgbyk7XG4gICAgICAgIHJldHVybiBuZXcgUmVzcG9uc2UobnVsbCwgeyBzdGF0dXM6IDIwMCB9KTtcbiAgICAgIH1cbiAgICAgIGlmICghbyB8fCBvLnVwbG9hZElkICE9PSBudWxsIHx8ICFvLmRhdGEpIHtcbiAgICAgICAgcmV0dXJuIGJsb2JFcnJvcig0MDQsIFwiTm9TdWNoS2V5XCIsIFwiVGhlIHNwZWNpZmllZCBrZXkgZG9lcyBub3QgZXhpc3QuXCIpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGF3YWl0IHNlbmRCbG9iKGMsIHRoaXMuI3N0b3JlLCBibG9iS2V5KG5hbWUpLCBvLmRhdGEpO1xuICAgIH07XG4gICAgYXBwLm9uKFtcIlBVVFwiLCBcIkdFVFwiLCBcIkhFQURcIl0sIFwiL2Jsb2JzL29iamVjdC86a2V5XCIsIGhhbmRsZSk7XG4gIH1cblxuICAjZG93bmxvYWRVcmwobmFtZTogc3RyaW5nKTogeyB1cmw6IHN0cmluZzsgZXhwaXJlczogbnVtYmVyIH0ge1xuICAgIGNvbnN0IGV4cGlyZXMgPSB0aGlzLiNub3coKSArIDMwICogNjAgKiAxMDAwO1xuICAgIHJldHVybiB7IHVybDogdGhpcy4jc2lnbmVyLnNpZ24oXCJHRVRcIiwgXCJvYmplY3RcIiwgbmFtZSwgZXhwaXJlcyksIGV4cGlyZXMgfTtcbiAgfVxuXG4gIC8qKiBUaGUgb2JqZWN0IHNlcnZpY2UncyBBUEkgbWV0aG9kcy4gKi9cbiAgZW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICAgIHJldHVybiBbXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwdXRcIixcbiAgICAgICAgcm91dGU6IFwiL3VwbG9hZC86bmFtZXsuK31cIixcbiAgICAgICAgbmFtZTogXCJjcmVhdGVVcGxvYWRcIixcbiAgICAgICAgc2NvcGVzOiBcIm9iamVjdDp1cGxvYWQ6PHByb2plY3RJZD46PG5hbWU+XCIsXG4gICAgICAgIHBhcmFtczogeyBuYW1lOiBOQU1FIH0sXG4gICAgICAgIGlucHV0OiB7XG4gICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgICAgICBwcm9qZWN0SWQ6IFBST0pFQ1RfSUQsXG4gICAgICAgICAgICB1cGxvYWRJZDogeyB0eXBlOiBcInN0cmluZ1wiLCBwYXR0ZXJuOiBTTFVHSUQgfSxcbiAgICAgICAgICAgIGV4cGlyZXM6IHsgdHlwZTogXCJzdHJpbmdcIiwgZm9ybWF0OiBcImRhdGUtdGltZVwiIH0sXG4gICAgICAgICAgICBoYXNoZXM6IEhBU0hFUyxcbiAgICAgICAgICAgIHByb3Bvc2VkVXBsb2FkTWV0aG9kczoge1xuICAgICAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgICAgICAgICAgZGF0YUlubGluZToge1xuICAgICAgICAgICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICAgICAgICAgIHByb3BlcnRpZXM6IHsgY29udGVudFR5cGU6IHsgdHlwZTogXCJzdHJpbmdcIiB9LCBvYmplY3REYXRhOiB7IHR5cGU6IFwic3RyaW5nXCIgfSB9LFxuICAgICAgICAgICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgICAgICAgICAgcmVxdWlyZWQ6IFtcImNvbnRlbnRUeXBlXCIsIFwib2JqZWN0RGF0YVwiXSxcbiAgICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgICAgIHB1dFVybDoge1xuICAgICAgICAgICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgICAgICAgICAgY29udGVudFR5cGU6IHsgdHlwZTogXCJzdHJpbmdcIiB9LFxuICAgICAgICAgICAgICAgICAgICBjb250ZW50TGVuZ3RoOiB7IHR5cGU6IFwiaW50ZWdlclwiLCBtaW5pbXVtOiAwIH0sXG4gICAgICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgICAgICAgICAgcmVxdWlyZWQ6IFtcImNvbnRlbnRUeXBlXCIsIFwiY29udGVudExlbmd0aFwiXSxcbiAgICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgICB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHJlcXVpcmVkOiBbXCJwcm9qZWN0SWRcIiwgXCJ1cGxvYWRJZFwiLCBcImV4cGlyZXNcIiwgXCJwcm9wb3NlZFVwbG9hZE1ldGhvZHNcIl0sXG4gICAgICAgIH0sXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jIChyZXEpID0+IHtcbiAgICAgICAgICBjb25zdCBpbnB1dCA9IHJlcS5ib2R5IGFzIFBhcmFtZXRlcnM8T2JqZWN0U2VydmljZVtcImNyZWF0ZVVwbG9hZFwiXT5bMV07XG4gICAgICAgICAgY29uc3QgeyBuYW1lIH0gPSByZXEucGFyYW1zO1xuICAgICAgICAgIGF3YWl0IHJlcS5hdXRob3JpemUoeyBwcm9qZWN0SWQ6IGlucHV0LnByb2plY3RJZCwgbmFtZSB9KTtcbiAgICAgICAgICBjb25zdCB1cGxvYWRNZXRob2QgPSBhd2FpdCB0aGlzLmNyZWF0ZVVwbG9hZChuYW1lLCBpbnB1dCk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHtcbiAgICAgICAgICAgIHByb2plY3RJZDogaW5wdXQucHJvamVjdElkLFxuICAgICAgICAgICAgdXBsb2FkSWQ6IGlucHV0LnVwbG9hZElkLFxuICAgICAgICAgICAgZXhwaXJlczogaW5wdXQuZXhwaXJlcyxcbiAgICAgICAgICAgIHVwbG9hZE1ldGhvZCxcbiAgICAgICAgICB9KTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwb3N0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9maW5pc2gtdXBsb2FkLzpuYW1ley4rfVwiLFxuICAgICAgICBuYW1lOiBcImZpbmlzaFVwbG9hZFwiLFxuICAgICAgICBzY29wZXM6IFwib2JqZWN0OnVwbG9hZDo8cHJvamVjdElkPjo8bmFtZT5cIixcbiAgICAgICAgcGFyYW1zOiB7IG5hbWU6IE5BTUUgfSxcbiAgICAgICAgaW5wdXQ6IHtcbiAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIHByb2plY3RJZDogUFJPSkVDVF9JRCxcbiAgICAgICAgICAgIHVwbG9hZElkOiB7IHR5cGU6IFwic3RyaW5nXCIsIHBhdHRlcm46IFNMVUdJRCB9LFxuICAgICAgICAgICAgaGFzaGVzOiBIQVNIRVMsXG4gICAgICAgICAgfSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcmVxdWlyZWQ6IFtcInVwbG9hZElkXCIsIFwicHJvamVjdElkXCJdLFxuICAgICAgICB9LFxuICAgICAgICBoYW5kbGVyOiBhc3luYyAocmVxKSA9PiB7XG4gICAgICAgICAgY29uc3QgeyBwcm9qZWN0SWQsIHVwbG9hZElkLCBoYXNoZXMgfSA9IHJlcS5ib2R5IGFzIHtcbiAgICAgICAgICAgIHByb2plY3RJZDogc3RyaW5nO1xuICAgICAgICAgICAgdXBsb2FkSWQ6IHN0cmluZztcbiAgICAgICAgICAgIGhhc2hlcz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gICAgICAgICAgfTtcbiAgICAgICAgICBjb25zdCB7IG5hbWUgfSA9IHJlcS5wYXJhbXM7XG4gICAgICAgICAgYXdhaXQgcmVxLmF1dGhvcml6ZSh7IHByb2plY3RJZCwgbmFtZSB9KTtcbiAgICAgICAgICBjb25zdCBvID0gdGhpcy4jb2JqZWN0cy5nZXQobmFtZSk7XG4gICAgICAgICAgaWYgKCFvKSByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgJ09iamVjdCBcInt7bmFtZX19XCIgbm90IGZvdW5kJywgeyBuYW1lIH0pO1xuICAgICAgICAgIGlmIChvLnByb2plY3RJZCAhPT0gcHJvamVjdElkKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgJ09iamVjdCBcInt7bmFtZX19XCIgZG9lcyBub3QgaGF2ZSBwcm9qZWN0SWQge3twcm9qZWN0SWR9fScsIHtcbiAgICAgICAgICAgICAgbmFtZSxcbiAgICAgICAgICAgICAgcHJvamVjdElkLFxuICAgICAgICAgICAgfSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGlmIChvLnVwbG9hZElkID09PSBudWxsKSB7XG4gICAgICAgICAgICBmb3IgKGNvbnN0IFthbGdvLCBoYXNoXSBvZiBPYmplY3QuZW50cmllcyhoYXNoZXMgPz8ge30pKSB7XG4gICAgICAgICAgICAgIGlmICghby5oYXNoZXNbYWxnb10pIHtcbiAgICAgICAgICAgICAgICByZXBvcnRFcnJvcihcbiAgICAgICAgICAgICAgICAgIFwiUmVxdWVzdENvbmZsaWN0XCIsXG4gICAgICAgICAgICAgICAgICAnT2JqZWN0IFwie3tuYW1lfX1cIiBpcyBhbHJlYWR5IGZpbmlzaGVkLCBidXQgd2l0aG91dCBoYXNoIGFsZ29yaXRobSB7e2FsZ299fScsXG4gICAgICAgICAgICAgICAgICB7XG4gICAgICAgICAgICAgICAgICAgIG5hbWUsXG4gICAgICAgICAgICAgICAgICAgIGFsZ28sXG4gICAgICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgICAgICk7XG4gICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgaWYgKG8uaGFzaGVzW2FsZ29dICE9PSBoYXNoKSB7XG4gICAgICAgICAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgICAgICAgICBcIlJlcXVlc3RDb25mbGljdFwiLFxuICAgICAgICAgICAgICAgICAgJ09iamVjdCBcInt7bmFtZX19XCIgaXMgYWxyZWFkeSBmaW5pc2hlZCwgYnV0IHdpdGggYSBkaWZmZXJlbnQgaGFzaCBmb3IgYWxnb3JpdGhtIHt7YWxnb319JyxcbiAgICAgICAgICAgICAgICAgIHsgbmFtZSwgYWxnbyB9LFxuICAgICAgICAgICAgICAgICk7XG4gICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHJldHVybiByZXBseSh7fSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGlmIChvLnVwbG9hZElkICE9PSB1cGxvYWRJZCkge1xuICAgICAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgICAgIFwiUmVxdWVzdENvbmZsaWN0XCIsXG4gICAgICAgICAgICAgICdPYmplY3QgXCJ7e25hbWV9fVwiIGRvZXMgbm90IGhhdmUgdXBsb2FkSWQge3t1cGxvYWRJZH19JyxcbiAgICAgICAgICAgICAgeyBuYW1lLCB1cGxvYWRJZCB9LFxuICAgICAgICAgICAgKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgZm9yIChjb25zdCBbYWxnbywgaGFzaF0gb2YgT2JqZWN0LmVudHJpZXMoaGFzaGVzID8/IHt9KSkge1xuICAgICAgICAgICAgaWYgKG8uaGFzaGVzW2FsZ29dICE9PSB1bmRlZmluZWQgJiYgby5oYXNoZXNbYWxnb10gIT09IGhhc2gpIHtcbiAgICAgICAgICAgICAgcmVwb3J0RXJyb3IoXCJSZXF1ZXN0Q29uZmxpY3RcIiwgXCJDb250ZW50IGhhc2ggYWxyZWFkeSBleGlzdHMgd2l0aCBhIGRpZmZlcmVudCB2YWx1ZVwiLCB7XG4gICAgICAgICAgICAgICAgbmFtZSxcbiAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgfVxuICAgICAgICAgIGlmICghby5kYXRhKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIklucHV0RXJyb3JcIiwgJ05vIGRhdGEgaGFzIGJlZW4gdXBsb2FkZWQgZm9yIG9iamVjdCBcInt7bmFtZX19XCInLCB7IG5hbWUgfSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIE9iamVjdC5hc3NpZ24oby5oYXNoZXMsIGhhc2hlcyA/PyB7fSk7XG4gICAgICAgICAgby51cGxvYWRJZCA9IG51bGw7XG4gICAgICAgICAgYXdhaXQgdGhpcy4jb2JqZWN0cy5wdXQobmFtZSwgbyk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHt9KTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwdXRcIixcbiAgICAgICAgcm91dGU6IFwiL3N0YXJ0LWRvd25sb2FkLzpuYW1ley4rfVwiLFxuICAgICAgICBuYW1lOiBcInN0YXJ0RG93bmxvYWRcIixcbiAgICAgICAgc2NvcGVzOiBcIm9iamVjdDpkb3dubG9hZDo8bmFtZT5cIixcbiAgICAgICAgcGFyYW1zOiB7IG5hbWU6IE5BTUUgfSxcbiAgICAgICAgaW5wdXQ6IHtcbiAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIGFjY2VwdERvd25sb2FkTWV0aG9kczoge1xuICAgICAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHNpbXBsZTogeyBjb25zdDogdHJ1ZSB9LCBnZXRVcmw6IHsgY29uc3Q6IHRydWUgfSB9LFxuICAgICAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgICB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHJlcXVpcmVkOiBbXCJhY2NlcHREb3dubG9hZE1ldGhvZHNcIl0sXG4gICAgICAgIH0sXG4gICAgICAgIGhhbmRsZXI6IChyZXEpID0+IHtcbiAgICAgICAgICBjb25zdCB7IG5hbWUgfSA9IHJlcS5wYXJhbXM7XG4gICAgICAgICAgY29uc3QgbyA9IHRoaXMuI29iamVjdHMuZ2V0KG5hbWUpO1xuICAgICAgICAgIGlmICghbyB8fCBvLnVwbG9hZElkICE9PSBudWxsKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgJ09iamVjdCBcInt7bmFtZX19XCIgbm90IGZvdW5kJywgeyBuYW1lIH0pO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjb25zdCBhY2NlcHQgPVxuICAgICAgICAgICAgKHJlcS5ib2R5IGFzIHsgYWNjZXB0RG93bmxvYWRNZXRob2RzOiBSZWNvcmQ8c3RyaW5nLCBib29sZWFuPiB9KS5hY2NlcHREb3dubG9hZE1ldGhvZHM7XG4gICAgICAgICAgY29uc3QgeyB1cmwsIGV4cGlyZXMgfSA9IHRoaXMuI2Rvd25sb2FkVXJsKG5hbWUpO1xuICAgICAgICAgIGlmIChhY2NlcHQuZ2V0VXJsKSB7XG4gICAgICAgICAgICByZXR1cm4gcmVwbHkoe1xuICAgICAgICAgICAgICBtZXRob2Q6IFwiZ2V0VXJsXCIsXG4gICAgICAgICAgICAgIHVybCxcbiAgICAgICAgICAgICAgZXhwaXJlczogbmV3IERhdGUoZXhwaXJlcykudG9KU09OKCksXG4gICAgICAgICAgICAgIGhhc2hlczogby5oYXNoZXMsXG4gICAgICAgICAgICB9KTtcbiAgICAgICAgICB9XG4gICAgICAgICAgaWYgKGFjY2VwdC5zaW1wbGUpIHJldHVybiByZXBseSh7IG1ldGhvZDogXCJzaW1wbGVcIiwgdXJsIH0pO1xuICAgICAgICAgIHJldHVybiByZXBvcnRFcnJvcihcIk5vTWF0Y2hpbmdNZXRob2RcIiwgXCJPYmplY3Qgc3VwcG9ydHMgbWV0aG9kcyB7e21ldGhvZHN9fVwiLCB7XG4gICAgICAgICAgICBtZXRob2RzOiBcImdldFVybCwgc2ltcGxlXCIsXG4gICAgICAgICAgfSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZ2V0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9tZXRhZGF0YS86bmFtZXsuK31cIixcbiAgICAgICAgbmFtZTogXCJvYmplY3RcIixcbiAgICAgICAgc2NvcGVzOiBcIm9iamVjdDpkb3dubG9hZDo8bmFtZT5cIixcbiAgICAgICAgcGFyYW1zOiB7IG5hbWU6IE5BTUUgfSxcbiAgICAgICAgaGFuZGxlcjogKHsgcGFyYW1zIH0pID0+IHtcbiAgICAgICAgICBjb25zdCBvID0gdGhpcy4jb2JqZWN0cy5nZXQocGFyYW1zLm5hbWUpO1xuICAgICAgICAgIGlmICghbyB8fCBvLnVwbG9hZElkICE9PSBudWxsKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgJ09iamVjdCBcInt7bmFtZX19XCIgbm90IGZvdW5kJywgeyBuYW1lOiBwYXJhbXMubmFtZSB9KTtcbiAgICAgICAgICB9XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHsgcHJvamVjdElkOiBvLnByb2plY3RJZCwgZXhwaXJlczogby5leHBpcmVzLCBoYXNoZXM6IG8uaGFzaGVzIH0pO1xuICAgICAgICB9LFxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgbWV0aG9kOiBcImdldFwiLFxuICAgICAgICByb3V0ZTogXCIvZG93bmxvYWQvOm5hbWV7Lit9XCIsXG4gICAgICAgIG5hbWU6IFwiZG93bmxvYWRcIixcbiAgICAgICAgc2NvcGVzOiBcIm9iamVjdDpkb3dubG9hZDo8bmFtZT5cIixcbiAgICAgICAgcGFyYW1zOiB7IG5hbWU6IE5BTUUgfSxcbiAgICAgICAgaGFuZGxlcjogKHsgcGFyYW1zIH0pID0+IHtcbiAgICAgICAgICBjb25zdCBvID0gdGhpcy4jb2JqZWN0cy5nZXQocGFyYW1zLm5hbWUpO1xuICAgICAgICAgIGlmICghbyB8fCBvLnVwbG9hZElkICE9PSBudWxsKSB7XG4gICAgICAgICAgICByZXBvcnRFcnJvcihcIlJlc291cmNlTm90Rm91bmRcIiwgJ09iamVjdCBcInt7bmFtZX19XCIgbm90IGZvdW5kJywgeyBuYW1lOiBwYXJhbXMubmFtZSB9KTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY29uc3QgeyB1cmwgfSA9IHRoaXMuI2Rvd25sb2FkVXJsKHBhcmFtcy5uYW1lKTtcbiAgICAgICAgICByZXR1cm4gbmV3IFJlc3BvbnNlKG51bGwsIHsgc3RhdHVzOiAzMDMsIGhlYWRlcnM6IHsgbG9jYXRpb246IHVybCB9IH0pO1xuICAgICAgICB9LFxuICAgICAgfSxcbiAgICBdO1xuICB9XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7O0NBS0MsR0FFRCxTQUF3QixLQUFLLEVBQUUsV0FBVyxRQUFRLFdBQVc7QUFDN0QsU0FBUyxvQkFBb0IsRUFBRSxTQUFTLEVBQUUsV0FBVyxFQUFFLFFBQVEsUUFBd0IsYUFBYTtBQWdCcEcsbUNBQW1DLEdBQ25DLE9BQU8sTUFBTSxjQUEyQixDQUFDO0VBQ3ZDLE1BQU0sSUFBSTtFQUNWLElBQUksT0FBTyxNQUFNLFlBQVksTUFBTSxNQUFNLE9BQU87RUFDaEQsSUFBSSxPQUFPLEVBQUUsSUFBSSxLQUFLLFlBQVksT0FBTyxFQUFFLFNBQVMsS0FBSyxVQUFVO0lBQ2pFLE9BQU87RUFDVDtFQUNBLElBQUksT0FBTyxFQUFFLE1BQU0sS0FBSyxZQUFZLEVBQUUsTUFBTSxLQUFLLE1BQU0sT0FBTztFQUM5RCxPQUFPO0FBQ1QsRUFBRTtBQUVGLE1BQU0sU0FBUztBQUNmLE1BQU0sYUFBYTtFQUNqQixNQUFNO0VBQ04sV0FBVztFQUNYLFdBQVc7RUFDWCxTQUFTO0FBQ1g7QUFDQSxNQUFNLFNBQVM7RUFDYixNQUFNO0VBQ04sWUFBWTtJQUNWLFFBQVE7TUFBRSxNQUFNO01BQVUsU0FBUztJQUFpQjtJQUNwRCxRQUFRO01BQUUsTUFBTTtNQUFVLFNBQVM7SUFBa0I7RUFDdkQ7RUFDQSxzQkFBc0I7QUFDeEI7QUFDQSxNQUFNLE9BQU87QUFDYixNQUFNLGtCQUFrQixLQUFLO0FBQzdCLE1BQU0sVUFBVSxDQUFDLE9BQWlCLENBQUMsT0FBTyxFQUFFLE1BQU07QUFRbEQsd0JBQXdCLEdBQ3hCLE9BQU8sTUFBTTtFQUNGLENBQUEsT0FBUSxDQUEyQjtFQUNuQyxDQUFBLEtBQU0sQ0FBUTtFQUNkLENBQUEsTUFBTyxDQUFZO0VBQ25CLENBQUEsR0FBSSxDQUFlO0VBRTVCLFlBQVksS0FBWSxFQUFFLE1BQWlCLEVBQUUsR0FBaUIsQ0FBRTtJQUM5RCxJQUFJLENBQUMsQ0FBQSxLQUFNLEdBQUc7SUFDZCxJQUFJLENBQUMsQ0FBQSxPQUFRLEdBQUcsTUFBTSxVQUFVLENBQWU7SUFDL0MsSUFBSSxDQUFDLENBQUEsTUFBTyxHQUFHO0lBQ2YsSUFBSSxDQUFDLENBQUEsR0FBSSxHQUFHO0VBQ2Q7RUFFQSwrREFBK0QsR0FDL0QsV0FBVyxJQUFZLEVBQVc7SUFDaEMsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUM7SUFDNUIsT0FBTyxNQUFNLGFBQWEsRUFBRSxRQUFRLEtBQUs7RUFDM0M7RUFFQTs7O0dBR0MsR0FDRCxNQUFNLGFBQ0osSUFBWSxFQUNaLEtBTUMsRUFDaUM7SUFDbEMsTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFBLEdBQUk7SUFDckIsSUFBSSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUM7SUFDMUIsTUFBTSxVQUFVLElBQUksS0FBSyxNQUFNLE9BQU8sRUFBRSxNQUFNO0lBQzlDLElBQUksR0FBRztNQUNMLElBQ0UsRUFBRSxRQUFRLEtBQUssTUFBTSxRQUFRLElBQUksRUFBRSxTQUFTLEtBQUssTUFBTSxTQUFTLElBQUksRUFBRSxPQUFPLEtBQUssU0FDbEY7UUFDQSxZQUFZLG1CQUFtQix5QkFBeUI7VUFDdEQ7VUFDQSxXQUFXLE1BQU0sU0FBUztVQUMxQixXQUFXO1FBQ2I7TUFDRjtJQUNGLE9BQU87TUFDTCxJQUFJO1FBQ0Y7UUFDQSxXQUFXLE1BQU0sU0FBUztRQUMxQixVQUFVLE1BQU0sUUFBUTtRQUN4QixlQUFlLElBQUksS0FBSyxNQUFNLFNBQVMsTUFBTTtRQUM3QztRQUNBLFFBQVEsQ0FBQztNQUNYO0lBQ0Y7SUFDQSxLQUFLLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxPQUFPLE9BQU8sQ0FBQyxNQUFNLE1BQU0sSUFBSSxDQUFDLEdBQUk7TUFDN0QsSUFBSSxFQUFFLE1BQU0sQ0FBQyxLQUFLLEtBQUssYUFBYSxFQUFFLE1BQU0sQ0FBQyxLQUFLLEtBQUssTUFBTTtRQUMzRCxZQUFZLG1CQUFtQixzREFBc0Q7VUFDbkY7UUFDRjtNQUNGO01BQ0EsRUFBRSxNQUFNLENBQUMsS0FBSyxHQUFHO0lBQ25CO0lBQ0EsTUFBTSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLE1BQU07SUFDOUIsTUFBTSxVQUFVLE1BQU0scUJBQXFCO0lBQzNDLElBQUksUUFBUSxVQUFVLEVBQUU7TUFDdEIsTUFBTSxFQUFFLFdBQVcsRUFBRSxVQUFVLEVBQUUsR0FBRyxRQUFRLFVBQVU7TUFDdEQsSUFBSTtNQUNKLElBQUk7UUFDRixRQUFRLFdBQVcsSUFBSSxDQUFDLEtBQUssYUFBYSxDQUFDLEtBQU8sR0FBRyxVQUFVLENBQUM7TUFDbEUsRUFBRSxPQUFNO1FBQ04sT0FBTyxZQUFZLGNBQWMsNkJBQTZCLENBQUM7TUFDakU7TUFDQSxNQUFNLFNBQVMsTUFBTSxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUMsU0FBUyxDQUN4QyxRQUFRLE9BQ1IsSUFBSSxLQUFLO1FBQUM7T0FBTSxFQUFFLE1BQU0sSUFDeEIsTUFBTSxNQUFNO01BRWQsRUFBRSxJQUFJLEdBQUc7UUFBRTtRQUFhLGVBQWUsT0FBTyxJQUFJO01BQUM7TUFDbkQsTUFBTSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLE1BQU07TUFDOUIsT0FBTztRQUFFLFlBQVk7TUFBSztJQUM1QjtJQUNBLElBQUksUUFBUSxNQUFNLEVBQUU7TUFDbEIsTUFBTSxFQUFFLFdBQVcsRUFBRSxhQUFhLEVBQUUsR0FBRyxRQUFRLE1BQU07TUFDckQsTUFBTSxZQUFZLE1BQU0sa0JBQWtCO01BQzFDLE9BQU87UUFDTCxRQUFRO1VBQ04sS0FBSyxJQUFJLENBQUMsQ0FBQSxNQUFPLENBQUMsSUFBSSxDQUFDLE9BQU8sVUFBVSxNQUFNLFlBQVksUUFBUTtVQUNsRSxTQUFTLElBQUksS0FBSyxXQUFXLE1BQU07VUFDbkMsU0FBUztZQUNQLGdCQUFnQjtZQUNoQixrQkFBa0IsT0FBTztZQUN6QixvQkFBb0I7VUFDdEI7UUFDRjtNQUNGO0lBQ0Y7SUFDQSxPQUFPLENBQUM7RUFDVjtFQUVBLHlDQUF5QyxHQUN6QyxXQUFXLEdBQVMsRUFBUTtJQUMxQixNQUFNLFNBQVMsT0FBTztNQUNwQixNQUFNLE9BQU8scUJBQXFCLEdBQUcsSUFBSSxDQUFDLENBQUEsTUFBTyxFQUFFLFVBQVUsSUFBSSxDQUFDLENBQUEsR0FBSTtNQUN0RSxJQUFJLENBQUMsS0FBSyxFQUFFLEVBQUUsT0FBTyxLQUFLLFFBQVE7TUFDbEMsTUFBTSxFQUFFLEtBQUssSUFBSSxFQUFFLE1BQU0sRUFBRSxHQUFHO01BQzlCLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDO01BQzVCLElBQUksV0FBVyxPQUFPO1FBQ3BCLElBQUksQ0FBQyxHQUFHLE9BQU8sVUFBVSxLQUFLLGdCQUFnQjtRQUM5QyxJQUFJLEVBQUUsUUFBUSxLQUFLLE1BQU07VUFDdkIsT0FBTyxVQUFVLEtBQUssa0JBQWtCO1FBQzFDO1FBQ0EsTUFBTSxNQUFNLE1BQU0sWUFBWSxHQUFHLElBQUksQ0FBQyxDQUFBLEtBQU0sRUFBRSxRQUFRO1FBQ3RELElBQUksQ0FBQyxJQUFJLEVBQUUsRUFBRSxPQUFPLElBQUksUUFBUTtRQUNoQyxFQUFFLElBQUksR0FBRztVQUNQLGFBQWEsRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLG1CQUFtQjtVQUM3QyxlQUFlLElBQUksTUFBTSxDQUFDLElBQUk7UUFDaEM7UUFDQSxNQUFNLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsTUFBTTtRQUM5QixPQUFPLElBQUksU0FBUyxNQUFNO1VBQUUsUUFBUTtRQUFJO01BQzFDO01BQ0EsSUFBSSxDQUFDLEtBQUssRUFBRSxRQUFRLEtBQUssUUFBUSxDQUFDLEVBQUUsSUFBSSxFQUFFO1FBQ3hDLE9BQU8sVUFBVSxLQUFLLGFBQWE7TUFDckM7TUFDQSxPQUFPLE1BQU0sU0FBUyxHQUFHLElBQUksQ0FBQyxDQUFBLEtBQU0sRUFBRSxRQUFRLE9BQU8sRUFBRSxJQUFJO0lBQzdEO0lBQ0EsSUFBSSxFQUFFLENBQUM7TUFBQztNQUFPO01BQU87S0FBTyxFQUFFLHNCQUFzQjtFQUN2RDtFQUVBLENBQUEsV0FBWSxDQUFDLElBQVk7SUFDdkIsTUFBTSxVQUFVLElBQUksQ0FBQyxDQUFBLEdBQUksS0FBSyxLQUFLLEtBQUs7SUFDeEMsT0FBTztNQUFFLEtBQUssSUFBSSxDQUFDLENBQUEsTUFBTyxDQUFDLElBQUksQ0FBQyxPQUFPLFVBQVUsTUFBTTtNQUFVO0lBQVE7RUFDM0U7RUFFQSxzQ0FBc0MsR0FDdEMsWUFBd0I7SUFDdEIsT0FBTztNQUNMO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtRQUNSLFFBQVE7VUFBRSxNQUFNO1FBQUs7UUFDckIsT0FBTztVQUNMLE1BQU07VUFDTixZQUFZO1lBQ1YsV0FBVztZQUNYLFVBQVU7Y0FBRSxNQUFNO2NBQVUsU0FBUztZQUFPO1lBQzVDLFNBQVM7Y0FBRSxNQUFNO2NBQVUsUUFBUTtZQUFZO1lBQy9DLFFBQVE7WUFDUix1QkFBdUI7Y0FDckIsTUFBTTtjQUNOLFlBQVk7Z0JBQ1YsWUFBWTtrQkFDVixNQUFNO2tCQUNOLFlBQVk7b0JBQUUsYUFBYTtzQkFBRSxNQUFNO29CQUFTO29CQUFHLFlBQVk7c0JBQUUsTUFBTTtvQkFBUztrQkFBRTtrQkFDOUUsc0JBQXNCO2tCQUN0QixVQUFVO29CQUFDO29CQUFlO21CQUFhO2dCQUN6QztnQkFDQSxRQUFRO2tCQUNOLE1BQU07a0JBQ04sWUFBWTtvQkFDVixhQUFhO3NCQUFFLE1BQU07b0JBQVM7b0JBQzlCLGVBQWU7c0JBQUUsTUFBTTtzQkFBVyxTQUFTO29CQUFFO2tCQUMvQztrQkFDQSxzQkFBc0I7a0JBQ3RCLFVBQVU7b0JBQUM7b0JBQWU7bUJBQWdCO2dCQUM1QztjQUNGO2NBQ0Esc0JBQXNCO1lBQ3hCO1VBQ0Y7VUFDQSxzQkFBc0I7VUFDdEIsVUFBVTtZQUFDO1lBQWE7WUFBWTtZQUFXO1dBQXdCO1FBQ3pFO1FBQ0EsU0FBUyxPQUFPO1VBQ2QsTUFBTSxRQUFRLElBQUksSUFBSTtVQUN0QixNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxNQUFNO1VBQzNCLE1BQU0sSUFBSSxTQUFTLENBQUM7WUFBRSxXQUFXLE1BQU0sU0FBUztZQUFFO1VBQUs7VUFDdkQsTUFBTSxlQUFlLE1BQU0sSUFBSSxDQUFDLFlBQVksQ0FBQyxNQUFNO1VBQ25ELE9BQU8sTUFBTTtZQUNYLFdBQVcsTUFBTSxTQUFTO1lBQzFCLFVBQVUsTUFBTSxRQUFRO1lBQ3hCLFNBQVMsTUFBTSxPQUFPO1lBQ3RCO1VBQ0Y7UUFDRjtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtVQUFFLE1BQU07UUFBSztRQUNyQixPQUFPO1VBQ0wsTUFBTTtVQUNOLFlBQVk7WUFDVixXQUFXO1lBQ1gsVUFBVTtjQUFFLE1BQU07Y0FBVSxTQUFTO1lBQU87WUFDNUMsUUFBUTtVQUNWO1VBQ0Esc0JBQXNCO1VBQ3RCLFVBQVU7WUFBQztZQUFZO1dBQVk7UUFDckM7UUFDQSxTQUFTLE9BQU87VUFDZCxNQUFNLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsR0FBRyxJQUFJLElBQUk7VUFLaEQsTUFBTSxFQUFFLElBQUksRUFBRSxHQUFHLElBQUksTUFBTTtVQUMzQixNQUFNLElBQUksU0FBUyxDQUFDO1lBQUU7WUFBVztVQUFLO1VBQ3RDLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDO1VBQzVCLElBQUksQ0FBQyxHQUFHLFlBQVksb0JBQW9CLCtCQUErQjtZQUFFO1VBQUs7VUFDOUUsSUFBSSxFQUFFLFNBQVMsS0FBSyxXQUFXO1lBQzdCLFlBQVksY0FBYywyREFBMkQ7Y0FDbkY7Y0FDQTtZQUNGO1VBQ0Y7VUFDQSxJQUFJLEVBQUUsUUFBUSxLQUFLLE1BQU07WUFDdkIsS0FBSyxNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksT0FBTyxPQUFPLENBQUMsVUFBVSxDQUFDLEdBQUk7Y0FDdkQsSUFBSSxDQUFDLEVBQUUsTUFBTSxDQUFDLEtBQUssRUFBRTtnQkFDbkIsWUFDRSxtQkFDQSw4RUFDQTtrQkFDRTtrQkFDQTtnQkFDRjtjQUVKO2NBQ0EsSUFBSSxFQUFFLE1BQU0sQ0FBQyxLQUFLLEtBQUssTUFBTTtnQkFDM0IsWUFDRSxtQkFDQSwyRkFDQTtrQkFBRTtrQkFBTTtnQkFBSztjQUVqQjtZQUNGO1lBQ0EsT0FBTyxNQUFNLENBQUM7VUFDaEI7VUFDQSxJQUFJLEVBQUUsUUFBUSxLQUFLLFVBQVU7WUFDM0IsWUFDRSxtQkFDQSx5REFDQTtjQUFFO2NBQU07WUFBUztVQUVyQjtVQUNBLEtBQUssTUFBTSxDQUFDLE1BQU0sS0FBSyxJQUFJLE9BQU8sT0FBTyxDQUFDLFVBQVUsQ0FBQyxHQUFJO1lBQ3ZELElBQUksRUFBRSxNQUFNLENBQUMsS0FBSyxLQUFLLGFBQWEsRUFBRSxNQUFNLENBQUMsS0FBSyxLQUFLLE1BQU07Y0FDM0QsWUFBWSxtQkFBbUIsc0RBQXNEO2dCQUNuRjtjQUNGO1lBQ0Y7VUFDRjtVQUNBLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRTtZQUNYLFlBQVksY0FBYyxtREFBbUQ7Y0FBRTtZQUFLO1VBQ3RGO1VBQ0EsT0FBTyxNQUFNLENBQUMsRUFBRSxNQUFNLEVBQUUsVUFBVSxDQUFDO1VBQ25DLEVBQUUsUUFBUSxHQUFHO1VBQ2IsTUFBTSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLE1BQU07VUFDOUIsT0FBTyxNQUFNLENBQUM7UUFDaEI7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtRQUNSLFFBQVE7VUFBRSxNQUFNO1FBQUs7UUFDckIsT0FBTztVQUNMLE1BQU07VUFDTixZQUFZO1lBQ1YsdUJBQXVCO2NBQ3JCLE1BQU07Y0FDTixZQUFZO2dCQUFFLFFBQVE7a0JBQUUsT0FBTztnQkFBSztnQkFBRyxRQUFRO2tCQUFFLE9BQU87Z0JBQUs7Y0FBRTtjQUMvRCxzQkFBc0I7WUFDeEI7VUFDRjtVQUNBLHNCQUFzQjtVQUN0QixVQUFVO1lBQUM7V0FBd0I7UUFDckM7UUFDQSxTQUFTLENBQUM7VUFDUixNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxNQUFNO1VBQzNCLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDO1VBQzVCLElBQUksQ0FBQyxLQUFLLEVBQUUsUUFBUSxLQUFLLE1BQU07WUFDN0IsWUFBWSxvQkFBb0IsK0JBQStCO2NBQUU7WUFBSztVQUN4RTtVQUNBLE1BQU0sU0FDSixBQUFDLElBQUksSUFBSSxDQUF3RCxxQkFBcUI7VUFDeEYsTUFBTSxFQUFFLEdBQUcsRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQSxXQUFZLENBQUM7VUFDM0MsSUFBSSxPQUFPLE1BQU0sRUFBRTtZQUNqQixPQUFPLE1BQU07Y0FDWCxRQUFRO2NBQ1I7Y0FDQSxTQUFTLElBQUksS0FBSyxTQUFTLE1BQU07Y0FDakMsUUFBUSxFQUFFLE1BQU07WUFDbEI7VUFDRjtVQUNBLElBQUksT0FBTyxNQUFNLEVBQUUsT0FBTyxNQUFNO1lBQUUsUUFBUTtZQUFVO1VBQUk7VUFDeEQsT0FBTyxZQUFZLG9CQUFvQix1Q0FBdUM7WUFDNUUsU0FBUztVQUNYO1FBQ0Y7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtRQUNSLFFBQVE7VUFBRSxNQUFNO1FBQUs7UUFDckIsU0FBUyxDQUFDLEVBQUUsTUFBTSxFQUFFO1VBQ2xCLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLE9BQU8sSUFBSTtVQUN2QyxJQUFJLENBQUMsS0FBSyxFQUFFLFFBQVEsS0FBSyxNQUFNO1lBQzdCLFlBQVksb0JBQW9CLCtCQUErQjtjQUFFLE1BQU0sT0FBTyxJQUFJO1lBQUM7VUFDckY7VUFDQSxPQUFPLE1BQU07WUFBRSxXQUFXLEVBQUUsU0FBUztZQUFFLFNBQVMsRUFBRSxPQUFPO1lBQUUsUUFBUSxFQUFFLE1BQU07VUFBQztRQUM5RTtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtVQUFFLE1BQU07UUFBSztRQUNyQixTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUU7VUFDbEIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsT0FBTyxJQUFJO1VBQ3ZDLElBQUksQ0FBQyxLQUFLLEVBQUUsUUFBUSxLQUFLLE1BQU07WUFDN0IsWUFBWSxvQkFBb0IsK0JBQStCO2NBQUUsTUFBTSxPQUFPLElBQUk7WUFBQztVQUNyRjtVQUNBLE1BQU0sRUFBRSxHQUFHLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQSxXQUFZLENBQUMsT0FBTyxJQUFJO1VBQzdDLE9BQU8sSUFBSSxTQUFTLE1BQU07WUFBRSxRQUFRO1lBQUssU0FBUztjQUFFLFVBQVU7WUFBSTtVQUFFO1FBQ3RFO01BQ0Y7S0FDRDtFQUNIO0FBQ0YifQ==
// denoCacheMetadata=6103893789968378297,10953149873752769149
