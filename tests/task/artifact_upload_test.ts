/**
 * The artifact failure classification (spec 10.4, 7.7) against a fake
 * queue on a real HTTP server: createArtifact 5xx -> resource-unavailable,
 * 409 -> malformed-payload, other 4xx -> ignored when the run was
 * cancelled else internal-error, no reply (retries spent) ->
 * resource-unavailable and said in the task log; a failing PUT ->
 * resource-unavailable with `Error uploading artifact`; error artifacts log
 * Go's line with %q-quoted message and reason.
 */
import { join } from "node:path";
import { Hono } from "hono";
import { defaultConfig } from "../../src/config/load.ts";
import { TaskLog } from "../../src/task/task_log.ts";
import { TaskRun } from "../../src/task/task_run.ts";
import type { RetryOptions } from "../../src/taskcluster/retry.ts";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";

interface Fake {
  rootUrl: string;
  state: { run: string; reason: string };
  close(): Promise<void>;
}

function fakeQueue(port = 0): Fake {
  const state = { run: "running", reason: "" };
  const app = new Hono();
  app.post("/api/queue/v1/task/:taskId/runs/:runId/artifacts/:name", async (c) => {
    const name = c.req.param("name");
    const body = await c.req.json();
    const status = Number(name.match(/^status-(\d+)/)?.[1] ?? 200);
    if (status !== 200) {
      return c.json({ code: "Fake", message: `fake ${status} for ${name}` }, status as 400);
    }
    if (body.storageType === "s3") {
      return c.json({
        storageType: "s3",
        putUrl: new URL(`/put/${name}`, c.req.url).toString(),
        contentType: body.contentType,
        expires: body.expires,
      });
    }
    return c.json({ storageType: body.storageType });
  });
  app.put("/put/:name", async (c) => {
    await c.req.arrayBuffer();
    return c.text("storage is down", 503);
  });
  app.get("/api/queue/v1/task/:taskId/status", (c) =>
    c.json({
      status: {
        taskId: c.req.param("taskId"),
        state: state.run,
        runs: [{ runId: 0, state: state.run, reasonResolved: state.reason || undefined }],
      },
    }));
  const server = Deno.serve({ port, hostname: "127.0.0.1", onListen() {} }, app.fetch);
  return {
    rootUrl: `http://127.0.0.1:${server.addr.port}`,
    state,
    close: () => server.shutdown(),
  };
}

async function makeTask(
  rootUrl: string,
  dir: string,
  workerLines: string[],
  retry: RetryOptions = { retries: 0 },
): Promise<TaskRun> {
  const config = {
    ...defaultConfig("insecure", "linux"),
    rootURL: rootUrl,
    tasksDir: dir,
    clientId: "worker",
    accessToken: "worker-token",
  };
  const task = new TaskRun({
    config,
    claim: {
      status: { taskId: "fakeTaskIdAAAAAAAAAAAA" },
      runId: 0,
      task: { expires: "2040-01-01T00:00:00.000Z", deadline: "2039-01-01T00:00:00.000Z" },
      credentials: { clientId: "task", accessToken: "task-token" },
      takenUntil: new Date(Date.now() + 1_200_000).toISOString(),
    },
    workerLog: (l) => workerLines.push(l),
    retry,
  });
  task.log = await TaskLog.create(join(dir, "log"));
  return task;
}

Deno.test("artifact failures are classified as the Go worker does", async () => {
  const dir = await Deno.makeTempDir();
  const fake = fakeQueue();
  const lines: string[] = [];
  try {
    const task = await makeTask(fake.rootUrl, dir, lines);
    const file = join(dir, "f.txt");
    await Deno.writeTextFile(file, "content");
    const expires = "2040-01-01T00:00:00Z";
    const link = (name: string) =>
      task.uploadArtifact({
        kind: "link",
        name,
        artifact: "x",
        contentType: "text/plain",
        expires,
      });

    const e500 = await link("status-500");
    assertEquals([e500?.resolution, e500?.reason], ["exception", "resource-unavailable"]);
    assertStringIncludes(
      e500!.message,
      'TASK EXCEPTION due to response code 500 from Queue when uploading artifact status-500 with CreateArtifact payload {"storageType":"link"',
    );

    const e409 = await link("status-409");
    assertEquals(e409?.reason, "malformed-payload");
    assertStringIncludes(
      e409!.message,
      "there was a conflict uploading artifact status-409 - this suggests artifact status-409 was already uploaded to this task with different content earlier on in this task.\n" +
        `Check the artifacts section of the task payload at ${fake.rootUrl}/api/queue/v1/task/fakeTaskIdAAAAAAAAAAAA\n`,
    );

    const e403 = await link("status-403");
    assertEquals([e403?.resolution, e403?.reason], ["exception", "internal-error"]);
    assertStringIncludes(e403!.message, "WORKER EXCEPTION due to response code 403 from Queue");

    fake.state.run = "exception";
    fake.state.reason = "canceled";
    assertEquals(await link("status-403"), undefined, "ignored once the run was cancelled");
    fake.state.reason = "deadline-exceeded";
    assertEquals(await link("status-403"), undefined, "ignored after the deadline");
    fake.state.run = "running";
    fake.state.reason = "";

    const put = await task.uploadArtifact({
      kind: "file",
      name: "f.txt",
      path: file,
      contentType: "text/plain",
      contentEncoding: "identity",
      expires,
    });
    assertEquals(put?.reason, "resource-unavailable");
    assertEquals(task.uploaded.length, 0);

    const ok = await task.uploadArtifact({
      kind: "error",
      name: "err",
      path: "rel/path.txt",
      reason: "file-missing-on-worker",
      message: `Could not read file '/x/"quoted"'\n`,
      expires,
      optional: false,
    });
    assertEquals(ok, undefined);
    await task.log.close();
    const log = await Deno.readTextFile(task.log.path);
    assertStringIncludes(log, "[taskcluster:error] Error uploading artifact: ");
    assertStringIncludes(
      log,
      `[taskcluster:error] Uploading error artifact err from file rel/path.txt with message "Could not read file '/x/\\"quoted\\"'\\n", reason "file-missing-on-worker" and expiry 2040-01-01T00:00:00.000Z\n`,
    );
  } finally {
    await fake.close();
    await Deno.remove(dir, { recursive: true });
  }
});

function deadPort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

Deno.test("artifact creation without any reply (retries spent) fails the task resource-unavailable and says so", async () => {
  const dir = await Deno.makeTempDir();
  const lines: string[] = [];
  try {
    const task = await makeTask(`http://127.0.0.1:${deadPort()}`, dir, lines);
    const e = await task.uploadArtifact({
      kind: "reference",
      name: "ref",
      url: "http://example.com/",
      contentType: "text/plain",
      expires: "2040-01-01T00:00:00Z",
    });
    assertEquals([e?.resolution, e?.reason], ["exception", "resource-unavailable"]);
    assert(lines.some((l) => l.includes("probably got no network")), lines.join("\n"));
    await task.log.close();
    assertStringIncludes(
      await Deno.readTextFile(task.log.path),
      "[taskcluster:error] Could not upload artifact ref: the queue could not be reached",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("artifact creation is retried for as long as the budget allows, not a fixed count: a queue back after 1.5 s gets the artifact", async () => {
  const dir = await Deno.makeTempDir();
  const lines: string[] = [];
  const port = deadPort();
  let fake: Fake | undefined;
  const back = setTimeout(() => fake = fakeQueue(port), 1500);
  try {
    // short waits (20..100 ms) so that many more than 5 retries fit in the outage
    const task = await makeTask(`http://127.0.0.1:${port}`, dir, lines, {
      initialDelayMs: 20,
      maxDelayMs: 100,
      totalBudgetMs: 20_000,
    });
    const started = performance.now();
    const e = await task.uploadArtifact({
      kind: "link",
      name: "public/link",
      artifact: "x",
      contentType: "text/plain",
      expires: "2040-01-01T00:00:00Z",
    });
    assertEquals(e, undefined, e?.message);
    assert(fake !== undefined, "the artifact was created only once the queue was back");
    assert(performance.now() - started >= 1400);
    assert(!lines.some((l) => l.includes("not uploaded")), lines.join("\n"));
    await task.log.close();
  } finally {
    clearTimeout(back);
    await fake?.close();
    await Deno.remove(dir, { recursive: true });
  }
});
