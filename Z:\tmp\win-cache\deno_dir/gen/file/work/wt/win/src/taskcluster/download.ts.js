/**
 * Streaming downloads: a `Download` is a body stream plus what is known
 * about it, never buffered. `verifyHashes` wraps a body so that it errors
 * at its end when the content does not match the object service's hashes.
 * `downloadToFile` writes a download to disk, computing its SHA-256, and
 * starts over (a fresh download) when the transfer breaks off, as the Go
 * worker's httpbackoff-wrapped downloads do.
 *
 * ```ts
 * const r = await downloadToFile(() => downloadUrl(url), "/tmp/file", { retries: 3 });
 * console.log(r.bytes, r.sha256);
 * ```
 */
import { createHash } from "node:crypto";
import { TaskclusterNetworkError } from "./errors.ts";
import { getWithRetries } from "./http.ts";
import { done, retryable, withRetries } from "./retry.ts";
/** A `Download` of the 2xx reply `res`. */ export function downloadOf(res, source) {
  const len = res.headers.get("content-length");
  return {
    body: res.body ?? new ReadableStream({
      start: (c) => c.close(),
    }),
    contentType: res.headers.get("content-type") ?? "application/octet-stream",
    contentLength: len !== null && /^\d+$/.test(len) ? Number(len) : undefined,
    source,
  };
}
/** GETs `url` (redirects followed, network errors and 5xx retried) as a streaming `Download`. */ export async function downloadUrl(
  url,
  opts = {},
) {
  return downloadOf(await getWithRetries(url, opts), "url");
}
/** A content hash mismatch (never retried). */ export class HashMismatchError extends Error {
  constructor(message) {
    super(message);
    this.name = "HashMismatchError";
  }
}
/** Hash algorithms the object service records that are strong enough to trust. */ const ACCEPTABLE =
  [
    "sha256",
    "sha512",
  ];
/**
 * Wraps `body` so that, at its end, the SHA-256/SHA-512 of the content are
 * compared with `expected` (object-service hashes, hex): a mismatch, or no
 * acceptable algorithm in `expected`, errors the stream with
 * `HashMismatchError` instead of ending it.
 */ export function verifyHashes(body, expected, what) {
  const algos = ACCEPTABLE.filter((a) => typeof expected[a] === "string");
  const hashers = algos.map((a) => createHash(a));
  return body.pipeThrough(
    new TransformStream({
      transform(chunk, ctrl) {
        for (const h of hashers) h.update(chunk);
        ctrl.enqueue(chunk);
      },
      flush() {
        if (algos.length === 0) {
          throw new HashMismatchError(
            `${what}: no acceptable hash algorithm (sha256, sha512) given`,
          );
        }
        algos.forEach((a, i) => {
          const got = hashers[i].digest("hex");
          if (got !== expected[a]) {
            throw new HashMismatchError(
              `${what}: computed ${a} hash ${got} does not match ${
                expected[a]
              } from the object service`,
            );
          }
        });
      },
    }),
  );
}
/**
 * Streams the download `start()` opens into `path` (created or truncated),
 * computing its SHA-256. When the transfer breaks off after the reply
 * started (a network error while streaming), `start()` is called again and
 * the file rewritten, with backoff, as `opts` says. Failures of `start()`
 * itself (which has its own retries), HTTP errors and hash mismatches are
 * not retried here.
 */ export async function downloadToFile(start, path, opts = {}) {
  let attempts = 0;
  return await withRetries(async () => {
    attempts++;
    const dl = await start();
    const hash = createHash("sha256");
    let bytes = 0;
    const file = await Deno.open(path, {
      write: true,
      create: true,
      truncate: true,
    });
    try {
      await dl.body.pipeThrough(
        new TransformStream({
          transform(chunk, ctrl) {
            hash.update(chunk);
            bytes += chunk.length;
            ctrl.enqueue(chunk);
          },
        }),
      ).pipeTo(file.writable);
    } catch (e) {
      if (e instanceof TaskclusterNetworkError) return retryable(e);
      throw e;
    } finally {
      try {
        file.close();
      } catch {
        // pipeTo closed it already
      }
    }
    return done({
      bytes,
      sha256: hash.digest("hex"),
      contentType: dl.contentType,
      attempts,
    });
  }, opts);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL2Rvd25sb2FkLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogU3RyZWFtaW5nIGRvd25sb2FkczogYSBgRG93bmxvYWRgIGlzIGEgYm9keSBzdHJlYW0gcGx1cyB3aGF0IGlzIGtub3duXG4gKiBhYm91dCBpdCwgbmV2ZXIgYnVmZmVyZWQuIGB2ZXJpZnlIYXNoZXNgIHdyYXBzIGEgYm9keSBzbyB0aGF0IGl0IGVycm9yc1xuICogYXQgaXRzIGVuZCB3aGVuIHRoZSBjb250ZW50IGRvZXMgbm90IG1hdGNoIHRoZSBvYmplY3Qgc2VydmljZSdzIGhhc2hlcy5cbiAqIGBkb3dubG9hZFRvRmlsZWAgd3JpdGVzIGEgZG93bmxvYWQgdG8gZGlzaywgY29tcHV0aW5nIGl0cyBTSEEtMjU2LCBhbmRcbiAqIHN0YXJ0cyBvdmVyIChhIGZyZXNoIGRvd25sb2FkKSB3aGVuIHRoZSB0cmFuc2ZlciBicmVha3Mgb2ZmLCBhcyB0aGUgR29cbiAqIHdvcmtlcidzIGh0dHBiYWNrb2ZmLXdyYXBwZWQgZG93bmxvYWRzIGRvLlxuICpcbiAqIGBgYHRzXG4gKiBjb25zdCByID0gYXdhaXQgZG93bmxvYWRUb0ZpbGUoKCkgPT4gZG93bmxvYWRVcmwodXJsKSwgXCIvdG1wL2ZpbGVcIiwgeyByZXRyaWVzOiAzIH0pO1xuICogY29uc29sZS5sb2coci5ieXRlcywgci5zaGEyNTYpO1xuICogYGBgXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tIFwibm9kZTpjcnlwdG9cIjtcbmltcG9ydCB7IFRhc2tjbHVzdGVyTmV0d29ya0Vycm9yIH0gZnJvbSBcIi4vZXJyb3JzLnRzXCI7XG5pbXBvcnQgeyBnZXRXaXRoUmV0cmllcywgdHlwZSBIdHRwT3B0aW9ucyB9IGZyb20gXCIuL2h0dHAudHNcIjtcbmltcG9ydCB7IGRvbmUsIHJldHJ5YWJsZSwgdHlwZSBSZXRyeU9wdGlvbnMsIHdpdGhSZXRyaWVzIH0gZnJvbSBcIi4vcmV0cnkudHNcIjtcblxuLyoqIEEgZG93bmxvYWQgaW4gcHJvZ3Jlc3M6IGNvbnN1bWUgYGJvZHlgIChvciBjYW5jZWwgaXQpLiAqL1xuZXhwb3J0IHR5cGUgRG93bmxvYWQgPSB7XG4gIC8qKiBUaGUgY29udGVudCwgc3RyZWFtaW5nLiAqL1xuICBib2R5OiBSZWFkYWJsZVN0cmVhbTxVaW50OEFycmF5PjtcbiAgLyoqIENvbnRlbnQtVHlwZSBvZiB0aGUgcmVwbHkgKGBhcHBsaWNhdGlvbi9vY3RldC1zdHJlYW1gIHdoZW4gYWJzZW50KS4gKi9cbiAgY29udGVudFR5cGU6IHN0cmluZztcbiAgLyoqIENvbnRlbnQtTGVuZ3RoIG9mIHRoZSByZXBseSB3aGVuIGtub3duIChhZnRlciBhbnkgdHJhbnNmZXIgZGVjb2RpbmcgaXQgbWF5IGRpZmZlcikuICovXG4gIGNvbnRlbnRMZW5ndGg6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgLyoqIFdoZXJlIHRoZSBieXRlcyBjb21lIGZyb206IHRoZSBhcnRpZmFjdCdzIHN0b3JhZ2UgdHlwZSwgb3IgYHVybGAuICovXG4gIHNvdXJjZTogXCJzM1wiIHwgXCJyZWZlcmVuY2VcIiB8IFwib2JqZWN0XCIgfCBcInVybFwiO1xufTtcblxuLyoqIEEgYERvd25sb2FkYCBvZiB0aGUgMnh4IHJlcGx5IGByZXNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRvd25sb2FkT2YocmVzOiBSZXNwb25zZSwgc291cmNlOiBEb3dubG9hZFtcInNvdXJjZVwiXSk6IERvd25sb2FkIHtcbiAgY29uc3QgbGVuID0gcmVzLmhlYWRlcnMuZ2V0KFwiY29udGVudC1sZW5ndGhcIik7XG4gIHJldHVybiB7XG4gICAgYm9keTogcmVzLmJvZHkgPz8gbmV3IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+KHsgc3RhcnQ6IChjKSA9PiBjLmNsb3NlKCkgfSksXG4gICAgY29udGVudFR5cGU6IHJlcy5oZWFkZXJzLmdldChcImNvbnRlbnQtdHlwZVwiKSA/PyBcImFwcGxpY2F0aW9uL29jdGV0LXN0cmVhbVwiLFxuICAgIGNvbnRlbnRMZW5ndGg6IGxlbiAhPT0gbnVsbCAmJiAvXlxcZCskLy50ZXN0KGxlbikgPyBOdW1iZXIobGVuKSA6IHVuZGVmaW5lZCxcbiAgICBzb3VyY2UsXG4gIH07XG59XG5cbi8qKiBHRVRzIGB1cmxgIChyZWRpcmVjdHMgZm9sbG93ZWQsIG5ldHdvcmsgZXJyb3JzIGFuZCA1eHggcmV0cmllZCkgYXMgYSBzdHJlYW1pbmcgYERvd25sb2FkYC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkb3dubG9hZFVybCh1cmw6IHN0cmluZywgb3B0czogSHR0cE9wdGlvbnMgPSB7fSk6IFByb21pc2U8RG93bmxvYWQ+IHtcbiAgcmV0dXJuIGRvd25sb2FkT2YoYXdhaXQgZ2V0V2l0aFJldHJpZXModXJsLCBvcHRzKSwgXCJ1cmxcIik7XG59XG5cbi8qKiBBIGNvbnRlbnQgaGFzaCBtaXNtYXRjaCAobmV2ZXIgcmV0cmllZCkuICovXG5leHBvcnQgY2xhc3MgSGFzaE1pc21hdGNoRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZykge1xuICAgIHN1cGVyKG1lc3NhZ2UpO1xuICAgIHRoaXMubmFtZSA9IFwiSGFzaE1pc21hdGNoRXJyb3JcIjtcbiAgfVxufVxuXG4vKiogSGFzaCBhbGdvcml0aG1zIHRoZSBvYmplY3Qgc2VydmljZSByZWNvcmRzIHRoYXQgYXJlIHN0cm9uZyBlbm91Z2ggdG8gdHJ1c3QuICovXG5jb25zdCBBQ0NFUFRBQkxFID0gW1wic2hhMjU2XCIsIFwic2hhNTEyXCJdO1xuXG4vKipcbiAqIFdyYXBzIGBib2R5YCBzbyB0aGF0LCBhdCBpdHMgZW5kLCB0aGUgU0hBLTI1Ni9TSEEtNTEyIG9mIHRoZSBjb250ZW50IGFyZVxuICogY29tcGFyZWQgd2l0aCBgZXhwZWN0ZWRgIChvYmplY3Qtc2VydmljZSBoYXNoZXMsIGhleCk6IGEgbWlzbWF0Y2gsIG9yIG5vXG4gKiBhY2NlcHRhYmxlIGFsZ29yaXRobSBpbiBgZXhwZWN0ZWRgLCBlcnJvcnMgdGhlIHN0cmVhbSB3aXRoXG4gKiBgSGFzaE1pc21hdGNoRXJyb3JgIGluc3RlYWQgb2YgZW5kaW5nIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyaWZ5SGFzaGVzKFxuICBib2R5OiBSZWFkYWJsZVN0cmVhbTxVaW50OEFycmF5PixcbiAgZXhwZWN0ZWQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4sXG4gIHdoYXQ6IHN0cmluZyxcbik6IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgYWxnb3MgPSBBQ0NFUFRBQkxFLmZpbHRlcigoYSkgPT4gdHlwZW9mIGV4cGVjdGVkW2FdID09PSBcInN0cmluZ1wiKTtcbiAgY29uc3QgaGFzaGVycyA9IGFsZ29zLm1hcCgoYSkgPT4gY3JlYXRlSGFzaChhKSk7XG4gIHJldHVybiBib2R5LnBpcGVUaHJvdWdoKFxuICAgIG5ldyBUcmFuc2Zvcm1TdHJlYW08VWludDhBcnJheSwgVWludDhBcnJheT4oe1xuICAgICAgdHJhbnNmb3JtKGNodW5rLCBjdHJsKSB7XG4gICAgICAgIGZvciAoY29uc3QgaCBvZiBoYXNoZXJzKSBoLnVwZGF0ZShjaHVuayk7XG4gICAgICAgIGN0cmwuZW5xdWV1ZShjaHVuayk7XG4gICAgICB9LFxuICAgICAgZmx1c2goKSB7XG4gICAgICAgIGlmIChhbGdvcy5sZW5ndGggPT09IDApIHtcbiAgICAgICAgICB0aHJvdyBuZXcgSGFzaE1pc21hdGNoRXJyb3IoXG4gICAgICAgICAgICBgJHt3aGF0fTogbm8gYWNjZXB0YWJsZSBoYXNoIGFsZ29yaXRobSAoc2hhMjU2LCBzaGE1MTIpIGdpdmVuYCxcbiAgICAgICAgICApO1xuICAgICAgICB9XG4gICAgICAgIGFsZ29zLmZvckVhY2goKGEsIGkpID0+IHtcbiAgICAgICAgICBjb25zdCBnb3QgPSBoYXNoZXJzW2ldLmRpZ2VzdChcImhleFwiKTtcbiAgICAgICAgICBpZiAoZ290ICE9PSBleHBlY3RlZFthXSkge1xuICAgICAgICAgICAgdGhyb3cgbmV3IEhhc2hNaXNtYXRjaEVycm9yKFxuICAgICAgICAgICAgICBgJHt3aGF0fTogY29tcHV0ZWQgJHthfSBoYXNoICR7Z290fSBkb2VzIG5vdCBtYXRjaCAke1xuICAgICAgICAgICAgICAgIGV4cGVjdGVkW2FdXG4gICAgICAgICAgICAgIH0gZnJvbSB0aGUgb2JqZWN0IHNlcnZpY2VgLFxuICAgICAgICAgICAgKTtcbiAgICAgICAgICB9XG4gICAgICAgIH0pO1xuICAgICAgfSxcbiAgICB9KSxcbiAgKTtcbn1cblxuLyoqIFdoYXQgYGRvd25sb2FkVG9GaWxlYCB3cm90ZS4gKi9cbmV4cG9ydCB0eXBlIEZpbGVEb3dubG9hZCA9IHtcbiAgLyoqIEJ5dGVzIHdyaXR0ZW4uICovXG4gIGJ5dGVzOiBudW1iZXI7XG4gIC8qKiBIZXggU0hBLTI1NiBvZiB0aGUgYnl0ZXMgd3JpdHRlbi4gKi9cbiAgc2hhMjU2OiBzdHJpbmc7XG4gIC8qKiBDb250ZW50LVR5cGUgb2YgdGhlIHJlcGx5LiAqL1xuICBjb250ZW50VHlwZTogc3RyaW5nO1xuICAvKiogQXR0ZW1wdHMgbWFkZSAoMSA9IG5vIHJldHJ5KS4gKi9cbiAgYXR0ZW1wdHM6IG51bWJlcjtcbn07XG5cbi8qKlxuICogU3RyZWFtcyB0aGUgZG93bmxvYWQgYHN0YXJ0KClgIG9wZW5zIGludG8gYHBhdGhgIChjcmVhdGVkIG9yIHRydW5jYXRlZCksXG4gKiBjb21wdXRpbmcgaXRzIFNIQS0yNTYuIFdoZW4gdGhlIHRyYW5zZmVyIGJyZWFrcyBvZmYgYWZ0ZXIgdGhlIHJlcGx5XG4gKiBzdGFydGVkIChhIG5ldHdvcmsgZXJyb3Igd2hpbGUgc3RyZWFtaW5nKSwgYHN0YXJ0KClgIGlzIGNhbGxlZCBhZ2FpbiBhbmRcbiAqIHRoZSBmaWxlIHJld3JpdHRlbiwgd2l0aCBiYWNrb2ZmLCBhcyBgb3B0c2Agc2F5cy4gRmFpbHVyZXMgb2YgYHN0YXJ0KClgXG4gKiBpdHNlbGYgKHdoaWNoIGhhcyBpdHMgb3duIHJldHJpZXMpLCBIVFRQIGVycm9ycyBhbmQgaGFzaCBtaXNtYXRjaGVzIGFyZVxuICogbm90IHJldHJpZWQgaGVyZS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGRvd25sb2FkVG9GaWxlKFxuICBzdGFydDogKCkgPT4gUHJvbWlzZTxEb3dubG9hZD4sXG4gIHBhdGg6IHN0cmluZyxcbiAgb3B0czogUmV0cnlPcHRpb25zID0ge30sXG4pOiBQcm9taXNlPEZpbGVEb3dubG9hZD4ge1xuICBsZXQgYXR0ZW1wdHMgPSAwO1xuICByZXR1cm4gYXdhaXQgd2l0aFJldHJpZXM8RmlsZURvd25sb2FkPihhc3luYyAoKSA9PiB7XG4gICAgYXR0ZW1wdHMrKztcbiAgICBjb25zdCBkbCA9IGF3YWl0IHN0YXJ0KCk7XG4gICAgY29uc3QgaGFzaCA9IGNyZWF0ZUhhc2goXCJzaGEyNTZcIik7XG4gICAgbGV0IGJ5dGVzID0gMDtcbiAgICBjb25zdCBmaWxlID0gYXdhaXQgRGVuby5vcGVuKHBhdGgsIHsgd3JpdGU6IHRydWUsIGNyZWF0ZTogdHJ1ZSwgdHJ1bmNhdGU6IHRydWUgfSk7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IGRsLmJvZHkucGlwZVRocm91Z2goXG4gICAgICAgIG5ldyBUcmFuc2Zvcm1TdHJlYW08VWludDhBcnJheSwgVWludDhBcnJheT4oe1xuICAgICAgICAgIHRyYW5zZm9ybShjaHVuaywgY3RybCkge1xuICAgICAgICAgICAgaGFzaC51cGRhdGUoY2h1bmspO1xuICAgICAgICAgICAgYnl0ZXMgKz0gY2h1bmsubGVuZ3RoO1xuICAgICAgICAgICAgY3RybC5lbnF1ZXVlKGNodW5rKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9KSxcbiAgICAgICkucGlwZVRvKGZpbGUud3JpdGFibGUpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmIChlIGluc3RhbmNlb2YgVGFza2NsdXN0ZXJOZXR3b3JrRXJyb3IpIHJldHVybiByZXRyeWFibGUoZSk7XG4gICAgICB0aHJvdyBlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICB0cnkge1xuICAgICAgICBmaWxlLmNsb3NlKCk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgLy8gcGlwZVRvIGNsb3NlZCBpdCBhbHJlYWR5XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBkb25lKHsgYnl0ZXMsIHNoYTI1NjogaGFzaC5kaWdlc3QoXCJoZXhcIiksIGNvbnRlbnRUeXBlOiBkbC5jb250ZW50VHlwZSwgYXR0ZW1wdHMgfSk7XG4gIH0sIG9wdHMpO1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Ozs7Ozs7Q0FZQyxHQUNELFNBQVMsVUFBVSxRQUFRLGNBQWM7QUFDekMsU0FBUyx1QkFBdUIsUUFBUSxjQUFjO0FBQ3RELFNBQVMsY0FBYyxRQUEwQixZQUFZO0FBQzdELFNBQVMsSUFBSSxFQUFFLFNBQVMsRUFBcUIsV0FBVyxRQUFRLGFBQWE7QUFjN0UseUNBQXlDLEdBQ3pDLE9BQU8sU0FBUyxXQUFXLEdBQWEsRUFBRSxNQUEwQjtFQUNsRSxNQUFNLE1BQU0sSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDO0VBQzVCLE9BQU87SUFDTCxNQUFNLElBQUksSUFBSSxJQUFJLElBQUksZUFBMkI7TUFBRSxPQUFPLENBQUMsSUFBTSxFQUFFLEtBQUs7SUFBRztJQUMzRSxhQUFhLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxtQkFBbUI7SUFDaEQsZUFBZSxRQUFRLFFBQVEsUUFBUSxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU87SUFDakU7RUFDRjtBQUNGO0FBRUEsK0ZBQStGLEdBQy9GLE9BQU8sZUFBZSxZQUFZLEdBQVcsRUFBRSxPQUFvQixDQUFDLENBQUM7RUFDbkUsT0FBTyxXQUFXLE1BQU0sZUFBZSxLQUFLLE9BQU87QUFDckQ7QUFFQSw2Q0FBNkMsR0FDN0MsT0FBTyxNQUFNLDBCQUEwQjtFQUNyQyxZQUFZLE9BQWUsQ0FBRTtJQUMzQixLQUFLLENBQUM7SUFDTixJQUFJLENBQUMsSUFBSSxHQUFHO0VBQ2Q7QUFDRjtBQUVBLGdGQUFnRixHQUNoRixNQUFNLGFBQWE7RUFBQztFQUFVO0NBQVM7QUFFdkM7Ozs7O0NBS0MsR0FDRCxPQUFPLFNBQVMsYUFDZCxJQUFnQyxFQUNoQyxRQUFnQyxFQUNoQyxJQUFZO0VBRVosTUFBTSxRQUFRLFdBQVcsTUFBTSxDQUFDLENBQUMsSUFBTSxPQUFPLFFBQVEsQ0FBQyxFQUFFLEtBQUs7RUFDOUQsTUFBTSxVQUFVLE1BQU0sR0FBRyxDQUFDLENBQUMsSUFBTSxXQUFXO0VBQzVDLE9BQU8sS0FBSyxXQUFXLENBQ3JCLElBQUksZ0JBQXdDO0lBQzFDLFdBQVUsS0FBSyxFQUFFLElBQUk7TUFDbkIsS0FBSyxNQUFNLEtBQUssUUFBUyxFQUFFLE1BQU0sQ0FBQztNQUNsQyxLQUFLLE9BQU8sQ0FBQztJQUNmO0lBQ0E7TUFDRSxJQUFJLE1BQU0sTUFBTSxLQUFLLEdBQUc7UUFDdEIsTUFBTSxJQUFJLGtCQUNSLEdBQUcsS0FBSyxxREFBcUQsQ0FBQztNQUVsRTtNQUNBLE1BQU0sT0FBTyxDQUFDLENBQUMsR0FBRztRQUNoQixNQUFNLE1BQU0sT0FBTyxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUM7UUFDOUIsSUFBSSxRQUFRLFFBQVEsQ0FBQyxFQUFFLEVBQUU7VUFDdkIsTUFBTSxJQUFJLGtCQUNSLEdBQUcsS0FBSyxXQUFXLEVBQUUsRUFBRSxNQUFNLEVBQUUsSUFBSSxnQkFBZ0IsRUFDakQsUUFBUSxDQUFDLEVBQUUsQ0FDWix3QkFBd0IsQ0FBQztRQUU5QjtNQUNGO0lBQ0Y7RUFDRjtBQUVKO0FBY0E7Ozs7Ozs7Q0FPQyxHQUNELE9BQU8sZUFBZSxlQUNwQixLQUE4QixFQUM5QixJQUFZLEVBQ1osT0FBcUIsQ0FBQyxDQUFDO0VBRXZCLElBQUksV0FBVztFQUNmLE9BQU8sTUFBTSxZQUEwQjtJQUNyQztJQUNBLE1BQU0sS0FBSyxNQUFNO0lBQ2pCLE1BQU0sT0FBTyxXQUFXO0lBQ3hCLElBQUksUUFBUTtJQUNaLE1BQU0sT0FBTyxNQUFNLEtBQUssSUFBSSxDQUFDLE1BQU07TUFBRSxPQUFPO01BQU0sUUFBUTtNQUFNLFVBQVU7SUFBSztJQUMvRSxJQUFJO01BQ0YsTUFBTSxHQUFHLElBQUksQ0FBQyxXQUFXLENBQ3ZCLElBQUksZ0JBQXdDO1FBQzFDLFdBQVUsS0FBSyxFQUFFLElBQUk7VUFDbkIsS0FBSyxNQUFNLENBQUM7VUFDWixTQUFTLE1BQU0sTUFBTTtVQUNyQixLQUFLLE9BQU8sQ0FBQztRQUNmO01BQ0YsSUFDQSxNQUFNLENBQUMsS0FBSyxRQUFRO0lBQ3hCLEVBQUUsT0FBTyxHQUFHO01BQ1YsSUFBSSxhQUFhLHlCQUF5QixPQUFPLFVBQVU7TUFDM0QsTUFBTTtJQUNSLFNBQVU7TUFDUixJQUFJO1FBQ0YsS0FBSyxLQUFLO01BQ1osRUFBRSxPQUFNO01BQ04sMkJBQTJCO01BQzdCO0lBQ0Y7SUFDQSxPQUFPLEtBQUs7TUFBRTtNQUFPLFFBQVEsS0FBSyxNQUFNLENBQUM7TUFBUSxhQUFhLEdBQUcsV0FBVztNQUFFO0lBQVM7RUFDekYsR0FBRztBQUNMIn0=
// denoCacheMetadata=5655290177442376369,1198680400314096725
