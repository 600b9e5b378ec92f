/**
 * The in-process taskcluster-proxy against real HTTP servers: an upstream
 * that checks every request with the npm `hawk` server, and src/localtc
 * (real Taskcluster auth: signatures, authorizedScopes, 403 on missing
 * scopes).
 */
import hawk from "hawk";
import { createHash, createHmac } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  peerUid,
  procNetAddress,
  proxyTarget,
  startTaskclusterProxy,
  type TaskclusterProxy,
} from "../../../src/features/taskcluster_proxy/proxy.ts";
import { startLocalTaskcluster } from "../../../src/localtc/mod.ts";
import { createTemporaryCredentials } from "../../../src/taskcluster/credentials.ts";
import { runAsArgv } from "../../../src/platform/users.ts";
import { assert, assertEquals, assertMatch, assertStringIncludes } from "../../helpers/assert.ts";

const KEYS: Record<string, string> = {
  "task-client": "task-client-secret-token-aaaaaaaaaaaaaaaaaaaa",
  "new-client": "new-client-secret-token-bbbbbbbbbbbbbbbbbbbbbb",
};

interface Seen {
  method: string;
  url: string;
  clientId: string;
  ext: Record<string, unknown> | undefined;
  headers: Headers;
  bodySha256: string;
  bodyLength: number;
}

interface Upstream {
  url: string;
  seen: Seen[];
  /** Per-path behaviour override. */
  handlers: Map<string, (req: Request) => Response | Promise<Response>>;
  close(): Promise<void>;
}

/** The Hawk key of `id`: its own, or for temporary credentials the one derived from the certificate's seed. */
function keyOf(id: string, authorization: string): string | undefined {
  let ext: { certificate?: { seed: string } } = {};
  try {
    const e = hawk.utils.parseAuthorizationHeader(authorization).ext;
    if (e) ext = JSON.parse(atob(e));
  } catch {
    // no ext
  }
  if (!ext.certificate) return KEYS[id];
  return createHmac("sha256", KEYS[id]).update(ext.certificate.seed).digest("base64url");
}

/** An upstream that authenticates each request with hawk.server.authenticate. */
function startUpstream(): Upstream {
  const seen: Seen[] = [];
  const handlers = new Map<string, (req: Request) => Response | Promise<Response>>();
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const u = new URL(req.url);
    const special = handlers.get(u.pathname);
    const hash = createHash("sha256");
    let length = 0;
    if (req.body) {
      for await (const chunk of req.body) {
        hash.update(chunk);
        length += chunk.length;
      }
    }
    let clientId = "";
    let ext: Record<string, unknown> | undefined;
    try {
      const { credentials, artifacts } = await hawk.server.authenticate(
        {
          method: req.method,
          url: u.pathname + u.search,
          host: u.hostname,
          port: Number(u.port),
          authorization: req.headers.get("authorization") ?? "",
        },
        (id: string) => {
          const key = keyOf(id, req.headers.get("authorization") ?? "");
          return key ? { id, key, algorithm: "sha256" } : undefined;
        },
      );
      clientId = (credentials as { id: string }).id;
      const a = artifacts as { ext?: string };
      ext = a.ext ? JSON.parse(atob(a.ext)) : undefined;
    } catch (e) {
      return new Response(`hawk: ${(e as Error).message}`, { status: 401 });
    }
    seen.push({
      method: req.method,
      url: u.pathname + u.search,
      clientId,
      ext,
      headers: req.headers,
      bodySha256: hash.digest("hex"),
      bodyLength: length,
    });
    if (special) return await special(req);
    return Response.json({ ok: true, path: u.pathname, query: u.search }, {
      headers: { "x-upstream": "yes" },
    });
  });
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    seen,
    handlers,
    close: () => server.shutdown(),
  };
}

async function withProxy(
  fn: (up: Upstream, proxy: TaskclusterProxy) => Promise<void>,
  opts: { allowedUid?: number; authorizedScopes?: string[] } = {},
): Promise<void> {
  const up = startUpstream();
  const proxy = await startTaskclusterProxy({
    rootUrl: up.url + "/",
    credentials: { clientId: "task-client", accessToken: KEYS["task-client"] },
    authorizedScopes: opts.authorizedScopes ?? ["queue:get-task:*", "queue:create-artifact:T/0"],
    port: 0,
    initialRetryDelayMs: 1,
    allowedUid: opts.allowedUid,
  });
  try {
    await fn(up, proxy);
  } finally {
    await proxy.close();
    await up.close();
  }
}

Deno.test("proxyTarget: /api, legacy service paths, hostnames, invalid", () => {
  const root = "https://tc.example.com/";
  assertEquals(proxyTarget(root, "/api/queue/v1/task/abc", "?x=1"), {
    url: "https://tc.example.com/api/queue/v1/task/abc?x=1",
  });
  assertEquals(proxyTarget(root, "/queue/v1/task/abc/status", ""), {
    url: "https://tc.example.com/api/queue/v1/task/abc/status",
  });
  assertEquals(proxyTarget(root, "/auth/v1", ""), { url: "https://tc.example.com/api/auth/v1/" });
  assertEquals(proxyTarget(root, "/other.example.org/v1/x%20y", "?q"), {
    url: "https://other.example.org/v1/x%20y?q",
  });
  assertEquals(proxyTarget(root, "/api/queue", ""), { error: "invalid /api path" });
  assertEquals(proxyTarget(root, "/-bad-/v1/x", ""), {
    error: "Unkown taskcluster service: -bad- is not a valid taskcluster service",
  });
});

Deno.test("procNetAddress: /proc/net/tcp and tcp6 encodings", () => {
  assertEquals(procNetAddress("127.0.0.1", 8080, false), "0100007F:1F90");
  assertEquals(procNetAddress("127.0.0.1", 80, true), "0000000000000000FFFF00000100007F:0050");
  assertEquals(procNetAddress("::1", 443, true), "00000000000000000000000001000000:01BB");
  assertEquals(procNetAddress("::1", 443, false), "");
});

Deno.test("proxy: signs with the task credentials and authorizedScopes (hawk server verifies)", async () => {
  await withProxy(async (up, proxy) => {
    assertMatch(proxy.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    for (const path of ["/api/queue/v1/task/T?a=1&b=%2F", "/queue/v1/task/T?a=1&b=%2F"]) {
      const res = await fetch(proxy.url + path, {
        headers: { "x-custom": "kept", authorization: "Bearer dropped" },
      });
      assertEquals(res.status, 200);
      assertEquals(await res.json(), {
        ok: true,
        path: "/api/queue/v1/task/T",
        query: "?a=1&b=%2F",
      });
      assertEquals(res.headers.get("x-upstream"), "yes");
      assertEquals(res.headers.get("x-taskcluster-proxy-perm-clientid"), "task-client");
      assertEquals(res.headers.get("x-taskcluster-proxy-version"), "106.0.0");
      assertEquals(
        res.headers.get("x-taskcluster-authorized-scopes"),
        '["queue:get-task:*","queue:create-artifact:T/0"]',
      );
      assertEquals(
        res.headers.get("x-taskcluster-endpoint"),
        `${up.url}/api/queue/v1/task/T?a=1&b=%2F`,
      );
    }
    assertEquals(up.seen.length, 2);
    for (const s of up.seen) {
      assertEquals(s.clientId, "task-client");
      assertEquals(s.ext, { authorizedScopes: ["queue:get-task:*", "queue:create-artifact:T/0"] });
      assertEquals(s.headers.get("x-custom"), "kept");
    }
  });
});

Deno.test("proxy: PUT /credentials switches the signing credentials; other methods 405, bad JSON 400", async () => {
  await withProxy(async (up, proxy) => {
    let r = await fetch(proxy.url + "/credentials");
    assertEquals(r.status, 405);
    await r.body?.cancel();
    r = await fetch(proxy.url + "/credentials", { method: "PUT", body: "{not json" });
    assertEquals(r.status, 400);
    await r.body?.cancel();
    const temp = createTemporaryCredentials({
      credentials: { clientId: "new-client", accessToken: KEYS["new-client"] },
      expiry: Date.now() + 3600_000,
      scopes: ["queue:*"],
    });
    r = await fetch(proxy.url + "/credentials", { method: "PUT", body: JSON.stringify(temp) });
    assertEquals(r.status, 200);
    await r.body?.cancel();
    assertEquals(proxy.credentials().clientId, "new-client");
    r = await fetch(proxy.url + "/api/queue/v1/ping");
    assertEquals(r.status, 200);
    assertEquals(r.headers.get("x-taskcluster-proxy-temp-clientid"), "new-client");
    assertEquals(r.headers.get("x-taskcluster-proxy-temp-scopes"), '["queue:*"]');
    await r.body?.cancel();
    const last = up.seen[up.seen.length - 1];
    assertEquals(last.clientId, "new-client");
    assertEquals(Object.keys(last.ext!).sort(), ["authorizedScopes", "certificate"]);
    // and in-process replacement does the same
    proxy.setCredentials({ clientId: "task-client", accessToken: KEYS["task-client"] });
    r = await fetch(proxy.url + "/api/queue/v1/ping");
    await r.body?.cancel();
    assertEquals(up.seen[up.seen.length - 1].clientId, "task-client");
  });
});

Deno.test("proxy: POST /bewit answers 303 to the URL signed with a bewit", async () => {
  await withProxy(async (up, proxy) => {
    const target = `${up.url}/api/queue/v1/task/T/artifacts/private%2Fx?foo=bar`;
    const r = await fetch(proxy.url + "/bewit", {
      method: "POST",
      body: target + "\n",
      redirect: "manual",
    });
    assertEquals(r.status, 303);
    const location = r.headers.get("location")!;
    assertEquals(await r.text(), location);
    assert(location.startsWith(target + "&bewit="), location);
    const u = new URL(location);
    const { credentials, attributes } = await hawk.server.authenticateBewit(
      { method: "GET", url: u.pathname + u.search, host: u.hostname, port: Number(u.port) },
      (id: string) => ({ id, key: KEYS[id], algorithm: "sha256" }),
    );
    assertEquals((credentials as { id: string }).id, "task-client");
    const ext = JSON.parse(atob((attributes as { ext: string }).ext));
    assertEquals(ext.authorizedScopes, ["queue:get-task:*", "queue:create-artifact:T/0"]);
    const r2 = await fetch(proxy.url + "/bewit", { method: "POST", body: "not a url" });
    assertEquals(r2.status, 500);
    assertStringIncludes(await r2.text(), "Error creating bewit url");
  });
});

Deno.test("proxy: unknown service 404; redirects passed back; gzip bytes untouched", async () => {
  await withProxy(async (up, proxy) => {
    let r = await fetch(proxy.url + "/no_such_service!/v1/x");
    assertEquals(r.status, 404);
    assertStringIncludes(await r.text(), "is not a valid taskcluster service");
    r = await fetch(proxy.url + "/api/x");
    assertEquals(r.status, 404);
    assertEquals(await r.text(), "invalid /api path");

    up.handlers.set(
      "/api/queue/v1/redirect",
      () => new Response(null, { status: 303, headers: { location: "https://blobs.example/x" } }),
    );
    r = await fetch(proxy.url + "/api/queue/v1/redirect", { redirect: "manual" });
    assertEquals(r.status, 303);
    assertEquals(r.headers.get("location"), "https://blobs.example/x");
    await r.body?.cancel();

    const gz = new Uint8Array(gzipSync(new TextEncoder().encode("compressible ".repeat(100))));
    up.handlers.set(
      "/api/queue/v1/gz",
      () =>
        new Response(gz, {
          headers: { "content-encoding": "gzip", "content-type": "application/octet-stream" },
        }),
    );
    // read raw bytes through node:http semantics: Deno's fetch would decompress, so use a socket
    const raw = await rawGet(proxy.port, "/api/queue/v1/gz");
    assertStringIncludes(raw.head.toLowerCase(), "content-encoding: gzip");
    assertEquals(raw.body, gz);
  });
});

/** A GET over a plain TCP socket (HTTP/1.0, no decompression), for byte-exact checks. */
async function rawGet(port: number, path: string): Promise<{ head: string; body: Uint8Array }> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(new TextEncoder().encode(`GET ${path} HTTP/1.0\r\nHost: x\r\n\r\n`));
  const chunks: Uint8Array[] = [];
  const buf = new Uint8Array(65536);
  for (;;) {
    const n = await conn.read(buf);
    if (n === null) break;
    chunks.push(buf.slice(0, n));
  }
  conn.close();
  const all = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  let i = 0;
  while (!(all[i] === 13 && all[i + 1] === 10 && all[i + 2] === 13 && all[i + 3] === 10)) i++;
  return { head: new TextDecoder().decode(all.subarray(0, i)), body: all.subarray(i + 4) };
}

Deno.test("proxy: 5xx and network errors are retried for replayable requests", async () => {
  await withProxy(async (up, proxy) => {
    let calls = 0;
    up.handlers.set("/api/queue/v1/flaky", () => {
      calls++;
      return calls < 3 ? new Response("busy", { status: 503 }) : new Response("finally");
    });
    const r = await fetch(proxy.url + "/api/queue/v1/flaky", { method: "POST", body: '{"a":1}' });
    assertEquals(r.status, 200);
    assertEquals(await r.text(), "finally");
    assertEquals(calls, 3);
    // each attempt carried the body
    assertEquals(up.seen.filter((s) => s.url === "/api/queue/v1/flaky").map((s) => s.bodyLength), [
      7,
      7,
      7,
    ]);
    let always = 0;
    up.handlers.set("/api/queue/v1/down", () => {
      always++;
      return new Response("still down", { status: 500 });
    });
    const r2 = await fetch(proxy.url + "/api/queue/v1/down");
    assertEquals(r2.status, 500);
    assertEquals(await r2.text(), "still down");
    assertEquals(always, 6);
  });
});

Deno.test("proxy: large request and response bodies stream through byte-exact", async () => {
  await withProxy(async (up, proxy) => {
    const size = 8 * 1024 * 1024 + 13;
    const data = new Uint8Array(size);
    for (let i = 0; i < size; i++) data[i] = (i * 31 + 7) & 0xff;
    const sha = createHash("sha256").update(data).digest("hex");
    up.handlers.set("/api/object/v1/download", () => {
      let sent = 0;
      return new Response(
        new ReadableStream({
          pull(c) {
            if (sent >= size) return c.close();
            const n = Math.min(65536, size - sent);
            c.enqueue(data.slice(sent, sent + n));
            sent += n;
          },
        }),
        { headers: { "content-length": String(size) } },
      );
    });
    const r = await fetch(proxy.url + "/api/object/v1/upload", {
      method: "PUT",
      body: data,
      headers: { "content-type": "application/octet-stream" },
    });
    assertEquals(r.status, 200);
    await r.body?.cancel();
    const upload = up.seen.find((s) => s.url === "/api/object/v1/upload")!;
    assertEquals(upload.bodyLength, size);
    assertEquals(upload.bodySha256, sha);
    assertEquals(upload.headers.get("content-length"), String(size));
    const d = await fetch(proxy.url + "/api/object/v1/download");
    const h = createHash("sha256");
    let n = 0;
    for await (const chunk of d.body!) {
      h.update(chunk);
      n += chunk.length;
    }
    assertEquals(n, size);
    assertEquals(h.digest("hex"), sha);
  });
});

Deno.test("proxy: against localtc, authorizedScopes restrict the task's requests (403 without the scope)", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "proxy-localtc-" });
  const tc = await startLocalTaskcluster({ port: 0, dataDir });
  try {
    const temp = createTemporaryCredentials({
      credentials: tc.rootCredentials,
      expiry: Date.now() + 3600_000,
      scopes: ["auth:current-scopes", "secrets:get:x", "secrets:get:y"],
    });
    const proxy = await startTaskclusterProxy({
      rootUrl: tc.rootUrl,
      credentials: temp,
      authorizedScopes: ["auth:current-scopes", "secrets:get:x"],
      port: 0,
    });
    try {
      const r = await fetch(proxy.url + "/api/auth/v1/scopes/current");
      assertEquals(r.status, 200);
      const scopes = (await r.json()).scopes as string[];
      assert(scopes.includes("auth:current-scopes") && scopes.includes("secrets:get:x"));
      assert(!scopes.includes("secrets:get:y"), "authorizedScopes must restrict the credentials");
      // allowed by scope, but there is no such secret
      const r1 = await fetch(proxy.url + "/api/secrets/v1/secret/x");
      assertEquals(r1.status, 404);
      await r1.body?.cancel();
    } finally {
      await proxy.close();
    }
    const narrow = await startTaskclusterProxy({
      rootUrl: tc.rootUrl,
      credentials: temp,
      authorizedScopes: ["auth:current-scopes"],
      port: 0,
    });
    try {
      const r2 = await fetch(narrow.url + "/secrets/v1/secret/x");
      assertEquals(r2.status, 403);
      assertStringIncludes(await r2.text(), "secrets:get:x");
    } finally {
      await proxy.close();
    }
  } finally {
    await tc.close();
    await Deno.remove(dataDir, { recursive: true });
  }
});

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;

Deno.test({
  name: "proxy: allowedUid admits that uid and root, refuses other users (root, curl)",
  ignore: !isRoot,
  async fn() {
    const nobody = { uid: 65534, gid: 65534, groups: [] };
    async function curlAs(port: number): Promise<string> {
      const argv = runAsArgv(nobody, [
        "curl",
        "-s",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        `http://127.0.0.1:${port}/api/queue/v1/ping`,
      ]);
      const out = await new Deno.Command(argv[0], {
        args: argv.slice(1),
        stderr: "null",
        env: { PATH: "/usr/bin:/bin" },
        clearEnv: true,
      }).output();
      return new TextDecoder().decode(out.stdout);
    }
    await withProxy(async (_up, proxy) => {
      assertEquals(await curlAs(proxy.port), "403");
      const r = await fetch(proxy.url + "/api/queue/v1/ping"); // root
      assertEquals(r.status, 200);
      await r.body?.cancel();
    }, { allowedUid: 12345 });
    await withProxy(async (_up, proxy) => {
      assertEquals(await curlAs(proxy.port), "200");
    }, { allowedUid: 65534 });
  },
});

Deno.test({
  name: "peerUid: finds the uid of a connected local socket",
  ignore: Deno.build.os !== "linux",
  async fn() {
    const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const client = await Deno.connect({ hostname: "127.0.0.1", port: listener.addr.port });
    const server = await listener.accept();
    try {
      const remote = server.remoteAddr as Deno.NetAddr;
      assertEquals(await peerUid(remote.hostname, remote.port), Deno.uid());
    } finally {
      client.close();
      server.close();
      listener.close();
    }
  },
});
