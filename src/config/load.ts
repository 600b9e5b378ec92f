/**
 * Loading and validating the worker config file (spec section 4).
 *
 * `loadConfig` reads the file strictly (exit 64 on unreadable file, bad JSON,
 * unknown key, wrong type, bad IP), merges it over the defaults, computes
 * `workerTypeMetadata["generic-worker"]`; `validateConfig` applies the
 * semantic checks (exit 73). Both throw `WorkerExit` with a message naming
 * the file and the key.
 */
import { isIP } from "node:net";
import { CANT_LOAD_CONFIG, INVALID_CONFIG, WorkerExit } from "../exit_codes.ts";
import { currentPlatform, goArch, type Platform } from "../platform/info.ts";
import { type Engine, REVISION, VERSION } from "../version.ts";
import { type Config, CONFIG_KEYS, type ConfigKey, SECRET_KEYS } from "./config.ts";

/** Options for `loadConfig`; platform is injectable for tests. */
export interface LoadOptions {
  platform?: Platform;
}

const KEY_BY_NAME = new Map(CONFIG_KEYS.map((k) => [k.name, k]));
const KEY_BY_LOWER = new Map(CONFIG_KEYS.map((k) => [k.name.toLowerCase(), k]));

/** Keys removed from the Go worker over time; named in the error so operators know why. */
const REMOVED_KEYS: Record<string, string> = {
  deploymentId: "removed in generic-worker v96.0.0",
  checkForNewDeploymentEverySecs: "removed in generic-worker v96.0.0",
  openpgpSigningKeyLocation: "removed in 2019 (chain of trust uses ed25519SigningKeyLocation)",
  provisionerBaseURL: "removed in 2020 (worker-runner provides the config)",
};

/** The default `tasksDir` for an engine on a platform (spec 4.2). */
export function defaultTasksDir(engine: Engine, platform: Platform): string {
  if (engine === "insecure") return "tasks";
  switch (platform) {
    case "darwin":
      return "/Users";
    case "windows":
      return "C:\\Users";
    default:
      return "/home";
  }
}

/** A config with every default applied and no credentials: the base the file is merged over. */
export function defaultConfig(engine: Engine, platform: Platform): Config {
  const c: Record<string, unknown> = {};
  for (const k of CONFIG_KEYS) {
    if (k.default !== undefined) c[k.name] = structuredClone(k.default);
    else if (k.type === "string" && !k.ip) c[k.name] = "";
  }
  c.engine = engine;
  c.tasksDir = defaultTasksDir(engine, platform);
  return c as unknown as Config;
}

/** Levenshtein distance (for "did you mean"). */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The known key nearest to `name` (case-insensitive), if it is near enough to be a typo. */
export function nearestKey(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of CONFIG_KEYS) {
    const d = editDistance(lower, k.name.toLowerCase());
    if (d < bestD) [best, bestD] = [k.name, d];
  }
  return bestD <= Math.max(2, Math.floor(lower.length / 4)) ? best : undefined;
}

/** Ports fetch refuses to connect to (the WHATWG Fetch "bad port" list, enforced by Deno). */
const BAD_PORTS = new Set([
  0,
  1,
  7,
  9,
  11,
  13,
  15,
  17,
  19,
  20,
  21,
  22,
  23,
  25,
  37,
  42,
  43,
  53,
  69,
  77,
  79,
  87,
  95,
  101,
  102,
  103,
  104,
  109,
  110,
  111,
  113,
  115,
  117,
  119,
  123,
  135,
  137,
  139,
  143,
  161,
  179,
  389,
  427,
  465,
  512,
  513,
  514,
  515,
  526,
  530,
  531,
  532,
  540,
  548,
  554,
  556,
  563,
  587,
  601,
  636,
  989,
  990,
  993,
  995,
  1719,
  1720,
  1723,
  2049,
  3659,
  4045,
  4190,
  5060,
  5061,
  6000,
  6566,
  6665,
  6666,
  6667,
  6668,
  6669,
  6679,
  6697,
  10080,
]);

/** Keys the worker accepts but does not act on: when each counts as set, and why it does nothing. */
export const ACCEPTED_UNUSED: Record<string, { isSet: (c: Config) => boolean; why: string }> = {
  sentryProject: {
    isSet: (c) => c.sentryProject !== "" && c.sentryProject !== "generic-worker",
    why: "no Sentry crash reports",
  },
  livelogExecutable: {
    isSet: (c) => c.livelogExecutable !== "" && c.livelogExecutable !== "livelog",
    why: "the live log runs in-process",
  },
  taskclusterProxyExecutable: {
    isSet: (c) =>
      c.taskclusterProxyExecutable !== "" && c.taskclusterProxyExecutable !== "taskcluster-proxy",
    why: "the taskcluster proxy runs in-process",
  },
};

/**
 * One start-up warning naming the keys that are set but not acted on by
 * this implementation (with the reason of each), or undefined when there are none.
 */
export function unusedKeysWarning(config: Config): string | undefined {
  const set = Object.entries(ACCEPTED_UNUSED).filter(([, k]) => k.isSet(config));
  if (set.length === 0) return undefined;
  return `WARNING: config keys accepted but not acted on by this worker: ${
    set.map(([name]) => name).join(", ")
  } (${set.map(([, k]) => k.why).join("; ")})`;
}

function fail(file: string, message: string): never {
  throw new WorkerExit(CANT_LOAD_CONFIG, `Error loading config file ${file}: ${message}`);
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Checks one value against its key's type (Go decoding rules); returns an error or undefined. */
function typeError(key: ConfigKey, v: unknown): string | undefined {
  const got = typeName(v);
  switch (key.type) {
    case "string":
      if (typeof v !== "string") return `key "${key.name}" must be a string, got ${got}`;
      if (key.ip && v !== "" && isIP(v) === 0) {
        // Go's net.IP text decoding error
        return `key "${key.name}": invalid IP address: ${v}`;
      }
      return;
    case "boolean":
      if (typeof v !== "boolean") return `key "${key.name}" must be a boolean, got ${got}`;
      return;
    case "integer": {
      if (typeof v !== "number" || !Number.isInteger(v)) {
        return `key "${key.name}" must be an integer, got ${got}`;
      }
      const min = key.minimum ?? Number.MIN_SAFE_INTEGER;
      const max = key.maximum ?? Number.MAX_SAFE_INTEGER;
      if (v < min || v > max) {
        return `key "${key.name}" must be an integer between ${min} and ${max}, got ${v}`;
      }
      return;
    }
    case "object":
      if (got !== "object") return `key "${key.name}" must be a JSON object, got ${got}`;
      return;
  }
}

const D2G_BOOL_KEYS = [
  "enableD2G",
  "allowChainOfTrust",
  "allowDisableSeccomp",
  "allowGPUs",
  "allowHostSharedMemory",
  "allowInteractive",
  "allowKVM",
  "allowLoopbackAudio",
  "allowLoopbackVideo",
  "allowPrivileged",
  "allowPtrace",
  "allowTaskclusterProxy",
  "logTranslation",
];

/** The keys of `d2gConfig` (Go's d2g.Config fields) by their lower-case name. */
const D2G_KEY_BY_LOWER = new Map([...D2G_BOOL_KEYS, "gpus"].map((k) => [k.toLowerCase(), k]));

/**
 * Checks `d2gConfig` as Go's decoder does its struct: key names match exactly, else
 * case-insensitively (`enableD2g` sets `enableD2G`), an unknown key is an error (exit 64) and
 * every value has its field's type. Returns the object with the keys spelled as the fields.
 */
function checkD2G(file: string, d2g: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(d2g)) {
    const k = D2G_BOOL_KEYS.includes(name) || name === "gpus"
      ? name
      : D2G_KEY_BY_LOWER.get(name.toLowerCase());
    if (k === undefined) {
      let near: string | undefined;
      let bestD = Infinity;
      for (const known of D2G_KEY_BY_LOWER.values()) {
        const d = editDistance(name.toLowerCase(), known.toLowerCase());
        if (d < bestD) [near, bestD] = [known, d];
      }
      const hint = bestD <= Math.max(2, Math.floor(name.length / 4)) ? near : undefined;
      fail(
        file,
        `unknown key "d2gConfig.${name}"${hint ? ` (did you mean "d2gConfig.${hint}"?)` : ""}`,
      );
    }
    if (v === null) continue; // Go leaves the default in place for null
    if (k !== "gpus" && typeof v !== "boolean") {
      fail(file, `key "d2gConfig.${k}" must be a boolean, got ${typeName(v)}`);
    }
    if (k === "gpus" && typeof v !== "string") {
      fail(file, `key "d2gConfig.gpus" must be a string, got ${typeName(v)}`);
    }
    out[k] = v;
  }
  return out;
}

/** Deep merge of plain objects: `over` wins, nested objects merge recursively. */
export function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    if (isPlainObject(b) && isPlainObject(v)) out[k] = deepMerge(b, v);
    else out[k] = v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Parses config file text strictly and returns the merged config
 * (exit 64 on any decoding problem). `file` is only used in messages.
 */
export function parseConfig(text: string, file: string, opts: LoadOptions = {}): Config {
  const platform = opts.platform ?? currentPlatform();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail(file, `invalid JSON: ${(e as Error).message}`);
  }
  if (!isPlainObject(raw)) fail(file, `the file must hold a JSON object, got ${typeName(raw)}`);

  // Go matches JSON keys exactly first, then case-insensitively (quirk Q9).
  const normalised: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const key = KEY_BY_NAME.get(name) ?? KEY_BY_LOWER.get(name.toLowerCase());
    if (!key) {
      const why = REMOVED_KEYS[name];
      const near = why ? undefined : nearestKey(name);
      fail(
        file,
        `unknown key "${name}"${why ? ` (${why})` : near ? ` (did you mean "${near}"?)` : ""}`,
      );
    }
    if (value === null) continue; // Go leaves the default in place for null
    const err = typeError(key, value);
    if (err) fail(file, err);
    normalised[key.name] = value;
  }
  const engineValue = normalised.engine as Engine | undefined;
  if (engineValue !== undefined && engineValue !== "multiuser" && engineValue !== "insecure") {
    fail(
      file,
      `key "engine" must be "multiuser" or "insecure", got ${JSON.stringify(engineValue)}`,
    );
  }
  const engine: Engine = engineValue ?? "multiuser";
  for (const name of Object.keys(normalised)) {
    const key = KEY_BY_NAME.get(name)!;
    if (key.platforms && !key.platforms.includes(platform)) {
      fail(file, `unknown key "${name}" (only supported on ${key.platforms.join(", ")})`);
    }
    if (key.engines && !key.engines.includes(engine)) {
      fail(file, `unknown key "${name}" (only supported by the ${key.engines.join(", ")} engine)`);
    }
  }
  if (isPlainObject(normalised.d2gConfig)) {
    normalised.d2gConfig = checkD2G(file, normalised.d2gConfig);
  }

  const merged = deepMerge(
    defaultConfig(engine, platform) as unknown as Record<string, unknown>,
    normalised,
  ) as unknown as Config;
  if (merged.publicIP === "") delete merged.publicIP;
  if (merged.privateIP === "") delete merged.privateIP;
  merged.workerTypeMetadata = {
    ...merged.workerTypeMetadata,
    "generic-worker": generatedMetadata(merged, platform),
  };
  return merged;
}

/** `workerTypeMetadata["generic-worker"]` as computed by the worker (spec 4.1 step 4). */
export function generatedMetadata(config: Config, platform: Platform): Record<string, unknown> {
  const meta: Record<string, unknown> = {
    "go-arch": goArch(),
    "go-os": platform,
    "go-version": `deno${Deno.version.deno}`,
    "release": `https://github.com/taskcluster/taskcluster/releases/tag/v${VERSION}`,
    "version": VERSION,
    "engine": config.engine,
  };
  if (REVISION) {
    meta.revision = REVISION;
    meta.source = `https://github.com/taskcluster/taskcluster/commits/${REVISION}`;
  }
  const cfg: Record<string, unknown> = { capacity: config.capacity };
  if (config.engine === "multiuser") cfg.headlessTasks = config.headlessTasks;
  meta.config = cfg;
  return meta;
}

/** Reads and parses the config file (exit 64 when it cannot be read or decoded). */
export async function loadConfig(file: string, opts: LoadOptions = {}): Promise<Config> {
  let text: string;
  try {
    text = await Deno.readTextFile(file);
  } catch (e) {
    const reason = e instanceof Deno.errors.NotFound ? "file not found" : (e as Error).message;
    fail(file, `cannot read file: ${reason}`);
  }
  return parseConfig(text, file, opts);
}

const REQUIRED_NON_EMPTY = CONFIG_KEYS.filter((k) => k.required || k.nonEmpty).map((k) => k.name);

interface PortRange {
  name: string;
  start: number;
  end: number;
}

/**
 * Semantic validation (spec 4.3); throws `WorkerExit(73)` naming the key.
 */
export function validateConfig(config: Config): void {
  const bad = (msg: string): never => {
    throw new WorkerExit(INVALID_CONFIG, `Invalid config: ${msg}`);
  };
  for (const name of REQUIRED_NON_EMPTY) {
    const v = (config as unknown as Record<string, unknown>)[name];
    if (v === "" || v === undefined) bad(`Config setting "${name}" has not been defined`);
  }
  if (config.capacity < 1) bad(`capacity must be at least 1 (got ${config.capacity})`);
  if (config.engine === "multiuser" && config.capacity > 1 && !config.headlessTasks) {
    bad(
      `capacity is ${config.capacity} but headlessTasks is false: the multiuser engine can only run more than one task at a time with "headlessTasks": true`,
    );
  }
  let root: URL | undefined;
  try {
    root = new URL(config.rootURL);
  } catch {
    bad(`rootURL ${JSON.stringify(config.rootURL)} is not an absolute URL`);
  }
  if (root && root.protocol !== "http:" && root.protocol !== "https:") {
    bad(`rootURL ${JSON.stringify(config.rootURL)} must be an http:// or https:// URL`);
  }
  if (root && root.port !== "" && BAD_PORTS.has(Number(root.port))) {
    bad(
      `rootURL ${
        JSON.stringify(config.rootURL)
      } uses port ${root.port}, which fetch refuses to connect to (a "bad port" of the Fetch standard, like browsers); serve Taskcluster on another port`,
    );
  }
  const maxOffset = (config.capacity - 1) * 4;
  const ranges: PortRange[] = [];
  if (config.enableLiveLog) {
    ranges.push({
      name: "livelogPortBase",
      start: config.livelogPortBase,
      end: config.livelogPortBase + maxOffset + 1,
    });
  }
  if (config.enableInteractive) {
    ranges.push({
      name: "interactivePort",
      start: config.interactivePort,
      end: config.interactivePort + maxOffset,
    });
  }
  if (config.enableTaskclusterProxy) {
    ranges.push({
      name: "taskclusterProxyPort",
      start: config.taskclusterProxyPort,
      end: config.taskclusterProxyPort + maxOffset,
    });
  }
  for (const r of ranges) {
    if (r.end > 65535) {
      bad(
        `${r.name} port range ${r.start}-${r.end} exceeds 65535 (capacity ${config.capacity} needs ${
          r.end - r.start + 1
        } ports)`,
      );
    }
  }
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i], b = ranges[j];
      if (a.start <= b.end && b.start <= a.end) {
        bad(
          `port range overlap detected: ${a.name} uses ${a.start}-${a.end} and ${b.name} uses ${b.start}-${b.end}`,
        );
      }
    }
  }
}

/**
 * The effective config as logged at start-up (`Config: {...}`): public keys only,
 * secrets removed, keys sorted, 2-space indent.
 */
export function publicConfigJSON(config: Config): string {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(config).sort()) {
    if (SECRET_KEYS.has(k)) continue;
    out[k] = (config as unknown as Record<string, unknown>)[k];
  }
  return JSON.stringify(sortKeys(out), null, 2);
}

/** Recursively sorts object keys (Go map marshalling order). */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isPlainObject(v)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}
