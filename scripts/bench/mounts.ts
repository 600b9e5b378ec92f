/**
 * Mount-ready time of a `readOnlyDirectory` mount of a large tar.gz served
 * by a local HTTP server (spec 11.4): ours streams the download into the
 * extractor while writing the cache file and hashing it; the baseline is
 * the same code made to download first and extract afterwards (the Go
 * worker's order), once with the server at full speed and once paced at
 * 100 MB/s. A last row compares with `curl | tar -xz` (native).
 * Every run starts with empty caches, so every run downloads.
 *
 * `deno run -A scripts/bench/mounts.ts [--quick]` prints the rows.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { MountsState } from "../../src/features/mounts/cache_state.ts";
import type { Unpacker } from "../../src/features/mounts/mount.ts";
import { taskclusterSources } from "../../src/features/mounts/sources.ts";
import { MountsTaskFeature } from "../../src/features/mounts/task_feature.ts";
import { currentUserFs } from "../../src/features/mounts/task_fs.ts";
import { archiveUnpacker } from "../../src/features/mounts/unpacker.ts";
import { type BenchRow, row } from "./stats.ts";

const MB = 1024 * 1024;

async function sh(script: string, cwd: string): Promise<void> {
  const out = await new Deno.Command("/bin/sh", { args: ["-c", script], cwd, stderr: "piped" })
    .output();
  if (out.code !== 0) {
    throw new Error(`${script}: exit ${out.code}: ${new TextDecoder().decode(out.stderr)}`);
  }
}

/** Writes `count` files of `size` bytes (half random, half repetitive text) and tars+gzips them. */
async function makeArchive(dir: string, count: number, size: number): Promise<string> {
  const src = join(dir, "src");
  await Deno.mkdir(src);
  const text = new TextEncoder().encode("a line of fairly ordinary build output text 0123456789\n");
  for (let i = 0; i < count; i++) {
    const buf = new Uint8Array(size);
    for (let off = 0; off < size / 2; off += 65536) {
      crypto.getRandomValues(buf.subarray(off, Math.min(off + 65536, size / 2)));
    }
    for (let off = size / 2; off < size; off += text.length) {
      buf.set(text.subarray(0, Math.min(text.length, size - off)), off);
    }
    await Deno.mkdir(join(src, `d${i % 4}`), { recursive: true });
    await Deno.writeFile(join(src, `d${i % 4}`, `f${i}.bin`), buf);
  }
  const archive = join(dir, "a.tar.gz");
  await sh(`tar -cf - -C src . | gzip -1 > a.tar.gz`, dir);
  await Deno.remove(src, { recursive: true });
  return archive;
}

async function sha256File(path: string): Promise<string> {
  const h = createHash("sha256");
  const f = await Deno.open(path);
  for await (const c of f.readable) h.update(c);
  return h.digest("hex");
}

/** One mount from empty caches; returns milliseconds until the mount is ready. */
async function mountOnce(
  dir: string,
  url: string,
  sha256: string,
  unpacker: Unpacker,
): Promise<number> {
  const run = join(dir, `run-${crypto.randomUUID()}`);
  await Deno.mkdir(join(run, "task"), { recursive: true });
  try {
    const state = await MountsState.load({
      cachesDir: join(run, "caches"),
      downloadsDir: join(run, "downloads"),
      stateDir: run,
    });
    const quiet = { info() {}, warn() {}, error() {} };
    const feature = new MountsTaskFeature({
      taskDir: join(run, "task"),
      mounts: [{ directory: "ro", content: { url, sha256 }, format: "tar.gz" }],
      dependencies: [],
      purgeCachesExitCodes: [],
      log: quiet,
      sources: taskclusterSources({
        queue: { getLatestArtifactContent: () => Promise.reject(new Error("unused")) },
        index: { findTask: () => Promise.reject(new Error("unused")) },
      }),
      fs: currentUserFs(),
      commandResult: () => undefined,
    }, { state, unpacker, workerPoolId: "bench/mounts" });
    const t0 = performance.now();
    const err = await feature.start();
    const ms = performance.now() - t0;
    if (err) throw new Error(`mount failed: ${err.message}`);
    return ms;
  } finally {
    await Deno.remove(run, { recursive: true });
  }
}

async function curlTar(dir: string, url: string): Promise<number> {
  const out = join(dir, `native-${crypto.randomUUID()}`);
  await Deno.mkdir(out);
  try {
    const t0 = performance.now();
    await sh(`curl -sf ${url} | tar -xzf - -C ${out}`, dir);
    return performance.now() - t0;
  } finally {
    await Deno.remove(out, { recursive: true });
  }
}

/** Network speed of the paced server, MB/s. */
const PACED_MB_PER_S = 100;

/** `body` re-sent at PACED_MB_PER_S in 64 KiB pieces. */
function paced(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const start = performance.now();
  let sent = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      async transform(chunk, ctrl) {
        for (let off = 0; off < chunk.length; off += 65536) {
          const piece = chunk.subarray(off, off + 65536);
          sent += piece.length;
          const due = start + (sent / (PACED_MB_PER_S * MB)) * 1000;
          const wait = due - performance.now();
          if (wait > 1) await new Promise((r) => setTimeout(r, wait));
          ctrl.enqueue(piece);
        }
      },
    }),
  );
}

async function hasCurl(): Promise<boolean> {
  try {
    return (await new Deno.Command("curl", { args: ["--version"], stdout: "null" }).output())
      .success;
  } catch {
    return false;
  }
}

/**
 * Mount-ready time, streamed vs download-then-extract (and native), of a
 * ~200 MB tar.gz (~40 MB with `quick`).
 */
export async function benchMountReady(
  opts: { quick: boolean; unpacker?: Unpacker },
): Promise<BenchRow[]> {
  const unpacker = opts.unpacker ?? archiveUnpacker();
  const sequential: Unpacker = { ...unpacker, canStream: () => false };
  const dir = await Deno.makeTempDir({ prefix: "bench-mounts-" });
  const count = opts.quick ? 8 : 40;
  const runs = opts.quick ? 2 : 5;
  const archive = await makeArchive(dir, count, 5 * MB * 2);
  const size = (await Deno.stat(archive)).size;
  const sha256 = await sha256File(archive);
  // "/fast" sends as fast as the machine can; "/paced" at PACED_MB_PER_S, like a
  // good cloud network, where overlapping download and extraction pays most
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const f = await Deno.open(archive);
    const body = new URL(req.url).pathname === "/paced" ? paced(f.readable) : f.readable;
    return new Response(body, { headers: { "content-length": String(size) } });
  });
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    const curl = await hasCurl();
    // warm-up (JIT, page cache), not measured
    await mountOnce(dir, `${base}/fast`, sha256, unpacker);
    const streamed: number[] = [];
    const sequentialMs: number[] = [];
    const pacedStreamed: number[] = [];
    const pacedSequential: number[] = [];
    const native: number[] = [];
    for (let i = 0; i < runs; i++) {
      // alternate the order so drift on a shared machine hits both alike
      const pair = async (url: string, a: number[], b: number[]) => {
        if (i % 2 === 0) {
          a.push(await mountOnce(dir, url, sha256, unpacker));
          b.push(await mountOnce(dir, url, sha256, sequential));
        } else {
          b.push(await mountOnce(dir, url, sha256, sequential));
          a.push(await mountOnce(dir, url, sha256, unpacker));
        }
      };
      await pair(`${base}/fast`, streamed, sequentialMs);
      await pair(`${base}/paced`, pacedStreamed, pacedSequential);
      if (curl) native.push(await curlTar(dir, `${base}/fast`));
    }
    const name = `readOnlyDirectory of a ${Math.round(size / MB)} MB tar.gz over HTTP`;
    const rows = [
      row({
        group: "8. mounts",
        name: `${name}: streamed download+extract`,
        unit: "ms",
        ours: streamed,
        baseline: sequentialMs,
        baselineName: "download, then extract",
        higherIsBetter: false,
        note:
          "local server at full speed; cold caches every run; SHA-256 verified; cache file written in both",
      }),
      row({
        group: "8. mounts",
        name: `${name} at ${PACED_MB_PER_S} MB/s: streamed download+extract`,
        unit: "ms",
        ours: pacedStreamed,
        baseline: pacedSequential,
        baselineName: "download, then extract",
        higherIsBetter: false,
        note: "server paced like a fast cloud network",
      }),
    ];
    if (curl) {
      rows.push(row({
        group: "8. mounts",
        name: `${name}: streamed vs native`,
        unit: "ms",
        ours: streamed,
        baseline: native,
        baselineName: "curl | tar -xz",
        higherIsBetter: false,
        note: "native writes no cache file and checks no hash",
      }));
    }
    return rows;
  } finally {
    await server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
}

if (import.meta.main) {
  const rows = await benchMountReady({ quick: Deno.args.includes("--quick") });
  console.log(JSON.stringify(rows, null, 2));
}
