/**
 * Taskcluster scope expressions (`{AnyOf: [...]}` / `{AllOf: [...]}` / a
 * scope string), their templates as declared by API methods (`<param>`
 * substitution, `{for, in, each}`, `{if, then}`), satisfaction checks, and
 * role expansion (`assume:<roleId>`, roles ending in `*`, `<..>` parameters)
 * as the auth service does it.
 *
 * Matching of single scopes comes from `src/taskcluster/scopes.ts`.
 */
import { scopeMatch } from "../taskcluster/scopes.ts";

/** A scope expression. */
export type ScopeExpr = string | { AnyOf: ScopeExpr[] } | { AllOf: ScopeExpr[] };

/** A scope expression template as declared by an API method. */
export type ScopeTemplate =
  | string
  | { AnyOf: ScopeTemplate[] }
  | { AllOf: ScopeTemplate[] }
  | { for: string; in: string; each: string }
  | { if: string; then: ScopeTemplate };

/** A valid scope: printable ASCII (spaces allowed). */
export function validScope(s: unknown): s is string {
  return typeof s === "string" && /^[\x20-\x7e]*$/.test(s);
}

/** Thrown when a template needs a parameter that was not given. */
export class TemplateParamError extends Error {}

function lookup(params: Record<string, unknown>, path: string): unknown {
  let v: unknown = params;
  for (const part of path.split(".")) {
    if (typeof v !== "object" || v === null || !(part in v)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function substitute(s: string, params: Record<string, unknown>): string {
  return s.replace(/<([^<>]+)>/g, (_m, name: string) => {
    const v = lookup(params, name);
    if (typeof v !== "string" && typeof v !== "number") {
      throw new TemplateParamError(`scope template parameter ${name} is not a string or number`);
    }
    return String(v);
  });
}

/** The parameter names a template refers to (for deciding when to authorize). */
export function templateParams(t: ScopeTemplate): string[] {
  if (typeof t === "string") return [...t.matchAll(/<([^<>]+)>/g)].map((m) => m[1].split(".")[0]);
  if ("AnyOf" in t) return t.AnyOf.flatMap(templateParams);
  if ("AllOf" in t) return t.AllOf.flatMap(templateParams);
  if ("for" in t) return [t.in.split(".")[0]];
  return [t.if, ...templateParams(t.then)];
}

/** Renders a template with `params`; null when it renders to nothing required. */
export function renderTemplate(t: ScopeTemplate, params: Record<string, unknown>): ScopeExpr {
  const render = (t: ScopeTemplate): ScopeExpr[] => {
    if (typeof t === "string") return [substitute(t, params)];
    if ("AnyOf" in t) return [{ AnyOf: t.AnyOf.flatMap(render) }];
    if ("AllOf" in t) return [{ AllOf: t.AllOf.flatMap(render) }];
    if ("for" in t) {
      const list = lookup(params, t.in);
      if (!Array.isArray(list)) {
        throw new TemplateParamError(`scope template parameter ${t.in} is not an array`);
      }
      return list.map((v) => substitute(t.each, { ...params, [t.for]: v }));
    }
    const cond = lookup(params, t.if);
    if (typeof cond !== "boolean") {
      throw new TemplateParamError(`scope template parameter ${t.if} is not a boolean`);
    }
    return cond ? render(t.then) : [];
  };
  const out = render(t);
  return out.length === 1 ? out[0] : { AllOf: out };
}

/** True when `scopes` satisfy `expr`. */
export function satisfies(scopes: readonly string[], expr: ScopeExpr): boolean {
  if (typeof expr === "string") return scopes.some((s) => scopeMatch(s, expr));
  if ("AnyOf" in expr) return expr.AnyOf.some((e) => satisfies(scopes, e));
  return expr.AllOf.every((e) => satisfies(scopes, e));
}

/** The part of `expr` that `scopes` do not satisfy (undefined when satisfied). */
export function unsatisfied(scopes: readonly string[], expr: ScopeExpr): ScopeExpr | undefined {
  if (satisfies(scopes, expr)) return undefined;
  if (typeof expr === "string") return expr;
  if ("AnyOf" in expr) return expr;
  const missing = expr.AllOf.map((e) => unsatisfied(scopes, e)).filter((e) => e !== undefined);
  return missing.length === 1 ? missing[0] : { AllOf: missing as ScopeExpr[] };
}

/** Sorts and removes scopes implied by another scope of the set. */
export function normalizeScopes(scopes: Iterable<string>): string[] {
  const uniq = [...new Set(scopes)];
  const stars = uniq.filter((s) => s.endsWith("*"));
  return uniq.filter((s) => !stars.some((st) => st !== s && scopeMatch(st, s))).sort();
}

/** A role: `roleId` (may end in `*`) and the scopes it grants. */
export interface Role {
  roleId: string;
  scopes: string[];
}

const PARAM = "<..>";

function withParam(scopes: string[], param: string): string[] {
  return scopes.map((s) => {
    const i = s.indexOf(PARAM);
    if (i < 0) return s;
    return param.endsWith("*") ? s.slice(0, i) + param : s.slice(0, i) + param +
      s.slice(i + PARAM.length);
  });
}

/** The scopes role `r` grants to a holder of scope `s` (empty when none). */
function grantedBy(s: string, r: Role): string[] {
  const assume = `assume:${r.roleId}`;
  if (!r.roleId.endsWith("*")) return scopeMatch(s, assume) ? r.scopes : [];
  const prefix = assume.slice(0, -1);
  if (s.startsWith(prefix)) return withParam(r.scopes, s.slice(prefix.length));
  if (s.endsWith("*") && prefix.startsWith(s.slice(0, -1))) return withParam(r.scopes, "*");
  return [];
}

/** Too many scopes from role expansion (a parameterised role that feeds itself). */
export class ExpansionLimitError extends Error {}

/**
 * Expands `scopes` with every role they assume, transitively, and
 * normalizes the result.
 */
export function expandScopes(scopes: Iterable<string>, roles: Iterable<Role>): string[] {
  const roleList = [...roles];
  const seen = new Set<string>();
  const work = [...scopes];
  while (work.length > 0) {
    const s = work.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    if (seen.size > 10_000) {
      throw new ExpansionLimitError("role expansion produced too many scopes");
    }
    const mayAssume = s.startsWith("assume:") ||
      (s.endsWith("*") && "assume:".startsWith(s.slice(0, -1)));
    if (!mayAssume) continue;
    for (const r of roleList) {
      for (const g of grantedBy(s, r)) if (!seen.has(g)) work.push(g);
    }
  }
  return normalizeScopes(seen);
}
