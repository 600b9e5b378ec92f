/**
 * Byte storage behind the URLs localtc hands out (the parts S3 plays for the
 * real queue and object service): HMAC-signed, expiring URLs for PUT and
 * GET under `/blobs/<kind>/_<encodeURIComponent(key)>`, streaming uploads into the store and
 * streaming downloads back with the stored Content-Type/Content-Encoding.
 *
 * A signed URL carries `expires` (unix seconds) and `signature`
 * (base64url HMAC-SHA256 over method, kind, key, expiry and, when bound,
 * the Content-Type the PUT must send), like an S3 pre-signed URL.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { BlobLengthError, type BlobWriteResult, type Store } from "./store.ts";

/** The kinds of blob: queue s3 artifacts and object-service objects. */
export type BlobKind = "s3" | "object";

/** A byte request whose key and signed URL checked out, or the S3-style refusal to send. */
export type AuthorizedBlobRequest =
  | { ok: true; key: string; method: "PUT" | "GET" }
  | { ok: false; response: Response };

/**
 * Checks a `/blobs/<kind>/:key` request: a well-formed key (404 NoSuchKey)
 * and a valid, unexpired signature for its method and content type (403
 * AccessDenied / SignatureDoesNotMatch). HEAD is checked as GET.
 */
export function authorizeBlobRequest(
  c: Context,
  signer: UrlSigner,
  kind: BlobKind,
  nowMs: number,
): AuthorizedBlobRequest {
  const key = blobKeyOfParam(c.req.param("key"));
  if (key === undefined) {
    return {
      ok: false,
      response: blobError(404, "NoSuchKey", "The specified key does not exist."),
    };
  }
  const method = c.req.method === "PUT" ? "PUT" : "GET";
  const query = new URL(c.req.url).searchParams;
  const problem = signer.verify(
    method,
    kind,
    key,
    query,
    c.req.header("content-type") ?? null,
    nowMs,
  );
  if (problem) {
    return {
      ok: false,
      response: blobError(
        403,
        problem.includes("expired") ? "AccessDenied" : "SignatureDoesNotMatch",
        problem,
      ),
    };
  }
  return { ok: true, key, method };
}

/** The blob key of a `/blobs/<kind>/:key` route parameter (undefined when malformed). */
export function blobKeyOfParam(param: string | undefined): string | undefined {
  return param?.startsWith("_") ? param.slice(1) : undefined;
}

/** Signs and verifies blob URLs with a per-data-dir secret. */
export class UrlSigner {
  readonly #secret: string;
  readonly #base: () => string;

  /** `base` returns the service's root URL (known only once the server listens). */
  constructor(secret: string, base: () => string) {
    this.#secret = secret;
    this.#base = base;
  }

  #mac(method: string, kind: BlobKind, key: string, expires: number, contentType?: string): string {
    const text = [method, kind, key, String(expires), contentType ?? ""].join("\n");
    return createHmac("sha256", this.#secret).update(text).digest("base64url");
  }

  /** A URL allowing `method` on blob `kind`/`key` until `expiresMs`. */
  sign(
    method: "GET" | "PUT",
    kind: BlobKind,
    key: string,
    expiresMs: number,
    contentType?: string,
  ): string {
    const expires = Math.floor(expiresMs / 1000);
    // one path segment, never a dot segment, so URL normalisation cannot alter it
    const path = `_${encodeURIComponent(key)}`;
    const q = new URLSearchParams({ expires: String(expires) });
    if (contentType !== undefined) q.set("signedHeaders", "content-type");
    q.set("signature", this.#mac(method, kind, key, expires, contentType));
    return `${this.#base()}/blobs/${kind}/${path}?${q}`;
  }

  /** Checks a request's signature; returns the reason when it is not acceptable. */
  verify(
    method: "GET" | "PUT",
    kind: BlobKind,
    key: string,
    query: URLSearchParams,
    contentType: string | null,
    nowMs: number,
  ): string | undefined {
    const expires = Number(query.get("expires"));
    const sig = query.get("signature");
    if (!sig || !Number.isFinite(expires)) return "Request is not signed";
    const bound = query.get("signedHeaders") === "content-type";
    const expected = this.#mac(method, kind, key, expires, bound ? (contentType ?? "") : undefined);
    const a = new TextEncoder().encode(sig);
    const b = new TextEncoder().encode(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      return bound
        ? "The request signature does not match (check the method and the Content-Type header)"
        : "The request signature does not match";
    }
    if (expires * 1000 < nowMs) return "Request has expired";
    return undefined;
  }
}

/** Stored headers of a blob. */
export interface BlobMeta {
  contentType: string;
  contentEncoding?: string;
  contentLength: number;
}

/** An S3-like error reply for the blob endpoints. */
export function blobError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ code, message }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/**
 * Streams an upload into blob `key`. Requires Content-Length (411 otherwise,
 * as S3 does) and checks the body against it (400 on mismatch).
 */
export async function receiveBlob(
  c: Context,
  store: Store,
  key: string,
): Promise<{ ok: true; result: BlobWriteResult } | { ok: false; response: Response }> {
  const lenHeader = c.req.header("content-length");
  if (lenHeader === undefined || !/^\d+$/.test(lenHeader)) {
    return {
      ok: false,
      response: blobError(
        411,
        "MissingContentLength",
        "You must provide the Content-Length HTTP header.",
      ),
    };
  }
  try {
    const result = await store.writeBlob(key, c.req.raw.body, Number(lenHeader));
    return { ok: true, result };
  } catch (e) {
    if (e instanceof BlobLengthError) {
      return { ok: false, response: blobError(400, "IncompleteBody", e.message) };
    }
    throw e;
  }
}

/** Streams blob `key` with its stored headers (HEAD: headers only). */
export async function sendBlob(
  c: Context,
  store: Store,
  key: string,
  meta: BlobMeta,
): Promise<Response> {
  const headers = new Headers({
    "content-type": meta.contentType,
    "content-length": String(meta.contentLength),
    "cache-control": "no-transform",
  });
  if (meta.contentEncoding) headers.set("content-encoding", meta.contentEncoding);
  if (c.req.method === "HEAD") return new Response(null, { status: 200, headers });
  let file: Deno.FsFile;
  try {
    file = await Deno.open(await store.blobPath(key), { read: true });
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      return blobError(404, "NoSuchKey", "The specified key does not exist.");
    }
    throw e;
  }
  return new Response(file.readable, { status: 200, headers });
}
