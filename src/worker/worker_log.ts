/**
 * The worker's own log (not a task log): lines `2006/01/02 15:04:05Z <msg>`
 * in UTC on stderr (or sent as worker-runner `log` messages), and the
 * `WORKER_METRICS {...}` lines (spec 7.1).
 */

/** Where worker log lines go; worker-runner mode swaps the sink. */
export type LogSink = (line: string) => void;

const encoder = new TextEncoder();

/** The default sink: one line on stderr. */
export const stderrSink: LogSink = (line) => {
  Deno.stderr.writeSync(encoder.encode(line + "\n"));
};

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Formats a timestamp the way the Go worker's logger does: `2006/01/02 15:04:05Z`. */
export function workerLogTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${
    pad(d.getUTCHours())
  }:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
}

/** Fields common to every WORKER_METRICS event. */
export interface MetricsContext {
  workerPoolId: string;
  workerId: string;
  region: string;
  instanceType: string;
}

/** The worker logger. `secrets` are masked in every line. */
export class WorkerLog {
  #secrets: string[] = [];
  constructor(
    private sink: LogSink = stderrSink,
    private now: () => number = Date.now,
  ) {}

  /** Replaces the sink (worker-runner protocol). */
  setSink(sink: LogSink): void {
    this.sink = sink;
  }

  /** Registers a value that must never appear in the log (e.g. an access token). */
  addSecret(secret: string): void {
    if (secret.length > 0 && !this.#secrets.includes(secret)) this.#secrets.push(secret);
  }

  /** Logs one message; multi-line messages give one line each. */
  log(message: string): void {
    let text = message;
    for (const s of this.#secrets) text = text.split(s).join("*************");
    const ts = workerLogTimestamp(this.now());
    for (const line of text.split("\n")) this.sink(`${ts} ${line}`);
  }

  /** Logs a WORKER_METRICS line for `eventType`. */
  metrics(
    ctx: MetricsContext,
    eventType: string,
    extra: { taskId?: string; runId?: number; timestamp?: number } = {},
  ): void {
    const event: Record<string, unknown> = {
      eventType,
      worker: "generic-worker",
      workerPoolId: ctx.workerPoolId,
      workerId: ctx.workerId,
      timestamp: extra.timestamp ?? Math.floor(this.now() / 1000),
      region: ctx.region,
      instanceType: ctx.instanceType,
    };
    if (extra.taskId !== undefined) event.taskId = extra.taskId;
    if (extra.runId !== undefined) event.runId = extra.runId;
    this.log(`WORKER_METRICS ${JSON.stringify(event)}`);
  }
}
