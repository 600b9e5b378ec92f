/**
 * Content download and the file cache (spec 11.2) against real HTTP
 * servers: retries, single flight, SHA-256 outcomes with the Go texts,
 * cache hits, streaming into a sink (tee), transfer breaks, progress.
 */
import { join } from "node:path";
import type { MountsState } from "../../../src/features/mounts/cache_state.ts";
import {
  type ContentContext,
  type ContentSink,
  MountError,
  obtainContent,
} from "../../../src/features/mounts/content_cache.ts";
import type { Content } from "../../../src/features/mounts/parse.ts";
import { taskclusterSources } from "../../../src/features/mounts/sources.ts";
import { mountsLog } from "../../../src/features/mounts/task_feature.ts";
import { assert, assertEquals, assertRejects } from "../../helpers/assert.ts";
import {
  type Dirs,
  type FileServer,
  loadState,
  makeDirs,
  pseudoRandom,
  serveCounting,
  sha256,
} from "./helpers.ts";

const FAST = { retries: 4, initialDelayMs: 1, maxDelayMs: 5 };

interface Env {
  dirs: Dirs;
  state: MountsState;
  lines: string[];
  ctx: ContentContext;
}

async function withEnv(
  fn: (env: Env) => Promise<void>,
  extra: Partial<ContentContext> = {},
): Promise<void> {
  const dirs = await makeDirs();
  try {
    const state = await loadState(dirs);
    const lines: string[] = [];
    const ctx: ContentContext = {
      state,
      log: mountsLog({
        info: (m) => lines.push(`info: ${m}`),
        warn: (m) => lines.push(`warn: ${m}`),
        error: (m) => lines.push(`error: ${m}`),
      }),
      sources: taskclusterSources({
        queue: { getLatestArtifactContent: () => Promise.reject(new Error("unused")) },
        index: { findTask: () => Promise.reject(new Error("unused")) },
        http: FAST,
      }),
      retry: FAST,
      ...extra,
    };
    await fn({ dirs, state, lines, ctx });
  } finally {
    await dirs.cleanup();
  }
}

async function withServer(
  handler: (req: Request, hit: number) => Response | Promise<Response>,
  fn: (srv: FileServer) => Promise<void>,
): Promise<void> {
  const srv = serveCounting(handler);
  try {
    await fn(srv);
  } finally {
    await srv.close();
  }
}

const url = (srv: FileServer, p = "/file") =>
  ({ kind: "url", url: `${srv.url}${p}`, sha256: "" }) as const;

function collectingSink(): ContentSink & { data: () => Uint8Array; undone: number } {
  const chunks: Uint8Array[] = [];
  const sink = {
    undone: 0,
    consume: async (body: ReadableStream<Uint8Array>) => {
      for await (const c of body) chunks.push(c);
    },
    undo: () => {
      sink.undone++;
      chunks.length = 0;
      return Promise.resolve();
    },
    data: () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let off = 0;
      for (const c of chunks) {
        out.set(c, off);
        off += c.length;
      }
      return out;
    },
  };
  return sink;
}

Deno.test("url content: 503 twice then 200 is retried with a warning per failed attempt", async () => {
  const body = "third time lucky\n";
  await withServer(
    (_req, hit) => hit <= 2 ? new Response("busy", { status: 503 }) : new Response(body),
    (srv) =>
      withEnv(async ({ ctx, lines, state }) => {
        const c = { ...url(srv), sha256: sha256(body) };
        const got = await obtainContent(ctx, c);
        got.release();
        assertEquals(srv.hits.get("/file"), 3);
        assertEquals(await Deno.readTextFile(got.file), body);
        assertEquals(lines.filter((l) => l.startsWith("info: [mounts] Downloading url")).length, 3);
        const warns = lines.filter((l) => l.startsWith("warn: "));
        assertEquals(warns.length, 2);
        assert(warns.every((w) =>
          w.startsWith(`warn: [mounts] Download of url ${c.url} failed on this attempt: `)
        ));
        assert(lines.includes(
          `info: [mounts] Downloaded ${body.length} bytes with SHA256 ${c.sha256} from url ${c.url} to ${got.file}`,
        ));
        assert(lines.includes(
          `info: [mounts] Content from url ${c.url} (${got.file}) matches required SHA256 ${c.sha256}`,
        ));
        const entry = state.fileCaches.get(`urlcontent:${c.url}`)!;
        assertEquals([entry.location, entry.sha256, entry.hits], [got.file, c.sha256, 1]);
        assert(got.file.startsWith(state.downloadsDir + "/"));
      }),
  );
});

Deno.test("url content: second use is a cache hit (SHA-256 recomputed), no second request", async () => {
  const body = "cached content";
  await withServer(() => new Response(body), (srv) =>
    withEnv(async ({ ctx, lines, state }) => {
      const required = { ...url(srv), sha256: sha256(body) };
      (await obtainContent(ctx, required)).release();
      lines.length = 0;
      const got = await obtainContent(ctx, required);
      got.release();
      assertEquals(srv.hits.get("/file"), 1);
      assertEquals(lines, [
        `info: [mounts] Found existing download for urlcontent:${required.url} (${got.file}) with correct SHA256 ${required.sha256}`,
      ]);
      lines.length = 0;
      (await obtainContent(ctx, url(srv))).release();
      assertEquals(lines, [
        `warn: [mounts] No SHA256 specified in task mounts for urlcontent:${required.url} - SHA256 from downloaded file ${got.file} is ${required.sha256}.`,
      ]);
      assertEquals(state.fileCaches.get(`urlcontent:${required.url}`)!.hits, 3);
    }));
});

Deno.test("url content: SHA-256 mismatch fails with the Go text and evicts the download", async () => {
  const body = "not what you asked for";
  const want = "9263625672993742f0916f7a22b4d9924ed0327f2e02edd18456c0c4e5876850";
  await withServer(() => new Response(body), (srv) =>
    withEnv(async ({ ctx, lines, state }) => {
      const c = { ...url(srv), sha256: want };
      const err = await assertRejects(() => obtainContent(ctx, c));
      assert(err instanceof MountError);
      const file = /^Download (\S+) of /.exec(err.message)![1];
      assertEquals(
        err.message,
        `Download ${file} of url ${c.url} has SHA256 ${
          sha256(body)
        } but task definition explicitly requires ${want}; not retrying download as there were no connection failures and HTTP response status code was 200`,
      );
      assertEquals(state.fileCaches.size, 0);
      await assertRejects(() => Deno.stat(file));
      assert(lines.includes(`info: [mounts] Removing cache urlcontent:${c.url} from cache table`));
      assert(
        lines.includes(`info: [mounts] Deleting cache urlcontent:${c.url} file(s) at ${file}`),
      );
      // a second task downloads again (nothing cached)
      await assertRejects(() => obtainContent(ctx, c));
      assertEquals(srv.hits.get("/file"), 2);
    }));
});

Deno.test("url content: no SHA-256 required -> warning; cached file tampered with -> re-downloaded", async () => {
  const body = "original";
  await withServer(() => new Response(body), (srv) =>
    withEnv(async ({ ctx, lines }) => {
      const got = await obtainContent(ctx, url(srv));
      got.release();
      assert(lines.includes(
        `warn: [mounts] Download ${got.file} of url ${srv.url}/file has SHA256 ${
          sha256(body)
        } but task payload does not declare a required value, so content authenticity cannot be verified`,
      ));
      await Deno.writeTextFile(got.file, "tampered");
      lines.length = 0;
      const again = await obtainContent(ctx, { ...url(srv), sha256: sha256(body) });
      again.release();
      assertEquals(
        lines[0],
        `info: [mounts] Found existing download of urlcontent:${srv.url}/file (${got.file}) with SHA256 ${
          sha256("tampered")
        } but task definition explicitly requires ${sha256(body)} so deleting it`,
      );
      assertEquals(srv.hits.get("/file"), 2);
      assertEquals(await Deno.readTextFile(again.file), body);
      await assertRejects(() => Deno.stat(got.file));
    }));
});

Deno.test("url content: a 404 is not retried; the Go error line; nothing cached or left on disk", async () => {
  await withServer(
    () => new Response("nope", { status: 404 }),
    (srv) =>
      withEnv(async ({ ctx, lines, state, dirs }) => {
        await assertRejects(() => obtainContent(ctx, url(srv)), "HTTP 404");
        assertEquals(srv.hits.get("/file"), 1);
        const err = lines.find((l) => l.startsWith("error: "))!;
        assert(
          err.startsWith(
            `error: [mounts] Could not fetch from url ${srv.url}/file into file ${dirs.downloadsDir}/`,
          ),
          err,
        );
        assertEquals(state.fileCaches.size, 0);
        assertEquals([...Deno.readDirSync(dirs.downloadsDir)], []);
      }),
  );
});

Deno.test("concurrent downloads of one key are deduplicated (single flight)", async () => {
  const data = pseudoRandom(300_000, 7);
  await withServer(() => new Response(data), (srv) =>
    withEnv(async ({ ctx, state }) => {
      const c = { ...url(srv), sha256: sha256(data) };
      const got = await Promise.all([1, 2, 3].map(() => obtainContent(ctx, c)));
      assertEquals(srv.hits.get("/file"), 1);
      assertEquals(new Set(got.map((g) => g.file)).size, 1);
      assertEquals(state.fileCaches.get(`urlcontent:${c.url}`)!.users, 3);
      got.forEach((g) => g.release());
      assertEquals(state.fileCaches.get(`urlcontent:${c.url}`)!.users, 0);
    }));
});

Deno.test("streaming: the sink gets the download while it is written to the cache file", async () => {
  const data = pseudoRandom(2_000_000, 3);
  await withServer(() => new Response(data), (srv) =>
    withEnv(async ({ ctx }) => {
      const sink = collectingSink();
      const got = await obtainContent(ctx, { ...url(srv), sha256: sha256(data) }, sink);
      got.release();
      assertEquals(got.streamed, true);
      assertEquals(sha256(sink.data()), sha256(data));
      assertEquals(sha256(await Deno.readFile(got.file)), sha256(data));
      // a cache hit is never streamed
      const sink2 = collectingSink();
      const hit = await obtainContent(ctx, url(srv), sink2);
      hit.release();
      assertEquals([hit.streamed, sink2.data().length], [false, 0]);
    }));
});

Deno.test("streaming: a SHA-256 mismatch undoes what the sink wrote", async () => {
  const data = pseudoRandom(100_000, 5);
  await withServer(() => new Response(data), (srv) =>
    withEnv(async ({ ctx, state }) => {
      const sink = collectingSink();
      await assertRejects(
        () => obtainContent(ctx, { ...url(srv), sha256: "0".repeat(64) }, sink),
        "but task definition explicitly requires",
      );
      assertEquals([sink.undone > 0, sink.data().length, state.fileCaches.size], [true, 0, 0]);
    }));
});

Deno.test("streaming: a failing sink does not spoil the download; its error is reported and undone", async () => {
  const data = pseudoRandom(500_000, 9);
  await withServer(() => new Response(data), (srv) =>
    withEnv(async ({ ctx, state }) => {
      let undone = 0;
      const sink: ContentSink = {
        consume: async (body) => {
          const r = body.getReader();
          await r.read();
          await r.cancel();
          throw new Error("bad archive");
        },
        undo: () => {
          undone++;
          return Promise.resolve();
        },
      };
      await assertRejects(
        () => obtainContent(ctx, { ...url(srv), sha256: sha256(data) }, sink),
        "bad archive",
      );
      assert(undone > 0);
      const entry = state.fileCaches.get(`urlcontent:${srv.url}/file`)!;
      assertEquals(sha256(await Deno.readFile(entry.location)), sha256(data));
    }));
});

Deno.test("streaming: a transfer that breaks off mid-body is undone and downloaded again into the file", async () => {
  const data = pseudoRandom(400_000, 11);
  await withServer((_req, hit) => {
    if (hit > 1) return new Response(data);
    let sent = false;
    return new Response(
      new ReadableStream<Uint8Array>({
        pull(ctrl) {
          if (!sent) {
            sent = true;
            ctrl.enqueue(data.subarray(0, 100_000));
          } else {
            ctrl.error(new Error("connection dropped"));
          }
        },
      }),
      { headers: { "content-length": String(data.length) } },
    );
  }, (srv) =>
    withEnv(async ({ ctx, lines }) => {
      const sink = collectingSink();
      const got = await obtainContent(ctx, { ...url(srv), sha256: sha256(data) }, sink);
      got.release();
      assertEquals([got.streamed, sink.undone > 0], [false, true]);
      assertEquals(srv.hits.get("/file"), 2);
      assertEquals(sha256(await Deno.readFile(got.file)), sha256(data));
      assert(lines.some((l) =>
        l.startsWith(`warn: [mounts] Download of url ${srv.url}/file failed on this attempt: `)
      ));
    }));
});

Deno.test("progress lines: at most one per interval, with bytes, percentage and rate", async () => {
  const data = pseudoRandom(1_000_000, 13);
  let clock = 0;
  await withServer(() =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(ctrl) {
          for (let i = 0; i < 10; i++) ctrl.enqueue(data.subarray(i * 100_000, (i + 1) * 100_000));
          ctrl.close();
        },
      }),
      { headers: { "content-length": String(data.length) } },
    ), (srv) =>
    withEnv(async ({ ctx, lines }) => {
      const got = await obtainContent(ctx, url(srv));
      got.release();
      const progress = lines.filter((l) => l.includes("so far"));
      assert(progress.length >= 1 && progress.length <= 10, progress.join("\n"));
      assert(
        /^info: \[mounts\] Download of url \S+: \d+ bytes of 1000000 \(\d+\.\d%\) so far, \d+\.\d MiB\/s$/
          .test(progress[0]),
        progress[0],
      );
    }, {
      now: () => (clock += 3000),
      progressIntervalMs: 5000,
    }));
});

Deno.test("raw and base64 content are written as-is (base64 undecoded), with the Go lines", async () => {
  await withEnv(async ({ ctx, lines, state }) => {
    const raw: Content = { kind: "raw", raw: "héllo" };
    const got = await obtainContent(ctx, raw);
    got.release();
    assertEquals(await Deno.readTextFile(got.file), "héllo");
    assertEquals(lines, [
      `info: [mounts] Copying Raw (héllo) to ${got.file}`,
      `info: [mounts] Copied 6 bytes from Raw (héllo) to ${got.file}`,
      `warn: [mounts] Download ${got.file} of Raw (héllo) has SHA256  but task payload does not declare a required value, so content authenticity cannot be verified`,
    ]);
    assertEquals(state.fileCaches.get("Raw content: héllo")!.sha256, "");
    const b64: Content = { kind: "base64", base64: "aGVsbG8=" };
    const g2 = await obtainContent(ctx, b64);
    g2.release();
    assertEquals(await Deno.readTextFile(g2.file), "aGVsbG8=");
    assert(state.fileCaches.has("Base64 content: aGVsbG8="));
    assertEquals(join(state.downloadsDir, g2.file.split("/").pop()!), g2.file);
  });
});

Deno.test("an abort (worker shutdown, failed reclaim) cuts a download short: nothing cached or left behind", async () => {
  let requested!: () => void;
  const gotRequest = new Promise<void>((r) => (requested = r));
  let finish!: () => void;
  const hang = new Promise<void>((r) => (finish = r));
  await withServer(() => {
    requested();
    return new Response(
      new ReadableStream<Uint8Array>({
        async start(ctrl) {
          ctrl.enqueue(new Uint8Array(1000));
          await hang;
          ctrl.close();
        },
      }),
    );
  }, async (srv) => {
    const ac = new AbortController();
    try {
      await withEnv(async ({ ctx, state, dirs }) => {
        const sink = collectingSink();
        let firstChunk!: () => void;
        const sawChunk = new Promise<void>((r) => (firstChunk = r));
        const watching: ContentSink = {
          consume: (body, file) =>
            sink.consume(
              body.pipeThrough(
                new TransformStream({
                  transform(c, ctrl) {
                    firstChunk();
                    ctrl.enqueue(c);
                  },
                }),
              ),
              file,
            ),
          undo: () => sink.undo(),
        };
        const p = obtainContent({ ...ctx, signal: ac.signal }, url(srv), watching);
        await gotRequest;
        await sawChunk; // the download is mid-body now
        ac.abort(new Error("task aborted"));
        await assertRejects(() => p, "task aborted");
        assertEquals([state.fileCaches.size, sink.undone > 0], [0, true]);
        assertEquals([...Deno.readDirSync(dirs.downloadsDir)], []);
      });
    } finally {
      finish();
    }
  });
});
