/**
 * A fault-injecting loopback proxy in front of a Taskcluster service (the
 * real localtc) for reliability tests. Two layers: a raw TCP front on the
 * proxy's port, which can refuse connections (its listener closed) and cut
 * the open ones, and an HTTP layer behind it that forwards each request to
 * the upstream with its Host header unchanged (so Hawk signatures made for
 * the proxy's URL still verify), answers 500 while a 500-outage lasts, and
 * rewrites the upstream's origin in JSON replies and redirects into the
 * proxy's (so signed blob URLs also go through the proxy).
 *
 * An outage starts now (`outage`) or at the first request matching a
 * predicate (`outageOn`, e.g. the first reclaim); the matching request is
 * part of the outage, so it never reaches the service.
 *
 * ```ts
 * const proxy = await startFaultProxy(tc.rootUrl);
 * const o = proxy.outageOn((m, p) => m === "POST" && p.endsWith("/reclaim"), "refuse", 15_000);
 * // ... worker with rootURL proxy.url ...
 * await o.started; await o.ended;
 * await proxy.close();
 * ```
 */
import http from "node:http";
import { Readable } from "node:stream";

/** How the service is away: connections refused (and open ones cut), or every request answered 500. */
export type FaultMode = "refuse" | "500";

/** One request the HTTP layer saw. */
export interface SeenRequest {
  method: string;
  path: string;
  /** Status sent back, or "cut" when the connection was dropped. */
  outcome: number | "cut";
  at: number;
}

/** A scheduled or running outage. */
export interface Outage {
  /** Resolves (with the time, ms) when the outage begins. */
  started: Promise<number>;
  /** Resolves (with the time, ms) when the service is reachable again. */
  ended: Promise<number>;
}

/** A running proxy. */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give this to the worker as rootURL. */
  readonly url: string;
  readonly port: number;
  /** Every request seen so far, in order. */
  readonly requests: readonly SeenRequest[];
  /** Starts an outage of `ms` now. */
  outage(mode: FaultMode, ms: number): Outage;
  /** Starts an outage of `ms` at the first request for which `match(method, path)` holds. */
  outageOn(match: (method: string, path: string) => boolean, mode: FaultMode, ms: number): Outage;
  /** Stops everything. */
  close(): Promise<void>;
}

interface Pending {
  match: (method: string, path: string) => boolean;
  mode: FaultMode;
  ms: number;
  start: (t: number) => void;
  end: (t: number) => void;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "proxy-connection",
]);

/** Starts a proxy for `upstream` (an origin such as `http://127.0.0.1:40123`). */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const up = new URL(upstream);
  const upstreamOrigin = up.origin;
  const requests: SeenRequest[] = [];
  const pending: Pending[] = [];
  let current: { mode: FaultMode; until: number; ended: Promise<void> } | undefined;
  let closed = false;
  let onClose!: () => void;
  const closing = new Promise<void>((r) => onClose = r);

  // --- TCP front ---
  const conns = new Set<Deno.Conn>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let listener: Deno.Listener | undefined;
  let innerPort = 0;
  const cutAll = () => {
    for (const c of conns) {
      try {
        c.close();
      } catch {
        // closed already
      }
    }
    conns.clear();
  };
  const pipe = async (from: Deno.Conn, to: Deno.Conn) => {
    try {
      await from.readable.pipeTo(to.writable);
    } catch {
      // cut or reset
    }
    for (const c of [from, to]) {
      conns.delete(c);
      try {
        c.close();
      } catch {
        // closed already
      }
    }
  };
  const accept = async (l: Deno.Listener) => {
    try {
      for await (const c of l) {
        if (closed || current?.mode === "refuse") {
          c.close();
          continue;
        }
        conns.add(c);
        Deno.connect({ hostname: "127.0.0.1", port: innerPort }).then((u) => {
          conns.add(u);
          void pipe(c, u);
          void pipe(u, c);
        }, () => {
          conns.delete(c);
          c.close();
        });
      }
    } catch {
      // listener closed
    }
  };
  const listen = async (port: number) => {
    for (let i = 0;; i++) {
      try {
        listener = Deno.listen({ hostname: "127.0.0.1", port });
        void accept(listener);
        return;
      } catch (e) {
        if (i >= 50 || port === 0) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };

  const begin = (mode: FaultMode, ms: number, onEnd: (t: number) => void): number => {
    const now = Date.now();
    let endIt!: () => void;
    const ended = new Promise<void>((r) => endIt = r);
    current = { mode, until: now + ms, ended };
    if (mode === "refuse") {
      listener?.close();
      listener = undefined;
      cutAll();
    }
    const timer = setTimeout(async () => {
      if (mode === "refuse" && !closed) await listen(port);
      current = undefined;
      endIt();
      onEnd(Date.now());
    }, ms);
    timers.add(timer);
    return now;
  };

  // --- HTTP layer ---
  const forward = (req: Request, path: string): Promise<Response> =>
    new Promise((resolve) => {
      const headers: Record<string, string> = {};
      req.headers.forEach((v, k) => {
        if (!HOP_BY_HOP.has(k)) headers[k] = v;
      });
      const r = http.request({
        host: up.hostname,
        port: Number(up.port),
        method: req.method,
        path,
        headers,
      }, (res) => {
        const h = new Headers();
        const type = String(res.headers["content-type"] ?? "");
        const rewrite = type.includes("json");
        for (const [k, v] of Object.entries(res.headers)) {
          if (v === undefined || HOP_BY_HOP.has(k) || (rewrite && k === "content-length")) continue;
          const value = Array.isArray(v) ? v.join(", ") : String(v);
          h.set(k, k === "location" ? value.replaceAll(upstreamOrigin, proxyOrigin) : value);
        }
        const status = res.statusCode ?? 502;
        requests.push({ method: req.method, path, outcome: status, at: Date.now() });
        if (rewrite) {
          const chunks: Uint8Array[] = [];
          res.on("data", (c: Uint8Array) => chunks.push(c));
          res.on("error", () => resolve(new Response(null, { status: 502 })));
          res.on("end", () => {
            const text = new TextDecoder().decode(concat(chunks));
            resolve(
              new Response(text.replaceAll(upstreamOrigin, proxyOrigin), { status, headers: h }),
            );
          });
          return;
        }
        const nullBody = req.method === "HEAD" || status === 204 || status === 304;
        resolve(
          new Response(
            nullBody ? null : Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>,
            { status, headers: h },
          ),
        );
      });
      r.on("error", () => {
        // the service itself is away: the client sees its connection dropped
        requests.push({ method: req.method, path, outcome: "cut", at: Date.now() });
        cutAll();
        resolve(new Response(null, { status: 502 }));
      });
      (async () => {
        try {
          if (req.body) {
            for await (const chunk of req.body) r.write(chunk);
          }
          r.end();
        } catch {
          r.destroy();
        }
      })();
    });

  const inner = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const url = new URL(req.url);
    const path = url.pathname + url.search;
    if (!current) {
      const i = pending.findIndex((p) => p.match(req.method, url.pathname));
      if (i >= 0) {
        const [p] = pending.splice(i, 1);
        p.start(begin(p.mode, p.ms, p.end));
      }
    }
    const c = current;
    if (c?.mode === "refuse") {
      requests.push({ method: req.method, path, outcome: "cut", at: Date.now() });
      cutAll();
      await Promise.race([c.ended, closing]);
      return new Response(null, { status: 503 });
    }
    if (c?.mode === "500") {
      await req.body?.cancel().catch(() => {});
      requests.push({ method: req.method, path, outcome: 500, at: Date.now() });
      return Response.json({ code: "InternalServerError", message: "injected fault" }, {
        status: 500,
      });
    }
    return await forward(req, path);
  });
  innerPort = inner.addr.port;
  await listen(0);
  const port = (listener!.addr as Deno.NetAddr).port;
  const proxyOrigin = `http://127.0.0.1:${port}`;

  const schedule = (
    match: Pending["match"] | undefined,
    mode: FaultMode,
    ms: number,
  ): Outage => {
    let start!: (t: number) => void;
    let end!: (t: number) => void;
    const started = new Promise<number>((r) => start = r);
    const ended = new Promise<number>((r) => end = r);
    if (match) pending.push({ match, mode, ms, start, end });
    else start(begin(mode, ms, end));
    return { started, ended };
  };

  return {
    url: proxyOrigin,
    port,
    requests,
    outage: (mode, ms) => schedule(undefined, mode, ms),
    outageOn: (match, mode, ms) => schedule(match, mode, ms),
    async close() {
      closed = true;
      onClose();
      for (const t of timers) clearTimeout(t);
      listener?.close();
      cutAll();
      await inner.shutdown().catch(() => {});
    },
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
