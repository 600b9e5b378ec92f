/**
 * The order the real Queue lists artifacts in: its Postgres database sorts
 * `name` with the deployment's `en_US.utf8` collation (glibc), where
 * punctuation is ignored at first (`public/logs/live_backing.log` before
 * `public/logs/live.log`), lower case comes before upper case, and ties are
 * broken by the punctuation (`-` < `.` < `/` < `_`, glibc's order).
 *
 * An approximation checked against `sort` under a generated glibc
 * `en_US.UTF-8` locale on typical artifact names (tests/localtc/); names
 * equal but for punctuation runs in unusual places may still tie-break
 * differently.
 */

const PUNCT = "$ !\"#%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const collator = new Intl.Collator("en-US", { ignorePunctuation: true });

function ignored(s: string): [number, number][] {
  const out: [number, number][] = [];
  let alnum = 0;
  for (const ch of s) {
    const i = PUNCT.indexOf(ch);
    if (i >= 0) out.push([i, alnum]);
    else alnum++;
  }
  return out;
}

/** Compares two names as the deployment's database orders them. */
export function compareNames(a: string, b: string): number {
  const c = collator.compare(a, b);
  if (c !== 0) return c;
  const x = ignored(a), y = ignored(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i][0] - y[i][0] || x[i][1] - y[i][1];
    if (d !== 0) return d;
  }
  if (x.length !== y.length) return y.length - x.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
