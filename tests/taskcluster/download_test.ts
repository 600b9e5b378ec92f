/**
 * Streaming downloads against real servers: retries of 5xx before the
 * reply, redirects, truly streamed bodies, idle timeouts, restarts of a
 * transfer cut short (downloadToFile), and hash verification at the end
 * of the stream.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import {
  downloadToFile,
  downloadUrl,
  HashMismatchError,
  verifyHashes,
} from "../../src/taskcluster/download.ts";
import { TaskclusterApiError, TaskclusterNetworkError } from "../../src/taskcluster/errors.ts";
import { getWithRetries } from "../../src/taskcluster/http.ts";
import { assert, assertEquals, assertRejects } from "../helpers/assert.ts";
import { rawServer, readHead, serve } from "./helpers.ts";

const FAST = { initialDelayMs: 1, maxDelayMs: 5 };
const hex = (algo: string, b: Uint8Array) => createHash(algo).update(b).digest("hex");

Deno.test("download: 503 is retried, redirects are followed, 404 is not retried", async () => {
  const hits: string[] = [];
  let n = 0;
  const server = serve((req) => {
    const p = new URL(req.url).pathname;
    hits.push(p);
    if (p === "/start") {
      return n++ === 0
        ? new Response("busy", { status: 503 })
        : Response.redirect(new URL("/content", req.url), 303);
    }
    if (p === "/content") {
      return new Response("the content", { headers: { "content-type": "text/plain" } });
    }
    return new Response("nope", { status: 404 });
  });
  try {
    const dl = await downloadUrl(`${server.url}/start`, FAST);
    assertEquals(await new Response(dl.body).text(), "the content");
    assertEquals(dl.contentType, "text/plain");
    assertEquals(dl.contentLength, 11);
    assertEquals(hits, ["/start", "/start", "/content"]);
    const e = await assertRejects(() => downloadUrl(`${server.url}/missing?sig=SECRET`, FAST));
    assert(e instanceof TaskclusterApiError);
    assertEquals(e.statusCode, 404);
    assertEquals(e.url, `${server.url}/missing?<redacted>`);
    assertEquals(hits.filter((h) => h === "/missing").length, 1);
  } finally {
    await server.close();
  }
});

Deno.test("download: the body streams (the first chunk arrives before the server sends the rest)", async () => {
  let release!: () => void;
  const released = new Promise<void>((r) => release = r);
  const server = serve(() => {
    const body = new ReadableStream<Uint8Array>({
      async start(c) {
        c.enqueue(new TextEncoder().encode("first|"));
        await released;
        c.enqueue(new TextEncoder().encode("second"));
        c.close();
      },
    });
    return new Response(body);
  });
  try {
    const dl = await downloadUrl(`${server.url}/s`, FAST);
    const reader = dl.body.getReader();
    const first = await reader.read();
    assertEquals(new TextDecoder().decode(first.value), "first|");
    release();
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      rest += new TextDecoder().decode(r.value);
    }
    assertEquals(rest, "second");
  } finally {
    release();
    await server.close();
  }
});

Deno.test("download: a stalled body errors with a timed-out TaskclusterNetworkError", async () => {
  const server = await rawServer(async (socket) => {
    await readHead(socket);
    socket.write("HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\npartial");
    // then silence
  });
  try {
    const dl = await downloadUrl(`${server.url}/slow`, { ...FAST, timeoutMs: 500 });
    const e = await assertRejects(() => new Response(dl.body).arrayBuffer());
    assert(e instanceof TaskclusterNetworkError, String(e));
    assert(e.timedOut);
  } finally {
    await server.close();
  }
});

Deno.test("downloadToFile: a transfer cut short starts over; the file and its SHA-256 are right", async () => {
  const content = new Uint8Array(300_000).map((_, i) => (i * 7) & 0xff);
  let conns = 0;
  const server = await rawServer(async (socket) => {
    await readHead(socket);
    const head =
      `HTTP/1.1 200 OK\r\ncontent-type: application/x-bin\r\ncontent-length: ${content.length}\r\nconnection: close\r\n\r\n`;
    if (conns++ === 0) {
      socket.write(head);
      socket.end(content.subarray(0, 50_000)); // close early
    } else {
      socket.write(head);
      socket.end(content);
    }
  });
  const dir = await Deno.makeTempDir();
  try {
    const dest = join(dir, "out");
    const r = await downloadToFile(() => downloadUrl(`${server.url}/f`, FAST), dest, FAST);
    assertEquals(r.attempts, 2);
    assertEquals(r.bytes, content.length);
    assertEquals(r.sha256, hex("sha256", content));
    assertEquals(r.contentType, "application/x-bin");
    assertEquals(hex("sha256", await Deno.readFile(dest)), hex("sha256", content));
  } finally {
    await server.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("verifyHashes: matching content passes; a mismatch or no usable hash errors at the end", async () => {
  const data = new TextEncoder().encode("object content");
  const stream = () => new Blob([data]).stream();
  const good = { sha256: hex("sha256", data), sha512: hex("sha512", data) };
  assertEquals(await new Response(verifyHashes(stream(), good, "o")).text(), "object content");
  assertEquals(
    await new Response(verifyHashes(stream(), { sha256: good.sha256, md5: "x" }, "o")).text(),
    "object content",
  );
  const bad = await assertRejects(
    () => new Response(verifyHashes(stream(), { ...good, sha512: "00" }, "object o")).text(),
    "sha512",
  );
  assert(bad instanceof HashMismatchError);
  await assertRejects(
    () => new Response(verifyHashes(stream(), { md5: "x" }, "o")).text(),
    "no acceptable hash",
  );
});

Deno.test("getWithRetries: no listener gives TaskclusterNetworkError after the retries", async () => {
  const server = await rawServer(() => {});
  const url = server.url;
  await server.close();
  let retries = 0;
  const e = await assertRejects(() =>
    getWithRetries(`${url}/x?token=SECRET`, { ...FAST, retries: 2, onRetry: () => retries++ })
  );
  assert(e instanceof TaskclusterNetworkError);
  assert(!e.message.includes("SECRET"), e.message);
  assertEquals(retries, 2);
});
