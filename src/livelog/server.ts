/**
 * The worker's HTTP endpoint, one per worker process (a Hono app on
 * `Deno.serve`), replacing the Go worker's `livelog` binary plus its local
 * exposer (spec 9.2, 9.3):
 * - `GET /log/<token>`: the log registered under `token`, streamed from
 *   byte 0 and then followed as it grows (chunked), to any number of
 *   clients at once, until the task's log closes. Appended bytes fan out
 *   from memory; a client catches up from the file, and one far behind
 *   reads the file again (fanout.ts), so a slow client is never dropped.
 *   Headers: `Content-Type: text/plain; charset=utf-8`,
 *   `Access-Control-Allow-Origin: *`,
 *   `Access-Control-Expose-Headers: Transfer-Encoding`. The token of a log
 *   already finished is 410 pointing to `live_backing.log`; an unknown token
 *   is 401 `Access denied` (text/plain, CORS `*`).
 * - `GET /status`: the JSON the `status` provider returns (the worker loop
 *   sets it); `GET /` the same as an HTML page (status_page.ts);
 *   `GET /metrics` Prometheus metrics (metrics.ts).
 *
 * Where it listens (the composition root decides): `livelogExposePort`, or
 * `livelogPortBase` when that is 0; port 0 = a free port (tests). URLs
 * handed out (`publicURL`) come from the `exposer`: by default Go's local
 * one (`http://<publicHost>:<port>`, publicHost = the config's `publicIP`);
 * with websocktunnel the server listens on 127.0.0.1 only and the URLs are
 * the tunnel's (expose.ts, websocktunnel.ts). `url` is always the direct one.
 *
 * ```ts
 * const server = startLiveLogServer({ port: 0, hostname: "127.0.0.1", status: () => ({}) });
 * server.register(token, task.log);
 * const url = server.url(token); // http://127.0.0.1:<port>/log/<token>
 * await server.close();
 * ```
 */
import { Hono } from "hono";
import { type LiveLogSource, LogFeed } from "./fanout.ts";
import { WORKER_METRICS } from "./metrics.ts";
import { renderStatusPage } from "./status_page.ts";
import { type Exposer, type Exposure, joinExposedURL, localExposer } from "./expose.ts";

export type { LiveLogSource } from "./fanout.ts";

/** Options of `startLiveLogServer`. */
export interface LiveLogServerOptions {
  /** Port to listen on (0 = a free port). */
  port: number;
  /** Interface to bind; default `0.0.0.0`. */
  hostname?: string;
  /** Host used in URLs handed out (publicIP); default the hostname (127.0.0.1 for 0.0.0.0). */
  publicHost?: string;
  /** Returns the status JSON. */
  status: () => Record<string, unknown>;
  /** Prometheus text for `GET /metrics`; default the process's WORKER_METRICS. */
  metrics?: () => string;
  /** How the server is made public; default `localExposer(publicHost)`. */
  exposer?: Exposer;
}

/** A running live log server. */
export interface LiveLogServer {
  /** The port it listens on. */
  readonly port: number;
  /** The direct URL of the log registered under `token` (this host's address). */
  url(token: string): string;
  /**
   * The public URL of the log registered under `token`, through the exposer
   * (waits while a tunnel connects; rejects when it cannot be exposed now).
   */
  publicURL(token: string): Promise<string>;
  /** Serves `log` under `token` until unregistered. */
  register(token: string, log: LiveLogSource): void;
  /** Stops serving `token` (streams in progress end when their log closes). */
  unregister(token: string): void;
  /** Ends every stream and stops listening. */
  close(): Promise<void>;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Transfer-Encoding",
};

/** Starts the server. Throws when the port cannot be bound. */
export function startLiveLogServer(opts: LiveLogServerOptions): LiveLogServer {
  const feeds = new Map<string, LogFeed>();
  const app = new Hono();
  const ending = new Set<LogFeed>();
  /** tokens of finished logs (the most recent ones), answered 410 */
  const finished = new Set<string>();

  app.get("/status", (c) => c.json(opts.status()));
  app.get("/", (c) => {
    // through websocktunnel the page is at /<tunnel id>/ (the proxy sends the original path)
    const orig = c.req.header("x-websocktunnel-original-path") ?? "";
    const base = /^\/[A-Za-z0-9_~.%-]+\/?$/.test(orig) ? orig.replace(/\/$/, "") : "";
    return c.html(renderStatusPage(opts.status(), base));
  });
  app.get("/metrics", (c) =>
    c.text((opts.metrics ?? (() => WORKER_METRICS.render()))(), 200, {
      "Content-Type": "text/plain; version=0.0.4; charset=utf-8",
    }));
  app.get("/log/:token", (c) => {
    const token = c.req.param("token");
    const feed = feeds.get(token);
    if (!feed && finished.has(token)) {
      return c.text(
        "Gone: this task's log is complete and no longer streamed here; read the task's artifact public/logs/live_backing.log",
        410,
        { ...CORS, "Content-Type": "text/plain; charset=utf-8" },
      );
    }
    if (!feed) {
      return c.text("Access denied", 401, { ...CORS, "Content-Type": "text/plain; charset=utf-8" });
    }
    return new Response(feed.follow(), {
      status: 200,
      headers: {
        ...CORS,
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-cache",
      },
    });
  });
  app.notFound((c) => c.text("Not found", 404));

  // an exposer that tunnels the server wants nothing listening publicly
  const hostname = opts.exposer?.loopbackOnly ? "127.0.0.1" : opts.hostname ?? "0.0.0.0";
  const server = Deno.serve({ port: opts.port, hostname, onListen() {} }, app.fetch);
  const port = server.addr.port;
  let host = opts.publicHost ??
    (hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname);
  if (opts.exposer?.loopbackOnly) host = "127.0.0.1";
  if (host.includes(":") && !host.startsWith("[")) host = `[${host}]`;
  let exposure: Exposure;
  try {
    exposure = (opts.exposer ?? localExposer(host)).exposeHTTP(port);
  } catch (e) {
    server.shutdown();
    throw e;
  }
  return {
    port,
    url: (token) => `http://${host}:${port}/log/${token}`,
    publicURL: async (token) => joinExposedURL(await exposure.url(), `/log/${token}`),
    register: (token, log) => void feeds.set(token, new LogFeed(log)),
    unregister(token) {
      const feed = feeds.get(token);
      if (!feed) return;
      feeds.delete(token);
      finished.add(token);
      if (finished.size > 10_000) finished.delete(finished.values().next().value!);
      for (const f of ending) if (f.followers === 0) ending.delete(f);
      // streams in progress go on until their log closes
      if (feed.followers > 0) ending.add(feed);
    },
    async close() {
      for (const feed of [...feeds.values(), ...ending]) feed.endAll();
      await exposure.close();
      await server.shutdown();
    },
  };
}
