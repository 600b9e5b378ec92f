/**
 * Streaming PUT of a file from disk to a (pre-signed) URL, as artifact and
 * object uploads need (spec 10.4): the file is streamed with an exact
 * `Content-Length` (S3 refuses chunked uploads, and `fetch` can only send a
 * stream chunked, so this uses `node:http`), each retry re-opens the file,
 * network errors and 5xx are retried with backoff (and HTTP 400 too when
 * asked, as the Go worker does for S3), and memory stays flat whatever the
 * size. With `gzip: true` the file is first compressed to a temp file whose
 * gzip header names the original file (like Go's `gzip.Writer.Name`).
 *
 * ```ts
 * const r = await putFile(putUrl, "/tasks/t/public/build.log", {
 *   "content-type": "text/plain",
 *   "content-encoding": "gzip",
 * }, { gzip: true, retryOn400: true });
 * ```
 */
import { createReadStream } from "node:fs";
import http from "node:http";
import https from "node:https";
import { basename } from "node:path";
import { crc32 } from "node:zlib";
import { createHash } from "node:crypto";
import { apiErrorFromReply, redactUrl, TaskclusterNetworkError } from "./errors.ts";
import { DEFAULT_TIMEOUT_MS } from "./http.ts";
import { done, retryable, withRetries } from "./retry.ts";
/**
 * PUTs the file at `path` to `url` with `headers` plus the exact
 * `Content-Length`, retrying as described above. Rejects with
 * `TaskclusterApiError` (status, redacted URL) or `TaskclusterNetworkError`,
 * or the file system error when the file cannot be read.
 */ export async function putFile(url, path, headers, opts = {}) {
  if (!opts.gzip) return await putPlainFile(url, path, headers, opts);
  const tmp = await Deno.makeTempFile({
    ...opts.tempDir
      ? {
        dir: opts.tempDir,
      }
      : {},
    prefix: "gw-upload-",
    suffix: ".gz",
  });
  try {
    await gzipFile(path, tmp, basename(path));
    return await putPlainFile(url, tmp, headers, opts);
  } finally {
    await Deno.remove(tmp).catch(() => {});
  }
}
async function putPlainFile(url, path, headers, opts) {
  const shown = redactUrl(url);
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new Error(`putFile: unsupported URL scheme ${target.protocol} in ${shown}`);
  }
  let attempts = 0;
  return await withRetries(async () => {
    attempts++;
    const size = (await Deno.stat(path)).size;
    const hashers = opts.hashes
      ? [
        createHash("sha256"),
        createHash("sha512"),
      ]
      : [];
    let reply;
    try {
      reply = await sendFile(
        target,
        path,
        size,
        headers,
        opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        hashers,
      );
    } catch (e) {
      if (e instanceof FileError) throw e.cause;
      return retryable(
        new TaskclusterNetworkError({
          method: "PUT",
          url: shown,
          cause: e,
        }),
      );
    }
    if (reply.status >= 300) {
      const err = apiErrorFromReply(
        "PUT",
        shown,
        reply.status,
        reply.statusText,
        reply.headers["content-type"] ?? "",
        reply.body,
      );
      if (reply.status >= 500 || reply.status === 400 && opts.retryOn400) return retryable(err);
      throw err;
    }
    return done({
      bytes: size,
      attempts,
      status: reply.status,
      headers: reply.headers,
      ...opts.hashes
        ? {
          sha256: hashers[0].digest("hex"),
          sha512: hashers[1].digest("hex"),
        }
        : {},
    });
  }, opts);
}
/** A failure reading the local file (not retried). */ class FileError extends Error {
  constructor(cause) {
    super(cause instanceof Error ? cause.message : String(cause), {
      cause,
    });
  }
}
const MAX_ERROR_BODY = 64 * 1024;
/** One PUT of the file: streams it with backpressure, collects (a bounded part of) the reply. */ function sendFile(
  url,
  path,
  size,
  headers,
  timeoutMs,
  hashers,
) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err, reply) => {
      if (settled) return;
      settled = true;
      file.destroy();
      req.destroy(); // also when the reply came before the whole body was sent
      if (err) reject(err);
      else resolve(reply);
    };
    const mod = url.protocol === "https:" ? https : http;
    const reqHeaders = {};
    for (const [k, v] of Object.entries(headers)) {
      if (k.toLowerCase() !== "content-length") reqHeaders[k] = v;
    }
    reqHeaders["content-length"] = String(size);
    const req = mod.request(url, {
      method: "PUT",
      headers: reqHeaders,
      agent: false,
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no activity for ${timeoutMs} ms`)));
    req.on("error", (e) => finish(e));
    req.on("response", (res) => {
      const chunks = [];
      let got = 0;
      res.on("data", (c) => {
        if (got < MAX_ERROR_BODY) chunks.push(c);
        got += c.length;
      });
      res.on("error", (e) => finish(e));
      res.on("end", () => {
        const hdrs = {};
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) hdrs[k] = Array.isArray(v) ? v.join(", ") : String(v);
        }
        const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let off = 0;
        for (const c of chunks) {
          all.set(c, off);
          off += c.length;
        }
        finish(undefined, {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: hdrs,
          body: new TextDecoder().decode(all.subarray(0, MAX_ERROR_BODY)),
        });
      });
    });
    const file = createReadStream(path);
    file.on("error", (e) => finish(new FileError(e)));
    let sent = 0;
    file.on("data", (chunk) => {
      const c = chunk;
      sent += c.length;
      if (sent > size) {
        finish(new FileError(new Error(`${path} grew while being uploaded`)));
        return;
      }
      for (const h of hashers) h.update(c);
      if (!req.write(c)) {
        file.pause();
        req.once("drain", () => file.resume());
      }
    });
    file.on("end", () => {
      if (sent !== size) {
        finish(new FileError(new Error(`${path} changed size while being uploaded`)));
        return;
      }
      req.end();
    });
  });
}
/** Bytes of the gzip header Go's `gzip.Writer` writes with `Name` set (mtime 0, OS unknown). */ export function gzipHeader(
  name,
) {
  // Go writes the name as Latin-1 and refuses other characters; we then omit it.
  const latin1 = [
    ...name,
  ].every((ch) => ch.codePointAt(0) <= 0xff && ch !== "\0");
  const nameBytes = latin1 && name !== ""
    ? [
      ...Array.from(name, (ch) => ch.codePointAt(0)),
      0,
    ]
    : [];
  return new Uint8Array([
    0x1f,
    0x8b,
    8,
    nameBytes.length ? 0x08 : 0,
    0,
    0,
    0,
    0,
    0,
    255,
    ...nameBytes,
  ]);
}
/**
 * Gzips the file `src` into `dest` (created or truncated), streaming, with
 * `name` in the gzip header. Returns the sizes.
 */ export async function gzipFile(src, dest, name) {
  let crc = 0;
  let inputBytes = 0;
  const input = await Deno.open(src, {
    read: true,
  });
  const counted = input.readable.pipeThrough(
    new TransformStream({
      transform(chunk, ctrl) {
        crc = crc32(chunk, crc);
        inputBytes += chunk.length;
        ctrl.enqueue(chunk);
      },
    }),
  );
  const out = await Deno.open(dest, {
    write: true,
    create: true,
    truncate: true,
  });
  let outputBytes = 0;
  try {
    const write = async (bytes) => {
      let off = 0;
      while (off < bytes.length) off += await out.write(bytes.subarray(off));
      outputBytes += bytes.length;
    };
    await write(gzipHeader(name));
    const deflate = new CompressionStream("deflate-raw");
    for await (const chunk of counted.pipeThrough(deflate)) {
      await write(chunk);
    }
    const trailer = new Uint8Array(8);
    const view = new DataView(trailer.buffer);
    view.setUint32(0, crc >>> 0, true);
    view.setUint32(4, inputBytes >>> 0, true);
    await write(trailer);
  } finally {
    out.close();
  }
  return {
    inputBytes,
    outputBytes,
  };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL3VwbG9hZC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFN0cmVhbWluZyBQVVQgb2YgYSBmaWxlIGZyb20gZGlzayB0byBhIChwcmUtc2lnbmVkKSBVUkwsIGFzIGFydGlmYWN0IGFuZFxuICogb2JqZWN0IHVwbG9hZHMgbmVlZCAoc3BlYyAxMC40KTogdGhlIGZpbGUgaXMgc3RyZWFtZWQgd2l0aCBhbiBleGFjdFxuICogYENvbnRlbnQtTGVuZ3RoYCAoUzMgcmVmdXNlcyBjaHVua2VkIHVwbG9hZHMsIGFuZCBgZmV0Y2hgIGNhbiBvbmx5IHNlbmQgYVxuICogc3RyZWFtIGNodW5rZWQsIHNvIHRoaXMgdXNlcyBgbm9kZTpodHRwYCksIGVhY2ggcmV0cnkgcmUtb3BlbnMgdGhlIGZpbGUsXG4gKiBuZXR3b3JrIGVycm9ycyBhbmQgNXh4IGFyZSByZXRyaWVkIHdpdGggYmFja29mZiAoYW5kIEhUVFAgNDAwIHRvbyB3aGVuXG4gKiBhc2tlZCwgYXMgdGhlIEdvIHdvcmtlciBkb2VzIGZvciBTMyksIGFuZCBtZW1vcnkgc3RheXMgZmxhdCB3aGF0ZXZlciB0aGVcbiAqIHNpemUuIFdpdGggYGd6aXA6IHRydWVgIHRoZSBmaWxlIGlzIGZpcnN0IGNvbXByZXNzZWQgdG8gYSB0ZW1wIGZpbGUgd2hvc2VcbiAqIGd6aXAgaGVhZGVyIG5hbWVzIHRoZSBvcmlnaW5hbCBmaWxlIChsaWtlIEdvJ3MgYGd6aXAuV3JpdGVyLk5hbWVgKS5cbiAqXG4gKiBgYGB0c1xuICogY29uc3QgciA9IGF3YWl0IHB1dEZpbGUocHV0VXJsLCBcIi90YXNrcy90L3B1YmxpYy9idWlsZC5sb2dcIiwge1xuICogICBcImNvbnRlbnQtdHlwZVwiOiBcInRleHQvcGxhaW5cIixcbiAqICAgXCJjb250ZW50LWVuY29kaW5nXCI6IFwiZ3ppcFwiLFxuICogfSwgeyBnemlwOiB0cnVlLCByZXRyeU9uNDAwOiB0cnVlIH0pO1xuICogYGBgXG4gKi9cbmltcG9ydCB7IGNyZWF0ZVJlYWRTdHJlYW0gfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IGh0dHAgZnJvbSBcIm5vZGU6aHR0cFwiO1xuaW1wb3J0IGh0dHBzIGZyb20gXCJub2RlOmh0dHBzXCI7XG5pbXBvcnQgeyBiYXNlbmFtZSB9IGZyb20gXCJub2RlOnBhdGhcIjtcbmltcG9ydCB7IGNyYzMyIH0gZnJvbSBcIm5vZGU6emxpYlwiO1xuaW1wb3J0IHsgY3JlYXRlSGFzaCwgdHlwZSBIYXNoIH0gZnJvbSBcIm5vZGU6Y3J5cHRvXCI7XG5pbXBvcnQgeyBhcGlFcnJvckZyb21SZXBseSwgcmVkYWN0VXJsLCBUYXNrY2x1c3Rlck5ldHdvcmtFcnJvciB9IGZyb20gXCIuL2Vycm9ycy50c1wiO1xuaW1wb3J0IHsgREVGQVVMVF9USU1FT1VUX01TIH0gZnJvbSBcIi4vaHR0cC50c1wiO1xuaW1wb3J0IHsgZG9uZSwgcmV0cnlhYmxlLCB0eXBlIFJldHJ5T3B0aW9ucywgd2l0aFJldHJpZXMgfSBmcm9tIFwiLi9yZXRyeS50c1wiO1xuXG4vKiogT3B0aW9ucyBvZiBgcHV0RmlsZWAuICovXG5leHBvcnQgdHlwZSBQdXRGaWxlT3B0aW9ucyA9IFJldHJ5T3B0aW9ucyAmIHtcbiAgLyoqIEd6aXAgdGhlIGZpbGUgdG8gYSB0ZW1wIGZpbGUgZmlyc3QgYW5kIHNlbmQgdGhhdCAodGhlIGNhbGxlciBzZXRzIGBDb250ZW50LUVuY29kaW5nYCkuICovXG4gIGd6aXA/OiBib29sZWFuO1xuICAvKiogV2hlcmUgdGhlIGd6aXAgdGVtcCBmaWxlIGdvZXM7IGRlZmF1bHQgdGhlIHN5c3RlbSB0ZW1wIGRpci4gKi9cbiAgdGVtcERpcj86IHN0cmluZztcbiAgLyoqIFRyZWF0IEhUVFAgNDAwIGFzIGludGVybWl0dGVudCAoUzMgYW5zd2VycyA0MDAgb24gY29ubmVjdGlvbiBpbmFjdGl2aXR5KTsgZGVmYXVsdCBmYWxzZS4gKi9cbiAgcmV0cnlPbjQwMD86IGJvb2xlYW47XG4gIC8qKiBDb21wdXRlIHNoYTI1NiBhbmQgc2hhNTEyIG9mIHRoZSBieXRlcyBzZW50IGJ5IHRoZSBzdWNjZXNzZnVsIGF0dGVtcHQuICovXG4gIGhhc2hlcz86IGJvb2xlYW47XG4gIC8qKiBTb2NrZXQgaW5hY3Rpdml0eSBsaW1pdCwgbXM7IGRlZmF1bHQgMzAgcy4gKi9cbiAgdGltZW91dE1zPzogbnVtYmVyO1xufTtcblxuLyoqIFdoYXQgYHB1dEZpbGVgIGRpZC4gKi9cbmV4cG9ydCB0eXBlIFB1dEZpbGVSZXN1bHQgPSB7XG4gIC8qKiBCeXRlcyBzZW50ICh0aGUgZ3ppcCBzaXplIHdoZW4gZ3ppcHBlZCkuICovXG4gIGJ5dGVzOiBudW1iZXI7XG4gIC8qKiBBdHRlbXB0cyBtYWRlICgxID0gbm8gcmV0cnkpLiAqL1xuICBhdHRlbXB0czogbnVtYmVyO1xuICAvKiogSFRUUCBzdGF0dXMgb2YgdGhlIHN1Y2Nlc3NmdWwgcmVwbHkuICovXG4gIHN0YXR1czogbnVtYmVyO1xuICAvKiogUmVwbHkgaGVhZGVycyAobG93ZXItY2FzZSBuYW1lcykuICovXG4gIGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBIZXggZGlnZXN0cyBvZiB0aGUgYnl0ZXMgc2VudCwgd2l0aCBgaGFzaGVzOiB0cnVlYC4gKi9cbiAgc2hhMjU2Pzogc3RyaW5nO1xuICBzaGE1MTI/OiBzdHJpbmc7XG59O1xuXG4vKipcbiAqIFBVVHMgdGhlIGZpbGUgYXQgYHBhdGhgIHRvIGB1cmxgIHdpdGggYGhlYWRlcnNgIHBsdXMgdGhlIGV4YWN0XG4gKiBgQ29udGVudC1MZW5ndGhgLCByZXRyeWluZyBhcyBkZXNjcmliZWQgYWJvdmUuIFJlamVjdHMgd2l0aFxuICogYFRhc2tjbHVzdGVyQXBpRXJyb3JgIChzdGF0dXMsIHJlZGFjdGVkIFVSTCkgb3IgYFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yYCxcbiAqIG9yIHRoZSBmaWxlIHN5c3RlbSBlcnJvciB3aGVuIHRoZSBmaWxlIGNhbm5vdCBiZSByZWFkLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHV0RmlsZShcbiAgdXJsOiBzdHJpbmcsXG4gIHBhdGg6IHN0cmluZyxcbiAgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPixcbiAgb3B0czogUHV0RmlsZU9wdGlvbnMgPSB7fSxcbik6IFByb21pc2U8UHV0RmlsZVJlc3VsdD4ge1xuICBpZiAoIW9wdHMuZ3ppcCkgcmV0dXJuIGF3YWl0IHB1dFBsYWluRmlsZSh1cmwsIHBhdGgsIGhlYWRlcnMsIG9wdHMpO1xuICBjb25zdCB0bXAgPSBhd2FpdCBEZW5vLm1ha2VUZW1wRmlsZSh7XG4gICAgLi4uKG9wdHMudGVtcERpciA/IHsgZGlyOiBvcHRzLnRlbXBEaXIgfSA6IHt9KSxcbiAgICBwcmVmaXg6IFwiZ3ctdXBsb2FkLVwiLFxuICAgIHN1ZmZpeDogXCIuZ3pcIixcbiAgfSk7XG4gIHRyeSB7XG4gICAgYXdhaXQgZ3ppcEZpbGUocGF0aCwgdG1wLCBiYXNlbmFtZShwYXRoKSk7XG4gICAgcmV0dXJuIGF3YWl0IHB1dFBsYWluRmlsZSh1cmwsIHRtcCwgaGVhZGVycywgb3B0cyk7XG4gIH0gZmluYWxseSB7XG4gICAgYXdhaXQgRGVuby5yZW1vdmUodG1wKS5jYXRjaCgoKSA9PiB7fSk7XG4gIH1cbn1cblxuYXN5bmMgZnVuY3Rpb24gcHV0UGxhaW5GaWxlKFxuICB1cmw6IHN0cmluZyxcbiAgcGF0aDogc3RyaW5nLFxuICBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+LFxuICBvcHRzOiBQdXRGaWxlT3B0aW9ucyxcbik6IFByb21pc2U8UHV0RmlsZVJlc3VsdD4ge1xuICBjb25zdCBzaG93biA9IHJlZGFjdFVybCh1cmwpO1xuICBjb25zdCB0YXJnZXQgPSBuZXcgVVJMKHVybCk7XG4gIGlmICh0YXJnZXQucHJvdG9jb2wgIT09IFwiaHR0cDpcIiAmJiB0YXJnZXQucHJvdG9jb2wgIT09IFwiaHR0cHM6XCIpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYHB1dEZpbGU6IHVuc3VwcG9ydGVkIFVSTCBzY2hlbWUgJHt0YXJnZXQucHJvdG9jb2x9IGluICR7c2hvd259YCk7XG4gIH1cbiAgbGV0IGF0dGVtcHRzID0gMDtcbiAgcmV0dXJuIGF3YWl0IHdpdGhSZXRyaWVzPFB1dEZpbGVSZXN1bHQ+KGFzeW5jICgpID0+IHtcbiAgICBhdHRlbXB0cysrO1xuICAgIGNvbnN0IHNpemUgPSAoYXdhaXQgRGVuby5zdGF0KHBhdGgpKS5zaXplO1xuICAgIGNvbnN0IGhhc2hlcnMgPSBvcHRzLmhhc2hlcyA/IFtjcmVhdGVIYXNoKFwic2hhMjU2XCIpLCBjcmVhdGVIYXNoKFwic2hhNTEyXCIpXSA6IFtdO1xuICAgIGxldCByZXBseTogUmVwbHk7XG4gICAgdHJ5IHtcbiAgICAgIHJlcGx5ID0gYXdhaXQgc2VuZEZpbGUoXG4gICAgICAgIHRhcmdldCxcbiAgICAgICAgcGF0aCxcbiAgICAgICAgc2l6ZSxcbiAgICAgICAgaGVhZGVycyxcbiAgICAgICAgb3B0cy50aW1lb3V0TXMgPz8gREVGQVVMVF9USU1FT1VUX01TLFxuICAgICAgICBoYXNoZXJzLFxuICAgICAgKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoZSBpbnN0YW5jZW9mIEZpbGVFcnJvcikgdGhyb3cgZS5jYXVzZTtcbiAgICAgIHJldHVybiByZXRyeWFibGUobmV3IFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yKHsgbWV0aG9kOiBcIlBVVFwiLCB1cmw6IHNob3duLCBjYXVzZTogZSB9KSk7XG4gICAgfVxuICAgIGlmIChyZXBseS5zdGF0dXMgPj0gMzAwKSB7XG4gICAgICBjb25zdCBlcnIgPSBhcGlFcnJvckZyb21SZXBseShcbiAgICAgICAgXCJQVVRcIixcbiAgICAgICAgc2hvd24sXG4gICAgICAgIHJlcGx5LnN0YXR1cyxcbiAgICAgICAgcmVwbHkuc3RhdHVzVGV4dCxcbiAgICAgICAgcmVwbHkuaGVhZGVyc1tcImNvbnRlbnQtdHlwZVwiXSA/PyBcIlwiLFxuICAgICAgICByZXBseS5ib2R5LFxuICAgICAgKTtcbiAgICAgIGlmIChyZXBseS5zdGF0dXMgPj0gNTAwIHx8IChyZXBseS5zdGF0dXMgPT09IDQwMCAmJiBvcHRzLnJldHJ5T240MDApKSByZXR1cm4gcmV0cnlhYmxlKGVycik7XG4gICAgICB0aHJvdyBlcnI7XG4gICAgfVxuICAgIHJldHVybiBkb25lKHtcbiAgICAgIGJ5dGVzOiBzaXplLFxuICAgICAgYXR0ZW1wdHMsXG4gICAgICBzdGF0dXM6IHJlcGx5LnN0YXR1cyxcbiAgICAgIGhlYWRlcnM6IHJlcGx5LmhlYWRlcnMsXG4gICAgICAuLi4ob3B0cy5oYXNoZXNcbiAgICAgICAgPyB7IHNoYTI1NjogaGFzaGVyc1swXS5kaWdlc3QoXCJoZXhcIiksIHNoYTUxMjogaGFzaGVyc1sxXS5kaWdlc3QoXCJoZXhcIikgfVxuICAgICAgICA6IHt9KSxcbiAgICB9KTtcbiAgfSwgb3B0cyk7XG59XG5cbnR5cGUgUmVwbHkgPSB7IHN0YXR1czogbnVtYmVyOyBzdGF0dXNUZXh0OiBzdHJpbmc7IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47IGJvZHk6IHN0cmluZyB9O1xuXG4vKiogQSBmYWlsdXJlIHJlYWRpbmcgdGhlIGxvY2FsIGZpbGUgKG5vdCByZXRyaWVkKS4gKi9cbmNsYXNzIEZpbGVFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoY2F1c2U6IHVua25vd24pIHtcbiAgICBzdXBlcihjYXVzZSBpbnN0YW5jZW9mIEVycm9yID8gY2F1c2UubWVzc2FnZSA6IFN0cmluZyhjYXVzZSksIHsgY2F1c2UgfSk7XG4gIH1cbn1cblxuY29uc3QgTUFYX0VSUk9SX0JPRFkgPSA2NCAqIDEwMjQ7XG5cbi8qKiBPbmUgUFVUIG9mIHRoZSBmaWxlOiBzdHJlYW1zIGl0IHdpdGggYmFja3ByZXNzdXJlLCBjb2xsZWN0cyAoYSBib3VuZGVkIHBhcnQgb2YpIHRoZSByZXBseS4gKi9cbmZ1bmN0aW9uIHNlbmRGaWxlKFxuICB1cmw6IFVSTCxcbiAgcGF0aDogc3RyaW5nLFxuICBzaXplOiBudW1iZXIsXG4gIGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4sXG4gIHRpbWVvdXRNczogbnVtYmVyLFxuICBoYXNoZXJzOiBIYXNoW10sXG4pOiBQcm9taXNlPFJlcGx5PiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZTxSZXBseT4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGxldCBzZXR0bGVkID0gZmFsc2U7XG4gICAgY29uc3QgZmluaXNoID0gKGVycjogdW5rbm93biwgcmVwbHk/OiBSZXBseSkgPT4ge1xuICAgICAgaWYgKHNldHRsZWQpIHJldHVybjtcbiAgICAgIHNldHRsZWQgPSB0cnVlO1xuICAgICAgZmlsZS5kZXN0cm95KCk7XG4gICAgICByZXEuZGVzdHJveSgpOyAvLyBhbHNvIHdoZW4gdGhlIHJlcGx5IGNhbWUgYmVmb3JlIHRoZSB3aG9sZSBib2R5IHdhcyBzZW50XG4gICAgICBpZiAoZXJyKSByZWplY3QoZXJyKTtcbiAgICAgIGVsc2UgcmVzb2x2ZShyZXBseSEpO1xuICAgIH07XG4gICAgY29uc3QgbW9kID0gdXJsLnByb3RvY29sID09PSBcImh0dHBzOlwiID8gaHR0cHMgOiBodHRwO1xuICAgIGNvbnN0IHJlcUhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyhoZWFkZXJzKSkge1xuICAgICAgaWYgKGsudG9Mb3dlckNhc2UoKSAhPT0gXCJjb250ZW50LWxlbmd0aFwiKSByZXFIZWFkZXJzW2tdID0gdjtcbiAgICB9XG4gICAgcmVxSGVhZGVyc1tcImNvbnRlbnQtbGVuZ3RoXCJdID0gU3RyaW5nKHNpemUpO1xuICAgIGNvbnN0IHJlcSA9IG1vZC5yZXF1ZXN0KHVybCwgeyBtZXRob2Q6IFwiUFVUXCIsIGhlYWRlcnM6IHJlcUhlYWRlcnMsIGFnZW50OiBmYWxzZSB9KTtcbiAgICByZXEuc2V0VGltZW91dCh0aW1lb3V0TXMsICgpID0+IHJlcS5kZXN0cm95KG5ldyBFcnJvcihgbm8gYWN0aXZpdHkgZm9yICR7dGltZW91dE1zfSBtc2ApKSk7XG4gICAgcmVxLm9uKFwiZXJyb3JcIiwgKGUpID0+IGZpbmlzaChlKSk7XG4gICAgcmVxLm9uKFwicmVzcG9uc2VcIiwgKHJlcykgPT4ge1xuICAgICAgY29uc3QgY2h1bmtzOiBVaW50OEFycmF5W10gPSBbXTtcbiAgICAgIGxldCBnb3QgPSAwO1xuICAgICAgcmVzLm9uKFwiZGF0YVwiLCAoYzogVWludDhBcnJheSkgPT4ge1xuICAgICAgICBpZiAoZ290IDwgTUFYX0VSUk9SX0JPRFkpIGNodW5rcy5wdXNoKGMpO1xuICAgICAgICBnb3QgKz0gYy5sZW5ndGg7XG4gICAgICB9KTtcbiAgICAgIHJlcy5vbihcImVycm9yXCIsIChlKSA9PiBmaW5pc2goZSkpO1xuICAgICAgcmVzLm9uKFwiZW5kXCIsICgpID0+IHtcbiAgICAgICAgY29uc3QgaGRyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9O1xuICAgICAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyhyZXMuaGVhZGVycykpIHtcbiAgICAgICAgICBpZiAodiAhPT0gdW5kZWZpbmVkKSBoZHJzW2tdID0gQXJyYXkuaXNBcnJheSh2KSA/IHYuam9pbihcIiwgXCIpIDogU3RyaW5nKHYpO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGFsbCA9IG5ldyBVaW50OEFycmF5KGNodW5rcy5yZWR1Y2UoKG4sIGMpID0+IG4gKyBjLmxlbmd0aCwgMCkpO1xuICAgICAgICBsZXQgb2ZmID0gMDtcbiAgICAgICAgZm9yIChjb25zdCBjIG9mIGNodW5rcykge1xuICAgICAgICAgIGFsbC5zZXQoYywgb2ZmKTtcbiAgICAgICAgICBvZmYgKz0gYy5sZW5ndGg7XG4gICAgICAgIH1cbiAgICAgICAgZmluaXNoKHVuZGVmaW5lZCwge1xuICAgICAgICAgIHN0YXR1czogcmVzLnN0YXR1c0NvZGUgPz8gMCxcbiAgICAgICAgICBzdGF0dXNUZXh0OiByZXMuc3RhdHVzTWVzc2FnZSA/PyBcIlwiLFxuICAgICAgICAgIGhlYWRlcnM6IGhkcnMsXG4gICAgICAgICAgYm9keTogbmV3IFRleHREZWNvZGVyKCkuZGVjb2RlKGFsbC5zdWJhcnJheSgwLCBNQVhfRVJST1JfQk9EWSkpLFxuICAgICAgICB9KTtcbiAgICAgIH0pO1xuICAgIH0pO1xuICAgIGNvbnN0IGZpbGUgPSBjcmVhdGVSZWFkU3RyZWFtKHBhdGgpO1xuICAgIGZpbGUub24oXCJlcnJvclwiLCAoZSkgPT4gZmluaXNoKG5ldyBGaWxlRXJyb3IoZSkpKTtcbiAgICBsZXQgc2VudCA9IDA7XG4gICAgZmlsZS5vbihcImRhdGFcIiwgKGNodW5rKSA9PiB7XG4gICAgICBjb25zdCBjID0gY2h1bmsgYXMgVWludDhBcnJheTtcbiAgICAgIHNlbnQgKz0gYy5sZW5ndGg7XG4gICAgICBpZiAoc2VudCA+IHNpemUpIHtcbiAgICAgICAgZmluaXNoKG5ldyBGaWxlRXJyb3IobmV3IEVycm9yKGAke3BhdGh9IGdyZXcgd2hpbGUgYmVpbmcgdXBsb2FkZWRgKSkpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBmb3IgKGNvbnN0IGggb2YgaGFzaGVycykgaC51cGRhdGUoYyk7XG4gICAgICBpZiAoIXJlcS53cml0ZShjKSkge1xuICAgICAgICBmaWxlLnBhdXNlKCk7XG4gICAgICAgIHJlcS5vbmNlKFwiZHJhaW5cIiwgKCkgPT4gZmlsZS5yZXN1bWUoKSk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgZmlsZS5vbihcImVuZFwiLCAoKSA9PiB7XG4gICAgICBpZiAoc2VudCAhPT0gc2l6ZSkge1xuICAgICAgICBmaW5pc2gobmV3IEZpbGVFcnJvcihuZXcgRXJyb3IoYCR7cGF0aH0gY2hhbmdlZCBzaXplIHdoaWxlIGJlaW5nIHVwbG9hZGVkYCkpKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgcmVxLmVuZCgpO1xuICAgIH0pO1xuICB9KTtcbn1cblxuLyoqIEJ5dGVzIG9mIHRoZSBnemlwIGhlYWRlciBHbydzIGBnemlwLldyaXRlcmAgd3JpdGVzIHdpdGggYE5hbWVgIHNldCAobXRpbWUgMCwgT1MgdW5rbm93bikuICovXG5leHBvcnQgZnVuY3Rpb24gZ3ppcEhlYWRlcihuYW1lOiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgLy8gR28gd3JpdGVzIHRoZSBuYW1lIGFzIExhdGluLTEgYW5kIHJlZnVzZXMgb3RoZXIgY2hhcmFjdGVyczsgd2UgdGhlbiBvbWl0IGl0LlxuICBjb25zdCBsYXRpbjEgPSBbLi4ubmFtZV0uZXZlcnkoKGNoKSA9PiBjaC5jb2RlUG9pbnRBdCgwKSEgPD0gMHhmZiAmJiBjaCAhPT0gXCJcXDBcIik7XG4gIGNvbnN0IG5hbWVCeXRlcyA9IGxhdGluMSAmJiBuYW1lICE9PSBcIlwiXG4gICAgPyBbLi4uQXJyYXkuZnJvbShuYW1lLCAoY2gpID0+IGNoLmNvZGVQb2ludEF0KDApISksIDBdXG4gICAgOiBbXTtcbiAgcmV0dXJuIG5ldyBVaW50OEFycmF5KFtcbiAgICAweDFmLFxuICAgIDB4OGIsXG4gICAgOCxcbiAgICBuYW1lQnl0ZXMubGVuZ3RoID8gMHgwOCA6IDAsXG4gICAgMCxcbiAgICAwLFxuICAgIDAsXG4gICAgMCxcbiAgICAwLFxuICAgIDI1NSxcbiAgICAuLi5uYW1lQnl0ZXMsXG4gIF0pO1xufVxuXG4vKipcbiAqIEd6aXBzIHRoZSBmaWxlIGBzcmNgIGludG8gYGRlc3RgIChjcmVhdGVkIG9yIHRydW5jYXRlZCksIHN0cmVhbWluZywgd2l0aFxuICogYG5hbWVgIGluIHRoZSBnemlwIGhlYWRlci4gUmV0dXJucyB0aGUgc2l6ZXMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBnemlwRmlsZShcbiAgc3JjOiBzdHJpbmcsXG4gIGRlc3Q6IHN0cmluZyxcbiAgbmFtZTogc3RyaW5nLFxuKTogUHJvbWlzZTx7IGlucHV0Qnl0ZXM6IG51bWJlcjsgb3V0cHV0Qnl0ZXM6IG51bWJlciB9PiB7XG4gIGxldCBjcmMgPSAwO1xuICBsZXQgaW5wdXRCeXRlcyA9IDA7XG4gIGNvbnN0IGlucHV0ID0gYXdhaXQgRGVuby5vcGVuKHNyYywgeyByZWFkOiB0cnVlIH0pO1xuICBjb25zdCBjb3VudGVkID0gaW5wdXQucmVhZGFibGUucGlwZVRocm91Z2goXG4gICAgbmV3IFRyYW5zZm9ybVN0cmVhbTxVaW50OEFycmF5LCBVaW50OEFycmF5Pih7XG4gICAgICB0cmFuc2Zvcm0oY2h1bmssIGN0cmwpIHtcbiAgICAgICAgY3JjID0gY3JjMzIoY2h1bmssIGNyYyk7XG4gICAgICAgIGlucHV0Qnl0ZXMgKz0gY2h1bmsubGVuZ3RoO1xuICAgICAgICBjdHJsLmVucXVldWUoY2h1bmspO1xuICAgICAgfSxcbiAgICB9KSxcbiAgKTtcbiAgY29uc3Qgb3V0ID0gYXdhaXQgRGVuby5vcGVuKGRlc3QsIHsgd3JpdGU6IHRydWUsIGNyZWF0ZTogdHJ1ZSwgdHJ1bmNhdGU6IHRydWUgfSk7XG4gIGxldCBvdXRwdXRCeXRlcyA9IDA7XG4gIHRyeSB7XG4gICAgY29uc3Qgd3JpdGUgPSBhc3luYyAoYnl0ZXM6IFVpbnQ4QXJyYXkpID0+IHtcbiAgICAgIGxldCBvZmYgPSAwO1xuICAgICAgd2hpbGUgKG9mZiA8IGJ5dGVzLmxlbmd0aCkgb2ZmICs9IGF3YWl0IG91dC53cml0ZShieXRlcy5zdWJhcnJheShvZmYpKTtcbiAgICAgIG91dHB1dEJ5dGVzICs9IGJ5dGVzLmxlbmd0aDtcbiAgICB9O1xuICAgIGF3YWl0IHdyaXRlKGd6aXBIZWFkZXIobmFtZSkpO1xuICAgIGNvbnN0IGRlZmxhdGUgPSBuZXcgQ29tcHJlc3Npb25TdHJlYW0oXCJkZWZsYXRlLXJhd1wiKSBhcyB1bmtub3duIGFzIFRyYW5zZm9ybVN0cmVhbTxcbiAgICAgIFVpbnQ4QXJyYXksXG4gICAgICBVaW50OEFycmF5XG4gICAgPjtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIGNvdW50ZWQucGlwZVRocm91Z2goZGVmbGF0ZSkpIHtcbiAgICAgIGF3YWl0IHdyaXRlKGNodW5rKTtcbiAgICB9XG4gICAgY29uc3QgdHJhaWxlciA9IG5ldyBVaW50OEFycmF5KDgpO1xuICAgIGNvbnN0IHZpZXcgPSBuZXcgRGF0YVZpZXcodHJhaWxlci5idWZmZXIpO1xuICAgIHZpZXcuc2V0VWludDMyKDAsIGNyYyA+Pj4gMCwgdHJ1ZSk7XG4gICAgdmlldy5zZXRVaW50MzIoNCwgaW5wdXRCeXRlcyA+Pj4gMCwgdHJ1ZSk7XG4gICAgYXdhaXQgd3JpdGUodHJhaWxlcik7XG4gIH0gZmluYWxseSB7XG4gICAgb3V0LmNsb3NlKCk7XG4gIH1cbiAgcmV0dXJuIHsgaW5wdXRCeXRlcywgb3V0cHV0Qnl0ZXMgfTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7Ozs7Ozs7Ozs7Ozs7OztDQWdCQyxHQUNELFNBQVMsZ0JBQWdCLFFBQVEsVUFBVTtBQUMzQyxPQUFPLFVBQVUsWUFBWTtBQUM3QixPQUFPLFdBQVcsYUFBYTtBQUMvQixTQUFTLFFBQVEsUUFBUSxZQUFZO0FBQ3JDLFNBQVMsS0FBSyxRQUFRLFlBQVk7QUFDbEMsU0FBUyxVQUFVLFFBQW1CLGNBQWM7QUFDcEQsU0FBUyxpQkFBaUIsRUFBRSxTQUFTLEVBQUUsdUJBQXVCLFFBQVEsY0FBYztBQUNwRixTQUFTLGtCQUFrQixRQUFRLFlBQVk7QUFDL0MsU0FBUyxJQUFJLEVBQUUsU0FBUyxFQUFxQixXQUFXLFFBQVEsYUFBYTtBQStCN0U7Ozs7O0NBS0MsR0FDRCxPQUFPLGVBQWUsUUFDcEIsR0FBVyxFQUNYLElBQVksRUFDWixPQUErQixFQUMvQixPQUF1QixDQUFDLENBQUM7RUFFekIsSUFBSSxDQUFDLEtBQUssSUFBSSxFQUFFLE9BQU8sTUFBTSxhQUFhLEtBQUssTUFBTSxTQUFTO0VBQzlELE1BQU0sTUFBTSxNQUFNLEtBQUssWUFBWSxDQUFDO0lBQ2xDLEdBQUksS0FBSyxPQUFPLEdBQUc7TUFBRSxLQUFLLEtBQUssT0FBTztJQUFDLElBQUksQ0FBQyxDQUFDO0lBQzdDLFFBQVE7SUFDUixRQUFRO0VBQ1Y7RUFDQSxJQUFJO0lBQ0YsTUFBTSxTQUFTLE1BQU0sS0FBSyxTQUFTO0lBQ25DLE9BQU8sTUFBTSxhQUFhLEtBQUssS0FBSyxTQUFTO0VBQy9DLFNBQVU7SUFDUixNQUFNLEtBQUssTUFBTSxDQUFDLEtBQUssS0FBSyxDQUFDLEtBQU87RUFDdEM7QUFDRjtBQUVBLGVBQWUsYUFDYixHQUFXLEVBQ1gsSUFBWSxFQUNaLE9BQStCLEVBQy9CLElBQW9CO0VBRXBCLE1BQU0sUUFBUSxVQUFVO0VBQ3hCLE1BQU0sU0FBUyxJQUFJLElBQUk7RUFDdkIsSUFBSSxPQUFPLFFBQVEsS0FBSyxXQUFXLE9BQU8sUUFBUSxLQUFLLFVBQVU7SUFDL0QsTUFBTSxJQUFJLE1BQU0sQ0FBQyxnQ0FBZ0MsRUFBRSxPQUFPLFFBQVEsQ0FBQyxJQUFJLEVBQUUsT0FBTztFQUNsRjtFQUNBLElBQUksV0FBVztFQUNmLE9BQU8sTUFBTSxZQUEyQjtJQUN0QztJQUNBLE1BQU0sT0FBTyxDQUFDLE1BQU0sS0FBSyxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUk7SUFDekMsTUFBTSxVQUFVLEtBQUssTUFBTSxHQUFHO01BQUMsV0FBVztNQUFXLFdBQVc7S0FBVSxHQUFHLEVBQUU7SUFDL0UsSUFBSTtJQUNKLElBQUk7TUFDRixRQUFRLE1BQU0sU0FDWixRQUNBLE1BQ0EsTUFDQSxTQUNBLEtBQUssU0FBUyxJQUFJLG9CQUNsQjtJQUVKLEVBQUUsT0FBTyxHQUFHO01BQ1YsSUFBSSxhQUFhLFdBQVcsTUFBTSxFQUFFLEtBQUs7TUFDekMsT0FBTyxVQUFVLElBQUksd0JBQXdCO1FBQUUsUUFBUTtRQUFPLEtBQUs7UUFBTyxPQUFPO01BQUU7SUFDckY7SUFDQSxJQUFJLE1BQU0sTUFBTSxJQUFJLEtBQUs7TUFDdkIsTUFBTSxNQUFNLGtCQUNWLE9BQ0EsT0FDQSxNQUFNLE1BQU0sRUFDWixNQUFNLFVBQVUsRUFDaEIsTUFBTSxPQUFPLENBQUMsZUFBZSxJQUFJLElBQ2pDLE1BQU0sSUFBSTtNQUVaLElBQUksTUFBTSxNQUFNLElBQUksT0FBUSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssVUFBVSxFQUFHLE9BQU8sVUFBVTtNQUN2RixNQUFNO0lBQ1I7SUFDQSxPQUFPLEtBQUs7TUFDVixPQUFPO01BQ1A7TUFDQSxRQUFRLE1BQU0sTUFBTTtNQUNwQixTQUFTLE1BQU0sT0FBTztNQUN0QixHQUFJLEtBQUssTUFBTSxHQUNYO1FBQUUsUUFBUSxPQUFPLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQztRQUFRLFFBQVEsT0FBTyxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUM7TUFBTyxJQUNyRSxDQUFDLENBQUM7SUFDUjtFQUNGLEdBQUc7QUFDTDtBQUlBLG9EQUFvRCxHQUNwRCxNQUFNLGtCQUFrQjtFQUN0QixZQUFZLEtBQWMsQ0FBRTtJQUMxQixLQUFLLENBQUMsaUJBQWlCLFFBQVEsTUFBTSxPQUFPLEdBQUcsT0FBTyxRQUFRO01BQUU7SUFBTTtFQUN4RTtBQUNGO0FBRUEsTUFBTSxpQkFBaUIsS0FBSztBQUU1QiwrRkFBK0YsR0FDL0YsU0FBUyxTQUNQLEdBQVEsRUFDUixJQUFZLEVBQ1osSUFBWSxFQUNaLE9BQStCLEVBQy9CLFNBQWlCLEVBQ2pCLE9BQWU7RUFFZixPQUFPLElBQUksUUFBZSxDQUFDLFNBQVM7SUFDbEMsSUFBSSxVQUFVO0lBQ2QsTUFBTSxTQUFTLENBQUMsS0FBYztNQUM1QixJQUFJLFNBQVM7TUFDYixVQUFVO01BQ1YsS0FBSyxPQUFPO01BQ1osSUFBSSxPQUFPLElBQUksMERBQTBEO01BQ3pFLElBQUksS0FBSyxPQUFPO1dBQ1gsUUFBUTtJQUNmO0lBQ0EsTUFBTSxNQUFNLElBQUksUUFBUSxLQUFLLFdBQVcsUUFBUTtJQUNoRCxNQUFNLGFBQXFDLENBQUM7SUFDNUMsS0FBSyxNQUFNLENBQUMsR0FBRyxFQUFFLElBQUksT0FBTyxPQUFPLENBQUMsU0FBVTtNQUM1QyxJQUFJLEVBQUUsV0FBVyxPQUFPLGtCQUFrQixVQUFVLENBQUMsRUFBRSxHQUFHO0lBQzVEO0lBQ0EsVUFBVSxDQUFDLGlCQUFpQixHQUFHLE9BQU87SUFDdEMsTUFBTSxNQUFNLElBQUksT0FBTyxDQUFDLEtBQUs7TUFBRSxRQUFRO01BQU8sU0FBUztNQUFZLE9BQU87SUFBTTtJQUNoRixJQUFJLFVBQVUsQ0FBQyxXQUFXLElBQU0sSUFBSSxPQUFPLENBQUMsSUFBSSxNQUFNLENBQUMsZ0JBQWdCLEVBQUUsVUFBVSxHQUFHLENBQUM7SUFDdkYsSUFBSSxFQUFFLENBQUMsU0FBUyxDQUFDLElBQU0sT0FBTztJQUM5QixJQUFJLEVBQUUsQ0FBQyxZQUFZLENBQUM7TUFDbEIsTUFBTSxTQUF1QixFQUFFO01BQy9CLElBQUksTUFBTTtNQUNWLElBQUksRUFBRSxDQUFDLFFBQVEsQ0FBQztRQUNkLElBQUksTUFBTSxnQkFBZ0IsT0FBTyxJQUFJLENBQUM7UUFDdEMsT0FBTyxFQUFFLE1BQU07TUFDakI7TUFDQSxJQUFJLEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBTSxPQUFPO01BQzlCLElBQUksRUFBRSxDQUFDLE9BQU87UUFDWixNQUFNLE9BQStCLENBQUM7UUFDdEMsS0FBSyxNQUFNLENBQUMsR0FBRyxFQUFFLElBQUksT0FBTyxPQUFPLENBQUMsSUFBSSxPQUFPLEVBQUc7VUFDaEQsSUFBSSxNQUFNLFdBQVcsSUFBSSxDQUFDLEVBQUUsR0FBRyxNQUFNLE9BQU8sQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLFFBQVEsT0FBTztRQUMxRTtRQUNBLE1BQU0sTUFBTSxJQUFJLFdBQVcsT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLElBQU0sSUFBSSxFQUFFLE1BQU0sRUFBRTtRQUNqRSxJQUFJLE1BQU07UUFDVixLQUFLLE1BQU0sS0FBSyxPQUFRO1VBQ3RCLElBQUksR0FBRyxDQUFDLEdBQUc7VUFDWCxPQUFPLEVBQUUsTUFBTTtRQUNqQjtRQUNBLE9BQU8sV0FBVztVQUNoQixRQUFRLElBQUksVUFBVSxJQUFJO1VBQzFCLFlBQVksSUFBSSxhQUFhLElBQUk7VUFDakMsU0FBUztVQUNULE1BQU0sSUFBSSxjQUFjLE1BQU0sQ0FBQyxJQUFJLFFBQVEsQ0FBQyxHQUFHO1FBQ2pEO01BQ0Y7SUFDRjtJQUNBLE1BQU0sT0FBTyxpQkFBaUI7SUFDOUIsS0FBSyxFQUFFLENBQUMsU0FBUyxDQUFDLElBQU0sT0FBTyxJQUFJLFVBQVU7SUFDN0MsSUFBSSxPQUFPO0lBQ1gsS0FBSyxFQUFFLENBQUMsUUFBUSxDQUFDO01BQ2YsTUFBTSxJQUFJO01BQ1YsUUFBUSxFQUFFLE1BQU07TUFDaEIsSUFBSSxPQUFPLE1BQU07UUFDZixPQUFPLElBQUksVUFBVSxJQUFJLE1BQU0sR0FBRyxLQUFLLDBCQUEwQixDQUFDO1FBQ2xFO01BQ0Y7TUFDQSxLQUFLLE1BQU0sS0FBSyxRQUFTLEVBQUUsTUFBTSxDQUFDO01BQ2xDLElBQUksQ0FBQyxJQUFJLEtBQUssQ0FBQyxJQUFJO1FBQ2pCLEtBQUssS0FBSztRQUNWLElBQUksSUFBSSxDQUFDLFNBQVMsSUFBTSxLQUFLLE1BQU07TUFDckM7SUFDRjtJQUNBLEtBQUssRUFBRSxDQUFDLE9BQU87TUFDYixJQUFJLFNBQVMsTUFBTTtRQUNqQixPQUFPLElBQUksVUFBVSxJQUFJLE1BQU0sR0FBRyxLQUFLLGtDQUFrQyxDQUFDO1FBQzFFO01BQ0Y7TUFDQSxJQUFJLEdBQUc7SUFDVDtFQUNGO0FBQ0Y7QUFFQSw4RkFBOEYsR0FDOUYsT0FBTyxTQUFTLFdBQVcsSUFBWTtFQUNyQywrRUFBK0U7RUFDL0UsTUFBTSxTQUFTO09BQUk7R0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLEtBQU8sR0FBRyxXQUFXLENBQUMsTUFBTyxRQUFRLE9BQU87RUFDNUUsTUFBTSxZQUFZLFVBQVUsU0FBUyxLQUNqQztPQUFJLE1BQU0sSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFPLEdBQUcsV0FBVyxDQUFDO0lBQU07R0FBRSxHQUNwRCxFQUFFO0VBQ04sT0FBTyxJQUFJLFdBQVc7SUFDcEI7SUFDQTtJQUNBO0lBQ0EsVUFBVSxNQUFNLEdBQUcsT0FBTztJQUMxQjtJQUNBO0lBQ0E7SUFDQTtJQUNBO0lBQ0E7T0FDRztHQUNKO0FBQ0g7QUFFQTs7O0NBR0MsR0FDRCxPQUFPLGVBQWUsU0FDcEIsR0FBVyxFQUNYLElBQVksRUFDWixJQUFZO0VBRVosSUFBSSxNQUFNO0VBQ1YsSUFBSSxhQUFhO0VBQ2pCLE1BQU0sUUFBUSxNQUFNLEtBQUssSUFBSSxDQUFDLEtBQUs7SUFBRSxNQUFNO0VBQUs7RUFDaEQsTUFBTSxVQUFVLE1BQU0sUUFBUSxDQUFDLFdBQVcsQ0FDeEMsSUFBSSxnQkFBd0M7SUFDMUMsV0FBVSxLQUFLLEVBQUUsSUFBSTtNQUNuQixNQUFNLE1BQU0sT0FBTztNQUNuQixjQUFjLE1BQU0sTUFBTTtNQUMxQixLQUFLLE9BQU8sQ0FBQztJQUNmO0VBQ0Y7RUFFRixNQUFNLE1BQU0sTUFBTSxLQUFLLElBQUksQ0FBQyxNQUFNO0lBQUUsT0FBTztJQUFNLFFBQVE7SUFBTSxVQUFVO0VBQUs7RUFDOUUsSUFBSSxjQUFjO0VBQ2xCLElBQUk7SUFDRixNQUFNLFFBQVEsT0FBTztNQUNuQixJQUFJLE1BQU07TUFDVixNQUFPLE1BQU0sTUFBTSxNQUFNLENBQUUsT0FBTyxNQUFNLElBQUksS0FBSyxDQUFDLE1BQU0sUUFBUSxDQUFDO01BQ2pFLGVBQWUsTUFBTSxNQUFNO0lBQzdCO0lBQ0EsTUFBTSxNQUFNLFdBQVc7SUFDdkIsTUFBTSxVQUFVLElBQUksa0JBQWtCO0lBSXRDLFdBQVcsTUFBTSxTQUFTLFFBQVEsV0FBVyxDQUFDLFNBQVU7TUFDdEQsTUFBTSxNQUFNO0lBQ2Q7SUFDQSxNQUFNLFVBQVUsSUFBSSxXQUFXO0lBQy9CLE1BQU0sT0FBTyxJQUFJLFNBQVMsUUFBUSxNQUFNO0lBQ3hDLEtBQUssU0FBUyxDQUFDLEdBQUcsUUFBUSxHQUFHO0lBQzdCLEtBQUssU0FBUyxDQUFDLEdBQUcsZUFBZSxHQUFHO0lBQ3BDLE1BQU0sTUFBTTtFQUNkLFNBQVU7SUFDUixJQUFJLEtBQUs7RUFDWDtFQUNBLE9BQU87SUFBRTtJQUFZO0VBQVk7QUFDbkMifQ==
// denoCacheMetadata=16358084094541286534,2272604326163328153
