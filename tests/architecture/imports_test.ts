/**
 * The shape of src/ (see ../shared/DESIGN.md "One picture"): imports point down only
 * (cli → worker → features → task → {platform, taskcluster, archive, livelog, config, crypto}),
 * localtc stands apart, and no files import each other in a circle. This test reads every
 * `import`/`export ... from` of src/ and fails on a circle or an arrow that runs back up.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");

/** Layer rank of each top-level folder of src/: a module may import only its own rank or lower. */
const RANK: Record<string, number> = {
  cli: 50,
  worker: 40,
  features: 30,
  task: 20,
  platform: 10,
  taskcluster: 10,
  archive: 10,
  livelog: 10,
  config: 10,
  crypto: 10,
  generated: 0,
  // files directly in src/ (exit_codes.ts, version.ts) are leaves everyone may use
  "": 0,
};

/** Lower-layer folders that must not import one another either (they are siblings). */
const SIBLINGS = new Set(["platform", "taskcluster", "archive", "livelog", "config", "crypto"]);

/** What the lowest layers may still use among their siblings (contracts every user imports). */
const SIBLING_ALLOWED: Record<string, Set<string>> = {
  // the live log server is configured from the worker config type
  livelog: new Set(["config", "platform"]),
  taskcluster: new Set(["config", "platform"]),
  archive: new Set(["platform"]),
  platform: new Set(["config"]),
  config: new Set(["platform"]),
  crypto: new Set([]),
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out;
}

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/g;

/** Relative imports of one file, resolved to absolute paths (type-only imports count too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1];
    if (spec.startsWith(".")) found.push(resolve(dirname(file), spec));
  }
  return found;
}

function area(file: string): string {
  const rel = relative(SRC, file).split(/[\\/]/);
  return rel.length === 1 ? "" : rel[0];
}

/**
 * Known exceptions being removed while this test lands; each names the change that removes it.
 * The list must end empty: a stale entry (one that no longer occurs) fails the test too.
 */
const PENDING = new Set<string>([]);

/** Asserts `found` holds only PENDING entries, and that every PENDING entry of this kind occurs. */
function assertOnlyPending(found: string[], kind: RegExp): void {
  const unexpected = found.filter((f) => !PENDING.has(f));
  assertEquals(unexpected, []);
  const stale = [...PENDING].filter((p) => kind.test(p) && !found.includes(p));
  assertEquals(stale, [], "entries of PENDING that no longer occur: remove them");
}

const files = walk(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((i) => i.startsWith(SRC))]));

Deno.test("architecture: no src/ import runs back up a layer", () => {
  const wrong: string[] = [];
  for (const [file, deps] of graph) {
    const from = area(file);
    for (const dep of deps) {
      const to = area(dep);
      if (from === to) continue;
      const line = `${relative(ROOT, file)} -> ${relative(ROOT, dep)}`;
      if (from === "localtc" || to === "localtc") {
        // localtc stands apart: it may use only the leaves, and only cli (serve-local) uses it
        if (from === "localtc" && (to === "" || to === "generated")) continue;
        if (to === "localtc" && from === "cli") continue;
        // localtc shares only Hawk and scope helpers with src/taskcluster/
        if (from === "localtc" && to === "taskcluster" && /(hawk|scopes)\.ts$/.test(dep)) continue;
        wrong.push(line + " (localtc stands apart)");
        continue;
      }
      if (!(from in RANK) || !(to in RANK)) {
        wrong.push(line + " (folder without a layer in this test)");
        continue;
      }
      if (RANK[to] > RANK[from]) wrong.push(line + " (imports a higher layer)");
      else if (SIBLINGS.has(from) && SIBLINGS.has(to) && !SIBLING_ALLOWED[from]?.has(to)) {
        wrong.push(line + " (sibling of the lowest layer)");
      }
    }
  }
  assertOnlyPending(wrong, / -> /);
});

Deno.test("architecture: features never import each other", () => {
  const wrong: string[] = [];
  for (const [file, deps] of graph) {
    const rel = relative(SRC, file).split(/[\\/]/);
    if (rel[0] !== "features" || rel.length < 3) continue;
    for (const dep of deps) {
      const d = relative(SRC, dep).split(/[\\/]/);
      if (d[0] === "features" && d.length >= 3 && d[1] !== rel[1]) {
        wrong.push(`${relative(ROOT, file)} -> ${relative(ROOT, dep)}`);
      }
    }
  }
  assertEquals(wrong, []);
});

Deno.test("architecture: no import circle in src/", () => {
  // Tarjan's strongly connected components; any component of more than one file is a circle
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const circles: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(relative(ROOT, w));
      } while (w !== v);
      if (comp.length > 1) circles.push(comp.sort());
    }
  };
  for (const f of graph.keys()) if (!idx.has(f)) strong(f);
  assertEquals(circles, []);
});

Deno.test("architecture: no written src/ file over 800 lines", () => {
  const big: string[] = [];
  for (const file of files) {
    const rel = relative(SRC, file);
    if (rel.startsWith("generated")) continue;
    const text = readFileSync(file, "utf8");
    if (/^\/\/ GENERATED/m.test(text.slice(0, 400))) continue;
    const lines = text.split("\n").length;
    if (lines > 800) big.push(`${relative(ROOT, file)}: ${lines} lines`);
  }
  // a file over the limit that is still pending is reported by name only (its length moves)
  const named = big.map((b) => {
    const pending = [...PENDING].find((p) => p.startsWith(b.split(":")[0] + ":"));
    return pending ?? b;
  });
  assertOnlyPending(named, / lines$/);
});

Deno.test("architecture: only src/platform/ asks which OS this is (localtc apart)", () => {
  const asking: string[] = [];
  for (const file of files) {
    const a = area(file);
    if (a === "platform" || a === "localtc" || a === "generated") continue;
    if (/Deno\.build\.os/.test(readFileSync(file, "utf8"))) asking.push(relative(ROOT, file));
  }
  assertEquals(asking, []);
});

Deno.test("architecture: the analysis sees the imports it checks", () => {
  // guard against a regex that silently matches nothing
  const run = graph.get(join(SRC, "cli", "run.ts")) ?? [];
  assertEquals(run.length > 0, true);
  assertEquals(files.length > 50, true);
});
