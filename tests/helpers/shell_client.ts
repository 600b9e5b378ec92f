/**
 * A client of the interactive shell's websocket (spec 12.3 protocol: 0x01 stdin, 0x02 resize with
 * two little-endian uint16, binary frames of terminal output), for the end-to-end tests.
 *
 * ```ts
 * const c = await ShellClient.open(socketUrl);
 * await c.run("echo id=$TASK_ID", /id=(\S+)/);
 * ```
 */
import { assert } from "./assert.ts";

/** Polls `fn` until it gives a value (rejections count as none), or throws after the timeout. */
export async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A shell client speaking the spec 12.3 protocol. */
export class ShellClient {
  text = "";
  closed: Promise<void>;
  #ws: WebSocket;
  private constructor(ws: WebSocket) {
    this.#ws = ws;
    const dec = new TextDecoder();
    ws.onmessage = (e) => {
      assert(e.data instanceof ArrayBuffer, "the server must send binary frames");
      this.text += dec.decode(new Uint8Array(e.data), { stream: true });
    };
    this.closed = new Promise((r) => ws.addEventListener("close", () => r()));
  }

  static async open(url: string): Promise<ShellClient> {
    const ws = new WebSocket(url);
    ws.binaryType = "arraybuffer";
    const c = new ShellClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.onopen = () => resolve();
      ws.onerror = () => reject(new Error(`cannot open ${url}`));
    });
    return c;
  }

  type(s: string): void {
    const b = new TextEncoder().encode(s);
    const m = new Uint8Array(b.length + 1);
    m[0] = 1;
    m.set(b, 1);
    this.#ws.send(m);
  }

  resize(rows: number, cols: number): void {
    const m = new Uint8Array(5);
    const v = new DataView(m.buffer);
    m[0] = 2;
    v.setUint16(1, rows, true);
    v.setUint16(3, cols, true);
    this.#ws.send(m);
  }

  /** Waits until the output (from `from` on) matches; returns the match. */
  async expect(re: RegExp, from = 0, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    return await waitFor(
      () => Promise.resolve(this.text.slice(from).match(re) ?? undefined),
      timeoutMs,
    ).catch(() => {
      throw new Error(`no ${re} in shell output: ${JSON.stringify(this.text.slice(from))}`);
    });
  }

  /** Types a command line and waits for a line it prints (`re` matched after a \r or \n). */
  async run(line: string, re: RegExp): Promise<RegExpMatchArray> {
    const from = this.text.length;
    this.type(line + "\r");
    return await this.expect(new RegExp(`[\r\n]${re.source}\r\n`), from);
  }

  close(): void {
    this.#ws.close();
  }
}
