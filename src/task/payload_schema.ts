/**
 * Task payload schemas (`schemas/<variant>.json`) and payload validation with
 * the Go worker's error output (the gojsonschema walk is in gojsonschema.ts).
 *
 * Validity is decided by ajv (draft-06), with the `date-time` and `uri`
 * formats checked the way gojsonschema checks them. The error lines are
 * produced by a walk over the schema that follows gojsonschema v1.2.0 (the
 * validator of the Go worker): same messages, same `(root)`/dotted field
 * names, same choice of the closest `oneOf` branch (by its score), same order
 * (except that where Go iterates a map, whose order is random, the schema's
 * or the payload's key order is used).
 *
 * ```ts
 * const r = validatePayload("multiuser_posix", { command: [["true"]] });
 * // r = { valid: false, errors: [
 * //   "(root): Must validate one and only one schema (oneOf)",
 * //   "(root): maxRunTime is required" ] }
 * ```
 */
import type { Ajv, ValidateFunction } from "ajv";
import {
  ajvErrorsInGoStyle,
  canonicalJson,
  goErrorLines,
  goEscape,
  isGoDateTime,
  isGoUri,
  MULTIPLE_OF_PRECISION,
  type SchemaNode,
  sortKeys,
} from "./gojsonschema.ts";
import multiuserPosix from "../../schemas/multiuser_posix.json" with { type: "json" };
import multiuserWindows from "../../schemas/multiuser_windows.json" with { type: "json" };
import insecurePosix from "../../schemas/insecure_posix.json" with { type: "json" };

/** Which payload schema a worker build uses (engine + platform family). */
export type SchemaVariant = "multiuser_posix" | "multiuser_windows" | "insecure_posix";

/** Every schema variant. */
export const SCHEMA_VARIANTS: readonly SchemaVariant[] = [
  "multiuser_posix",
  "multiuser_windows",
  "insecure_posix",
];

/** Result of `validatePayload`: the errors are gojsonschema-style lines. */
export type PayloadValidation = { valid: true } | { valid: false; errors: string[] };

const SCHEMAS: Readonly<Record<SchemaVariant, SchemaNode>> = {
  multiuser_posix: multiuserPosix,
  multiuser_windows: multiuserWindows,
  insecure_posix: insecurePosix,
};

/** The parsed payload schema of `variant` (shared: do not modify). */
export function payloadSchema(variant: SchemaVariant): SchemaNode {
  return SCHEMAS[variant];
}

const schemaTexts = new Map<SchemaVariant, string>();

/**
 * The schema exactly as `generic-worker show-payload-schema` prints it,
 * without the trailing newline.
 */
export function payloadSchemaText(variant: SchemaVariant): string {
  let text = schemaTexts.get(variant);
  if (text === undefined) {
    text = goMarshalIndent(SCHEMAS[variant]);
    schemaTexts.set(variant, text);
  }
  return text;
}

/**
 * `value` as Go's `json.MarshalIndent(v, "", "  ")` writes a decoded JSON
 * value: object keys sorted at every depth, 2-space indent, and `<`, `>`,
 * `&`, U+2028, U+2029 escaped as `\u003c`-style sequences.
 */
export function goMarshalIndent(value: unknown): string {
  return goEscape(JSON.stringify(sortKeys(value), null, 2));
}

/**
 * The task-log lines the Go worker writes for an invalid payload (spec 6.3),
 * without the `[taskcluster:error] ` prefix the task logger adds to each.
 */
export function malformedPayloadLog(variant: SchemaVariant, errors: readonly string[]): string[] {
  return [
    "Task payload for this worker type must conform to the following jsonschema:",
    ...payloadSchemaText(variant).split("\n"),
    "TASK FAIL since the task payload is invalid. See errors:",
    ...errors.flatMap((e) => `- ${e}`.split("\n")),
  ];
}

/** True when `payload` is a docker-worker payload (a JSON object with an `image` key). */
export function isDockerWorkerPayload(payload: unknown): boolean {
  return isObject(payload) && Object.hasOwn(payload, "image");
}

// ---------------------------------------------------------------------------
// Validation

let ajv: Ajv | undefined;
let ajvModule: { Ajv: typeof Ajv; draft06: Record<string, unknown> } | undefined;

/**
 * Loads ajv (about 14 MiB an idle worker does not need). Call it once before
 * `validatePayload`; the Payload Validator feature does at each task start.
 */
export async function loadPayloadValidator(): Promise<void> {
  if (ajvModule) return;
  const [m, d] = await Promise.all([
    import("ajv"),
    import("ajv/dist/refs/json-schema-draft-06.json", { with: { type: "json" } }),
  ]);
  ajvModule = { Ajv: m.Ajv, draft06: d.default as Record<string, unknown> };
}
const validators = new Map<SchemaVariant, ValidateFunction>();

function validator(variant: SchemaVariant): ValidateFunction {
  let validate = validators.get(variant);
  if (validate === undefined) {
    if (ajv === undefined) {
      if (!ajvModule) throw new Error("validatePayload: await loadPayloadValidator() first");
      ajv = new ajvModule.Ajv({
        strict: false,
        allErrors: true,
        // ajv's exact multipleOf check uses parseInt, which fails for 1e21 and
        // above; Go compares exact rationals. A tolerance matches Go better.
        multipleOfPrecision: MULTIPLE_OF_PRECISION,
      });
      ajv.addMetaSchema(ajvModule.draft06);
      // ajv's uniqueItems compares with fast-deep-equal, which calls an item's
      // own `toString`/`valueOf` keys as methods (a payload key named so
      // crashed it); compare canonical JSON text instead, as plain data.
      ajv.removeKeyword("uniqueItems");
      ajv.addKeyword({
        keyword: "uniqueItems",
        type: "array",
        schemaType: "boolean",
        validate: (unique: boolean, data: unknown[]) =>
          !unique || new Set(data.map(canonicalJson)).size === data.length,
      });
      ajv.addFormat("date-time", { type: "string", validate: isGoDateTime });
      ajv.addFormat("uri", { type: "string", validate: isGoUri });
    }
    validate = ajv.compile(SCHEMAS[variant]);
    validators.set(variant, validate);
  }
  return validate;
}

/**
 * Validates a task payload (the parsed JSON) against the schema of
 * `variant`. Invalid payloads come with the lines gojsonschema would print,
 * e.g. `(root): command is required` or
 * `onExitStatus.retry.0: Must be greater than or equal to 1`.
 */
export function validatePayload(variant: SchemaVariant, payload: unknown): PayloadValidation {
  const validate = validator(variant);
  if (validate(payload)) return { valid: true };
  let errors = gojsonschemaErrors(variant, payload);
  // Safety net: should the walk ever find nothing where ajv found a problem,
  // report ajv's errors in the same style rather than no reason at all.
  if (errors.length === 0) errors = ajvErrorsInGoStyle(validate.errors ?? [], payload);
  return { valid: false, errors };
}

/**
 * The error lines of gojsonschema's walk alone, without asking ajv ([] when
 * the walk finds nothing). `validatePayload` is what callers want; this is
 * for checking that the two agree.
 */
export function gojsonschemaErrors(variant: SchemaVariant, payload: unknown): string[] {
  return goErrorLines(SCHEMAS[variant], payload);
}

/**
 * A copy of `payload` with the schema defaults the Go worker applies before
 * it reads a payload (go-defaults on the generated structs: only string and
 * boolean defaults, in objects that always exist as Go structs):
 *
 * - generic payload: `features.liveLog`, `features.backingLog`,
 *   `features.resourceMonitor` = true (`hideCmdWindow` = false on Windows),
 *   `logs.live` = `public/logs/live.log`, `logs.backing` =
 *   `public/logs/live_backing.log`, `taskclusterProxyInterface` =
 *   `localhost`, and `optional` = false in each artifact;
 * - docker-worker payload (posix variants, `image` key): `log` =
 *   `public/logs/live.log`, `capabilities.privileged`/`disableSeccomp` =
 *   false, `features.localLiveLog`/`bulkLog`/`artifacts` = true and
 *   `features.taskclusterProxy`/`interactive`/`allowPtrace`/`chainOfTrust` =
 *   false.
 *
 * Values present in the payload are kept. `payload` itself is not modified.
 */
export function applyPayloadDefaults<T>(payload: T, variant: SchemaVariant = "multiuser_posix"): T {
  const schema = SCHEMAS[variant];
  let branch: unknown = schema;
  if (Array.isArray(schema.oneOf)) {
    branch = schema.oneOf[isDockerWorkerPayload(payload) ? 1 : 0];
  }
  return withDefaults(branch, structuredClone(payload), schema) as T;
}

function withDefaults(s: unknown, value: unknown, root: SchemaNode): unknown {
  if (!isObject(s)) return value;
  if (Array.isArray(value)) {
    return isObject(s.items) ? value.map((v) => withDefaults(s.items, v, root)) : value;
  }
  if (!isObject(value) || !isObject(s.properties)) return value;
  for (const [name, sub] of Object.entries(s.properties)) {
    if (!isObject(sub)) continue;
    if (Object.hasOwn(value, name)) {
      value[name] = withDefaults(sub, value[name], root);
    } else if (typeof sub.default === "string" || typeof sub.default === "boolean") {
      value[name] = sub.default;
    } else if (sub.type === "object" && hasScalarDefaults(sub)) {
      value[name] = withDefaults(sub, {}, root);
    }
  }
  return value;
}

function hasScalarDefaults(s: SchemaNode): boolean {
  if (!isObject(s.properties)) return false;
  return Object.values(s.properties).some((p) =>
    isObject(p) &&
    (typeof p.default === "string" || typeof p.default === "boolean" ||
      (p.type === "object" && hasScalarDefaults(p)))
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export { isGoDateTime, isGoUri } from "./gojsonschema.ts";
