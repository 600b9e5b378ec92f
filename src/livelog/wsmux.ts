/**
 * The client end of websocktunnel's wsmux protocol: many byte streams
 * multiplexed over one WebSocket. Each binary message is one frame: a 1-byte
 * type, the stream id as a little-endian u32, then the payload:
 * - `DAT` (0): stream bytes;
 * - `SYN` (1): the other end opens stream `id` (no payload);
 * - `ACK` (2): a little-endian u32 of bytes the sender consumed (its reader
 *   took them), which the receiver may send again; the reply to a `SYN`
 *   grants the first window;
 * - `FIN` (3): the sender will write no more on `id` (no payload).
 * Streams the server opens have even ids. Both ends give each stream a
 * window of `bufferSize` bytes (4 MiB, as websocktunnel's ends do), so a
 * writer never has more than that in flight unacknowledged. A malformed
 * frame closes the session with a policy-violation close. Pings go out
 * every `keepAliveMs`; a missing pong by the next one ends the session.
 *
 * ```ts
 * const session = new MuxSession(ws, { onStream: (s) => { s.onData = async (b) => {}; } });
 * const why = await session.done;
 * ```
 */
import type { WebSocketConnection } from "./ws_client.ts";

const DAT = 0;
const SYN = 1;
const ACK = 2;
const FIN = 3;
const HEADER = 5;
/** Bytes per DAT frame at most (a window may be larger). */
const MAX_FRAME = 256 * 1024;

/** Options of a `MuxSession`. */
export interface MuxSessionOptions {
  /** Called for each stream the server opens (its `onData`/`onEnd` set in it). */
  onStream: (stream: MuxStream) => void;
  /** Per-stream window, bytes; default 4 MiB. */
  bufferSize?: number;
  /** Interval of keepalive pings, ms; default 20 s. */
  keepAliveMs?: number;
}

/** One wsmux session over an open WebSocket. */
export class MuxSession {
  /** Resolves with why the session ended. */
  readonly done: Promise<string>;
  readonly #ws: WebSocketConnection;
  readonly #streams = new Map<number, MuxStream>();
  readonly #bufferSize: number;
  readonly #onStream: (s: MuxStream) => void;
  #ended?: string;
  #resolveDone!: (why: string) => void;
  #pongSeen = true;
  #keepAlive: ReturnType<typeof setInterval>;

  constructor(ws: WebSocketConnection, opts: MuxSessionOptions) {
    this.#ws = ws;
    this.#bufferSize = opts.bufferSize ?? 4 * 1024 * 1024;
    this.#onStream = opts.onStream;
    this.done = new Promise((r) => this.#resolveDone = r);
    ws.onMessage = (m) => this.#receive(m);
    ws.onPong = () => this.#pongSeen = true;
    ws.onClose = (why) => this.#end(why);
    const every = opts.keepAliveMs ?? 20_000;
    ws.ping();
    this.#pongSeen = false;
    this.#keepAlive = setInterval(() => {
      if (!this.#pongSeen) {
        this.close(`no pong from the server within ${every / 1000} s`);
        return;
      }
      this.#pongSeen = false;
      ws.ping();
    }, every);
    Deno.unrefTimer(this.#keepAlive);
    if (ws.closed) this.#end("connection closed");
  }

  /** True once ended. */
  get ended(): boolean {
    return this.#ended !== undefined;
  }

  /** Number of streams open now. */
  get streamCount(): number {
    return this.#streams.size;
  }

  /** Ends the session: every stream is killed and the WebSocket closed. */
  close(why = "closed"): void {
    this.#ws.close(1000, "");
    this.#end(why);
  }

  /** Sends one frame (used by the streams). */
  send(type: number, id: number, payload?: Uint8Array): Promise<void> {
    if (this.#ended !== undefined) {
      return Promise.reject(new Error(`session ended: ${this.#ended}`));
    }
    const f = new Uint8Array(HEADER + (payload?.length ?? 0));
    f[0] = type;
    new DataView(f.buffer).setUint32(1, id, true);
    if (payload) f.set(payload, HEADER);
    return this.#ws.send(f);
  }

  /** Forgets a stream both ends have finished. */
  forget(id: number): void {
    this.#streams.delete(id);
  }

  #end(why: string) {
    if (this.#ended !== undefined) return;
    this.#ended = why;
    clearInterval(this.#keepAlive);
    for (const s of this.#streams.values()) s.kill(why);
    this.#streams.clear();
    if (!this.#ws.closed) this.#ws.destroy();
    this.#resolveDone(why);
  }

  #violation(why: string) {
    this.#ws.close(1008, why);
    this.#end(`protocol error from the server: ${why}`);
  }

  #receive(m: Uint8Array) {
    if (this.#ended !== undefined) return;
    if (m.length < HEADER) return this.#violation("malformed header");
    const type = m[0];
    const id = new DataView(m.buffer, m.byteOffset, m.byteLength).getUint32(1, true);
    const payload = m.subarray(HEADER);
    if (type > FIN) return this.#violation("malformed header");
    if ((type === SYN || type === FIN) && payload.length !== 0) {
      return this.#violation("malformed payload");
    }
    if (type === ACK && payload.length !== 4) return this.#violation("malformed payload");
    if (type === SYN) {
      if (this.#streams.has(id)) return; // a duplicate SYN is ignored
      const s = new MuxStream(this, id, this.#bufferSize, this.#bufferSize);
      this.#streams.set(id, s);
      this.send(ACK, id, u32(this.#bufferSize)).catch(() => {});
      this.#onStream(s);
      return;
    }
    const s = this.#streams.get(id);
    if (!s) return; // frames for a stream gone already
    if (type === DAT) s.receive(payload);
    else if (type === ACK) {
      s.grant(new DataView(payload.buffer, payload.byteOffset, 4).getUint32(0, true));
    } else s.remoteEnd();
  }
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

/** One multiplexed stream (opened by the server). */
export class MuxStream {
  /** The stream id. */
  readonly id: number;
  /** Receives the stream's bytes in order; each chunk is acknowledged once this resolves. */
  onData: (chunk: Uint8Array) => Promise<void> = () => Promise.resolve();
  /** Called after the last byte when the server sent FIN. */
  onEnd: () => void = () => {};
  /** Called when the stream dies (session gone, window overrun). */
  onKill: (why: string) => void = () => {};
  readonly #session: MuxSession;
  readonly #bufferSize: number;
  #window: number;
  #buffered = 0;
  #inbound: Promise<void> = Promise.resolve();
  #localEnded = false;
  #remoteEnded = false;
  #dead?: string;
  #wake?: () => void;

  constructor(session: MuxSession, id: number, window: number, bufferSize: number) {
    this.#session = session;
    this.id = id;
    this.#window = window;
    this.#bufferSize = bufferSize;
  }

  /** Writes `data`, waiting for window as needed; rejects when the stream is dead or ended. */
  async write(data: Uint8Array): Promise<void> {
    let off = 0;
    while (off < data.length) {
      while (this.#window === 0 && this.#dead === undefined && !this.#localEnded) {
        await new Promise<void>((r) => this.#wake = r);
      }
      if (this.#dead !== undefined) throw new Error(`stream ${this.id} dead: ${this.#dead}`);
      if (this.#localEnded) throw new Error(`stream ${this.id} already ended`);
      const n = Math.min(data.length - off, this.#window, MAX_FRAME);
      this.#window -= n;
      await this.#session.send(DAT, this.id, data.subarray(off, off + n));
      off += n;
    }
  }

  /** Sends FIN: nothing more will be written. */
  end(): void {
    if (this.#localEnded || this.#dead !== undefined) return;
    this.#localEnded = true;
    this.#wake?.();
    this.#session.send(FIN, this.id).catch(() => {});
    if (this.#remoteEnded) this.#session.forget(this.id);
  }

  /** Kills the stream without a FIN (the session is gone). */
  kill(why: string): void {
    if (this.#dead !== undefined) return;
    this.#dead = why;
    this.#wake?.();
    this.onKill(why);
  }

  /** (session) DAT arrived. */
  receive(payload: Uint8Array): void {
    if (this.#dead !== undefined || this.#remoteEnded) return;
    this.#buffered += payload.length;
    if (this.#buffered > this.#bufferSize) {
      this.#session.forget(this.id);
      this.kill("the server overran the stream's window");
      return;
    }
    const chunk = payload.slice();
    this.#inbound = this.#inbound.then(async () => {
      if (this.#dead !== undefined) return;
      try {
        await this.onData(chunk);
      } catch (e) {
        this.end();
        this.kill(`local write failed: ${(e as Error).message}`);
        return;
      }
      this.#buffered -= chunk.length;
      await this.#session.send(ACK, this.id, u32(chunk.length)).catch(() => {});
    });
  }

  /** (session) ACK arrived. */
  grant(n: number): void {
    this.#window += n;
    const w = this.#wake;
    this.#wake = undefined;
    w?.();
  }

  /** (session) FIN arrived. */
  remoteEnd(): void {
    if (this.#remoteEnded) return;
    this.#remoteEnded = true;
    if (this.#localEnded) this.#session.forget(this.id);
    this.#inbound = this.#inbound.then(() => {
      if (this.#dead === undefined) this.onEnd();
    });
  }
}
