/**
 * A small WebSocket client (RFC 6455) for the websocktunnel exposer: the
 * handshake goes through `node:http`/`node:https` so the caller can send its
 * own headers (`Authorization`, `x-websocktunnel-id`) and read the reply's
 * (`x-websocktunnel-client-url`) and its status when the server refuses
 * (401 means a bad token, 5xx is worth retrying). Deno's `WebSocket` offers
 * neither. Only binary messages are used; pings are answered with pongs.
 *
 * ```ts
 * const ws = await connectWebSocket("ws://127.0.0.1:9000/", { "x-websocktunnel-id": id });
 * ws.onMessage = (data) => console.log(data.length);
 * await ws.send(new Uint8Array([1, 2, 3]));
 * ws.close(1000, "bye");
 * ```
 */
import type http from "node:http";
import type { Socket } from "node:net";
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";

/** The handshake was answered with something other than 101 (or not at all). */
export class WebSocketHandshakeError extends Error {
  /** The HTTP status of the reply; undefined when there was none (network error). */
  readonly status?: number;
  /** The reply's body (cut to 1000 characters). */
  readonly body: string;
  constructor(message: string, status?: number, body = "") {
    super(message);
    this.name = "WebSocketHandshakeError";
    this.status = status;
    this.body = body;
  }
}

/** An open WebSocket connection. */
export interface WebSocketConnection {
  /** Headers of the handshake reply (lower-case names). */
  readonly headers: Record<string, string | string[] | undefined>;
  /** Called with each complete binary message. */
  onMessage: (data: Uint8Array) => void;
  /** Called with each pong's payload. */
  onPong: () => void;
  /** Called once when the connection is gone, with why. */
  onClose: (reason: string) => void;
  /** Sends one binary message; resolves once the socket took it (backpressure). */
  send(data: Uint8Array): Promise<void>;
  /** Sends a ping. */
  ping(): void;
  /** Sends a close frame and ends the socket. */
  close(code?: number, reason?: string): void;
  /** Ends the socket at once (no close frame). */
  destroy(): void;
  /** True once closed. */
  readonly closed: boolean;
}

/** Largest message accepted (wsmux frames carry at most one 4 MiB window). */
const MAX_MESSAGE = 64 * 1024 * 1024;

/**
 * Opens a WebSocket to `url` (`ws:`, `wss:`, `http:` or `https:`), sending
 * `headers` with the upgrade request (`tls.ca`: extra trusted CA, PEM, for
 * `wss:`). Rejects with `WebSocketHandshakeError` on a refusal, a network
 * error, a wrong `Sec-WebSocket-Accept` or after `timeoutMs`.
 */
export async function connectWebSocket(
  url: string,
  headers: Record<string, string>,
  timeoutMs = 30_000,
  tls: { ca?: string } = {},
): Promise<WebSocketConnection> {
  const u = new URL(url);
  const secure = u.protocol === "wss:" || u.protocol === "https:";
  if (!secure && u.protocol !== "ws:" && u.protocol !== "http:") {
    throw new WebSocketHandshakeError(`unsupported URL scheme ${u.protocol} in ${url}`);
  }
  // loaded on first use: a worker without a tunnel never needs node:http
  const mod = secure ? (await import("node:https")).default : (await import("node:http")).default;
  const key = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  return await new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: WebSocketHandshakeError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(e);
    };
    const req = mod.request({
      host: u.hostname.replace(/^\[|\]$/g, ""),
      port: u.port ? Number(u.port) : secure ? 443 : 80,
      path: `${u.pathname}${u.search}`,
      method: "GET",
      ...(secure && tls.ca ? { ca: tls.ca } : {}),
      headers: {
        ...headers,
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": key,
      },
    });
    const timer = setTimeout(() => {
      fail(new WebSocketHandshakeError(`no reply from ${url} within ${timeoutMs / 1000} s`));
      req.destroy();
    }, timeoutMs);
    req.on("error", (e: Error) => fail(new WebSocketHandshakeError(describeNetError(e))));
    req.on("response", (res: http.IncomingMessage) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        if (body.length < 1000) body += c;
      });
      const done = () =>
        fail(
          new WebSocketHandshakeError(
            `${res.statusCode} ${res.statusMessage ?? ""}`.trim(),
            res.statusCode,
            body.slice(0, 1000).trim(),
          ),
        );
      res.on("end", done);
      res.on("error", done);
    });
    req.on("upgrade", (res: http.IncomingMessage, socket: Socket, head: Buffer) => {
      if (settled) {
        socket.destroy();
        return;
      }
      settled = true;
      clearTimeout(timer);
      const accept = createHash("sha1").update(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
        .digest("base64");
      if (res.headers["sec-websocket-accept"] !== accept) {
        socket.destroy();
        reject(
          new WebSocketHandshakeError(
            `${url} answered the upgrade with a wrong Sec-WebSocket-Accept`,
          ),
        );
        return;
      }
      resolve(new Connection(socket, res.headers, head));
    });
    req.end();
  });
}

/** A network error's most telling message (Node puts the cause in `code`). */
function describeNetError(e: Error): string {
  const code = (e as { code?: string }).code;
  return code && !e.message.includes(code) ? `${e.message} (${code})` : e.message;
}

class Connection implements WebSocketConnection {
  onMessage: (data: Uint8Array) => void = () => {};
  onPong: () => void = () => {};
  onClose: (reason: string) => void = () => {};
  closed = false;
  readonly headers: Record<string, string | string[] | undefined>;
  #socket: Socket;
  #buf: Buffer = Buffer.alloc(0);
  #fragments: Buffer[] = [];
  #fragmentsLen = 0;
  #closeSent = false;

  constructor(socket: Socket, headers: http.IncomingHttpHeaders, head: Buffer) {
    this.#socket = socket;
    this.headers = headers;
    socket.setNoDelay(true);
    socket.on("data", (d: Buffer) => this.#receive(d));
    socket.on("error", (e: Error) => this.#gone(`connection error: ${describeNetError(e)}`));
    socket.on("close", () => this.#gone("connection closed"));
    socket.on("end", () => this.#gone("connection closed by the server"));
    if (head.length) queueMicrotask(() => this.#receive(head));
  }

  #gone(reason: string) {
    if (this.closed) return;
    this.closed = true;
    this.#socket.destroy();
    this.onClose(reason);
  }

  #receive(d: Buffer) {
    if (this.closed) return;
    this.#buf = this.#buf.length ? Buffer.concat([this.#buf, d]) : d;
    while (!this.closed) {
      const b = this.#buf;
      if (b.length < 2) return;
      const fin = (b[0] & 0x80) !== 0;
      const opcode = b[0] & 0x0f;
      const masked = (b[1] & 0x80) !== 0;
      let len = b[1] & 0x7f;
      let off = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        const big = b.readBigUInt64BE(2);
        if (big > BigInt(MAX_MESSAGE)) return this.#protocolError("message too large");
        len = Number(big);
        off = 10;
      }
      if (len > MAX_MESSAGE) return this.#protocolError("message too large");
      const maskOff = off;
      if (masked) off += 4;
      if (b.length < off + len) return;
      let payload = b.subarray(off, off + len);
      if (masked) payload = unmask(payload, b.subarray(maskOff, maskOff + 4));
      this.#buf = b.subarray(off + len);
      this.#frame(fin, opcode, payload);
    }
  }

  #frame(fin: boolean, opcode: number, payload: Buffer) {
    switch (opcode) {
      case 0x0: // continuation
      case 0x1:
      case 0x2: {
        if (opcode !== 0 && this.#fragments.length) {
          return this.#protocolError("new message inside a fragmented one");
        }
        if (opcode === 0 && !this.#fragments.length) {
          return this.#protocolError("continuation without a message");
        }
        if (fin && !this.#fragments.length) {
          this.onMessage(payload);
          return;
        }
        this.#fragments.push(payload);
        this.#fragmentsLen += payload.length;
        if (this.#fragmentsLen > MAX_MESSAGE) return this.#protocolError("message too large");
        if (fin) {
          const all = Buffer.concat(this.#fragments);
          this.#fragments = [];
          this.#fragmentsLen = 0;
          this.onMessage(all);
        }
        return;
      }
      case 0x8: {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        const text = payload.length > 2 ? payload.subarray(2).toString("utf8") : "";
        if (!this.#closeSent) this.#writeFrame(0x8, payload.subarray(0, 2));
        this.#closeSent = true;
        this.#gone(`closed by the server (code ${code}${text ? `: ${text}` : ""})`);
        return;
      }
      case 0x9:
        this.#writeFrame(0xa, payload);
        return;
      case 0xa:
        this.onPong();
        return;
      default:
        this.#protocolError(`unknown opcode ${opcode}`);
    }
  }

  #protocolError(why: string) {
    this.close(1002, why);
    this.#gone(`protocol error: ${why}`);
  }

  /** Writes one frame (masked, as a client must); false when the socket buffer is full. */
  #writeFrame(opcode: number, payload: Uint8Array): boolean {
    if (this.closed || this.#socket.destroyed) return true;
    const len = payload.length;
    const headLen = len < 126 ? 2 : len < 65536 ? 4 : 10;
    const frame = Buffer.allocUnsafe(headLen + 4 + len);
    frame[0] = 0x80 | opcode;
    if (len < 126) frame[1] = 0x80 | len;
    else if (len < 65536) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(len, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeBigUInt64BE(BigInt(len), 2);
    }
    const mask = crypto.getRandomValues(new Uint8Array(4));
    frame.set(mask, headLen);
    frame.set(payload, headLen + 4);
    maskInPlace(frame.subarray(headLen + 4), mask);
    return this.#socket.write(frame);
  }

  send(data: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error("websocket closed"));
    if (this.#writeFrame(0x2, data)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.#socket.off("drain", done);
        this.#socket.off("close", done);
        resolve();
      };
      this.#socket.on("drain", done);
      this.#socket.on("close", done);
    });
  }

  ping() {
    this.#writeFrame(0x9, new Uint8Array(0));
  }

  close(code = 1000, reason = "") {
    if (this.closed) return;
    if (!this.#closeSent) {
      const r = Buffer.from(reason.slice(0, 100), "utf8");
      const p = Buffer.alloc(2 + r.length);
      p.writeUInt16BE(code, 0);
      r.copy(p, 2);
      this.#writeFrame(0x8, p);
      this.#closeSent = true;
    }
    this.#socket.end();
    // the server answers with its close frame and ends the TCP connection
    setTimeout(() => this.#gone("closed"), 2000).unref?.();
  }

  destroy() {
    this.#gone("closed");
  }
}

function unmask(payload: Buffer, mask: Uint8Array): Buffer {
  const out = Buffer.from(payload);
  maskInPlace(out, mask);
  return out;
}

/** XORs `data` with the 4-byte `mask` (byte i with mask[i % 4]), a word at a time. */
function maskInPlace(data: Uint8Array, mask: Uint8Array): void {
  const n = data.length;
  let i = 0;
  const lead = (4 - (data.byteOffset & 3)) & 3;
  for (; i < lead && i < n; i++) data[i] ^= mask[i & 3];
  const words = (n - i) >>> 2;
  if (words > 0) {
    const rotated = new Uint8Array(4);
    for (let k = 0; k < 4; k++) rotated[k] = mask[(i + k) & 3];
    const m = new Uint32Array(rotated.buffer)[0];
    const w32 = new Uint32Array(data.buffer, data.byteOffset + i, words);
    for (let w = 0; w < words; w++) w32[w] ^= m;
    i += words * 4;
  }
  for (; i < n; i++) data[i] ^= mask[i & 3];
}
