/**
 * The server end of websocktunnel's wsmux framing, over a WebSocket accepted
 * with `Deno.upgradeWebSocket` (written from the protocol description in
 * websocktunnel's `wsmux` docs; it shares no code with the worker's client).
 *
 * Frames are binary messages `[type u8][stream id u32 LE][payload]`:
 * DAT 0 (bytes), SYN 1 (open, empty), ACK 2 (u32 LE count of bytes the
 * sender consumed, or on a SYN the window it grants), FIN 3 (no more data,
 * empty). The server opens even-numbered streams; a stream is usable once
 * the client ACKs its SYN, with the ACKed count as the server's send window.
 * The server grants the client a window of `bufferSize` (4 MiB) per stream
 * and ACKs bytes as its reader takes them. Anything malformed closes the
 * session (close code 1008).
 */

const DAT = 0;
const SYN = 1;
const ACK = 2;
const FIN = 3;

/** The server side of one tunnel client's session. */
export class TunnelSession {
  /** Resolves once the WebSocket is gone. */
  readonly closed: Promise<void>;
  readonly #ws: WebSocket;
  readonly #bufferSize: number;
  readonly #streams = new Map<number, TunnelStream>();
  #nextId = 0;
  #gone = false;

  constructor(ws: WebSocket, bufferSize = 4 * 1024 * 1024) {
    this.#ws = ws;
    this.#bufferSize = bufferSize;
    ws.binaryType = "arraybuffer";
    this.closed = new Promise((resolve) => {
      ws.addEventListener("close", () => {
        this.#shutdown();
        resolve();
      });
      ws.addEventListener("error", () => {
        this.#shutdown();
        resolve();
      });
    });
    ws.addEventListener("message", (ev) => this.#onMessage(ev.data));
  }

  /** Whether the session still works. */
  get open(): boolean {
    return !this.#gone;
  }

  /** Opens a stream; resolves once the client accepted it (rejects after `timeoutMs`). */
  openStream(timeoutMs = 30_000): Promise<TunnelStream> {
    if (this.#gone) return Promise.reject(new Error("session closed"));
    let id = this.#nextId;
    while (this.#streams.has(id)) id = (id + 2) % 2 ** 32;
    this.#nextId = (id + 2) % 2 ** 32;
    const s = new TunnelStream(this, id, this.#bufferSize);
    this.#streams.set(id, s);
    this.sendFrame(SYN, id);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.#streams.delete(id);
        reject(new Error("the tunnel client did not accept the stream in time"));
      }, timeoutMs);
      s.accepted.then(() => {
        clearTimeout(t);
        resolve(s);
      }, (e) => {
        clearTimeout(t);
        reject(e);
      });
    });
  }

  /** Closes the WebSocket (the client sees a close frame). */
  close(code = 1000, reason = ""): void {
    try {
      this.#ws.close(code, reason);
    } catch { /* already closing */ }
    this.#shutdown();
  }

  /** (streams) Sends a frame; false when the session is gone. */
  sendFrame(type: number, id: number, payload?: Uint8Array): boolean {
    if (this.#gone || this.#ws.readyState !== WebSocket.OPEN) return false;
    const frame = new Uint8Array(5 + (payload?.length ?? 0));
    frame[0] = type;
    frame[1] = id & 0xff;
    frame[2] = (id >>> 8) & 0xff;
    frame[3] = (id >>> 16) & 0xff;
    frame[4] = (id >>> 24) & 0xff;
    if (payload) frame.set(payload, 5);
    this.#ws.send(frame);
    return true;
  }

  /** Bytes queued in the WebSocket but not yet sent. */
  get backlog(): number {
    return this.#ws.bufferedAmount;
  }

  /** (streams) Drops a finished stream. */
  drop(id: number): void {
    this.#streams.delete(id);
  }

  #shutdown() {
    if (this.#gone) return;
    this.#gone = true;
    for (const s of this.#streams.values()) s.fail(new Error("tunnel connection closed"));
    this.#streams.clear();
  }

  #violation(why: string) {
    this.close(1008, why);
  }

  #onMessage(data: unknown) {
    if (!(data instanceof ArrayBuffer)) return this.#violation("text message");
    const b = new Uint8Array(data);
    if (b.length < 5 || b[0] > FIN) return this.#violation("malformed header");
    const id = (b[1] | (b[2] << 8) | (b[3] << 16) | (b[4] << 24)) >>> 0;
    const payload = b.subarray(5);
    const s = this.#streams.get(id);
    switch (b[0]) {
      case SYN:
        // the tunnel client never opens streams towards the server: refuse politely
        if (payload.length) return this.#violation("malformed payload");
        this.sendFrame(FIN, id);
        return;
      case ACK: {
        if (payload.length !== 4) return this.#violation("malformed payload");
        const n = (payload[0] | (payload[1] << 8) | (payload[2] << 16) | (payload[3] << 24)) >>> 0;
        s?.ack(n);
        return;
      }
      case DAT:
        s?.data(payload.slice());
        return;
      case FIN:
        if (payload.length) return this.#violation("malformed payload");
        s?.fin();
        return;
    }
  }
}

/** A server-opened stream: `readable` carries the client's bytes. */
export class TunnelStream {
  readonly id: number;
  /** Resolves when the client ACKed the SYN. */
  readonly accepted: Promise<void>;
  /** The client's bytes; each chunk is ACKed as it is read. */
  readonly readable: ReadableStream<Uint8Array>;
  readonly #session: TunnelSession;
  readonly #capacity: number;
  #accept!: { resolve: () => void; reject: (e: Error) => void };
  #isAccepted = false;
  #window = 0;
  #queue: Uint8Array[] = [];
  #queued = 0;
  #remoteDone = false;
  #localDone = false;
  #error?: Error;
  #pull?: () => void;
  #windowWaiter?: () => void;

  constructor(session: TunnelSession, id: number, capacity: number) {
    this.#session = session;
    this.id = id;
    this.#capacity = capacity;
    this.accepted = new Promise((resolve, reject) => this.#accept = { resolve, reject });
    this.accepted.catch(() => {});
    this.readable = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        while (!this.#queue.length && !this.#remoteDone && !this.#error) {
          await new Promise<void>((r) => this.#pull = r);
        }
        const chunk = this.#queue.shift();
        if (chunk) {
          this.#queued -= chunk.length;
          const ack = new Uint8Array(4);
          new DataView(ack.buffer).setUint32(0, chunk.length, true);
          this.#session.sendFrame(ACK, this.id, ack);
          controller.enqueue(chunk);
          return;
        }
        if (this.#error) controller.error(this.#error);
        else controller.close();
      },
      cancel: () => this.close(),
    });
  }

  /** Writes bytes to the client within the window the client granted. */
  async write(data: Uint8Array): Promise<void> {
    let off = 0;
    while (off < data.length) {
      while (this.#window === 0 && !this.#error && !this.#localDone) {
        await new Promise<void>((r) => this.#windowWaiter = r);
      }
      if (this.#error) throw this.#error;
      if (this.#localDone) throw new Error("stream closed");
      const n = Math.min(this.#window, data.length - off, 128 * 1024);
      this.#window -= n;
      if (!this.#session.sendFrame(DAT, this.id, data.subarray(off, off + n))) {
        throw new Error("tunnel connection closed");
      }
      off += n;
      // do not pile up more than a few MiB in the WebSocket's send buffer
      while (this.#session.backlog > 4 * 1024 * 1024 && this.#session.open) {
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  }

  /** Sends FIN (once) and forgets the stream when the client finished too. */
  close(): void {
    if (this.#localDone) return;
    this.#localDone = true;
    this.#wakeWriter();
    this.#session.sendFrame(FIN, this.id);
    if (this.#remoteDone) this.#session.drop(this.id);
  }

  /** (session) ACK from the client. */
  ack(n: number): void {
    if (!this.#isAccepted) {
      this.#isAccepted = true;
      this.#window += n;
      this.#accept.resolve();
      return;
    }
    this.#window += n;
    this.#wakeWriter();
  }

  /** (session) DAT from the client. */
  data(b: Uint8Array): void {
    if (this.#remoteDone || this.#error) return;
    this.#queued += b.length;
    if (this.#queued > this.#capacity) {
      this.fail(new Error("the tunnel client overran the stream window"));
      this.close();
      return;
    }
    this.#queue.push(b);
    this.#wakeReader();
  }

  /** (session) FIN from the client. */
  fin(): void {
    this.#remoteDone = true;
    this.#wakeReader();
    if (this.#localDone) this.#session.drop(this.id);
  }

  /** The session died: readers and writers fail. */
  fail(e: Error): void {
    if (this.#error) return;
    this.#error = e;
    if (!this.#isAccepted) this.#accept.reject(e);
    this.#wakeReader();
    this.#wakeWriter();
  }

  #wakeReader() {
    const p = this.#pull;
    this.#pull = undefined;
    p?.();
  }

  #wakeWriter() {
    const w = this.#windowWaiter;
    this.#windowWaiter = undefined;
    w?.();
  }
}
