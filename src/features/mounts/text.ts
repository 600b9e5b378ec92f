/**
 * Text helpers for the Mounts/Caches feature's log lines and errors, which
 * follow the Go worker's formatting (spec 11): `%q` quoting, `%#v` of a
 * decoded JSON object, and OS errors worded as Go's `*PathError`
 * (`rename <old> <new>: no such file or directory`).
 */

/** Go's `%q` of a string (a double-quoted literal with escapes). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + '"';
}

/** Go's `%#v` of a value decoded from JSON into `any` (maps print with sorted keys). */
export function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return "interface {}(nil)";
  if (typeof v === "string") return goQuote(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(", ")}}`;
  const entries = Object.keys(v as Record<string, unknown>).sort().map((k) =>
    `${goQuote(k)}:${goSyntax((v as Record<string, unknown>)[k])}`
  );
  return `map[string]interface {}{${entries.join(", ")}}`;
}

/** The JSON kind Go's decoder names in "cannot unmarshal <kind> into ...". */
export function jsonKind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "object") return "object";
  return typeof v; // string, number, boolean
}

/**
 * The message of an OS error without Deno's decorations, lower-cased as Go
 * prints errno texts: `No such file or directory (os error 2): rename 'a' -> 'b'`
 * becomes `no such file or directory`.
 */
export function osErrorText(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /^(.*?) \(os error \d+\)/.exec(msg);
  const text = m ? m[1] : msg;
  return text.length > 0 ? text[0].toLowerCase() + text.slice(1) : text;
}

/** A Go `*PathError`/`*LinkError` style text: `<op> <paths>: <errno text>`. */
export function pathErrorText(op: string, paths: string[], e: unknown): string {
  return `${op} ${paths.join(" ")}: ${osErrorText(e)}`;
}

/** The message of anything thrown. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
