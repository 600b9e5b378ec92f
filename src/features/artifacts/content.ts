/**
 * Content type and content encoding of artifacts (spec 10.2, 10.3).
 */
import { extname } from "node:path";

/** The worker's own additions, checked before the standard table. */
const CUSTOM: Record<string, string> = {
  ".log": "text/plain",
  ".jsonl": "application/jsonl",
};

/** Go's built-in mime table plus common mime.types entries (lower-case extensions). */
const STANDARD: Record<string, string> = {
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
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".gz": "application/gzip",
  ".tgz": "application/gzip",
  ".zip": "application/zip",
  ".tar": "application/x-tar",
  ".bz2": "application/x-bzip2",
  ".xz": "application/x-xz",
  ".zst": "application/zstd",
  ".7z": "application/x-7z-compressed",
  ".apk": "application/vnd.android.package-archive",
  ".deb": "application/vnd.debian.binary-package",
  ".dmg": "application/x-apple-diskimage",
  ".exe": "application/vnd.microsoft.portable-executable",
  ".jar": "application/java-archive",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".ico": "image/vnd.microsoft.icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xpi": "application/x-xpinstall",
  ".yaml": "application/yaml",
  ".yml": "application/yaml",
  ".sh": "application/x-sh",
  ".diff": "text/x-diff",
  ".patch": "text/x-diff",
};

/** The content type of an artifact at `path` (spec 10.2). */
export function contentTypeOf(path: string, explicit?: string): string {
  if (explicit) return explicit;
  const ext = extname(path).toLowerCase();
  return CUSTOM[ext] ?? STANDARD[ext] ?? "application/octet-stream";
}

/** Extensions (case-sensitive, spec quirk Q6) already compressed: uploaded as identity. */
const IDENTITY_EXTENSIONS = new Set(
  ".7z .br .aab .apk .bz2 .deb .dmg .flv .gif .gz .jar .jpeg .jpg .lz .lz4 .mz .npz .pkg .png .swf .sz .tbz .tgz .wasm .webp .whl .woff .woff2 .xpi .xz .zip .zst .zz"
    .split(" "),
);

/** The content encoding of an artifact at `path` (spec 10.3). */
export function contentEncodingOf(path: string, explicit?: string): "gzip" | "identity" {
  if (explicit === "gzip" || explicit === "identity") return explicit;
  return IDENTITY_EXTENSIONS.has(extname(path)) ? "identity" : "gzip";
}
