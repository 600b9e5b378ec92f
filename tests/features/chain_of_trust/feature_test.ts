/** The Chain of Trust task feature over a fake task port: key check, files, uploads, signature. */
import { createHash, createPublicKey, verify } from "node:crypto";
import {
  ChainOfTrustTaskFeature,
  type CoTTask,
  type CoTUpload,
} from "../../../src/features/chain_of_trust/feature.ts";
import { generateEd25519, publicKeyOfSeed } from "../../../src/crypto/ed25519.ts";
import { runAsUser } from "../../../src/platform/users.ts";
import { assert, assertEquals } from "../../helpers/assert.ts";

const WORKER = {
  workerGroup: "wg",
  workerId: "wid",
  publicIP: "198.51.100.1",
  instanceId: "i-1",
  instanceType: "t",
  region: "r",
};

async function setup(catExit = 1) {
  const dir = await Deno.makeTempDir({ prefix: "gw-cotf-" });
  await Deno.mkdir(`${dir}/generic-worker`);
  await Deno.writeTextFile(`${dir}/generic-worker/live_backing.log`, "line 1\nline 2\n");
  await Deno.writeTextFile(`${dir}/out.txt`, "artifact bytes");
  const uploads: CoTUpload[] = [];
  const ran: string[][] = [];
  const task: CoTTask = {
    taskId: "TASKID",
    runId: 0,
    definition: { provisionerId: "p", workerType: "w", payload: { command: [["x"]] } },
    taskDir: dir,
    copyBackingLog: (dest) => Deno.copyFile(`${dir}/generic-worker/live_backing.log`, dest),
    runAsCommandUser: (argv) => {
      ran.push(argv);
      return Promise.resolve(catExit);
    },
    readAsTaskUser: (p) => Deno.readFile(p),
    uploadedArtifacts: () => [{ name: "public/out.txt", path: `${dir}/out.txt` }],
    upload: (u) => {
      uploads.push(u);
      return Promise.resolve(undefined);
    },
  };
  const { seed } = await generateEd25519();
  return { dir, task, uploads, ran, seed };
}

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

Deno.test("chain of trust feature: readable key -> malformed-payload, nothing uploaded", async () => {
  const { dir, task, uploads, ran, seed } = await setup(0);
  try {
    const f = new ChainOfTrustTaskFeature(task, seed, "/etc/gw/key", WORKER);
    assertEquals(await f.start(), {
      reason: "malformed-payload",
      message:
        "was expecting attempt to read private chain of trust key as task user to fail - however, it did not",
    });
    assertEquals(ran, [["/bin/cat", "/etc/gw/key"]]);
    assertEquals(await f.stop(), []);
    assertEquals(uploads, []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("chain of trust feature: certified log, signed certificate listing every artifact's sha256", async () => {
  const { dir, task, uploads, seed } = await setup(1);
  try {
    await Deno.writeTextFile(
      `${dir}/chain-of-trust-additional-data.json`,
      JSON.stringify({ environment: { imageHash: "sha256:abc" } }),
    );
    const f = new ChainOfTrustTaskFeature(task, seed, "/etc/gw/key", WORKER);
    assertEquals(f.reservedArtifacts(), [
      "public/chain-of-trust.json",
      "public/chain-of-trust.json.sig",
      "public/logs/certified.log",
    ]);
    assertEquals(await f.start(), undefined);
    assertEquals(await f.stop(), []);
    assertEquals(uploads.map((u) => [u.name, u.contentType, u.contentEncoding]), [
      ["public/logs/certified.log", "text/plain; charset=utf-8", "gzip"],
      ["public/chain-of-trust.json", "text/plain; charset=utf-8", "gzip"],
      ["public/chain-of-trust.json.sig", "application/octet-stream", "gzip"],
    ]);
    assertEquals(
      await Deno.readTextFile(`${dir}/generic-worker/certified.log`),
      "line 1\nline 2\n",
    );
    const text = await Deno.readTextFile(`${dir}/generic-worker/chain-of-trust.json`);
    const doc = JSON.parse(text);
    assertEquals(doc.artifacts, {
      "public/logs/certified.log": { sha256: sha("line 1\nline 2\n") },
      "public/out.txt": { sha256: sha("artifact bytes") },
    });
    assertEquals(doc.environment.imageHash, "sha256:abc");
    assertEquals(doc.environment.publicIpAddress, "198.51.100.1");
    assertEquals(doc.taskId, "TASKID");
    const sig = await Deno.readFile(`${dir}/generic-worker/chain-of-trust.json.sig`);
    assertEquals(sig.length, 64);
    const key = createPublicKey({
      key: {
        kty: "OKP",
        crv: "Ed25519",
        x: Buffer.from(await publicKeyOfSeed(seed)).toString("base64url"),
      },
      format: "jwk",
    });
    assert(verify(null, new TextEncoder().encode(text), key, sig));
    for (const f of ["chain-of-trust.json", "chain-of-trust.json.sig"]) {
      assertEquals((await Deno.stat(`${dir}/generic-worker/${f}`)).mode! & 0o777, 0o644);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("chain of trust feature: invalid additional data is an internal error", async () => {
  const { dir, task, uploads, seed } = await setup(1);
  try {
    await Deno.writeTextFile(`${dir}/chain-of-trust-additional-data.json`, "[1, 2]");
    const f = new ChainOfTrustTaskFeature(task, seed, "/k", WORKER);
    await f.start();
    const errors = await f.stop();
    assertEquals(errors.length, 1);
    assertEquals(errors[0].reason, "internal-error");
    assertEquals(uploads.map((u) => u.name), ["public/logs/certified.log"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "chain of trust feature: a 0600 root key is unreadable by another user (root)",
  ignore: !(Deno.build.os === "linux" && Deno.uid() === 0),
  async fn() {
    const { dir, task, seed } = await setup(1);
    try {
      const keyPath = `${dir}/key`;
      await Deno.writeTextFile(keyPath, "secret", { mode: 0o600 });
      await Deno.chmod(dir, 0o755);
      const nobody = { uid: 65534, gid: 65534, groups: [] };
      task.runAsCommandUser = async (argv) =>
        (await runAsUser(nobody, argv, { env: { PATH: "/usr/bin:/bin" } })).code;
      const f = new ChainOfTrustTaskFeature(task, seed, keyPath, WORKER);
      assertEquals(await f.start(), undefined);
      await Deno.chmod(keyPath, 0o644);
      const g = new ChainOfTrustTaskFeature(task, seed, keyPath, WORKER);
      assertEquals((await g.start())?.reason, "malformed-payload");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
