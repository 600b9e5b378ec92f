/**
 * The worker's HTTP endpoint (one per worker process, a Hono app on
 * Deno.serve): `GET /log/<token>` streams a task's log from byte 0 and then
 * follows it until the task's log closes (spec 9.2/9.3: chunked, many
 * clients at once, 401 `Access denied` for a wrong token, CORS `*`), and
 * `GET /status` returns the worker's status JSON for operators.
 */
import { Hono } from "hono";
import { stream } from "hono/streaming";
import type { TaskLog } from "../task/task_log.ts";

/** Options of `startLiveLogServer`. */
export interface LiveLogServerOptions {
  /** Port to listen on (0 = a free port). */
  port: number;
  hostname?: string;
  /** Host used in URLs handed out (publicIP); default the hostname. */
  publicHost?: string;
  /** Returns the status JSON. */
  status: () => Record<string, unknown>;
}

/** A running live log server. */
export interface LiveLogServer {
  readonly port: number;
  /** The URL clients use to follow the log registered under `token`. */
  url(token: string): string;
  /** Serves `log` under `token` until unregistered. */
  register(token: string, log: TaskLog): void;
  unregister(token: string): void;
  close(): Promise<void>;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Transfer-Encoding",
};

/** Starts the server. */
export function startLiveLogServer(opts: LiveLogServerOptions): LiveLogServer {
  const logs = new Map<string, TaskLog>();
  const app = new Hono();
  const aborts = new Set<() => void>();

  app.get("/status", (c) => c.json(opts.status()));
  app.get("/log/:token", (c) => {
    const log = logs.get(c.req.param("token"));
    if (!log) {
      return c.text("Access denied", 401, { ...CORS, "Content-Type": "text/plain; charset=utf-8" });
    }
    for (const [k, v] of Object.entries(CORS)) c.header(k, v);
    c.header("Content-Type", "text/plain; charset=utf-8");
    return stream(c, async (s) => {
      let wake: (() => void) | null = null;
      const unsubscribe = log.onChange(() => wake?.());
      let aborted = false;
      const abort = () => {
        aborted = true;
        wake?.();
      };
      aborts.add(abort);
      s.onAbort(abort);
      const file = await Deno.open(log.path, { read: true });
      const buf = new Uint8Array(64 * 1024);
      try {
        for (;;) {
          if (aborted) break;
          const n = await file.read(buf);
          if (n !== null && n > 0) {
            await s.write(buf.slice(0, n));
            continue;
          }
          if (log.closed) {
            // drain anything written between the read and the close
            const rest = await file.read(buf);
            if (rest !== null && rest > 0) {
              await s.write(buf.slice(0, rest));
              continue;
            }
            break;
          }
          await new Promise<void>((r) => {
            const t = setTimeout(done, 200);
            function done() {
              clearTimeout(t);
              wake = null;
              r();
            }
            wake = done;
          });
        }
      } finally {
        unsubscribe();
        aborts.delete(abort);
        file.close();
      }
    });
  });
  app.notFound((c) => c.text("Not found", 404));

  const hostname = opts.hostname ?? "0.0.0.0";
  const server = Deno.serve({ port: opts.port, hostname, onListen() {} }, app.fetch);
  const port = server.addr.port;
  const host = opts.publicHost ?? (hostname === "0.0.0.0" ? "127.0.0.1" : hostname);
  return {
    port,
    url: (token) => `http://${host}:${port}/log/${token}`,
    register: (token, log) => void logs.set(token, log),
    unregister: (token) => void logs.delete(token),
    async close() {
      for (const a of aborts) a();
      await server.shutdown();
    },
  };
}
