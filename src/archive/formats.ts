/**
 * The names of the archive and compression formats of the payload schema,
 * and which of them stream: cheap to import (no decoder is loaded), so a
 * caller can check a format before it loads the extraction code.
 */

/** Single-file compression formats of the payload schema. */
export type CompressionFormat =
  | "br"
  | "bz2"
  | "gz"
  | "lz"
  | "lz4"
  | "mz"
  | "sz"
  | "xz"
  | "zst"
  | "zz";

/** Every compression format name. */
export const COMPRESSION_FORMATS: readonly CompressionFormat[] = [
  "br",
  "bz2",
  "gz",
  "lz",
  "lz4",
  "mz",
  "sz",
  "xz",
  "zst",
  "zz",
];

/** True for a name in COMPRESSION_FORMATS. */
export function isCompressionFormat(s: string): s is CompressionFormat {
  return (COMPRESSION_FORMATS as readonly string[]).includes(s);
}

/** Container formats of the payload schema. */
export type ArchiveFormat =
  | "7z"
  | "rar"
  | "tar"
  | "tar.br"
  | "tar.bz2"
  | "tar.gz"
  | "tar.lz"
  | "tar.lz4"
  | "tar.mz"
  | "tar.sz"
  | "tar.xz"
  | "tar.zst"
  | "tar.zz"
  | "zip";

/** Every container format name. */
export const ARCHIVE_FORMATS: readonly ArchiveFormat[] = [
  "7z",
  "rar",
  "tar",
  ...COMPRESSION_FORMATS.map((c) => `tar.${c}` as ArchiveFormat),
  "zip",
];

/** True for a name in ARCHIVE_FORMATS. */
export function isArchiveFormat(s: string): s is ArchiveFormat {
  return (ARCHIVE_FORMATS as readonly string[]).includes(s);
}

/** True when `format` is extracted while its bytes arrive (the tar family). */
export function canStream(format: string): boolean {
  return format === "tar" ||
    (format.startsWith("tar.") && isArchiveFormat(format) && format !== "tar.mz");
}
