/**
 * HTTP/1.1 through one tunnel stream, as websocktunnel's proxy does for a
 * viewer: the viewer's request is written on the stream with the tunnel id
 * cut from its path (header `x-websocktunnel-original-path` keeps the full
 * one), the client's reply is parsed from the stream (status line, headers,
 * then a body framed by `Content-Length`, chunked, or the stream's end) and
 * streamed to the viewer as it arrives. The stream is closed when the reply
 * is done or the viewer goes away.
 */
import type { TunnelStream } from "./websocktunnel_mux.ts";

/** Headers that describe one connection, not the message: never forwarded. */
export const HOP_BY_HOP: Set<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
]);

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Sends `req` (for `path` on the client) through `stream`; resolves with the client's reply. */
export async function forwardRequest(
  stream: TunnelStream,
  req: Request,
  path: string,
): Promise<Response> {
  const url = new URL(req.url);
  const body = req.body && req.method !== "GET" && req.method !== "HEAD"
    ? new Uint8Array(await req.arrayBuffer())
    : undefined;
  let head = `${req.method} ${path} HTTP/1.1\r\nHost: ${url.host}\r\n`;
  for (const [k, v] of req.headers) {
    if (k === "host" || k === "content-length" || HOP_BY_HOP.has(k)) continue;
    if (k === "x-websocktunnel-original-path") continue;
    head += `${k}: ${v}\r\n`;
  }
  head += `x-websocktunnel-original-path: ${url.pathname}\r\n`;
  if (body) head += `Content-Length: ${body.length}\r\n`;
  head += "Connection: close\r\n\r\n";
  await stream.write(enc.encode(head));
  if (body?.length) await stream.write(body);

  const reader = new ByteReader(stream.readable.getReader());
  const headText = await reader.readHead();
  const lines = headText.split("\r\n");
  const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0]);
  if (!m) throw new Error(`malformed status line from the tunnel client: ${lines[0].slice(0, 80)}`);
  const status = Number(m[1]);
  const headers = new Headers();
  let chunked = false;
  let length: number | undefined;
  for (const line of lines.slice(1)) {
    const i = line.indexOf(":");
    if (i <= 0) throw new Error("malformed header line from the tunnel client");
    const k = line.slice(0, i).trim().toLowerCase();
    const v = line.slice(i + 1).trim();
    if (k === "transfer-encoding") chunked = /chunked/i.test(v);
    if (k === "content-length") length = Number(v);
    if (HOP_BY_HOP.has(k)) continue;
    headers.append(k, v);
  }
  const noBody = req.method === "HEAD" || status === 204 || status === 304 || status < 200;
  if (noBody) {
    stream.close();
    reader.cancel();
    return new Response(null, { status, headers });
  }
  const source = chunked
    ? reader.chunked()
    : length !== undefined
    ? reader.exactly(length)
    : reader.rest();
  const out = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await source.next();
        if (done) {
          stream.close();
          controller.close();
        } else controller.enqueue(value);
      } catch (e) {
        stream.close();
        controller.error(e);
      }
    },
    cancel() {
      stream.close();
      reader.cancel();
    },
  });
  return new Response(out, { status, headers });
}

/** Reads bytes from a stream reader with look-ahead. */
export class ByteReader {
  #r: ReadableStreamDefaultReader<Uint8Array>;
  #buf = new Uint8Array(0);
  #eof = false;

  constructor(r: ReadableStreamDefaultReader<Uint8Array>) {
    this.#r = r;
  }

  async #more(): Promise<boolean> {
    if (this.#eof) return false;
    const { value, done } = await this.#r.read();
    if (done) {
      this.#eof = true;
      return false;
    }
    const b = new Uint8Array(this.#buf.length + value.length);
    b.set(this.#buf);
    b.set(value, this.#buf.length);
    this.#buf = b;
    return true;
  }

  #take(n: number): Uint8Array {
    const out = this.#buf.subarray(0, n);
    this.#buf = this.#buf.subarray(n);
    return out;
  }

  #find(seq: string, from = 0): number {
    const s = enc.encode(seq);
    outer: for (let i = from; i + s.length <= this.#buf.length; i++) {
      for (let j = 0; j < s.length; j++) if (this.#buf[i + j] !== s[j]) continue outer;
      return i;
    }
    return -1;
  }

  /** The status line and headers (without the blank line). */
  async readHead(): Promise<string> {
    for (;;) {
      const i = this.#find("\r\n\r\n");
      if (i >= 0) {
        const head = dec.decode(this.#take(i));
        this.#take(4);
        return head;
      }
      if (this.#buf.length > 65536) throw new Error("reply head from the tunnel client too large");
      if (!await this.#more()) {
        throw new Error("the tunnel client closed the stream before replying");
      }
    }
  }

  async #line(): Promise<string> {
    for (;;) {
      const i = this.#find("\r\n");
      if (i >= 0) {
        const l = dec.decode(this.#take(i));
        this.#take(2);
        return l;
      }
      if (this.#buf.length > 4096) throw new Error("chunk header too long");
      if (!await this.#more()) throw new Error("reply from the tunnel client cut short");
    }
  }

  /** Everything until the stream ends. */
  async *rest(): AsyncGenerator<Uint8Array> {
    for (;;) {
      if (this.#buf.length) yield this.#take(this.#buf.length).slice();
      if (!await this.#more()) return;
    }
  }

  /** Exactly `n` bytes. */
  async *exactly(n: number): AsyncGenerator<Uint8Array> {
    let left = n;
    while (left > 0) {
      if (!this.#buf.length && !await this.#more()) {
        throw new Error("reply from the tunnel client cut short");
      }
      const c = this.#take(Math.min(left, this.#buf.length)).slice();
      left -= c.length;
      yield c;
    }
  }

  /** A chunked body, decoded. */
  async *chunked(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const size = parseInt((await this.#line()).split(";")[0].trim(), 16);
      if (!Number.isFinite(size) || size < 0) throw new Error("malformed chunk size");
      if (size === 0) {
        // trailers up to the blank line
        while ((await this.#line()) !== "");
        return;
      }
      yield* this.exactly(size);
      if ((await this.#line()) !== "") throw new Error("malformed chunk end");
    }
  }

  /** Stops reading (the stream is not wanted any more). */
  cancel(): void {
    this.#r.cancel().catch(() => {});
  }
}
