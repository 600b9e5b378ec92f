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
import { type ClientOptions, path, TaskclusterClient } from "./client.ts";
import { type Download, downloadOf, verifyHashes } from "./download.ts";
import { getWithRetries } from "./http.ts";
import { putFile } from "./upload.ts";

/** Objects smaller than this are proposed for upload inline (base64 in the request). */
export const DATA_INLINE_MAX_SIZE = 8192;

/** Hex content hashes by algorithm (`sha256`, `sha512`). */
export type ObjectHashes = Record<string, string>;

/** Upload methods proposed in `createUpload`. */
export type ProposedUploadMethods = {
  dataInline?: { contentType: string; objectData: string };
  putUrl?: { contentType: string; contentLength: number };
};

/** Body of `createUpload`. */
export type CreateUploadRequest = {
  projectId: string;
  uploadId: string;
  expires: string;
  hashes?: ObjectHashes;
  proposedUploadMethods: ProposedUploadMethods;
};

/** The upload method the service chose (empty when it accepts none). */
export type SelectedUploadMethod = {
  dataInline?: true;
  putUrl?: { url: string; expires: string; headers: Record<string, string> };
};

/** Reply of `createUpload`. */
export type CreateUploadResponse = {
  projectId: string;
  uploadId: string;
  expires: string;
  uploadMethod: SelectedUploadMethod;
};

/** Body of `finishUpload`. */
export type FinishUploadRequest = { projectId: string; uploadId: string; hashes?: ObjectHashes };

/** Body of `startDownload`. */
export type StartDownloadRequest = {
  acceptDownloadMethods: { simple?: true; getUrl?: true };
};

/** Reply of `startDownload`. */
export type StartDownloadResponse =
  | { method: "simple"; url: string }
  | { method: "getUrl"; url: string; expires: string; hashes: ObjectHashes };

/** What `uploadObject` did. */
export type ObjectUpload = {
  /** The method the service chose. */
  method: "dataInline" | "putUrl";
  /** Bytes uploaded. */
  bytes: number;
  /** Hex digests sent to `finishUpload`. */
  sha256: string;
  sha512: string;
};

/** The Object service. */
export class ObjectService extends TaskclusterClient {
  constructor(options: ClientOptions) {
    super("object", options);
  }

  /** Liveness of the service. */
  ping(): Promise<{ alive: boolean }> {
    return this.request("GET", "/ping");
  }

  /** Starts (or idempotently repeats) an upload; the reply says how to send the data. */
  createUpload(name: string, body: CreateUploadRequest): Promise<CreateUploadResponse> {
    return this.request("PUT", path`/upload/${name}`, { body });
  }

  /** Marks an upload finished (with the content's hashes). */
  async finishUpload(name: string, body: FinishUploadRequest): Promise<void> {
    await this.request("POST", path`/finish-upload/${name}`, { body });
  }

  /** Starts a download; the reply has the URL (and, for getUrl, the hashes). */
  startDownload(name: string, body: StartDownloadRequest): Promise<StartDownloadResponse> {
    return this.request("PUT", path`/start-download/${name}`, { body });
  }

  /** An object's metadata. */
  object(
    name: string,
  ): Promise<{ projectId: string; expires: string; hashes: ObjectHashes }> {
    return this.request("GET", path`/metadata/${name}`);
  }

  /**
   * Uploads the file `filePath` as object `name` (spec 10.4). `size`
   * defaults to the file's size; `onProgress` hears of the bytes a PUT sends.
   * Rejects with the failing step's error
   * (`TaskclusterApiError`, `TaskclusterNetworkError`, file errors).
   */
  async uploadObject(
    name: string,
    projectId: string,
    uploadId: string,
    expires: string | Date,
    filePath: string,
    contentType: string,
    size?: number,
    onProgress?: (sent: number, total: number) => void,
  ): Promise<ObjectUpload> {
    const expiresText = typeof expires === "string" ? expires : expires.toJSON();
    const contentLength = size ?? (await Deno.stat(filePath)).size;
    const proposed: ProposedUploadMethods = {};
    let inline: { sha256: string; sha512: string; bytes: number } | undefined;
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
      proposed.dataInline = { contentType, objectData: base64(data) };
    }
    proposed.putUrl = { contentType, contentLength };
    const resp = await this.createUpload(name, {
      projectId,
      uploadId,
      expires: expiresText,
      proposedUploadMethods: proposed,
    });
    let result: ObjectUpload;
    if (resp.uploadMethod.dataInline && inline) {
      result = { method: "dataInline", ...inline };
    } else if (resp.uploadMethod.putUrl) {
      const put = await putFile(resp.uploadMethod.putUrl.url, filePath, {
        ...resp.uploadMethod.putUrl.headers,
      }, { ...this.options, hashes: true, ...(onProgress ? { onProgress } : {}) });
      if (put.bytes !== contentLength) {
        throw new Error(`${filePath} is ${put.bytes} bytes, expected ${contentLength}`);
      }
      result = { method: "putUrl", bytes: put.bytes, sha256: put.sha256!, sha512: put.sha512! };
    } else {
      throw new Error(`could not negotiate an upload method for object ${name}`);
    }
    await this.finishUpload(name, {
      projectId,
      uploadId,
      hashes: { sha256: result.sha256, sha512: result.sha512 },
    });
    return result;
  }

  /**
   * Opens object `name` as a stream (startDownload accepting getUrl and
   * simple, then GET). With getUrl the stream errors at its end with
   * `HashMismatchError` unless the content matches the service's hashes.
   */
  async downloadObject(name: string): Promise<Download> {
    const start = await this.startDownload(name, {
      acceptDownloadMethods: { getUrl: true, simple: true },
    });
    const res = await getWithRetries(start.url, this.options);
    const dl = downloadOf(res, "object");
    if (start.method === "getUrl") {
      dl.body = verifyHashes(dl.body, start.hashes ?? {}, `object ${name}`);
    }
    return dl;
  }
}

function base64(data: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < data.length; i += 0x8000) {
    bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}
