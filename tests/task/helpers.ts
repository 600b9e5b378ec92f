/**
 * End-to-end helpers for the task engine: localtc in-process, a worker
 * config for an insecure worker of a fresh worker type, tasks created and
 * claimed with the Queue API, `runTask` with the full feature list, and
 * readers for artifacts (decoded, and raw bytes with headers).
 */
import http from "node:http";
import { join } from "node:path";
import type { Config } from "../../src/config/config.ts";
import { defaultConfig } from "../../src/config/load.ts";
import type { Feature } from "../../src/features/feature.ts";
import { buildFeatures, type FeatureSlots } from "../../src/features/index.ts";
import { type LiveLogServer, startLiveLogServer } from "../../src/livelog/server.ts";
import { type LocalTaskcluster, startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { runTask, type TaskOutcome, type TaskRunDeps } from "../../src/task/run_task.ts";
import type { TaskClaim } from "../../src/task/task_run.ts";
import { Queue } from "../../src/taskcluster/queue.ts";
import { slugid } from "../../src/taskcluster/slugid.ts";

/** `[["/bin/sh", "-c", script]]`. */
export const sh = (script: string): string[][] => [["/bin/sh", "-c", script]];

/** One test environment: localtc plus a worker config of its own worker type. */
export class EngineEnv {
  readonly workerLines: string[] = [];
  private constructor(
    readonly tc: LocalTaskcluster,
    readonly dir: string,
    readonly config: Config,
    /** Root-credential Queue client. */
    readonly admin: Queue,
    /** Worker-credential Queue client. */
    readonly workerQueue: Queue,
  ) {}

  /** Starts localtc and makes a config (insecure engine; overrides applied). */
  static async start(
    overrides: Partial<Config> = {},
    tcOpts: { claimTimeoutSecs?: number } = {},
  ): Promise<EngineEnv> {
    const dir = await Deno.makeTempDir({ prefix: "gw-engine-" });
    const tc = await startLocalTaskcluster({
      port: 0,
      dataDir: join(dir, "tc"),
      claimWorkTimeoutSecs: 1,
      ...(tcOpts.claimTimeoutSecs ? { claimTimeoutSecs: tcOpts.claimTimeoutSecs } : {}),
    });
    const workerType = `engine-${crypto.randomUUID().slice(0, 8)}`;
    const wc = tc.createWorkerConfig({ provisionerId: "local", workerType });
    const config: Config = {
      ...defaultConfig("insecure", Deno.build.os === "darwin" ? "darwin" : "linux"),
      ...wc,
      tasksDir: join(dir, "tasks"),
      cachesDir: join(dir, "caches"),
      downloadsDir: join(dir, "downloads"),
      publicIP: "127.0.0.1",
      enableResourceMonitor: false,
      cleanUpTaskDirs: false,
      workerTypeMetadata: { "generic-worker": { engine: "insecure", test: "<&>" } },
      ...overrides,
    };
    await Deno.mkdir(config.tasksDir, { recursive: true });
    return new EngineEnv(
      tc,
      dir,
      config,
      new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, retries: 1 }),
      new Queue({
        rootUrl: tc.rootUrl,
        credentials: { clientId: wc.clientId, accessToken: wc.accessToken },
        retries: 1,
      }),
    );
  }

  get pool(): string {
    return `${this.config.provisionerId}/${this.config.workerType}`;
  }

  /** Creates a task on this env's pool (no automatic reruns unless `extra` says); returns its id. */
  async createTask(
    payload: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const taskId = slugid();
    const now = Date.now();
    await this.admin.createTask(taskId, {
      taskQueueId: this.pool,
      schedulerId: "tests",
      taskGroupId: taskId,
      retries: 0,
      created: new Date(now).toISOString(),
      deadline: new Date(now + 3_600_000).toISOString(),
      expires: new Date(now + 86_400_000).toISOString(),
      payload,
      metadata: {
        name: "engine test",
        description: "engine test",
        owner: "tests@example.com",
        source: "https://example.com/tests",
      },
      ...extra,
    });
    return taskId;
  }

  /** Claims the next task of the pool (it must be `taskId`). */
  async claim(taskId: string): Promise<TaskClaim> {
    for (let i = 0; i < 10; i++) {
      const r = await this.workerQueue.claimWork(this.pool, {
        tasks: 1,
        workerGroup: this.config.workerGroup,
        workerId: this.config.workerId,
      });
      if (r.tasks.length > 0) {
        const c = r.tasks[0];
        if (c.status.taskId !== taskId) {
          throw new Error(`claimed ${c.status.taskId}, not ${taskId}`);
        }
        return c as unknown as TaskClaim;
      }
    }
    throw new Error(`could not claim ${taskId}`);
  }

  /** The features of a worker with this config (plus slots). */
  features(slots: FeatureSlots = {}): Feature[] {
    return buildFeatures(this.config, this.dir, slots);
  }

  /** Creates, claims and runs a task with runTask. */
  async run(
    payload: Record<string, unknown>,
    opts: {
      extra?: Record<string, unknown>;
      features?: Feature[];
      deps?: Partial<TaskRunDeps>;
      liveLog?: LiveLogServer;
      onClaim?: (taskId: string) => void;
    } = {},
  ): Promise<{ taskId: string; outcome: TaskOutcome }> {
    const taskId = await this.createTask(payload, opts.extra);
    const claim = await this.claim(taskId);
    opts.onClaim?.(taskId);
    const outcome = await runTask({
      config: this.config,
      claim,
      features: opts.features ?? this.features(),
      workerLog: (l) => this.workerLines.push(l),
      shutdown: new AbortController().signal,
      liveLogServer: opts.liveLog,
      ...opts.deps,
    });
    return { taskId, outcome };
  }

  /** The run's state and reason as the queue has them. */
  async state(taskId: string, runId = 0): Promise<[string, string]> {
    const { status } = await this.admin.status(taskId);
    const run = status.runs[runId];
    return [run?.state ?? "none", run?.reasonResolved ?? ""];
  }

  /** Text of an artifact (decoded as a browser would). */
  async text(taskId: string, name: string, runId = 0): Promise<string> {
    const d = await this.admin.downloadArtifact(taskId, runId, name);
    return await new Response(d.body).text();
  }

  /** The backing log of run 0. */
  log(taskId: string): Promise<string> {
    return this.text(taskId, "public/logs/live_backing.log");
  }

  /** name -> artifact info of run 0. */
  async artifacts(taskId: string, runId = 0): Promise<Map<string, Record<string, unknown>>> {
    const r = await this.admin.listArtifacts(taskId, runId);
    return new Map(r.artifacts.map((a) => [a.name, a as unknown as Record<string, unknown>]));
  }

  /** Raw bytes and headers of an s3 artifact's blob (no content decoding). */
  async raw(
    taskId: string,
    name: string,
  ): Promise<{ headers: http.IncomingHttpHeaders; body: Uint8Array }> {
    const a = await this.admin.artifact(taskId, 0, name);
    if (a.storageType !== "s3") throw new Error(`${name} is ${a.storageType}, not s3`);
    return await rawGet(a.url);
  }

  /** Stops localtc and removes the directory. */
  async close(): Promise<void> {
    await this.tc.close();
    await Deno.remove(this.dir, { recursive: true }).catch(() => {});
  }
}

/** GET without any content decoding (node:http). */
export function rawGet(
  url: string,
): Promise<{ headers: http.IncomingHttpHeaders; body: Uint8Array; status: number }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      const chunks: Uint8Array[] = [];
      res.on("data", (c: Uint8Array) => chunks.push(c));
      res.on("end", () => {
        const size = chunks.reduce((n, c) => n + c.length, 0);
        const body = new Uint8Array(size);
        let off = 0;
        for (const c of chunks) {
          body.set(c, off);
          off += c.length;
        }
        resolve({ headers: res.headers, body, status: res.statusCode ?? 0 });
      });
      res.on("error", reject);
    }).on("error", reject);
  });
}

/** A live log server for tests. */
export function testLiveLog(): LiveLogServer {
  return startLiveLogServer({ port: 0, hostname: "127.0.0.1", status: () => ({}) });
}

/** Waits until `fn` returns a value (polling). */
export async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
