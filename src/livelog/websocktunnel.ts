/**
 * The websocktunnel exposer (Go's `expose.NewWST` with the websocktunnel
 * client): each exposed port gets its own tunnel client with id
 * `<workerGroup>.<workerId>.<port>`. It asks auth for a token
 * (`websocktunnelToken(wstAudience, id)`, through `getToken`, so the worker's
 * credentials need `auth:websocktunnel-token:<wstAudience>/<workerGroup>.<workerId>.*`),
 * opens a WebSocket to `wstServerURL` (http→ws, https→wss) with
 * `Authorization: Bearer <token>` and `x-websocktunnel-id: <id>`, and takes
 * its public URL from the reply's `x-websocktunnel-client-url`. Every stream
 * the server opens over the wsmux session (one per viewer request) is piped
 * to `127.0.0.1:<port>`, so the worker's own HTTP server answers it.
 *
 * Lifetime: the tunnel lives as long as the worker (one live log server
 * serves every task). A dropped connection is reopened at once and then
 * with Go's backoff (0.5 s, ×1.5 ± 50 %, at most 60 s), for as long as the
 * worker runs; `url()` waits for it at most `connectWaitMs` (Go's 3 minutes).
 * The token is renewed ahead of its expiry (and fetched again whenever a
 * connection is made with one about to expire); a server answering 401 gets
 * one more try with a fresh token, then the tunnel stops with a clear worker
 * log error until the next `url()` (the next task) tries again. Other 4xx
 * refusals stop it the same way; network errors and 5xx are retried.
 *
 * ```ts
 * const exposer = websocktunnelExposer({ serverURL, audience, workerGroup, workerId,
 *   getToken: (aud, id) => auth.websocktunnelToken(aud, id), log: (l) => log.log(l) });
 * const base = await exposer.exposeHTTP(port).url();
 * ```
 */
import type { Exposer, Exposure } from "./expose.ts";
import { connectWebSocket, type WebSocketHandshakeError } from "./ws_client.ts";
import { MuxSession, type MuxStream } from "./wsmux.ts";

/** What auth's `websocktunnelToken` answers (the parts used). */
export interface WebsocktunnelTokenReply {
  token: string;
  expires: string;
}

/** Options of `websocktunnelExposer`. */
export interface WebsocktunnelOptions {
  /** `wstServerURL`. */
  serverURL: string;
  /** `wstAudience`. */
  audience: string;
  workerGroup: string;
  workerId: string;
  /** Calls auth `websocktunnelToken(wstAudience, wstClient)` with the worker's credentials. */
  getToken: (wstAudience: string, wstClient: string) => Promise<WebsocktunnelTokenReply>;
  /** The worker log. */
  log: (line: string) => void;
  /** The clock (ms); default `Date.now`. */
  now?: () => number;
  /** How long `url()` waits for a connection, ms; default 3 minutes (Go's client). */
  connectWaitMs?: number;
  /** First retry delay, ms; default 500. */
  initialDelayMs?: number;
  /** Longest retry delay, ms; default 60 s. */
  maxDelayMs?: number;
  /** A token is renewed this long before it expires, ms; default 15 minutes. */
  renewBeforeMs?: number;
  /** Keepalive ping interval, ms; default 20 s. */
  keepAliveMs?: number;
  /** An extra CA (PEM) to trust for a `https:`/`wss:` server; default the system's roots only. */
  caCert?: string;
}

/** Builds the exposer. Nothing connects before `exposeHTTP`. */
export function websocktunnelExposer(opts: WebsocktunnelOptions): Exposer {
  return {
    loopbackOnly: true,
    exposeHTTP: (port) => new Tunnel(opts, port),
  };
}

/** The time a JWT's `exp` claim names (ms), or undefined when it has none. */
export function jwtExpiry(token: string): number | undefined {
  const part = token.split(".")[1];
  if (!part) return undefined;
  try {
    const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
    const json = JSON.parse(atob(b64 + "=".repeat((4 - b64.length % 4) % 4)));
    return typeof json?.exp === "number" ? json.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** Why a tunnel stopped trying (until the next `url()`). */
class TunnelStopped extends Error {}

interface Waiter {
  resolve: (url: string) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

type State = "idle" | "connecting" | "connected" | "stopped" | "closed";

/** One exposed port: a websocktunnel client that keeps itself connected. */
class Tunnel implements Exposure {
  readonly #o: WebsocktunnelOptions;
  readonly #port: number;
  readonly #id: string;
  readonly #wsURL: string;
  readonly #now: () => number;
  #state: State = "idle";
  #url?: string;
  #stopError?: Error;
  #waiters: Waiter[] = [];
  #token?: { token: string; expiresAt: number };
  #renewTimer?: ReturnType<typeof setTimeout>;
  #session?: MuxSession;
  #sleep?: { timer: ReturnType<typeof setTimeout>; resolve: () => void };

  constructor(o: WebsocktunnelOptions, port: number) {
    this.#o = o;
    this.#port = port;
    this.#id = `${o.workerGroup}.${o.workerId}.${port}`;
    this.#wsURL = o.serverURL.replace(/^http/, "ws");
    this.#now = o.now ?? Date.now;
    if (!/^wss?:\/\/[^/]/.test(this.#wsURL)) {
      const why = `wstServerURL ${JSON.stringify(o.serverURL)} is not an http(s) or ws(s) URL`;
      o.log(`ERROR: ${why}; live logs are not exposed`);
      this.#state = "stopped";
      this.#stopError = new TunnelStopped(why);
      return;
    }
    this.#start();
  }

  url(): Promise<string> {
    if (this.#state === "closed") return Promise.reject(new Error("the tunnel is closed"));
    if (this.#state === "connected" && this.#url) return Promise.resolve(this.#url);
    if (!/^wss?:\/\/[^/]/.test(this.#wsURL)) return Promise.reject(this.#stopError);
    if (this.#state === "stopped") this.#start();
    return new Promise((resolve, reject) => {
      const wait = this.#o.connectWaitMs ?? 180_000;
      const w: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters = this.#waiters.filter((x) => x !== w);
          reject(
            new Error(
              `could not connect to the websocktunnel server ${this.#o.serverURL} within ${
                Math.round(wait / 1000)
              } s${this.#stopError ? `: ${this.#stopError.message}` : ""}`,
            ),
          );
        }, wait),
      };
      this.#waiters.push(w);
    });
  }

  close(): Promise<void> {
    if (this.#state === "closed") return Promise.resolve();
    this.#state = "closed";
    clearTimeout(this.#renewTimer);
    this.#wakeSleep();
    this.#session?.close("the worker closed the tunnel");
    this.#settle(new Error("the tunnel is closed"));
    return Promise.resolve();
  }

  #settle(result: string | Error) {
    const ws = this.#waiters;
    this.#waiters = [];
    for (const w of ws) {
      clearTimeout(w.timer);
      if (typeof result === "string") w.resolve(result);
      else w.reject(result);
    }
  }

  #start() {
    this.#state = "connecting";
    this.#stopError = undefined;
    this.#run().catch((e) => {
      // not expected: every failure is handled in #run
      this.#o.log(`ERROR: websocktunnel client for ${this.#id} failed: ${e?.stack ?? e}`);
      this.#stop(e instanceof Error ? e : new Error(String(e)));
    });
  }

  #stop(e: Error) {
    if (this.#state === "closed") return;
    this.#state = "stopped";
    this.#stopError = e;
    this.#settle(e);
  }

  /** (a method, so TypeScript does not narrow the state across awaits) */
  #isClosed(): boolean {
    return this.#state === "closed";
  }

  async #run(): Promise<void> {
    let delay = 0;
    let outageLogged = false;
    let freshTokenTried = false;
    while (!this.#isClosed()) {
      if (delay > 0) await this.#pause(delay);
      if (this.#isClosed()) return;
      let token: string;
      try {
        token = await this.#validToken();
      } catch (e) {
        const msg = `ERROR: could not get a websocktunnel token for ${this.#id} from auth ` +
          `(websocktunnelToken ${this.#o.audience}/${this.#id}): ${(e as Error).message}`;
        const status = (e as { statusCode?: number; status?: number }).statusCode ??
          (e as { status?: number }).status;
        if (status !== undefined && status >= 400 && status < 500) {
          this.#o.log(
            `${msg}; the worker's credentials need scope ` +
              `auth:websocktunnel-token:${this.#o.audience}/${this.#o.workerGroup}.${this.#o.workerId}.*; ` +
              `live logs are not exposed`,
          );
          return this.#stop(new TunnelStopped(msg.replace(/^ERROR: /, "")));
        }
        if (!outageLogged) this.#o.log(`${msg}; retrying`);
        outageLogged = true;
        delay = this.#nextDelay(delay);
        continue;
      }
      let ws;
      try {
        ws = await connectWebSocket(
          this.#wsURL,
          {
            Authorization: `Bearer ${token}`,
            "x-websocktunnel-id": this.#id,
          },
          30_000,
          { ca: this.#o.caCert },
        );
      } catch (e) {
        const err = e as WebSocketHandshakeError;
        const st = err.status;
        if (st === 401 && !freshTokenTried) {
          // the server may have rotated its secret: one more try with a new token
          freshTokenTried = true;
          this.#token = undefined;
          delay = 0;
          continue;
        }
        if (st !== undefined && st >= 400 && st < 500) {
          const why = st === 401
            ? `the websocktunnel server ${this.#o.serverURL} refused the token for ${this.#id} ` +
              `(${err.message}); check that wstAudience "${this.#o.audience}" is the audience ` +
              `of that server and that wstServerURL is the server of this deployment`
            : `the websocktunnel server ${this.#o.serverURL} refused the connection for ` +
              `${this.#id} (${err.message}${err.body ? `: ${err.body}` : ""})`;
          this.#o.log(`ERROR: ${why}; live logs are not exposed`);
          return this.#stop(new TunnelStopped(why));
        }
        if (!outageLogged) {
          this.#o.log(
            `WARNING: could not connect to the websocktunnel server ${this.#o.serverURL}: ` +
              `${err.message}; retrying`,
          );
        }
        outageLogged = true;
        delay = this.#nextDelay(delay);
        continue;
      }
      const header = ws.headers["x-websocktunnel-client-url"];
      const url = (Array.isArray(header) ? header[0] : header)?.replace(/\/+$/, "");
      if (!url) {
        ws.close(1000, "");
        const why = `the websocktunnel server ${this.#o.serverURL} did not send ` +
          `x-websocktunnel-client-url`;
        this.#o.log(`ERROR: ${why}; live logs are not exposed`);
        return this.#stop(new TunnelStopped(why));
      }
      if (this.#isClosed()) {
        ws.close(1000, "");
        return;
      }
      const session = new MuxSession(ws, {
        onStream: (s) => this.#forward(s),
        keepAliveMs: this.#o.keepAliveMs,
      });
      this.#session = session;
      this.#url = url;
      this.#state = "connected";
      outageLogged = false;
      freshTokenTried = false;
      this.#o.log(`Connected to websocktunnel server ${this.#o.serverURL} as ${this.#id}: ${url}`);
      this.#settle(url);
      const why = await session.done;
      this.#session = undefined;
      if (this.#isClosed()) return;
      this.#state = "connecting";
      this.#o.log(`websocktunnel connection for ${this.#id} lost (${why}); reconnecting`);
      delay = 0;
    }
  }

  /** Go's backoff: 0.5 s first, then ×1.5 with ±50 % jitter, at most 60 s. */
  #nextDelay(current: number): number {
    const first = this.#o.initialDelayMs ?? 500;
    const max = this.#o.maxDelayMs ?? 60_000;
    if (current <= 0) return first;
    const jitter = 0.5 * current;
    return Math.min(max, 1.5 * current - jitter + Math.random() * 2 * jitter);
  }

  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#sleep = undefined;
        resolve();
      }, ms);
      this.#sleep = { timer, resolve };
    });
  }

  #wakeSleep() {
    if (!this.#sleep) return;
    clearTimeout(this.#sleep.timer);
    this.#sleep.resolve();
    this.#sleep = undefined;
  }

  /** A token good for at least `renewBeforeMs` more, from the cache or auth. */
  async #validToken(): Promise<string> {
    const margin = this.#o.renewBeforeMs ?? 15 * 60_000;
    if (this.#token && this.#token.expiresAt - this.#now() > margin) return this.#token.token;
    return await this.#fetchToken();
  }

  async #fetchToken(): Promise<string> {
    const reply = await this.#o.getToken(this.#o.audience, this.#id);
    const expiresAt = jwtExpiry(reply.token) ?? Date.parse(reply.expires);
    this.#token = { token: reply.token, expiresAt };
    this.#scheduleRenewal(expiresAt);
    return reply.token;
  }

  /** Renews the token `renewBeforeMs` before `expiresAt`, so a reconnect always has one. */
  #scheduleRenewal(expiresAt: number) {
    clearTimeout(this.#renewTimer);
    if (this.#state === "closed" || !Number.isFinite(expiresAt)) return;
    const margin = this.#o.renewBeforeMs ?? 15 * 60_000;
    const inMs = Math.max(1000, Math.min(expiresAt - margin - this.#now(), 2 ** 31 - 1));
    this.#renewTimer = setTimeout(() => {
      if (this.#state === "closed" || this.#state === "stopped") return;
      this.#fetchToken().then(
        () => this.#o.log(`Renewed the websocktunnel token for ${this.#id}`),
        (e) => {
          this.#o.log(
            `WARNING: could not renew the websocktunnel token for ${this.#id}: ` +
              `${(e as Error).message}; retrying in 60 s`,
          );
          this.#scheduleRenewal(this.#now() + margin + 60_000);
        },
      );
    }, inMs);
    Deno.unrefTimer(this.#renewTimer);
  }

  /** Pipes one tunnelled stream to the local port (Go's `forwardPort`). */
  #forward(s: MuxStream) {
    const connecting = Deno.connect({ hostname: "127.0.0.1", port: this.#port });
    let conn: Deno.TcpConn | undefined;
    let closed = false;
    const closeConn = () => {
      if (closed) return;
      closed = true;
      try {
        conn?.close();
      } catch { /* already closed */ }
    };
    s.onData = async (chunk) => {
      const c = await connecting;
      let off = 0;
      while (off < chunk.length) off += await c.write(chunk.subarray(off));
    };
    // the viewer's side is done (the server ends a stream after the reply): close, as Go does
    s.onEnd = closeConn;
    s.onKill = closeConn;
    connecting.then(async (c) => {
      conn = c;
      if (closed) return closeConn();
      const buf = new Uint8Array(64 * 1024);
      try {
        for (;;) {
          const n = await c.read(buf);
          if (n === null) break;
          await s.write(buf.subarray(0, n));
        }
      } catch {
        // the connection or the stream went away
      }
      s.end();
    }, () => {
      // nothing listens on the port: an immediate close, as Go's forwardPort does
      closed = true;
      s.end();
    });
  }
}
