/**
 * putFile against real servers: exact Content-Length (never chunked),
 * byte-exact content, retries that re-open the file after a 5xx or a
 * connection dropped mid-body, HTTP 400 retried only when asked, redacted
 * URLs in errors, gzip on the way (header name = basename), hashes of the
 * bytes sent, and flat memory for a few hundred MB.
 */
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { TaskclusterApiError } from "../../src/taskcluster/errors.ts";
import { gzipFile, gzipHeader, putFile } from "../../src/taskcluster/upload.ts";
import { assert, assertEquals, assertRejects } from "../helpers/assert.ts";
import { rawServer, readHeadAndRest, serve, sha256File, writeTestFile } from "./helpers.ts";

const FAST = { initialDelayMs: 1, maxDelayMs: 5 };

interface Received {
  method: string;
  url: string;
  headers: Headers;
  bytes: Uint8Array;
}

/** A server recording each request; `reply(i)` gives the status of request i. */
function recordingServer(reply: (i: number) => number) {
  const got: Received[] = [];
  const server = serve(async (req) => {
    const bytes = new Uint8Array(await req.arrayBuffer());
    got.push({ method: req.method, url: req.url, headers: req.headers, bytes });
    const status = reply(got.length - 1);
    return new Response(status === 200 ? "" : `<Error><Code>E${status}</Code></Error>`, { status });
  });
  return { server, got };
}

async function withTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "tc-upload-test-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

Deno.test("putFile: streams the file with its exact Content-Length and the given headers", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "a.bin");
    await writeTestFile(file, 3 * 1024 * 1024 + 17);
    const { server, got } = recordingServer(() => 200);
    try {
      const r = await putFile(`${server.url}/bucket/key?X-Sig=abc`, file, {
        "Content-Type": "application/x-test",
        "Content-Encoding": "identity",
      }, { ...FAST, hashes: true });
      assertEquals(got.length, 1);
      assertEquals(got[0].method, "PUT");
      assertEquals(got[0].headers.get("content-length"), String(3 * 1024 * 1024 + 17));
      assertEquals(got[0].headers.get("transfer-encoding"), null);
      assertEquals(got[0].headers.get("content-type"), "application/x-test");
      assertEquals(got[0].headers.get("content-encoding"), "identity");
      assertEquals(sha256(got[0].bytes), await sha256File(file));
      assertEquals(r.bytes, 3 * 1024 * 1024 + 17);
      assertEquals(r.attempts, 1);
      assertEquals(r.sha256, await sha256File(file));
      assertEquals(r.sha512, createHash("sha512").update(got[0].bytes).digest("hex"));
    } finally {
      await server.close();
    }
  });
});

Deno.test("putFile: an empty file is sent with Content-Length 0", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "empty");
    await Deno.writeFile(file, new Uint8Array());
    const { server, got } = recordingServer(() => 200);
    try {
      await putFile(`${server.url}/k`, file, {}, FAST);
      assertEquals(got[0].headers.get("content-length"), "0");
      assertEquals(got[0].bytes.length, 0);
    } finally {
      await server.close();
    }
  });
});

Deno.test("putFile: 500 then 503 then 200: three full uploads, the file re-read each time", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "b.bin");
    await writeTestFile(file, 200_000, 7);
    const { server, got } = recordingServer((i) => [500, 503, 200][i]);
    try {
      const r = await putFile(`${server.url}/k`, file, {}, { ...FAST, hashes: true });
      assertEquals(r.attempts, 3);
      const want = await sha256File(file);
      assertEquals(got.map((g) => sha256(g.bytes)), [want, want, want]);
      assertEquals(r.sha256, want);
    } finally {
      await server.close();
    }
  });
});

Deno.test("putFile: a connection dropped mid-body is retried with the whole file", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "c.bin");
    const size = 2 * 1024 * 1024;
    await writeTestFile(file, size, 3);
    const received: number[] = [];
    let retryHash = "";
    const server = await rawServer(async (socket, i) => {
      const { head, rest } = await readHeadAndRest(socket);
      assert(/content-length: 2097152/i.test(head), head);
      assert(!/transfer-encoding/i.test(head), head);
      let n = 0;
      const h = createHash("sha256");
      const onBytes = (d: Uint8Array) => {
        n += d.length;
        h.update(d);
        if (i === 0 && n > 100_000) {
          received.push(n);
          socket.destroy(); // drop in the middle of the body
        } else if (i > 0 && n >= size) {
          received.push(n);
          retryHash = h.digest("hex");
          socket.end("HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        }
      };
      socket.on("data", onBytes);
      if (rest.length) onBytes(rest);
    });
    try {
      const r = await putFile(`${server.url}/k`, file, {}, { ...FAST, timeoutMs: 5000 });
      assertEquals(r.attempts, 2);
      assertEquals(received.length, 2);
      assert(received[0] < size);
      assertEquals(received[1], size);
      assertEquals(retryHash, await sha256File(file));
    } finally {
      await server.close();
    }
  });
});

Deno.test("putFile: HTTP 400 fails at once, unless retryOn400 (S3 intermittent 400)", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "d.txt");
    await Deno.writeTextFile(file, "hello");
    {
      const { server, got } = recordingServer(() => 400);
      try {
        const e = await assertRejects(() =>
          putFile(`${server.url}/k?Signature=SECRET`, file, {}, FAST)
        );
        assert(e instanceof TaskclusterApiError);
        assertEquals(e.statusCode, 400);
        assertEquals(e.url, `${server.url}/k?<redacted>`);
        assert(!e.message.includes("SECRET"), e.message);
        assertEquals(got.length, 1);
      } finally {
        await server.close();
      }
    }
    {
      const { server, got } = recordingServer((i) => (i < 2 ? 400 : 200));
      try {
        const r = await putFile(`${server.url}/k`, file, {}, { ...FAST, retryOn400: true });
        assertEquals(r.attempts, 3);
        assertEquals(got.length, 3);
      } finally {
        await server.close();
      }
    }
    {
      const { server, got } = recordingServer(() => 403);
      try {
        const e = await assertRejects(() =>
          putFile(`${server.url}/k`, file, {}, { ...FAST, retryOn400: true })
        );
        assertEquals((e as TaskclusterApiError).statusCode, 403);
        assertEquals(got.length, 1);
      } finally {
        await server.close();
      }
    }
  });
});

Deno.test("putFile: a 403 sent before the body is read ends the upload with that status", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "e.bin");
    await writeTestFile(file, 8 * 1024 * 1024, 13);
    let conns = 0;
    const server = await rawServer(async (socket) => {
      conns++;
      await readHeadAndRest(socket);
      socket.on("data", () => {}); // keep draining, as S3 does after an early error
      const body = "<Error><Code>AccessDenied</Code></Error>";
      socket.write(
        `HTTP/1.1 403 Forbidden\r\ncontent-type: application/xml\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
      );
    });
    try {
      const e = await assertRejects(() => putFile(`${server.url}/k`, file, {}, FAST));
      assert(e instanceof TaskclusterApiError, String(e));
      assertEquals(e.statusCode, 403);
      assert(e.message.includes("AccessDenied"), e.message);
      assertEquals(conns, 1);
    } finally {
      await server.close();
    }
  });
});

Deno.test("putFile: a missing file is a file error, not retried", async () => {
  const { server, got } = recordingServer(() => 200);
  try {
    await assertRejects(() => putFile(`${server.url}/k`, "/nonexistent/file", {}, FAST));
    assertEquals(got.length, 0);
  } finally {
    await server.close();
  }
});

Deno.test("putFile gzip: the body is the gzip of the file, named after it; the temp file is removed", async () => {
  await withTempDir(async (dir) => {
    const tmp = join(dir, "tmp");
    await Deno.mkdir(tmp);
    const file = join(dir, "build.log");
    const text = "line of a log file\n".repeat(50_000);
    await Deno.writeTextFile(file, text);
    const { server, got } = recordingServer((i) => (i === 0 ? 500 : 200));
    try {
      const r = await putFile(`${server.url}/k`, file, {
        "content-type": "text/plain; charset=utf-8",
        "content-encoding": "gzip",
      }, { ...FAST, gzip: true, tempDir: tmp });
      assertEquals(r.attempts, 2);
      const body = got[1].bytes;
      assertEquals(got[1].headers.get("content-length"), String(body.length));
      assertEquals(got[1].headers.get("content-encoding"), "gzip");
      assert(body.length < text.length / 10, `compressed ${body.length}`);
      assertEquals(new TextDecoder().decode(gunzipSync(body)), text);
      // header: magic, deflate, FNAME flag, mtime 0, OS unknown, then the name
      assertEquals([...body.subarray(0, 10)], [0x1f, 0x8b, 8, 8, 0, 0, 0, 0, 0, 255]);
      assertEquals(
        new TextDecoder().decode(body.subarray(10, 10 + "build.log".length + 1)),
        "build.log\0",
      );
      assertEquals([...Deno.readDirSync(tmp)], []);
    } finally {
      await server.close();
    }
  });
});

Deno.test("gzipFile: valid gzip for empty and binary files; names that are not Latin-1 are left out", async () => {
  await withTempDir(async (dir) => {
    for (const [name, size] of [["empty", 0], ["bin", 300_000]] as const) {
      const src = join(dir, name);
      await writeTestFile(src, size, 11);
      const dest = join(dir, `${name}.gz`);
      const r = await gzipFile(src, dest, name);
      assertEquals(r.inputBytes, size);
      const gz = await Deno.readFile(dest);
      assertEquals(r.outputBytes, gz.length);
      assertEquals(sha256(gunzipSync(gz)), await sha256File(src));
      // and the web decoder agrees (checks CRC and length too)
      const out = new Response(
        new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip")),
      );
      assertEquals(sha256(new Uint8Array(await out.arrayBuffer())), await sha256File(src));
    }
    assertEquals([...gzipHeader("café.txt").subarray(3, 4)], [8]);
    assertEquals(gzipHeader("日本.txt").length, 10);
    assertEquals(gzipHeader("日本.txt")[3], 0);
  });
});

Deno.test("putFile: memory stays flat while streaming a few hundred MB (plain and gzip)", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "big.bin");
    const size = 384 * 1024 * 1024;
    await writeTestFile(file, size, 5);
    let received = 0;
    let h = createHash("sha256");
    const server = serve(async (req) => {
      received = 0;
      h = createHash("sha256");
      for await (const c of req.body!) {
        received += c.length;
        h.update(c);
      }
      return new Response("");
    });
    try {
      const before = Deno.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, Deno.memoryUsage().rss);
      }, 20);
      try {
        const r = await putFile(`${server.url}/big`, file, {}, { ...FAST, hashes: true });
        assertEquals(r.bytes, size);
        assertEquals(received, size);
        assertEquals(h.digest("hex"), r.sha256);
        // gzip on the way, on compressible content (deflating random bytes is just slow)
        const log = join(dir, "big.log");
        const f = await Deno.open(log, { write: true, create: true });
        const block = new TextEncoder().encode(
          Array.from({ length: 20_000 }, (_, i) => `line ${i} of a long build log\n`).join(""),
        );
        let written = 0;
        while (written < size) {
          let off = 0;
          while (off < block.length) off += await f.write(block.subarray(off));
          written += block.length;
        }
        f.close();
        const gz = await putFile(`${server.url}/big`, log, {}, {
          ...FAST,
          gzip: true,
          tempDir: dir,
        });
        assertEquals(received, gz.bytes);
        assert(gz.bytes < written / 4, `gzip ${gz.bytes} of ${written}`);
      } finally {
        clearInterval(sampler);
      }
      const growthMiB = (peak - before) / (1024 * 1024);
      console.log(
        `rss before ${(before / 1048576).toFixed(0)} MiB, peak growth ${
          growthMiB.toFixed(1)
        } MiB for a ${size / 1048576} MiB file`,
      );
      // buffering the file would add at least its size (384 MiB); allow a third of it for
      // allocator and GC slack (measured: 20-80 MiB)
      assert(growthMiB < 128, `RSS grew by ${growthMiB.toFixed(1)} MiB`);
    } finally {
      await server.close();
    }
  });
});
