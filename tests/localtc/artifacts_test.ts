/**
 * Artifacts of every storage type against localtc with the official
 * taskcluster-client: s3 (signed PUT then GET through the 303), object
 * (object service upload/download, dataInline and putUrl), reference,
 * link, error; listing; artifact-content; and the queue's refusals.
 */
import { Buffer } from "node:buffer";
import { Readable, Writable } from "node:stream";
import { gzipSync } from "node:zlib";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { type Env, expectTcError, startEnv, taskDef, tc } from "./helpers.ts";

const POOL = "local/generic-worker";
const WORKER = { workerGroup: "local", workerId: "local-worker" };

interface Claimed {
  env: Env;
  taskId: string;
  q: InstanceType<typeof tc.Queue>;
  creds: { clientId: string; accessToken: string; certificate: string };
  expires: string;
}

async function withClaim(fn: (c: Claimed) => Promise<void>, taskExtra = {}): Promise<void> {
  const env = await startEnv();
  try {
    const taskId = tc.slugid();
    await env.queue().createTask(taskId, taskDef(env.clock, taskExtra));
    const cfg = env.tc.createWorkerConfig();
    const res = await env.queue({ clientId: cfg.clientId, accessToken: cfg.accessToken })
      .claimWork(POOL, { tasks: 1, ...WORKER });
    const creds = res.tasks[0].credentials;
    await fn({
      env,
      taskId,
      q: env.queue(creds),
      creds,
      expires: new Date(env.clock.ms + 86400_000).toJSON(),
    });
  } finally {
    await env.close();
  }
}

/** Follows getArtifact's 303 by hand: returns status, location and the JSON body. */
async function getArtifact(
  url: string,
): Promise<{ status: number; location: string | null; body: unknown }> {
  const res = await fetch(url, { redirect: "manual" });
  const body = await res.json();
  return { status: res.status, location: res.headers.get("location"), body };
}

function sink(): { stream: Writable; bytes: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(new Uint8Array(chunk));
      cb();
    },
  });
  return { stream, bytes: () => new Uint8Array(Buffer.concat(chunks)) };
}

Deno.test("s3 artifact: signed PUT (content type bound), 303 to a signed GET with the stored headers", async () => {
  await withClaim(async ({ env, taskId, q, expires }) => {
    const name = "public/logs/live_backing.log";
    const text = "hello from a task\n".repeat(1000);
    const gz = new Uint8Array(gzipSync(new TextEncoder().encode(text)));
    const art = await q.createArtifact(taskId, 0, name, {
      storageType: "s3",
      contentType: "text/plain; charset=utf-8",
      contentLength: text.length,
      expires,
    });
    assertEquals(art.storageType, "s3");
    assertEquals(art.contentType, "text/plain; charset=utf-8");
    assert(
      art.putUrl.startsWith(
        `${env.tc.rootUrl}/blobs/s3/_${taskId}%2F0%2Fpublic%2Flogs%2Flive_backing.log?`,
      ),
    );

    // the PUT must carry the Content-Type it was created with, and a Content-Length
    const wrongType = await fetch(art.putUrl, {
      method: "PUT",
      body: gz,
      headers: { "content-type": "application/octet-stream", "content-encoding": "gzip" },
    });
    assertEquals(wrongType.status, 403);
    assertEquals((await wrongType.json()).code, "SignatureDoesNotMatch");
    const chunked = await fetch(art.putUrl, {
      method: "PUT",
      body: new Blob([gz]).stream(),
      headers: { "content-type": art.contentType, "content-encoding": "gzip" },
    });
    assertEquals(chunked.status, 411);
    await chunked.body?.cancel();
    const tamperedUrl = new URL(art.putUrl);
    tamperedUrl.searchParams.set("signature", "x".repeat(43));
    const tampered = tamperedUrl.toString();
    const bad = await fetch(tampered, {
      method: "PUT",
      body: gz,
      headers: { "content-type": art.contentType },
    });
    assertEquals(bad.status, 403);
    await bad.body?.cancel();
    const put = await fetch(art.putUrl, {
      method: "PUT",
      body: gz,
      headers: { "content-type": art.contentType, "content-encoding": "gzip" },
    });
    assertEquals(put.status, 200);
    await put.body?.cancel();

    // public/ artifacts are readable anonymously; the 303 body names the same URL
    const anon = env.anonQueue();
    const got = await getArtifact(anon.buildUrl(anon.getArtifact, taskId, 0, name));
    assertEquals(got.status, 303);
    assertEquals((got.body as { url: string }).url, got.location);
    assertEquals((got.body as { storageType: string }).storageType, "s3");
    const raw = await fetch(got.location!);
    assertEquals(raw.headers.get("content-type"), "text/plain; charset=utf-8");
    assertEquals(raw.headers.get("content-encoding"), "gzip");
    // fetch decodes the gzip transfer: the content is the original text
    assertEquals(await raw.text(), text);
    // the stored bytes are exactly the uploaded ones
    const exact = await fetch(got.location!, { headers: { "accept-encoding": "identity" } });
    assertEquals(exact.headers.get("content-length"), String(gz.length));
    assertEquals(new Uint8Array(await exact.arrayBuffer()), gz);

    // artifact-content (what the worker's artifact mounts call) and the client's downloader
    const content = await anon.latestArtifact(taskId, name);
    assertEquals(content.storageType, "s3");
    const out = sink();
    const ct = await tc.downloadArtifact({
      taskId,
      name,
      queue: anon,
      streamFactory: () => out.stream,
      retries: 0,
    });
    assertEquals(ct, "text/plain; charset=utf-8");
    assertEquals(new TextDecoder().decode(out.bytes()), text);

    const list = await anon.listArtifacts(taskId, 0);
    assertEquals(list.artifacts, [{
      storageType: "s3",
      name,
      expires,
      contentType: "text/plain; charset=utf-8",
      contentLength: text.length,
    }]);
    assertEquals((await anon.listLatestArtifacts(taskId)).artifacts, list.artifacts);
  });
});

Deno.test("object artifacts: object-service upload (dataInline and putUrl), finishArtifact, download with hashes", async () => {
  await withClaim(async ({ env, taskId, q, expires }) => {
    for (const [name, size] of [["public/small.bin", 100], ["public/big.bin", 300_000]] as const) {
      const data = crypto.getRandomValues(new Uint8Array(Math.min(size, 65536)));
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += data.length) {
        bytes.set(data.subarray(0, Math.min(data.length, size - i)), i);
      }
      const art = await q.createArtifact(taskId, 0, name, {
        storageType: "object",
        contentType: "application/octet-stream",
        contentLength: size,
        expires,
      });
      assertEquals(art.storageType, "object");
      assertEquals(art.name, `t/${taskId}/0/${name}`);
      assertEquals(art.projectId, "none");
      assertEquals(art.expires, expires);
      assert(
        art.credentials.clientId.startsWith(`artifact-upload/${taskId}/0/on/local/local-worker`),
      );
      // not listed before it is finished
      assertEquals(
        (await q.listArtifacts(taskId, 0)).artifacts.filter((a: { name: string }) =>
          a.name === name
        ),
        [],
      );
      const object = env.client(tc.Object, art.credentials);
      await tc.upload({
        projectId: art.projectId,
        name: art.name,
        contentType: "application/octet-stream",
        contentLength: size,
        expires: art.expires,
        uploadId: art.uploadId,
        object,
        streamFactory: () => Readable.from([Buffer.from(bytes)]),
        retries: 0,
      });
      const wrongId = await expectTcError(
        () => q.finishArtifact(taskId, 0, name, { uploadId: tc.slugid() }),
        400,
      );
      assertStringIncludes(wrongId.body.message, "given uploadId does not match");
      await q.finishArtifact(taskId, 0, name, { uploadId: art.uploadId });
      // the upload credentials cannot download other objects
      const elsewhere = await expectTcError(
        () => object.startDownload("t/other", { acceptDownloadMethods: { simple: true } }),
        403,
      );
      assertEquals(elsewhere.code, "InsufficientScopes");

      const content = await env.anonQueue().latestArtifact(taskId, name);
      assertEquals(content.storageType, "object");
      assertEquals(content.name, art.name);
      const out = sink();
      await tc.downloadArtifact({
        taskId,
        name,
        queue: env.anonQueue(),
        streamFactory: () => out.stream,
        retries: 0,
      });
      assertEquals(out.bytes(), bytes);
      // getArtifact redirects straight to the data
      const anon = env.anonQueue();
      const got = await getArtifact(anon.buildUrl(anon.getLatestArtifact, taskId, name));
      assertEquals(got.status, 303);
      const direct = new Uint8Array(await (await fetch(got.location!)).arrayBuffer());
      assertEquals(direct, bytes);
    }
  });
});

Deno.test("reference, link and error artifacts; private artifacts need scopes", async () => {
  await withClaim(async ({ env, taskId, q, expires }) => {
    await q.createArtifact(taskId, 0, "public/logs/live.log", {
      storageType: "reference",
      url: "https://example.com/live",
      contentType: "text/plain; charset=utf-8",
      expires,
    });
    // a link may replace a reference (the live log's end-of-task switch)
    await q.createArtifact(taskId, 0, "private/target.txt", {
      storageType: "reference",
      url: "https://example.com/target",
      contentType: "text/plain",
      expires,
    });
    await q.createArtifact(taskId, 0, "public/link", {
      storageType: "link",
      artifact: "private/target.txt",
      contentType: "text/plain",
      expires,
    });
    await q.createArtifact(taskId, 0, "public/missing.txt", {
      storageType: "error",
      reason: "file-missing-on-worker",
      message: "Could not read file '/x/missing.txt'",
      expires,
    });
    const anon = env.anonQueue();
    const ref = await getArtifact(
      anon.buildUrl(anon.getArtifact, taskId, 0, "public/logs/live.log"),
    );
    assertEquals(ref.status, 303);
    assertEquals(ref.location, "https://example.com/live");
    assertEquals(await anon.artifact(taskId, 0, "public/logs/live.log"), {
      storageType: "reference",
      url: "https://example.com/live",
    });

    // the link's target is private: anonymous callers get 403 with the missing scope
    const denied = await fetch(anon.buildUrl(anon.getArtifact, taskId, 0, "public/link"), {
      redirect: "manual",
    });
    assertEquals(denied.status, 403);
    const body = await denied.json();
    assertEquals(body.code, "InsufficientScopes");
    assertStringIncludes(body.message, "queue:get-artifact:private/target.txt");
    assertEquals(Object.keys(body).sort(), ["code", "message", "requestInfo"]);
    assertEquals(body.requestInfo.method, "getArtifact");
    assertEquals(body.requestInfo.params.name, "public/link");
    // with the scope (root), the link resolves to the target
    const root = env.queue();
    assertEquals(await root.latestArtifact(taskId, "public/link"), {
      storageType: "reference",
      url: "https://example.com/target",
    });
    // a signed URL (bewit) carries the caller's scopes
    const signed = root.buildSignedUrl(root.getArtifact, taskId, 0, "public/link");
    const viaBewit = await getArtifact(signed);
    assertEquals(viaBewit.location, "https://example.com/target");

    const err = await fetch(anon.buildUrl(anon.getArtifact, taskId, 0, "public/missing.txt"), {
      redirect: "manual",
    });
    assertEquals(err.status, 424);
    assertEquals(await err.json(), {
      reason: "file-missing-on-worker",
      message: "Could not read file '/x/missing.txt'",
    });
    assertEquals(await anon.artifact(taskId, 0, "public/missing.txt"), {
      storageType: "error",
      reason: "file-missing-on-worker",
      message: "Could not read file '/x/missing.txt'",
    });

    const names = (await anon.listArtifacts(taskId, 0)).artifacts.map((a: { name: string }) =>
      a.name
    );
    assertEquals(names, [
      "private/target.txt",
      "public/link",
      "public/logs/live.log",
      "public/missing.txt",
    ]);
    await expectTcError(() => anon.artifact(taskId, 0, "public/nope"), 404);
  });
});

Deno.test("createArtifact refusals: expiry after task expiry, conflicting repeat, resolved run, foreign run", async () => {
  await withClaim(async ({ env, taskId, q, expires }) => {
    const task = await q.task(taskId);
    const late = new Date(Date.parse(task.expires) + 1000).toJSON();
    const tooLate = await expectTcError(
      () =>
        q.createArtifact(taskId, 0, "public/a", {
          storageType: "s3",
          contentType: "text/plain",
          expires: late,
        }),
      400,
    );
    assertEquals(tooLate.code, "InputError");
    assertStringIncludes(tooLate.body.message, "after the task expiration");
    const s3 = { storageType: "s3", contentType: "text/plain", expires };
    await q.createArtifact(taskId, 0, "public/a", s3);
    // same request again is fine (e.g. to refresh the URL); another content type is not
    await q.createArtifact(taskId, 0, "public/a", s3);
    const conflict = await expectTcError(
      () => q.createArtifact(taskId, 0, "public/a", { ...s3, contentType: "application/json" }),
      409,
    );
    assertEquals(conflict.code, "RequestConflict");
    const invalid = await expectTcError(
      () => q.createArtifact(taskId, 0, "public/b", { storageType: "volume", expires }),
      400,
    );
    assertEquals(invalid.code, "InputValidationError");
    // another task's credentials cannot write here
    const other = tc.slugid();
    await env.queue().createTask(other, taskDef(env.clock));
    const foreign = await expectTcError(
      () => env.anonQueue().createArtifact(other, 0, "public/x", s3),
      403,
    );
    assertEquals(foreign.code, "InsufficientScopes");
    await q.reportCompleted(taskId, 0);
    const resolved = await expectTcError(() => q.createArtifact(taskId, 0, "public/c", s3), 409);
    assertStringIncludes(
      resolved.body.message,
      "Artifacts cannot be created for a task after it is resolved",
    );
  });
});

Deno.test("artifact names with spaces, %, + and dot segments round-trip through signed URLs", async () => {
  await withClaim(async ({ env, taskId, q, expires }) => {
    for (const name of ["public/a b+c%41/../e.txt", "public/./x?y#z", "public/.."]) {
      const art = await q.createArtifact(taskId, 0, name, {
        storageType: "s3",
        contentType: "text/plain",
        expires,
      });
      const put = await fetch(art.putUrl, {
        method: "PUT",
        body: `data of ${name}`,
        headers: { "content-type": "text/plain" },
      });
      assertEquals(put.status, 200, name);
      await put.body?.cancel();
      const content = await env.anonQueue().artifact(taskId, 0, name);
      assertEquals(await (await fetch(content.url)).text(), `data of ${name}`);
    }
    const names = (await q.listArtifacts(taskId, 0)).artifacts.map((a: { name: string }) => a.name);
    // the real queue's order (glibc en_US.UTF-8, see collation_test.ts), as `sort` gives it
    assertEquals(names, ["public/..", "public/a b+c%41/../e.txt", "public/./x?y#z"]);
  });
});
