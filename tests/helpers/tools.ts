/**
 * Optional Debian tools the tests compare against (bsdtar, 7z, brotli,
 * lzip, zstd, ...): a test or step that needs one which is not on PATH is
 * ignored with a printed reason naming the tool, never crashed or passed.
 */
import { delimiter, join } from "node:path";

const found = new Map<string, boolean>();

/** True when `tool` is an executable file in a PATH directory. */
export function onPath(tool: string): boolean {
  let ok = found.get(tool);
  if (ok === undefined) {
    ok = (Deno.env.get("PATH") ?? "").split(delimiter).some((dir) => {
      try {
        const st = Deno.statSync(join(dir, tool));
        return st.isFile && ((st.mode ?? 0o111) & 0o111) !== 0;
      } catch {
        return false;
      }
    });
    found.set(tool, ok);
  }
  return ok;
}

/** The tools of `tools` that are not on PATH. */
export function missingTools(...tools: string[]): string[] {
  return tools.filter((t) => !onPath(t));
}

/**
 * The `ignore` value for a test (or step) `what` that needs `tools`: true,
 * with `skipped: <what> needs <tools> (not on PATH)` printed, when any is missing.
 */
export function needsTools(what: string, ...tools: string[]): boolean {
  const missing = missingTools(...tools);
  if (missing.length === 0) return false;
  console.log(`skipped: ${what} needs ${missing.join(", ")} (not on PATH)`);
  return true;
}
