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
import { BlobLengthError } from "./store.ts";
/**
 * Checks a `/blobs/<kind>/:key` request: a well-formed key (404 NoSuchKey)
 * and a valid, unexpired signature for its method and content type (403
 * AccessDenied / SignatureDoesNotMatch). HEAD is checked as GET.
 */ export function authorizeBlobRequest(c, signer, kind, nowMs) {
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
  return {
    ok: true,
    key,
    method,
  };
}
/** The blob key of a `/blobs/<kind>/:key` route parameter (undefined when malformed). */ export function blobKeyOfParam(
  param,
) {
  return param?.startsWith("_") ? param.slice(1) : undefined;
}
/** Signs and verifies blob URLs with a per-data-dir secret. */ export class UrlSigner {
  #secret;
  #base;
  /** `base` returns the service's root URL (known only once the server listens). */ constructor(
    secret,
    base,
  ) {
    this.#secret = secret;
    this.#base = base;
  }
  #mac(method, kind, key, expires, contentType) {
    const text = [
      method,
      kind,
      key,
      String(expires),
      contentType ?? "",
    ].join("\n");
    return createHmac("sha256", this.#secret).update(text).digest("base64url");
  }
  /** A URL allowing `method` on blob `kind`/`key` until `expiresMs`. */ sign(
    method,
    kind,
    key,
    expiresMs,
    contentType,
  ) {
    const expires = Math.floor(expiresMs / 1000);
    // one path segment, never a dot segment, so URL normalisation cannot alter it
    const path = `_${encodeURIComponent(key)}`;
    const q = new URLSearchParams({
      expires: String(expires),
    });
    if (contentType !== undefined) q.set("signedHeaders", "content-type");
    q.set("signature", this.#mac(method, kind, key, expires, contentType));
    return `${this.#base()}/blobs/${kind}/${path}?${q}`;
  }
  /** Checks a request's signature; returns the reason when it is not acceptable. */ verify(
    method,
    kind,
    key,
    query,
    contentType,
    nowMs,
  ) {
    const expires = Number(query.get("expires"));
    const sig = query.get("signature");
    if (!sig || !Number.isFinite(expires)) return "Request is not signed";
    const bound = query.get("signedHeaders") === "content-type";
    const expected = this.#mac(method, kind, key, expires, bound ? contentType ?? "" : undefined);
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
/** An S3-like error reply for the blob endpoints. */ export function blobError(
  status,
  code,
  message,
) {
  return new Response(
    JSON.stringify({
      code,
      message,
    }),
    {
      status,
      headers: {
        "content-type": "application/json; charset=utf-8",
      },
    },
  );
}
/**
 * Streams an upload into blob `key`. Requires Content-Length (411 otherwise,
 * as S3 does) and checks the body against it (400 on mismatch).
 */ export async function receiveBlob(c, store, key) {
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
    return {
      ok: true,
      result,
    };
  } catch (e) {
    if (e instanceof BlobLengthError) {
      return {
        ok: false,
        response: blobError(400, "IncompleteBody", e.message),
      };
    }
    throw e;
  }
}
/** Streams blob `key` with its stored headers (HEAD: headers only). */ export async function sendBlob(
  c,
  store,
  key,
  meta,
) {
  const headers = new Headers({
    "content-type": meta.contentType,
    "content-length": String(meta.contentLength),
    "cache-control": "no-transform",
  });
  if (meta.contentEncoding) headers.set("content-encoding", meta.contentEncoding);
  if (c.req.method === "HEAD") {
    return new Response(null, {
      status: 200,
      headers,
    });
  }
  let file;
  try {
    file = await Deno.open(await store.blobPath(key), {
      read: true,
    });
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      return blobError(404, "NoSuchKey", "The specified key does not exist.");
    }
    throw e;
  }
  return new Response(file.readable, {
    status: 200,
    headers,
  });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvYmxvYnMudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBCeXRlIHN0b3JhZ2UgYmVoaW5kIHRoZSBVUkxzIGxvY2FsdGMgaGFuZHMgb3V0ICh0aGUgcGFydHMgUzMgcGxheXMgZm9yIHRoZVxuICogcmVhbCBxdWV1ZSBhbmQgb2JqZWN0IHNlcnZpY2UpOiBITUFDLXNpZ25lZCwgZXhwaXJpbmcgVVJMcyBmb3IgUFVUIGFuZFxuICogR0VUIHVuZGVyIGAvYmxvYnMvPGtpbmQ+L188ZW5jb2RlVVJJQ29tcG9uZW50KGtleSk+YCwgc3RyZWFtaW5nIHVwbG9hZHMgaW50byB0aGUgc3RvcmUgYW5kXG4gKiBzdHJlYW1pbmcgZG93bmxvYWRzIGJhY2sgd2l0aCB0aGUgc3RvcmVkIENvbnRlbnQtVHlwZS9Db250ZW50LUVuY29kaW5nLlxuICpcbiAqIEEgc2lnbmVkIFVSTCBjYXJyaWVzIGBleHBpcmVzYCAodW5peCBzZWNvbmRzKSBhbmQgYHNpZ25hdHVyZWBcbiAqIChiYXNlNjR1cmwgSE1BQy1TSEEyNTYgb3ZlciBtZXRob2QsIGtpbmQsIGtleSwgZXhwaXJ5IGFuZCwgd2hlbiBib3VuZCxcbiAqIHRoZSBDb250ZW50LVR5cGUgdGhlIFBVVCBtdXN0IHNlbmQpLCBsaWtlIGFuIFMzIHByZS1zaWduZWQgVVJMLlxuICovXG5pbXBvcnQgeyBjcmVhdGVIbWFjLCB0aW1pbmdTYWZlRXF1YWwgfSBmcm9tIFwibm9kZTpjcnlwdG9cIjtcbmltcG9ydCB0eXBlIHsgQ29udGV4dCB9IGZyb20gXCJob25vXCI7XG5pbXBvcnQgeyBCbG9iTGVuZ3RoRXJyb3IsIHR5cGUgQmxvYldyaXRlUmVzdWx0LCB0eXBlIFN0b3JlIH0gZnJvbSBcIi4vc3RvcmUudHNcIjtcblxuLyoqIFRoZSBraW5kcyBvZiBibG9iOiBxdWV1ZSBzMyBhcnRpZmFjdHMgYW5kIG9iamVjdC1zZXJ2aWNlIG9iamVjdHMuICovXG5leHBvcnQgdHlwZSBCbG9iS2luZCA9IFwiczNcIiB8IFwib2JqZWN0XCI7XG5cbi8qKiBBIGJ5dGUgcmVxdWVzdCB3aG9zZSBrZXkgYW5kIHNpZ25lZCBVUkwgY2hlY2tlZCBvdXQsIG9yIHRoZSBTMy1zdHlsZSByZWZ1c2FsIHRvIHNlbmQuICovXG5leHBvcnQgdHlwZSBBdXRob3JpemVkQmxvYlJlcXVlc3QgPVxuICB8IHsgb2s6IHRydWU7IGtleTogc3RyaW5nOyBtZXRob2Q6IFwiUFVUXCIgfCBcIkdFVFwiIH1cbiAgfCB7IG9rOiBmYWxzZTsgcmVzcG9uc2U6IFJlc3BvbnNlIH07XG5cbi8qKlxuICogQ2hlY2tzIGEgYC9ibG9icy88a2luZD4vOmtleWAgcmVxdWVzdDogYSB3ZWxsLWZvcm1lZCBrZXkgKDQwNCBOb1N1Y2hLZXkpXG4gKiBhbmQgYSB2YWxpZCwgdW5leHBpcmVkIHNpZ25hdHVyZSBmb3IgaXRzIG1ldGhvZCBhbmQgY29udGVudCB0eXBlICg0MDNcbiAqIEFjY2Vzc0RlbmllZCAvIFNpZ25hdHVyZURvZXNOb3RNYXRjaCkuIEhFQUQgaXMgY2hlY2tlZCBhcyBHRVQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhdXRob3JpemVCbG9iUmVxdWVzdChcbiAgYzogQ29udGV4dCxcbiAgc2lnbmVyOiBVcmxTaWduZXIsXG4gIGtpbmQ6IEJsb2JLaW5kLFxuICBub3dNczogbnVtYmVyLFxuKTogQXV0aG9yaXplZEJsb2JSZXF1ZXN0IHtcbiAgY29uc3Qga2V5ID0gYmxvYktleU9mUGFyYW0oYy5yZXEucGFyYW0oXCJrZXlcIikpO1xuICBpZiAoa2V5ID09PSB1bmRlZmluZWQpIHtcbiAgICByZXR1cm4ge1xuICAgICAgb2s6IGZhbHNlLFxuICAgICAgcmVzcG9uc2U6IGJsb2JFcnJvcig0MDQsIFwiTm9TdWNoS2V5XCIsIFwiVGhlIHNwZWNpZmllZCBrZXkgZG9lcyBub3QgZXhpc3QuXCIpLFxuICAgIH07XG4gIH1cbiAgY29uc3QgbWV0aG9kID0gYy5yZXEubWV0aG9kID09PSBcIlBVVFwiID8gXCJQVVRcIiA6IFwiR0VUXCI7XG4gIGNvbnN0IHF1ZXJ5ID0gbmV3IFVSTChjLnJlcS51cmwpLnNlYXJjaFBhcmFtcztcbiAgY29uc3QgcHJvYmxlbSA9IHNpZ25lci52ZXJpZnkoXG4gICAgbWV0aG9kLFxuICAgIGtpbmQsXG4gICAga2V5LFxuICAgIHF1ZXJ5LFxuICAgIGMucmVxLmhlYWRlcihcImNvbnRlbnQtdHlwZVwiKSA/PyBudWxsLFxuICAgIG5vd01zLFxuICApO1xuICBpZiAocHJvYmxlbSkge1xuICAgIHJldHVybiB7XG4gICAgICBvazogZmFsc2UsXG4gICAgICByZXNwb25zZTogYmxvYkVycm9yKFxuICAgICAgICA0MDMsXG4gICAgICAgIHByb2JsZW0uaW5jbHVkZXMoXCJleHBpcmVkXCIpID8gXCJBY2Nlc3NEZW5pZWRcIiA6IFwiU2lnbmF0dXJlRG9lc05vdE1hdGNoXCIsXG4gICAgICAgIHByb2JsZW0sXG4gICAgICApLFxuICAgIH07XG4gIH1cbiAgcmV0dXJuIHsgb2s6IHRydWUsIGtleSwgbWV0aG9kIH07XG59XG5cbi8qKiBUaGUgYmxvYiBrZXkgb2YgYSBgL2Jsb2JzLzxraW5kPi86a2V5YCByb3V0ZSBwYXJhbWV0ZXIgKHVuZGVmaW5lZCB3aGVuIG1hbGZvcm1lZCkuICovXG5leHBvcnQgZnVuY3Rpb24gYmxvYktleU9mUGFyYW0ocGFyYW06IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBwYXJhbT8uc3RhcnRzV2l0aChcIl9cIikgPyBwYXJhbS5zbGljZSgxKSA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIFNpZ25zIGFuZCB2ZXJpZmllcyBibG9iIFVSTHMgd2l0aCBhIHBlci1kYXRhLWRpciBzZWNyZXQuICovXG5leHBvcnQgY2xhc3MgVXJsU2lnbmVyIHtcbiAgcmVhZG9ubHkgI3NlY3JldDogc3RyaW5nO1xuICByZWFkb25seSAjYmFzZTogKCkgPT4gc3RyaW5nO1xuXG4gIC8qKiBgYmFzZWAgcmV0dXJucyB0aGUgc2VydmljZSdzIHJvb3QgVVJMIChrbm93biBvbmx5IG9uY2UgdGhlIHNlcnZlciBsaXN0ZW5zKS4gKi9cbiAgY29uc3RydWN0b3Ioc2VjcmV0OiBzdHJpbmcsIGJhc2U6ICgpID0+IHN0cmluZykge1xuICAgIHRoaXMuI3NlY3JldCA9IHNlY3JldDtcbiAgICB0aGlzLiNiYXNlID0gYmFzZTtcbiAgfVxuXG4gICNtYWMobWV0aG9kOiBzdHJpbmcsIGtpbmQ6IEJsb2JLaW5kLCBrZXk6IHN0cmluZywgZXhwaXJlczogbnVtYmVyLCBjb250ZW50VHlwZT86IHN0cmluZyk6IHN0cmluZyB7XG4gICAgY29uc3QgdGV4dCA9IFttZXRob2QsIGtpbmQsIGtleSwgU3RyaW5nKGV4cGlyZXMpLCBjb250ZW50VHlwZSA/PyBcIlwiXS5qb2luKFwiXFxuXCIpO1xuICAgIHJldHVybiBjcmVhdGVIbWFjKFwic2hhMjU2XCIsIHRoaXMuI3NlY3JldCkudXBkYXRlKHRleHQpLmRpZ2VzdChcImJhc2U2NHVybFwiKTtcbiAgfVxuXG4gIC8qKiBBIFVSTCBhbGxvd2luZyBgbWV0aG9kYCBvbiBibG9iIGBraW5kYC9ga2V5YCB1bnRpbCBgZXhwaXJlc01zYC4gKi9cbiAgc2lnbihcbiAgICBtZXRob2Q6IFwiR0VUXCIgfCBcIlBVVFwiLFxuICAgIGtpbmQ6IEJsb2JLaW5kLFxuICAgIGtleTogc3RyaW5nLFxuICAgIGV4cGlyZXNNczogbnVtYmVyLFxuICAgIGNvbnRlbnRUeXBlPzogc3RyaW5nLFxuICApOiBzdHJpbmcge1xuICAgIGNvbnN0IGV4cGlyZXMgPSBNYXRoLmZsb29yKGV4cGlyZXNNcyAvIDEwMDApO1xuICAgIC8vIG9uZSBwYXRoIHNlZ21lbnQsIG5ldmVyIGEgZG90IHNlZ21lbnQsIHNvIFVSTCBub3JtYWxpc2F0aW9uIGNhbm5vdCBhbHRlciBpdFxuICAgIGNvbnN0IHBhdGggPSBgXyR7ZW5jb2RlVVJJQ29tcG9uZW50KGtleSl9YDtcbiAgICBjb25zdCBxID0gbmV3IFVSTFNlYXJjaFBhcmFtcyh7IGV4cGlyZXM6IFN0cmluZyhleHBpcmVzKSB9KTtcbiAgICBpZiAoY29udGVudFR5cGUgIT09IHVuZGVmaW5lZCkgcS5zZXQoXCJzaWduZWRIZWFkZXJzXCIsIFwiY29udGVudC10eXBlXCIpO1xuICAgIHEuc2V0KFwic2lnbmF0dXJlXCIsIHRoaXMuI21hYyhtZXRob2QsIGtpbmQsIGtleSwgZXhwaXJlcywgY29udGVudFR5cGUpKTtcbiAgICByZXR1cm4gYCR7dGhpcy4jYmFzZSgpfS9ibG9icy8ke2tpbmR9LyR7cGF0aH0/JHtxfWA7XG4gIH1cblxuICAvKiogQ2hlY2tzIGEgcmVxdWVzdCdzIHNpZ25hdHVyZTsgcmV0dXJucyB0aGUgcmVhc29uIHdoZW4gaXQgaXMgbm90IGFjY2VwdGFibGUuICovXG4gIHZlcmlmeShcbiAgICBtZXRob2Q6IFwiR0VUXCIgfCBcIlBVVFwiLFxuICAgIGtpbmQ6IEJsb2JLaW5kLFxuICAgIGtleTogc3RyaW5nLFxuICAgIHF1ZXJ5OiBVUkxTZWFyY2hQYXJhbXMsXG4gICAgY29udGVudFR5cGU6IHN0cmluZyB8IG51bGwsXG4gICAgbm93TXM6IG51bWJlcixcbiAgKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBleHBpcmVzID0gTnVtYmVyKHF1ZXJ5LmdldChcImV4cGlyZXNcIikpO1xuICAgIGNvbnN0IHNpZyA9IHF1ZXJ5LmdldChcInNpZ25hdHVyZVwiKTtcbiAgICBpZiAoIXNpZyB8fCAhTnVtYmVyLmlzRmluaXRlKGV4cGlyZXMpKSByZXR1cm4gXCJSZXF1ZXN0IGlzIG5vdCBzaWduZWRcIjtcbiAgICBjb25zdCBib3VuZCA9IHF1ZXJ5LmdldChcInNpZ25lZEhlYWRlcnNcIikgPT09IFwiY29udGVudC10eXBlXCI7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSB0aGlzLiNtYWMobWV0aG9kLCBraW5kLCBrZXksIGV4cGlyZXMsIGJvdW5kID8gKGNvbnRlbnRUeXBlID8/IFwiXCIpIDogdW5kZWZpbmVkKTtcbiAgICBjb25zdCBhID0gbmV3IFRleHRFbmNvZGVyKCkuZW5jb2RlKHNpZyk7XG4gICAgY29uc3QgYiA9IG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShleHBlY3RlZCk7XG4gICAgaWYgKGEubGVuZ3RoICE9PSBiLmxlbmd0aCB8fCAhdGltaW5nU2FmZUVxdWFsKGEsIGIpKSB7XG4gICAgICByZXR1cm4gYm91bmRcbiAgICAgICAgPyBcIlRoZSByZXF1ZXN0IHNpZ25hdHVyZSBkb2VzIG5vdCBtYXRjaCAoY2hlY2sgdGhlIG1ldGhvZCBhbmQgdGhlIENvbnRlbnQtVHlwZSBoZWFkZXIpXCJcbiAgICAgICAgOiBcIlRoZSByZXF1ZXN0IHNpZ25hdHVyZSBkb2VzIG5vdCBtYXRjaFwiO1xuICAgIH1cbiAgICBpZiAoZXhwaXJlcyAqIDEwMDAgPCBub3dNcykgcmV0dXJuIFwiUmVxdWVzdCBoYXMgZXhwaXJlZFwiO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIFN0b3JlZCBoZWFkZXJzIG9mIGEgYmxvYi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQmxvYk1ldGEge1xuICBjb250ZW50VHlwZTogc3RyaW5nO1xuICBjb250ZW50RW5jb2Rpbmc/OiBzdHJpbmc7XG4gIGNvbnRlbnRMZW5ndGg6IG51bWJlcjtcbn1cblxuLyoqIEFuIFMzLWxpa2UgZXJyb3IgcmVwbHkgZm9yIHRoZSBibG9iIGVuZHBvaW50cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBibG9iRXJyb3Ioc3RhdHVzOiBudW1iZXIsIGNvZGU6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKTogUmVzcG9uc2Uge1xuICByZXR1cm4gbmV3IFJlc3BvbnNlKEpTT04uc3RyaW5naWZ5KHsgY29kZSwgbWVzc2FnZSB9KSwge1xuICAgIHN0YXR1cyxcbiAgICBoZWFkZXJzOiB7IFwiY29udGVudC10eXBlXCI6IFwiYXBwbGljYXRpb24vanNvbjsgY2hhcnNldD11dGYtOFwiIH0sXG4gIH0pO1xufVxuXG4vKipcbiAqIFN0cmVhbXMgYW4gdXBsb2FkIGludG8gYmxvYiBga2V5YC4gUmVxdWlyZXMgQ29udGVudC1MZW5ndGggKDQxMSBvdGhlcndpc2UsXG4gKiBhcyBTMyBkb2VzKSBhbmQgY2hlY2tzIHRoZSBib2R5IGFnYWluc3QgaXQgKDQwMCBvbiBtaXNtYXRjaCkuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZWNlaXZlQmxvYihcbiAgYzogQ29udGV4dCxcbiAgc3RvcmU6IFN0b3JlLFxuICBrZXk6IHN0cmluZyxcbik6IFByb21pc2U8eyBvazogdHJ1ZTsgcmVzdWx0OiBCbG9iV3JpdGVSZXN1bHQgfSB8IHsgb2s6IGZhbHNlOyByZXNwb25zZTogUmVzcG9uc2UgfT4ge1xuICBjb25zdCBsZW5IZWFkZXIgPSBjLnJlcS5oZWFkZXIoXCJjb250ZW50LWxlbmd0aFwiKTtcbiAgaWYgKGxlbkhlYWRlciA9PT0gdW5kZWZpbmVkIHx8ICEvXlxcZCskLy50ZXN0KGxlbkhlYWRlcikpIHtcbiAgICByZXR1cm4ge1xuICAgICAgb2s6IGZhbHNlLFxuICAgICAgcmVzcG9uc2U6IGJsb2JFcnJvcihcbiAgICAgICAgNDExLFxuICAgICAgICBcIk1pc3NpbmdDb250ZW50TGVuZ3RoXCIsXG4gICAgICAgIFwiWW91IG11c3QgcHJvdmlkZSB0aGUgQ29udGVudC1MZW5ndGggSFRUUCBoZWFkZXIuXCIsXG4gICAgICApLFxuICAgIH07XG4gIH1cbiAgdHJ5IHtcbiAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBzdG9yZS53cml0ZUJsb2Ioa2V5LCBjLnJlcS5yYXcuYm9keSwgTnVtYmVyKGxlbkhlYWRlcikpO1xuICAgIHJldHVybiB7IG9rOiB0cnVlLCByZXN1bHQgfTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmIChlIGluc3RhbmNlb2YgQmxvYkxlbmd0aEVycm9yKSB7XG4gICAgICByZXR1cm4geyBvazogZmFsc2UsIHJlc3BvbnNlOiBibG9iRXJyb3IoNDAwLCBcIkluY29tcGxldGVCb2R5XCIsIGUubWVzc2FnZSkgfTtcbiAgICB9XG4gICAgdGhyb3cgZTtcbiAgfVxufVxuXG4vKiogU3RyZWFtcyBibG9iIGBrZXlgIHdpdGggaXRzIHN0b3JlZCBoZWFkZXJzIChIRUFEOiBoZWFkZXJzIG9ubHkpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNlbmRCbG9iKFxuICBjOiBDb250ZXh0LFxuICBzdG9yZTogU3RvcmUsXG4gIGtleTogc3RyaW5nLFxuICBtZXRhOiBCbG9iTWV0YSxcbik6IFByb21pc2U8UmVzcG9uc2U+IHtcbiAgY29uc3QgaGVhZGVycyA9IG5ldyBIZWFkZXJzKHtcbiAgICBcImNvbnRlbnQtdHlwZVwiOiBtZXRhLmNvbnRlbnRUeXBlLFxuICAgIFwiY29udGVudC1sZW5ndGhcIjogU3RyaW5nKG1ldGEuY29udGVudExlbmd0aCksXG4gICAgXCJjYWNoZS1jb250cm9sXCI6IFwibm8tdHJhbnNmb3JtXCIsXG4gIH0pO1xuICBpZiAobWV0YS5jb250ZW50RW5jb2RpbmcpIGhlYWRlcnMuc2V0KFwiY29udGVudC1lbmNvZGluZ1wiLCBtZXRhLmNvbnRlbnRFbmNvZGluZyk7XG4gIGlmIChjLnJlcS5tZXRob2QgPT09IFwiSEVBRFwiKSByZXR1cm4gbmV3IFJlc3BvbnNlKG51bGwsIHsgc3RhdHVzOiAyMDAsIGhlYWRlcnMgfSk7XG4gIGxldCBmaWxlOiBEZW5vLkZzRmlsZTtcbiAgdHJ5IHtcbiAgICBmaWxlID0gYXdhaXQgRGVuby5vcGVuKGF3YWl0IHN0b3JlLmJsb2JQYXRoKGtleSksIHsgcmVhZDogdHJ1ZSB9KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmIChlIGluc3RhbmNlb2YgRGVuby5lcnJvcnMuTm90Rm91bmQpIHtcbiAgICAgIHJldHVybiBibG9iRXJyb3IoNDA0LCBcIk5vU3VjaEtleVwiLCBcIlRoZSBzcGVjaWZpZWQga2V5IGRvZXMgbm90IGV4aXN0LlwiKTtcbiAgICB9XG4gICAgdGhyb3cgZTtcbiAgfVxuICByZXR1cm4gbmV3IFJlc3BvbnNlKGZpbGUucmVhZGFibGUsIHsgc3RhdHVzOiAyMDAsIGhlYWRlcnMgfSk7XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7Ozs7OztDQVNDLEdBQ0QsU0FBUyxVQUFVLEVBQUUsZUFBZSxRQUFRLGNBQWM7QUFFMUQsU0FBUyxlQUFlLFFBQTBDLGFBQWE7QUFVL0U7Ozs7Q0FJQyxHQUNELE9BQU8sU0FBUyxxQkFDZCxDQUFVLEVBQ1YsTUFBaUIsRUFDakIsSUFBYyxFQUNkLEtBQWE7RUFFYixNQUFNLE1BQU0sZUFBZSxFQUFFLEdBQUcsQ0FBQyxLQUFLLENBQUM7RUFDdkMsSUFBSSxRQUFRLFdBQVc7SUFDckIsT0FBTztNQUNMLElBQUk7TUFDSixVQUFVLFVBQVUsS0FBSyxhQUFhO0lBQ3hDO0VBQ0Y7RUFDQSxNQUFNLFNBQVMsRUFBRSxHQUFHLENBQUMsTUFBTSxLQUFLLFFBQVEsUUFBUTtFQUNoRCxNQUFNLFFBQVEsSUFBSSxJQUFJLEVBQUUsR0FBRyxDQUFDLEdBQUcsRUFBRSxZQUFZO0VBQzdDLE1BQU0sVUFBVSxPQUFPLE1BQU0sQ0FDM0IsUUFDQSxNQUNBLEtBQ0EsT0FDQSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsbUJBQW1CLE1BQ2hDO0VBRUYsSUFBSSxTQUFTO0lBQ1gsT0FBTztNQUNMLElBQUk7TUFDSixVQUFVLFVBQ1IsS0FDQSxRQUFRLFFBQVEsQ0FBQyxhQUFhLGlCQUFpQix5QkFDL0M7SUFFSjtFQUNGO0VBQ0EsT0FBTztJQUFFLElBQUk7SUFBTTtJQUFLO0VBQU87QUFDakM7QUFFQSx1RkFBdUYsR0FDdkYsT0FBTyxTQUFTLGVBQWUsS0FBeUI7RUFDdEQsT0FBTyxPQUFPLFdBQVcsT0FBTyxNQUFNLEtBQUssQ0FBQyxLQUFLO0FBQ25EO0FBRUEsNkRBQTZELEdBQzdELE9BQU8sTUFBTTtFQUNGLENBQUEsTUFBTyxDQUFTO0VBQ2hCLENBQUEsSUFBSyxDQUFlO0VBRTdCLGdGQUFnRixHQUNoRixZQUFZLE1BQWMsRUFBRSxJQUFrQixDQUFFO0lBQzlDLElBQUksQ0FBQyxDQUFBLE1BQU8sR0FBRztJQUNmLElBQUksQ0FBQyxDQUFBLElBQUssR0FBRztFQUNmO0VBRUEsQ0FBQSxHQUFJLENBQUMsTUFBYyxFQUFFLElBQWMsRUFBRSxHQUFXLEVBQUUsT0FBZSxFQUFFLFdBQW9CO0lBQ3JGLE1BQU0sT0FBTztNQUFDO01BQVE7TUFBTTtNQUFLLE9BQU87TUFBVSxlQUFlO0tBQUcsQ0FBQyxJQUFJLENBQUM7SUFDMUUsT0FBTyxXQUFXLFVBQVUsSUFBSSxDQUFDLENBQUEsTUFBTyxFQUFFLE1BQU0sQ0FBQyxNQUFNLE1BQU0sQ0FBQztFQUNoRTtFQUVBLG9FQUFvRSxHQUNwRSxLQUNFLE1BQXFCLEVBQ3JCLElBQWMsRUFDZCxHQUFXLEVBQ1gsU0FBaUIsRUFDakIsV0FBb0IsRUFDWjtJQUNSLE1BQU0sVUFBVSxLQUFLLEtBQUssQ0FBQyxZQUFZO0lBQ3ZDLDhFQUE4RTtJQUM5RSxNQUFNLE9BQU8sQ0FBQyxDQUFDLEVBQUUsbUJBQW1CLE1BQU07SUFDMUMsTUFBTSxJQUFJLElBQUksZ0JBQWdCO01BQUUsU0FBUyxPQUFPO0lBQVM7SUFDekQsSUFBSSxnQkFBZ0IsV0FBVyxFQUFFLEdBQUcsQ0FBQyxpQkFBaUI7SUFDdEQsRUFBRSxHQUFHLENBQUMsYUFBYSxJQUFJLENBQUMsQ0FBQSxHQUFJLENBQUMsUUFBUSxNQUFNLEtBQUssU0FBUztJQUN6RCxPQUFPLEdBQUcsSUFBSSxDQUFDLENBQUEsSUFBSyxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLLENBQUMsRUFBRSxHQUFHO0VBQ3JEO0VBRUEsZ0ZBQWdGLEdBQ2hGLE9BQ0UsTUFBcUIsRUFDckIsSUFBYyxFQUNkLEdBQVcsRUFDWCxLQUFzQixFQUN0QixXQUEwQixFQUMxQixLQUFhLEVBQ087SUFDcEIsTUFBTSxVQUFVLE9BQU8sTUFBTSxHQUFHLENBQUM7SUFDakMsTUFBTSxNQUFNLE1BQU0sR0FBRyxDQUFDO0lBQ3RCLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxRQUFRLENBQUMsVUFBVSxPQUFPO0lBQzlDLE1BQU0sUUFBUSxNQUFNLEdBQUcsQ0FBQyxxQkFBcUI7SUFDN0MsTUFBTSxXQUFXLElBQUksQ0FBQyxDQUFBLEdBQUksQ0FBQyxRQUFRLE1BQU0sS0FBSyxTQUFTLFFBQVMsZUFBZSxLQUFNO0lBQ3JGLE1BQU0sSUFBSSxJQUFJLGNBQWMsTUFBTSxDQUFDO0lBQ25DLE1BQU0sSUFBSSxJQUFJLGNBQWMsTUFBTSxDQUFDO0lBQ25DLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxNQUFNLElBQUksQ0FBQyxnQkFBZ0IsR0FBRyxJQUFJO01BQ25ELE9BQU8sUUFDSCx3RkFDQTtJQUNOO0lBQ0EsSUFBSSxVQUFVLE9BQU8sT0FBTyxPQUFPO0lBQ25DLE9BQU87RUFDVDtBQUNGO0FBU0EsbURBQW1ELEdBQ25ELE9BQU8sU0FBUyxVQUFVLE1BQWMsRUFBRSxJQUFZLEVBQUUsT0FBZTtFQUNyRSxPQUFPLElBQUksU0FBUyxLQUFLLFNBQVMsQ0FBQztJQUFFO0lBQU07RUFBUSxJQUFJO0lBQ3JEO0lBQ0EsU0FBUztNQUFFLGdCQUFnQjtJQUFrQztFQUMvRDtBQUNGO0FBRUE7OztDQUdDLEdBQ0QsT0FBTyxlQUFlLFlBQ3BCLENBQVUsRUFDVixLQUFZLEVBQ1osR0FBVztFQUVYLE1BQU0sWUFBWSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUM7RUFDL0IsSUFBSSxjQUFjLGFBQWEsQ0FBQyxRQUFRLElBQUksQ0FBQyxZQUFZO0lBQ3ZELE9BQU87TUFDTCxJQUFJO01BQ0osVUFBVSxVQUNSLEtBQ0Esd0JBQ0E7SUFFSjtFQUNGO0VBQ0EsSUFBSTtJQUNGLE1BQU0sU0FBUyxNQUFNLE1BQU0sU0FBUyxDQUFDLEtBQUssRUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxPQUFPO0lBQ2pFLE9BQU87TUFBRSxJQUFJO01BQU07SUFBTztFQUM1QixFQUFFLE9BQU8sR0FBRztJQUNWLElBQUksYUFBYSxpQkFBaUI7TUFDaEMsT0FBTztRQUFFLElBQUk7UUFBTyxVQUFVLFVBQVUsS0FBSyxrQkFBa0IsRUFBRSxPQUFPO01BQUU7SUFDNUU7SUFDQSxNQUFNO0VBQ1I7QUFDRjtBQUVBLHFFQUFxRSxHQUNyRSxPQUFPLGVBQWUsU0FDcEIsQ0FBVSxFQUNWLEtBQVksRUFDWixHQUFXLEVBQ1gsSUFBYztFQUVkLE1BQU0sVUFBVSxJQUFJLFFBQVE7SUFDMUIsZ0JBQWdCLEtBQUssV0FBVztJQUNoQyxrQkFBa0IsT0FBTyxLQUFLLGFBQWE7SUFDM0MsaUJBQWlCO0VBQ25CO0VBQ0EsSUFBSSxLQUFLLGVBQWUsRUFBRSxRQUFRLEdBQUcsQ0FBQyxvQkFBb0IsS0FBSyxlQUFlO0VBQzlFLElBQUksRUFBRSxHQUFHLENBQUMsTUFBTSxLQUFLLFFBQVEsT0FBTyxJQUFJLFNBQVMsTUFBTTtJQUFFLFFBQVE7SUFBSztFQUFRO0VBQzlFLElBQUk7RUFDSixJQUFJO0lBQ0YsT0FBTyxNQUFNLEtBQUssSUFBSSxDQUFDLE1BQU0sTUFBTSxRQUFRLENBQUMsTUFBTTtNQUFFLE1BQU07SUFBSztFQUNqRSxFQUFFLE9BQU8sR0FBRztJQUNWLElBQUksYUFBYSxLQUFLLE1BQU0sQ0FBQyxRQUFRLEVBQUU7TUFDckMsT0FBTyxVQUFVLEtBQUssYUFBYTtJQUNyQztJQUNBLE1BQU07RUFDUjtFQUNBLE9BQU8sSUFBSSxTQUFTLEtBQUssUUFBUSxFQUFFO0lBQUUsUUFBUTtJQUFLO0VBQVE7QUFDNUQifQ==
// denoCacheMetadata=15263556471087218036,15935862350679163794
