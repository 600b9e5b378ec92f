/**
 * The error output of gojsonschema v1.2.0, the Go worker's payload validator:
 * a walk over a JSON schema that reports what gojsonschema reports, with the
 * same messages, `(root)`/dotted field names, choice of the closest
 * `oneOf`/`anyOf` branch by its score, and order (where Go iterates a map,
 * whose order is random, the schema's or the payload's key order is used);
 * its `date-time` and `uri` format checks; and ajv's errors put in the same
 * words for the rare case the walk finds nothing.
 *
 * ```ts
 * goErrorLines(schema, { command: [["true"]] });
 * // ["(root): Must validate one and only one schema (oneOf)", "(root): maxRunTime is required"]
 * ```
 */
import type { ErrorObject } from "ajv";

/** A JSON schema node, read keyword by keyword. */
export type SchemaNode = { readonly [keyword: string]: unknown };

/**
 * ajv's multipleOf tolerance (digits): ajv's exact check uses parseInt, which fails for 1e21
 * and above, while Go compares exact rationals; a tolerance matches Go better.
 */
export const MULTIPLE_OF_PRECISION = 12;

/** Go's json.Marshal HTML escaping of `<`, `>`, `&` (and U+2028/2029) in JSON text. */
export function goEscape(json: string): string {
  // These characters only occur inside JSON strings, where Go escapes them.
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}

/** A copy of `value` with object keys in Go's map order (UTF-8 byte order). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value)) {
    // null prototype: a key named `__proto__` stays a key (payloads are untrusted data)
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort(compareBytes)) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

/** Go sorts map keys by their UTF-8 bytes; this matches it for BMP text. */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The error lines gojsonschema prints for `node` against `schema` ([] when valid). */
export function goErrorLines(schema: SchemaNode, node: unknown): string[] {
  return goValidate(schema, node).errors.map(formatGoError);
}
// ---------------------------------------------------------------------------
// gojsonschema's walk: errors, their order and the oneOf/anyOf branch scores.

interface GoError {
  /** Path from the root: `["(root)", "artifacts", "0"]`. */
  context: readonly string[];
  description: string;
}

interface GoResult {
  errors: GoError[];
  /** gojsonschema's "how well did it match" score (+1 per check, -2 per error). */
  score: number;
}

const ROOT = "(root)";

/** The walk of gojsonschema v1.2.0 over `schema` (the root of its `$ref`s) for `node`. */
function goValidate(schema: SchemaNode, node: unknown): GoResult {
  const result: GoResult = { errors: [], score: 0 };
  recurse(schema, schema, node, result, [ROOT]);
  return result;
}

function formatGoError(e: GoError): string {
  return `${goField(e.context)}: ${e.description}`;
}

/** gojsonschema's `Field()`: the context without the leading `(root).`. */
function goField(context: readonly string[]): string {
  return context.length === 1 ? context[0] : context.slice(1).join(".");
}

type Ctx = readonly string[];

/** gojsonschema's `validateRecursive`. */
function recurse(root: SchemaNode, s: unknown, node: unknown, result: GoResult, ctx: Ctx): void {
  if (typeof s === "boolean") {
    if (!s) fail(result, ctx, "False always fails validation");
    return;
  }
  if (!isObject(s)) return;
  if (typeof s.$ref === "string") {
    recurse(root, resolveRef(root, s.$ref), node, result, ctx);
    return;
  }
  const types = schemaTypes(s);
  const given = goTypeOf(node);
  if (types.length > 0) {
    const ok = types.includes(given) || (given === "integer" && types.includes("number"));
    if (!ok) {
      const expected = types.length > 1 ? `[${types.join(",")}]` : types[0];
      fail(result, ctx, `Invalid type. Expected: ${expected}, given: ${given}`);
      return;
    }
  }
  validateSchema(root, s, node, result, ctx);
  if (typeof node === "number") validateNumber(s, node, result, ctx);
  if (Array.isArray(node)) validateArray(root, s, node, result, ctx);
  if (isObject(node)) validateObject(root, s, node, result, ctx);
  validateCommon(s, node, result, ctx);
  if (typeof node === "string") validateString(s, node, result, ctx);
  if (isObject(node) && isObject(s.properties)) {
    for (const [name, sub] of Object.entries(s.properties)) {
      if (Object.hasOwn(node, name)) recurse(root, sub, node[name], result, [...ctx, name]);
    }
  }
  result.score++;
}

/** gojsonschema's `subValidateWithContext`: a fresh result. */
function sub(root: SchemaNode, s: unknown, node: unknown, ctx: Ctx): GoResult {
  const r: GoResult = { errors: [], score: 0 };
  recurse(root, s, node, r, ctx);
  return r;
}

function fail(result: GoResult, ctx: Ctx, description: string): void {
  result.errors.push({ context: ctx, description });
  result.score -= 2;
}

function merge(result: GoResult, other: GoResult): void {
  result.errors.push(...other.errors);
  result.score += other.score;
}

function resolveRef(root: SchemaNode, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let target: unknown = root;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    target = isObject(target) ? target[key] : Array.isArray(target) ? target[+key] : undefined;
  }
  return target;
}

/** The best-scoring failed branch of `branches`, and whether any passed (anyOf/contains). */
function firstMatch(
  root: SchemaNode,
  branches: readonly unknown[],
  node: (i: number) => unknown,
  ctx: (i: number) => Ctx,
): { matched: boolean; best?: GoResult } {
  let best: GoResult | undefined;
  for (let i = 0; i < branches.length; i++) {
    const r = sub(root, branches[i], node(i), ctx(i));
    if (r.errors.length === 0) return { matched: true };
    if (best === undefined || r.score > best.score) best = r;
  }
  return { matched: false, best };
}

function validateSchema(
  root: SchemaNode,
  s: SchemaNode,
  node: unknown,
  result: GoResult,
  ctx: Ctx,
) {
  if (Array.isArray(s.anyOf) && s.anyOf.length > 0) {
    const { matched, best } = firstMatch(root, s.anyOf, () => node, () => ctx);
    if (!matched) {
      fail(result, ctx, "Must validate at least one schema (anyOf)");
      if (best) merge(result, best);
    }
  }
  if (Array.isArray(s.oneOf) && s.oneOf.length > 0) {
    let passed = 0;
    let best: GoResult | undefined;
    for (const branch of s.oneOf) {
      const r = sub(root, branch, node, ctx);
      if (r.errors.length === 0) passed++;
      else if (passed === 0 && (best === undefined || r.score > best.score)) best = r;
    }
    if (passed !== 1) {
      fail(result, ctx, "Must validate one and only one schema (oneOf)");
      if (passed === 0 && best) merge(result, best);
    }
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0) {
    let passed = 0;
    for (const branch of s.allOf) {
      const r = sub(root, branch, node, ctx);
      if (r.errors.length === 0) passed++;
      merge(result, r);
    }
    if (passed !== s.allOf.length) fail(result, ctx, "Must validate all the schemas (allOf)");
  }
  if (s.not !== undefined && sub(root, s.not, node, ctx).errors.length === 0) {
    fail(result, ctx, "Must not validate the schema (not)");
  }
  if (isObject(s.dependencies) && isObject(node)) {
    for (const key of Object.keys(node)) {
      const dep = s.dependencies[key];
      if (Array.isArray(dep)) {
        for (const needed of dep) {
          if (!Object.hasOwn(node, String(needed))) {
            fail(result, ctx, `Has a dependency on ${needed}`);
          }
        }
      } else if (dep !== undefined) {
        recurse(root, dep, node, result, ctx);
      }
    }
  }
  result.score++;
}

function validateCommon(s: SchemaNode, node: unknown, result: GoResult, ctx: Ctx) {
  const field = goField(ctx);
  if (s.const !== undefined && canonicalJson(node) !== canonicalJson(s.const)) {
    fail(result, ctx, `${field} does not match: ${canonicalJson(s.const)}`);
  }
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const allowed = s.enum.map(canonicalJson);
    if (!allowed.includes(canonicalJson(node))) {
      fail(result, ctx, `${field} must be one of the following: ${allowed.join(", ")}`);
    }
  }
  result.score++;
}

function validateArray(
  root: SchemaNode,
  s: SchemaNode,
  node: unknown[],
  result: GoResult,
  ctx: Ctx,
) {
  if (isObject(s.items) || typeof s.items === "boolean") {
    node.forEach((item, i) => merge(result, sub(root, s.items, item, [...ctx, String(i)])));
  } else if (Array.isArray(s.items) && s.items.length > 0) {
    const tuple = s.items;
    for (let i = 0; i < tuple.length && i < node.length; i++) {
      merge(result, sub(root, tuple[i], node[i], [...ctx, String(i)]));
    }
    if (tuple.length < node.length) {
      if (s.additionalItems === false) {
        fail(result, ctx, "No additional items allowed on array");
      } else if (isObject(s.additionalItems)) {
        for (let i = tuple.length; i < node.length; i++) {
          merge(result, sub(root, s.additionalItems, node[i], [...ctx, String(i)]));
        }
      }
    }
  }
  if (typeof s.minItems === "number" && node.length < s.minItems) {
    fail(result, ctx, `Array must have at least ${s.minItems} items`);
  }
  if (typeof s.maxItems === "number" && node.length > s.maxItems) {
    fail(result, ctx, `Array must have at most ${s.maxItems} items`);
  }
  if (s.uniqueItems === true) {
    const seen = new Map<string, number>();
    node.forEach((item, j) => {
      const key = canonicalJson(item);
      const i = seen.get(key);
      if (i !== undefined) fail(result, ctx, `array items[${i},${j}] must be unique`);
      seen.set(key, j);
    });
  }
  if (s.contains !== undefined) {
    const { matched, best } = firstMatch(
      root,
      node.map(() => s.contains),
      (i) => node[i],
      (i) => [...ctx, String(i)],
    );
    if (!matched) {
      fail(result, ctx, "At least one of the items must match");
      if (best) merge(result, best);
    }
  }
  result.score++;
}

function validateObject(
  root: SchemaNode,
  s: SchemaNode,
  node: Record<string, unknown>,
  result: GoResult,
  ctx: Ctx,
) {
  const count = Object.keys(node).length;
  if (typeof s.minProperties === "number" && count < s.minProperties) {
    fail(result, ctx, `Must have at least ${s.minProperties} properties`);
  }
  if (typeof s.maxProperties === "number" && count > s.maxProperties) {
    fail(result, ctx, `Must have at most ${s.maxProperties} properties`);
  }
  if (Array.isArray(s.required)) {
    for (const name of s.required) {
      if (Object.hasOwn(node, String(name))) result.score++;
      else fail(result, ctx, `${name} is required`);
    }
  }
  const properties = isObject(s.properties) ? s.properties : {};
  const patterns = isObject(s.patternProperties) ? Object.entries(s.patternProperties) : [];
  for (const key of Object.keys(node)) {
    let patternMatched = false;
    for (const [pattern, schema] of patterns) {
      if (new RegExp(pattern, "u").test(key)) {
        patternMatched = true;
        merge(result, sub(root, schema, node[key], [...ctx, key]));
      }
    }
    if (patternMatched) result.score++;
    if (Object.hasOwn(properties, key) || patternMatched) continue;
    if (s.additionalProperties === false) {
      fail(result, ctx, `Additional property ${key} is not allowed`);
    } else if (isObject(s.additionalProperties)) {
      merge(result, sub(root, s.additionalProperties, node[key], [...ctx, key]));
    }
  }
  if (s.propertyNames !== undefined) {
    for (const key of Object.keys(node)) {
      const r = sub(root, s.propertyNames, key, ctx);
      if (r.errors.length > 0) {
        fail(result, ctx, `Property name of "${key}" does not match`);
        merge(result, r);
      }
    }
  }
  result.score++;
}

function validateString(s: SchemaNode, node: string, result: GoResult, ctx: Ctx) {
  const length = [...node].length;
  if (typeof s.minLength === "number" && length < s.minLength) {
    fail(result, ctx, `String length must be greater than or equal to ${s.minLength}`);
  }
  if (typeof s.maxLength === "number" && length > s.maxLength) {
    fail(result, ctx, `String length must be less than or equal to ${s.maxLength}`);
  }
  if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(node)) {
    fail(result, ctx, `Does not match pattern '${s.pattern}'`);
  }
  if (typeof s.format === "string" && !checkFormat(s.format, node)) {
    fail(result, ctx, `Does not match format '${s.format}'`);
  }
  result.score++;
}

function validateNumber(s: SchemaNode, node: number, result: GoResult, ctx: Ctx) {
  if (typeof s.multipleOf === "number" && !isMultiple(node, s.multipleOf)) {
    fail(result, ctx, `Must be a multiple of ${goFloat(s.multipleOf)}`);
  }
  if (typeof s.maximum === "number" && node > s.maximum) {
    fail(result, ctx, `Must be less than or equal to ${goFloat(s.maximum)}`);
  }
  if (typeof s.exclusiveMaximum === "number" && node >= s.exclusiveMaximum) {
    fail(result, ctx, `Must be less than ${goFloat(s.exclusiveMaximum)}`);
  }
  if (typeof s.minimum === "number" && node < s.minimum) {
    fail(result, ctx, `Must be greater than or equal to ${goFloat(s.minimum)}`);
  }
  if (typeof s.exclusiveMinimum === "number" && node <= s.exclusiveMinimum) {
    fail(result, ctx, `Must be greater than ${goFloat(s.exclusiveMinimum)}`);
  }
  result.score++;
}

function isMultiple(n: number, of: number): boolean {
  const q = n / of;
  return Math.abs(Math.round(q) - q) <= 10 ** -MULTIPLE_OF_PRECISION;
}

function schemaTypes(s: SchemaNode): string[] {
  if (typeof s.type === "string") return [s.type];
  if (Array.isArray(s.type)) return s.type.map(String);
  return [];
}

/** The JSON type name gojsonschema reports for a value ("integer" for whole numbers). */
function goTypeOf(node: unknown): string {
  if (node === null) return "null";
  if (Array.isArray(node)) return "array";
  if (typeof node === "number") return Number.isInteger(node) ? "integer" : "number";
  if (typeof node === "object") return "object";
  return typeof node; // "string" | "boolean"
}

/** Go's `json.Marshal` of a decoded value: sorted keys, HTML characters escaped. */
export function canonicalJson(value: unknown): string {
  return goEscape(JSON.stringify(sortKeys(value)) ?? "null");
}

/** A number as Go's `%v` prints a `big.Float` (shortest `%g`: 1, 0.5, 1e+06, 1e-05). */
function goFloat(n: number): string {
  if (n === 0) return "0";
  const [mantissa, exp] = n.toExponential().split("e");
  const e = Number(exp);
  if (e < -4 || e >= 6) {
    return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(n);
}

// ---------------------------------------------------------------------------
// Formats, as gojsonschema checks them (date-time: Go's time.Parse with five
// layouts; uri: Go's url.Parse, a scheme, and no backslash).

function checkFormat(format: string, value: string): boolean {
  if (format === "date-time") return isGoDateTime(value);
  if (format === "uri") return isGoUri(value);
  return true; // gojsonschema passes unknown formats
}

const TIME = String.raw`(\d{1,2}):(\d{2}):(\d{2})(?:[.,]\d+)?`;
const ZONE = String.raw`(?:Z|[+-](\d{2}):(\d{2}))`;
const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME_ONLY = new RegExp(`^${TIME}$`);
const TIME_ZONE = new RegExp(`^${TIME}${ZONE}$`);
const DATE_ONLY = new RegExp(`^${DATE}$`);
const DATE_TIME = new RegExp(`^${DATE}T${TIME}${ZONE}$`);

/**
 * gojsonschema's `date-time`: accepted by Go's `time.Parse` with one of the
 * layouts `15:04:05`, `15:04:05Z07:00`, `2006-01-02`, RFC 3339, RFC 3339 nano.
 */
export function isGoDateTime(value: string): boolean {
  const validTime = (h: string, m: string, s: string) => +h < 24 && +m < 60 && +s < 60;
  const validZone = (h: string | undefined, m: string | undefined) =>
    h === undefined || (+h <= 24 && Number(m) <= 60);
  const validDate = (y: string, mo: string, d: string) =>
    +mo >= 1 && +mo <= 12 && +d >= 1 && +d <= daysIn(+y, +mo);
  let m = TIME_ONLY.exec(value);
  if (m) return validTime(m[1], m[2], m[3]);
  m = TIME_ZONE.exec(value);
  if (m) return validTime(m[1], m[2], m[3]) && validZone(m[4], m[5]);
  m = DATE_ONLY.exec(value);
  if (m) return validDate(m[1], m[2], m[3]);
  m = DATE_TIME.exec(value);
  if (m) {
    return validDate(m[1], m[2], m[3]) && validTime(m[4], m[5], m[6]) && validZone(m[7], m[8]);
  }
  return false;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** gojsonschema's `uri`: Go's `url.Parse` succeeds, the scheme is non-empty, no `\`. */
export function isGoUri(value: string): boolean {
  if (value.includes("\\")) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false; // Go: "invalid control character in URL"
  }
  const hash = value.indexOf("#");
  const main = hash < 0 ? value : value.slice(0, hash);
  if (hash >= 0 && !validEscapes(value.slice(hash + 1))) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(main);
  if (!scheme) return false; // no scheme (or an invalid one, which Go treats as none)
  let rest = main.slice(scheme[0].length);
  if (rest.endsWith("?") && rest.indexOf("?") === rest.length - 1) rest = rest.slice(0, -1);
  else if (rest.includes("?")) rest = rest.slice(0, rest.indexOf("?")); // the query is not checked
  if (!rest.startsWith("/")) return true; // opaque, e.g. mailto:x
  if (rest.startsWith("//")) {
    let authority = rest.slice(2);
    let path = "";
    const slash = authority.indexOf("/");
    if (slash >= 0) [authority, path] = [authority.slice(0, slash), authority.slice(slash)];
    return validAuthority(authority) && validEscapes(path);
  }
  return validEscapes(rest);
}

/** Every `%` starts a two-hex-digit escape (Go's `unescape`). */
function validEscapes(s: string): boolean {
  return !/%(?![0-9A-Fa-f]{2})/.test(s);
}

function validAuthority(authority: string): boolean {
  const at = authority.lastIndexOf("@");
  let host = authority;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) return false;
    if (!validEscapes(userinfo)) return false;
    host = authority.slice(at + 1);
  }
  return validHost(host);
}

function validHost(host: string): boolean {
  let name = host;
  if (host.startsWith("[")) {
    const close = host.lastIndexOf("]");
    if (close < 0) return false;
    const port = host.slice(close + 1);
    if (port !== "" && !/^:\d*$/.test(port)) return false;
    // Go (since the CVE-2025-47912 fix) only accepts an IPv6 address in brackets.
    const zone = host.indexOf("%25");
    const address = host.slice(1, zone >= 0 && zone < close ? zone : close);
    if (!isIPv6(address)) return false;
    if (zone >= 0 && zone < close) return validEscapes(host.slice(zone, close));
    name = host.slice(0, close + 1);
  } else {
    const colon = host.lastIndexOf(":");
    if (colon >= 0) {
      if (!/^:\d*$/.test(host.slice(colon))) return false;
      name = host.slice(0, colon);
    }
  }
  return validHostChars(name);
}

function isIPv6(address: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(address) || !address.includes(":")) return false;
  try {
    new URL(`http://[${address}]/`);
    return true;
  } catch {
    return false;
  }
}

/** Go's `unescape(host, encodeHost)`: allowed bytes, escapes only for non-ASCII (or `%25`). */
function validHostChars(host: string): boolean {
  for (let i = 0; i < host.length; i++) {
    const c = host[i];
    if (c === "%") {
      const hex = host.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return false;
      if (parseInt(hex[0], 16) < 8 && hex !== "25") return false;
      i += 2;
    } else if (c.charCodeAt(0) < 0x80 && !/[A-Za-z0-9\-_.~!$&'()*+,;=:\[\]<>"]/.test(c)) {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// ajv errors in gojsonschema's words (only used if the walk above finds nothing).

/** ajv's errors in gojsonschema's words (only used if the walk finds nothing). */
export function ajvErrorsInGoStyle(errors: readonly ErrorObject[], payload: unknown): string[] {
  const lines = errors.map((e) => {
    const context = [ROOT, ...pointerSegments(e.instancePath)];
    const field = goField(context);
    const p = e.params as Record<string, unknown>;
    const describe = (): string => {
      switch (e.keyword) {
        case "required":
          return `${p.missingProperty} is required`;
        case "additionalProperties":
          return `Additional property ${p.additionalProperty} is not allowed`;
        case "type":
          return `Invalid type. Expected: ${p.type}, given: ${
            goTypeOf(atPointer(payload, context.slice(1)))
          }`;
        case "enum":
          return `${field} must be one of the following: ${
            (p.allowedValues as unknown[]).map(canonicalJson).join(", ")
          }`;
        case "minItems":
          return `Array must have at least ${p.limit} items`;
        case "maxItems":
          return `Array must have at most ${p.limit} items`;
        case "uniqueItems":
          return `array items[${p.j},${p.i}] must be unique`;
        case "minimum":
          return `Must be greater than or equal to ${goFloat(Number(p.limit))}`;
        case "maximum":
          return `Must be less than or equal to ${goFloat(Number(p.limit))}`;
        case "exclusiveMinimum":
          return `Must be greater than ${goFloat(Number(p.limit))}`;
        case "exclusiveMaximum":
          return `Must be less than ${goFloat(Number(p.limit))}`;
        case "multipleOf":
          return `Must be a multiple of ${goFloat(Number(p.multipleOf))}`;
        case "minLength":
          return `String length must be greater than or equal to ${p.limit}`;
        case "maxLength":
          return `String length must be less than or equal to ${p.limit}`;
        case "pattern":
          return `Does not match pattern '${p.pattern}'`;
        case "format":
          return `Does not match format '${p.format}'`;
        case "dependencies":
          return `Has a dependency on ${p.missingProperty}`;
        case "oneOf":
          return "Must validate one and only one schema (oneOf)";
        case "anyOf":
          return "Must validate at least one schema (anyOf)";
        default:
          return e.message ?? e.keyword;
      }
    };
    return `${field}: ${describe()}`;
  });
  return [...new Set(lines)];
}

function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function atPointer(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) {
    v = Array.isArray(v) ? v[Number(key)] : isObject(v) ? v[key] : undefined;
  }
  return v;
}

// ---------------------------------------------------------------------------
// Defaults

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
