/**
 * Payload schemas and validation: the compatibility corpus in
 * ../shared/compat (when present), gojsonschema's error lines (checked
 * against a fixture recorded from gojsonschema v1.2.0 itself), the Go-style
 * schema text, the defaults, and the gojsonschema-compatible formats.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import {
  applyPayloadDefaults,
  gojsonschemaErrors,
  goMarshalIndent,
  isDockerWorkerPayload,
  isGoDateTime,
  isGoUri,
  loadPayloadValidator,
  malformedPayloadLog,
  payloadSchema,
  payloadSchemaText,
  SCHEMA_VARIANTS,
  type SchemaVariant,
  validatePayload,
} from "../../src/task/payload_schema.ts";
import recorded from "./payload_schema_gojsonschema.json" with { type: "json" };

// validatePayload needs ajv loaded (the worker loads it at the first task)
await loadPayloadValidator();

const COMPAT = fileURLToPath(new URL("../../../shared/compat/", import.meta.url));
const HAVE_COMPAT = existsSync(COMPAT);
if (!HAVE_COMPAT) {
  console.log(`skipped: ../shared/compat not found (looked in ${COMPAT}); corpus tests ignored`);
}

const isVariant = (s: string): s is SchemaVariant => (SCHEMA_VARIANTS as string[]).includes(s);

interface Wrapper {
  engine: string;
  schema: string[];
  payload: unknown;
  expectedGenericWorkerPayload?: unknown;
}

function wrappers(dir: string): { file: string; w: Wrapper }[] {
  const path = COMPAT + dir;
  if (!existsSync(path)) return [];
  return readdirSync(path).filter((f) => f.endsWith(".json")).sort().map((file) => ({
    file: `${dir}/${file}`,
    w: JSON.parse(readFileSync(`${path}/${file}`, "utf8")) as Wrapper,
  }));
}

/** The variants a corpus file names; engine "unknown" means both posix variants. */
function variantsOf(w: Wrapper): SchemaVariant[] {
  const named = w.schema.filter(isVariant);
  if (w.engine === "unknown") {
    for (const v of ["multiuser_posix", "insecure_posix"] as const) {
      if (!named.includes(v)) named.push(v);
    }
  }
  return named;
}

const sorted = (a: readonly string[]) => [...a].sort();
const errorsOf = (variant: SchemaVariant, payload: unknown): string[] => {
  const r = validatePayload(variant, payload);
  return r.valid ? [] : r.errors;
};

// ---------------------------------------------------------------------------
// The compatibility corpus

Deno.test({
  name: "corpus: every valid payload is accepted by each variant it names (70 pairs)",
  ignore: !HAVE_COMPAT,
  fn() {
    let pairs = 0;
    const rejected: string[] = [];
    for (const { file, w } of wrappers("payloads")) {
      for (const v of variantsOf(w)) {
        pairs++;
        const r = validatePayload(v, w.payload);
        if (!r.valid) rejected.push(`${file} (${v}): ${r.errors.join("; ")}`);
      }
    }
    console.log(`valid payload/variant pairs: ${pairs} accepted: ${pairs - rejected.length}`);
    assertEquals(rejected, []);
    assertEquals(pairs, 70);
  },
});

Deno.test({
  name: "corpus: every invalid payload is rejected by each variant it names (95 pairs)",
  ignore: !HAVE_COMPAT,
  fn() {
    let pairs = 0;
    const accepted: string[] = [];
    const corpus = recorded.corpus as Record<string, Record<string, string[]>>;
    for (const { file, w } of wrappers("invalid")) {
      for (const v of variantsOf(w)) {
        pairs++;
        const r = validatePayload(v, w.payload);
        if (r.valid) {
          accepted.push(`${file} (${v})`);
          continue;
        }
        // The same lines gojsonschema v1.2.0 printed for this file (in any order).
        const name = file.slice("invalid/".length);
        assertEquals(sorted(r.errors), corpus[name]?.[v], `${file} (${v})`);
        assertEquals(gojsonschemaErrors(v, w.payload), r.errors, `${file}: walk and ajv agree`);
      }
    }
    console.log(`invalid payload/variant pairs: ${pairs} rejected: ${pairs - accepted.length}`);
    assertEquals(accepted, []);
    assertEquals(pairs, 95);
  },
});

Deno.test({
  name: "corpus: docker-worker payloads and d2g outputs are accepted by multiuser_posix",
  ignore: !HAVE_COMPAT,
  fn() {
    let dockerPayloads = 0;
    let d2gOutputs = 0;
    const rejected: string[] = [];
    const files = [...wrappers("payloads-docker"), ...wrappers("payloads-docker/d2g-testcases")];
    for (const { file, w } of files) {
      dockerPayloads++;
      assert(isDockerWorkerPayload(w.payload), `${file} has an image key`);
      const r = validatePayload("multiuser_posix", w.payload);
      if (!r.valid) rejected.push(`${file}: ${r.errors.join("; ")}`);
      if (w.expectedGenericWorkerPayload !== undefined) {
        d2gOutputs++;
        assert(!isDockerWorkerPayload(w.expectedGenericWorkerPayload));
        const e = validatePayload("multiuser_posix", w.expectedGenericWorkerPayload);
        if (!e.valid) rejected.push(`${file} expectedGenericWorkerPayload: ${e.errors.join("; ")}`);
      }
    }
    console.log(`docker-worker payloads: ${dockerPayloads}, d2g outputs: ${d2gOutputs}`);
    assertEquals(rejected, []);
    assertEquals([dockerPayloads, d2gOutputs], [49, 37]);
  },
});

Deno.test({
  name: "corpus: no invalid payload relies on encryptedEnv being rejected",
  ignore: !HAVE_COMPAT,
  fn() {
    for (const { file, w } of wrappers("invalid")) {
      assert(!JSON.stringify(w.payload).includes("encryptedEnv"), file);
    }
  },
});

Deno.test({
  name: "schemas accept the same language as upstream v106 (apart from prose and encryptedEnv)",
  ignore: !HAVE_COMPAT,
  fn() {
    const strip = (x: unknown): unknown => {
      if (Array.isArray(x)) return x.map(strip);
      if (typeof x !== "object" || x === null) return x;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) {
        if (!["title", "description", "$schema", "$id"].includes(k)) out[k] = strip(v);
      }
      return out;
    };
    for (const v of SCHEMA_VARIANTS) {
      const ours = strip(structuredClone(payloadSchema(v))) as Record<string, unknown>;
      const generic = (Array.isArray(ours.oneOf) ? ours.oneOf[0] : ours) as {
        properties: Record<string, unknown>;
      };
      assertEquals(generic.properties.encryptedEnv, { type: "array", items: { type: "string" } });
      delete generic.properties.encryptedEnv;
      const upstream = JSON.parse(readFileSync(`${COMPAT}schemas/${v}.json`, "utf8"));
      assertEquals(ours, strip(upstream), v);
    }
  },
});

Deno.test({
  name: "goMarshalIndent reproduces the Go worker's show-payload-schema text of upstream v106",
  ignore: !HAVE_COMPAT,
  fn() {
    // sha256 of JSONSchema() in generated_{multiuser_linux,multiuser_windows,insecure_linux}.go
    // at taskcluster v106.0.0 (9d59eb59f6), i.e. what `generic-worker show-payload-schema` prints
    // minus its final newline.
    const goTextSha256: Record<SchemaVariant, string> = {
      multiuser_posix: "4b8afeda28df3b105607832917e2875796203fa10686e5b0f46954af5e2ba9de",
      multiuser_windows: "fc8a036f6d087dc7534d1d4282ba5d0baf3adcb2469e31384b82c97525fc4e31",
      insecure_posix: "4b82ff0abbe41b1bc774f834573016e08f911c55fb3f26fd82929abdcf96ef27",
    };
    for (const v of SCHEMA_VARIANTS) {
      const upstream = JSON.parse(readFileSync(`${COMPAT}schemas/${v}.json`, "utf8"));
      const text = goMarshalIndent(upstream);
      assertEquals(createHash("sha256").update(text).digest("hex"), goTextSha256[v], v);
    }
    const text = goMarshalIndent(
      JSON.parse(readFileSync(`${COMPAT}schemas/multiuser_posix.json`, "utf8")),
    );
    const lines = text.split("\n");
    assertEquals(lines.slice(0, 4), [
      "{",
      '  "$id": "/schemas/generic-worker/multiuser_posix.json#",',
      '  "$schema": "/schemas/common/metaschema.json#",',
      '  "definitions": {',
    ]);
    assertStringIncludes(text, "`queue:get-artifact:\\u003cartifact-name\\u003e`");
  },
});

// ---------------------------------------------------------------------------
// gojsonschema's error lines

Deno.test("errors match gojsonschema v1.2.0 on the recorded cases", () => {
  let checked = 0;
  for (const c of recorded.cases) {
    for (const [variant, expected] of Object.entries(c.expected)) {
      assert(isVariant(variant));
      const r = validatePayload(variant, c.payload);
      assertEquals(r.valid ? null : sorted(r.errors), expected, `${c.name} (${variant})`);
      assertEquals(gojsonschemaErrors(variant, c.payload), r.valid ? [] : r.errors, c.name);
      checked++;
    }
  }
  console.log(`recorded gojsonschema cases checked: ${checked}`);
  assertEquals(checked, 263);
});

Deno.test("error lines: required, enum, minimum, in gojsonschema's order", () => {
  assertEquals(errorsOf("multiuser_windows", {}), [
    "(root): command is required",
    "(root): maxRunTime is required",
  ]);
  assertEquals(errorsOf("multiuser_posix", {}), [
    "(root): Must validate one and only one schema (oneOf)",
    "(root): command is required",
    "(root): maxRunTime is required",
  ]);
  assertEquals(
    errorsOf("multiuser_posix", {
      command: [["true"]],
      maxRunTime: 60,
      artifacts: [{ type: "file", path: "a", contentEncoding: "br" }],
      onExitStatus: { retry: [0] },
    }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      'artifacts.0.contentEncoding: artifacts.0.contentEncoding must be one of the following: "identity", "gzip"',
      "onExitStatus.retry.0: Must be greater than or equal to 1",
    ],
  );
});

Deno.test("error lines: types, additional properties, uniqueness, lengths, patterns", () => {
  const base = { command: [["true"]], maxRunTime: 60 };
  assertEquals(errorsOf("multiuser_windows", { command: ["a"], maxRunTime: 1.5, x: 1 }), [
    "(root): Additional property x is not allowed",
    "maxRunTime: Invalid type. Expected: integer, given: number",
  ]);
  assertEquals(errorsOf("insecure_posix", { ...base, osGroups: ["a", "b", "a", "b"] }), [
    "(root): Must validate one and only one schema (oneOf)",
    "osGroups: array items[0,2] must be unique",
    "osGroups: array items[1,3] must be unique",
  ]);
  assertEquals(errorsOf("insecure_posix", { ...base, features: { chainOfTrust: true } }), [
    "(root): Must validate one and only one schema (oneOf)",
    "features: Additional property chainOfTrust is not allowed",
  ]);
  assertEquals(errorsOf("multiuser_posix", { ...base, env: { N: 3, S: "s", Z: null } }), [
    "(root): Must validate one and only one schema (oneOf)",
    "env.N: Invalid type. Expected: string, given: integer",
    "env.Z: Invalid type. Expected: string, given: null",
  ]);
  assertEquals(
    errorsOf("multiuser_posix", {
      ...base,
      mounts: [{ file: "f", content: { raw: "x".repeat(65537) } }],
    }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      "mounts.0: Must validate one and only one schema (oneOf)",
      "mounts.0.content: Must validate one and only one schema (oneOf)",
      "mounts.0.content.raw: String length must be less than or equal to 65536",
    ],
  );
  assertEquals(
    errorsOf("multiuser_posix", {
      ...base,
      mounts: [{
        file: "f",
        content: { taskId: "Ab6PRx3yT6ylEF-2r7ZKbA", artifact: "a", sha256: "A" },
      }],
    }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      "mounts.0: Must validate one and only one schema (oneOf)",
      "mounts.0.content: Must validate one and only one schema (oneOf)",
      "mounts.0.content.sha256: Does not match pattern '^[a-f0-9]{64}$'",
    ],
  );
});

Deno.test("error lines: mount alternatives and cache dependencies pick the closest branch", () => {
  const base = { command: [["true"]], maxRunTime: 60 };
  const url = { url: "https://example.com/x.tar.gz" };
  // A read-only directory with a format outside the archive enum: closest is readOnlyDirectory.
  assertEquals(
    errorsOf("multiuser_posix", {
      ...base,
      mounts: [{ directory: "d", content: url, format: "tgz" }],
    }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      "mounts.0: Must validate one and only one schema (oneOf)",
      'mounts.0.format: mounts.0.format must be one of the following: "7z", "rar", "tar", "tar.br", "tar.bz2", "tar.gz", "tar.lz", "tar.lz4", "tar.mz", "tar.sz", "tar.xz", "tar.zst", "tar.zz", "zip"',
    ],
  );
  assertEquals(
    errorsOf("multiuser_posix", {
      ...base,
      mounts: [{ directory: "d", cacheName: "c", content: url }],
    }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      "mounts.0: Must validate one and only one schema (oneOf)",
      "mounts.0: Has a dependency on format",
    ],
  );
  assertEquals(
    errorsOf("multiuser_posix", { ...base, mounts: [{ file: "f", content: { url: "x.tar.gz" } }] }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      "mounts.0: Must validate one and only one schema (oneOf)",
      "mounts.0.content: Must validate one and only one schema (oneOf)",
      "mounts.0.content.url: Does not match format 'uri'",
    ],
  );
});

Deno.test("error lines: posix oneOf reports the branch with the best gojsonschema score", () => {
  // Not simply "docker branch iff image key": gojsonschema scores both branches (+1 per
  // passed check, -2 per error) and reports the better one, first branch on a tie.
  // A docker-style payload without an image: the docker branch is closer.
  assertEquals(errorsOf("multiuser_posix", { command: ["bash", "-c", "ls"], maxRunTime: 5 }), [
    "(root): Must validate one and only one schema (oneOf)",
    "(root): image is required",
  ]);
  // An image payload with a generic-style artifacts array: the generic branch is closer.
  assertEquals(
    errorsOf("multiuser_posix", {
      image: "u",
      command: ["ls"],
      maxRunTime: 5,
      artifacts: [{ type: "file", path: "/a" }],
    }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      "(root): Additional property image is not allowed",
      "command.0: Invalid type. Expected: array, given: string",
    ],
  );
  // Generic-looking payloads: the generic worker branch's errors.
  assertEquals(errorsOf("multiuser_posix", { command: [["a"]], maxRunTime: 0 }), [
    "(root): Must validate one and only one schema (oneOf)",
    "maxRunTime: Must be greater than or equal to 1",
  ]);
  // Docker-worker payloads: the docker worker branch's errors.
  assertEquals(errorsOf("multiuser_posix", { image: "ubuntu", maxRunTime: 0 }), [
    "(root): Must validate one and only one schema (oneOf)",
    "maxRunTime: Must be greater than or equal to 1",
  ]);
  assertEquals(
    errorsOf("insecure_posix", {
      image: { type: "indexed-image", namespace: "n" },
      maxRunTime: 60,
      capabilities: { gpu: true },
    }),
    [
      "(root): Must validate one and only one schema (oneOf)",
      "image: Must validate one and only one schema (oneOf)",
      "image: path is required",
      "capabilities: Additional property gpu is not allowed",
    ],
  );
  // Windows has no docker branch: an image key is just an unknown property.
  assertEquals(errorsOf("multiuser_windows", { image: "ubuntu", command: ["a"], maxRunTime: 5 }), [
    "(root): Additional property image is not allowed",
  ]);
});

Deno.test("error lines: root of the wrong type", () => {
  assertEquals(errorsOf("multiuser_windows", []), [
    "(root): Invalid type. Expected: object, given: array",
  ]);
  assertEquals(errorsOf("multiuser_posix", null), [
    "(root): Must validate one and only one schema (oneOf)",
    "(root): Invalid type. Expected: object, given: null",
  ]);
});

Deno.test("malformedPayloadLog has the Go worker's lines", () => {
  const log = malformedPayloadLog("multiuser_windows", ["(root): command is required", "a\nb"]);
  const schemaLines = payloadSchemaText("multiuser_windows").split("\n");
  assertEquals(
    log[0],
    "Task payload for this worker type must conform to the following jsonschema:",
  );
  assertEquals(log.slice(1, 1 + schemaLines.length), schemaLines);
  assertEquals(log.slice(1 + schemaLines.length), [
    "TASK FAIL since the task payload is invalid. See errors:",
    "- (root): command is required",
    "- a",
    "b",
  ]);
  assert(log.every((line) => !line.includes("\n")));
});

Deno.test("isDockerWorkerPayload: objects with an image key", () => {
  assert(isDockerWorkerPayload({ image: "ubuntu" }));
  assert(isDockerWorkerPayload({ image: null }));
  assert(!isDockerWorkerPayload({ command: [["a"]] }));
  assert(!isDockerWorkerPayload(null));
  assert(!isDockerWorkerPayload(["image"]));
  assert(!isDockerWorkerPayload("image"));
});

Deno.test("encryptedEnv: an optional array of strings in every generic payload", () => {
  const secret = btoa("-----BEGIN PGP MESSAGE-----");
  assertEquals(
    validatePayload("multiuser_posix", {
      command: [["a"]],
      maxRunTime: 5,
      encryptedEnv: [secret],
    }),
    { valid: true },
  );
  assertEquals(
    validatePayload("multiuser_windows", { command: ["a"], maxRunTime: 5, encryptedEnv: [] }),
    { valid: true },
  );
  assertEquals(errorsOf("insecure_posix", { command: [["a"]], maxRunTime: 5, encryptedEnv: [1] }), [
    "(root): Must validate one and only one schema (oneOf)",
    "encryptedEnv.0: Invalid type. Expected: string, given: integer",
  ]);
  // Not part of the docker-worker branch.
  assertEquals(errorsOf("multiuser_posix", { image: "u", maxRunTime: 5, encryptedEnv: [] }), [
    "(root): Must validate one and only one schema (oneOf)",
    "(root): Additional property encryptedEnv is not allowed",
  ]);
});

// ---------------------------------------------------------------------------
// Schema text

Deno.test("payloadSchemaText: sorted keys at every depth, 2-space indent, HTML escapes", () => {
  for (const v of SCHEMA_VARIANTS) {
    const text = payloadSchemaText(v);
    assert(!/[<>&]/.test(text), `${v}: <, > and & are escaped`);
    assertStringIncludes(text, "\\u003cprovisionerId\\u003e");
    assertEquals(JSON.parse(text), payloadSchema(v));
    assert(!text.endsWith("\n"));
    const checkSorted = (x: unknown, path: string): void => {
      if (Array.isArray(x)) x.forEach((y, i) => checkSorted(y, `${path}/${i}`));
      else if (typeof x === "object" && x !== null) {
        const keys = Object.keys(x);
        assertEquals(keys, [...keys].sort(), `${v} keys at ${path || "/"}`);
        for (const [k, y] of Object.entries(x)) checkSorted(y, `${path}/${k}`);
      }
    };
    checkSorted(JSON.parse(text), "");
    assert(text.startsWith('{\n  "$id": "/schemas/generic-worker/'));
  }
});

Deno.test("goMarshalIndent writes what Go's json.MarshalIndent writes", () => {
  const value = { b: 1, a: { d: [1, 2.5, "x<y>&z\u2028"], c: {}, e: [] }, "A": null, t: true };
  assertEquals(
    goMarshalIndent(value),
    [
      "{",
      '  "A": null,',
      '  "a": {',
      '    "c": {},',
      '    "d": [',
      "      1,",
      "      2.5,",
      '      "x\\u003cy\\u003e\\u0026z\\u2028"',
      "    ],",
      '    "e": []',
      "  },",
      '  "b": 1,',
      '  "t": true',
      "}",
    ].join("\n"),
  );
});

// ---------------------------------------------------------------------------
// Defaults

Deno.test("applyPayloadDefaults fills what Go's go-defaults fills, keeps what is given", () => {
  const payload = {
    command: [["a"]],
    maxRunTime: 5,
    artifacts: [{ type: "file", path: "x" }, { type: "file", path: "y", optional: true }],
    features: { liveLog: false },
    logs: { live: "public/custom.log" },
  };
  const before = structuredClone(payload);
  const filled = applyPayloadDefaults(payload);
  assertEquals(payload, before, "the input is not modified");
  assertEquals(filled, {
    command: [["a"]],
    maxRunTime: 5,
    artifacts: [
      { type: "file", path: "x", optional: false },
      { type: "file", path: "y", optional: true },
    ],
    features: { liveLog: false, backingLog: true, resourceMonitor: true },
    logs: { live: "public/custom.log", backing: "public/logs/live_backing.log" },
    taskclusterProxyInterface: "localhost",
  });
  assertEquals(validatePayload("multiuser_posix", filled), { valid: true });

  const windows = applyPayloadDefaults({ command: ["a"], maxRunTime: 5 }, "multiuser_windows");
  assertEquals(windows, {
    command: ["a"],
    maxRunTime: 5,
    features: { liveLog: true, backingLog: true, resourceMonitor: true, hideCmdWindow: false },
    logs: { live: "public/logs/live.log", backing: "public/logs/live_backing.log" },
    taskclusterProxyInterface: "localhost",
  });
  assertEquals(validatePayload("multiuser_windows", windows), { valid: true });
});

Deno.test("applyPayloadDefaults on a docker-worker payload uses the docker-worker defaults", () => {
  const filled = applyPayloadDefaults({
    image: "ubuntu",
    maxRunTime: 5,
    features: { bulkLog: false },
  });
  assertEquals(filled, {
    image: "ubuntu",
    maxRunTime: 5,
    log: "public/logs/live.log",
    capabilities: { privileged: false, disableSeccomp: false },
    features: {
      localLiveLog: true,
      bulkLog: false,
      taskclusterProxy: false,
      artifacts: true,
      interactive: false,
      allowPtrace: false,
      chainOfTrust: false,
    },
  });
  assertEquals(validatePayload("insecure_posix", filled), { valid: true });
});

// ---------------------------------------------------------------------------
// Formats

Deno.test("date-time is checked as gojsonschema does (Go time.Parse, five layouts)", () => {
  for (
    const ok of [
      "2030-01-01T10:00:00Z",
      "2030-01-01T10:00:00.123Z",
      "2030-01-01T10:00:00,5+02:00",
      "2030-01-01T1:00:00Z",
      "2032-02-29T00:00:00Z",
      "2030-01-01",
      "12:00:00",
      "12:00:00-07:00",
      "2030-01-01T10:00:00+24:00",
      "2030-01-01T10:00:00+05:60",
    ]
  ) assert(isGoDateTime(ok), ok);
  for (
    const bad of [
      "2 weeks",
      "",
      "2030-02-29T00:00:00Z",
      "2030-01-01t10:00:00Z",
      "2030-01-01 10:00:00Z",
      "2030-01-01T10:00:00z",
      "2030-01-01T10:00:00",
      "2030-01-01T24:00:00Z",
      "2030-01-01T23:59:60Z",
      // Go 1.20 and later range-check zone offsets (hour <= 24, minute <= 60).
      "2030-01-01T10:00:00+25:00",
      "2030-01-01T10:00:00+05:61",
    ]
  ) assert(!isGoDateTime(bad), bad);
});

Deno.test("uri is checked as gojsonschema does (Go url.Parse + scheme + no backslash)", () => {
  for (
    const ok of [
      "https://example.com/a b",
      "https://example.com/a|b?x={y}",
      "mailto:x",
      "file:///tmp/x",
      "https://host:99999/",
      "http://[::1]:80/",
      "https://[fe80::1%25en0]/",
    ]
  ) assert(isGoUri(ok), ok);
  for (
    const bad of [
      "go1.27.0.linux-amd64.tar.gz",
      "//example.com/x",
      "http://ex ample.com",
      "https://host:port/",
      "http://a%zz",
      "https://example.com/\\x",
      "http://[::1",
      "http://[not-ipv6]/",
    ]
  ) assert(!isGoUri(bad), bad);
});

Deno.test("ajv-formats would reject payloads the Go worker accepts (why formats are our own)", () => {
  const ajv = new Ajv({ strict: false });
  // ajv-formats is CommonJS: the default import is its module.exports (the plugin function).
  type Plugin = (a: Ajv) => Ajv;
  const mod = ajvFormats as unknown as Plugin & { default?: Plugin };
  (mod.default ?? mod)(ajv);
  const dateTime = ajv.compile({ type: "string", format: "date-time" });
  const uri = ajv.compile({ type: "string", format: "uri" });
  assert(!dateTime("2030-01-01") && isGoDateTime("2030-01-01"));
  assert(!uri("https://example.com/a|b") && isGoUri("https://example.com/a|b"));
  const payload = {
    command: [["a"]],
    maxRunTime: 5,
    artifacts: [{ type: "file", path: "a", expires: "2030-01-01" }],
    mounts: [{ file: "f", content: { url: "https://example.com/a|b" } }],
  };
  assertEquals(validatePayload("multiuser_posix", payload), { valid: true });
});
