/**
 * The worker's Prometheus metrics (text exposition format 0.0.4), served at
 * `GET /metrics` by the worker's HTTP server:
 * - `generic_worker_tasks_resolved_total{resolution,reason}` (counter)
 * - `generic_worker_task_duration_seconds` (histogram, claim to resolution)
 * - `generic_worker_claim_latency_seconds` (histogram, task created to claimed)
 * - `generic_worker_uploaded_bytes_total{kind="log"|"artifact"}` (counter)
 * - `generic_worker_running_tasks` (gauge), `generic_worker_uptime_seconds` (gauge)
 *
 * One registry per process (`WORKER_METRICS`): the loop records tasks, the
 * artifact upload records bytes.
 */

const DURATION_BUCKETS = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 7200];
const LATENCY_BUCKETS = [0.1, 0.5, 1, 5, 10, 30, 60, 300, 1800, 3600];

class Histogram {
  readonly counts: number[];
  sum = 0;
  count = 0;
  constructor(readonly buckets: number[]) {
    this.counts = buckets.map(() => 0);
  }
  observe(v: number): void {
    if (!Number.isFinite(v) || v < 0) return;
    this.sum += v;
    this.count++;
    this.buckets.forEach((b, i) => {
      if (v <= b) this.counts[i]++;
    });
  }
  render(name: string): string[] {
    const lines = this.buckets.map((b, i) => `${name}_bucket{le="${b}"} ${this.counts[i]}`);
    lines.push(`${name}_bucket{le="+Inf"} ${this.count}`);
    lines.push(`${name}_sum ${this.sum}`, `${name}_count ${this.count}`);
    return lines;
  }
}

/** Escapes a label value (backslash, quote, newline). */
function label(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

/** The registry. */
export class WorkerMetrics {
  #resolved = new Map<string, { resolution: string; reason: string; n: number }>();
  #durations = new Histogram(DURATION_BUCKETS);
  #latency = new Histogram(LATENCY_BUCKETS);
  #bytes = { log: 0, artifact: 0 };
  #running = 0;
  #startedAt = Date.now();

  /** A task was claimed: `latencySecs` since it was created. */
  taskStarted(latencySecs: number): void {
    this.#running++;
    this.#latency.observe(latencySecs);
  }

  /** A task ended with `resolution` (and `reason` for exceptions) after `durationSecs`. */
  taskFinished(resolution: string, reason: string, durationSecs: number): void {
    this.#running = Math.max(0, this.#running - 1);
    const key = `${resolution}\0${reason}`;
    const e = this.#resolved.get(key) ?? { resolution, reason, n: 0 };
    e.n++;
    this.#resolved.set(key, e);
    this.#durations.observe(durationSecs);
  }

  /** Bytes of a log or artifact uploaded. */
  uploaded(kind: "log" | "artifact", bytes: number): void {
    if (Number.isFinite(bytes) && bytes > 0) this.#bytes[kind] += bytes;
  }

  /** The text exposition. */
  render(): string {
    const out: string[] = [
      "# HELP generic_worker_tasks_resolved_total Tasks resolved by this worker, by resolution.",
      "# TYPE generic_worker_tasks_resolved_total counter",
    ];
    for (const e of this.#resolved.values()) {
      out.push(
        `generic_worker_tasks_resolved_total{resolution="${label(e.resolution)}",reason="${
          label(e.reason)
        }"} ${e.n}`,
      );
    }
    out.push(
      "# HELP generic_worker_task_duration_seconds Time from claim to resolution.",
      "# TYPE generic_worker_task_duration_seconds histogram",
      ...this.#durations.render("generic_worker_task_duration_seconds"),
      "# HELP generic_worker_claim_latency_seconds Time from task creation to its claim by this worker.",
      "# TYPE generic_worker_claim_latency_seconds histogram",
      ...this.#latency.render("generic_worker_claim_latency_seconds"),
      "# HELP generic_worker_uploaded_bytes_total Bytes of task logs and artifacts uploaded.",
      "# TYPE generic_worker_uploaded_bytes_total counter",
      `generic_worker_uploaded_bytes_total{kind="log"} ${this.#bytes.log}`,
      `generic_worker_uploaded_bytes_total{kind="artifact"} ${this.#bytes.artifact}`,
      "# HELP generic_worker_running_tasks Tasks running now.",
      "# TYPE generic_worker_running_tasks gauge",
      `generic_worker_running_tasks ${this.#running}`,
      "# HELP generic_worker_uptime_seconds Seconds since the worker started.",
      "# TYPE generic_worker_uptime_seconds gauge",
      `generic_worker_uptime_seconds ${Math.floor((Date.now() - this.#startedAt) / 1000)}`,
    );
    return out.join("\n") + "\n";
  }
}

/** The process's registry. */
export const WORKER_METRICS = new WorkerMetrics();
