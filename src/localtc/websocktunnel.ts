/**
 * A websocktunnel server for serve-local (its own port, like the real
 * service's own host), written from websocktunnel's protocol description:
 * - Registration: `GET /` with `x-websocktunnel-id: <id>` (`[a-zA-Z0-9_~.%-]+`,
 *   else 400), `Authorization: Bearer <jwt>` (missing: 400) and a WebSocket
 *   upgrade (else 404). The JWT must pass `checkTunnelToken` (else 401). An
 *   existing session with the same id is closed. The 101 reply carries
 *   `x-websocktunnel-client-url: <urlPrefix>/<id>`; the socket then speaks
 *   wsmux (websocktunnel_mux.ts).
 * - Viewers: `<urlPrefix>/<id>/<path>` opens a stream on that client's
 *   session and proxies the HTTP request and its streamed reply
 *   (websocktunnel_http.ts), or for a WebSocket viewer (the interactive
 *   shell's socket) dials the client's WebSocket over the stream and relays
 *   messages (websocktunnel_ws.ts); no such client: 504 `No client is
 *   connected with that id`.
 * - `/__lbheartbeat__`, `/__heartbeat__`: 200.
 *
 * ```ts
 * const wst = startWebsocktunnel({ secret, audience: "localtc" });
 * // worker config: wstServerURL = wst.url, wstAudience = wst.audience
 * await wst.close();
 * ```
 */
import { checkTunnelToken } from "./websocktunnel_jwt.ts";
import { TunnelSession } from "./websocktunnel_mux.ts";
import { forwardRequest } from "./websocktunnel_http.ts";
import { forwardWebSocket } from "./websocktunnel_ws.ts";

/** Options of `startWebsocktunnel`. */
export interface WebsocktunnelServerOptions {
  /** The JWT secret(s): tokens signed with any of them are accepted. */
  secret: string | string[];
  /** The server's audience (`aud` claim). */
  audience: string;
  /** Port; 0 (default) = a free one. */
  port?: number;
  /** Interface; default 127.0.0.1. */
  hostname?: string;
  /** Public URL prefix; default `http://<host>:<port>`. */
  urlPrefix?: string;
  /** The clock (ms); default `Date.now`. */
  now?: () => number;
  /** Where to log refusals (why a registration failed); default nowhere. */
  log?: (line: string) => void;
  /** TLS certificate and key (PEM): serve https/wss instead of http/ws. */
  tls?: { cert: string; key: string };
}

/** A running tunnel server. */
export interface WebsocktunnelServer {
  /** Its URL (`wstServerURL`), e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  /** The audience (`wstAudience`). */
  readonly audience: string;
  /** Ids of the clients connected now. */
  clients(): string[];
  /** Closes every client's WebSocket (as a server going away would); returns how many. */
  dropClients(): number;
  /** Stops the server and closes every session. */
  close(): Promise<void>;
}

const CLIENT_ID = /^[a-zA-Z0-9_~.%-]+$/;
const BEARER = /^Bearer ([\w\-.]+)$/;

/** Starts the tunnel server. */
export function startWebsocktunnel(opts: WebsocktunnelServerOptions): WebsocktunnelServer {
  const secrets = Array.isArray(opts.secret) ? opts.secret : [opts.secret];
  if (!secrets.length || secrets.some((s) => !s)) throw new Error("websocktunnel: missing secret");
  const now = opts.now ?? Date.now;
  const log = opts.log ?? (() => {});
  const sessions = new Map<string, TunnelSession>();
  let prefix = "";

  const text = (body: string, status: number) =>
    new Response(body + "\n", { status, headers: { "content-type": "text/plain; charset=utf-8" } });

  const register = (req: Request, id: string): Response => {
    if (!CLIENT_ID.test(id)) {
      log(`websocktunnel: refused client id ${JSON.stringify(id)}: invalid`);
      return text("Bad Request", 400);
    }
    const token = BEARER.exec(req.headers.get("authorization") ?? "")?.[1];
    if (!token) {
      log(`websocktunnel: refused ${id}: no bearer token`);
      return text("Bad Request", 400);
    }
    if ((req.headers.get("upgrade") ?? "").toLowerCase() !== "websocket") {
      return text("404 page not found", 404);
    }
    const why = checkTunnelToken(secrets, opts.audience, id, token, now());
    if (why) {
      log(`websocktunnel: refused ${id}: ${why}`);
      return text("Unauthorized", 401);
    }
    sessions.get(id)?.close(1000, "replaced by a new connection");
    sessions.delete(id);
    const { socket, response } = Deno.upgradeWebSocket(req, { idleTimeout: 30 });
    response.headers.set("x-websocktunnel-client-url", `${prefix}/${id}`);
    const session = new TunnelSession(socket);
    sessions.set(id, session);
    session.closed.then(() => {
      if (sessions.get(id) === session) sessions.delete(id);
    });
    return response;
  };

  const view = async (req: Request, id: string, path: string): Promise<Response> => {
    const session = sessions.get(id);
    if (!session?.open) return text("No client is connected with that id", 504);
    const isWebSocket = (req.headers.get("upgrade") ?? "").toLowerCase() === "websocket";
    let stream;
    try {
      stream = await session.openStream();
    } catch {
      return text("Internal Server Error", 500);
    }
    try {
      return isWebSocket
        ? await forwardWebSocket(stream, req, path)
        : await forwardRequest(stream, req, path);
    } catch (e) {
      stream.close();
      log(`websocktunnel: ${id}${path}: ${(e as Error).message}`);
      return text("Internal Server Error", 500);
    }
  };

  const handler = (req: Request): Response | Promise<Response> => {
    const url = new URL(req.url);
    if (url.pathname === "/__lbheartbeat__" || url.pathname === "/__heartbeat__") {
      return new Response(null, { status: 200 });
    }
    const id = req.headers.get("x-websocktunnel-id");
    if (id && url.pathname === "/") return register(req, id);
    const uri = (url.pathname + url.search).replace(/^\//, "");
    const slash = uri.indexOf("/");
    const viewId = slash < 0 ? uri : uri.slice(0, slash);
    const path = slash < 0 ? "/" : uri.slice(slash);
    if (!viewId) return text("404 page not found", 404);
    return view(req, decodeURIComponent(viewId), path);
  };

  const hostname = opts.hostname ?? "127.0.0.1";
  const server = Deno.serve(
    { port: opts.port ?? 0, hostname, onListen() {}, ...(opts.tls ?? {}) },
    handler,
  );
  const port = server.addr.port;
  const host = hostname === "0.0.0.0" || hostname === "::"
    ? "127.0.0.1"
    : hostname.includes(":")
    ? `[${hostname}]`
    : hostname;
  const url = `${opts.tls ? "https" : "http"}://${host}:${port}`;
  prefix = (opts.urlPrefix ?? url).replace(/\/+$/, "");
  return {
    url,
    port,
    audience: opts.audience,
    clients: () => [...sessions.keys()],
    dropClients() {
      const all = [...sessions.values()];
      sessions.clear();
      for (const s of all) s.close(1001, "going away");
      return all.length;
    },
    async close() {
      for (const s of sessions.values()) s.close(1001, "server shutting down");
      sessions.clear();
      await server.shutdown();
    },
  };
}
