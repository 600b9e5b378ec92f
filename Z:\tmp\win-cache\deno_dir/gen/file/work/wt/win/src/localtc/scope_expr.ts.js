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
/** A valid scope: printable ASCII (spaces allowed). */ export function validScope(s) {
  return typeof s === "string" && /^[\x20-\x7e]*$/.test(s);
}
/** Thrown when a template needs a parameter that was not given. */ export class TemplateParamError
  extends Error {
}
function lookup(params, path) {
  let v = params;
  for (const part of path.split(".")) {
    if (typeof v !== "object" || v === null || !(part in v)) return undefined;
    v = v[part];
  }
  return v;
}
function substitute(s, params) {
  return s.replace(/<([^<>]+)>/g, (_m, name) => {
    const v = lookup(params, name);
    if (typeof v !== "string" && typeof v !== "number") {
      throw new TemplateParamError(`scope template parameter ${name} is not a string or number`);
    }
    return String(v);
  });
}
/** The parameter names a template refers to (for deciding when to authorize). */ export function templateParams(
  t,
) {
  if (typeof t === "string") {
    return [
      ...t.matchAll(/<([^<>]+)>/g),
    ].map((m) => m[1].split(".")[0]);
  }
  if ("AnyOf" in t) return t.AnyOf.flatMap(templateParams);
  if ("AllOf" in t) return t.AllOf.flatMap(templateParams);
  if ("for" in t) {
    return [
      t.in.split(".")[0],
    ];
  }
  return [
    t.if,
    ...templateParams(t.then),
  ];
}
/** Renders a template with `params`; null when it renders to nothing required. */ export function renderTemplate(
  t,
  params,
) {
  const render = (t) => {
    if (typeof t === "string") {
      return [
        substitute(t, params),
      ];
    }
    if ("AnyOf" in t) {
      return [
        {
          AnyOf: t.AnyOf.flatMap(render),
        },
      ];
    }
    if ("AllOf" in t) {
      return [
        {
          AllOf: t.AllOf.flatMap(render),
        },
      ];
    }
    if ("for" in t) {
      const list = lookup(params, t.in);
      if (!Array.isArray(list)) {
        throw new TemplateParamError(`scope template parameter ${t.in} is not an array`);
      }
      return list.map((v) =>
        substitute(t.each, {
          ...params,
          [t.for]: v,
        })
      );
    }
    const cond = lookup(params, t.if);
    if (typeof cond !== "boolean") {
      throw new TemplateParamError(`scope template parameter ${t.if} is not a boolean`);
    }
    return cond ? render(t.then) : [];
  };
  const out = render(t);
  return out.length === 1 ? out[0] : {
    AllOf: out,
  };
}
/** True when `scopes` satisfy `expr`. */ export function satisfies(scopes, expr) {
  if (typeof expr === "string") return scopes.some((s) => scopeMatch(s, expr));
  if ("AnyOf" in expr) return expr.AnyOf.some((e) => satisfies(scopes, e));
  return expr.AllOf.every((e) => satisfies(scopes, e));
}
/** The part of `expr` that `scopes` do not satisfy (undefined when satisfied). */ export function unsatisfied(
  scopes,
  expr,
) {
  if (satisfies(scopes, expr)) return undefined;
  if (typeof expr === "string") return expr;
  if ("AnyOf" in expr) return expr;
  const missing = expr.AllOf.map((e) => unsatisfied(scopes, e)).filter((e) => e !== undefined);
  return missing.length === 1 ? missing[0] : {
    AllOf: missing,
  };
}
/** Sorts and removes scopes implied by another scope of the set. */ export function normalizeScopes(
  scopes,
) {
  const uniq = [
    ...new Set(scopes),
  ];
  const stars = uniq.filter((s) => s.endsWith("*"));
  return uniq.filter((s) => !stars.some((st) => st !== s && scopeMatch(st, s))).sort();
}
const PARAM = "<..>";
function withParam(scopes, param) {
  return scopes.map((s) => {
    const i = s.indexOf(PARAM);
    if (i < 0) return s;
    return param.endsWith("*")
      ? s.slice(0, i) + param
      : s.slice(0, i) + param + s.slice(i + PARAM.length);
  });
}
/** The scopes role `r` grants to a holder of scope `s` (empty when none). */ function grantedBy(
  s,
  r,
) {
  const assume = `assume:${r.roleId}`;
  if (!r.roleId.endsWith("*")) return scopeMatch(s, assume) ? r.scopes : [];
  const prefix = assume.slice(0, -1);
  if (s.startsWith(prefix)) return withParam(r.scopes, s.slice(prefix.length));
  if (s.endsWith("*") && prefix.startsWith(s.slice(0, -1))) return withParam(r.scopes, "*");
  return [];
}
/** Too many scopes from role expansion (a parameterised role that feeds itself). */ export class ExpansionLimitError
  extends Error {
}
/**
 * Expands `scopes` with every role they assume, transitively, and
 * normalizes the result.
 */ export function expandScopes(scopes, roles) {
  const roleList = [
    ...roles,
  ];
  const seen = new Set();
  const work = [
    ...scopes,
  ];
  while (work.length > 0) {
    const s = work.pop();
    if (seen.has(s)) continue;
    seen.add(s);
    if (seen.size > 10_000) {
      throw new ExpansionLimitError("role expansion produced too many scopes");
    }
    const mayAssume = s.startsWith("assume:") ||
      s.endsWith("*") && "assume:".startsWith(s.slice(0, -1));
    if (!mayAssume) continue;
    for (const r of roleList) {
      for (const g of grantedBy(s, r)) if (!seen.has(g)) work.push(g);
    }
  }
  return normalizeScopes(seen);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvc2NvcGVfZXhwci50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRhc2tjbHVzdGVyIHNjb3BlIGV4cHJlc3Npb25zIChge0FueU9mOiBbLi4uXX1gIC8gYHtBbGxPZjogWy4uLl19YCAvIGFcbiAqIHNjb3BlIHN0cmluZyksIHRoZWlyIHRlbXBsYXRlcyBhcyBkZWNsYXJlZCBieSBBUEkgbWV0aG9kcyAoYDxwYXJhbT5gXG4gKiBzdWJzdGl0dXRpb24sIGB7Zm9yLCBpbiwgZWFjaH1gLCBge2lmLCB0aGVufWApLCBzYXRpc2ZhY3Rpb24gY2hlY2tzLCBhbmRcbiAqIHJvbGUgZXhwYW5zaW9uIChgYXNzdW1lOjxyb2xlSWQ+YCwgcm9sZXMgZW5kaW5nIGluIGAqYCwgYDwuLj5gIHBhcmFtZXRlcnMpXG4gKiBhcyB0aGUgYXV0aCBzZXJ2aWNlIGRvZXMgaXQuXG4gKlxuICogTWF0Y2hpbmcgb2Ygc2luZ2xlIHNjb3BlcyBjb21lcyBmcm9tIGBzcmMvdGFza2NsdXN0ZXIvc2NvcGVzLnRzYC5cbiAqL1xuaW1wb3J0IHsgc2NvcGVNYXRjaCB9IGZyb20gXCIuLi90YXNrY2x1c3Rlci9zY29wZXMudHNcIjtcblxuLyoqIEEgc2NvcGUgZXhwcmVzc2lvbi4gKi9cbmV4cG9ydCB0eXBlIFNjb3BlRXhwciA9IHN0cmluZyB8IHsgQW55T2Y6IFNjb3BlRXhwcltdIH0gfCB7IEFsbE9mOiBTY29wZUV4cHJbXSB9O1xuXG4vKiogQSBzY29wZSBleHByZXNzaW9uIHRlbXBsYXRlIGFzIGRlY2xhcmVkIGJ5IGFuIEFQSSBtZXRob2QuICovXG5leHBvcnQgdHlwZSBTY29wZVRlbXBsYXRlID1cbiAgfCBzdHJpbmdcbiAgfCB7IEFueU9mOiBTY29wZVRlbXBsYXRlW10gfVxuICB8IHsgQWxsT2Y6IFNjb3BlVGVtcGxhdGVbXSB9XG4gIHwgeyBmb3I6IHN0cmluZzsgaW46IHN0cmluZzsgZWFjaDogc3RyaW5nIH1cbiAgfCB7IGlmOiBzdHJpbmc7IHRoZW46IFNjb3BlVGVtcGxhdGUgfTtcblxuLyoqIEEgdmFsaWQgc2NvcGU6IHByaW50YWJsZSBBU0NJSSAoc3BhY2VzIGFsbG93ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkU2NvcGUoczogdW5rbm93bik6IHMgaXMgc3RyaW5nIHtcbiAgcmV0dXJuIHR5cGVvZiBzID09PSBcInN0cmluZ1wiICYmIC9eW1xceDIwLVxceDdlXSokLy50ZXN0KHMpO1xufVxuXG4vKiogVGhyb3duIHdoZW4gYSB0ZW1wbGF0ZSBuZWVkcyBhIHBhcmFtZXRlciB0aGF0IHdhcyBub3QgZ2l2ZW4uICovXG5leHBvcnQgY2xhc3MgVGVtcGxhdGVQYXJhbUVycm9yIGV4dGVuZHMgRXJyb3Ige31cblxuZnVuY3Rpb24gbG9va3VwKHBhcmFtczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIHBhdGg6IHN0cmluZyk6IHVua25vd24ge1xuICBsZXQgdjogdW5rbm93biA9IHBhcmFtcztcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHBhdGguc3BsaXQoXCIuXCIpKSB7XG4gICAgaWYgKHR5cGVvZiB2ICE9PSBcIm9iamVjdFwiIHx8IHYgPT09IG51bGwgfHwgIShwYXJ0IGluIHYpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHYgPSAodiBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilbcGFydF07XG4gIH1cbiAgcmV0dXJuIHY7XG59XG5cbmZ1bmN0aW9uIHN1YnN0aXR1dGUoczogc3RyaW5nLCBwYXJhbXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogc3RyaW5nIHtcbiAgcmV0dXJuIHMucmVwbGFjZSgvPChbXjw+XSspPi9nLCAoX20sIG5hbWU6IHN0cmluZykgPT4ge1xuICAgIGNvbnN0IHYgPSBsb29rdXAocGFyYW1zLCBuYW1lKTtcbiAgICBpZiAodHlwZW9mIHYgIT09IFwic3RyaW5nXCIgJiYgdHlwZW9mIHYgIT09IFwibnVtYmVyXCIpIHtcbiAgICAgIHRocm93IG5ldyBUZW1wbGF0ZVBhcmFtRXJyb3IoYHNjb3BlIHRlbXBsYXRlIHBhcmFtZXRlciAke25hbWV9IGlzIG5vdCBhIHN0cmluZyBvciBudW1iZXJgKTtcbiAgICB9XG4gICAgcmV0dXJuIFN0cmluZyh2KTtcbiAgfSk7XG59XG5cbi8qKiBUaGUgcGFyYW1ldGVyIG5hbWVzIGEgdGVtcGxhdGUgcmVmZXJzIHRvIChmb3IgZGVjaWRpbmcgd2hlbiB0byBhdXRob3JpemUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRlbXBsYXRlUGFyYW1zKHQ6IFNjb3BlVGVtcGxhdGUpOiBzdHJpbmdbXSB7XG4gIGlmICh0eXBlb2YgdCA9PT0gXCJzdHJpbmdcIikgcmV0dXJuIFsuLi50Lm1hdGNoQWxsKC88KFtePD5dKyk+L2cpXS5tYXAoKG0pID0+IG1bMV0uc3BsaXQoXCIuXCIpWzBdKTtcbiAgaWYgKFwiQW55T2ZcIiBpbiB0KSByZXR1cm4gdC5BbnlPZi5mbGF0TWFwKHRlbXBsYXRlUGFyYW1zKTtcbiAgaWYgKFwiQWxsT2ZcIiBpbiB0KSByZXR1cm4gdC5BbGxPZi5mbGF0TWFwKHRlbXBsYXRlUGFyYW1zKTtcbiAgaWYgKFwiZm9yXCIgaW4gdCkgcmV0dXJuIFt0LmluLnNwbGl0KFwiLlwiKVswXV07XG4gIHJldHVybiBbdC5pZiwgLi4udGVtcGxhdGVQYXJhbXModC50aGVuKV07XG59XG5cbi8qKiBSZW5kZXJzIGEgdGVtcGxhdGUgd2l0aCBgcGFyYW1zYDsgbnVsbCB3aGVuIGl0IHJlbmRlcnMgdG8gbm90aGluZyByZXF1aXJlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW5kZXJUZW1wbGF0ZSh0OiBTY29wZVRlbXBsYXRlLCBwYXJhbXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogU2NvcGVFeHByIHtcbiAgY29uc3QgcmVuZGVyID0gKHQ6IFNjb3BlVGVtcGxhdGUpOiBTY29wZUV4cHJbXSA9PiB7XG4gICAgaWYgKHR5cGVvZiB0ID09PSBcInN0cmluZ1wiKSByZXR1cm4gW3N1YnN0aXR1dGUodCwgcGFyYW1zKV07XG4gICAgaWYgKFwiQW55T2ZcIiBpbiB0KSByZXR1cm4gW3sgQW55T2Y6IHQuQW55T2YuZmxhdE1hcChyZW5kZXIpIH1dO1xuICAgIGlmIChcIkFsbE9mXCIgaW4gdCkgcmV0dXJuIFt7IEFsbE9mOiB0LkFsbE9mLmZsYXRNYXAocmVuZGVyKSB9XTtcbiAgICBpZiAoXCJmb3JcIiBpbiB0KSB7XG4gICAgICBjb25zdCBsaXN0ID0gbG9va3VwKHBhcmFtcywgdC5pbik7XG4gICAgICBpZiAoIUFycmF5LmlzQXJyYXkobGlzdCkpIHtcbiAgICAgICAgdGhyb3cgbmV3IFRlbXBsYXRlUGFyYW1FcnJvcihgc2NvcGUgdGVtcGxhdGUgcGFyYW1ldGVyICR7dC5pbn0gaXMgbm90IGFuIGFycmF5YCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbGlzdC5tYXAoKHYpID0+IHN1YnN0aXR1dGUodC5lYWNoLCB7IC4uLnBhcmFtcywgW3QuZm9yXTogdiB9KSk7XG4gICAgfVxuICAgIGNvbnN0IGNvbmQgPSBsb29rdXAocGFyYW1zLCB0LmlmKTtcbiAgICBpZiAodHlwZW9mIGNvbmQgIT09IFwiYm9vbGVhblwiKSB7XG4gICAgICB0aHJvdyBuZXcgVGVtcGxhdGVQYXJhbUVycm9yKGBzY29wZSB0ZW1wbGF0ZSBwYXJhbWV0ZXIgJHt0LmlmfSBpcyBub3QgYSBib29sZWFuYCk7XG4gICAgfVxuICAgIHJldHVybiBjb25kID8gcmVuZGVyKHQudGhlbikgOiBbXTtcbiAgfTtcbiAgY29uc3Qgb3V0ID0gcmVuZGVyKHQpO1xuICByZXR1cm4gb3V0Lmxlbmd0aCA9PT0gMSA/IG91dFswXSA6IHsgQWxsT2Y6IG91dCB9O1xufVxuXG4vKiogVHJ1ZSB3aGVuIGBzY29wZXNgIHNhdGlzZnkgYGV4cHJgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNhdGlzZmllcyhzY29wZXM6IHJlYWRvbmx5IHN0cmluZ1tdLCBleHByOiBTY29wZUV4cHIpOiBib29sZWFuIHtcbiAgaWYgKHR5cGVvZiBleHByID09PSBcInN0cmluZ1wiKSByZXR1cm4gc2NvcGVzLnNvbWUoKHMpID0+IHNjb3BlTWF0Y2gocywgZXhwcikpO1xuICBpZiAoXCJBbnlPZlwiIGluIGV4cHIpIHJldHVybiBleHByLkFueU9mLnNvbWUoKGUpID0+IHNhdGlzZmllcyhzY29wZXMsIGUpKTtcbiAgcmV0dXJuIGV4cHIuQWxsT2YuZXZlcnkoKGUpID0+IHNhdGlzZmllcyhzY29wZXMsIGUpKTtcbn1cblxuLyoqIFRoZSBwYXJ0IG9mIGBleHByYCB0aGF0IGBzY29wZXNgIGRvIG5vdCBzYXRpc2Z5ICh1bmRlZmluZWQgd2hlbiBzYXRpc2ZpZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuc2F0aXNmaWVkKHNjb3BlczogcmVhZG9ubHkgc3RyaW5nW10sIGV4cHI6IFNjb3BlRXhwcik6IFNjb3BlRXhwciB8IHVuZGVmaW5lZCB7XG4gIGlmIChzYXRpc2ZpZXMoc2NvcGVzLCBleHByKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKHR5cGVvZiBleHByID09PSBcInN0cmluZ1wiKSByZXR1cm4gZXhwcjtcbiAgaWYgKFwiQW55T2ZcIiBpbiBleHByKSByZXR1cm4gZXhwcjtcbiAgY29uc3QgbWlzc2luZyA9IGV4cHIuQWxsT2YubWFwKChlKSA9PiB1bnNhdGlzZmllZChzY29wZXMsIGUpKS5maWx0ZXIoKGUpID0+IGUgIT09IHVuZGVmaW5lZCk7XG4gIHJldHVybiBtaXNzaW5nLmxlbmd0aCA9PT0gMSA/IG1pc3NpbmdbMF0gOiB7IEFsbE9mOiBtaXNzaW5nIGFzIFNjb3BlRXhwcltdIH07XG59XG5cbi8qKiBTb3J0cyBhbmQgcmVtb3ZlcyBzY29wZXMgaW1wbGllZCBieSBhbm90aGVyIHNjb3BlIG9mIHRoZSBzZXQuICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplU2NvcGVzKHNjb3BlczogSXRlcmFibGU8c3RyaW5nPik6IHN0cmluZ1tdIHtcbiAgY29uc3QgdW5pcSA9IFsuLi5uZXcgU2V0KHNjb3BlcyldO1xuICBjb25zdCBzdGFycyA9IHVuaXEuZmlsdGVyKChzKSA9PiBzLmVuZHNXaXRoKFwiKlwiKSk7XG4gIHJldHVybiB1bmlxLmZpbHRlcigocykgPT4gIXN0YXJzLnNvbWUoKHN0KSA9PiBzdCAhPT0gcyAmJiBzY29wZU1hdGNoKHN0LCBzKSkpLnNvcnQoKTtcbn1cblxuLyoqIEEgcm9sZTogYHJvbGVJZGAgKG1heSBlbmQgaW4gYCpgKSBhbmQgdGhlIHNjb3BlcyBpdCBncmFudHMuICovXG5leHBvcnQgaW50ZXJmYWNlIFJvbGUge1xuICByb2xlSWQ6IHN0cmluZztcbiAgc2NvcGVzOiBzdHJpbmdbXTtcbn1cblxuY29uc3QgUEFSQU0gPSBcIjwuLj5cIjtcblxuZnVuY3Rpb24gd2l0aFBhcmFtKHNjb3Blczogc3RyaW5nW10sIHBhcmFtOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIHJldHVybiBzY29wZXMubWFwKChzKSA9PiB7XG4gICAgY29uc3QgaSA9IHMuaW5kZXhPZihQQVJBTSk7XG4gICAgaWYgKGkgPCAwKSByZXR1cm4gcztcbiAgICByZXR1cm4gcGFyYW0uZW5kc1dpdGgoXCIqXCIpID8gcy5zbGljZSgwLCBpKSArIHBhcmFtIDogcy5zbGljZSgwLCBpKSArIHBhcmFtICtcbiAgICAgIHMuc2xpY2UoaSArIFBBUkFNLmxlbmd0aCk7XG4gIH0pO1xufVxuXG4vKiogVGhlIHNjb3BlcyByb2xlIGByYCBncmFudHMgdG8gYSBob2xkZXIgb2Ygc2NvcGUgYHNgIChlbXB0eSB3aGVuIG5vbmUpLiAqL1xuZnVuY3Rpb24gZ3JhbnRlZEJ5KHM6IHN0cmluZywgcjogUm9sZSk6IHN0cmluZ1tdIHtcbiAgY29uc3QgYXNzdW1lID0gYGFzc3VtZToke3Iucm9sZUlkfWA7XG4gIGlmICghci5yb2xlSWQuZW5kc1dpdGgoXCIqXCIpKSByZXR1cm4gc2NvcGVNYXRjaChzLCBhc3N1bWUpID8gci5zY29wZXMgOiBbXTtcbiAgY29uc3QgcHJlZml4ID0gYXNzdW1lLnNsaWNlKDAsIC0xKTtcbiAgaWYgKHMuc3RhcnRzV2l0aChwcmVmaXgpKSByZXR1cm4gd2l0aFBhcmFtKHIuc2NvcGVzLCBzLnNsaWNlKHByZWZpeC5sZW5ndGgpKTtcbiAgaWYgKHMuZW5kc1dpdGgoXCIqXCIpICYmIHByZWZpeC5zdGFydHNXaXRoKHMuc2xpY2UoMCwgLTEpKSkgcmV0dXJuIHdpdGhQYXJhbShyLnNjb3BlcywgXCIqXCIpO1xuICByZXR1cm4gW107XG59XG5cbi8qKiBUb28gbWFueSBzY29wZXMgZnJvbSByb2xlIGV4cGFuc2lvbiAoYSBwYXJhbWV0ZXJpc2VkIHJvbGUgdGhhdCBmZWVkcyBpdHNlbGYpLiAqL1xuZXhwb3J0IGNsYXNzIEV4cGFuc2lvbkxpbWl0RXJyb3IgZXh0ZW5kcyBFcnJvciB7fVxuXG4vKipcbiAqIEV4cGFuZHMgYHNjb3Blc2Agd2l0aCBldmVyeSByb2xlIHRoZXkgYXNzdW1lLCB0cmFuc2l0aXZlbHksIGFuZFxuICogbm9ybWFsaXplcyB0aGUgcmVzdWx0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwYW5kU2NvcGVzKHNjb3BlczogSXRlcmFibGU8c3RyaW5nPiwgcm9sZXM6IEl0ZXJhYmxlPFJvbGU+KTogc3RyaW5nW10ge1xuICBjb25zdCByb2xlTGlzdCA9IFsuLi5yb2xlc107XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3Qgd29yayA9IFsuLi5zY29wZXNdO1xuICB3aGlsZSAod29yay5sZW5ndGggPiAwKSB7XG4gICAgY29uc3QgcyA9IHdvcmsucG9wKCkhO1xuICAgIGlmIChzZWVuLmhhcyhzKSkgY29udGludWU7XG4gICAgc2Vlbi5hZGQocyk7XG4gICAgaWYgKHNlZW4uc2l6ZSA+IDEwXzAwMCkge1xuICAgICAgdGhyb3cgbmV3IEV4cGFuc2lvbkxpbWl0RXJyb3IoXCJyb2xlIGV4cGFuc2lvbiBwcm9kdWNlZCB0b28gbWFueSBzY29wZXNcIik7XG4gICAgfVxuICAgIGNvbnN0IG1heUFzc3VtZSA9IHMuc3RhcnRzV2l0aChcImFzc3VtZTpcIikgfHxcbiAgICAgIChzLmVuZHNXaXRoKFwiKlwiKSAmJiBcImFzc3VtZTpcIi5zdGFydHNXaXRoKHMuc2xpY2UoMCwgLTEpKSk7XG4gICAgaWYgKCFtYXlBc3N1bWUpIGNvbnRpbnVlO1xuICAgIGZvciAoY29uc3QgciBvZiByb2xlTGlzdCkge1xuICAgICAgZm9yIChjb25zdCBnIG9mIGdyYW50ZWRCeShzLCByKSkgaWYgKCFzZWVuLmhhcyhnKSkgd29yay5wdXNoKGcpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gbm9ybWFsaXplU2NvcGVzKHNlZW4pO1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7OztDQVFDLEdBQ0QsU0FBUyxVQUFVLFFBQVEsMkJBQTJCO0FBYXRELHFEQUFxRCxHQUNyRCxPQUFPLFNBQVMsV0FBVyxDQUFVO0VBQ25DLE9BQU8sT0FBTyxNQUFNLFlBQVksaUJBQWlCLElBQUksQ0FBQztBQUN4RDtBQUVBLGlFQUFpRSxHQUNqRSxPQUFPLE1BQU0sMkJBQTJCO0FBQU87QUFFL0MsU0FBUyxPQUFPLE1BQStCLEVBQUUsSUFBWTtFQUMzRCxJQUFJLElBQWE7RUFDakIsS0FBSyxNQUFNLFFBQVEsS0FBSyxLQUFLLENBQUMsS0FBTTtJQUNsQyxJQUFJLE9BQU8sTUFBTSxZQUFZLE1BQU0sUUFBUSxDQUFDLENBQUMsUUFBUSxDQUFDLEdBQUcsT0FBTztJQUNoRSxJQUFJLEFBQUMsQ0FBNkIsQ0FBQyxLQUFLO0VBQzFDO0VBQ0EsT0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLENBQVMsRUFBRSxNQUErQjtFQUM1RCxPQUFPLEVBQUUsT0FBTyxDQUFDLGVBQWUsQ0FBQyxJQUFJO0lBQ25DLE1BQU0sSUFBSSxPQUFPLFFBQVE7SUFDekIsSUFBSSxPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU0sVUFBVTtNQUNsRCxNQUFNLElBQUksbUJBQW1CLENBQUMseUJBQXlCLEVBQUUsS0FBSywwQkFBMEIsQ0FBQztJQUMzRjtJQUNBLE9BQU8sT0FBTztFQUNoQjtBQUNGO0FBRUEsK0VBQStFLEdBQy9FLE9BQU8sU0FBUyxlQUFlLENBQWdCO0VBQzdDLElBQUksT0FBTyxNQUFNLFVBQVUsT0FBTztPQUFJLEVBQUUsUUFBUSxDQUFDO0dBQWUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFO0VBQzlGLElBQUksV0FBVyxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUMsT0FBTyxDQUFDO0VBQ3pDLElBQUksV0FBVyxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUMsT0FBTyxDQUFDO0VBQ3pDLElBQUksU0FBUyxHQUFHLE9BQU87SUFBQyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUU7R0FBQztFQUMzQyxPQUFPO0lBQUMsRUFBRSxFQUFFO09BQUssZUFBZSxFQUFFLElBQUk7R0FBRTtBQUMxQztBQUVBLGdGQUFnRixHQUNoRixPQUFPLFNBQVMsZUFBZSxDQUFnQixFQUFFLE1BQStCO0VBQzlFLE1BQU0sU0FBUyxDQUFDO0lBQ2QsSUFBSSxPQUFPLE1BQU0sVUFBVSxPQUFPO01BQUMsV0FBVyxHQUFHO0tBQVE7SUFDekQsSUFBSSxXQUFXLEdBQUcsT0FBTztNQUFDO1FBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxPQUFPLENBQUM7TUFBUTtLQUFFO0lBQzdELElBQUksV0FBVyxHQUFHLE9BQU87TUFBQztRQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsT0FBTyxDQUFDO01BQVE7S0FBRTtJQUM3RCxJQUFJLFNBQVMsR0FBRztNQUNkLE1BQU0sT0FBTyxPQUFPLFFBQVEsRUFBRSxFQUFFO01BQ2hDLElBQUksQ0FBQyxNQUFNLE9BQU8sQ0FBQyxPQUFPO1FBQ3hCLE1BQU0sSUFBSSxtQkFBbUIsQ0FBQyx5QkFBeUIsRUFBRSxFQUFFLEVBQUUsQ0FBQyxnQkFBZ0IsQ0FBQztNQUNqRjtNQUNBLE9BQU8sS0FBSyxHQUFHLENBQUMsQ0FBQyxJQUFNLFdBQVcsRUFBRSxJQUFJLEVBQUU7VUFBRSxHQUFHLE1BQU07VUFBRSxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUU7UUFBRTtJQUNwRTtJQUNBLE1BQU0sT0FBTyxPQUFPLFFBQVEsRUFBRSxFQUFFO0lBQ2hDLElBQUksT0FBTyxTQUFTLFdBQVc7TUFDN0IsTUFBTSxJQUFJLG1CQUFtQixDQUFDLHlCQUF5QixFQUFFLEVBQUUsRUFBRSxDQUFDLGlCQUFpQixDQUFDO0lBQ2xGO0lBQ0EsT0FBTyxPQUFPLE9BQU8sRUFBRSxJQUFJLElBQUksRUFBRTtFQUNuQztFQUNBLE1BQU0sTUFBTSxPQUFPO0VBQ25CLE9BQU8sSUFBSSxNQUFNLEtBQUssSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0lBQUUsT0FBTztFQUFJO0FBQ2xEO0FBRUEsdUNBQXVDLEdBQ3ZDLE9BQU8sU0FBUyxVQUFVLE1BQXlCLEVBQUUsSUFBZTtFQUNsRSxJQUFJLE9BQU8sU0FBUyxVQUFVLE9BQU8sT0FBTyxJQUFJLENBQUMsQ0FBQyxJQUFNLFdBQVcsR0FBRztFQUN0RSxJQUFJLFdBQVcsTUFBTSxPQUFPLEtBQUssS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQU0sVUFBVSxRQUFRO0VBQ3JFLE9BQU8sS0FBSyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsSUFBTSxVQUFVLFFBQVE7QUFDbkQ7QUFFQSxnRkFBZ0YsR0FDaEYsT0FBTyxTQUFTLFlBQVksTUFBeUIsRUFBRSxJQUFlO0VBQ3BFLElBQUksVUFBVSxRQUFRLE9BQU8sT0FBTztFQUNwQyxJQUFJLE9BQU8sU0FBUyxVQUFVLE9BQU87RUFDckMsSUFBSSxXQUFXLE1BQU0sT0FBTztFQUM1QixNQUFNLFVBQVUsS0FBSyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBTSxZQUFZLFFBQVEsSUFBSSxNQUFNLENBQUMsQ0FBQyxJQUFNLE1BQU07RUFDbEYsT0FBTyxRQUFRLE1BQU0sS0FBSyxJQUFJLE9BQU8sQ0FBQyxFQUFFLEdBQUc7SUFBRSxPQUFPO0VBQXVCO0FBQzdFO0FBRUEsa0VBQWtFLEdBQ2xFLE9BQU8sU0FBUyxnQkFBZ0IsTUFBd0I7RUFDdEQsTUFBTSxPQUFPO09BQUksSUFBSSxJQUFJO0dBQVE7RUFDakMsTUFBTSxRQUFRLEtBQUssTUFBTSxDQUFDLENBQUMsSUFBTSxFQUFFLFFBQVEsQ0FBQztFQUM1QyxPQUFPLEtBQUssTUFBTSxDQUFDLENBQUMsSUFBTSxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUMsS0FBTyxPQUFPLEtBQUssV0FBVyxJQUFJLEtBQUssSUFBSTtBQUNwRjtBQVFBLE1BQU0sUUFBUTtBQUVkLFNBQVMsVUFBVSxNQUFnQixFQUFFLEtBQWE7RUFDaEQsT0FBTyxPQUFPLEdBQUcsQ0FBQyxDQUFDO0lBQ2pCLE1BQU0sSUFBSSxFQUFFLE9BQU8sQ0FBQztJQUNwQixJQUFJLElBQUksR0FBRyxPQUFPO0lBQ2xCLE9BQU8sTUFBTSxRQUFRLENBQUMsT0FBTyxFQUFFLEtBQUssQ0FBQyxHQUFHLEtBQUssUUFBUSxFQUFFLEtBQUssQ0FBQyxHQUFHLEtBQUssUUFDbkUsRUFBRSxLQUFLLENBQUMsSUFBSSxNQUFNLE1BQU07RUFDNUI7QUFDRjtBQUVBLDJFQUEyRSxHQUMzRSxTQUFTLFVBQVUsQ0FBUyxFQUFFLENBQU87RUFDbkMsTUFBTSxTQUFTLENBQUMsT0FBTyxFQUFFLEVBQUUsTUFBTSxFQUFFO0VBQ25DLElBQUksQ0FBQyxFQUFFLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxPQUFPLFdBQVcsR0FBRyxVQUFVLEVBQUUsTUFBTSxHQUFHLEVBQUU7RUFDekUsTUFBTSxTQUFTLE9BQU8sS0FBSyxDQUFDLEdBQUcsQ0FBQztFQUNoQyxJQUFJLEVBQUUsVUFBVSxDQUFDLFNBQVMsT0FBTyxVQUFVLEVBQUUsTUFBTSxFQUFFLEVBQUUsS0FBSyxDQUFDLE9BQU8sTUFBTTtFQUMxRSxJQUFJLEVBQUUsUUFBUSxDQUFDLFFBQVEsT0FBTyxVQUFVLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssT0FBTyxVQUFVLEVBQUUsTUFBTSxFQUFFO0VBQ3JGLE9BQU8sRUFBRTtBQUNYO0FBRUEsa0ZBQWtGLEdBQ2xGLE9BQU8sTUFBTSw0QkFBNEI7QUFBTztBQUVoRDs7O0NBR0MsR0FDRCxPQUFPLFNBQVMsYUFBYSxNQUF3QixFQUFFLEtBQXFCO0VBQzFFLE1BQU0sV0FBVztPQUFJO0dBQU07RUFDM0IsTUFBTSxPQUFPLElBQUk7RUFDakIsTUFBTSxPQUFPO09BQUk7R0FBTztFQUN4QixNQUFPLEtBQUssTUFBTSxHQUFHLEVBQUc7SUFDdEIsTUFBTSxJQUFJLEtBQUssR0FBRztJQUNsQixJQUFJLEtBQUssR0FBRyxDQUFDLElBQUk7SUFDakIsS0FBSyxHQUFHLENBQUM7SUFDVCxJQUFJLEtBQUssSUFBSSxHQUFHLFFBQVE7TUFDdEIsTUFBTSxJQUFJLG9CQUFvQjtJQUNoQztJQUNBLE1BQU0sWUFBWSxFQUFFLFVBQVUsQ0FBQyxjQUM1QixFQUFFLFFBQVEsQ0FBQyxRQUFRLFVBQVUsVUFBVSxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQztJQUN2RCxJQUFJLENBQUMsV0FBVztJQUNoQixLQUFLLE1BQU0sS0FBSyxTQUFVO01BQ3hCLEtBQUssTUFBTSxLQUFLLFVBQVUsR0FBRyxHQUFJLElBQUksQ0FBQyxLQUFLLEdBQUcsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDO0lBQy9EO0VBQ0Y7RUFDQSxPQUFPLGdCQUFnQjtBQUN6QiJ9
// denoCacheMetadata=2904010586413023814,13774861533445650735
