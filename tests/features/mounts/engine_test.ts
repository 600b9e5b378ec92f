/**
 * Mounts/Caches end to end through the task engine: tasks created in
 * localtc, claimed with the worker's credentials, run by `runTask` with the
 * engine's real feature list (payload validation, scope checks, commands
 * run as processes, artifact and log upload) plus this feature, resolved in
 * the queue. Content comes from a producer task's artifacts (s3 and
 * object), the index and a local HTTP server.
 */
import { join } from "node:path";
import { defaultConfig } from "../../../src/config/load.ts";
import type { Config } from "../../../src/config/config.ts";
import { type MountsFeature, mountsFeature } from "../../../src/features/mounts/mod.ts";
import { taskUserFeature } from "../../../src/features/task_user/mod.ts";
import { type LocalTaskcluster, startLocalTaskcluster } from "../../../src/localtc/mod.ts";
import { Queue } from "../../../src/taskcluster/queue.ts";
import { slugid } from "../../../src/taskcluster/slugid.ts";
import { createTaskRunner, type TaskEngine } from "../../../src/worker/task_engine.ts";
import type { ClaimedTask } from "../../../src/worker/worker.ts";
import { WorkerLog } from "../../../src/worker/worker_log.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import {
  type Dirs,
  type FileServer,
  makeDirs,
  makeTar,
  makeZip,
  produceArtifacts,
  recordingUnpacker,
  serveCounting,
  sha256,
} from "./helpers.ts";

const FAST = { retries: 4, initialDelayMs: 1, maxDelayMs: 5 };

interface E2E {
  tc: LocalTaskcluster;
  dirs: Dirs;
  config: Config;
  mounts: MountsFeature;
  engine: TaskEngine;
  http: FileServer;
  producer: string;
  tgz: Uint8Array<ArrayBuffer>;
  workerLines: string[];
  /** Creates a task, claims it, runs it through the engine; returns resolution and backing log. */
  run(
    payload: Record<string, unknown>,
    extra?: Record<string, unknown>,
  ): Promise<{ state: string; reason: string; log: string; taskId: string }>;
}

async function withE2E(
  fn: (e: E2E) => Promise<void>,
  engineKind: "insecure" | "multiuser" = "insecure",
): Promise<void> {
  const dirs = await makeDirs("mounts-e2e-");
  // task users must reach the task directories
  if (engineKind === "multiuser") await Deno.chmod(dirs.root, 0o755);
  const tc = await startLocalTaskcluster({
    dataDir: join(dirs.root, "localtc"),
    claimWorkTimeoutSecs: 0.5,
  });
  const tgz = await makeTar(dirs.root, { "hello.txt": "hello from the archive\n" });
  const zip = await makeZip(dirs.root, { "z/zipped.txt": "zipped\n" });
  let failures = 0;
  const http = serveCounting((req) => {
    const p = new URL(req.url).pathname;
    if (p === "/flaky.txt") {
      return ++failures <= 2
        ? new Response("try later", { status: 503 })
        : new Response("eventually\n");
    }
    if (p === "/a.tar.gz") return new Response(tgz);
    return new Response("nope", { status: 404 });
  });
  const workerLines: string[] = [];
  let engine: TaskEngine | undefined;
  try {
    const producer = await produceArtifacts(tc, dirs.root, [
      { name: "public/a.tar.gz", data: tgz, storage: "s3" },
      { name: "public/a.zip", data: zip, storage: "object" },
      { name: "public/a.txt", data: "artifact text\n", storage: "object" },
    ], "proj.e2e.latest");
    const wc = tc.createWorkerConfig();
    const config: Config = {
      ...defaultConfig(engineKind, "linux"),
      headlessTasks: true,
      ...wc,
      tasksDir: dirs.tasksDir,
      cachesDir: dirs.cachesDir,
      downloadsDir: dirs.downloadsDir,
      livelogPortBase: 0,
      publicIP: "127.0.0.1",
      enableLiveLog: false,
      enableTaskclusterProxy: false,
      enableInteractive: false,
      enableResourceMonitor: false,
      requiredDiskSpaceMegabytes: 1,
    };
    const mounts = mountsFeature({
      stateDir: dirs.stateDir,
      log: (l) => workerLines.push(l),
      unpacker: recordingUnpacker(),
      http: FAST,
      retry: FAST,
    });
    const log = new WorkerLog((l) => workerLines.push(l));
    engine = await createTaskRunner({
      config,
      log,
      status: () => ({}),
      stateDir: dirs.stateDir,
      extraFeatures: {
        afterLiveLog: engineKind === "multiuser"
          ? [taskUserFeature({ log: (l) => workerLines.push(l) }), mounts]
          : [mounts],
      },
    });
    const root = new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, retries: 1 });
    const workerQueue = new Queue({
      rootUrl: tc.rootUrl,
      credentials: { clientId: wc.clientId, accessToken: wc.accessToken },
      retries: 1,
    });
    const eng = engine;
    await fn({
      tc,
      dirs,
      config,
      mounts,
      engine: eng,
      http,
      producer,
      tgz,
      workerLines,
      async run(payload, extra = {}) {
        const taskId = slugid();
        const now = Date.now();
        await root.createTask(taskId, {
          taskQueueId: `${wc.provisionerId}/${wc.workerType}`,
          created: new Date(now).toISOString(),
          deadline: new Date(now + 3_600_000).toISOString(),
          expires: new Date(now + 86_400_000).toISOString(),
          payload: { maxRunTime: 60, ...payload },
          metadata: {
            name: "mounts e2e",
            description: "d",
            owner: "t@example.com",
            source: "https://x",
          },
          ...extra,
        });
        let claim: ClaimedTask | undefined;
        for (let i = 0; i < 40 && !claim; i++) {
          const r = await workerQueue.claimWork(`${wc.provisionerId}/${wc.workerType}`, {
            tasks: 1,
            workerGroup: wc.workerGroup,
            workerId: wc.workerId,
          });
          claim = r.tasks.find((t) => t.status.taskId === taskId) as ClaimedTask | undefined;
        }
        if (!claim) throw new Error(`task ${taskId} was not claimed`);
        await eng.runTask(claim, new AbortController().signal);
        const { status } = await root.status(taskId);
        const run = status.runs[status.runs.length - 1];
        const d = await root.getLatestArtifactContent(taskId, "public/logs/live_backing.log");
        const text = await new Response(d.body).text();
        return { state: run.state, reason: run.reasonResolved ?? "", log: text, taskId };
      },
    });
  } finally {
    await engine?.close();
    await http.close();
    await tc.close();
    await dirs.cleanup();
  }
}

const sh = (script: string) => [["/bin/sh", "-c", script]];

Deno.test("e2e: every mount type with every content source; the command sees the content", async () => {
  await withE2E(async (e) => {
    const r = await e.run({
      command: sh(
        [
          'test "$(cat f/artifact.txt)" = "artifact text"',
          'test "$(cat f/indexed.txt)" = "artifact text"',
          'test "$(cat f/url.txt)" = "eventually"',
          'test "$(cat f/raw.txt)" = "raw!"',
          'test "$(cat f/b64.txt)" = "cmF3IQ=="',
          'test "$(cat ro/art/hello.txt)" = "hello from the archive"',
          'test "$(cat ro/url/hello.txt)" = "hello from the archive"',
          'test "$(cat ro/obj/z/zipped.txt)" = "zipped"',
          'test "$(cat ro/idx/z/zipped.txt)" = "zipped"',
          'test "$(cat cache/pre/hello.txt)" = "hello from the archive"',
          "test -d cache/empty",
          "echo all-mounts-ok",
        ].join(" && "),
      ),
      mounts: [
        { file: "f/artifact.txt", content: { taskId: e.producer, artifact: "public/a.txt" } },
        {
          file: "f/indexed.txt",
          content: { namespace: "proj.e2e.latest", artifact: "public/a.txt" },
        },
        { file: "f/url.txt", content: { url: `${e.http.url}/flaky.txt` } },
        { file: "f/raw.txt", content: { raw: "raw!" } },
        { file: "f/b64.txt", content: { base64: "cmF3IQ==" } },
        {
          directory: "ro/art",
          content: { taskId: e.producer, artifact: "public/a.tar.gz", sha256: sha256(e.tgz) },
          format: "tar.gz",
        },
        { directory: "ro/url", content: { url: `${e.http.url}/a.tar.gz` }, format: "tar.gz" },
        {
          directory: "ro/obj",
          content: { taskId: e.producer, artifact: "public/a.zip" },
          format: "zip",
        },
        {
          directory: "ro/idx",
          content: { namespace: "proj.e2e.latest", artifact: "public/a.zip" },
          format: "zip",
        },
        {
          cacheName: "pre",
          directory: "cache/pre",
          content: { url: `${e.http.url}/a.tar.gz` },
          format: "tar.gz",
        },
        { cacheName: "empty", directory: "cache/empty" },
      ],
    }, {
      dependencies: [e.producer],
      scopes: ["generic-worker:cache:pre", "generic-worker:cache:empty"],
    });
    assertEquals([r.state, r.reason], ["completed", "completed"], r.log);
    assertStringIncludes(r.log, "all-mounts-ok");
    // the URL failed twice with 503 before it worked
    assertEquals(e.http.hits.get("/flaky.txt"), 3);
    assertEquals(
      r.log.match(/\[mounts\] Download of url \S+\/flaky.txt failed on this attempt/g)?.length,
      2,
    );
    assertStringIncludes(r.log, `[mounts] Successfully mounted writable directory cache`);
    assertStringIncludes(r.log, `[mounts] Preserving cache: Moving "`);
    // state files written, 0600
    const st = await Deno.stat(join(e.dirs.stateDir, "directory-caches.json"));
    assertEquals(st.mode! & 0o777, 0o600);
  });
});

Deno.test("e2e: SHA-256 mismatch -> failed/failed with the spec's message; match -> completed", async () => {
  await withE2E(async (e) => {
    const wrong = "0".repeat(64);
    const r = await e.run({
      command: sh("echo should-not-run"),
      mounts: [{
        directory: "ro",
        content: { taskId: e.producer, artifact: "public/a.tar.gz", sha256: wrong },
        format: "tar.gz",
      }],
    }, { dependencies: [e.producer] });
    assertEquals([r.state, r.reason], ["failed", "failed"], r.log);
    assert(
      new RegExp(
        `\\[mounts\\] Download \\S+ of task ${e.producer} artifact public/a.tar.gz has SHA256 ${
          sha256(e.tgz)
        } but task definition explicitly requires ${wrong}; not retrying download as there were no connection failures and HTTP response status code was 200`,
      ).test(r.log),
      r.log,
    );
    assert(!r.log.includes("should-not-run\n"), r.log);
    const ok = await e.run({
      command: sh("cat ro/hello.txt"),
      mounts: [{
        directory: "ro",
        content: { taskId: e.producer, artifact: "public/a.tar.gz", sha256: sha256(e.tgz) },
        format: "tar.gz",
      }],
    }, { dependencies: [e.producer] });
    assertEquals(ok.state, "completed", ok.log);
    assertStringIncludes(ok.log, "hello from the archive");
  });
});

Deno.test("e2e: a writable cache written by one task is seen by the next; purgeCaches empties it", async () => {
  await withE2E(async (e) => {
    const cache = [{ cacheName: "build", directory: "out" }];
    const scopes = ["generic-worker:cache:build"];
    const r1 = await e.run({ command: sh("echo first > out/marker"), mounts: cache }, { scopes });
    assertEquals(r1.state, "completed", r1.log);
    const r2 = await e.run({
      command: sh('test "$(cat out/marker)" = first && echo seen-marker && exit 3'),
      mounts: cache,
      onExitStatus: { purgeCaches: [3] },
    }, { scopes });
    assertEquals([r2.state, r2.reason], ["failed", "failed"], r2.log);
    assertStringIncludes(r2.log, "seen-marker");
    assertStringIncludes(
      r2.log,
      "[mounts] Purging caches since last command had exit code 3 which is listed in task.Payload.OnExitStatus.PurgeCaches array",
    );
    assertStringIncludes(r2.log, "[mounts] Removing cache build from cache table");
    const r3 = await e.run({
      command: sh("test ! -e out/marker && echo fresh-cache"),
      mounts: cache,
    }, {
      scopes,
    });
    assertEquals(r3.state, "completed", r3.log);
    assertStringIncludes(
      r3.log,
      "[mounts] No existing writable directory cache 'build' - creating",
    );
  });
});

Deno.test("e2e: malformed payloads: cache without its scope; artifact of a task not in dependencies", async () => {
  await withE2E(async (e) => {
    const r = await e.run({
      command: sh("true"),
      mounts: [{ cacheName: "secret-cache", directory: "c" }],
    });
    assertEquals([r.state, r.reason], ["exception", "malformed-payload"], r.log);
    assertStringIncludes(r.log, "generic-worker:cache:secret-cache");
    const r2 = await e.run({
      command: sh("true"),
      mounts: [{ file: "x", content: { taskId: e.producer, artifact: "public/a.txt" } }],
    });
    assertEquals([r2.state, r2.reason], ["exception", "malformed-payload"], r2.log);
    assertStringIncludes(
      r2.log,
      `[mounts] task.dependencies needs to include ${e.producer} since one or more of its artifacts are mounted`,
    );
  });
});

Deno.test("e2e: a mount at the task directory, a parent of it or the worker's own folders is malformed-payload (every mount kind)", async () => {
  await withE2E(async (e) => {
    const scopes = ["generic-worker:cache:takeover"];
    const raw = { raw: "x" };
    const bad: [Record<string, unknown>, string][] = [
      [{ cacheName: "takeover", directory: "" }, "the task directory itself"],
      [{ cacheName: "takeover", directory: "." }, "the task directory itself"],
      [{ cacheName: "takeover", directory: "sub/.." }, "the task directory itself"],
      [{ cacheName: "takeover", directory: ".." }, "a parent of the task directory"],
      [{ cacheName: "takeover", directory: "/" }, "a parent of the task directory"],
      [{ cacheName: "takeover", directory: "generic-worker" }, "the worker's own folder"],
      [{ cacheName: "takeover", directory: e.dirs.cachesDir }, "the worker's own folder"],
      [{ directory: "", content: raw, format: "tar.gz" }, "the task directory itself"],
      [{ directory: "generic-worker/x", content: raw, format: "zip" }, "the worker's own folder"],
      [{ file: "generic-worker/live_backing.log", content: raw }, "the worker's own folder"],
      [{ file: join(e.dirs.downloadsDir, "f"), content: raw }, "the worker's own folder"],
      [{ file: "../other_task/x", content: raw }, "inside the tasks directory"],
    ];
    for (const [mount, why] of bad) {
      const r = await e.run({ command: sh("echo ran-the-command"), mounts: [mount] }, { scopes });
      assertEquals([r.state, r.reason], ["exception", "malformed-payload"], JSON.stringify(mount));
      assertStringIncludes(r.log, why, JSON.stringify(mount));
      assert(!r.log.includes("ran-the-command"), r.log);
    }
    // a cache inside the task directory is still fine
    const ok = await e.run({
      command: sh("echo fine > c/f && echo cache-ok"),
      mounts: [{ cacheName: "takeover", directory: "c" }],
    }, { scopes });
    assertEquals(ok.state, "completed", ok.log);
    assertStringIncludes(ok.log, "cache-ok");
  });
});

Deno.test("e2e: garbage collection evicts the least recently used cache when the threshold is raised past the free space", async () => {
  await withE2E(async (e) => {
    const scopes = ["generic-worker:cache:old", "generic-worker:cache:new"];
    const big = "head -c 3145728 /dev/zero > c/blob";
    assertEquals(
      (await e.run({ command: sh(big), mounts: [{ cacheName: "old", directory: "c" }] }, {
        scopes,
      }))
        .state,
      "completed",
    );
    assertEquals(
      (await e.run({ command: sh(big), mounts: [{ cacheName: "new", directory: "c" }] }, {
        scopes,
      }))
        .state,
      "completed",
    );
    const state = e.mounts.state!;
    const oldLoc = state.directoryCaches.get("old")![0].location;
    const newLoc = state.directoryCaches.get("new")![0].location;
    // a disk of 100 MiB where only the caches take space: 94 MiB free; require 96
    const used = async () => {
      let n = 0;
      for (const d of [oldLoc, newLoc]) {
        try {
          n += (await Deno.stat(join(d, "blob"))).size;
        } catch { /* evicted */ }
      }
      return n;
    };
    await e.mounts.collectGarbage({
      tasksRunning: false,
      requiredDiskSpaceMegabytes: 96,
      freeSpace: async () => 100 * 1024 * 1024 - (await used()),
    });
    assertEquals([state.directoryCaches.has("old"), state.directoryCaches.has("new")], [
      false,
      true,
    ]);
    const saved = JSON.parse(
      await Deno.readTextFile(join(e.dirs.stateDir, "directory-caches.json")),
    );
    assertEquals(Object.keys(saved), ["new"]);
  });
});

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;

Deno.test({
  name:
    "e2e multiuser: mounts belong to the task user; a cache moves between task users; symlinks in a cache cannot redirect a mount",
  ignore: !isRoot,
  async fn() {
    await withE2E(async (e) => {
      const scopes = ["generic-worker:cache:shared"];
      const mounts = [
        { cacheName: "shared", directory: "cache" },
        { file: "in/file.txt", content: { raw: "mine" } },
        { directory: "ro", content: { url: `${e.http.url}/a.tar.gz` }, format: "tar.gz" },
      ];
      // task 1 (its own task user) writes into the cache and plants a symlink to a root-only dir
      const protectedDir = join(e.dirs.root, "protected");
      await Deno.mkdir(protectedDir, { mode: 0o755 });
      const r1 = await e.run({
        command: sh(
          `test -O in/file.txt && test -O ro/hello.txt && test -O cache && echo one > cache/by-task-1 && ln -s ${protectedDir} cache/evil && echo owned-ok`,
        ),
        mounts,
      }, { scopes });
      assertEquals(r1.state, "completed", r1.log);
      assertStringIncludes(r1.log, "owned-ok");
      assert(
        /\[mounts\] Granting task_\S+ full control of directory '\S+\/ro'/.test(r1.log),
        r1.log,
      );
      assert(
        /\[mounts\] Granting task_\S+ full control of file '\S+\/in\/file.txt'/.test(r1.log),
        r1.log,
      );
      // task 2 runs as another user; the cache is handed over to it
      const r2 = await e.run({
        command: sh("test -O cache/by-task-1 && echo two >> cache/by-task-1 && echo handed-over"),
        mounts: [{ cacheName: "shared", directory: "cache" }],
      }, { scopes });
      assertEquals(r2.state, "completed", r2.log);
      assertStringIncludes(r2.log, "handed-over");
      // task 3 mounts an archive through the planted symlink: refused, nothing written there
      const r3 = await e.run({
        command: sh("echo should-not-run"),
        mounts: [
          { cacheName: "shared", directory: "cache" },
          {
            directory: "cache/evil/x",
            content: { url: `${e.http.url}/a.tar.gz` },
            format: "tar.gz",
          },
        ],
      }, { scopes });
      assertEquals([r3.state, r3.reason], ["failed", "failed"], r3.log);
      assert(
        /\[mounts\] cannot create directory \S+\/cache\/evil\/x as task user task_\S+: .*Permission denied/
          .test(r3.log),
        r3.log,
      );
      assertEquals([...Deno.readDirSync(protectedDir)], []);
    }, "multiuser");
  },
});
