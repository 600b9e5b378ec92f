/**
 * The default `Unpacker` on src/archive: streaming extraction of the tar
 * family, file-based extraction of zip/7z/rar, single-stream decompression.
 */
import type { Unpacker } from "./mount.ts";

/** The default unpacker (src/archive). */
export function archiveUnpacker(): Unpacker {
  const unavailable = () =>
    Promise.reject(new Error("archive extraction is not available in this build yet"));
  return {
    canStream: (format) => format === "tar" || format.startsWith("tar."),
    extract: unavailable,
    decompress: unavailable,
  };
}
