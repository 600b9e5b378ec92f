/**
 * Test servers for the Taskcluster client tests: a Deno.serve server on a
 * free port whose handler sees every request, a raw TCP server (node:net)
 * for fault injection (dropped connections, truncated bodies), and a Hawk
 * verifier built on the npm `hawk` server that understands Taskcluster's
 * temporary credentials (certificate signature and key derivation written
 * here from the Taskcluster docs, independently of the code under test).
 */
import hawk from "hawk";
import { createHash, createHmac } from "node:crypto";
import net from "node:net";

/** A running HTTP test server. */
export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts Deno.serve on 127.0.0.1:0 with `handler`. */
export function serve(handler: (req: Request) => Response | Promise<Response>): TestServer {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, handler);
  const port = server.addr.port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => server.shutdown(),
  };
}

/** A raw TCP server: `onConnection(socket, index)` is called for each connection (0-based). */
export async function rawServer(
  onConnection: (socket: net.Socket, index: number) => void,
): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  let n = 0;
  const srv = net.createServer((s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => {});
    onConnection(s, n++);
  });
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", () => resolve()));
  const port = (srv.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        srv.close(() => resolve());
      }),
  };
}

/** Reads one request head (up to the blank line) from `socket`; resolves with its text. */
export async function readHead(socket: net.Socket): Promise<string> {
  return (await readHeadAndRest(socket)).head;
}

/**
 * Reads one request head from `socket`; resolves with its text and the
 * bytes that arrived after it in the same chunk (the start of the body).
 */
export function readHeadAndRest(socket: net.Socket): Promise<{ head: string; rest: Uint8Array }> {
  return new Promise((resolve) => {
    let buf = new Uint8Array(0);
    const onData = (d: Uint8Array) => {
      const next = new Uint8Array(buf.length + d.length);
      next.set(buf);
      next.set(d, buf.length);
      buf = next;
      const text = new TextDecoder("latin1").decode(buf);
      const end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        socket.off("data", onData);
        resolve({ head: text.slice(0, end), rest: buf.subarray(end + 4) });
      }
    };
    socket.on("data", onData);
  });
}

/** A JSON HTTP/1.1 reply with `Connection: close`. */
export function rawJsonReply(status: number, body: unknown): string {
  const text = JSON.stringify(body);
  return `HTTP/1.1 ${status} X\r\ncontent-type: application/json\r\ncontent-length: ${
    new TextEncoder().encode(text).length
  }\r\nconnection: close\r\n\r\n${text}`;
}

/** What the verifier learnt about an authenticated request. */
export interface HawkAuth {
  /** The Hawk id (clientId of the credentials used). */
  clientId: string;
  /** The decoded ext, if any. */
  ext?: { certificate?: Record<string, unknown>; authorizedScopes?: string[] };
  /** The certificate's issuer (temporary credentials). */
  issuer?: string;
}

function b64urlNoPad(b64: string): string {
  return b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}

function decodeExt(ext: string | undefined): HawkAuth["ext"] {
  if (!ext) return undefined;
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(ext), (c) => c.charCodeAt(0))));
}

/**
 * The key for Hawk id `id` given permanent `clients` (id -> accessToken),
 * applying a certificate in `ext` as Taskcluster's auth service does:
 * the signature must be HMAC-SHA256(issuer token) over the documented
 * lines, and the key is HMAC-SHA256(issuer token, seed) in URL-safe base64.
 */
function keyFor(
  id: string,
  ext: HawkAuth["ext"],
  clients: Record<string, string>,
): { key: string; issuer?: string } {
  const cert = ext?.certificate;
  if (!cert) {
    const key = clients[id];
    if (!key) throw new Error(`unknown client ${id}`);
    return { key };
  }
  const issuer = typeof cert.issuer === "string" ? cert.issuer : id;
  const issuerToken = clients[issuer];
  if (!issuerToken) throw new Error(`unknown issuer ${issuer}`);
  const lines = [`version:${cert.version}`];
  if (cert.issuer) lines.push(`clientId:${id}`, `issuer:${cert.issuer}`);
  lines.push(`seed:${cert.seed}`, `start:${cert.start}`, `expiry:${cert.expiry}`, "scopes:");
  const text = lines.join("\n") + "\n" + (cert.scopes as string[]).join("\n");
  const sig = createHmac("sha256", issuerToken).update(text).digest("base64");
  if (sig !== cert.signature) throw new Error("bad certificate signature");
  if (Number(cert.expiry) < Date.now()) throw new Error("certificate expired");
  const key = b64urlNoPad(
    createHmac("sha256", issuerToken).update(String(cert.seed)).digest("base64"),
  );
  return { key, issuer };
}

function hostPort(req: Request): { host: string; port: number } {
  const u = new URL(req.url);
  return { host: u.hostname, port: Number(u.port || 80) };
}

/**
 * Verifies the Hawk Authorization header of `req` with the npm `hawk`
 * server; throws when it is missing or invalid.
 */
export async function verifyHawk(
  req: Request,
  clients: Record<string, string>,
): Promise<HawkAuth> {
  const authorization = req.headers.get("authorization");
  if (!authorization) throw new Error("no Authorization header");
  const u = new URL(req.url);
  const attrs = hawk.utils.parseAuthorizationHeader(authorization);
  const ext = decodeExt(attrs.ext);
  let issuer: string | undefined;
  const { credentials } = await hawk.server.authenticate(
    { method: req.method, url: u.pathname + u.search, ...hostPort(req), authorization },
    (id: string) => {
      const k = keyFor(id, ext, clients);
      issuer = k.issuer;
      return { key: k.key, algorithm: "sha256", id };
    },
  );
  return { clientId: (credentials as { id: string }).id, ext, ...(issuer ? { issuer } : {}) };
}

/** Verifies the bewit of `req` with the npm `hawk` server; throws when invalid. */
export async function verifyBewit(
  req: Request,
  clients: Record<string, string>,
): Promise<HawkAuth> {
  const u = new URL(req.url);
  const raw = u.searchParams.get("bewit") ?? "";
  const parts = atob(raw.replace(/-/g, "+").replace(/_/g, "/")).split("\\");
  const ext = decodeExt(parts[3]);
  const { credentials } = await hawk.server.authenticateBewit(
    { method: req.method, url: u.pathname + u.search, ...hostPort(req) },
    (id: string) => ({ key: keyFor(id, ext, clients).key, algorithm: "sha256", id }),
  );
  return { clientId: (credentials as { id: string }).id, ext };
}

/** Writes `size` bytes of deterministic pseudo-random content to `path`, streaming. */
export async function writeTestFile(path: string, size: number, seed = 1): Promise<void> {
  const f = await Deno.open(path, { write: true, create: true, truncate: true });
  try {
    const block = new Uint8Array(1 << 20);
    let x = seed >>> 0 || 1;
    for (let i = 0; i < block.length; i += 4) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      block[i] = x & 0xff;
      block[i + 1] = (x >>> 8) & 0xff;
      block[i + 2] = (x >>> 16) & 0xff;
      block[i + 3] = (x >>> 24) & 0xff;
    }
    let left = size;
    let n = 0;
    while (left > 0) {
      const chunk = block.subarray(0, Math.min(left, block.length));
      chunk[0] = n++ & 0xff; // make blocks differ
      let off = 0;
      while (off < chunk.length) off += await f.write(chunk.subarray(off));
      left -= chunk.length;
    }
  } finally {
    f.close();
  }
}

/** Hex SHA-256 of a file, streaming. */
export async function sha256File(path: string): Promise<string> {
  const h = createHash("sha256");
  const f = await Deno.open(path);
  for await (const c of f.readable) h.update(c);
  return h.digest("hex");
}
