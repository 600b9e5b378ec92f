/**
 * The live log server over real HTTP: three clients that connect while a
 * log is written for several seconds each get every byte in order, a client
 * connecting late still gets byte 0, a wrong token is 401 `Access denied`
 * with the CORS headers, `/status` serves the provider's JSON, streams end
 * when the log closes, and `close()` ends streams still open.
 */
import { join } from "node:path";
import { startLiveLogServer } from "../../src/livelog/server.ts";
import { TaskLog } from "../../src/task/task_log.ts";
import { assert, assertEquals } from "../helpers/assert.ts";

const enc = new TextEncoder();

async function read(url: string): Promise<{ status: number; headers: Headers; text: string }> {
  const r = await fetch(url);
  return { status: r.status, headers: r.headers, text: await r.text() };
}

Deno.test("live log: concurrent clients, late client, wrong token, status, end of stream", async () => {
  const dir = await Deno.makeTempDir();
  let status = { currentTasks: [] as string[] };
  const server = startLiveLogServer({ port: 0, hostname: "127.0.0.1", status: () => status });
  try {
    const log = await TaskLog.create(join(dir, "live_backing.log"));
    server.register("tok3n", log);
    status = { currentTasks: ["abc"] };
    const url = server.url("tok3n");
    assertEquals(url, `http://127.0.0.1:${server.port}/log/tok3n`);
    await log.info("first line");

    const clients = [read(url), read(url), read(url)];
    let expected = await Deno.readTextFile(log.path);
    const writer = (async () => {
      for (let i = 0; i < 60; i++) {
        const line = `line ${i} ${"x".repeat(i * 37)}\n`;
        expected += line;
        await log.writeRaw(enc.encode(line));
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    // a client that connects half-way still gets everything from byte 0
    await new Promise((r) => setTimeout(r, 1500));
    const late = read(url);

    const bad = await fetch(url.replace("tok3n", "wrong"));
    assertEquals(bad.status, 401);
    assertEquals(await bad.text(), "Access denied");
    assertEquals(bad.headers.get("access-control-allow-origin"), "*");

    const st = await fetch(`http://127.0.0.1:${server.port}/status`);
    assertEquals(await st.json(), { currentTasks: ["abc"] });

    await writer;
    await log.close();
    const results = await Promise.all([...clients, late]);
    for (const r of results) {
      assertEquals(r.status, 200);
      assertEquals(r.headers.get("content-type"), "text/plain; charset=utf-8");
      assertEquals(r.headers.get("access-control-allow-origin"), "*");
      assertEquals(r.headers.get("access-control-expose-headers"), "Transfer-Encoding");
      assertEquals(r.text.length, expected.length);
      assert(r.text === expected, "a client did not get every byte in order");
    }
    // once the log has closed, a client gets the whole log and the end at once
    const after = await read(url);
    assertEquals(after.text, expected);
    server.unregister("tok3n");
    // a finished log's URL says where the log is now
    const gone = await read(url);
    assertEquals(gone.status, 410);
    assert(gone.text.includes("live_backing.log"), gone.text);
  } finally {
    await server.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("live log: close() ends streams of logs still open", async () => {
  const dir = await Deno.makeTempDir();
  const server = startLiveLogServer({ port: 0, hostname: "127.0.0.1", status: () => ({}) });
  const log = await TaskLog.create(join(dir, "log"));
  try {
    server.register("t", log);
    await log.info("hello");
    const r = await fetch(server.url("t"));
    const reader = r.body!.getReader();
    const first = await reader.read();
    assert(new TextDecoder().decode(first.value).includes("hello"));
    await server.close();
    // the stream ends (no hang) once the server closes
    for (;;) {
      const { done } = await reader.read().catch(() => ({ done: true }));
      if (done) break;
    }
  } finally {
    await log.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("live log: IPv6 public hosts are bracketed in URLs", async () => {
  const server = startLiveLogServer({
    port: 0,
    hostname: "127.0.0.1",
    publicHost: "2001:db8::1",
    status: () => ({}),
  });
  try {
    assertEquals(server.url("x"), `http://[2001:db8::1]:${server.port}/log/x`);
  } finally {
    await server.close();
  }
});
