/**
 * The Object service client (`/api/object/v1`): `createUpload`,
 * `finishUpload`, `startDownload`, and the two whole operations the worker
 * needs: `uploadObject` (spec 10.4: data inline under 8 KiB, else a
 * streamed PUT to the returned URL with the returned headers, retried; then
 * `finishUpload` with the SHA-256 and SHA-512 computed while streaming) and
 * `downloadObject` (a streaming body, verified against the service's hashes
 * at its end).
 *
 * ```ts
 * const object = new ObjectService({ rootUrl, credentials: resp.credentials });
 * await object.uploadObject(resp.name, resp.projectId, resp.uploadId, resp.expires, file, "text/plain");
 * ```
 */
import { createHash } from "node:crypto";
import { path, TaskclusterClient } from "./client.ts";
import { downloadOf, verifyHashes } from "./download.ts";
import { getWithRetries } from "./http.ts";
import { putFile } from "./upload.ts";
/** Objects smaller than this are proposed for upload inline (base64 in the request). */ export const DATA_INLINE_MAX_SIZE =
  8192;
/** The Object service. */ export class ObjectService extends TaskclusterClient {
  constructor(options) {
    super("object", options);
  }
  /** Liveness of the service. */ ping() {
    return this.request("GET", "/ping");
  }
  /** Starts (or idempotently repeats) an upload; the reply says how to send the data. */ createUpload(
    name,
    body,
  ) {
    return this.request("PUT", path`/upload/${name}`, {
      body,
    });
  }
  /** Marks an upload finished (with the content's hashes). */ async finishUpload(name, body) {
    await this.request("POST", path`/finish-upload/${name}`, {
      body,
    });
  }
  /** Starts a download; the reply has the URL (and, for getUrl, the hashes). */ startDownload(
    name,
    body,
  ) {
    return this.request("PUT", path`/start-download/${name}`, {
      body,
    });
  }
  /** An object's metadata. */ object(name) {
    return this.request("GET", path`/metadata/${name}`);
  }
  /**
   * Uploads the file `filePath` as object `name` (spec 10.4). `size`
   * defaults to the file's size. Rejects with the failing step's error
   * (`TaskclusterApiError`, `TaskclusterNetworkError`, file errors).
   */ async uploadObject(name, projectId, uploadId, expires, filePath, contentType, size) {
    const expiresText = typeof expires === "string" ? expires : expires.toJSON();
    const contentLength = size ?? (await Deno.stat(filePath)).size;
    const proposed = {};
    let inline;
    if (contentLength < DATA_INLINE_MAX_SIZE) {
      const data = await Deno.readFile(filePath);
      if (data.length !== contentLength) {
        throw new Error(`${filePath} is ${data.length} bytes, expected ${contentLength}`);
      }
      inline = {
        sha256: createHash("sha256").update(data).digest("hex"),
        sha512: createHash("sha512").update(data).digest("hex"),
        bytes: data.length,
      };
      proposed.dataInline = {
        contentType,
        objectData: base64(data),
      };
    }
    proposed.putUrl = {
      contentType,
      contentLength,
    };
    const resp = await this.createUpload(name, {
      projectId,
      uploadId,
      expires: expiresText,
      proposedUploadMethods: proposed,
    });
    let result;
    if (resp.uploadMethod.dataInline && inline) {
      result = {
        method: "dataInline",
        ...inline,
      };
    } else if (resp.uploadMethod.putUrl) {
      const put = await putFile(resp.uploadMethod.putUrl.url, filePath, {
        ...resp.uploadMethod.putUrl.headers,
      }, {
        ...this.options,
        hashes: true,
      });
      if (put.bytes !== contentLength) {
        throw new Error(`${filePath} is ${put.bytes} bytes, expected ${contentLength}`);
      }
      result = {
        method: "putUrl",
        bytes: put.bytes,
        sha256: put.sha256,
        sha512: put.sha512,
      };
    } else {
      throw new Error(`could not negotiate an upload method for object ${name}`);
    }
    await this.finishUpload(name, {
      projectId,
      uploadId,
      hashes: {
        sha256: result.sha256,
        sha512: result.sha512,
      },
    });
    return result;
  }
  /**
   * Opens object `name` as a stream (startDownload accepting getUrl and
   * simple, then GET). With getUrl the stream errors at its end with
   * `HashMismatchError` unless the content matches the service's hashes.
   */ async downloadObject(name) {
    const start = await this.startDownload(name, {
      acceptDownloadMethods: {
        getUrl: true,
        simple: true,
      },
    });
    const res = await getWithRetries(start.url, this.options);
    const dl = downloadOf(res, "object");
    if (start.method === "getUrl") {
      dl.body = verifyHashes(dl.body, start.hashes ?? {}, `object ${name}`);
    }
    return dl;
  }
}
function base64(data) {
  let bin = "";
  for (let i = 0; i < data.length; i += 0x8000) {
    bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL29iamVjdC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBPYmplY3Qgc2VydmljZSBjbGllbnQgKGAvYXBpL29iamVjdC92MWApOiBgY3JlYXRlVXBsb2FkYCxcbiAqIGBmaW5pc2hVcGxvYWRgLCBgc3RhcnREb3dubG9hZGAsIGFuZCB0aGUgdHdvIHdob2xlIG9wZXJhdGlvbnMgdGhlIHdvcmtlclxuICogbmVlZHM6IGB1cGxvYWRPYmplY3RgIChzcGVjIDEwLjQ6IGRhdGEgaW5saW5lIHVuZGVyIDggS2lCLCBlbHNlIGFcbiAqIHN0cmVhbWVkIFBVVCB0byB0aGUgcmV0dXJuZWQgVVJMIHdpdGggdGhlIHJldHVybmVkIGhlYWRlcnMsIHJldHJpZWQ7IHRoZW5cbiAqIGBmaW5pc2hVcGxvYWRgIHdpdGggdGhlIFNIQS0yNTYgYW5kIFNIQS01MTIgY29tcHV0ZWQgd2hpbGUgc3RyZWFtaW5nKSBhbmRcbiAqIGBkb3dubG9hZE9iamVjdGAgKGEgc3RyZWFtaW5nIGJvZHksIHZlcmlmaWVkIGFnYWluc3QgdGhlIHNlcnZpY2UncyBoYXNoZXNcbiAqIGF0IGl0cyBlbmQpLlxuICpcbiAqIGBgYHRzXG4gKiBjb25zdCBvYmplY3QgPSBuZXcgT2JqZWN0U2VydmljZSh7IHJvb3RVcmwsIGNyZWRlbnRpYWxzOiByZXNwLmNyZWRlbnRpYWxzIH0pO1xuICogYXdhaXQgb2JqZWN0LnVwbG9hZE9iamVjdChyZXNwLm5hbWUsIHJlc3AucHJvamVjdElkLCByZXNwLnVwbG9hZElkLCByZXNwLmV4cGlyZXMsIGZpbGUsIFwidGV4dC9wbGFpblwiKTtcbiAqIGBgYFxuICovXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSBcIm5vZGU6Y3J5cHRvXCI7XG5pbXBvcnQgeyB0eXBlIENsaWVudE9wdGlvbnMsIHBhdGgsIFRhc2tjbHVzdGVyQ2xpZW50IH0gZnJvbSBcIi4vY2xpZW50LnRzXCI7XG5pbXBvcnQgeyB0eXBlIERvd25sb2FkLCBkb3dubG9hZE9mLCB2ZXJpZnlIYXNoZXMgfSBmcm9tIFwiLi9kb3dubG9hZC50c1wiO1xuaW1wb3J0IHsgZ2V0V2l0aFJldHJpZXMgfSBmcm9tIFwiLi9odHRwLnRzXCI7XG5pbXBvcnQgeyBwdXRGaWxlIH0gZnJvbSBcIi4vdXBsb2FkLnRzXCI7XG5cbi8qKiBPYmplY3RzIHNtYWxsZXIgdGhhbiB0aGlzIGFyZSBwcm9wb3NlZCBmb3IgdXBsb2FkIGlubGluZSAoYmFzZTY0IGluIHRoZSByZXF1ZXN0KS4gKi9cbmV4cG9ydCBjb25zdCBEQVRBX0lOTElORV9NQVhfU0laRSA9IDgxOTI7XG5cbi8qKiBIZXggY29udGVudCBoYXNoZXMgYnkgYWxnb3JpdGhtIChgc2hhMjU2YCwgYHNoYTUxMmApLiAqL1xuZXhwb3J0IHR5cGUgT2JqZWN0SGFzaGVzID0gUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcblxuLyoqIFVwbG9hZCBtZXRob2RzIHByb3Bvc2VkIGluIGBjcmVhdGVVcGxvYWRgLiAqL1xuZXhwb3J0IHR5cGUgUHJvcG9zZWRVcGxvYWRNZXRob2RzID0ge1xuICBkYXRhSW5saW5lPzogeyBjb250ZW50VHlwZTogc3RyaW5nOyBvYmplY3REYXRhOiBzdHJpbmcgfTtcbiAgcHV0VXJsPzogeyBjb250ZW50VHlwZTogc3RyaW5nOyBjb250ZW50TGVuZ3RoOiBudW1iZXIgfTtcbn07XG5cbi8qKiBCb2R5IG9mIGBjcmVhdGVVcGxvYWRgLiAqL1xuZXhwb3J0IHR5cGUgQ3JlYXRlVXBsb2FkUmVxdWVzdCA9IHtcbiAgcHJvamVjdElkOiBzdHJpbmc7XG4gIHVwbG9hZElkOiBzdHJpbmc7XG4gIGV4cGlyZXM6IHN0cmluZztcbiAgaGFzaGVzPzogT2JqZWN0SGFzaGVzO1xuICBwcm9wb3NlZFVwbG9hZE1ldGhvZHM6IFByb3Bvc2VkVXBsb2FkTWV0aG9kcztcbn07XG5cbi8qKiBUaGUgdXBsb2FkIG1ldGhvZCB0aGUgc2VydmljZSBjaG9zZSAoZW1wdHkgd2hlbiBpdCBhY2NlcHRzIG5vbmUpLiAqL1xuZXhwb3J0IHR5cGUgU2VsZWN0ZWRVcGxvYWRNZXRob2QgPSB7XG4gIGRhdGFJbmxpbmU/OiB0cnVlO1xuICBwdXRVcmw/OiB7IHVybDogc3RyaW5nOyBleHBpcmVzOiBzdHJpbmc7IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gfTtcbn07XG5cbi8qKiBSZXBseSBvZiBgY3JlYXRlVXBsb2FkYC4gKi9cbmV4cG9ydCB0eXBlIENyZWF0ZVVwbG9hZFJlc3BvbnNlID0ge1xuICBwcm9qZWN0SWQ6IHN0cmluZztcbiAgdXBsb2FkSWQ6IHN0cmluZztcbiAgZXhwaXJlczogc3RyaW5nO1xuICB1cGxvYWRNZXRob2Q6IFNlbGVjdGVkVXBsb2FkTWV0aG9kO1xufTtcblxuLyoqIEJvZHkgb2YgYGZpbmlzaFVwbG9hZGAuICovXG5leHBvcnQgdHlwZSBGaW5pc2hVcGxvYWRSZXF1ZXN0ID0geyBwcm9qZWN0SWQ6IHN0cmluZzsgdXBsb2FkSWQ6IHN0cmluZzsgaGFzaGVzPzogT2JqZWN0SGFzaGVzIH07XG5cbi8qKiBCb2R5IG9mIGBzdGFydERvd25sb2FkYC4gKi9cbmV4cG9ydCB0eXBlIFN0YXJ0RG93bmxvYWRSZXF1ZXN0ID0ge1xuICBhY2NlcHREb3dubG9hZE1ldGhvZHM6IHsgc2ltcGxlPzogdHJ1ZTsgZ2V0VXJsPzogdHJ1ZSB9O1xufTtcblxuLyoqIFJlcGx5IG9mIGBzdGFydERvd25sb2FkYC4gKi9cbmV4cG9ydCB0eXBlIFN0YXJ0RG93bmxvYWRSZXNwb25zZSA9XG4gIHwgeyBtZXRob2Q6IFwic2ltcGxlXCI7IHVybDogc3RyaW5nIH1cbiAgfCB7IG1ldGhvZDogXCJnZXRVcmxcIjsgdXJsOiBzdHJpbmc7IGV4cGlyZXM6IHN0cmluZzsgaGFzaGVzOiBPYmplY3RIYXNoZXMgfTtcblxuLyoqIFdoYXQgYHVwbG9hZE9iamVjdGAgZGlkLiAqL1xuZXhwb3J0IHR5cGUgT2JqZWN0VXBsb2FkID0ge1xuICAvKiogVGhlIG1ldGhvZCB0aGUgc2VydmljZSBjaG9zZS4gKi9cbiAgbWV0aG9kOiBcImRhdGFJbmxpbmVcIiB8IFwicHV0VXJsXCI7XG4gIC8qKiBCeXRlcyB1cGxvYWRlZC4gKi9cbiAgYnl0ZXM6IG51bWJlcjtcbiAgLyoqIEhleCBkaWdlc3RzIHNlbnQgdG8gYGZpbmlzaFVwbG9hZGAuICovXG4gIHNoYTI1Njogc3RyaW5nO1xuICBzaGE1MTI6IHN0cmluZztcbn07XG5cbi8qKiBUaGUgT2JqZWN0IHNlcnZpY2UuICovXG5leHBvcnQgY2xhc3MgT2JqZWN0U2VydmljZSBleHRlbmRzIFRhc2tjbHVzdGVyQ2xpZW50IHtcbiAgY29uc3RydWN0b3Iob3B0aW9uczogQ2xpZW50T3B0aW9ucykge1xuICAgIHN1cGVyKFwib2JqZWN0XCIsIG9wdGlvbnMpO1xuICB9XG5cbiAgLyoqIExpdmVuZXNzIG9mIHRoZSBzZXJ2aWNlLiAqL1xuICBwaW5nKCk6IFByb21pc2U8eyBhbGl2ZTogYm9vbGVhbiB9PiB7XG4gICAgcmV0dXJuIHRoaXMucmVxdWVzdChcIkdFVFwiLCBcIi9waW5nXCIpO1xuICB9XG5cbiAgLyoqIFN0YXJ0cyAob3IgaWRlbXBvdGVudGx5IHJlcGVhdHMpIGFuIHVwbG9hZDsgdGhlIHJlcGx5IHNheXMgaG93IHRvIHNlbmQgdGhlIGRhdGEuICovXG4gIGNyZWF0ZVVwbG9hZChuYW1lOiBzdHJpbmcsIGJvZHk6IENyZWF0ZVVwbG9hZFJlcXVlc3QpOiBQcm9taXNlPENyZWF0ZVVwbG9hZFJlc3BvbnNlPiB7XG4gICAgcmV0dXJuIHRoaXMucmVxdWVzdChcIlBVVFwiLCBwYXRoYC91cGxvYWQvJHtuYW1lfWAsIHsgYm9keSB9KTtcbiAgfVxuXG4gIC8qKiBNYXJrcyBhbiB1cGxvYWQgZmluaXNoZWQgKHdpdGggdGhlIGNvbnRlbnQncyBoYXNoZXMpLiAqL1xuICBhc3luYyBmaW5pc2hVcGxvYWQobmFtZTogc3RyaW5nLCBib2R5OiBGaW5pc2hVcGxvYWRSZXF1ZXN0KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5yZXF1ZXN0KFwiUE9TVFwiLCBwYXRoYC9maW5pc2gtdXBsb2FkLyR7bmFtZX1gLCB7IGJvZHkgfSk7XG4gIH1cblxuICAvKiogU3RhcnRzIGEgZG93bmxvYWQ7IHRoZSByZXBseSBoYXMgdGhlIFVSTCAoYW5kLCBmb3IgZ2V0VXJsLCB0aGUgaGFzaGVzKS4gKi9cbiAgc3RhcnREb3dubG9hZChuYW1lOiBzdHJpbmcsIGJvZHk6IFN0YXJ0RG93bmxvYWRSZXF1ZXN0KTogUHJvbWlzZTxTdGFydERvd25sb2FkUmVzcG9uc2U+IHtcbiAgICByZXR1cm4gdGhpcy5yZXF1ZXN0KFwiUFVUXCIsIHBhdGhgL3N0YXJ0LWRvd25sb2FkLyR7bmFtZX1gLCB7IGJvZHkgfSk7XG4gIH1cblxuICAvKiogQW4gb2JqZWN0J3MgbWV0YWRhdGEuICovXG4gIG9iamVjdChcbiAgICBuYW1lOiBzdHJpbmcsXG4gICk6IFByb21pc2U8eyBwcm9qZWN0SWQ6IHN0cmluZzsgZXhwaXJlczogc3RyaW5nOyBoYXNoZXM6IE9iamVjdEhhc2hlcyB9PiB7XG4gICAgcmV0dXJuIHRoaXMucmVxdWVzdChcIkdFVFwiLCBwYXRoYC9tZXRhZGF0YS8ke25hbWV9YCk7XG4gIH1cblxuICAvKipcbiAgICogVXBsb2FkcyB0aGUgZmlsZSBgZmlsZVBhdGhgIGFzIG9iamVjdCBgbmFtZWAgKHNwZWMgMTAuNCkuIGBzaXplYFxuICAgKiBkZWZhdWx0cyB0byB0aGUgZmlsZSdzIHNpemUuIFJlamVjdHMgd2l0aCB0aGUgZmFpbGluZyBzdGVwJ3MgZXJyb3JcbiAgICogKGBUYXNrY2x1c3RlckFwaUVycm9yYCwgYFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yYCwgZmlsZSBlcnJvcnMpLlxuICAgKi9cbiAgYXN5bmMgdXBsb2FkT2JqZWN0KFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBwcm9qZWN0SWQ6IHN0cmluZyxcbiAgICB1cGxvYWRJZDogc3RyaW5nLFxuICAgIGV4cGlyZXM6IHN0cmluZyB8IERhdGUsXG4gICAgZmlsZVBhdGg6IHN0cmluZyxcbiAgICBjb250ZW50VHlwZTogc3RyaW5nLFxuICAgIHNpemU/OiBudW1iZXIsXG4gICk6IFByb21pc2U8T2JqZWN0VXBsb2FkPiB7XG4gICAgY29uc3QgZXhwaXJlc1RleHQgPSB0eXBlb2YgZXhwaXJlcyA9PT0gXCJzdHJpbmdcIiA/IGV4cGlyZXMgOiBleHBpcmVzLnRvSlNPTigpO1xuICAgIGNvbnN0IGNvbnRlbnRMZW5ndGggPSBzaXplID8/IChhd2FpdCBEZW5vLnN0YXQoZmlsZVBhdGgpKS5zaXplO1xuICAgIGNvbnN0IHByb3Bvc2VkOiBQcm9wb3NlZFVwbG9hZE1ldGhvZHMgPSB7fTtcbiAgICBsZXQgaW5saW5lOiB7IHNoYTI1Njogc3RyaW5nOyBzaGE1MTI6IHN0cmluZzsgYnl0ZXM6IG51bWJlciB9IHwgdW5kZWZpbmVkO1xuICAgIGlmIChjb250ZW50TGVuZ3RoIDwgREFUQV9JTkxJTkVfTUFYX1NJWkUpIHtcbiAgICAgIGNvbnN0IGRhdGEgPSBhd2FpdCBEZW5vLnJlYWRGaWxlKGZpbGVQYXRoKTtcbiAgICAgIGlmIChkYXRhLmxlbmd0aCAhPT0gY29udGVudExlbmd0aCkge1xuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYCR7ZmlsZVBhdGh9IGlzICR7ZGF0YS5sZW5ndGh9IGJ5dGVzLCBleHBlY3RlZCAke2NvbnRlbnRMZW5ndGh9YCk7XG4gICAgICB9XG4gICAgICBpbmxpbmUgPSB7XG4gICAgICAgIHNoYTI1NjogY3JlYXRlSGFzaChcInNoYTI1NlwiKS51cGRhdGUoZGF0YSkuZGlnZXN0KFwiaGV4XCIpLFxuICAgICAgICBzaGE1MTI6IGNyZWF0ZUhhc2goXCJzaGE1MTJcIikudXBkYXRlKGRhdGEpLmRpZ2VzdChcImhleFwiKSxcbiAgICAgICAgYnl0ZXM6IGRhdGEubGVuZ3RoLFxuICAgICAgfTtcbiAgICAgIHByb3Bvc2VkLmRhdGFJbmxpbmUgPSB7IGNvbnRlbnRUeXBlLCBvYmplY3REYXRhOiBiYXNlNjQoZGF0YSkgfTtcbiAgICB9XG4gICAgcHJvcG9zZWQucHV0VXJsID0geyBjb250ZW50VHlwZSwgY29udGVudExlbmd0aCB9O1xuICAgIGNvbnN0IHJlc3AgPSBhd2FpdCB0aGlzLmNyZWF0ZVVwbG9hZChuYW1lLCB7XG4gICAgICBwcm9qZWN0SWQsXG4gICAgICB1cGxvYWRJZCxcbiAgICAgIGV4cGlyZXM6IGV4cGlyZXNUZXh0LFxuICAgICAgcHJvcG9zZWRVcGxvYWRNZXRob2RzOiBwcm9wb3NlZCxcbiAgICB9KTtcbiAgICBsZXQgcmVzdWx0OiBPYmplY3RVcGxvYWQ7XG4gICAgaWYgKHJlc3AudXBsb2FkTWV0aG9kLmRhdGFJbmxpbmUgJiYgaW5saW5lKSB7XG4gICAgICByZXN1bHQgPSB7IG1ldGhvZDogXCJkYXRhSW5saW5lXCIsIC4uLmlubGluZSB9O1xuICAgIH0gZWxzZSBpZiAocmVzcC51cGxvYWRNZXRob2QucHV0VXJsKSB7XG4gICAgICBjb25zdCBwdXQgPSBhd2FpdCBwdXRGaWxlKHJlc3AudXBsb2FkTWV0aG9kLnB1dFVybC51cmwsIGZpbGVQYXRoLCB7XG4gICAgICAgIC4uLnJlc3AudXBsb2FkTWV0aG9kLnB1dFVybC5oZWFkZXJzLFxuICAgICAgfSwgeyAuLi50aGlzLm9wdGlvbnMsIGhhc2hlczogdHJ1ZSB9KTtcbiAgICAgIGlmIChwdXQuYnl0ZXMgIT09IGNvbnRlbnRMZW5ndGgpIHtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGAke2ZpbGVQYXRofSBpcyAke3B1dC5ieXRlc30gYnl0ZXMsIGV4cGVjdGVkICR7Y29udGVudExlbmd0aH1gKTtcbiAgICAgIH1cbiAgICAgIHJlc3VsdCA9IHsgbWV0aG9kOiBcInB1dFVybFwiLCBieXRlczogcHV0LmJ5dGVzLCBzaGEyNTY6IHB1dC5zaGEyNTYhLCBzaGE1MTI6IHB1dC5zaGE1MTIhIH07XG4gICAgfSBlbHNlIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgY291bGQgbm90IG5lZ290aWF0ZSBhbiB1cGxvYWQgbWV0aG9kIGZvciBvYmplY3QgJHtuYW1lfWApO1xuICAgIH1cbiAgICBhd2FpdCB0aGlzLmZpbmlzaFVwbG9hZChuYW1lLCB7XG4gICAgICBwcm9qZWN0SWQsXG4gICAgICB1cGxvYWRJZCxcbiAgICAgIGhhc2hlczogeyBzaGEyNTY6IHJlc3VsdC5zaGEyNTYsIHNoYTUxMjogcmVzdWx0LnNoYTUxMiB9LFxuICAgIH0pO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICAvKipcbiAgICogT3BlbnMgb2JqZWN0IGBuYW1lYCBhcyBhIHN0cmVhbSAoc3RhcnREb3dubG9hZCBhY2NlcHRpbmcgZ2V0VXJsIGFuZFxuICAgKiBzaW1wbGUsIHRoZW4gR0VUKS4gV2l0aCBnZXRVcmwgdGhlIHN0cmVhbSBlcnJvcnMgYXQgaXRzIGVuZCB3aXRoXG4gICAqIGBIYXNoTWlzbWF0Y2hFcnJvcmAgdW5sZXNzIHRoZSBjb250ZW50IG1hdGNoZXMgdGhlIHNlcnZpY2UncyBoYXNoZXMuXG4gICAqL1xuICBhc3luYyBkb3dubG9hZE9iamVjdChuYW1lOiBzdHJpbmcpOiBQcm9taXNlPERvd25sb2FkPiB7XG4gICAgY29uc3Qgc3RhcnQgPSBhd2FpdCB0aGlzLnN0YXJ0RG93bmxvYWQobmFtZSwge1xuICAgICAgYWNjZXB0RG93bmxvYWRNZXRob2RzOiB7IGdldFVybDogdHJ1ZSwgc2ltcGxlOiB0cnVlIH0sXG4gICAgfSk7XG4gICAgY29uc3QgcmVzID0gYXdhaXQgZ2V0V2l0aFJldHJpZXMoc3RhcnQudXJsLCB0aGlzLm9wdGlvbnMpO1xuICAgIGNvbnN0IGRsID0gZG93bmxvYWRPZihyZXMsIFwib2JqZWN0XCIpO1xuICAgIGlmIChzdGFydC5tZXRob2QgPT09IFwiZ2V0VXJsXCIpIHtcbiAgICAgIGRsLmJvZHkgPSB2ZXJpZnlIYXNoZXMoZGwuYm9keSwgc3RhcnQuaGFzaGVzID8/IHt9LCBgb2JqZWN0ICR7bmFtZX1gKTtcbiAgICB9XG4gICAgcmV0dXJuIGRsO1xuICB9XG59XG5cbmZ1bmN0aW9uIGJhc2U2NChkYXRhOiBVaW50OEFycmF5KTogc3RyaW5nIHtcbiAgbGV0IGJpbiA9IFwiXCI7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZGF0YS5sZW5ndGg7IGkgKz0gMHg4MDAwKSB7XG4gICAgYmluICs9IFN0cmluZy5mcm9tQ2hhckNvZGUoLi4uZGF0YS5zdWJhcnJheShpLCBpICsgMHg4MDAwKSk7XG4gIH1cbiAgcmV0dXJuIGJ0b2EoYmluKTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7Ozs7Ozs7Ozs7OztDQWFDLEdBQ0QsU0FBUyxVQUFVLFFBQVEsY0FBYztBQUN6QyxTQUE2QixJQUFJLEVBQUUsaUJBQWlCLFFBQVEsY0FBYztBQUMxRSxTQUF3QixVQUFVLEVBQUUsWUFBWSxRQUFRLGdCQUFnQjtBQUN4RSxTQUFTLGNBQWMsUUFBUSxZQUFZO0FBQzNDLFNBQVMsT0FBTyxRQUFRLGNBQWM7QUFFdEMsc0ZBQXNGLEdBQ3RGLE9BQU8sTUFBTSx1QkFBdUIsS0FBSztBQTBEekMsd0JBQXdCLEdBQ3hCLE9BQU8sTUFBTSxzQkFBc0I7RUFDakMsWUFBWSxPQUFzQixDQUFFO0lBQ2xDLEtBQUssQ0FBQyxVQUFVO0VBQ2xCO0VBRUEsNkJBQTZCLEdBQzdCLE9BQW9DO0lBQ2xDLE9BQU8sSUFBSSxDQUFDLE9BQU8sQ0FBQyxPQUFPO0VBQzdCO0VBRUEscUZBQXFGLEdBQ3JGLGFBQWEsSUFBWSxFQUFFLElBQXlCLEVBQWlDO0lBQ25GLE9BQU8sSUFBSSxDQUFDLE9BQU8sQ0FBQyxPQUFPLElBQUksQ0FBQyxRQUFRLEVBQUUsS0FBSyxDQUFDLEVBQUU7TUFBRTtJQUFLO0VBQzNEO0VBRUEsMERBQTBELEdBQzFELE1BQU0sYUFBYSxJQUFZLEVBQUUsSUFBeUIsRUFBaUI7SUFDekUsTUFBTSxJQUFJLENBQUMsT0FBTyxDQUFDLFFBQVEsSUFBSSxDQUFDLGVBQWUsRUFBRSxLQUFLLENBQUMsRUFBRTtNQUFFO0lBQUs7RUFDbEU7RUFFQSw0RUFBNEUsR0FDNUUsY0FBYyxJQUFZLEVBQUUsSUFBMEIsRUFBa0M7SUFDdEYsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLE9BQU8sSUFBSSxDQUFDLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxFQUFFO01BQUU7SUFBSztFQUNuRTtFQUVBLDBCQUEwQixHQUMxQixPQUNFLElBQVksRUFDMkQ7SUFDdkUsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLE9BQU8sSUFBSSxDQUFDLFVBQVUsRUFBRSxLQUFLLENBQUM7RUFDcEQ7RUFFQTs7OztHQUlDLEdBQ0QsTUFBTSxhQUNKLElBQVksRUFDWixTQUFpQixFQUNqQixRQUFnQixFQUNoQixPQUFzQixFQUN0QixRQUFnQixFQUNoQixXQUFtQixFQUNuQixJQUFhLEVBQ1U7SUFDdkIsTUFBTSxjQUFjLE9BQU8sWUFBWSxXQUFXLFVBQVUsUUFBUSxNQUFNO0lBQzFFLE1BQU0sZ0JBQWdCLFFBQVEsQ0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLFNBQVMsRUFBRSxJQUFJO0lBQzlELE1BQU0sV0FBa0MsQ0FBQztJQUN6QyxJQUFJO0lBQ0osSUFBSSxnQkFBZ0Isc0JBQXNCO01BQ3hDLE1BQU0sT0FBTyxNQUFNLEtBQUssUUFBUSxDQUFDO01BQ2pDLElBQUksS0FBSyxNQUFNLEtBQUssZUFBZTtRQUNqQyxNQUFNLElBQUksTUFBTSxHQUFHLFNBQVMsSUFBSSxFQUFFLEtBQUssTUFBTSxDQUFDLGlCQUFpQixFQUFFLGVBQWU7TUFDbEY7TUFDQSxTQUFTO1FBQ1AsUUFBUSxXQUFXLFVBQVUsTUFBTSxDQUFDLE1BQU0sTUFBTSxDQUFDO1FBQ2pELFFBQVEsV0FBVyxVQUFVLE1BQU0sQ0FBQyxNQUFNLE1BQU0sQ0FBQztRQUNqRCxPQUFPLEtBQUssTUFBTTtNQUNwQjtNQUNBLFNBQVMsVUFBVSxHQUFHO1FBQUU7UUFBYSxZQUFZLE9BQU87TUFBTTtJQUNoRTtJQUNBLFNBQVMsTUFBTSxHQUFHO01BQUU7TUFBYTtJQUFjO0lBQy9DLE1BQU0sT0FBTyxNQUFNLElBQUksQ0FBQyxZQUFZLENBQUMsTUFBTTtNQUN6QztNQUNBO01BQ0EsU0FBUztNQUNULHVCQUF1QjtJQUN6QjtJQUNBLElBQUk7SUFDSixJQUFJLEtBQUssWUFBWSxDQUFDLFVBQVUsSUFBSSxRQUFRO01BQzFDLFNBQVM7UUFBRSxRQUFRO1FBQWMsR0FBRyxNQUFNO01BQUM7SUFDN0MsT0FBTyxJQUFJLEtBQUssWUFBWSxDQUFDLE1BQU0sRUFBRTtNQUNuQyxNQUFNLE1BQU0sTUFBTSxRQUFRLEtBQUssWUFBWSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsVUFBVTtRQUNoRSxHQUFHLEtBQUssWUFBWSxDQUFDLE1BQU0sQ0FBQyxPQUFPO01BQ3JDLEdBQUc7UUFBRSxHQUFHLElBQUksQ0FBQyxPQUFPO1FBQUUsUUFBUTtNQUFLO01BQ25DLElBQUksSUFBSSxLQUFLLEtBQUssZUFBZTtRQUMvQixNQUFNLElBQUksTUFBTSxHQUFHLFNBQVMsSUFBSSxFQUFFLElBQUksS0FBSyxDQUFDLGlCQUFpQixFQUFFLGVBQWU7TUFDaEY7TUFDQSxTQUFTO1FBQUUsUUFBUTtRQUFVLE9BQU8sSUFBSSxLQUFLO1FBQUUsUUFBUSxJQUFJLE1BQU07UUFBRyxRQUFRLElBQUksTUFBTTtNQUFFO0lBQzFGLE9BQU87TUFDTCxNQUFNLElBQUksTUFBTSxDQUFDLGdEQUFnRCxFQUFFLE1BQU07SUFDM0U7SUFDQSxNQUFNLElBQUksQ0FBQyxZQUFZLENBQUMsTUFBTTtNQUM1QjtNQUNBO01BQ0EsUUFBUTtRQUFFLFFBQVEsT0FBTyxNQUFNO1FBQUUsUUFBUSxPQUFPLE1BQU07TUFBQztJQUN6RDtJQUNBLE9BQU87RUFDVDtFQUVBOzs7O0dBSUMsR0FDRCxNQUFNLGVBQWUsSUFBWSxFQUFxQjtJQUNwRCxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsYUFBYSxDQUFDLE1BQU07TUFDM0MsdUJBQXVCO1FBQUUsUUFBUTtRQUFNLFFBQVE7TUFBSztJQUN0RDtJQUNBLE1BQU0sTUFBTSxNQUFNLGVBQWUsTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLE9BQU87SUFDeEQsTUFBTSxLQUFLLFdBQVcsS0FBSztJQUMzQixJQUFJLE1BQU0sTUFBTSxLQUFLLFVBQVU7TUFDN0IsR0FBRyxJQUFJLEdBQUcsYUFBYSxHQUFHLElBQUksRUFBRSxNQUFNLE1BQU0sSUFBSSxDQUFDLEdBQUcsQ0FBQyxPQUFPLEVBQUUsTUFBTTtJQUN0RTtJQUNBLE9BQU87RUFDVDtBQUNGO0FBRUEsU0FBUyxPQUFPLElBQWdCO0VBQzlCLElBQUksTUFBTTtFQUNWLElBQUssSUFBSSxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sRUFBRSxLQUFLLE9BQVE7SUFDNUMsT0FBTyxPQUFPLFlBQVksSUFBSSxLQUFLLFFBQVEsQ0FBQyxHQUFHLElBQUk7RUFDckQ7RUFDQSxPQUFPLEtBQUs7QUFDZCJ9
// denoCacheMetadata=1138123848107272895,7582030569000062789
