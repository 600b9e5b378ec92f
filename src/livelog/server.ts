/**
 * The worker's HTTP endpoint, one per worker process (a Hono app on
 * `Deno.serve`), replacing the Go worker's `livelog` binary plus its local
 * exposer (spec 9.2, 9.3):
 * - `GET /log/<token>`: the log registered under `token`, streamed from
 *   byte 0 and then followed as it grows (chunked), to any number of
 *   clients at once, until the task's log closes. Each client reads the log
 *   file itself, so a slow client costs no memory and is never dropped.
 *   Headers: `Content-Type: text/plain; charset=utf-8`,
 *   `Access-Control-Allow-Origin: *`,
 *   `Access-Control-Expose-Headers: Transfer-Encoding`. An unknown token
 *   (or a log already finished) is 401 `Access denied` (text/plain, CORS `*`).
 * - `GET /status`: the JSON the `status` provider returns (the worker loop
 *   sets it).
 *
 * Where it listens (the composition root decides): `livelogExposePort`, or
 * `livelogPortBase` when that is 0; port 0 = a free port (tests). URLs
 * handed out use `publicHost` (the config's `publicIP`).
 *
 * ```ts
 * const server = startLiveLogServer({ port: 0, hostname: "127.0.0.1", status: () => ({}) });
 * server.register(token, task.log);
 * const url = server.url(token); // http://127.0.0.1:<port>/log/<token>
 * await server.close();
 * ```
 */
import { Hono } from "hono";
import { stream } from "hono/streaming";

/** A growing log file the server can follow (the task log fits). */
export interface LiveLogSource {
  /** The file to stream. */
  readonly path: string;
  /** True once nothing more will be written. */
  readonly closed: boolean;
  /** Calls `fn` when bytes are appended or the log closes; returns an unsubscribe function. */
  onChange(fn: () => void): () => void;
}

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
}

/** A running live log server. */
export interface LiveLogServer {
  /** The port it listens on. */
  readonly port: number;
  /** The URL clients use to follow the log registered under `token`. */
  url(token: string): string;
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

const READ_CHUNK = 64 * 1024;

/** Starts the server. Throws when the port cannot be bound. */
export function startLiveLogServer(opts: LiveLogServerOptions): LiveLogServer {
  const logs = new Map<string, LiveLogSource>();
  const app = new Hono();
  const closers = new Set<() => void>();

  app.get("/status", (c) => c.json(opts.status()));
  app.get("/log/:token", (c) => {
    const log = logs.get(c.req.param("token"));
    if (!log) {
      return c.text("Access denied", 401, { ...CORS, "Content-Type": "text/plain; charset=utf-8" });
    }
    for (const [k, v] of Object.entries(CORS)) c.header(k, v);
    c.header("Content-Type", "text/plain; charset=utf-8");
    c.header("Cache-Control", "no-cache");
    return stream(c, async (s) => {
      let wake: (() => void) | undefined;
      let ended = false;
      const end = () => {
        ended = true;
        wake?.();
      };
      let dirty = false;
      const unsubscribe = log.onChange(() => {
        dirty = true;
        wake?.();
      });
      closers.add(end);
      s.onAbort(end);
      let file: Deno.FsFile | undefined;
      try {
        file = await Deno.open(log.path, { read: true });
        const buf = new Uint8Array(READ_CHUNK);
        while (!ended) {
          dirty = false;
          const closed = log.closed; // read before the file: no byte written before close is missed
          const n = await file.read(buf);
          if (n !== null && n > 0) {
            await s.write(buf.slice(0, n));
            continue;
          }
          if (closed) break;
          if (dirty) continue;
          await new Promise<void>((resolve) => {
            const t = setTimeout(done, 1000);
            function done() {
              clearTimeout(t);
              wake = undefined;
              resolve();
            }
            wake = done;
          });
        }
      } catch {
        // the client went away or the file vanished: end this stream
      } finally {
        unsubscribe();
        closers.delete(end);
        file?.close();
      }
    });
  });
  app.notFound((c) => c.text("Not found", 404));

  const hostname = opts.hostname ?? "0.0.0.0";
  const server = Deno.serve({ port: opts.port, hostname, onListen() {} }, app.fetch);
  const port = server.addr.port;
  let host = opts.publicHost ??
    (hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname);
  if (host.includes(":") && !host.startsWith("[")) host = `[${host}]`;
  return {
    port,
    url: (token) => `http://${host}:${port}/log/${token}`,
    register: (token, log) => void logs.set(token, log),
    unregister: (token) => void logs.delete(token),
    async close() {
      for (const end of closers) end();
      await server.shutdown();
    },
  };
}
