/**
 * End-to-end test environment: the embedded Taskcluster service (localtc)
 * in-process, and the real worker CLI as a subprocess with a config for it.
 */
import { join } from "node:path";
import { type LocalTaskcluster, startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { Queue } from "../../src/taskcluster/queue.ts";
import { slugid } from "../../src/taskcluster/slugid.ts";
import { MAIN_TS } from "./cli.ts";

/** A worker subprocess. */
export interface WorkerProcess {
  child: Deno.ChildProcess;
  /** Resolves with the exit code. */
  exited: Promise<number>;
  /** The worker's stderr so far. */
  output(): string;
}

/**
 * Spawns `argv` (with `NO_COLOR=1` added to `env`) and collects its stdout and stderr into one
 * text; `exited` resolves with the exit code (`signalCode` when a signal ended it) once both
 * streams ended.
 */
export function spawnCollecting(
  argv: string[],
  opts: {
    cwd: string;
    env?: Record<string, string>;
    stdin?: "piped" | "null" | "inherit";
    signalCode?: number;
  },
): WorkerProcess {
  const child = new Deno.Command(argv[0], {
    args: argv.slice(1),
    cwd: opts.cwd,
    env: { NO_COLOR: "1", ...opts.env },
    stdin: opts.stdin ?? "inherit",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let out = "";
  const dec = new TextDecoder();
  const pump = async (s: ReadableStream<Uint8Array>) => {
    for await (const c of s) out += dec.decode(c, { stream: true });
  };
  const pumps = Promise.all([pump(child.stdout), pump(child.stderr)]);
  const exited = child.status.then(async (s) => {
    await pumps;
    return s.signal && opts.signalCode !== undefined ? opts.signalCode : s.code;
  });
  return { child, exited, output: () => out };
}

/** One test environment. */
export class WorkerEnv {
  readonly pool = "local/generic-worker";
  private constructor(
    readonly tc: LocalTaskcluster,
    readonly dir: string,
    readonly queue: Queue,
  ) {}

  /** Starts localtc and prepares a working directory. */
  static async start(opts: { claimTimeoutSecs?: number } = {}): Promise<WorkerEnv> {
    const dir = await Deno.makeTempDir({ prefix: "gw-e2e-" });
    const tc = await startLocalTaskcluster({
      port: 0,
      dataDir: join(dir, "localtc"),
      claimTimeoutSecs: opts.claimTimeoutSecs,
      claimWorkTimeoutSecs: 2,
    });
    const queue = new Queue({ rootUrl: tc.rootUrl, credentials: tc.rootCredentials, retries: 1 });
    return new WorkerEnv(tc, dir, queue);
  }

  /** Writes a worker config (insecure engine, free ports) merged with `overrides`. */
  async writeConfig(overrides: Record<string, unknown> = {}): Promise<string> {
    const base = this.tc.createWorkerConfig();
    const keyFile = join(this.dir, "ed25519.key");
    await Deno.writeTextFile(
      keyFile,
      btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))),
    );
    const cfg = {
      ...base,
      engine: "insecure",
      ed25519SigningKeyLocation: keyFile,
      tasksDir: join(this.dir, "tasks"),
      cachesDir: join(this.dir, "caches"),
      downloadsDir: join(this.dir, "downloads"),
      livelogPortBase: 0,
      publicIP: "127.0.0.1",
      interactivePort: 0,
      taskclusterProxyPort: 0,
      enableInteractive: false,
      enableTaskclusterProxy: false,
      requiredDiskSpaceMegabytes: 1,
      // no desktop session here: multiuser runs headless unless a test says otherwise
      ...(overrides.engine === "multiuser" ? { headlessTasks: true } : {}),
      ...overrides,
    };
    // task users must be able to enter the tasks dir below the 0700 temp dir
    if (cfg.engine === "multiuser" && cfg.tasksDir === join(this.dir, "tasks")) {
      await Deno.chmod(this.dir, 0o755);
    }
    const file = join(this.dir, `worker-${crypto.randomUUID()}.json`);
    await Deno.writeTextFile(file, JSON.stringify(cfg, null, 2));
    return file;
  }

  /**
   * Starts `generic-worker run --config <file> [args]` from the env's
   * directory; `stdin: "piped"` lets a test speak the worker-runner protocol.
   */
  startWorker(
    configFile: string,
    env: Record<string, string> = {},
    opts: { args?: string[]; stdin?: "piped" | "null" } = {},
  ): WorkerProcess {
    return spawnCollecting(
      [Deno.execPath(), "run", "-A", "--quiet", MAIN_TS, "run", "--config", configFile]
        .concat(opts.args ?? []),
      { cwd: this.dir, env: { TMPDIR: this.dir, ...env }, stdin: opts.stdin },
    );
  }

  /** Creates a task on the worker's pool; returns its id. */
  async createTask(
    payload: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const taskId = slugid();
    const now = Date.now();
    await this.queue.createTask(taskId, {
      taskQueueId: this.pool,
      schedulerId: "tests",
      taskGroupId: taskId,
      created: new Date(now).toISOString(),
      deadline: new Date(now + 3_600_000).toISOString(),
      expires: new Date(now + 86_400_000).toISOString(),
      payload,
      metadata: {
        name: "test",
        description: "test",
        owner: "tests@example.com",
        source: "https://example.com/tests",
      },
      ...extra,
    });
    return taskId;
  }

  /** Waits until the task's latest run is resolved; returns [state, reasonResolved]. */
  async waitResolved(
    taskId: string,
    timeoutMs = 60_000,
    runId?: number,
  ): Promise<[string, string]> {
    const t0 = Date.now();
    for (;;) {
      const { status } = await this.queue.status(taskId);
      const run = status.runs[runId ?? status.runs.length - 1];
      if (run && ["completed", "failed", "exception"].includes(run.state)) {
        return [run.state, run.reasonResolved ?? ""];
      }
      if (Date.now() - t0 > timeoutMs) throw new Error(`task ${taskId} not resolved in time`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Waits until the task is running. */
  async waitRunning(taskId: string, timeoutMs = 30_000): Promise<void> {
    const t0 = Date.now();
    for (;;) {
      const { status } = await this.queue.status(taskId);
      if (status.state === "running") return;
      if (Date.now() - t0 > timeoutMs) throw new Error(`task ${taskId} not running in time`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Text of an artifact of the latest run. */
  async artifactText(taskId: string, name: string): Promise<string> {
    const d = await this.queue.getLatestArtifactContent(taskId, name);
    return await new Response(d.body).text();
  }

  /** Artifact list of the latest run. */
  async artifacts(taskId: string): Promise<Map<string, Record<string, unknown>>> {
    const r = await this.queue.listLatestArtifacts(taskId);
    return new Map(r.artifacts.map((a) => [a.name, a as unknown as Record<string, unknown>]));
  }

  /** Stops localtc and removes the directory. */
  async close(): Promise<void> {
    await this.tc.close();
    await Deno.remove(this.dir, { recursive: true }).catch(() => {});
  }
}
