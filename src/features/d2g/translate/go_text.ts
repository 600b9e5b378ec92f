/**
 * The few Go standard library behaviours D2G's output depends on, for
 * slash-separated paths (`path/filepath` on Linux) and `tcclient.Time`:
 * `goExt("a/b.tar.gz")` = `.gz`, `goBackingLogName("public/logs/live.log")`
 * = `public/logs/live_backing.log`, `goTimeText("2024-05-28T16:12:56.693817Z")`
 * = `2024-05-28T16:12:56.693Z`.
 */

/** `filepath.Ext`: the suffix from the final dot of the last element, or "". */
export function goExt(path: string): string {
  for (let i = path.length - 1; i >= 0 && path[i] !== "/"; i--) {
    if (path[i] === ".") return path.slice(i);
  }
  return "";
}

/** `filepath.Clean` for slash-separated paths. */
export function goClean(path: string): string {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}

/** `filepath.Dir`: everything before the last slash, cleaned ("." when there is none). */
export function goDir(path: string): string {
  const i = path.lastIndexOf("/");
  return goClean(path.slice(0, i + 1));
}

/** `filepath.Base`: the last element, trailing slashes dropped ("." for "", "/" for all slashes). */
export function goBase(path: string): string {
  if (path === "") return ".";
  let p = path;
  while (p.length > 0 && p.endsWith("/")) p = p.slice(0, -1);
  if (p === "") return "/";
  return p.slice(p.lastIndexOf("/") + 1);
}

/** `filepath.Join` of two elements (empty ones ignored), cleaned. */
export function goJoin(a: string, b: string): string {
  const parts = [a, b].filter((x) => x !== "");
  return parts.length === 0 ? "" : goClean(parts.join("/"));
}

/** D2G's backing log name: `<dir>/<base without ext>_backing<ext>` of the live log name. */
export function goBackingLogName(log: string): string {
  const base = goBase(log);
  const ext = goExt(log);
  const stem = base.slice(0, base.length - goExt(base).length);
  return goJoin(goDir(log), stem + "_backing" + ext);
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * `tcclient.Time` round trip: an RFC 3339 time in UTC with milliseconds
 * (the fraction truncated, as Go's `Format` does); undefined for Go's zero
 * time (`0001-01-01T00:00:00Z`, which `omitzero` drops) or text Go's
 * `time.Parse` would refuse.
 */
export function goTimeText(text: string): string | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const ms = Number((frac ?? "").padEnd(3, "0").slice(0, 3));
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), ms);
  if (sign) {
    const offset = (Number(oh) * 60 + Number(om)) * 60_000;
    date.setTime(date.getTime() + (sign === "+" ? -offset : offset));
  }
  const year = date.getUTCFullYear();
  if (year < 0 || year >= 10000) return undefined;
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const out = `${p(year, 4)}-${p(date.getUTCMonth() + 1)}-${p(date.getUTCDate())}T${
    p(date.getUTCHours())
  }:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())}.${p(date.getUTCMilliseconds(), 3)}Z`;
  return out === "0001-01-01T00:00:00.000Z" && /^0*$/.test(frac ?? "") ? undefined : out;
}
