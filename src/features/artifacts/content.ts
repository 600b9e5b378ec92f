/**
 * Content type and content encoding of artifacts (spec 10.2, 10.3).
 *
 * Content type: an explicit `contentType` wins; else the extension,
 * lower-cased, in the worker's custom map (`.log`, `.jsonl`); else Go's
 * `mime.TypeByExtension`: its built-in table plus the host's MIME database
 * (read as Go reads it, see src/platform/mime.ts), looked up case-sensitively
 * and then lower-cased; else, where the host has no entry, a table of common
 * `mime.types` entries (so a minimal host still labels `.txt` or `.tar`);
 * else `application/octet-stream`.
 *
 * Content encoding: an explicit `contentEncoding` wins; else `identity`
 * for the (case-sensitive) already-compressed extensions, else `gzip`.
 *
 * ```ts
 * contentTypeOf("build/report.HTML"); // "text/html; charset=utf-8"
 * contentEncodingOf("dist/app.ZIP");  // "gzip" (the skip list is case-sensitive)
 * ```
 */
import { loadSystemMimeTypes, type MimeTable } from "../../platform/mime.ts";

/** The worker's own additions, checked before anything else (lower-case extensions). */
export const CUSTOM_MIME_TYPES: Readonly<Record<string, string>> = {
  ".log": "text/plain",
  ".jsonl": "application/jsonl",
};

/** Go's built-in `mime` table (`builtinTypesLower`). */
export const GO_BUILTIN_MIME_TYPES: Readonly<Record<string, string>> = {
  ".avif": "image/avif",
  ".css": "text/css; charset=utf-8",
  ".gif": "image/gif",
  ".htm": "text/html; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".mjs": "text/javascript; charset=utf-8",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".webp": "image/webp",
  ".xml": "text/xml; charset=utf-8",
};

/** Common entries of Debian's `/etc/mime.types`, used where the host has no MIME database entry. */
export const COMMON_MIME_TYPES: Readonly<Record<string, string>> = {
  ".7z": "application/x-7z-compressed",
  ".aac": "audio/aac",
  ".apk": "application/vnd.android.package-archive",
  ".avi": "video/x-msvideo",
  ".bmp": "image/bmp",
  ".c": "text/x-csrc; charset=utf-8",
  ".cc": "text/x-c++src; charset=utf-8",
  ".cpp": "text/x-c++src; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".deb": "application/vnd.debian.binary-package",
  ".diff": "text/x-diff; charset=utf-8",
  ".dmg": "application/x-apple-diskimage",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".dtd": "application/xml-dtd",
  ".eot": "application/vnd.ms-fontobject",
  ".eps": "application/postscript",
  ".epub": "application/epub+zip",
  ".exe": "application/x-msdos-program",
  ".flac": "audio/flac",
  ".flv": "video/x-flv",
  ".gz": "application/gzip",
  ".h": "text/x-chdr; charset=utf-8",
  ".hpp": "text/x-c++hdr; charset=utf-8",
  ".ico": "image/vnd.microsoft.icon",
  ".ics": "text/calendar; charset=utf-8",
  ".iso": "application/x-iso9660-image",
  ".jar": "application/java-archive",
  ".java": "text/x-java; charset=utf-8",
  ".m4a": "audio/mp4",
  ".md": "text/markdown; charset=utf-8",
  ".markdown": "text/markdown; charset=utf-8",
  ".mkv": "video/x-matroska",
  ".mov": "video/quicktime",
  ".mp3": "audio/mpeg",
  ".mp4": "video/mp4",
  ".msi": "application/x-msi",
  ".odp": "application/vnd.oasis.opendocument.presentation",
  ".ods": "application/vnd.oasis.opendocument.spreadsheet",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".oga": "audio/ogg",
  ".ogg": "audio/ogg",
  ".otf": "font/otf",
  ".p12": "application/pkcs12",
  ".patch": "text/x-diff; charset=utf-8",
  ".pl": "text/x-perl; charset=utf-8",
  ".ppt": "application/vnd.ms-powerpoint",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".ps": "application/postscript",
  ".py": "text/x-python; charset=utf-8",
  ".rar": "application/vnd.rar",
  ".rpm": "application/x-redhat-package-manager",
  ".rtf": "application/rtf",
  ".sh": "application/x-sh",
  ".sig": "application/pgp-signature",
  ".sql": "application/sql",
  ".sqlite": "application/vnd.sqlite3",
  ".tar": "application/x-tar",
  ".tgz": "application/x-gtar-compressed",
  ".tif": "image/tiff",
  ".tiff": "image/tiff",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".wav": "audio/x-wav",
  ".webm": "video/webm",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xhtml": "application/xhtml+xml",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xpi": "application/x-xpinstall",
  ".xsl": "application/xslt+xml",
  ".xz": "application/x-xz",
  ".zip": "application/zip",
  ".zst": "application/zstd",
};

/**
 * Go's `filepath.Ext`: the suffix from the final dot of the last path
 * element (`.bashrc` for `.bashrc`, unlike node's `extname`), "" if none.
 */
export function goExt(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const c = path[i];
    if (c === "/" || c === "\\") return "";
    if (c === ".") return path.slice(i);
  }
  return "";
}

/** A content-type lookup over a given host MIME table (tests pass their own). */
export class MimeTypes {
  #exact = new Map<string, string>();
  #lower = new Map<string, string>();

  constructor(hostTable: MimeTable) {
    for (const [k, v] of Object.entries(GO_BUILTIN_MIME_TYPES)) this.#set(k, v);
    for (const [k, v] of hostTable) this.#set(k, v);
  }

  #set(ext: string, type: string): void {
    this.#exact.set(ext, type);
    this.#lower.set(ext.toLowerCase(), type);
  }

  /** Go's `mime.TypeByExtension(ext)` over this table; "" when unknown. */
  typeByExtension(ext: string): string {
    return this.#exact.get(ext) ?? this.#lower.get(ext.toLowerCase()) ?? "";
  }

  /** The content type of an artifact at `path` (spec 10.2). */
  contentTypeOf(path: string, explicit?: string): string {
    if (explicit) return explicit;
    const ext = goExt(path);
    return CUSTOM_MIME_TYPES[ext.toLowerCase()] || this.typeByExtension(ext) ||
      COMMON_MIME_TYPES[ext.toLowerCase()] || "application/octet-stream";
  }
}

let hostMimeTypes: MimeTypes | undefined;

/** The lookup over this host's MIME database (read once). */
export function hostMime(): MimeTypes {
  hostMimeTypes ??= new MimeTypes(
    loadSystemMimeTypes({ preset: new Map(Object.entries(GO_BUILTIN_MIME_TYPES)) }),
  );
  return hostMimeTypes;
}

/** The content type of an artifact at `path` with this host's MIME database (spec 10.2). */
export function contentTypeOf(path: string, explicit?: string): string {
  return hostMime().contentTypeOf(path, explicit);
}

/** Extensions (case-sensitive, spec quirk Q6) already compressed: uploaded as identity. */
export const IDENTITY_EXTENSIONS: ReadonlySet<string> = new Set(
  ".7z .br .aab .apk .bz2 .deb .dmg .flv .gif .gz .jar .jpeg .jpg .lz .lz4 .mz .npz .pkg .png .swf .sz .tbz .tgz .wasm .webp .whl .woff .woff2 .xpi .xz .zip .zst .zz"
    .split(" "),
);

/** The content encoding of an artifact at `path` (spec 10.3). */
export function contentEncodingOf(path: string, explicit?: string): "gzip" | "identity" {
  if (explicit === "gzip" || explicit === "identity") return explicit;
  return IDENTITY_EXTENSIONS.has(goExt(path)) ? "identity" : "gzip";
}
