/**
 * localtc: an embedded Taskcluster-compatible service (queue, object, index,
 * auth, purge-cache, secrets, worker-manager subset) on one port, with real
 * Hawk authentication and scope checks, persisted under a data dir. The demo
 * and the tests run the worker against it.
 *
 * ```ts
 * const tc = await startLocalTaskcluster({ dataDir: "/tmp/tc" });
 * const config = tc.createWorkerConfig();   // rootURL, clientId, accessToken, ...
 * // ... run the worker with `config` ...
 * await tc.close();
 * ```
 */
import { Hono } from "hono";
import { ApiError, errorResponse, mountEndpoints } from "./api.ts";
import { AuthService, checkClient, checkRole } from "./auth.ts";
import { UrlSigner } from "./blobs.ts";
import { type Credentials, newAccessToken } from "./credentials.ts";
import { checkIndexedTask, IndexService } from "./index.ts";
import { checkObject, ObjectService } from "./object.ts";
import { checkPurge, PurgeCacheService } from "./purge_cache.ts";
import { checkArtifact, checkQueueWorker, checkS3Blob, checkTask, QueueService } from "./queue.ts";
import { checkSecret, SecretsService } from "./secrets.ts";
import { lockDataDir } from "./lock.ts";
import { mountTaskPages } from "./task_page.ts";
import { type RecordCheck, Store } from "./store.ts";
import { checkTerminate, WorkerManagerService } from "./worker_manager.ts";
import { startWebsocktunnel, type WebsocktunnelServer } from "./websocktunnel.ts";
import { websocktunnelTokenEndpoint } from "./websocktunnel_auth.ts";

export { StateFileError } from "./store.ts";
export { DataDirLockedError } from "./lock.ts";
export type { Credentials } from "./credentials.ts";
export type { WebsocktunnelServer } from "./websocktunnel.ts";

/** Options of `startLocalTaskcluster`. */
export interface LocalTaskclusterOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Where state and artifact bytes live; default: a fresh temp dir removed by `close()`. */
  dataDir?: string;
  /** Interface to listen on; default 127.0.0.1. */
  hostname?: string;
  /** Length of a claim (takenUntil = claim time + this), seconds; default 1200 like the real queue. */
  claimTimeoutSecs?: number;
  /** How long an empty claimWork waits for a task, seconds; default 20 like the real queue. */
  claimWorkTimeoutSecs?: number;
  /** The service clock (ms since the epoch); default `Date.now`. Hawk timestamps use the real clock. */
  now?: () => number;
  /** How often claim expiry and deadlines are checked in the background, ms; default 1000. */
  sweepIntervalMs?: number;
  /** Port of the websocktunnel server (same interface); 0 (default) = a free one. */
  websocktunnelPort?: number;
  /** Its audience (`wstAudience`); default `localtc`. */
  websocktunnelAudience?: string;
  /** Lifetime of the tokens auth `websocktunnelToken` issues, s; default 96 h (tests shorten it). */
  websocktunnelTokenLifetimeSecs?: number;
}

/** Options of `createWorkerConfig`. */
export interface WorkerConfigOptions {
  provisionerId?: string;
  workerType?: string;
  workerGroup?: string;
  workerId?: string;
  /** The worker client's id; default `worker/<provisionerId>/<workerType>/<workerGroup>/<workerId>`. */
  clientId?: string;
  /** Scopes added to the worker client's minimal set. */
  extraScopes?: string[];
}

/** The Go worker's config keys for talking to Taskcluster (spec 4.2). */
export interface WorkerConfig {
  rootURL: string;
  clientId: string;
  accessToken: string;
  provisionerId: string;
  workerType: string;
  workerGroup: string;
  workerId: string;
}

/** A running localtc. */
export interface LocalTaskcluster {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  readonly rootUrl: string;
  /** The port actually listened on. */
  readonly port: number;
  /** The data dir in use. */
  readonly dataDir: string;
  /** Credentials of `static/taskcluster/root`, which holds scope `*`. */
  readonly rootCredentials: Credentials;
  /**
   * The websocktunnel server (own port): its `url` and `audience` are a
   * worker's `wstServerURL` and `wstAudience`; auth `websocktunnelToken`
   * signs with its secret.
   */
  readonly websocktunnel: WebsocktunnelServer;
  /**
   * A ready-to-use worker config: a client (created or reused) holding only
   * what a worker needs: `queue:claim-work:<pool>`, `queue:worker-id:<group>/<id>`,
   * purge-cache `purgeRequests` for the pool, `auth:expand-scopes`,
   * worker-manager `shouldWorkerTerminate` for itself and websocktunnel
   * tokens for its tunnels (`auth:websocktunnel-token:<audience>/<group>.<id>.*`,
   * as Go's exposer asks). Usable at once; it is
   * on disk by the time `close()` resolves.
   */
  createWorkerConfig(opts?: WorkerConfigOptions): WorkerConfig;
  /** Creates (or replaces the scopes of) a client; resolves when stored. */
  createClient(clientId: string, scopes: string[]): Promise<Credentials>;
  /** Sets what worker-manager `shouldWorkerTerminate` answers for a worker. */
  setShouldTerminate(
    workerPoolId: string,
    workerGroup: string,
    workerId: string,
    terminate: boolean,
    reason?: string,
  ): Promise<void>;
  /** Applies claim expiry and deadlines as of `now()` at once (for tests driving the clock). */
  sweep(): Promise<void>;
  /** Stops serving (waking long-polls), waits for in-flight requests and pending writes. */
  close(): Promise<void>;
}

interface MetaRecord {
  urlSecret: string;
  /** The websocktunnel server's JWT secret (added on first use). */
  wstSecret?: string;
}

const CHECKS: Record<string, RecordCheck> = {
  meta: (v) =>
    typeof v === "object" && v !== null && typeof (v as MetaRecord).urlSecret === "string"
      ? undefined
      : "meta record lacks urlSecret",
  clients: checkClient,
  roles: checkRole,
  tasks: checkTask,
  artifacts: checkArtifact,
  s3blobs: checkS3Blob,
  objects: checkObject,
  index: checkIndexedTask,
  secrets: checkSecret,
  purge: checkPurge,
  workers: checkTerminate,
  queueWorkers: checkQueueWorker,
};

/**
 * Starts localtc. Rejects with `StateFileError` (naming the file) when the
 * data dir holds a corrupt or partly written state file.
 */
export async function startLocalTaskcluster(
  opts: LocalTaskclusterOptions = {},
): Promise<LocalTaskcluster> {
  const now = opts.now ?? Date.now;
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? await Deno.makeTempDir({ prefix: "localtc-" });
  let store: Store;
  let unlock: (() => Promise<void>) | undefined;
  try {
    await Deno.mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
    store = await Store.open(dataDir, CHECKS);
  } catch (e) {
    await unlock?.();
    if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    throw e;
  }
  const meta = store.collection<MetaRecord>("meta");
  if (!meta.has("service")) await meta.put("service", { urlSecret: newAccessToken() });
  if (!meta.get("service")!.wstSecret) {
    await meta.put("service", { ...meta.get("service")!, wstSecret: newAccessToken() });
  }
  const wstSecret = meta.get("service")!.wstSecret!;
  let rootUrl = "";
  const signer = new UrlSigner(meta.get("service")!.urlSecret, () => rootUrl);
  const auth = await AuthService.create(store, now);
  const objects = new ObjectService(store, signer, now);
  const queue = new QueueService(store, auth, objects, signer, {
    now,
    claimTimeoutSecs: opts.claimTimeoutSecs ?? 20 * 60,
    claimWorkTimeoutMs: (opts.claimWorkTimeoutSecs ?? 20) * 1000,
  });
  const index = new IndexService(store, now);
  const secrets = new SecretsService(store, now);
  const purge = new PurgeCacheService(store, now);
  const workers = new WorkerManagerService(store);

  const app = new Hono();
  const mount = { authenticate: auth.authenticate, now };
  mountEndpoints(app, "/api/queue/v1", queue.endpoints(), mount);
  mountEndpoints(app, "/api/object/v1", objects.endpoints(), mount);
  mountEndpoints(app, "/api/index/v1", index.endpoints(), mount);
  mountEndpoints(app, "/api/auth/v1", [
    ...auth.endpoints(),
    websocktunnelTokenEndpoint(wstSecret, now, opts.websocktunnelTokenLifetimeSecs),
  ], mount);
  mountEndpoints(app, "/api/purge-cache/v1", purge.endpoints(), mount);
  mountEndpoints(app, "/api/secrets/v1", secrets.endpoints(), mount);
  mountEndpoints(app, "/api/worker-manager/v1", workers.endpoints(), mount);
  for (
    const svc of ["queue", "object", "index", "auth", "purge-cache", "secrets", "worker-manager"]
  ) {
    app.get(`/api/${svc}/v1/ping`, (c) => c.json({ alive: true }));
  }
  queue.mountBlobs(app);
  mountTaskPages(app, queue);
  objects.mountBlobs(app);
  app.notFound((c) =>
    errorResponse(
      new ApiError("ResourceNotFound", "No such endpoint: {{method}} {{path}}", {
        method: c.req.method,
        path: new URL(c.req.url).pathname,
      }),
      { method: "unknown", params: {}, payload: {} },
      now(),
    )
  );
  app.onError((err, c) => {
    console.error(`localtc: unhandled error on ${c.req.method} ${c.req.url}: ${err.stack ?? err}`);
    return c.json({ code: "InternalServerError", message: String(err) }, 500);
  });

  const hostname = opts.hostname ?? "127.0.0.1";
  let server: Deno.HttpServer<Deno.NetAddr>;
  try {
    server = Deno.serve({ port: opts.port ?? 0, hostname, onListen() {} }, app.fetch);
  } catch (e) {
    queue.close();
    await store.flush();
    await unlock();
    if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    throw e;
  }
  const port = server.addr.port;
  const urlHost = hostname === "0.0.0.0" || hostname === "::"
    ? "127.0.0.1"
    : hostname.includes(":")
    ? `[${hostname}]`
    : hostname;
  rootUrl = `http://${urlHost}:${port}`;
  let websocktunnel: WebsocktunnelServer;
  try {
    websocktunnel = startWebsocktunnel({
      secret: wstSecret,
      audience: opts.websocktunnelAudience ?? "localtc",
      port: opts.websocktunnelPort ?? 0,
      hostname,
      now,
      log: (l) => console.error(`localtc: ${l}`),
    });
  } catch (e) {
    queue.close();
    await server.shutdown();
    await store.flush();
    if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    throw e;
  }

  const sweeper = setInterval(() => {
    queue.sweep().catch((e) => console.error(`localtc: background sweep failed: ${e?.stack ?? e}`));
  }, opts.sweepIntervalMs ?? 1000);
  let closing: Promise<void> | undefined;

  return {
    rootUrl,
    port,
    dataDir,
    rootCredentials: auth.rootCredentials(),
    websocktunnel,
    createWorkerConfig(o: WorkerConfigOptions = {}): WorkerConfig {
      const provisionerId = o.provisionerId ?? "local";
      const workerType = o.workerType ?? "generic-worker";
      const workerGroup = o.workerGroup ?? "local";
      const workerId = o.workerId ?? "local-worker";
      const pool = `${provisionerId}/${workerType}`;
      const clientId = o.clientId ?? `worker/${pool}/${workerGroup}/${workerId}`;
      const scopes = [
        `queue:claim-work:${pool}`,
        `queue:worker-id:${workerGroup}/${workerId}`,
        `purge-cache:purge-requests::${pool}`,
        "auth:expand-scopes",
        `worker-manager:should-worker-terminate:${pool}/${workerGroup}/${workerId}`,
        `auth:websocktunnel-token:${websocktunnel.audience}/${workerGroup}.${workerId}.*`,
        ...(o.extraScopes ?? []),
      ];
      const { credentials, written } = auth.ensureClient(clientId, scopes, "localtc worker");
      written.catch((e) => console.error(`localtc: storing client ${clientId} failed: ${e}`));
      return {
        rootURL: rootUrl,
        clientId: credentials.clientId,
        accessToken: credentials.accessToken,
        provisionerId,
        workerType,
        workerGroup,
        workerId,
      };
    },
    async createClient(clientId: string, scopes: string[]): Promise<Credentials> {
      const { credentials, written } = auth.ensureClient(clientId, scopes);
      await written;
      return credentials;
    },
    setShouldTerminate: (pool, group, id, terminate, reason) =>
      workers.setShouldTerminate(pool, group, id, terminate, reason),
    sweep: () => queue.sweep(),
    close(): Promise<void> {
      closing ??= (async () => {
        clearInterval(sweeper);
        queue.close();
        await websocktunnel.close();
        await server.shutdown();
        await store.flush();
        await unlock();
        if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
      })();
      return closing;
    },
  };
}
