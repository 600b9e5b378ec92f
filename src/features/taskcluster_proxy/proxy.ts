/**
 * The taskcluster-proxy, in process (spec 12.2; Go reference
 * `tools/taskcluster-proxy`): an HTTP server on 127.0.0.1 that forwards
 * requests to the deployment's root URL, Hawk-signed with the task's
 * current credentials restricted to `authorizedScopes`.
 *
 * Routes (as the Go proxy dispatches them, by path prefix):
 * - `/bewit`: the request body is a URL; answers 303 with `Location` set to
 *   that URL signed with a bewit valid for one hour.
 * - `/credentials`: `PUT {"clientId","accessToken","certificate"}` replaces
 *   the credentials (other methods: 405; bad JSON: 400).
 * - `/api/<service>/<version>/<path>`: forwarded to
 *   `<rootUrl>/api/<service>/<version>/<path>`.
 * - `/<service>/<version>/<path>` (legacy): the same for a service name
 *   without dots; a name with dots is a host, forwarded to
 *   `https://<host>/<path>`.
 *
 * Bodies stream both ways (`node:http` upstream, so nothing is decompressed
 * or buffered). Redirects are passed back, not followed. Requests whose body
 * is absent or small are retried on network errors and 5xx like the Go
 * proxy's httpbackoff; larger bodies are sent once.
 *
 * When `allowedUid` is set, a connection is admitted only if its peer socket
 * belongs to that uid or to root (looked up in /proc/net/tcp{,6}, as the Go
 * proxy's `--allowed-user` does); others get 403.
 *
 * ```ts
 * const proxy = await startTaskclusterProxy({ rootUrl, credentials, authorizedScopes, port: 0 });
 * // TASKCLUSTER_PROXY_URL = proxy.url
 * proxy.setCredentials(newCredentials);
 * await proxy.close();
 * ```
 */
import { Hono } from "hono";
import type http from "node:http";
import { Readable } from "node:stream";
import type { Credentials } from "../../taskcluster/credentials.ts";
import { hawkExt, normalizeCredentials, parseCertificate } from "../../taskcluster/credentials.ts";
import { hawkHeader, signUrl } from "../../taskcluster/signing.ts";
import { api } from "../../taskcluster/urls.ts";
import { backoffDelay, sleep } from "../../taskcluster/retry.ts";
import { REVISION, VERSION } from "../../version.ts";

/** Options of `startTaskclusterProxy`. */
export interface TaskclusterProxyOptions {
  rootUrl: string;
  credentials: Credentials;
  /** Scopes the signed requests are restricted to (task scopes + `queue:create-artifact:<taskId>/<runId>`). */
  authorizedScopes: readonly string[];
  /** Listen address; default 127.0.0.1. */
  hostname?: string;
  /** Listen port; 0 picks a free one. */
  port: number;
  /** Only this uid (and root) may connect; undefined admits everyone. Linux only. */
  allowedUid?: number;
  /**
   * An IPv4 subnet (CIDR) admitted when the peer's socket is not on this
   * host (a container on a docker bridge: its socket lives in another
   * network namespace); a peer found on the host is still checked against
   * `allowedUid`. When set, the proxy also listens on 127.0.0.1 (same port)
   * for the worker's credential refresh.
   */
  allowedNetwork?: string;
  /** Retries of replayable requests on network errors and 5xx; default 5. */
  retries?: number;
  /** First retry delay, ms; default 100. */
  initialRetryDelayMs?: number;
  /** Request bodies up to this size are buffered so they can be retried; default 1 MiB. */
  maxReplayableBodyBytes?: number;
  /** Worker-log sink for proxy events (never given secrets). */
  log?: (message: string) => void;
}

/** A running proxy. */
export interface TaskclusterProxy {
  /** `http://<hostname>:<port>`, the value of `TASKCLUSTER_PROXY_URL`. */
  readonly url: string;
  readonly port: number;
  /** The credentials requests are signed with now. */
  credentials(): Credentials;
  /** Replaces the credentials (what `PUT /credentials` does). */
  setCredentials(c: Credentials): void;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
]);

const HOSTNAME =
  /^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;
const API_PATH = /^\/api\/([^/]*)\/([^/]*)\/(.*)$/;

/**
 * Where a proxied request goes, from its path (percent-encoded, as received)
 * and query (`?...` or ""), or an error text for the 404 reply.
 */
export function proxyTarget(
  rootUrl: string,
  path: string,
  query: string,
): { url: string } | { error: string } {
  if (path.startsWith("/api")) {
    const m = API_PATH.exec(path);
    if (!m) return { error: "invalid /api path" };
    return { url: api(rootUrl, m[1], m[2], m[3] + query) };
  }
  const rawPath = path.startsWith("/") ? path.slice(1) : path;
  let i = rawPath.indexOf("/");
  if (i === -1) i = rawPath.length;
  const service = rawPath.slice(0, i);
  let rest = rawPath.slice(i);
  if (rest.startsWith("/")) rest = rest.slice(1);
  if (!HOSTNAME.test(service)) {
    return { error: `Unkown taskcluster service: ${service} is not a valid taskcluster service` };
  }
  if (!service.includes(".")) {
    let j = rest.indexOf("/");
    if (j === -1) j = rest.length;
    return { url: api(rootUrl, service, rest.slice(0, j), rest.slice(j + 1) + query) };
  }
  return { url: `https://${service}/${rest}${query}` };
}

/** The hex form of a socket address in /proc/net/tcp (`0100007F:1F90`) and tcp6. */
export function procNetAddress(ip: string, port: number, v6: boolean): string {
  const p = port.toString(16).toUpperCase().padStart(4, "0");
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip.replace(/^::ffff:/i, ""));
  if (!v6) {
    if (!v4) return "";
    const b = v4.slice(1, 5).map((x) => Number(x).toString(16).toUpperCase().padStart(2, "0"));
    return `${b[3]}${b[2]}${b[1]}${b[0]}:${p}`;
  }
  const bytes = v4
    ? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4.slice(1, 5).map(Number)]
    : ipv6Bytes(ip);
  if (!bytes) return "";
  let out = "";
  for (let i = 0; i < 16; i += 4) {
    for (const k of [3, 2, 1, 0]) out += bytes[i + k].toString(16).toUpperCase().padStart(2, "0");
  }
  return `${out}:${p}`;
}

function ipv6Bytes(ip: string): number[] | undefined {
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  if (groups.length !== 8) return undefined;
  const out: number[] = [];
  for (const g of groups) {
    const n = parseInt(g, 16);
    if (!Number.isFinite(n)) return undefined;
    out.push(n >> 8, n & 0xff);
  }
  return out;
}

/** True when IPv4 address `ip` (also `::ffff:a.b.c.d`) is inside `cidr` (`a.b.c.d/n`). */
export function inSubnet(ip: string, cidr: string): boolean {
  const toInt = (a: string) => {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
    if (!m) return undefined;
    const b = m.slice(1, 5).map(Number);
    if (b.some((x) => x > 255)) return undefined;
    return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
  };
  const [net, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  const a = toInt(ip.replace(/^::ffff:/i, ""));
  const n = toInt(net);
  if (a === undefined || n === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) {
    return false;
  }
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((a & mask) >>> 0) === ((n & mask) >>> 0);
}

/** The uid owning the client socket `ip:port` on this host, or undefined when not found. */
export async function peerUid(ip: string, port: number): Promise<number | undefined> {
  const files = ip.includes(":") && !/^::ffff:\d/i.test(ip)
    ? ["/proc/net/tcp6"]
    : ["/proc/net/tcp", "/proc/net/tcp6"];
  for (const file of files) {
    const want = procNetAddress(ip, port, file.endsWith("6"));
    if (!want) continue;
    let text: string;
    try {
      text = await Deno.readTextFile(file);
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length >= 8 && f[1].toUpperCase() === want) return Number(f[7]);
    }
  }
  return undefined;
}

interface ProxyState {
  rootUrl: string;
  credentials: Credentials;
  authorizedScopes: string[];
  retries: number;
  initialRetryDelayMs: number;
  maxReplayableBodyBytes: number;
  log: (message: string) => void;
}

function proxyHeaders(state: ProxyState): Record<string, string> | { error: string } {
  const h: Record<string, string> = {
    "X-Taskcluster-Proxy-Version": VERSION,
    "X-Taskcluster-Proxy-Revision": REVISION,
  };
  const c = state.credentials;
  if (c.certificate) {
    let cert: Record<string, unknown>;
    try {
      cert = parseCertificate(c.certificate);
    } catch (e) {
      return { error: `Taskcluster Proxy has invalid certificate: ${(e as Error).message}` };
    }
    h["X-Taskcluster-Proxy-Temp-ClientId"] = c.clientId;
    h["X-Taskcluster-Proxy-Temp-Scopes"] = JSON.stringify(cert.scopes ?? null);
  } else {
    h["X-Taskcluster-Proxy-Perm-ClientId"] = c.clientId;
  }
  h["X-Taskcluster-Authorized-Scopes"] = JSON.stringify(state.authorizedScopes);
  return h;
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

async function sendUpstream(
  method: string,
  target: URL,
  headers: Record<string, string>,
  body: Uint8Array | ReadableStream<Uint8Array> | null,
): Promise<Upstream> {
  // node:http is loaded on the first proxied request (idle workers stay smaller)
  const mod = target.protocol === "https:"
    ? (await import("node:https")).default
    : (await import("node:http")).default;
  return await new Promise((resolve, reject) => {
    const req = mod.request(target, { method, headers }, (res) => {
      resolve({ status: res.statusCode ?? 502, headers: res.headers, body: res });
    });
    req.on("error", reject);
    if (body === null) req.end();
    else if (body instanceof Uint8Array) req.end(body);
    else {
      const src = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
      src.on("error", (e) => req.destroy(e));
      src.pipe(req);
    }
  });
}

async function readUpTo(
  stream: ReadableStream<Uint8Array>,
  max: number,
): Promise<
  { buffered: Uint8Array } | { head: Uint8Array[]; rest: ReadableStreamDefaultReader<Uint8Array> }
> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > max) return { head: chunks, rest: reader };
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return { buffered: out };
}

function concatStream(head: Uint8Array[], rest: ReadableStreamDefaultReader<Uint8Array>) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      if (i < head.length) {
        ctrl.enqueue(head[i++]);
        return;
      }
      const { done, value } = await rest.read();
      if (done) ctrl.close();
      else ctrl.enqueue(value);
    },
    cancel(reason) {
      return rest.cancel(reason);
    },
  });
}

async function forward(state: ProxyState, req: Request, targetUrl: string): Promise<Response> {
  const base = proxyHeaders(state);
  if ("error" in base) return new Response(base.error, { status: 500 });
  base["X-Taskcluster-Endpoint"] = targetUrl;
  const target = new URL(targetUrl);
  const headers: Record<string, string> = {};
  req.headers.forEach((v, k) => {
    if (!HOP_BY_HOP.has(k) && k !== "authorization") headers[k] = v;
  });
  let body: Uint8Array | ReadableStream<Uint8Array> | null = null;
  let replayable = true;
  if (req.body) {
    const r = await readUpTo(req.body, state.maxReplayableBodyBytes);
    if ("buffered" in r) {
      body = r.buffered;
      if (headers["content-length"] === undefined) headers["content-length"] = String(body.length);
    } else {
      body = concatStream(r.head, r.rest);
      replayable = false;
    }
  }
  state.log(`Proxying ${new URL(req.url).pathname} | ${req.method} | ${targetUrl}`);
  let upstream: Upstream | undefined;
  let lastError: unknown;
  const attempts = replayable ? state.retries + 1 : 1;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      await sleep(backoffDelay(attempt, { initialDelayMs: state.initialRetryDelayMs }));
    }
    // re-signed on every attempt (fresh nonce and timestamp, current credentials)
    const c = state.credentials;
    headers["authorization"] = hawkHeader(
      req.method,
      target,
      c,
      hawkExt(c, state.authorizedScopes),
    );
    try {
      const res = await sendUpstream(req.method, target, headers, body);
      if (res.status >= 500 && attempt < attempts - 1) {
        res.body.resume(); // drain and retry
        lastError = new Error(`HTTP ${res.status}`);
        continue;
      }
      upstream = res;
      break;
    } catch (e) {
      lastError = e;
    }
  }
  if (!upstream) {
    return new Response(
      `Failed during proxy request: ${(lastError as Error)?.message ?? lastError}`,
      { status: 500, headers: base },
    );
  }
  const out = new Headers(base);
  for (const [k, v] of Object.entries(upstream.headers)) {
    if (v === undefined || HOP_BY_HOP.has(k)) continue;
    out.set(k, Array.isArray(v) ? v[0] : v);
  }
  const status = upstream.status;
  const nullBody = req.method === "HEAD" || status === 204 || status === 304;
  if (nullBody) {
    upstream.body.resume();
    return new Response(null, { status, headers: out });
  }
  const web = Readable.toWeb(upstream.body) as unknown as ReadableStream<Uint8Array>;
  return new Response(web, { status, headers: out });
}

/** The proxy's routes as a Hono app over mutable state (used by `startTaskclusterProxy`). */
export function taskclusterProxyApp(state: ProxyState): Hono {
  const app = new Hono();
  app.all("*", async (c) => {
    const req = c.req.raw;
    const u = new URL(req.url);
    const path = u.pathname;
    if (path.startsWith("/bewit")) {
      const base = proxyHeaders(state);
      if ("error" in base) return new Response(base.error, { status: 500 });
      const text = (await req.text()).trim();
      let signed: string;
      try {
        const cr = state.credentials;
        signed = signUrl(new URL(text).href, cr, 3600, hawkExt(cr, state.authorizedScopes));
      } catch (e) {
        return new Response(`Error creating bewit url: ${(e as Error).message}`, {
          status: 500,
          headers: base,
        });
      }
      return new Response(signed, { status: 303, headers: { ...base, Location: signed } });
    }
    if (path.startsWith("/credentials")) {
      const base = proxyHeaders(state);
      if ("error" in base) return new Response(base.error, { status: 500 });
      if (req.method !== "PUT") {
        state.log(`Invalid method ${req.method}`);
        return new Response(null, { status: 405, headers: base });
      }
      let update: Credentials;
      try {
        const v = JSON.parse(await req.text()) as Record<string, unknown>;
        if (typeof v !== "object" || v === null || Array.isArray(v)) {
          throw new Error("not an object");
        }
        update = normalizeCredentials({
          clientId: typeof v.clientId === "string" ? v.clientId : "",
          accessToken: typeof v.accessToken === "string" ? v.accessToken : "",
          certificate: typeof v.certificate === "string" ? v.certificate : undefined,
        });
      } catch (e) {
        state.log(`Could not decode request: ${(e as Error).message}`);
        return new Response(null, { status: 400, headers: base });
      }
      state.credentials = update;
      return new Response(null, { status: 200, headers: proxyHeaders(state) as HeadersInit });
    }
    const target = proxyTarget(state.rootUrl, path, u.search);
    if ("error" in target) {
      const base = proxyHeaders(state);
      state.log(`Attempting to use unknown service ${path}`);
      return new Response(target.error, {
        status: 404,
        headers: "error" in base ? {} : base,
      });
    }
    return await forward(state, req, target.url);
  });
  return app;
}

/** Starts the proxy; rejects when the port cannot be bound. */
export function startTaskclusterProxy(opts: TaskclusterProxyOptions): Promise<TaskclusterProxy> {
  const state: ProxyState = {
    rootUrl: opts.rootUrl,
    credentials: normalizeCredentials(opts.credentials),
    authorizedScopes: [...opts.authorizedScopes],
    retries: opts.retries ?? 5,
    initialRetryDelayMs: opts.initialRetryDelayMs ?? 100,
    maxReplayableBodyBytes: opts.maxReplayableBodyBytes ?? 1 << 20,
    log: opts.log ?? (() => {}),
  };
  const app = taskclusterProxyApp(state);
  const hostname = opts.hostname ?? "127.0.0.1";
  const allowedUid = opts.allowedUid;
  const allowedNetwork = opts.allowedNetwork;
  const handler = async (req: Request, info: Deno.ServeHandlerInfo<Deno.NetAddr>) => {
    if (allowedUid !== undefined) {
      const addr = info.remoteAddr;
      const uid = await peerUid(addr.hostname, addr.port);
      const fromNetwork = uid === undefined && allowedNetwork !== undefined &&
        inSubnet(addr.hostname, allowedNetwork);
      if (!fromNetwork && (uid === undefined || (uid !== 0 && uid !== allowedUid))) {
        state.log(
          `Rejected connection from ${addr.hostname}:${addr.port} (uid ${uid ?? "unknown"})`,
        );
        return new Response("connection not allowed: not from the task user\n", {
          status: 403,
        });
      }
    }
    return await app.fetch(req);
  };
  const serve = (host: string, port: number) =>
    Deno.serve({
      hostname: host,
      port,
      onListen: () => {},
      onError: (e) => {
        state.log(`taskcluster-proxy error: ${(e as Error)?.message ?? e}`);
        return new Response("internal error", { status: 500 });
      },
    }, handler);
  return new Promise((resolve, reject) => {
    const servers: Deno.HttpServer<Deno.NetAddr>[] = [];
    try {
      servers.push(serve(hostname, opts.port));
      if (allowedNetwork !== undefined && hostname !== "127.0.0.1") {
        servers.push(serve("127.0.0.1", servers[0].addr.port));
      }
    } catch (e) {
      for (const s of servers) void s.shutdown();
      reject(e);
      return;
    }
    const port = servers[0].addr.port;
    const host = hostname.includes(":") ? `[${hostname}]` : hostname;
    resolve({
      url: `http://${host}:${port}`,
      port,
      credentials: () => state.credentials,
      setCredentials(c: Credentials) {
        state.credentials = normalizeCredentials(c);
      },
      async close() {
        await Promise.all(servers.map((s) => s.shutdown()));
      },
    });
  });
}
