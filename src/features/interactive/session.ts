/**
 * One interactive shell session: a websocket joined to a command in a
 * pseudo-terminal (spec 12.3, Go's `interactive/interactivejob.go`).
 *
 * Client -> server messages (binary or text): first byte `0x01` = the rest
 * are stdin bytes; `0x02` = resize, two little-endian uint16 (rows, then
 * columns: the Taskcluster UI sends its height first, and the Go worker
 * applies the first number to rows); shorter resize messages and unknown
 * codes are ignored. Server -> client: binary frames with the terminal's
 * output; errors as text in binary frames. The session ends (its terminal
 * session killed, socket closed) when the command exits, the client goes
 * away, or `close()` is called at the end of the task.
 */
import type { PtyProcess } from "../../platform/pty.ts";

/** Client message code: stdin bytes follow. */
export const MSG_STDIN = 1;
/** Client message code: two little-endian uint16 follow (rows, columns). */
export const MSG_RESIZE = 2;

/** The socket side of a session (a Hono `WSContext` fits). */
export interface SessionSocket {
  send(data: Uint8Array<ArrayBuffer> | string): void;
  close(code?: number, reason?: string): void;
}

/** A decoded client message. */
export type ClientMessage =
  | { kind: "stdin"; data: Uint8Array }
  | { kind: "resize"; rows: number; cols: number }
  | { kind: "ignored"; why: string };

/** Decodes one client message (spec 12.3 protocol). */
export function decodeClientMessage(msg: Uint8Array): ClientMessage {
  if (msg.length === 0) return { kind: "ignored", why: "empty message" };
  switch (msg[0]) {
    case MSG_STDIN:
      return { kind: "stdin", data: msg.subarray(1) };
    case MSG_RESIZE: {
      if (msg.length < 5) {
        return {
          kind: "ignored",
          why:
            `Ignoring malformed resize message from interactive task (only got ${msg.length} bytes)`,
        };
      }
      const v = new DataView(msg.buffer, msg.byteOffset, msg.byteLength);
      return { kind: "resize", rows: v.getUint16(1, true), cols: v.getUint16(3, true) };
    }
    default:
      return { kind: "ignored", why: "Unknown message code received from interactive task" };
  }
}

const enc = new TextEncoder();

/** A running session. */
export class ShellSession {
  #pty: PtyProcess;
  #socket: SessionSocket;
  #queue: Promise<void>;
  #closed = false;
  #log: (line: string) => void;
  /** Resolves once the session ended and its processes are gone. */
  readonly done: Promise<void>;
  #ended!: () => void;

  /** Joins `socket` to `pty` (output streams at once; input waits for the terminal to be ready). */
  constructor(pty: PtyProcess, socket: SessionSocket, log: (line: string) => void) {
    this.#pty = pty;
    this.#socket = socket;
    this.#log = log;
    this.done = new Promise((r) => this.#ended = r);
    this.#queue = pty.ready.catch(() => {});
    void this.#pumpOutput();
    void pty.exited.then(() => this.close());
  }

  async #pumpOutput(): Promise<void> {
    try {
      for await (const chunk of this.#pty.output) {
        if (this.#closed) break;
        this.#socket.send(chunk);
      }
    } catch { /* socket gone */ }
  }

  /** Handles one client message (in arrival order). */
  receive(data: Uint8Array | string): void {
    if (this.#closed) return;
    const msg = decodeClientMessage(typeof data === "string" ? enc.encode(data) : data);
    this.#queue = this.#queue.then(async () => {
      if (this.#closed) return;
      try {
        if (msg.kind === "stdin") await this.#pty.write(msg.data);
        else if (msg.kind === "resize") await this.#pty.resize(msg.rows, msg.cols);
        else this.#log(msg.why);
      } catch (e) {
        this.reportError(`Error occured: ${(e as Error).message}`);
        await this.close();
      }
    });
  }

  /** Sends an error text to the client (binary frame) and the worker log. */
  reportError(text: string): void {
    this.#log(text);
    try {
      this.#socket.send(enc.encode(text));
    } catch { /* socket gone */ }
  }

  /** Ends the session: kills every process of its terminal, closes the socket. */
  async close(): Promise<void> {
    if (this.#closed) return await this.done;
    this.#closed = true;
    try {
      await this.#pty.kill();
    } finally {
      try {
        this.#socket.close(1000, "");
      } catch { /* already closed */ }
      this.#ended();
    }
  }
}
