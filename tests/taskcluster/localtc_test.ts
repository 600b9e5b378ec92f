/**
 * The clients against localtc (the embedded Taskcluster-compatible
 * service, which checks Hawk signatures, certificates and scopes on its
 * own): the worker's whole task lifecycle with credential swaps after a
 * reclaim, all artifact kinds uploaded and downloaded back, and the other
 * services the worker uses.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { type LocalTaskcluster, startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { uploadObjectArtifact, uploadS3Artifact } from "../../src/taskcluster/artifacts.ts";
import { Auth } from "../../src/taskcluster/auth.ts";
import { TaskclusterApiError } from "../../src/taskcluster/client.ts";
import { createTemporaryCredentials } from "../../src/taskcluster/credentials.ts";
import { HashMismatchError } from "../../src/taskcluster/download.ts";
import { Index } from "../../src/taskcluster/index.ts";
import { ObjectService } from "../../src/taskcluster/object.ts";
import { PurgeCache } from "../../src/taskcluster/purge_cache.ts";
import { ErrorArtifactError, Queue, type TaskDefinition } from "../../src/taskcluster/queue.ts";
import { Secrets } from "../../src/taskcluster/secrets.ts";
import { slugid } from "../../src/taskcluster/slugid.ts";
import { WorkerManager } from "../../src/taskcluster/worker_manager.ts";
import { assert, assertEquals, assertRejects } from "../helpers/assert.ts";
import { serve, sha256File, writeTestFile } from "./helpers.ts";

const FAST = { initialDelayMs: 1, maxDelayMs: 5, retries: 2 };
const POOL = "local/generic-worker";

async function withLocaltc(
  fn: (tc: LocalTaskcluster, dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "tc-client-localtc-" });
  const tc = await startLocalTaskcluster({ dataDir: join(dir, "data"), claimWorkTimeoutSecs: 0.2 });
  try {
    await fn(tc, dir);
  } finally {
    await tc.close();
    await Deno.remove(dir, { recursive: true });
  }
}

function taskDef(extra: Partial<TaskDefinition> = {}): TaskDefinition {
  const now = Date.now();
  return {
    taskQueueId: POOL,
    created: new Date(now).toJSON(),
    deadline: new Date(now + 3600_000).toJSON(),
    expires: new Date(now + 2 * 86400_000).toJSON(),
    payload: { command: [["true"]], maxRunTime: 60 },
    metadata: {
      name: "client test",
      description: "d",
      owner: "t@example.com",
      source: "https://example.com",
    },
    ...extra,
  };
}

const text = async (b: ReadableStream<Uint8Array>) => await new Response(b).text();

async function claimOne(tc: LocalTaskcluster, def: TaskDefinition = taskDef()) {
  const root = new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, ...FAST });
  const taskId = slugid();
  const created = await root.createTask(taskId, def);
  assertEquals(created.status.state, "pending");
  const cfg = tc.createWorkerConfig();
  const worker = new Queue({
    rootUrl: cfg.rootURL,
    credentials: { clientId: cfg.clientId, accessToken: cfg.accessToken },
    ...FAST,
  });
  const { tasks } = await worker.claimWork(POOL, {
    tasks: 1,
    workerGroup: cfg.workerGroup,
    workerId: cfg.workerId,
  });
  assertEquals(tasks.length, 1);
  assertEquals(tasks[0].status.taskId, taskId);
  return { root, worker, taskId, claim: tasks[0] };
}

Deno.test("localtc: claim, reclaim with a credential swap, artifacts of every kind, resolve", async () => {
  await withLocaltc(async (tc, dir) => {
    const { root, taskId, claim } = await claimOne(tc);
    const runId = claim.runId;
    assert(claim.credentials.certificate, "task credentials are temporary");
    const task = new Queue({ rootUrl: tc.rootUrl, credentials: claim.credentials, ...FAST });
    const re = await task.reclaimTask(taskId, runId);
    task.setCredentials(re.credentials);
    assertEquals(task.credentials?.accessToken, re.credentials.accessToken);
    const expires = new Date(Date.now() + 86400_000).toJSON();

    // s3, gzipped on the way
    const log = join(dir, "live_backing.log");
    await Deno.writeTextFile(log, "hello from the task\n".repeat(2000));
    const s3 = await uploadS3Artifact(task, {
      taskId,
      runId,
      name: "public/logs/live_backing.log",
      path: log,
      contentType: "text/plain; charset=utf-8",
      contentEncoding: "gzip",
      expires,
    }, { tempDir: dir });
    assert(s3.bytes < 2000 * 20, `gzipped size ${s3.bytes}`);
    // s3, identity
    const bin = join(dir, "target.bin");
    await writeTestFile(bin, 70_000, 9);
    await uploadS3Artifact(task, {
      taskId,
      runId,
      name: "public/build/target.bin",
      path: bin,
      contentType: "application/octet-stream",
      contentEncoding: "identity",
      expires,
    });
    // object: small (inline) and large (putUrl)
    const small = join(dir, "small.json");
    await Deno.writeTextFile(small, JSON.stringify({ ok: true }));
    const o1 = await uploadObjectArtifact(task, {
      taskId,
      runId,
      name: "public/small.json",
      path: small,
      contentType: "application/json",
      expires,
    });
    assertEquals(o1.method, "dataInline");
    const big = join(dir, "big.bin");
    await writeTestFile(big, 1_000_000, 4);
    const o2 = await uploadObjectArtifact(task, {
      taskId,
      runId,
      name: "public/big.bin",
      path: big,
      contentType: "application/octet-stream",
      expires,
    });
    assertEquals(o2.method, "putUrl");
    assertEquals(o2.sha256, await sha256File(big));
    // reference, link, error
    const ref = serve(() => new Response("referenced content"));
    try {
      await task.createArtifact(taskId, runId, "public/ref.txt", {
        storageType: "reference",
        url: `${ref.url}/r`,
        contentType: "text/plain",
        expires,
      });
      await task.createArtifact(taskId, runId, "public/link.txt", {
        storageType: "link",
        artifact: "public/ref.txt",
        contentType: "text/plain",
        expires,
      });
      await task.createArtifact(taskId, runId, "public/missing.txt", {
        storageType: "error",
        reason: "file-missing-on-worker",
        message: "Could not read file '/x'",
        expires,
      });

      const done = await task.reportCompleted(taskId, runId);
      assertEquals(done.status.state, "completed");
      // status without credentials
      const anon = new Queue({ rootUrl: tc.rootUrl, ...FAST });
      assertEquals((await anon.status(taskId)).status.runs[runId].state, "completed");

      // everything back, by the latest run and by run id
      assertEquals(
        await text(
          (await anon.downloadArtifact(taskId, undefined, "public/logs/live_backing.log")).body,
        ),
        "hello from the task\n".repeat(2000),
      );
      const tb = await root.downloadArtifactToFile(
        taskId,
        runId,
        "public/build/target.bin",
        join(dir, "dl.bin"),
      );
      assertEquals(tb.sha256, await sha256File(bin));
      assertEquals(
        await text((await root.getLatestArtifactContent(taskId, "public/small.json")).body),
        JSON.stringify({ ok: true }),
      );
      const ob = await root.downloadArtifactToFile(
        taskId,
        undefined,
        "public/big.bin",
        join(dir, "dl2.bin"),
      );
      assertEquals([ob.sha256, ob.bytes], [await sha256File(big), 1_000_000]);
      const viaLink = await root.downloadArtifact(taskId, runId, "public/link.txt");
      assertEquals([viaLink.source, await text(viaLink.body)], ["reference", "referenced content"]);
      const err = await assertRejects(() =>
        root.downloadArtifact(taskId, runId, "public/missing.txt")
      );
      assert(err instanceof ErrorArtifactError);
      assertEquals(err.message, "Could not read file '/x': file-missing-on-worker");

      const names = (await root.listArtifacts(taskId, runId)).artifacts.map((a) => a.name).sort();
      assertEquals(names, [
        "public/big.bin",
        "public/build/target.bin",
        "public/link.txt",
        "public/logs/live_backing.log",
        "public/missing.txt",
        "public/ref.txt",
        "public/small.json",
      ]);
      const page = await root.listLatestArtifacts(taskId, { limit: 2 });
      assertEquals(page.artifacts.length, 2);
      assert(page.continuationToken);
      assertEquals((await root.latestArtifactInfo(taskId, "public/big.bin")).storageType, "object");
    } finally {
      await ref.close();
    }
  });
});

Deno.test("localtc: resolution conflicts and missing scopes are TaskclusterApiErrors, not retried", async () => {
  await withLocaltc(async (tc) => {
    const { root, taskId, claim } = await claimOne(tc);
    let retried = 0;
    const task = new Queue({
      rootUrl: tc.rootUrl,
      credentials: claim.credentials,
      ...FAST,
      onRetry: () => retried++,
    });
    await task.reportFailed(taskId, claim.runId);
    const e = await assertRejects(() => task.reportCompleted(taskId, claim.runId));
    assert(e instanceof TaskclusterApiError);
    assertEquals([e.statusCode, e.code], [409, "RequestConflict"]);
    // task credentials cannot cancel other tasks
    const other = slugid();
    await root.createTask(other, taskDef());
    const denied = await assertRejects(() => task.cancelTask(other));
    assert(denied instanceof TaskclusterApiError);
    assertEquals([denied.statusCode, denied.code], [403, "InsufficientScopes"]);
    // and a reclaim after resolution fails like the Go worker expects (409)
    const r = await assertRejects(() => task.reclaimTask(taskId, claim.runId));
    assertEquals((r as TaskclusterApiError).statusCode, 409);
    assertEquals(retried, 0);
    assertEquals((await root.cancelTask(other)).status.state, "exception");
    assertEquals((await root.task(other)).metadata.name, "client test");
  });
});

Deno.test("localtc: object hashes are verified on download", async () => {
  await withLocaltc(async (tc, dir) => {
    const creds = await tc.createClient("tester/object", [
      "object:upload:proj:*",
      "object:download:*",
    ]);
    const object = new ObjectService({ rootUrl: tc.rootUrl, credentials: creds, ...FAST });
    const file = join(dir, "o.bin");
    await writeTestFile(file, 20_000, 2);
    const up = await object.uploadObject(
      "some/object",
      "proj",
      slugid(),
      new Date(Date.now() + 86400_000),
      file,
      "application/x-test",
    );
    assertEquals(up.method, "putUrl");
    const meta = await object.object("some/object");
    assertEquals(meta.hashes.sha256, up.sha256);
    const dl = await object.downloadObject("some/object");
    assertEquals(dl.contentType, "application/x-test");
    const got = new Uint8Array(await new Response(dl.body).arrayBuffer());
    assertEquals(createHash("sha256").update(got).digest("hex"), up.sha256);
    // a service that lies about the hash: the stream errors at its end
    const lying = new ObjectService({
      rootUrl: tc.rootUrl,
      credentials: creds,
      ...FAST,
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        if (!String(input).includes("/start-download/")) return res;
        const j = await res.json();
        j.hashes.sha256 = "0".repeat(64);
        return Response.json(j);
      },
    });
    const bad = await lying.downloadObject("some/object");
    const e = await assertRejects(() => new Response(bad.body).arrayBuffer());
    assert(e instanceof HashMismatchError, String(e));
    // unknown objects are 404
    const nf = await assertRejects(() => object.downloadObject("no/such"));
    assertEquals((nf as TaskclusterApiError).statusCode, 404);
  });
});

Deno.test("localtc: index, purge-cache, secrets, worker-manager, auth", async () => {
  await withLocaltc(async (tc) => {
    const rootUrl = tc.rootUrl;
    const root = { rootUrl, credentials: tc.rootCredentials, ...FAST };
    // index
    const index = new Index(root);
    const taskId = slugid();
    const expires = new Date(Date.now() + 86400_000).toJSON();
    await index.insertTask("project.app.latest", { taskId, rank: 1, data: { a: 1 }, expires });
    const found = await new Index({ rootUrl, ...FAST }).findTask("project.app.latest");
    assertEquals([found.taskId, found.namespace], [taskId, "project.app.latest"]);
    assertEquals(
      (await assertRejects(() => index.findTask("no.such")) as TaskclusterApiError).code,
      "ResourceNotFound",
    );
    // purge-cache: the worker's own credentials read its pool's requests
    const cfg = tc.createWorkerConfig();
    const workerCreds = { clientId: cfg.clientId, accessToken: cfg.accessToken };
    const since = new Date(Date.now() - 60_000);
    await new PurgeCache(root).purgeCache(POOL, { cacheName: "cargo" });
    const purge = new PurgeCache({ rootUrl, credentials: workerCreds, ...FAST });
    const { requests } = await purge.purgeRequests(POOL, since);
    assertEquals(requests.map((r) => [r.provisionerId, r.workerType, r.cacheName]), [[
      "local",
      "generic-worker",
      "cargo",
    ]]);
    assertEquals((await purge.purgeRequests(POOL)).requests.length, 1);
    assertEquals(
      (await purge.purgeRequests(POOL, new Date(Date.now() + 3600_000))).requests.length,
      0,
    );
    // secrets, also through a bewit URL
    const secrets = new Secrets(root);
    await secrets.set("worker-pool:local/generic-worker", {
      secret: { config: { x: 1 } },
      expires,
    });
    assertEquals((await secrets.get("worker-pool:local/generic-worker")).secret, {
      config: { x: 1 },
    });
    const signed = secrets.buildSignedUrl(
      secrets.buildUrl("/secret/worker-pool%3Alocal%2Fgeneric-worker"),
      60,
    );
    const viaBewit = await fetch(signed);
    assertEquals((await viaBewit.json()).secret, { config: { x: 1 } });
    const unsigned = await fetch(secrets.buildUrl("/secret/worker-pool%3Alocal%2Fgeneric-worker"));
    assertEquals(unsigned.status, 403);
    await unsigned.body?.cancel();
    // worker-manager
    const wm = new WorkerManager({ rootUrl, credentials: workerCreds, ...FAST });
    assertEquals(
      (await wm.shouldWorkerTerminate(POOL, cfg.workerGroup, cfg.workerId)).terminate,
      false,
    );
    await tc.setShouldTerminate(POOL, cfg.workerGroup, cfg.workerId, true, "scale-down");
    assertEquals(await wm.shouldWorkerTerminate(POOL, cfg.workerGroup, cfg.workerId), {
      terminate: true,
      reason: "scale-down",
    });
    // auth: expandScopes with the worker's credentials, temporary and named credentials, authorizedScopes
    const auth = new Auth({ rootUrl, credentials: workerCreds, ...FAST });
    assertEquals((await auth.expandScopes({ scopes: ["queue:x"] })).scopes, ["queue:x"]);
    const temp = createTemporaryCredentials({
      credentials: tc.rootCredentials,
      expiry: Date.now() + 600_000,
      scopes: ["secrets:get:a", "secrets:get:b"],
    });
    const tempAuth = new Auth({ rootUrl, credentials: temp, ...FAST });
    const cur = (await tempAuth.currentScopes()).scopes;
    assert(
      cur.includes("secrets:get:a") && cur.includes("secrets:get:b") && !cur.includes("*"),
      cur.join(","),
    );
    const named = createTemporaryCredentials({
      credentials: tc.rootCredentials,
      clientId: "tester/named",
      expiry: Date.now() + 600_000,
      scopes: ["secrets:get:a"],
    });
    assert(
      (await new Auth({ rootUrl, credentials: named, ...FAST }).currentScopes()).scopes.includes(
        "secrets:get:a",
      ),
    );
    const limited = new Secrets({
      rootUrl,
      credentials: tc.rootCredentials,
      authorizedScopes: ["secrets:get:other"],
      ...FAST,
    });
    const denied = await assertRejects(() => limited.get("worker-pool:local/generic-worker"));
    assertEquals(
      [(denied as TaskclusterApiError).statusCode, (denied as TaskclusterApiError).code],
      [403, "InsufficientScopes"],
    );
    // a forged certificate is refused
    const cert = JSON.parse(temp.certificate!);
    cert.scopes = ["*"];
    const forged = new Auth({
      rootUrl,
      credentials: { ...temp, certificate: JSON.stringify(cert) },
      ...FAST,
    });
    assertEquals(
      (await assertRejects(() => forged.currentScopes()) as TaskclusterApiError).statusCode,
      401,
    );
    // createClient hands out working credentials
    const made = await new Auth(root).createClient("tester/made", {
      description: "d",
      expires,
      scopes: ["secrets:get:worker-pool:*"],
    });
    const madeSecrets = new Secrets({
      rootUrl,
      credentials: { clientId: made.clientId, accessToken: made.accessToken },
      ...FAST,
    });
    assertEquals((await madeSecrets.get("worker-pool:local/generic-worker")).secret, {
      config: { x: 1 },
    });
  });
});
