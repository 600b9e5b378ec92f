/**
 * The artifact upload protocol of spec 10.4, step by step, with each
 * failure tagged by the step that failed (the worker resolves differently
 * for createArtifact errors than for upload errors):
 * - s3: createArtifact `{storageType: "s3", contentType, expires,
 *   contentLength (uncompressed, omitted when 0)}`, then PUT the file
 *   (gzipped to a temp file when contentEncoding is gzip) to `putUrl` with
 *   `Content-Type: <reply contentType>` and `Content-Encoding` always sent,
 *   HTTP 400 retried like 5xx. No finishArtifact.
 * - object: createArtifact `{storageType: "object", ...}`, then
 *   `ObjectService.uploadObject` with the returned credentials, then
 *   `finishArtifact({uploadId})`.
 *
 * ```ts
 * await uploadS3Artifact(taskQueue, { taskId, runId, name: "public/logs/live_backing.log",
 *   path, contentType: "text/plain; charset=utf-8", contentEncoding: "gzip", expires });
 * ```
 */
import { ObjectService } from "./object.ts";
import type { Queue } from "./queue.ts";
import type { PutFileOptions } from "./upload.ts";
import { putFile } from "./upload.ts";

/** The step of an artifact upload that failed. */
export type ArtifactUploadStep = "create" | "upload" | "finish";

/** An artifact upload failure; `cause` is the step's error (`TaskclusterApiError`, ...). */
export class ArtifactUploadError extends Error {
  /** Which step failed. */
  readonly step: ArtifactUploadStep;
  /** The artifact's name. */
  readonly artifact: string;
  constructor(step: ArtifactUploadStep, artifact: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`${step} of artifact ${artifact} failed: ${why}`, { cause });
    this.name = "ArtifactUploadError";
    this.step = step;
    this.artifact = artifact;
  }
}

/** A file artifact to upload. */
export type FileArtifact = {
  taskId: string;
  runId: number;
  /** Artifact name, e.g. `public/build/target.tar.gz`. */
  name: string;
  /** The file on disk. */
  path: string;
  contentType: string;
  /** ISO time. */
  expires: string;
};

async function step<T>(s: ArtifactUploadStep, name: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw new ArtifactUploadError(s, name, e);
  }
}

/**
 * Uploads a file as an s3 artifact. `contentEncoding` `gzip` compresses on
 * the way (gzip header name = file basename); `identity` sends it as is.
 */
export async function uploadS3Artifact(
  queue: Queue,
  a: FileArtifact & { contentEncoding: string },
  opts: Pick<PutFileOptions, "tempDir" | "onProgress"> = {},
): Promise<{ bytes: number; attempts: number }> {
  const size = (await Deno.stat(a.path)).size;
  const resp = await step("create", a.name, () =>
    queue.createArtifact(a.taskId, a.runId, a.name, {
      storageType: "s3",
      contentType: a.contentType,
      expires: a.expires,
      ...(size > 0 ? { contentLength: size } : {}),
    }));
  const put = await step("upload", a.name, () =>
    putFile(resp.putUrl, a.path, {
      "content-type": resp.contentType,
      "content-encoding": a.contentEncoding,
    }, {
      ...queue.options,
      gzip: a.contentEncoding === "gzip",
      retryOn400: true,
      ...(opts.tempDir ? { tempDir: opts.tempDir } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    }));
  return { bytes: put.bytes, attempts: put.attempts };
}

/** Uploads a file as an object artifact (createArtifact, object upload, finishArtifact). */
export async function uploadObjectArtifact(
  queue: Queue,
  a: FileArtifact,
  opts: Pick<PutFileOptions, "onProgress"> = {},
): Promise<{ bytes: number; sha256: string; method: "dataInline" | "putUrl" }> {
  const size = (await Deno.stat(a.path)).size;
  const resp = await step("create", a.name, () =>
    queue.createArtifact(a.taskId, a.runId, a.name, {
      storageType: "object",
      contentType: a.contentType,
      expires: a.expires,
      ...(size > 0 ? { contentLength: size } : {}),
    }));
  const up = await step("upload", a.name, () => {
    const object = new ObjectService({
      ...queue.options,
      credentials: resp.credentials,
      authorizedScopes: undefined,
    });
    return object.uploadObject(
      resp.name,
      resp.projectId,
      resp.uploadId,
      resp.expires,
      a.path,
      a.contentType,
      size,
      opts.onProgress,
    );
  });
  await step(
    "finish",
    a.name,
    () => queue.finishArtifact(a.taskId, a.runId, a.name, { uploadId: resp.uploadId }),
  );
  return { bytes: up.bytes, sha256: up.sha256, method: up.method };
}
