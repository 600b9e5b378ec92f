/**
 * The interactive shell's HTTP + websocket server (spec 12.3, Go's
 * `interactive/interactive.go`): Hono on `Deno.serve`, one route
 * `/shell/<secret>`. A wrong secret (compared in constant time) gets 401
 * `Access denied`; the right one upgrades to a websocket and starts a fresh
 * command in its own pseudo-terminal, so several sessions can run at once.
 * When a readiness probe is given (D2G: the container must be running),
 * the client first reads `Waiting for task to be ready.`, a `.` per failed
 * probe (20 tries, 1 s apart) and `\r\n`. `close()` ends every session
 * (their terminal sessions killed) and stops the server.
 *
 * ```ts
 * const server = await startShellServer({ port: 0, secret, command: () => spec, log });
 * // ws://127.0.0.1:<server.port>/shell/<secret>
 * await server.close();
 * ```
 */
import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { upgradeWebSocket } from "hono/deno";
import { type PtySpec, startPty } from "../../platform/pty.ts";
import { ShellSession } from "./session.ts";

/** Result of one readiness probe run. */
export interface ProbeResult {
  ok: boolean;
  /** Combined output of the probe. */
  output: string;
  /** The failure (`exit status 1`, ...) when not ok. */
  error?: string;
}

/** What the server needs. */
export interface ShellServerOptions {
  /** Port to listen on (0 = any free port). */
  port: number;
  /** Interface to listen on; default all (`0.0.0.0`), as the Go worker. */
  hostname?: string;
  /** The secret path component. */
  secret: string;
  /** The command of a new session (called per session, so it sees the task's env at that time). */
  command: () => PtySpec;
  /** Optional readiness probe run before each session's command. */
  isReady?: () => Promise<ProbeResult>;
  /** Worker-log lines. */
  log: (line: string) => void;
  /** Pause between probes (ms; default 1000). */
  probeIntervalMs?: number;
}

/** A running shell server. */
export interface ShellServer {
  /** The port actually bound. */
  readonly port: number;
  /** Number of sessions now open. */
  readonly sessions: number;
  /** Ends every session and stops the server. */
  close(): Promise<void>;
}

const enc = new TextEncoder();

/** Constant-time equality of two strings (different lengths differ at once, like Go's ConstantTimeCompare). */
export function secretMatches(given: string, secret: string): boolean {
  const a = enc.encode(given), b = enc.encode(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function waitUntilReady(
  opts: ShellServerOptions,
  send: (text: string) => void,
  closed: () => boolean,
): Promise<boolean> {
  if (!opts.isReady) return true;
  send("Waiting for task to be ready.");
  let last: ProbeResult = { ok: false, output: "" };
  for (let i = 0; i < 20 && !closed(); i++) {
    last = await opts.isReady();
    if (last.ok) break;
    send(".");
    await new Promise((r) => setTimeout(r, opts.probeIntervalMs ?? 1000));
  }
  if (!last.ok) {
    const msg = `Error while waiting for task to be ready: ${
      last.error ?? "not ready"
    }. Output:\r\n${last.output}`;
    opts.log(msg);
    send("\r\n" + msg);
    return false;
  }
  send("\r\n");
  return true;
}

/** Starts the server; throws when the port cannot be bound. */
export function startShellServer(opts: ShellServerOptions): Promise<ShellServer> {
  const sessions = new Set<ShellSession>();
  let stopping = false;
  const app = new Hono();
  app.all("/shell/*", async (c, next) => {
    const secret = new URL(c.req.url).pathname.slice("/shell/".length);
    if (!secretMatches(secret, opts.secret)) {
      return c.body("Access denied\n", 401, {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
      });
    }
    if (stopping) return c.body("Service Unavailable\n", 503);
    await next();
  });
  app.get(
    "/shell/*",
    upgradeWebSocket(() => {
      let session: ShellSession | undefined;
      let gone = false;
      const early: (Uint8Array | string)[] = [];
      return {
        async onOpen(_evt, ws) {
          (ws.raw as WebSocket).binaryType = "arraybuffer";
          const send = (t: string) => {
            try {
              ws.send(enc.encode(t));
            } catch { /* gone */ }
          };
          if (!await waitUntilReady(opts, send, () => gone || stopping)) {
            ws.close(1011, "Failed to start interactive command");
            return;
          }
          if (gone || stopping) return;
          let spec: PtySpec;
          try {
            spec = opts.command();
          } catch (e) {
            const m = `Error while getting command ${(e as Error).message}`;
            opts.log(m);
            send(m);
            ws.close(1011, "");
            return;
          }
          try {
            const s = new ShellSession(startPty(spec), ws, opts.log);
            session = s;
            sessions.add(s);
            void s.done.then(() => sessions.delete(s));
            for (const m of early.splice(0)) s.receive(m);
          } catch (e) {
            const m = `Error while spawning command ${(e as Error).message}`;
            opts.log(m);
            send(m);
            ws.close(1011, "");
          }
        },
        onMessage(evt) {
          const d = evt.data;
          const data = typeof d === "string" ? d : new Uint8Array(d as ArrayBuffer);
          if (session) session.receive(data);
          else early.push(data);
        },
        onClose() {
          gone = true;
          void session?.close();
        },
        onError() {
          gone = true;
          void session?.close();
        },
      };
    }),
  );
  app.notFound((c) => c.body("404 page not found\n", 404));
  return new Promise((resolve, reject) => {
    let server: Deno.HttpServer;
    try {
      server = Deno.serve({
        port: opts.port,
        hostname: opts.hostname ?? "0.0.0.0",
        onListen: () => {},
        onError: () => new Response("internal error", { status: 500 }),
      }, app.fetch);
    } catch (e) {
      reject(e);
      return;
    }
    resolve({
      port: (server.addr as Deno.NetAddr).port,
      get sessions() {
        return sessions.size;
      },
      async close() {
        stopping = true;
        await Promise.all([...sessions].map((s) => s.close()));
        await server.shutdown();
      },
    });
  });
}
