/**
 * The worker-runner protocol (spec 15): line-based JSON messages `~{...}`
 * over the worker's stdin/stdout (or a pair of pipes). The runner sends
 * `welcome` with its capabilities; the worker answers `hello` with its own;
 * a message is only sent when both sides have the capability.
 */

/** Every capability this worker supports. */
export const WORKER_CAPABILITIES = [
  "graceful-termination",
  "new-credentials",
  "error-report",
  "log",
  "shutdown",
] as const;

/** One protocol message: a `type` plus flat properties. */
export interface ProtocolMessage {
  type: string;
  [key: string]: unknown;
}

type Handler = (msg: ProtocolMessage) => void;

/** Parses one line; returns the message, or undefined for a non-protocol line. */
export function parseProtocolLine(line: string): ProtocolMessage | undefined {
  if (!line.startsWith("~{") || !line.trimEnd().endsWith("}")) return undefined;
  try {
    const msg = JSON.parse(line.slice(1));
    if (typeof msg === "object" && msg !== null && typeof msg.type === "string") return msg;
  } catch {
    // not a protocol message
  }
  return undefined;
}

/** The worker's end of the protocol. */
export class RunnerProtocol {
  #handlers = new Map<string, Handler[]>();
  #theirCapabilities: Set<string> | null = null;
  #welcome: Promise<void>;
  #resolveWelcome!: () => void;
  #encoder = new TextEncoder();
  #writeChain: Promise<void> = Promise.resolve();

  constructor(
    private input: ReadableStream<Uint8Array>,
    private output: WritableStreamDefaultWriter<Uint8Array>,
    private onOtherLine: (line: string) => void = () => {},
  ) {
    this.#welcome = new Promise((r) => (this.#resolveWelcome = r));
    this.on("welcome", (msg) => {
      const caps = Array.isArray(msg.capabilities) ? msg.capabilities.map(String) : [];
      this.#theirCapabilities = new Set(caps);
      this.#rawSend({ type: "hello", capabilities: [...WORKER_CAPABILITIES] });
      this.#resolveWelcome();
    });
  }

  /** Registers a handler for messages of `type`. */
  on(type: string, handler: Handler): void {
    const list = this.#handlers.get(type) ?? [];
    list.push(handler);
    this.#handlers.set(type, list);
  }

  /** Resolves once the runner's welcome arrived (or after `timeoutMs`). */
  async waitForWelcome(timeoutMs: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), timeoutMs)));
    const ok = await Promise.race([this.#welcome.then(() => true as const), timeout]);
    clearTimeout(timer);
    return ok;
  }

  /** True when both sides support `capability`. */
  capable(capability: string): boolean {
    return (WORKER_CAPABILITIES as readonly string[]).includes(capability) &&
      (this.#theirCapabilities?.has(capability) ?? false);
  }

  /** Sends `msg` if the capability named by its type (or `capability`) is shared. */
  send(msg: ProtocolMessage, capability = msg.type): boolean {
    if (!this.capable(capability)) return false;
    this.#rawSend(msg);
    return true;
  }

  #rawSend(msg: ProtocolMessage): void {
    const bytes = this.#encoder.encode(`~${JSON.stringify(msg)}\n`);
    this.#writeChain = this.#writeChain.then(() => this.output.write(bytes)).catch(() => {});
  }

  /** Waits until everything sent so far is written. */
  flush(): Promise<void> {
    return this.#writeChain;
  }

  /** Reads the input until it ends, dispatching messages. */
  async readLoop(): Promise<void> {
    const reader = this.input.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value;
        let nl: number;
        while ((nl = buf.indexOf("\n")) >= 0) {
          const line = buf.slice(0, nl).replace(/\r$/, "");
          buf = buf.slice(nl + 1);
          this.#dispatch(line);
        }
      }
      if (buf.length > 0) this.#dispatch(buf);
    } finally {
      reader.releaseLock();
    }
  }

  #dispatch(line: string): void {
    const msg = parseProtocolLine(line);
    if (!msg) {
      if (line.trim().length > 0) this.onOtherLine(line);
      return;
    }
    for (const h of this.#handlers.get(msg.type) ?? []) h(msg);
  }
}
