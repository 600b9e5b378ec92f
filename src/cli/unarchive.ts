/**
 * `generic-worker unarchive --archive-src SRC --archive-dst DST --archive-fmt FMT`
 * (run as the task user): container formats are extracted into the
 * directory DST, single-file formats are decompressed into the file DST.
 * Any failure exits 81 (CANT_UNARCHIVE) with the reason.
 */
import {
  decompressFile,
  extractArchive,
  isArchiveFormat,
  isCompressionFormat,
} from "../archive/mod.ts";
import { CANT_UNARCHIVE, WorkerExit } from "../exit_codes.ts";

/** Extracts (or decompresses) `archiveSrc` of format `archiveFmt` into `archiveDst`. */
export async function unarchive(
  opts: { archiveSrc: string; archiveDst: string; archiveFmt: string },
): Promise<void> {
  const { archiveSrc: src, archiveDst: dst, archiveFmt: fmt } = opts;
  try {
    if (isArchiveFormat(fmt)) await extractArchive(src, dst, fmt);
    else if (isCompressionFormat(fmt)) await decompressFile(src, dst, fmt);
    else throw new Error(`unsupported archive format ${fmt}`);
  } catch (e) {
    throw new WorkerExit(
      CANT_UNARCHIVE,
      `Could not unarchive ${src} (${fmt}) to ${dst}: ${
        e instanceof Error ? e.message : String(e)
      }`,
    );
  }
}
