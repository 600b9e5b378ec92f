/**
 * Archive extraction and single-file decompression for mounts and
 * `generic-worker unarchive` (spec 2, 11.3, 11.4, 11.8).
 *
 * ```ts
 * const stats = await extractArchive(body, "/task/dir", "tar.zst");
 * await decompressFile("/cache/x", "/task/file", "gz");
 * ```
 *
 * Every container format writes through `SafeWriter` (see writer.ts for
 * the zip-slip rules). tar formats stream (a download can be extracted as
 * it arrives); zip, 7z and rar need random access, so a stream is spooled
 * to a temporary file beside the destination first.
 */
import { type ArchiveSource, sourceChunks } from "./bytes.ts";
import { decompressChunks } from "./codecs.ts";
import {
  type ArchiveFormat,
  type CompressionFormat,
  isArchiveFormat,
  isCompressionFormat,
} from "./formats.ts";
import { ArchiveError, toArchiveError } from "./errors.ts";
import { withArchiveFile } from "./randomaccess.ts";
import { extractRar } from "./rar.ts";
import { extractSevenZip } from "./sevenzip.ts";
import { extractTar } from "./tar.ts";
import { type ExtractStats, SafeWriter, type WriterOptions } from "./writer.ts";
import { extractZip } from "./zip.ts";

export { ArchiveError, type ArchiveErrorKind } from "./errors.ts";
export type { ArchiveSource } from "./bytes.ts";
export {
  ARCHIVE_FORMATS,
  type ArchiveFormat,
  canStream,
  COMPRESSION_FORMATS,
  type CompressionFormat,
  isArchiveFormat,
  isCompressionFormat,
} from "./formats.ts";
export type { ExtractStats, WriterOptions } from "./writer.ts";

/** Options of `extractArchive`. */
export type ExtractOptions = WriterOptions;

/**
 * Extracts archive `src` (a path, or a stream such as a download body) of
 * `format` into the directory `dest` (created if missing). Throws
 * `ArchiveError` on any failure, naming the entry at fault when there is one.
 */
export async function extractArchive(
  src: ArchiveSource,
  dest: string,
  format: ArchiveFormat,
  opts: ExtractOptions = {},
): Promise<ExtractStats> {
  if (!isArchiveFormat(format)) {
    await cancel(src);
    throw new ArchiveError("unsupported", `unsupported archive format ${format}`);
  }
  if (format === "tar.mz") {
    await cancel(src);
    throw new ArchiveError(
      "unsupported",
      "unsupported archive format tar.mz (MinLZ has no JavaScript or WASM decoder)",
    );
  }
  let w: SafeWriter;
  try {
    w = await SafeWriter.open(dest, opts);
  } catch (e) {
    await cancel(src);
    throw toArchiveError(e, `cannot extract to ${dest}`);
  }
  try {
    if (format === "tar" || format.startsWith("tar.")) {
      let chunks: AsyncIterable<Uint8Array> = sourceChunks(src);
      if (format !== "tar") chunks = decompressChunks(format.slice(4) as CompressionFormat, chunks);
      await extractTar(chunks, w);
    } else {
      await withArchiveFile(src, dest, async (path) => {
        if (format === "zip") await extractZip(path, w);
        else if (format === "7z") await extractSevenZip(path, w);
        else await extractRar(path, w);
      });
    }
    return await w.finish();
  } catch (e) {
    await w.abort();
    await cancel(src);
    throw toArchiveError(e, `cannot extract ${format} archive`);
  }
}

/** What `decompressFile` wrote. */
export interface DecompressStats {
  /** Bytes written to the destination file. */
  bytes: number;
}

/**
 * Decompresses single-file `src` of `format` into the file `destFile`
 * (created or truncated, mode 0644 minus umask when new). Throws `ArchiveError`.
 */
export async function decompressFile(
  src: ArchiveSource,
  destFile: string,
  format: CompressionFormat,
): Promise<DecompressStats> {
  if (!isCompressionFormat(format)) {
    await cancel(src);
    throw new ArchiveError("unsupported", `unsupported archive format ${format}`);
  }
  let out: Deno.FsFile;
  try {
    const chunks = decompressChunks(format, sourceChunks(src));
    try {
      out = await Deno.open(destFile, { write: true, create: true, truncate: true, mode: 0o644 });
    } catch (e) {
      throw new ArchiveError("io", `cannot create ${destFile}: ${(e as Error).message}`);
    }
    let bytes = 0;
    try {
      for await (const c of chunks) {
        let o = 0;
        while (o < c.length) o += await out.write(c.subarray(o));
        bytes += c.length;
      }
    } finally {
      out.close();
    }
    return { bytes };
  } catch (e) {
    await cancel(src);
    throw toArchiveError(e, `cannot decompress ${format} file`);
  }
}

async function cancel(src: ArchiveSource): Promise<void> {
  if (typeof src !== "string") await src.cancel().catch(() => {});
}
