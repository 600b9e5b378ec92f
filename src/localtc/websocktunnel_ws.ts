/**
 * WebSocket viewers through a tunnel stream, as websocktunnel's proxy does
 * them (the interactive shell's socket): the server dials the tunnel client
 * as a WebSocket client over the stream (its own upgrade request, headers
 * of the viewer's kept except the WebSocket ones, the path with the tunnel
 * id cut), and once the client answers 101 it upgrades the viewer and
 * relays messages both ways: text and binary messages, close codes, pings
 * answered. A client that answers anything else has that reply passed on.
 */
import { Buffer } from "node:buffer";
import { ByteReader, HOP_BY_HOP } from "./websocktunnel_http.ts";
import type { TunnelStream } from "./websocktunnel_mux.ts";

const enc = new TextEncoder();

/** Relays a WebSocket viewer `req` to `path` on the tunnel client behind `stream`. */
export async function forwardWebSocket(
  stream: TunnelStream,
  req: Request,
  path: string,
): Promise<Response> {
  const url = new URL(req.url);
  const key = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const protocols = req.headers.get("sec-websocket-protocol");
  let head = `GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\n`;
  for (const [k, v] of req.headers) {
    if (k === "host" || HOP_BY_HOP.has(k) || k.startsWith("sec-websocket-")) continue;
    if (k === "x-websocktunnel-original-path") continue;
    head += `${k}: ${v}\r\n`;
  }
  head += `x-websocktunnel-original-path: ${url.pathname}\r\n`;
  head += "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n";
  head += `Sec-WebSocket-Key: ${key}\r\n`;
  if (protocols) head += `Sec-WebSocket-Protocol: ${protocols}\r\n`;
  await stream.write(enc.encode(head + "\r\n"));

  const reader = new ByteReader(stream.readable.getReader());
  const lines = (await reader.readHead()).split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0])?.[1] ?? "0");
  const headers = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const i = l.indexOf(":");
    if (i > 0) headers.set(l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim());
  }
  if (status !== 101) {
    stream.close();
    reader.cancel();
    const h = new Headers();
    for (const [k, v] of headers) if (!HOP_BY_HOP.has(k) && k !== "content-length") h.set(k, v);
    return new Response(`the tunnel client refused the WebSocket (${status})\n`, {
      status: status >= 200 && status < 600 ? status : 502,
      headers: h,
    });
  }
  const accept = Buffer.from(
    await crypto.subtle.digest(
      "SHA-1",
      enc.encode(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
    ),
  ).toString("base64");
  if (headers.get("sec-websocket-accept") !== accept) {
    stream.close();
    reader.cancel();
    return new Response("the tunnel client's WebSocket handshake is invalid\n", { status: 502 });
  }
  const protocol = headers.get("sec-websocket-protocol");
  const { socket: viewer, response } = Deno.upgradeWebSocket(req, protocol ? { protocol } : {});
  viewer.binaryType = "arraybuffer";

  let done = false;
  const finish = (code?: number, reason?: string) => {
    if (done) return;
    done = true;
    try {
      if (viewer.readyState === WebSocket.OPEN) viewer.close(code ?? 1000, reason ?? "");
    } catch { /* closing already */ }
    stream.close();
    reader.cancel();
  };
  // viewer -> tunnel client (as a client: masked frames)
  let sending = Promise.resolve();
  const toClient = (opcode: number, payload: Uint8Array) => {
    sending = sending.then(() => stream.write(clientFrame(opcode, payload))).catch(() =>
      finish(1011, "tunnel stream failed")
    );
  };
  viewer.onmessage = (ev) => {
    if (typeof ev.data === "string") toClient(0x1, enc.encode(ev.data));
    else toClient(0x2, new Uint8Array(ev.data as ArrayBuffer));
  };
  viewer.onclose = (ev) => {
    const p = new Uint8Array(2 + enc.encode(ev.reason ?? "").length);
    new DataView(p.buffer).setUint16(0, ev.code && ev.code !== 1005 ? ev.code : 1000);
    p.set(enc.encode(ev.reason ?? ""), 2);
    toClient(0x8, p);
    sending.then(() => finish());
  };
  // tunnel client -> viewer (unmasked server frames)
  (async () => {
    let buf = new Uint8Array(0);
    let parts: Uint8Array[] = [];
    let partsOpcode = 0;
    try {
      for await (const chunk of reader.rest()) {
        const b = new Uint8Array(buf.length + chunk.length);
        b.set(buf);
        b.set(chunk, buf.length);
        buf = b;
        for (;;) {
          const f = parseFrame(buf);
          if (!f) break;
          buf = buf.subarray(f.size);
          if (f.opcode === 0x9) toClient(0xa, f.payload);
          else if (f.opcode === 0x8) {
            const code = f.payload.length >= 2
              ? new DataView(f.payload.buffer, f.payload.byteOffset).getUint16(0)
              : 1000;
            finish(code === 1005 ? 1000 : code, new TextDecoder().decode(f.payload.subarray(2)));
            return;
          } else if (f.opcode === 0x1 || f.opcode === 0x2 || f.opcode === 0x0) {
            if (f.opcode !== 0x0) partsOpcode = f.opcode;
            parts.push(f.payload.slice());
            if (!f.fin) continue;
            const all = Buffer.concat(parts);
            parts = [];
            if (viewer.readyState !== WebSocket.OPEN) continue;
            if (partsOpcode === 0x1) viewer.send(all.toString("utf8"));
            else viewer.send(new Uint8Array(all));
          }
        }
      }
    } catch { /* stream gone */ }
    finish(1001, "tunnel client went away");
  })();
  return response;
}

/** A masked (client-to-server) frame. */
function clientFrame(opcode: number, payload: Uint8Array): Uint8Array {
  const n = payload.length;
  const headLen = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const f = new Uint8Array(headLen + 4 + n);
  const dv = new DataView(f.buffer);
  f[0] = 0x80 | opcode;
  if (n < 126) f[1] = 0x80 | n;
  else if (n < 65536) {
    f[1] = 0x80 | 126;
    dv.setUint16(2, n);
  } else {
    f[1] = 0x80 | 127;
    dv.setBigUint64(2, BigInt(n));
  }
  const mask = crypto.getRandomValues(new Uint8Array(4));
  f.set(mask, headLen);
  for (let i = 0; i < n; i++) f[headLen + 4 + i] = payload[i] ^ mask[i % 4];
  return f;
}

/** One frame from the start of `b`, or undefined when it is not complete yet. */
function parseFrame(
  b: Uint8Array,
): { fin: boolean; opcode: number; payload: Uint8Array; size: number } | undefined {
  if (b.length < 2) return undefined;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let len = b[1] & 0x7f;
  let off = 2;
  if (len === 126) {
    if (b.length < 4) return undefined;
    len = dv.getUint16(2);
    off = 4;
  } else if (len === 127) {
    if (b.length < 10) return undefined;
    len = Number(dv.getBigUint64(2));
    off = 10;
  }
  const masked = (b[1] & 0x80) !== 0;
  const maskAt = off;
  if (masked) off += 4;
  if (b.length < off + len) return undefined;
  let payload = b.subarray(off, off + len);
  if (masked) {
    payload = payload.map((x, i) => x ^ b[maskAt + (i % 4)]);
  }
  return { fin: (b[0] & 0x80) !== 0, opcode: b[0] & 0x0f, payload, size: off + len };
}
