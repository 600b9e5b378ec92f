/**
 * Small formatters reproducing Go's `fmt` output where the Go worker's
 * texts embed values: `%q` strings and `tcclient.Time` timestamps.
 *
 * ```ts
 * goQuote('say "hi"\n'); // "\"say \\\"hi\\\"\\n\""
 * goTime("2030-01-02T03:04:05Z"); // "2030-01-02T03:04:05.000Z"
 * ```
 */

const ESCAPES: Record<number, string> = {
  7: "\\a",
  8: "\\b",
  9: "\\t",
  10: "\\n",
  11: "\\v",
  12: "\\f",
  13: "\\r",
  34: '\\"',
  92: "\\\\",
};

/** Go's `%q` of a string (strconv.Quote): printable characters kept, others escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ESCAPES[c]) out += ESCAPES[c];
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if ((c >= 0x80 && c <= 0x9f) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) {
      out += `\\u${c.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return out + '"';
}

/** A timestamp as `tcclient.Time.String()` prints it: UTC, milliseconds, `Z`. */
export function goTime(t: string | number | Date): string {
  const d = t instanceof Date ? t : new Date(t);
  return Number.isNaN(d.getTime()) ? String(t) : d.toISOString();
}
