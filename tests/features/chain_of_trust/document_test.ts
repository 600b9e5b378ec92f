/**
 * The chain-of-trust document, checked byte for byte against output of the
 * Go worker's own types and encoder: `golden/*.golden` were recorded by
 * `golden/record_golden.go.txt` (the struct definitions of tcqueue and
 * chain_of_trust_feature.go, mergemap's merge) from `golden/*.input.json`.
 */
import { createPublicKey, verify } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildChainOfTrust,
  type ChainOfTrustInput,
  compareUtf8,
  deepMerge,
  goMarshalIndent,
  goQuote,
  goTaskDefinition,
  goTime,
  signChainOfTrust,
} from "../../../src/features/chain_of_trust/document.ts";
import { generateEd25519, publicKeyOfSeed } from "../../../src/crypto/ed25519.ts";
import { assert, assertEquals } from "../../helpers/assert.ts";

const golden = join(dirname(fileURLToPath(import.meta.url)), "golden");

interface GoldenInput {
  task: Record<string, unknown>;
  taskId: string;
  runId: number;
  artifacts: Record<string, string>;
  workerGroup: string;
  workerId: string;
  publicIP: string;
  privateIP: string;
  instanceId: string;
  instanceType: string;
  region: string;
  additionalData?: unknown;
}

async function goldenCase(name: string): Promise<{ input: ChainOfTrustInput; expected: string }> {
  const raw = JSON.parse(
    await Deno.readTextFile(join(golden, `${name}.input.json`)),
  ) as GoldenInput;
  return {
    input: {
      task: raw.task,
      taskId: raw.taskId,
      runId: raw.runId,
      artifacts: raw.artifacts,
      worker: {
        workerGroup: raw.workerGroup,
        workerId: raw.workerId,
        publicIP: raw.publicIP || undefined,
        privateIP: raw.privateIP || undefined,
        instanceId: raw.instanceId,
        instanceType: raw.instanceType,
        region: raw.region,
      },
      additionalData: raw.additionalData,
    },
    expected: await Deno.readTextFile(join(golden, `${name}.golden`)),
  };
}

for (const name of ["full", "minimal", "merged"]) {
  Deno.test(`buildChainOfTrust: identical to the Go encoder's output (${name})`, async () => {
    const { input, expected } = await goldenCase(name);
    assertEquals(buildChainOfTrust(input), expected);
  });
}

Deno.test("buildChainOfTrust: top-level and task fields in Go struct order", async () => {
  const { input } = await goldenCase("full");
  const doc = JSON.parse(buildChainOfTrust(input));
  assertEquals(Object.keys(doc), [
    "chainOfTrustVersion",
    "artifacts",
    "task",
    "taskId",
    "runId",
    "workerGroup",
    "workerId",
    "environment",
  ]);
  assertEquals(Object.keys(doc.task), [
    "created",
    "deadline",
    "dependencies",
    "expires",
    "extra",
    "metadata",
    "payload",
    "priority",
    "projectId",
    "provisionerId",
    "requires",
    "retries",
    "routes",
    "schedulerId",
    "scopes",
    "tags",
    "taskGroupId",
    "taskQueueId",
    "workerType",
  ]);
  // artifacts sorted; the payload keeps its own order
  assertEquals(Object.keys(doc.artifacts), Object.keys(input.artifacts).sort());
  assertEquals(Object.keys(doc.task.payload), Object.keys(input.task.payload as object));
  assertEquals(Object.keys(doc.environment), [
    "publicIpAddress",
    "privateIpAddress",
    "instanceId",
    "instanceType",
    "region",
  ]);
  assertEquals(doc.environment.privateIpAddress, "<nil>");
  assert(!("unknownField" in doc.task));
});

Deno.test("goTaskDefinition: projectId and expires omitted when empty/missing, zero values otherwise", () => {
  const t = goTaskDefinition({ created: "2024-01-01T00:00:00Z" });
  assert(!("projectId" in t));
  assert(!("expires" in t));
  assertEquals(t.deadline, "0001-01-01T00:00:00.000Z");
  assertEquals(t.tags, null);
  assertEquals(t.payload, null);
  assertEquals(t.retries, 0);
  assertEquals(goTime("2024-05-06T07:08:09.123456789-01:00"), "2024-05-06T08:08:09.123Z");
  assertEquals(goTime(42), "0001-01-01T00:00:00.000Z");
});

Deno.test("additional data: merged under the certificate (worker values win, keys sorted)", async () => {
  const { input } = await goldenCase("full");
  const doc = JSON.parse(
    buildChainOfTrust({
      ...input,
      additionalData: {
        environment: { imageHash: "sha256:1", region: "forged" },
        task: { payload: { maxRunTime: 1, image: "x" } },
        taskId: "forged",
        b: 1,
        a: { c: [1] },
      },
    }),
  );
  assertEquals(doc.environment.imageHash, "sha256:1");
  assertEquals(doc.environment.region, "us-east-1");
  assertEquals(doc.taskId, input.taskId);
  assertEquals(doc.task.payload.maxRunTime, 3600);
  assertEquals(doc.task.payload.image, "x");
  assertEquals(Object.keys(doc), [...Object.keys(doc)].sort());
  assertEquals(Object.keys(doc.task), [...Object.keys(doc.task)].sort());
  assertEquals(doc.a, { c: [1] });
});

Deno.test("additional data that is not a JSON object is an error", async () => {
  const { input } = await goldenCase("minimal");
  for (const bad of [[1, 2], "text", 3, null]) {
    let threw = false;
    try {
      buildChainOfTrust({ ...input, additionalData: bad });
    } catch (e) {
      threw = true;
      assertEquals((e as Error).message, "chain of trust additional data is not a JSON object");
    }
    assert(threw, `expected ${JSON.stringify(bad)} to be refused`);
  }
});

Deno.test("deepMerge: mergemap semantics", () => {
  assertEquals(
    deepMerge({ a: { x: 1, y: 2 }, b: [1], c: 1 }, { a: { y: 3, z: 4 }, b: [2], d: { e: 1 } }),
    { a: { x: 1, y: 3, z: 4 }, b: [2], c: 1, d: { e: 1 } },
  );
  // an object replaces a scalar and vice versa
  assertEquals(deepMerge({ a: 1, b: { x: 1 } }, { a: { x: 1 }, b: 2 }), { a: { x: 1 }, b: 2 });
  let deep: Record<string, unknown> = {};
  for (let i = 0; i < 40; i++) deep = { k: deep };
  let threw = false;
  try {
    deepMerge(deep, deep);
  } catch {
    threw = true;
  }
  assert(threw, "merging beyond depth 32 must fail like mergemap");
});

Deno.test("goQuote / goMarshalIndent: Go escaping rules", () => {
  assertEquals(goQuote("a<b>&c"), '"a\\u003cb\\u003e\\u0026c"');
  assertEquals(goQuote("\b\f\n\r\t\u0001\u007f"), '"\\b\\f\\n\\r\\t\\u0001\u007f"');
  assertEquals(goQuote("\u2028\u2029"), '"\\u2028\\u2029"');
  assertEquals(goQuote("x\ud800y\udc00z"), '"x\ufffdy\ufffdz"');
  assertEquals(goQuote("𝄞"), '"𝄞"');
  assertEquals(
    goMarshalIndent({ b: [], a: {}, c: [1, "x"] }),
    '{\n  "b": [],\n  "a": {},\n  "c": [\n    1,\n    "x"\n  ]\n}',
  );
  assertEquals(goMarshalIndent({ b: 1, a: 2 }, true), '{\n  "a": 2,\n  "b": 1\n}');
  assertEquals(goMarshalIndent(1e21), "1e+21");
  assertEquals(goMarshalIndent(0.000001), "0.000001");
  assertEquals(goMarshalIndent(1e-7), "1e-7");
  // U+FFFF sorts before U+10000 by UTF-8 bytes (not by UTF-16 code units)
  assert(compareUtf8("\uffff", "\u{10000}") < 0);
  assert("\uffff" > "\u{10000}");
});

Deno.test("signChainOfTrust: 64-byte ed25519 signature of the exact bytes, verified by node:crypto", async () => {
  const { input } = await goldenCase("full");
  const text = buildChainOfTrust(input);
  const { seed } = await generateEd25519();
  const sig = await signChainOfTrust(seed, text);
  assertEquals(sig.length, 64);
  const pub = await publicKeyOfSeed(seed);
  const key = createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(pub).toString("base64url") },
    format: "jwk",
  });
  assert(verify(null, new TextEncoder().encode(text), key, sig));
  assert(!verify(null, new TextEncoder().encode(text + " "), key, sig));
});
