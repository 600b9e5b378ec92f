/**
 * The chain-of-trust certificate (spec 12.1), byte for byte as the Go
 * worker writes it: `json.MarshalIndent(ChainOfTrustData, "", "  ")` with
 * the task definition in the Go struct's field order and the artifacts map
 * sorted, optionally deep-merged under task-written additional data (then
 * every object's keys sorted), and its detached ed25519 signature.
 *
 * ```ts
 * const text = buildChainOfTrust({ task, taskId, runId: 0, artifacts: { "public/x": "ab12.." }, env });
 * const sig = await signChainOfTrust(seed, text);  // 64 raw bytes
 * ```
 */
import { signEd25519 } from "../../crypto/ed25519.ts";

/** Where the certificate's `workerGroup`, `workerId` and `environment` come from (worker config keys). */
export interface ChainOfTrustWorker {
  workerGroup: string;
  workerId: string;
  /** Omitted from the document when unset (Go `omitempty`). */
  publicIP?: string;
  /** `"<nil>"` in the document when unset (Go prints a nil `net.IP` so). */
  privateIP?: string;
  instanceId: string;
  instanceType: string;
  region: string;
}

/** Everything the certificate states. */
export interface ChainOfTrustInput {
  /** The task definition from the claimWork response (for D2G: the original docker-worker payload). */
  task: Record<string, unknown>;
  taskId: string;
  runId: number;
  /** Artifact name -> lower-case hex sha256 of the uploaded file. */
  artifacts: Readonly<Record<string, string>>;
  worker: ChainOfTrustWorker;
  /**
   * The parsed `chain-of-trust-additional-data.json` written by the task,
   * when it exists: the certificate is deep-merged over it (certificate
   * values win) and every object's keys are then sorted.
   */
  additionalData?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const ZERO_TIME = "0001-01-01T00:00:00.000Z";

/** Go's `tcclient.Time` text: UTC, millisecond precision, `Z`; the zero time for missing/invalid values. */
export function goTime(value: unknown): string {
  if (typeof value === "string") {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) {
      const d = new Date(ms);
      const y = d.getUTCFullYear();
      if (y >= 0 && y < 10000) return d.toISOString();
    }
  }
  return ZERO_TIME;
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function strList(v: unknown): Json {
  return Array.isArray(v) ? v.map((x) => str(x)) : null;
}

function raw(v: unknown): Json {
  return v === undefined ? null : toJson(v);
}

function toJson(v: unknown): Json {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) {
    const out: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toJson(x);
    return out;
  }
  return null;
}

/**
 * The task definition as Go's `tcqueue.TaskDefinitionResponse` marshals it:
 * known fields only, in struct order, missing ones as Go zero values,
 * `projectId` omitted when empty, `expires` omitted when missing (Go
 * `omitzero`), times normalised; `extra` and `payload`
 * are kept as they came (Go `json.RawMessage`).
 */
export function goTaskDefinition(task: Record<string, unknown>): { [k: string]: Json } {
  const m = isObject(task.metadata) ? task.metadata : {};
  const out: { [k: string]: Json } = {
    created: goTime(task.created),
    deadline: goTime(task.deadline),
    dependencies: strList(task.dependencies),
  };
  const expires = goTime(task.expires);
  if (expires !== ZERO_TIME) out.expires = expires;
  out.extra = raw(task.extra);
  out.metadata = {
    description: str(m.description),
    name: str(m.name),
    owner: str(m.owner),
    source: str(m.source),
  };
  out.payload = raw(task.payload);
  out.priority = str(task.priority);
  if (str(task.projectId) !== "") out.projectId = str(task.projectId);
  out.provisionerId = str(task.provisionerId);
  out.requires = str(task.requires);
  out.retries = typeof task.retries === "number" ? Math.trunc(task.retries) : 0;
  out.routes = strList(task.routes);
  out.schedulerId = str(task.schedulerId);
  out.scopes = strList(task.scopes);
  if (isObject(task.tags)) {
    const tags: { [k: string]: Json } = {};
    for (const k of Object.keys(task.tags).sort(compareUtf8)) tags[k] = str(task.tags[k]);
    out.tags = tags;
  } else {
    out.tags = null;
  }
  out.taskGroupId = str(task.taskGroupId);
  out.taskQueueId = str(task.taskQueueId);
  out.workerType = str(task.workerType);
  return out;
}

/** Orders strings by their UTF-8 bytes, as Go sorts map keys. */
export function compareUtf8(a: string, b: string): number {
  const enc = new TextEncoder();
  const x = enc.encode(a);
  const y = enc.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** A JSON string literal as Go's encoder writes it (HTML-safe, invalid UTF-16 -> U+FFFD). */
export function goQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else {
        out += "\ufffd";
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += "\ufffd";
      continue;
    }
    switch (c) {
      case 0x22:
        out += '\\"';
        break;
      case 0x5c:
        out += "\\\\";
        break;
      case 0x0a:
        out += "\\n";
        break;
      case 0x0d:
        out += "\\r";
        break;
      case 0x09:
        out += "\\t";
        break;
      case 0x08:
        out += "\\b";
        break;
      case 0x0c:
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) {
          out += "\\u" + c.toString(16).padStart(4, "0");
        } else {
          out += s[i];
        }
    }
  }
  return out + '"';
}

/**
 * `value` as Go's `json.MarshalIndent(v, "", "  ")` writes it: objects in
 * their key order, or sorted by UTF-8 bytes at every depth when
 * `sortKeys` (Go maps); numbers as Go writes a float64 (identical to JS).
 */
export function goMarshalIndent(value: unknown, sortKeys = false): string {
  const parts: string[] = [];
  const write = (v: Json, indent: string): void => {
    if (v === null) parts.push("null");
    else if (typeof v === "boolean") parts.push(v ? "true" : "false");
    else if (typeof v === "number") parts.push(Object.is(v, -0) ? "-0" : String(v));
    else if (typeof v === "string") parts.push(goQuote(v));
    else if (Array.isArray(v)) {
      if (v.length === 0) {
        parts.push("[]");
        return;
      }
      const inner = indent + "  ";
      parts.push("[\n");
      v.forEach((x, i) => {
        parts.push(inner);
        write(x, inner);
        parts.push(i < v.length - 1 ? ",\n" : "\n");
      });
      parts.push(indent + "]");
    } else {
      const keys = Object.keys(v);
      if (sortKeys) keys.sort(compareUtf8);
      if (keys.length === 0) {
        parts.push("{}");
        return;
      }
      const inner = indent + "  ";
      parts.push("{\n");
      keys.forEach((k, i) => {
        parts.push(inner, goQuote(k), ": ");
        write(v[k], inner);
        parts.push(i < keys.length - 1 ? ",\n" : "\n");
      });
      parts.push(indent + "}");
    }
  };
  write(toJson(value), "");
  return parts.join("");
}

const MAX_MERGE_DEPTH = 32;

/**
 * Deep-merges `src` over `dst` as `mergemap.Merge(dst, src)`: keys of `src`
 * win; where both hold objects under a key they are merged recursively;
 * arrays and scalars are replaced. Returns a new object.
 */
export function deepMerge(
  dst: Record<string, unknown>,
  src: Record<string, unknown>,
  depth = 0,
): Record<string, unknown> {
  if (depth > MAX_MERGE_DEPTH) {
    throw new Error("chain of trust additional data is nested too deeply");
  }
  const out: Record<string, unknown> = { ...dst };
  for (const [k, v] of Object.entries(src)) {
    const d = out[k];
    out[k] = isObject(v) && isObject(d) ? deepMerge(d, v, depth + 1) : v;
  }
  return out;
}

/** The certificate as a JSON value in Go field order (before any additional data). */
export function chainOfTrustData(input: ChainOfTrustInput): { [k: string]: Json } {
  const artifacts: { [k: string]: Json } = {};
  for (const name of Object.keys(input.artifacts).sort(compareUtf8)) {
    artifacts[name] = { sha256: input.artifacts[name] };
  }
  const w = input.worker;
  const environment: { [k: string]: Json } = {};
  if (w.publicIP) environment.publicIpAddress = w.publicIP;
  environment.privateIpAddress = w.privateIP ? w.privateIP : "<nil>";
  environment.instanceId = w.instanceId;
  environment.instanceType = w.instanceType;
  environment.region = w.region;
  return {
    chainOfTrustVersion: 1,
    artifacts,
    task: goTaskDefinition(input.task),
    taskId: input.taskId,
    runId: input.runId,
    workerGroup: w.workerGroup,
    workerId: w.workerId,
    environment,
  };
}

/**
 * The exact text of `chain-of-trust.json`. Throws when `additionalData` is
 * given but is not a JSON object (the Go worker fails the task then).
 */
export function buildChainOfTrust(input: ChainOfTrustInput): string {
  const cert = chainOfTrustData(input);
  if (input.additionalData === undefined) return goMarshalIndent(cert);
  if (!isObject(input.additionalData)) {
    throw new Error("chain of trust additional data is not a JSON object");
  }
  // Go re-reads its own output into a map, so the certificate's values go
  // through JSON once more: that is what makes every key sorted.
  const certAgain = JSON.parse(goMarshalIndent(cert)) as Record<string, unknown>;
  return goMarshalIndent(deepMerge(input.additionalData, certAgain), true);
}

/** The detached ed25519 signature (64 raw bytes) of the exact certificate bytes. */
export async function signChainOfTrust(seed: Uint8Array, text: string): Promise<Uint8Array> {
  return await signEd25519(seed, new TextEncoder().encode(text));
}
