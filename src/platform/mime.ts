/**
 * The host's MIME database as Go's `mime` package reads it on unix
 * (`type_unix.go`): the freedesktop `globs2` files first (weight order,
 * first entry per extension wins, globs that are not a bare `*.ext` are
 * skipped); only when none exists, the `mime.types` files (later entries
 * win). `text/*` types get `; charset=utf-8` as Go adds it. Windows (the
 * registry) is not read: there the table is empty.
 *
 * ```ts
 * const db = loadSystemMimeTypes();
 * db.get(".txt"); // "text/plain; charset=utf-8" on most Linux hosts
 * ```
 */
import { currentPlatform } from "./info.ts";

/** Where Go looks (unix). */
export const MIME_GLOBS_FILES: readonly string[] = [
  "/usr/local/share/mime/globs2",
  "/usr/share/mime/globs2",
];

/** Where Go looks when no globs2 file exists (unix). */
export const MIME_TYPES_FILES: readonly string[] = [
  "/etc/mime.types",
  "/etc/apache2/mime.types",
  "/etc/apache/mime.types",
  "/etc/httpd/conf/mime.types",
];

/** Extension (with dot, as written in the file) -> media type. */
export type MimeTable = Map<string, string>;

/** Normalises a media type as Go's `setExtensionType` stores it. */
export function normaliseMediaType(mediaType: string): string | undefined {
  const parts = mediaType.split(";").map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0 || !/^[^\s/]+\/[^\s/]+$/.test(parts[0])) return undefined;
  const type = parts[0].toLowerCase();
  const params = parts.slice(1).map((p) => {
    const eq = p.indexOf("=");
    return eq < 0 ? p.toLowerCase() : `${p.slice(0, eq).toLowerCase()}=${p.slice(eq + 1)}`;
  });
  if (type.startsWith("text/") && !params.some((p) => p.startsWith("charset="))) {
    params.push("charset=utf-8");
  }
  params.sort();
  return [type, ...params].join("; ");
}

function readText(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(path);
  } catch {
    return undefined;
  }
}

/** Parses a freedesktop globs2 file into `table` (existing entries are kept). */
export function parseGlobs2(text: string, table: MimeTable): void {
  for (const line of text.split("\n")) {
    const fields = line.split(":");
    if (fields.length < 3 || fields[0].length < 1 || fields[2].length < 3) continue;
    if (fields[0][0] === "#" || fields[2][0] !== "*" || fields[2][1] !== ".") continue;
    const ext = fields[2].slice(1);
    if (/[?*[]/.test(ext) || table.has(ext)) continue;
    const t = normaliseMediaType(fields[1]);
    if (t) table.set(ext, t);
  }
}

/** Parses a `mime.types` file into `table` (later entries replace earlier ones). */
export function parseMimeTypes(text: string, table: MimeTable): void {
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields.length <= 1 || fields[0][0] === "#") continue;
    const t = normaliseMediaType(fields[0]);
    if (!t) continue;
    for (const ext of fields.slice(1)) {
      if (ext[0] === "#") break;
      table.set(`.${ext}`, t);
    }
  }
}

/**
 * Reads the host's MIME tables the way Go does. `preset` holds entries
 * that globs2 files must not override (Go's built-in table).
 */
export function loadSystemMimeTypes(opts: {
  globsFiles?: readonly string[];
  typesFiles?: readonly string[];
  preset?: ReadonlyMap<string, string>;
} = {}): MimeTable {
  const table: MimeTable = new Map(opts.preset ?? []);
  const presetKeys = new Set(table.keys());
  if (currentPlatform() !== "windows") {
    let globsFound = false;
    for (const f of opts.globsFiles ?? MIME_GLOBS_FILES) {
      const text = readText(f);
      if (text === undefined) continue;
      parseGlobs2(text, table);
      globsFound = true;
      break;
    }
    if (!globsFound) {
      for (const f of opts.typesFiles ?? MIME_TYPES_FILES) {
        const text = readText(f);
        if (text !== undefined) parseMimeTypes(text, table);
      }
    }
  }
  for (const k of presetKeys) if (table.get(k) === opts.preset?.get(k)) table.delete(k);
  return table;
}
