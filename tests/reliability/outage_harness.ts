/**
 * Harness of the outage and restart reliability tests: the real localtc
 * with its own data dir (stoppable and restartable on the same port), the
 * fault proxy in front of it, and the real CLI worker (insecure engine)
 * whose rootURL is the proxy. The worker's retry waits are short
 * (`httpBackoffInitialIntervalMs` 100, `httpBackoffMaxIntervalMs` 1000) so
 * it notices quickly that the service is back; its budget stays Go's 15
 * minutes. Reclaims run every 2 s (the worker's test hook) so short claims
 * stay alive.
 */
import { join } from "node:path";
import { type LocalTaskcluster, startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { Queue } from "../../src/taskcluster/queue.ts";
import { slugid } from "../../src/taskcluster/slugid.ts";
import { MAIN_TS } from "../helpers/cli.ts";
import { type FaultProxy, startFaultProxy } from "../helpers/fault_proxy.ts";
import { spawnCollecting } from "../helpers/worker_env.ts";

/** A worker subprocess. */
export interface Worker {
  child: Deno.ChildProcess;
  /** Resolves with the exit code (or signal as negative code). */
  exited: Promise<number>;
  /** Everything it wrote so far (stdout and stderr). */
  output(): string;
}

/** One case's world: localtc + proxy + worker config + worker directory. */
export class OutageEnv {
  readonly pool: string;
  #tc: LocalTaskcluster;
  #admin: Queue;
  private constructor(
    tc: LocalTaskcluster,
    readonly proxy: FaultProxy,
    readonly dir: string,
    readonly claimTimeoutSecs: number,
    readonly configFile: string,
  ) {
    this.#tc = tc;
    this.#admin = OutageEnv.#adminOf(tc);
    this.pool = "local/" + configFile.match(/worker-([a-z0-9]+)\.json$/)![1];
  }

  static #adminOf(tc: LocalTaskcluster): Queue {
    return new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, retries: 2 });
  }

  /** Starts localtc (claims of `claimTimeoutSecs`), the proxy and writes a worker config. */
  static async start(
    opts: { claimTimeoutSecs?: number; config?: Record<string, unknown> } = {},
  ): Promise<OutageEnv> {
    const dir = await Deno.makeTempDir({ prefix: "gw-outage-" });
    const claimTimeoutSecs = opts.claimTimeoutSecs ?? 30;
    const tc = await startLocalTaskcluster({
      port: 0,
      dataDir: join(dir, "localtc"),
      claimTimeoutSecs,
      claimWorkTimeoutSecs: 1,
    });
    const proxy = await startFaultProxy(tc.rootUrl);
    const workerType = "rel" + crypto.randomUUID().replace(/-/g, "").slice(0, 10);
    const wc = tc.createWorkerConfig({ provisionerId: "local", workerType });
    const keyFile = join(dir, "ed25519.key");
    await Deno.writeTextFile(
      keyFile,
      btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))),
    );
    const cfg = {
      ...wc,
      rootURL: proxy.url,
      engine: "insecure",
      ed25519SigningKeyLocation: keyFile,
      tasksDir: join(dir, "tasks"),
      cachesDir: join(dir, "caches"),
      downloadsDir: join(dir, "downloads"),
      livelogPortBase: 0,
      publicIP: "127.0.0.1",
      interactivePort: 0,
      taskclusterProxyPort: 0,
      enableInteractive: false,
      enableTaskclusterProxy: false,
      enableLiveLog: false,
      enableResourceMonitor: false,
      requiredDiskSpaceMegabytes: 1,
      numberOfTasksToRun: 1,
      httpBackoffInitialIntervalMs: 100,
      httpBackoffMaxIntervalMs: 1000,
      ...opts.config,
    };
    const configFile = join(dir, `worker-${workerType}.json`);
    await Deno.writeTextFile(configFile, JSON.stringify(cfg, null, 2));
    return new OutageEnv(tc, proxy, dir, claimTimeoutSecs, configFile);
  }

  /** The localtc currently serving. */
  get tc(): LocalTaskcluster {
    return this.#tc;
  }

  /** Root-credential Queue talking to localtc directly (not through the proxy). */
  get admin(): Queue {
    return this.#admin;
  }

  /** Stops localtc (state flushed to its data dir). */
  async stopService(): Promise<void> {
    await this.#tc.close();
  }

  /** Starts localtc again on the same port from the same data dir. */
  async restartService(): Promise<void> {
    const port = this.#tc.port;
    for (let i = 0;; i++) {
      try {
        this.#tc = await startLocalTaskcluster({
          port,
          dataDir: this.#tc.dataDir,
          claimTimeoutSecs: this.claimTimeoutSecs,
          claimWorkTimeoutSecs: 1,
        });
        break;
      } catch (e) {
        if (i >= 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    this.#admin = OutageEnv.#adminOf(this.#tc);
  }

  /** Creates a task on the pool; returns its id. */
  async createTask(
    payload: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const taskId = slugid();
    const now = Date.now();
    await this.#admin.createTask(taskId, {
      taskQueueId: this.pool,
      schedulerId: "tests",
      taskGroupId: taskId,
      retries: 0,
      created: new Date(now).toISOString(),
      deadline: new Date(now + 3_600_000).toISOString(),
      expires: new Date(now + 86_400_000).toISOString(),
      payload,
      metadata: {
        name: "reliability",
        description: "reliability",
        owner: "tests@example.com",
        source: "https://example.com/tests",
      },
      ...extra,
    });
    return taskId;
  }

  /** Starts `generic-worker run --config <file>` in the env's directory. */
  startWorker(): Worker {
    return spawnCollecting(
      [Deno.execPath(), "run", "-A", "--quiet", MAIN_TS, "run", "--config", this.configFile],
      {
        cwd: this.dir,
        env: { TMPDIR: this.dir, GENERIC_WORKER_TEST_RECLAIM_EVERY_MS: "2000" },
        stdin: "null",
        signalCode: -1,
      },
    );
  }

  /** State and reason of run `runId` (default: the latest). */
  async run(taskId: string, runId?: number): Promise<[string, string]> {
    const { status } = await this.#admin.status(taskId);
    const run = status.runs[runId ?? status.runs.length - 1];
    return [run?.state ?? "none", run?.reasonResolved ?? ""];
  }

  /** Waits until `fn` holds (polling every 200 ms). */
  async until(what: string, fn: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
    const t0 = Date.now();
    for (;;) {
      if (await fn().catch(() => false)) return;
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Text of an artifact of run `runId` (read from localtc directly). */
  async text(taskId: string, runId: number, name: string): Promise<string> {
    const d = await this.#admin.downloadArtifact(taskId, runId, name);
    return await new Response(d.body).text();
  }

  /** Artifact names of run `runId`, sorted. */
  async artifactNames(taskId: string, runId: number): Promise<string[]> {
    const r = await this.#admin.listArtifacts(taskId, runId);
    return r.artifacts.map((a) => a.name).sort();
  }

  /** Stops the proxy and localtc, removes the directory. */
  async close(): Promise<void> {
    await this.proxy.close();
    await this.#tc.close().catch(() => {});
    await Deno.remove(this.dir, { recursive: true }).catch(() => {});
  }
}

/** Kills a worker that is still running (SIGKILL) and waits for it. */
export async function killWorker(w: Worker): Promise<void> {
  try {
    w.child.kill("SIGKILL");
  } catch {
    // exited already
  }
  await w.exited;
}
