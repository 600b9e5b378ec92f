/**
 * Path rules for names that come from untrusted input (archive entries):
 * which names may be written under a destination, on which platform's
 * rules, and how a symlink is created there.
 *
 * Everywhere, a backslash counts as a separator for the escape check (an
 * archive made on Windows carries `..\x` to Linux too), and names that are
 * absolute on either platform are refused: a leading `/` or `\` (which also
 * covers UNC `\\server\share` and `\\?\` names) and a drive letter (`C:x`,
 * `C:\x`). On Windows the backslash is a real separator, so the cleaned
 * name uses it as one, and Windows-only traps are refused too: `:` anywhere
 * (alternate data streams), components Windows would silently rewrite
 * (trailing dots or spaces), reserved device names (`CON`, `NUL`, `COM1`,
 * ...) and characters Windows forbids in names.
 *
 * ```ts
 * cleanEntryName("a/./b/", "posix"); // { ok: true, rel: "a/b" }
 * cleanEntryName("sub\\..\\..\\x", "posix"); // { ok: false, reason: "escapes the destination" }
 * ```
 */
import { posix } from "node:path";
import { currentPlatform } from "./info.ts";

/** Which platform's path rules apply. */
export type PathRules = "posix" | "windows";

/** The path rules of the host this runs on. */
export function hostPathRules(): PathRules {
  return currentPlatform() === "windows" ? "windows" : "posix";
}

/** A cleaned entry name (`/`-separated, relative, "" for the destination itself) or why not. */
export type CleanedName = { ok: true; rel: string } | { ok: false; reason: string };

/** The reason of Go's own rule (a name climbing out); the others are stricter than Go. */
export const ESCAPES = "escapes the destination";

const DRIVE = /^[A-Za-z]:/;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
// deno-lint-ignore no-control-regex
const WINDOWS_FORBIDDEN = /[<>"|?*\x00-\x1f]/;

/**
 * Resolves `..` and `.` in `parts` (already split on separators); returns
 * undefined when a `..` climbs above the start.
 */
function stack(parts: string[]): string[] | undefined {
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(p);
  }
  return out;
}

/**
 * Cleans archive entry `name` under `rules`: refuses absolute, drive-
 * qualified and escaping names (by both separators on every platform) and,
 * on Windows, names Windows would reinterpret.
 */
export function cleanEntryName(name: string, rules: PathRules = hostPathRules()): CleanedName {
  if (name === "" || name.includes("\0")) return { ok: false, reason: "empty or NUL in name" };
  if (name.startsWith("/") || name.startsWith("\\")) return { ok: false, reason: "absolute path" };
  if (DRIVE.test(name)) return { ok: false, reason: "drive-qualified path" };
  const both = stack(name.split(/[/\\]/));
  if (both === undefined) return { ok: false, reason: ESCAPES };
  if (rules === "posix") {
    const rel = posix.normalize(name).replace(/\/+$/, "");
    if (rel === ".." || rel.startsWith("../")) {
      return { ok: false, reason: ESCAPES };
    }
    return { ok: true, rel: rel === "." ? "" : rel };
  }
  for (const part of both) {
    if (part.includes(":")) return { ok: false, reason: "':' in a Windows name" };
    if (WINDOWS_FORBIDDEN.test(part)) {
      return { ok: false, reason: "character not allowed in a Windows name" };
    }
    if (/[. ]$/.test(part)) {
      return { ok: false, reason: "Windows name ending in a dot or space" };
    }
    if (RESERVED.test(part.replace(/ +$/, ""))) {
      return { ok: false, reason: "reserved Windows device name" };
    }
  }
  return { ok: true, rel: both.join("/") };
}

/**
 * True when symlink `target`, read relative to the directory of the link
 * at cleaned name `linkRel`, stays inside the destination (as Go's
 * `filepath.Join(dir, target)` check: absolute targets are joined under the
 * link's directory, so they pass). Backslashes count as separators and a
 * leading drive letter is treated as a root, on every platform.
 */
export function symlinkTargetInside(linkRel: string, target: string): boolean {
  if (target === "" || target.includes("\0")) return false;
  const dir = posix.dirname(linkRel || ".");
  const parts = [
    ...(dir === "." ? [] : dir.split("/")),
    ...target.replace(DRIVE, "").split(/[/\\]/),
  ];
  return stack(parts) !== undefined;
}

/**
 * Creates a symlink at `path` pointing to `target` (kept verbatim on posix).
 * On Windows the target's separators become `\` (as Go's os.Symlink does)
 * and the link type is chosen explicitly (a directory link when the target
 * exists as a directory, else a file link), since Deno cannot create a link
 * to a target that does not exist yet without being told its type.
 */
export async function createSymlink(
  target: string,
  path: string,
  rules: PathRules = hostPathRules(),
): Promise<void> {
  if (rules === "posix") return await Deno.symlink(target, path);
  const winTarget = target.replaceAll("/", "\\");
  const absolute = /^([A-Za-z]:)?[\\]/.test(winTarget);
  const resolved = absolute ? winTarget : `${posix.dirname(path.replaceAll("\\", "/"))}/${target}`;
  let type: "file" | "dir" = "file";
  try {
    if ((await Deno.stat(resolved)).isDirectory) type = "dir";
  } catch {
    // a dangling target: a file link
  }
  await Deno.symlink(winTarget, path, { type });
}
