/**
 * The one error type of src/archive: every failure to extract or
 * decompress becomes an `ArchiveError` carrying a machine-readable `kind`
 * and, where one entry is to blame, that entry's name.
 */

/** Why extraction failed. */
export type ArchiveErrorKind =
  /** An entry would land outside the destination (zip-slip), or write through a symlink. */
  | "illegal-path"
  /** A symlink target that resolves outside the destination. */
  | "illegal-symlink"
  /** A hardlink target outside the destination (or reached through a symlink). */
  | "illegal-hardlink"
  /** The input is not valid for the format, is truncated, or fails a checksum. */
  | "corrupt"
  /** The format (or a feature of it: a codec, encryption, multi-volume) is not supported. */
  | "unsupported"
  /** Reading the source or writing the destination failed. */
  | "io";

/** A failed extraction or decompression, with its reason. */
export class ArchiveError extends Error {
  constructor(
    readonly kind: ArchiveErrorKind,
    message: string,
    readonly entry?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ArchiveError";
  }
}

/** Wraps anything thrown into an `ArchiveError` (kept as is when it already is one). */
export function toArchiveError(e: unknown, context: string): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof Deno.errors.NotFound || e instanceof Deno.errors.PermissionDenied) {
    return new ArchiveError("io", `${context}: ${msg}`, undefined, { cause: e });
  }
  if (e instanceof Error && "code" in e && typeof e.code === "string" && /^Z_|^ERR_/.test(e.code)) {
    return new ArchiveError("corrupt", `${context}: ${msg}`, undefined, { cause: e });
  }
  return new ArchiveError("io", `${context}: ${msg}`, undefined, { cause: e });
}

/** Shorthand for a corrupt-input error. */
export function corrupt(message: string, entry?: string): ArchiveError {
  return new ArchiveError("corrupt", message, entry);
}

/** Shorthand for an unsupported-feature error. */
export function unsupported(message: string, entry?: string): ArchiveError {
  return new ArchiveError("unsupported", message, entry);
}
