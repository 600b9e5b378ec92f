/**
 * Shared set-up for the localtc tests: a service on a temp data dir, the
 * official taskcluster-client pointed at it, and task definitions.
 */
import tc from "taskcluster-client";
import {
  type LocalTaskcluster,
  type LocalTaskclusterOptions,
  startLocalTaskcluster,
} from "../../src/localtc/mod.ts";

/** Credentials in taskcluster-client's form. */
export interface Creds {
  clientId: string;
  accessToken: string;
  certificate?: string;
}

/** A controllable clock for the service. */
export class Clock {
  ms = Date.now();
  now = (): number => this.ms;
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

/** A running service plus helpers; `close()` removes the data dir. */
export interface Env {
  tc: LocalTaskcluster;
  clock: Clock;
  dataDir: string;
  /** A queue client with `creds` (root credentials by default). */
  queue(creds?: Creds, extra?: Record<string, unknown>): InstanceType<typeof tc.Queue>;
  /** A queue client without credentials. */
  anonQueue(): InstanceType<typeof tc.Queue>;
  /** A taskcluster-client service client (tc.Auth, tc.Object, ...) with `creds`. */
  client(cls: typeof tc.Auth, creds?: Creds): InstanceType<typeof tc.Auth>;
  close(): Promise<void>;
}

/** Starts localtc on a fresh temp dir with a test clock. */
export async function startEnv(opts: LocalTaskclusterOptions = {}): Promise<Env> {
  const clock = new Clock();
  const dataDir = opts.dataDir ?? await Deno.makeTempDir({ prefix: "localtc-test-" });
  const svc = await startLocalTaskcluster({
    claimWorkTimeoutSecs: 0.2,
    sweepIntervalMs: 60_000,
    now: clock.now,
    ...opts,
    dataDir,
  });
  const client = (cls: typeof tc.Auth, creds?: Creds): InstanceType<typeof tc.Auth> =>
    new cls({ rootUrl: svc.rootUrl, credentials: creds, retries: 0 });
  return {
    tc: svc,
    clock,
    dataDir,
    queue: (creds = svc.rootCredentials, extra = {}) =>
      new tc.Queue({ rootUrl: svc.rootUrl, credentials: creds, retries: 0, ...extra }),
    anonQueue: () => new tc.Queue({ rootUrl: svc.rootUrl, retries: 0 }),
    client,
    async close() {
      await svc.close();
      if (opts.dataDir === undefined) await Deno.remove(dataDir, { recursive: true });
    },
  };
}

/** A minimal valid task definition on `taskQueueId`, created "now" by `clock`. */
export function taskDef(
  clock: Clock,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    taskQueueId: "local/generic-worker",
    created: new Date(clock.ms).toJSON(),
    deadline: new Date(clock.ms + 3600_000).toJSON(),
    payload: { command: [["true"]], maxRunTime: 60 },
    metadata: {
      name: "localtc test",
      description: "a task",
      owner: "tests@example.com",
      source: "https://example.com/tests",
    },
    ...extra,
  };
}

/** The error taskcluster-client throws for an HTTP error reply. */
export interface TcError {
  statusCode: number;
  code: string;
  body: { code: string; message: string; requestInfo: Record<string, unknown> };
}

/** Runs `fn`, expecting an HTTP error from taskcluster-client; returns it. */
export async function expectTcError(fn: () => Promise<unknown>, status: number): Promise<TcError> {
  let err: unknown;
  try {
    await fn();
  } catch (e) {
    err = e;
  }
  const e = err as TcError | undefined;
  if (!e || e.statusCode !== status) {
    throw new Error(
      `expected an HTTP ${status} error, got ${e ? `${e.statusCode}: ${err}` : "success"}`,
    );
  }
  return e;
}

export { tc };
