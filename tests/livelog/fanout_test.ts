/**
 * Live log fan-out over real HTTP and a real task log file: clients joining
 * at random moments while random-sized chunks are appended all get the
 * file's bytes exactly; appended bytes come from memory (shown with a
 * source whose file lags behind its chunks); a client that stops reading
 * falls back to the file past 8 MiB behind and still gets every byte; a
 * source that passes no chunks is followed through its file.
 */
import { join } from "node:path";
import { type LiveLogSource, LogFeed, MAX_BEHIND_BYTES } from "../../src/livelog/fanout.ts";
import { startLiveLogServer } from "../../src/livelog/server.ts";
import { TaskLog } from "../../src/task/task_log.ts";
import { assert, assertEquals } from "../helpers/assert.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Deterministic pseudo-random numbers (xorshift). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

async function readAll(
  url: string,
  pauseEvery?: { bytes: number; ms: number },
): Promise<Uint8Array> {
  const r = await fetch(url);
  assertEquals(r.status, 200);
  const parts: Uint8Array[] = [];
  let n = 0;
  let sincePause = 0;
  for await (const c of r.body!) {
    parts.push(c);
    n += c.length;
    sincePause += c.length;
    if (pauseEvery && sincePause >= pauseEvery.bytes) {
      sincePause = 0;
      await sleep(pauseEvery.ms);
    }
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

Deno.test("live log fan-out: clients joining at random moments get the file's bytes exactly", async () => {
  const dir = await Deno.makeTempDir();
  const server = startLiveLogServer({ port: 0, hostname: "127.0.0.1", status: () => ({}) });
  try {
    const log = await TaskLog.create(join(dir, "live_backing.log"));
    server.register("t", log);
    const url = server.url("t");
    const rand = rng(20261204);
    const clients: Promise<Uint8Array>[] = [];
    for (let i = 0; i < 400; i++) {
      const len = Math.floor(rand() * (rand() < 0.1 ? 300_000 : 3000));
      const chunk = new Uint8Array(len);
      for (let j = 0; j < len; j++) chunk[j] = (i * 31 + j * 7) & 0xff;
      await log.writeRaw(chunk);
      if (rand() < 0.03) clients.push(readAll(url));
      if (rand() < 0.2) await sleep(1);
    }
    clients.push(readAll(url));
    await log.close();
    clients.push(readAll(url)); // after close: the whole file at once
    const file = await Deno.readFile(log.path);
    assert(file.length > 1_000_000, `log too small: ${file.length}`);
    const got = await Promise.all(clients);
    assert(got.length >= 4, "too few clients joined");
    for (const g of got) assert(sameBytes(g, file), `a client got ${g.length} of ${file.length}`);
  } finally {
    await server.close();
    await Deno.remove(dir, { recursive: true });
  }
});

/** A source whose file holds only what was there at the start: appends exist only as chunks. */
class ChunkOnlySource implements LiveLogSource {
  closed = false;
  size: number;
  #fns = new Set<(c?: Uint8Array) => void>();
  constructor(readonly path: string, initial: number) {
    this.size = initial;
  }
  onChange(fn: (c?: Uint8Array) => void): () => void {
    this.#fns.add(fn);
    return () => this.#fns.delete(fn);
  }
  push(c: Uint8Array): void {
    this.size += c.length;
    for (const f of this.#fns) f(c);
  }
  close(): void {
    this.closed = true;
    for (const f of this.#fns) f();
  }
}

Deno.test("live log fan-out: bytes appended after subscribing come from memory, the rest from the file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = join(dir, "log");
    await Deno.writeTextFile(path, "from the file\n");
    const src = new ChunkOnlySource(path, 14);
    const feed = new LogFeed(src);
    const body = new Response(feed.follow()).text();
    await sleep(10);
    const buf = new TextEncoder().encode("from memory 1\n");
    src.push(buf);
    buf.fill(0x21); // reused by the source: the client must still see the original bytes
    src.push(new TextEncoder().encode("from memory 2\n"));
    src.close();
    assertEquals(await body, "from the file\nfrom memory 1\nfrom memory 2\n");
    assertEquals(feed.stats.fromFile, 14);
    assertEquals(feed.stats.fromMemory, 28);
    assertEquals(feed.followers, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("live log fan-out: a client far behind falls back to the file and still gets every byte", async () => {
  const dir = await Deno.makeTempDir();
  const server = startLiveLogServer({ port: 0, hostname: "127.0.0.1", status: () => ({}) });
  try {
    const log = await TaskLog.create(join(dir, "live_backing.log"));
    server.register("slow", log);
    const url = server.url("slow");
    const fast = readAll(url);
    // the slow client pauses 40 ms every 256 KiB; the writer appends 24 MiB as fast as it can
    const slow = readAll(url, { bytes: 256 << 10, ms: 40 });
    for (let i = 0; i < (3 * MAX_BEHIND_BYTES) / (64 << 10); i++) {
      const chunk = new Uint8Array(64 << 10).fill(i & 0xff);
      chunk[0] = i >> 8;
      await log.writeRaw(chunk);
      if (i % 16 === 0) await log.flush();
    }
    await log.close();
    const file = await Deno.readFile(log.path);
    assertEquals(file.length, 3 * MAX_BEHIND_BYTES);
    const [f, s] = await Promise.all([fast, slow]);
    assert(sameBytes(f, file), `fast client got ${f.length} of ${file.length}`);
    assert(sameBytes(s, file), `slow client got ${s.length} of ${file.length}`);
  } finally {
    await server.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("live log fan-out: falls back past MAX_BEHIND_BYTES (counted) and returns to memory", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const log = await TaskLog.create(join(dir, "log"));
    const feed = new LogFeed(log);
    const reader = feed.follow().getReader();
    // nobody reads while 10 MiB are appended
    for (let i = 0; i < 10; i++) {
      await log.writeRaw(new Uint8Array(1 << 20).fill(i));
      await log.flush();
    }
    assertEquals(feed.stats.fallbacks, 1);
    let got = 0;
    while (got < 10 << 20) {
      const { value } = await reader.read();
      assert(value, "stream ended early");
      assertEquals(value[0], Math.floor(got / (1 << 20)));
      got += value.length;
    }
    assertEquals(feed.stats.fromFile, 10 << 20);
    // caught up: new bytes come from memory again
    await log.writeRaw(new TextEncoder().encode("tail\n"));
    await log.close();
    const { value } = await reader.read();
    assertEquals(new TextDecoder().decode(value), "tail\n");
    assertEquals(feed.stats.fromMemory, 5);
    assertEquals((await reader.read()).done, true);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("live log fan-out: a source passing no chunks is followed through its file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = join(dir, "log");
    const file = await Deno.open(path, { write: true, create: true, truncate: true });
    const fns = new Set<(c?: Uint8Array) => void>();
    const src = {
      path,
      closed: false,
      size: 0,
      onChange(fn: (c?: Uint8Array) => void) {
        fns.add(fn);
        return () => fns.delete(fn);
      },
    };
    const feed = new LogFeed(src);
    const body = new Response(feed.follow()).text();
    let expected = "";
    for (let i = 0; i < 50; i++) {
      const line = `line ${i}\n`;
      expected += line;
      await file.write(new TextEncoder().encode(line));
      src.size += line.length;
      for (const f of fns) f();
      if (i % 10 === 0) await sleep(2);
    }
    file.close();
    src.closed = true;
    for (const f of fns) f();
    assertEquals(await body, expected);
    assertEquals(feed.stats.fromMemory, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
