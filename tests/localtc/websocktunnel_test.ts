/**
 * serve-local's websocktunnel server and auth `websocktunnelToken`, checked
 * with Deno's own WebSocket as the tunnel client and raw wsmux frames built
 * here (not with the worker's client): token claims and checks as the real
 * service and server do them, registration refusals (400/404/401), the
 * client URL, viewer requests written on a stream (path, Host,
 * `x-websocktunnel-original-path`), replies in every framing, the send
 * window honoured, malformed frames closing the session, 504 for an
 * unknown client.
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { startWebsocktunnel } from "../../src/localtc/websocktunnel.ts";
import { checkTunnelToken, signTunnelToken } from "../../src/localtc/websocktunnel_jwt.ts";
import { Buffer } from "node:buffer";
import { createHmac } from "node:crypto";

const enc = new TextEncoder();
const dec = new TextDecoder();

function frame(type: number, id: number, payload: Uint8Array = new Uint8Array(0)): Uint8Array {
  const f = new Uint8Array(5 + payload.length);
  f[0] = type;
  new DataView(f.buffer).setUint32(1, id, true);
  f.set(payload, 5);
  return f;
}
const u32 = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
};

/** A minimal tunnel client on Deno's WebSocket, recording every frame. */
async function rawClient(url: string, id: string, token: string) {
  const frames: { type: number; id: number; payload: Uint8Array }[] = [];
  let onFrame: () => void = () => {};
  // @ts-ignore: Deno's WebSocket takes headers
  const ws = new WebSocket(url, {
    headers: { "x-websocktunnel-id": id, Authorization: `Bearer ${token}` },
  });
  ws.binaryType = "arraybuffer";
  const closed = new Promise<CloseEvent>((r) => ws.addEventListener("close", (e) => r(e)));
  ws.addEventListener("message", (e) => {
    const b = new Uint8Array(e.data as ArrayBuffer);
    frames.push({ type: b[0], id: new DataView(b.buffer).getUint32(1, true), payload: b.slice(5) });
    onFrame();
  });
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error("websocket failed"));
  });
  const next = async (pred: (f: (typeof frames)[0]) => boolean) => {
    for (;;) {
      const i = frames.findIndex(pred);
      if (i >= 0) return frames.splice(i, 1)[0];
      await new Promise<void>((r) => onFrame = r);
    }
  };
  return { ws, frames, next, closed, send: (f: Uint8Array) => ws.send(f) };
}

Deno.test("websocktunnel JWTs: the real service's claims; the server's checks", () => {
  const now = 1_750_000_000_000;
  const { token, expires } = signTunnelToken("sec", { tid: "a.b.1", aud: "aud", sub: "me" }, now);
  const [h, p, s] = token.split(".");
  assertEquals(JSON.parse(Buffer.from(h, "base64url").toString()), { alg: "HS256", typ: "JWT" });
  const iat = now / 1000;
  assertEquals(JSON.parse(Buffer.from(p, "base64url").toString()), {
    tid: "a.b.1",
    aud: "aud",
    sub: "me",
    iat,
    exp: iat + 96 * 3600,
    nbf: iat - 900,
    iss: "taskcluster-auth",
  });
  assertEquals(s, createHmac("sha256", "sec").update(`${h}.${p}`).digest("base64url"));
  assertEquals(expires, new Date((iat + 96 * 3600) * 1000).toJSON());

  assertEquals(checkTunnelToken(["sec"], "aud", "a.b.1", token, now), undefined);
  assertEquals(checkTunnelToken(["old", "sec"], "aud", "a.b.1", token, now), undefined);
  assertEquals(checkTunnelToken(["other"], "aud", "a.b.1", token, now), "signature is invalid");
  assertEquals(
    checkTunnelToken(["sec"], "aud", "a.b.2", token, now),
    "token is for client a.b.1, not a.b.2",
  );
  assertEquals(
    checkTunnelToken(["sec"], "other", "a.b.1", token, now),
    "token audience aud is not other",
  );
  assertEquals(
    checkTunnelToken(["sec"], "aud", "a.b.1", token, now + 97 * 3600e3),
    "token has expired",
  );
  assertEquals(
    checkTunnelToken(["sec"], "aud", "a.b.1", token, now - 901e3),
    "token is not valid yet",
  );
  const long = signTunnelToken("sec", { tid: "x", aud: "aud", sub: "me" }, now, 32 * 86400).token;
  assertEquals(
    checkTunnelToken(["sec"], "aud", "x", long, now),
    "jwt should not be valid for more than 31 days",
  );
  const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${p}.`;
  assertEquals(
    checkTunnelToken(["sec"], "aud", "a.b.1", none, now),
    "signing method none is not HS256",
  );
  assertEquals(checkTunnelToken(["sec"], "aud", "a.b.1", "garbage", now), "token is not a JWT");
});

Deno.test("auth websocktunnelToken: scope auth:websocktunnel-token:<aud>/<client>, parameter patterns, reply", async () => {
  const tc = await startLocalTaskcluster();
  try {
    const { Auth } = await import("../../src/taskcluster/auth.ts");
    const creds = await tc.createClient("c1", ["auth:websocktunnel-token:aud1/grp.*"]);
    const auth = new Auth({ rootUrl: tc.rootUrl, credentials: creds, retries: 0 });
    const r = await auth.websocktunnelToken("aud1", "grp.w.1");
    assertEquals(Object.keys(r).sort(), ["expires", "token", "wstAudience", "wstClient"]);
    assertEquals([r.wstAudience, r.wstClient], ["aud1", "grp.w.1"]);
    const claims = JSON.parse(Buffer.from(r.token.split(".")[1], "base64url").toString());
    assertEquals([claims.sub, claims.tid, claims.aud], ["c1", "grp.w.1", "aud1"]);
    const err = await auth.websocktunnelToken("aud2", "grp.w.1").catch((e) => e);
    assertEquals(err.statusCode, 403);
    assertStringIncludes(err.message, "auth:websocktunnel-token:aud2/grp.w.1");
    const root = new Auth({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, retries: 0 });
    assertEquals(
      (await root.websocktunnelToken("aud1", "bad id!").catch((e) => e)).statusCode,
      400,
    );
    // the token it signs opens serve-local's tunnel (same secret)
    const t = await root.websocktunnelToken(tc.websocktunnel.audience, "x.y.1");
    const c = await rawClient(tc.websocktunnel.url, "x.y.1", t.token);
    assertEquals(tc.websocktunnel.clients(), ["x.y.1"]);
    c.ws.close();
    await c.closed;
  } finally {
    await tc.close();
  }
});

Deno.test("websocktunnel server: registration refusals and the client URL", async () => {
  const wst = startWebsocktunnel({ secret: "sec", audience: "aud" });
  try {
    const good = signTunnelToken("sec", { tid: "g.w.1", aud: "aud", sub: "t" }, Date.now()).token;
    const get = (headers: Record<string, string>) =>
      fetch(`${wst.url}/`, { headers }).then(async (r) => [r.status, (await r.text()).trim()]);
    assertEquals(await get({ "x-websocktunnel-id": "bad id", Authorization: `Bearer ${good}` }), [
      400,
      "Bad Request",
    ]);
    assertEquals(await get({ "x-websocktunnel-id": "g.w.1" }), [400, "Bad Request"]);
    assertEquals(await get({ "x-websocktunnel-id": "g.w.1", Authorization: `Bearer ${good}` }), [
      404,
      "404 page not found",
    ]);
    assertEquals((await fetch(`${wst.url}/__heartbeat__`)).status, 200);
    // a bad token is refused before the upgrade
    let failed = false;
    await rawClient(wst.url, "g.w.2", good).catch(() => failed = true);
    assert(failed, "a token for another id must be refused");
    assertEquals(wst.clients(), []);

    // the upgrade reply names the client URL (read with a raw handshake)
    const conn = await Deno.connect({ hostname: "127.0.0.1", port: wst.port });
    await conn.write(enc.encode(
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${wst.port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${btoa("0123456789abcdef")}\r\n` +
        `x-websocktunnel-id: g.w.1\r\nAuthorization: Bearer ${good}\r\n\r\n`,
    ));
    const buf = new Uint8Array(4096);
    const n = (await conn.read(buf))!;
    const head = dec.decode(buf.subarray(0, n));
    assertStringIncludes(head, "HTTP/1.1 101");
    assertStringIncludes(head.toLowerCase(), `x-websocktunnel-client-url: ${wst.url}/g.w.1`);
    conn.close();
  } finally {
    await wst.close();
  }
});

Deno.test("websocktunnel server: a viewer request on a stream, replies in every framing, the window honoured", async () => {
  const wst = startWebsocktunnel({ secret: "sec", audience: "aud" });
  try {
    const token = signTunnelToken("sec", { tid: "g.w.7", aud: "aud", sub: "t" }, Date.now()).token;
    const c = await rawClient(wst.url, "g.w.7", token);

    // 1: GET, chunked reply
    const viewer = fetch(`${wst.url}/g.w.7/some/path?q=1`, { headers: { "x-extra": "yes" } });
    const syn = await c.next((f) => f.type === 1);
    assertEquals(syn.id % 2, 0, "server streams have even ids");
    c.send(frame(2, syn.id, u32(1 << 20)));
    let req = "";
    while (!req.includes("\r\n\r\n")) {
      req += dec.decode((await c.next((f) => f.id === syn.id && f.type === 0)).payload);
    }
    const lines = req.split("\r\n");
    assertEquals(lines[0], "GET /some/path?q=1 HTTP/1.1");
    assert(lines.includes(`Host: 127.0.0.1:${wst.port}`), req);
    assert(lines.includes("x-websocktunnel-original-path: /g.w.7/some/path"), req);
    assert(lines.includes("x-extra: yes"), req);
    c.send(
      frame(
        0,
        syn.id,
        enc.encode(
          "HTTP/1.1 201 Created\r\nX-A: b\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
        ),
      ),
    );
    c.send(frame(0, syn.id, enc.encode("6\r\n world\r\n0\r\n\r\n")));
    const r = await viewer;
    assertEquals([r.status, r.headers.get("x-a"), await r.text()], [201, "b", "hello world"]);
    const fin = await c.next((f) => f.id === syn.id && f.type === 3);
    assertEquals(fin.payload.length, 0);

    // 2: POST with a body larger than the first window: never more in flight than granted
    const body = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(10);
    const post = fetch(`${wst.url}/g.w.7/up`, { method: "POST", body });
    const syn2 = await c.next((f) => f.type === 1);
    let granted = 300;
    c.send(frame(2, syn2.id, u32(granted)));
    let received = 0;
    let got = "";
    for (;;) {
      const d = await c.next((f) => f.id === syn2.id && f.type === 0);
      received += d.payload.length;
      assert(received <= granted, `${received} bytes sent on a ${granted}-byte window`);
      got += dec.decode(d.payload);
      const end = got.indexOf("\r\n\r\n");
      if (end >= 0 && got.length - end - 4 === body.length) break;
      if (received === granted) {
        granted += 10;
        c.send(frame(2, syn2.id, u32(10)));
      }
    }
    assert(granted > 300 + body.length / 20, "the window was not needed");
    const head = got.slice(0, got.indexOf("\r\n\r\n") + 4);
    assertStringIncludes(head, "POST /up HTTP/1.1\r\n");
    assertStringIncludes(head, `Content-Length: ${body.length}\r\n`);
    assertEquals(got.slice(head.length), body);
    c.send(frame(0, syn2.id, enc.encode("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone")));
    assertEquals(await (await post).text(), "done");

    // 3: reply delimited by the end of the stream (FIN)
    const v3 = fetch(`${wst.url}/g.w.7/eof`);
    const syn3 = await c.next((f) => f.type === 1);
    c.send(frame(2, syn3.id, u32(1 << 20)));
    c.send(frame(0, syn3.id, enc.encode("HTTP/1.1 200 OK\r\n\r\nuntil the end")));
    c.send(frame(3, syn3.id));
    assertEquals(await (await v3).text(), "until the end");

    // unknown client: 504
    const none = await fetch(`${wst.url}/nobody/x`);
    assertEquals([none.status, (await none.text()).trim()], [
      504,
      "No client is connected with that id",
    ]);

    // a malformed frame (ACK without its u32) closes the session with 1008
    c.send(frame(2, 0));
    const closed = await c.closed;
    assertEquals(closed.code, 1008);
    assertEquals(closed.reason, "malformed payload");
    for (let i = 0; i < 100 && wst.clients().length; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    assertEquals(wst.clients(), []);
  } finally {
    await wst.close();
  }
});
