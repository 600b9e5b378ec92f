/**
 * The websocktunnel exposer (src/livelog/websocktunnel.ts, ws_client.ts,
 * wsmux.ts) against serve-local's independent tunnel server
 * (src/localtc/websocktunnel*.ts), with tokens from localtc's auth
 * `websocktunnelToken` through the worker's own Auth client: bytes through
 * the tunnel are exact (20 MiB, both directions, many streams at once),
 * status and headers pass, a dropped tunnel (close frame, cut TCP, or a
 * connection gone silent: no pong) and a restarted server are reconnected,
 * the token is renewed before it expires, and a bad token or a missing
 * scope is a clear error. WebSockets go through too (what the
 * interactive shell needs), text and binary, with the close code.
 */
import { createHash } from "node:crypto";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { startWebsocktunnel } from "../../src/localtc/websocktunnel.ts";
import { Auth } from "../../src/taskcluster/auth.ts";
import {
  jwtExpiry,
  websocktunnelExposer,
  type WebsocktunnelOptions,
} from "../../src/livelog/websocktunnel.ts";

/** A local HTTP service to expose: random bytes, echo, status passthrough. */
function startBackend() {
  const big = new Uint8Array(1024 * 1024);
  for (let o = 0; o < big.length; o += 65536) crypto.getRandomValues(big.subarray(o, o + 65536));
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, async (req) => {
    const u = new URL(req.url);
    if (u.pathname === "/big") {
      const n = Number(u.searchParams.get("mib") ?? "1");
      let i = 0;
      return new Response(
        new ReadableStream({
          pull(c) {
            if (i++ < n) c.enqueue(big);
            else c.close();
          },
        }),
        { headers: { "content-type": "application/octet-stream" } },
      );
    }
    if (u.pathname === "/echo") {
      const body = new Uint8Array(await req.arrayBuffer());
      return new Response(body, {
        headers: {
          "x-seen-path": u.pathname + u.search,
          "x-original-path": req.headers.get("x-websocktunnel-original-path") ?? "",
        },
      });
    }
    if (u.pathname === "/slow") {
      let i = 0;
      return new Response(
        new ReadableStream({
          async pull(c) {
            await new Promise((r) => setTimeout(r, 50));
            if (i++ < 20) c.enqueue(new TextEncoder().encode(`tick ${i}\n`));
            else c.close();
          },
        }),
      );
    }
    if (u.pathname === "/ws") {
      // an echo socket, as the interactive shell's would be: text and binary, then close 4000
      const { socket, response } = Deno.upgradeWebSocket(req, { protocol: "echo-v1" });
      socket.onmessage = (ev) => {
        if (ev.data === "bye") socket.close(4000, "bye to you");
        else socket.send(ev.data);
      };
      return response;
    }
    return new Response("nope", { status: 418, headers: { "x-teapot": "yes" } });
  });
  const hash = (n: number) => {
    const h = createHash("sha256");
    for (let i = 0; i < n; i++) h.update(big);
    return h.digest("hex");
  };
  return { port: server.addr.port, hash, close: () => server.shutdown() };
}

async function sha256(r: Response): Promise<string> {
  const h = createHash("sha256");
  for await (const c of r.body!) h.update(c);
  return h.digest("hex");
}

async function waitFor(cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!await cond()) {
    if (Date.now() - t0 > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function env(opts: { lifetimeSecs?: number; scopes?: string[] } = {}) {
  const tc = await startLocalTaskcluster({ websocktunnelTokenLifetimeSecs: opts.lifetimeSecs });
  const creds = await tc.createClient(
    "worker/test",
    opts.scopes ?? [`auth:websocktunnel-token:${tc.websocktunnel.audience}/grp.wkr.*`],
  );
  const auth = new Auth({ rootUrl: tc.rootUrl, credentials: creds, retries: 0 });
  const lines: string[] = [];
  let tokens = 0;
  const options = (o: Partial<WebsocktunnelOptions> = {}): WebsocktunnelOptions => ({
    serverURL: tc.websocktunnel.url,
    audience: tc.websocktunnel.audience,
    workerGroup: "grp",
    workerId: "wkr",
    getToken: (a, c) => {
      tokens++;
      return auth.websocktunnelToken(a, c);
    },
    log: (l) => lines.push(l),
    initialDelayMs: 100,
    maxDelayMs: 500,
    connectWaitMs: 10_000,
    ...o,
  });
  return { tc, lines, tokens: () => tokens, options };
}

Deno.test("websocktunnel: 20 MiB byte-exact, request bodies, status and headers, 8 streams at once", async () => {
  const backend = startBackend();
  const e = await env();
  const exposure = websocktunnelExposer(e.options()).exposeHTTP(backend.port);
  try {
    const base = await exposure.url();
    assertEquals(base, `${e.tc.websocktunnel.url}/grp.wkr.${backend.port}`);
    assertEquals(e.tc.websocktunnel.clients(), [`grp.wkr.${backend.port}`]);
    assertStringIncludes(e.lines.join("\n"), `Connected to websocktunnel server`);

    const big = await fetch(`${base}/big?mib=20`);
    assertEquals(big.status, 200);
    assertEquals(big.headers.get("content-type"), "application/octet-stream");
    assertEquals(await sha256(big), backend.hash(20));

    const body = new Uint8Array(3 * 1024 * 1024 + 17);
    for (let o = 0; o < body.length; o += 65536) {
      crypto.getRandomValues(body.subarray(o, o + 65536));
    }
    const echo = await fetch(`${base}/echo?x=1`, { method: "POST", body });
    assertEquals(echo.headers.get("x-seen-path"), "/echo?x=1");
    assertEquals(echo.headers.get("x-original-path"), `/grp.wkr.${backend.port}/echo`);
    assertEquals(new Uint8Array(await echo.arrayBuffer()), body);

    const tea = await fetch(`${base}/other`);
    assertEquals([tea.status, tea.headers.get("x-teapot"), await tea.text()], [418, "yes", "nope"]);

    const many = await Promise.all(
      Array.from({ length: 8 }, (_, i) => fetch(`${base}/big?mib=${i + 1}`).then(sha256)),
    );
    assertEquals(many, Array.from({ length: 8 }, (_, i) => backend.hash(i + 1)));

    // a viewer that stops reading mid-stream does not disturb the next one
    const partial = await fetch(`${base}/big?mib=10`);
    const reader = partial.body!.getReader();
    await reader.read();
    await reader.cancel();
    assertEquals(await sha256(await fetch(`${base}/big?mib=2`)), backend.hash(2));

    const none = await fetch(`${e.tc.websocktunnel.url}/no.such.client/x`);
    assertEquals(none.status, 504);
    assertStringIncludes(await none.text(), "No client is connected with that id");
  } finally {
    await exposure.close();
    await e.tc.close();
    await backend.close();
  }
});

Deno.test("websocktunnel: a dropped tunnel reconnects (same URL); a slow stream cut by the drop ends", async () => {
  const backend = startBackend();
  const e = await env();
  const exposure = websocktunnelExposer(e.options()).exposeHTTP(backend.port);
  try {
    const base = await exposure.url();
    const slow = await fetch(`${base}/slow`);
    const reading = slow.text().then(() => "ended", () => "errored");
    await new Promise((r) => setTimeout(r, 200));
    assertEquals(e.tc.websocktunnel.dropClients(), 1);
    assert(["ended", "errored"].includes(await reading));
    await waitFor(() => e.tc.websocktunnel.clients().length === 1);
    assertEquals(await exposure.url(), base);
    const text = await (await fetch(`${base}/slow`)).text();
    assertEquals(text, Array.from({ length: 20 }, (_, i) => `tick ${i + 1}\n`).join(""));
    const log = e.lines.join("\n");
    assertStringIncludes(log, "lost (closed by the server (code 1001: going away)); reconnecting");
    assertEquals(log.split("Connected to websocktunnel server").length - 1, 2);
  } finally {
    await exposure.close();
    await e.tc.close();
    await backend.close();
  }
});

Deno.test("websocktunnel: a tunnel server that restarts is reconnected with backoff", async () => {
  const backend = startBackend();
  const secret = "s3cret";
  let wst = startWebsocktunnel({ secret, audience: "aud" });
  const port = wst.port;
  const { signTunnelToken } = await import("../../src/localtc/websocktunnel_jwt.ts");
  const lines: string[] = [];
  const exposure = websocktunnelExposer({
    serverURL: wst.url,
    audience: "aud",
    workerGroup: "g",
    workerId: "w",
    getToken: (aud, tid) =>
      Promise.resolve(signTunnelToken(secret, { aud, tid, sub: "t" }, Date.now())),
    log: (l) => lines.push(l),
    initialDelayMs: 100,
    maxDelayMs: 300,
  }).exposeHTTP(backend.port);
  try {
    const base = await exposure.url();
    await wst.close();
    await new Promise((r) => setTimeout(r, 700));
    wst = startWebsocktunnel({ secret, audience: "aud", port });
    await waitFor(() => wst.clients().length === 1);
    assertEquals(await sha256(await fetch(`${base}/big?mib=1`)), backend.hash(1));
    assertStringIncludes(lines.join("\n"), "could not connect to the websocktunnel server");
  } finally {
    await exposure.close();
    await wst.close();
    await backend.close();
  }
});

Deno.test("websocktunnel: the token is renewed before it expires", async () => {
  const backend = startBackend();
  // tokens live 30 s; renewal 28 s ahead of expiry = about 2 s after issue
  const e = await env({ lifetimeSecs: 30 });
  const exposure = websocktunnelExposer(e.options({ renewBeforeMs: 28_000 })).exposeHTTP(
    backend.port,
  );
  try {
    await exposure.url();
    assertEquals(e.tokens(), 1);
    await waitFor(() => e.tokens() >= 2, 10_000);
    await waitFor(() => e.lines.some((l) => l.startsWith("Renewed the websocktunnel token")));
    // a reconnect uses the renewed token without asking auth again
    const before = e.tokens();
    e.tc.websocktunnel.dropClients();
    await waitFor(() => e.tc.websocktunnel.clients().length === 1);
    assert(e.tokens() <= before + 1);
    assertEquals(await sha256(await fetch(`${await exposure.url()}/big?mib=1`)), backend.hash(1));
  } finally {
    await exposure.close();
    await e.tc.close();
    await backend.close();
  }
});

Deno.test("websocktunnel: a token for another audience is refused with a clear error", async () => {
  const backend = startBackend();
  const e = await env({ scopes: ["auth:websocktunnel-token:elsewhere/grp.wkr.*"] });
  const exposure = websocktunnelExposer(e.options({ audience: "elsewhere" })).exposeHTTP(
    backend.port,
  );
  try {
    let err: Error | undefined;
    await exposure.url().catch((x) => err = x);
    assert(err, "url() should fail");
    assertStringIncludes(err.message, "refused the token for grp.wkr.");
    assertStringIncludes(err.message, "401");
    const log = e.lines.join("\n");
    assertStringIncludes(log, "ERROR: the websocktunnel server");
    assertStringIncludes(log, 'check that wstAudience "elsewhere"');
    // one retry with a fresh token, then it stops
    assertEquals(e.tokens(), 2);
    assertEquals(e.tc.websocktunnel.clients(), []);
  } finally {
    await exposure.close();
    await e.tc.close();
    await backend.close();
  }
});

Deno.test("websocktunnel: without the scope, auth's 403 is a clear error naming the scope", async () => {
  const backend = startBackend();
  const e = await env({ scopes: [] });
  const exposure = websocktunnelExposer(e.options()).exposeHTTP(backend.port);
  try {
    let err: Error | undefined;
    await exposure.url().catch((x) => err = x);
    assert(err);
    assertStringIncludes(err.message, "could not get a websocktunnel token");
    assertStringIncludes(
      e.lines.join("\n"),
      `need scope auth:websocktunnel-token:${e.tc.websocktunnel.audience}/grp.wkr.*`,
    );
  } finally {
    await exposure.close();
    await e.tc.close();
    await backend.close();
  }
});

Deno.test("websocktunnel: a WebSocket through the tunnel (text, 300 KiB binary, subprotocol, close code)", async () => {
  const backend = startBackend();
  const e = await env();
  const exposure = websocktunnelExposer(e.options()).exposeHTTP(backend.port);
  try {
    const base = (await exposure.url()).replace(/^http/, "ws");
    const ws = new WebSocket(`${base}/ws`, ["echo-v1"]);
    ws.binaryType = "arraybuffer";
    const got: (string | Uint8Array)[] = [];
    let wake = () => {};
    ws.onmessage = (ev) => {
      got.push(typeof ev.data === "string" ? ev.data : new Uint8Array(ev.data));
      wake();
    };
    const closed = new Promise<CloseEvent>((r) => ws.onclose = r);
    await new Promise((r, j) => {
      ws.onopen = r;
      ws.onerror = () => j(new Error("the WebSocket through the tunnel failed"));
    });
    assertEquals(ws.protocol, "echo-v1");
    const bin = new Uint8Array(300 * 1024);
    for (let o = 0; o < bin.length; o += 65536) crypto.getRandomValues(bin.subarray(o, o + 65536));
    ws.send("héllo");
    ws.send(bin);
    while (got.length < 2) await new Promise<void>((r) => wake = r);
    assertEquals(got[0], "héllo");
    assertEquals(got[1], bin);
    ws.send("bye");
    const ev = await closed;
    assertEquals([ev.code, ev.reason], [4000, "bye to you"]);
  } finally {
    await exposure.close();
    await e.tc.close();
    await backend.close();
  }
});

/** A TCP relay in front of the tunnel server that can cut its connections or go silent. */
function startRelay(targetPort: number) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const conns = new Set<Deno.Conn>();
  let silent = false;
  const pipe = async (from: Deno.Conn, to: Deno.Conn) => {
    const buf = new Uint8Array(65536);
    try {
      for (;;) {
        const n = await from.read(buf);
        if (n === null) break;
        if (silent) continue; // a black hole: bytes vanish, nothing is closed
        let off = 0;
        while (off < n) off += await to.write(buf.subarray(off, n));
      }
    } catch { /* closed */ }
    try {
      to.close();
    } catch { /* closed */ }
  };
  (async () => {
    for await (const c of listener) {
      const up = await Deno.connect({ hostname: "127.0.0.1", port: targetPort });
      conns.add(c);
      conns.add(up);
      pipe(c, up);
      pipe(up, c);
    }
  })().catch(() => {});
  return {
    url: `http://127.0.0.1:${(listener.addr as Deno.NetAddr).port}`,
    cut() {
      for (const c of conns) {
        try {
          c.close();
        } catch { /* closed */ }
      }
      conns.clear();
    },
    setSilent(v: boolean) {
      silent = v;
    },
    close() {
      this.cut();
      listener.close();
    },
  };
}

Deno.test("websocktunnel: a connection cut without a close frame, and one gone silent (no pong), both reconnect", async () => {
  const backend = startBackend();
  const e = await env();
  const relay = startRelay(e.tc.websocktunnel.port);
  const exposure = websocktunnelExposer(e.options({ serverURL: relay.url, keepAliveMs: 500 }))
    .exposeHTTP(backend.port);
  const connects = () => e.lines.filter((l) => l.startsWith("Connected to")).length;
  try {
    const base = await exposure.url();
    relay.cut();
    await waitFor(() => connects() === 2);
    assertStringIncludes(e.lines.join("\n"), "lost (connection closed");
    assertEquals(await sha256(await fetch(`${base}/big?mib=1`)), backend.hash(1));

    relay.setSilent(true);
    await waitFor(() => e.lines.some((l) => l.includes("no pong from the server within 0.5 s")));
    relay.setSilent(false);
    relay.cut(); // the old, silent connections go; the client is already on a new one
    await waitFor(() => connects() >= 3);
    await waitFor(async () =>
      (await fetch(`${base}/big?mib=1`).then(sha256).catch(() => "")) === backend.hash(1)
    );
  } finally {
    await exposure.close();
    relay.close();
    await e.tc.close();
    await backend.close();
  }
});

const hasOpenssl = (() => {
  try {
    return new Deno.Command("openssl", { args: ["version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
})();

Deno.test({
  name: "websocktunnel over TLS: an https server URL is dialled as wss, the tunnel URL is https",
  ignore: !hasOpenssl,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "wst-tls-" });
    const backend = startBackend();
    try {
      // a CA and a certificate for 127.0.0.1 signed by it (rustls refuses a CA as the server's)
      const openssl = async (...args: string[]) => {
        const r = await new Deno.Command("openssl", {
          args,
          cwd: dir,
          stdout: "null",
          stderr: "piped",
        })
          .output();
        assert(r.success, `openssl ${args[0]}: ${new TextDecoder().decode(r.stderr)}`);
      };
      await openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=keyCertSign",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
      );
      await openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-addext",
        "basicConstraints=CA:FALSE",
        "-keyout",
        "key.pem",
        "-out",
        "cert.pem",
      );
      const cert = await Deno.readTextFile(`${dir}/cert.pem`);
      const ca = await Deno.readTextFile(`${dir}/ca.pem`);
      const key = await Deno.readTextFile(`${dir}/key.pem`);
      const { signTunnelToken } = await import("../../src/localtc/websocktunnel_jwt.ts");
      const wst = startWebsocktunnel({ secret: "tls-secret", audience: "aud", tls: { cert, key } });
      assert(wst.url.startsWith("https://127.0.0.1:"), wst.url);
      const lines: string[] = [];
      const exposure = websocktunnelExposer({
        serverURL: wst.url,
        audience: "aud",
        workerGroup: "g",
        workerId: "w",
        getToken: (aud, tid) =>
          Promise.resolve(signTunnelToken("tls-secret", { aud, tid, sub: "t" }, Date.now())),
        log: (l) => lines.push(l),
        caCert: ca,
        connectWaitMs: 10_000,
      }).exposeHTTP(backend.port);
      const client = Deno.createHttpClient({ caCerts: [ca] });
      try {
        const base = await exposure.url();
        assertEquals(base, `${wst.url}/g.w.${backend.port}`);
        const r = await fetch(`${base}/big?mib=3`, { client });
        assertEquals(await sha256(r), backend.hash(3));
      } finally {
        client.close();
        await exposure.close();
        await wst.close();
      }
    } finally {
      await backend.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
if (!hasOpenssl) {
  console.log("websocktunnel over TLS: skipped, openssl (to make a test certificate) is missing");
}

Deno.test("jwtExpiry reads exp from a JWT and nothing from garbage", () => {
  const payload = btoa(JSON.stringify({ exp: 1700000000 })).replace(/=+$/, "");
  assertEquals(jwtExpiry(`x.${payload}.y`), 1700000000 * 1000);
  assertEquals(jwtExpiry("not-a-jwt"), undefined);
  assertEquals(jwtExpiry("a.%%%.b"), undefined);
});
