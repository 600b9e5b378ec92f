/**
 * localtc state survives a restart on the same data dir (tasks, runs,
 * artifacts and their bytes, objects, clients, roles, index, secrets), and
 * a corrupt or partly written state file stops start-up with an error
 * naming the file.
 */
import { join } from "node:path";
import { Buffer } from "node:buffer";
import { Readable } from "node:stream";
import { assert, assertEquals, assertRejects, assertStringIncludes } from "../helpers/assert.ts";
import { startLocalTaskcluster, StateFileError } from "../../src/localtc/mod.ts";
import { startEnv, taskDef, tc } from "./helpers.ts";

const POOL = "local/generic-worker";
const WORKER = { workerGroup: "local", workerId: "local-worker" };

Deno.test("restart on the same data dir loses nothing", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "localtc-persist-" });
  try {
    let env = await startEnv({ dataDir });
    const root1 = env.tc.rootCredentials;
    const cfg = env.tc.createWorkerConfig();
    const workerCreds = { clientId: cfg.clientId, accessToken: cfg.accessToken };
    const done = tc.slugid();
    const running = tc.slugid();
    const waiting = tc.slugid();
    const expires = new Date(Date.now() + 86400_000).toJSON();
    await env.queue().createTask(done, taskDef(env.clock));
    const c = (await env.queue(workerCreds).claimWork(POOL, { tasks: 1, ...WORKER })).tasks[0];
    const q = env.queue(c.credentials);
    const s3 = await q.createArtifact(done, 0, "public/a.txt", {
      storageType: "s3",
      contentType: "text/plain",
      expires,
    });
    const put = await fetch(s3.putUrl, {
      method: "PUT",
      body: "persisted bytes",
      headers: { "content-type": "text/plain" },
    });
    assertEquals(put.status, 200);
    await put.body?.cancel();
    const obj = await q.createArtifact(done, 0, "public/o.bin", {
      storageType: "object",
      contentType: "application/octet-stream",
      contentLength: 5,
      expires,
    });
    await tc.upload({
      projectId: obj.projectId,
      name: obj.name,
      contentType: "application/octet-stream",
      contentLength: 5,
      expires: obj.expires,
      uploadId: obj.uploadId,
      object: env.client(tc.Object, obj.credentials),
      streamFactory: () => Readable.from([Buffer.from("12345")]),
      retries: 0,
    });
    await q.finishArtifact(done, 0, "public/o.bin", { uploadId: obj.uploadId });
    await q.reportCompleted(done, 0);
    await env.queue().createTask(running, taskDef(env.clock));
    const c2 = (await env.queue(workerCreds).claimWork(POOL, { tasks: 1, ...WORKER })).tasks[0];
    await env.queue().createTask(waiting, taskDef(env.clock, { dependencies: [running] }));
    await env.client(tc.Index, root1).insertTask("a.b", {
      taskId: done,
      rank: 1,
      data: {},
      expires,
    });
    await env.client(tc.Secrets, root1).set("s", { secret: { k: "v" }, expires });
    await env.client(tc.Auth, root1).createRole("r", {
      description: "r",
      scopes: ["secrets:get:s"],
    });
    const app = await env.tc.createClient("tester/app", ["assume:r"]);
    const statusBefore = (await env.queue().status(done)).status;
    await env.close();

    env = await startEnv({ dataDir });
    try {
      assertEquals(env.tc.rootCredentials, root1);
      assertEquals((await env.queue().status(done)).status, statusBefore);
      assertEquals((await env.queue().task(done)).payload, taskDef(env.clock).payload);
      const names = (await env.anonQueue().listArtifacts(done, 0)).artifacts.map((
        a: { name: string },
      ) => a.name);
      assertEquals(names, ["public/a.txt", "public/o.bin"]);
      const u = await env.anonQueue().latestArtifact(done, "public/a.txt");
      assertEquals(await (await fetch(u.url)).text(), "persisted bytes");
      // a URL signed before the restart still works (the signing secret is persisted)
      const getUrl = env.queue().buildUrl(env.queue().getArtifact, done, 0, "public/a.txt");
      const redirected = await fetch(getUrl, { redirect: "manual" });
      const loc = redirected.headers.get("location")!;
      await redirected.body?.cancel();
      assertEquals(await (await fetch(loc)).text(), "persisted bytes");
      const objUrl = await fetch(
        env.anonQueue().buildUrl(env.anonQueue().getArtifact, done, 0, "public/o.bin"),
        {
          redirect: "manual",
        },
      );
      const objLoc = objUrl.headers.get("location")!;
      await objUrl.body?.cancel();
      assertEquals(await (await fetch(objLoc)).text(), "12345");

      // the running claim and its credentials carry on; the dependent is still waiting
      assertEquals((await env.queue().status(running)).status.state, "running");
      assertEquals((await env.queue().status(waiting)).status.state, "unscheduled");
      await env.queue(c2.credentials).reportCompleted(running, 0);
      assertEquals((await env.queue().status(waiting)).status.state, "pending");
      // the worker's client still authenticates
      const again = await env.queue(workerCreds).claimWork(POOL, { tasks: 1, ...WORKER });
      assertEquals(again.tasks[0].status.taskId, waiting);

      assertEquals((await env.client(tc.Index).findTask("a.b")).taskId, done);
      assertEquals((await env.client(tc.Secrets, app).get("s")).secret, { k: "v" });
    } finally {
      await env.close();
    }
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("a corrupt or partly written state file stops start-up, naming the file", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "localtc-corrupt-" });
  try {
    const env = await startEnv({ dataDir });
    const taskId = tc.slugid();
    await env.queue().createTask(taskId, taskDef(env.clock));
    await env.close();

    const taskFile = join(dataDir, "state", "tasks", `${taskId}.json`);
    const good = await Deno.readTextFile(taskFile);
    assert(good.includes(taskId));
    // an uncommitted temp file from a crashed write is not an error, and is cleaned up
    const leftover = `${taskFile}.tmp-0000`;
    await Deno.writeTextFile(leftover, good.slice(0, 10));
    const ok = await startLocalTaskcluster({ dataDir });
    await ok.close();
    await assertRejects(() => Deno.stat(leftover));

    // a truncated record
    await Deno.writeTextFile(taskFile, good.slice(0, Math.floor(good.length / 2)));
    const err = await assertRejects(() => startLocalTaskcluster({ dataDir }));
    assert(err instanceof StateFileError, `got ${err}`);
    assertEquals(err.file, taskFile);
    assertStringIncludes(err.message, taskFile);
    assertStringIncludes(err.message, "not valid JSON");

    // valid JSON of the wrong shape
    await Deno.writeTextFile(taskFile, JSON.stringify({ v: 1, key: taskId, value: { taskId } }));
    const shape = await assertRejects(() => startLocalTaskcluster({ dataDir }));
    assert(shape instanceof StateFileError);
    assertStringIncludes(shape.message, taskFile);
    assertStringIncludes(shape.message, "task record lacks");

    // restoring the record brings the task back
    await Deno.writeTextFile(taskFile, good);
    const back = await startEnv({ dataDir });
    try {
      assertEquals((await back.queue().status(taskId)).status.taskId, taskId);
    } finally {
      await back.close();
    }
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
