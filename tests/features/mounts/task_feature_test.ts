/**
 * The per-task Mounts/Caches feature over a fake task view, with real
 * content: artifacts (s3 and object) and index entries in localtc, URLs
 * on a local HTTP server, archives made and extracted by the system's
 * tar/zip tools. Every mount type with every content source; SHA-256
 * outcomes; writable caches across tasks, purges, unmount failures and the
 * purge-cache service.
 */
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import type { MountsState } from "../../../src/features/mounts/cache_state.ts";
import { sha256OfFile } from "../../../src/features/mounts/content_cache.ts";
import { taskclusterSources } from "../../../src/features/mounts/sources.ts";
import {
  type MountsTask,
  MountsTaskFeature,
  type MountsWorker,
} from "../../../src/features/mounts/task_feature.ts";
import { type LocalTaskcluster, startLocalTaskcluster } from "../../../src/localtc/mod.ts";
import { Index } from "../../../src/taskcluster/index.ts";
import { PurgeCache } from "../../../src/taskcluster/purge_cache.ts";
import { Queue } from "../../../src/taskcluster/queue.ts";
import { assert, assertEquals, assertRejects } from "../../helpers/assert.ts";
import {
  type Dirs,
  fakeTask,
  type FileServer,
  findInOrder,
  loadState,
  makeDirs,
  makeTar,
  makeZip,
  mountLines,
  produceArtifacts,
  recordingUnpacker,
  serveCounting,
  sha256,
  type UnpackCall,
} from "./helpers.ts";

const FAST = { retries: 3, initialDelayMs: 1, maxDelayMs: 5 };
const POOL = "local/mounts-test";

interface World {
  tc: LocalTaskcluster;
  dirs: Dirs;
  state: MountsState;
  http: FileServer;
  producer: string;
  calls: UnpackCall[];
  worker: MountsWorker;
  archives: {
    tgz: Uint8Array<ArrayBuffer>;
    zip: Uint8Array<ArrayBuffer>;
    text: string;
    gz: Uint8Array<ArrayBuffer>;
  };
  /** A task run of the feature in a fresh task dir. */
  task(mounts: unknown[], overrides?: Partial<MountsTask>): Promise<Run>;
}

interface Run {
  feature: MountsTaskFeature;
  taskDir: string;
  lines: string[];
  result: { value?: { exitCode: number; aborted: boolean } };
}

async function withWorld(fn: (w: World) => Promise<void>): Promise<void> {
  const dirs = await makeDirs();
  const tc = await startLocalTaskcluster({ dataDir: join(dirs.root, "localtc") });
  const tgz = await makeTar(dirs.root, { "top.txt": "top\n", "sub/inner.txt": "inner\n" });
  const zip = await makeZip(dirs.root, { "z.txt": "zipped\n", "d/e.txt": "deep\n" });
  const gz = new Uint8Array(gzipSync(new TextEncoder().encode("decompressed text\n")));
  const text = "plain artifact text\n";
  const http = serveCounting((req) => {
    const p = new URL(req.url).pathname;
    if (p === "/a.tar.gz") return new Response(tgz);
    if (p === "/a.zip") return new Response(zip);
    if (p === "/a.txt") return new Response(text);
    if (p === "/a.gz") return new Response(gz);
    return new Response("not found", { status: 404 });
  });
  try {
    const producer = await produceArtifacts(tc, dirs.root, [
      { name: "public/a.tar.gz", data: tgz, storage: "s3" },
      { name: "public/a.zip", data: zip, storage: "object" },
      { name: "public/a.txt", data: text, storage: "object" },
      { name: "public/a.gz", data: gz, storage: "s3" },
    ], "proj.mounts.latest");
    const state = await loadState(dirs);
    const calls: UnpackCall[] = [];
    const cfg = tc.createWorkerConfig({ provisionerId: "local", workerType: "mounts-test" });
    const worker: MountsWorker = {
      state,
      unpacker: recordingUnpacker(calls),
      workerPoolId: POOL,
      purgeCache: new PurgeCache({
        rootUrl: tc.rootUrl,
        credentials: { clientId: cfg.clientId, accessToken: cfg.accessToken },
        retries: 1,
      }),
      retry: FAST,
    };
    const sources = taskclusterSources({
      queue: new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, ...FAST }),
      index: new Index({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, ...FAST }),
      http: FAST,
    });
    let n = 0;
    await fn({
      tc,
      dirs,
      state,
      http,
      producer,
      calls,
      worker,
      archives: { tgz, zip, text, gz },
      async task(mounts, overrides = {}) {
        const taskDir = join(dirs.tasksDir, `task_${++n}`);
        await Deno.mkdir(taskDir);
        const { task, lines, result } = fakeTask(taskDir, sources, {
          mounts,
          dependencies: [producer],
          ...overrides,
        });
        return { feature: new MountsTaskFeature(task, worker), taskDir, lines, result };
      },
    });
  } finally {
    await http.close();
    await tc.close();
    await dirs.cleanup();
  }
}

async function startOk(r: Run): Promise<void> {
  const err = await r.feature.start();
  assertEquals(err, undefined, `start failed:\n${r.lines.join("\n")}`);
}

async function stopOk(r: Run): Promise<void> {
  const err = await r.feature.stop();
  assertEquals(err, undefined, `stop failed:\n${r.lines.join("\n")}`);
}

const read = (p: string) => Deno.readTextFile(p);

Deno.test("fileMount from every content source (artifact s3/object, indexed, url, raw, base64, gz)", async () => {
  await withWorld(async (w) => {
    const t = await w.task([
      { file: "f/artifact.txt", content: { taskId: w.producer, artifact: "public/a.txt" } },
      {
        file: "f/indexed.txt",
        content: { namespace: "proj.mounts.latest", artifact: "public/a.txt" },
      },
      {
        file: "f/url.txt",
        content: { url: `${w.http.url}/a.txt`, sha256: sha256(w.archives.text) },
      },
      { file: "f/raw.txt", content: { raw: "raw text" } },
      { file: "f/b64.txt", content: { base64: "aGVsbG8=" } },
      {
        file: "f/unzipped.txt",
        content: { taskId: w.producer, artifact: "public/a.gz" },
        format: "gz",
      },
      { file: join(w.dirs.root, "abs", "absolute.txt"), content: { raw: "absolute" } },
    ]);
    await startOk(t);
    assertEquals(await read(join(t.taskDir, "f/artifact.txt")), w.archives.text);
    assertEquals(await read(join(t.taskDir, "f/indexed.txt")), w.archives.text);
    assertEquals(await read(join(t.taskDir, "f/url.txt")), w.archives.text);
    assertEquals(await read(join(t.taskDir, "f/raw.txt")), "raw text");
    assertEquals(await read(join(t.taskDir, "f/b64.txt")), "aGVsbG8=");
    assertEquals(await read(join(t.taskDir, "f/unzipped.txt")), "decompressed text\n");
    assertEquals(await read(join(w.dirs.root, "abs", "absolute.txt")), "absolute");
    const lines = mountLines(t.lines);
    const problem = findInOrder(lines, [
      /^info: Creating directory .*\/f$/,
      new RegExp(
        `^info: Downloading task ${w.producer} artifact public/a.txt to ${w.dirs.downloadsDir}/`,
      ),
      /^info: Copying \S+ to .*\/f\/artifact.txt$/,
      new RegExp(
        `^info: Downloaded 20 bytes with SHA256 ${
          sha256(w.archives.text)
        } from task ${w.producer} artifact public/a.txt to `,
      ),
      /^warn: Download \S+ of task \S+ artifact public\/a.txt has SHA256 \w+ but task payload does not declare a required value/,
      // the indexed mount resolves to the same artifact: a cache hit
      new RegExp(
        `^warn: No SHA256 specified in task mounts for artifact:${w.producer}:public/a.txt - SHA256 from downloaded file`,
      ),
      new RegExp(`^info: Content from url ${w.http.url}/a.txt \\(\\S+\\) matches required SHA256`),
      /^info: Copying Raw \(raw text\) to /,
      /^info: Copied 8 bytes from Raw \(raw text\) to /,
      /^info: Copying Base64 \(aGVsbG8=\) to /,
      /^info: Decompressing gz file \S+ to '.*\/f\/unzipped.txt'$/,
    ]);
    assertEquals(problem, undefined);
    assertEquals(w.http.hits.get("/a.txt"), 1);
    // the gz artifact was decompressed while it downloaded
    assertEquals(w.calls.map((c) => [c.op, c.format, c.src]), [["decompress", "gz", "stream"]]);
    await stopOk(t);
    // file mounts are never written back
    assertEquals(w.state.directoryCaches.size, 0);
  });
});

Deno.test("readOnlyDirectory from every content source; tar.gz streams while downloading, zip waits for the file", async () => {
  await withWorld(async (w) => {
    const rawTar = new TextDecoder().decode(
      await makeTar(w.dirs.root, { "r.txt": "from raw\n" }, "tar"),
    );
    const t = await w.task([
      {
        directory: "d/art",
        content: { taskId: w.producer, artifact: "public/a.tar.gz" },
        format: "tar.gz",
      },
      {
        directory: "d/obj",
        content: { taskId: w.producer, artifact: "public/a.zip" },
        format: "zip",
      },
      {
        directory: "d/idx",
        content: { namespace: "proj.mounts.latest", artifact: "public/a.zip" },
        format: "zip",
      },
      { directory: "d/url", content: { url: `${w.http.url}/a.tar.gz` }, format: "tar.gz" },
      { directory: "d/raw", content: { raw: rawTar }, format: "tar" },
    ]);
    await startOk(t);
    for (const d of ["art", "url"]) {
      assertEquals(await read(join(t.taskDir, "d", d, "top.txt")), "top\n");
      assertEquals(await read(join(t.taskDir, "d", d, "sub/inner.txt")), "inner\n");
    }
    for (const d of ["obj", "idx"]) {
      assertEquals(await read(join(t.taskDir, "d", d, "z.txt")), "zipped\n");
      assertEquals(await read(join(t.taskDir, "d", d, "d/e.txt")), "deep\n");
    }
    assertEquals(await read(join(t.taskDir, "d/raw/r.txt")), "from raw\n");
    assertEquals(w.calls.map((c) => [c.format, c.src === "stream"]), [
      ["tar.gz", true],
      ["zip", false],
      ["zip", false],
      ["tar.gz", true],
      ["tar", false],
    ]);
    const lines = mountLines(t.lines);
    assertEquals(
      findInOrder(lines, [
        /^info: Creating directory .*\/d\/art$/,
        new RegExp(`^info: Downloading task ${w.producer} artifact public/a.tar.gz to `),
        /^info: Extracting tar.gz file \S+ to '.*\/d\/art'$/,
        new RegExp(`^info: Downloaded ${w.archives.tgz.length} bytes with SHA256 `),
      ]),
      undefined,
    );
    await stopOk(t);
  });
});

Deno.test("base64 archive content is written undecoded (Go quirk), so extracting it fails the task", async () => {
  await withWorld(async (w) => {
    const t = await w.task([{ directory: "b", content: { base64: "aGVsbG8=" }, format: "tar" }]);
    const err = await t.feature.start();
    assertEquals(err?.reason, "failed");
    assert(err!.message.startsWith("[mounts] cannot unarchive "), err!.message);
    assert(err!.message.includes(" as task user: "), err!.message);
    await stopOk(t);
  });
});

Deno.test("SHA-256: a match mounts; a mismatch fails with the Go text and removes the streamed extraction", async () => {
  await withWorld(async (w) => {
    const good = await w.task([{
      directory: "ok",
      content: { taskId: w.producer, artifact: "public/a.tar.gz", sha256: sha256(w.archives.tgz) },
      format: "tar.gz",
    }]);
    await startOk(good);
    assertEquals(await read(join(good.taskDir, "ok/top.txt")), "top\n");
    assert(
      mountLines(good.lines).some((l) =>
        l ===
          `info: Content from task ${w.producer} artifact public/a.tar.gz (${
            w.state.fileCaches.get(`artifact:${w.producer}:public/a.tar.gz`)!.location
          }) matches required SHA256 ${sha256(w.archives.tgz)}`
      ),
    );
    await stopOk(good);

    const want = "9263625672993742f0916f7a22b4d9924ed0327f2e02edd18456c0c4e5876850";
    const bad = await w.task([{
      directory: "bad",
      content: { url: `${w.http.url}/a.tar.gz`, sha256: want },
      format: "tar.gz",
    }]);
    const err = await bad.feature.start();
    assertEquals(err?.reason, "failed");
    assert(
      new RegExp(
        `^\\[mounts\\] Download \\S+ of url ${w.http.url}/a.tar.gz has SHA256 ${
          sha256(w.archives.tgz)
        } but task definition explicitly requires ${want}; not retrying download as there were no connection failures and HTTP response status code was 200$`,
      ).test(err!.message),
      err!.message,
    );
    // extracted while downloading, then removed
    assertEquals(w.calls.at(-1)?.src, "stream");
    assertEquals([...Deno.readDirSync(join(bad.taskDir, "bad"))], []);
    assertEquals(w.state.fileCaches.has(`urlcontent:${w.http.url}/a.tar.gz`), false);
    const lines = mountLines(bad.lines);
    assert(
      lines.includes(`info: Removing cache urlcontent:${w.http.url}/a.tar.gz from cache table`),
    );
    await stopOk(bad);
  });
});

Deno.test("writable cache: written by one task, seen by the next; pools give concurrent tasks separate entries", async () => {
  await withWorld(async (w) => {
    const mounts = [{ cacheName: "cargo", directory: "cache/cargo" }];
    const t1 = await w.task(mounts);
    assertEquals(t1.feature.requiredScopes(), [["generic-worker:cache:cargo"]]);
    await startOk(t1);
    const entry = w.state.directoryCaches.get("cargo")![0];
    assertEquals(mountLines(t1.lines), [
      `info: No existing writable directory cache 'cargo' - creating ${entry.location}`,
      `info: Creating directory ${join(t1.taskDir, "cache/cargo")}`,
      `info: Successfully mounted writable directory cache '${join(t1.taskDir, "cache/cargo")}'`,
    ]);
    await Deno.writeTextFile(join(t1.taskDir, "cache/cargo/built.txt"), "from task 1");
    t1.result.value = { exitCode: 0, aborted: false };
    await stopOk(t1);
    assertEquals(
      mountLines(t1.lines).at(-1),
      `info: Preserving cache: Moving "${join(t1.taskDir, "cache/cargo")}" to "${entry.location}"`,
    );
    assertEquals(await read(join(entry.location, "built.txt")), "from task 1");
    const saved = JSON.parse(await read(w.state.directoryCachesPath));
    assertEquals(saved.cargo.length, 1);
    assertEquals(saved.cargo[0].in_use, false);

    const t2 = await w.task(mounts);
    const t3 = await w.task(mounts);
    await startOk(t2);
    await startOk(t3);
    assertEquals(await read(join(t2.taskDir, "cache/cargo/built.txt")), "from task 1");
    assertEquals([...Deno.readDirSync(join(t3.taskDir, "cache/cargo"))], []);
    assertEquals(
      mountLines(t2.lines)[0],
      `info: Moving existing writable directory cache cargo from ${entry.location} to ${
        join(t2.taskDir, "cache/cargo")
      }`,
    );
    assertEquals(mountLines(t2.lines)[1], `info: Creating directory ${join(t2.taskDir, "cache")}`);
    assertEquals(w.state.directoryCaches.get("cargo")!.length, 2);
    t2.result.value = { exitCode: 0, aborted: false };
    t3.result.value = { exitCode: 0, aborted: false };
    await stopOk(t2);
    await stopOk(t3);
    assertEquals(w.state.directoryCaches.get("cargo")!.map((e) => [e.inUse, e.hits]), [
      [false, 2],
      [false, 1],
    ]);
  });
});

Deno.test("writable cache with preload content is extracted when new, reused as is afterwards", async () => {
  await withWorld(async (w) => {
    const mounts = [{
      cacheName: "pre",
      directory: "pre",
      content: { url: `${w.http.url}/a.tar.gz` },
      format: "tar.gz",
    }];
    const t1 = await w.task(mounts);
    await startOk(t1);
    assertEquals(await read(join(t1.taskDir, "pre/top.txt")), "top\n");
    await Deno.writeTextFile(join(t1.taskDir, "pre/added.txt"), "added");
    t1.result.value = { exitCode: 0, aborted: false };
    await stopOk(t1);
    const t2 = await w.task(mounts);
    await startOk(t2);
    assertEquals(await read(join(t2.taskDir, "pre/added.txt")), "added");
    assertEquals(w.http.hits.get("/a.tar.gz"), 1);
    await stopOk(t2);
  });
});

Deno.test("purgeCaches: exit code listed, or aborted, purges; commands that never ran purge nothing", async () => {
  await withWorld(async (w) => {
    const mounts = [{ cacheName: "c", directory: "c" }];
    const t1 = await w.task(mounts, { purgeCachesExitCodes: [3, 7] });
    await startOk(t1);
    t1.result.value = { exitCode: 7, aborted: false };
    await stopOk(t1);
    const lines = mountLines(t1.lines);
    assert(lines.includes(
      "info: Purging caches since last command had exit code 7 which is listed in task.Payload.OnExitStatus.PurgeCaches array",
    ));
    assert(lines.some((l) => /^info: Removing cache c from cache table$/.test(l)));
    assert(lines.some((l) => /^info: Deleting cache c file\(s\) at /.test(l)));
    assertEquals(w.state.directoryCaches.has("c"), false);

    const t2 = await w.task(mounts);
    await startOk(t2);
    t2.result.value = { exitCode: 0, aborted: true };
    await stopOk(t2);
    assert(
      mountLines(t2.lines).includes(
        "info: Purging caches since the task was aborted and may have left them in an inconsistent state",
      ),
    );
    assertEquals(w.state.directoryCaches.has("c"), false);

    const t3 = await w.task(mounts, { purgeCachesExitCodes: [0] });
    await startOk(t3);
    await stopOk(t3); // no command result
    assertEquals(w.state.directoryCaches.get("c")!.length, 1);
  });
});

Deno.test("unmount failure (the task removed its cache dir): failed, entry evicted, Go lines", async () => {
  await withWorld(async (w) => {
    const t = await w.task([{ cacheName: "gone", directory: "gone" }]);
    await startOk(t);
    const entry = w.state.directoryCaches.get("gone")![0];
    await Deno.remove(join(t.taskDir, "gone"));
    t.result.value = { exitCode: 0, aborted: false };
    const err = await t.feature.stop();
    assertEquals(err?.reason, "failed");
    assertEquals(
      err?.message,
      `could not persist cache "gone" due to rename ${
        join(t.taskDir, "gone")
      } ${entry.location}: no such file or directory`,
    );
    const lines = mountLines(t.lines);
    assert(lines.includes("info: Removing cache gone from cache table"));
    assert(lines.includes(`info: Deleting cache gone file(s) at ${entry.location}`));
    assert(lines.includes(`error: Could not unmount <nil> due to: '${err!.message}'`));
    assertEquals(w.state.directoryCaches.has("gone"), false);
  });
});

Deno.test("mount failures: file onto a directory, download errors -> failed; earlier mounts still unmounted", async () => {
  await withWorld(async (w) => {
    const t = await w.task([
      { cacheName: "keep", directory: "keep" },
      { file: "adir", content: { raw: "x" } },
    ]);
    await Deno.mkdir(join(t.taskDir, "adir"));
    const err = await t.feature.start();
    assertEquals(err, {
      reason: "failed",
      message: `[mounts] cannot mount file at path ${
        join(t.taskDir, "adir")
      } since it already exists as a directory`,
    });
    t.result.value = { exitCode: 0, aborted: false };
    await stopOk(t);
    assertEquals(w.state.directoryCaches.get("keep")![0].inUse, false);

    const t2 = await w.task([{
      file: "x",
      content: { taskId: w.producer, artifact: "public/nope" },
    }]);
    const e2 = await t2.feature.start();
    assertEquals(e2?.reason, "failed");
    assert(
      mountLines(t2.lines).some((l) =>
        l.startsWith(
          `error: Could not fetch from task ${w.producer} artifact public/nope into file`,
        )
      ),
    );
    await stopOk(t2);
  });
});

Deno.test("malformed payloads are reported at start; caches need their scope", async () => {
  await withWorld(async (w) => {
    const t = await w.task([{
      file: "x",
      content: { taskId: "Pe0HVTT3T7iWm1wxPxIk9A", artifact: "a" },
    }]);
    assertEquals(await t.feature.start(), {
      reason: "malformed-payload",
      message:
        "[mounts] task.dependencies needs to include Pe0HVTT3T7iWm1wxPxIk9A since one or more of its artifacts are mounted",
    });
    await stopOk(t);
    const t2 = await w.task([{ bogus: true }]);
    assertEquals((await t2.feature.start())?.reason, "malformed-payload");
  });
});

Deno.test("purge-cache service: a purge request evicts older pool entries at the next start", async () => {
  await withWorld(async (w) => {
    const mounts = [{ cacheName: "purgeme", directory: "p" }];
    const t1 = await w.task(mounts);
    await startOk(t1);
    t1.result.value = { exitCode: 0, aborted: false };
    await stopOk(t1);
    const entry = w.state.directoryCaches.get("purgeme")![0];
    assert(w.state.lastPurgeQuery !== null);
    await new PurgeCache({ rootUrl: w.tc.rootUrl, credentials: w.tc.rootCredentials })
      .purgeCache(POOL, { cacheName: "purgeme" });
    const t2 = await w.task(mounts);
    await startOk(t2);
    const lines = mountLines(t2.lines);
    assertEquals(lines.slice(0, 3), [
      "info: Removing cache purgeme from cache table (purge request)",
      `info: Deleting cache purgeme file(s) at ${entry.location}`,
      `info: No existing writable directory cache 'purgeme' - creating ${
        w.state.directoryCaches.get("purgeme")![0].location
      }`,
    ]);
    await assertRejects(() => Deno.stat(entry.location));
    await stopOk(t2);
  });
});

Deno.test("purge-cache service errors are only warnings", async () => {
  await withWorld(async (w) => {
    w.worker.purgeCache = {
      purgeRequests: () => Promise.reject(new Error("service down")),
    };
    const t = await w.task([{ cacheName: "c", directory: "c" }]);
    await startOk(t);
    assertEquals(mountLines(t.lines).slice(0, 2), [
      "warn: Could not reach purgecache service to see if caches need purging:",
      "warn: service down",
    ]);
    await stopOk(t);
    assertEquals(await sha256OfFile(w.state.fileCachesPath), sha256("{}\n"));
  });
});

Deno.test("SHA-256 mismatch of a streamed file mount removes the file written while downloading", async () => {
  await withWorld(async (w) => {
    const t = await w.task([{
      file: "out/data.txt",
      content: { url: `${w.http.url}/a.txt`, sha256: "1".repeat(64) },
    }]);
    const err = await t.feature.start();
    assertEquals(err?.reason, "failed");
    assert(err!.message.includes("but task definition explicitly requires 1111"), err!.message);
    assert(mountLines(t.lines).some((l) => /^info: Copying \S+ to .*\/out\/data.txt$/.test(l)));
    await assertRejects(() => Deno.lstat(join(t.taskDir, "out/data.txt")));
    await stopOk(t);
  });
});
