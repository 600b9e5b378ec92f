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
import { newAccessToken } from "./credentials.ts";
import { checkIndexedTask, IndexService } from "./index.ts";
import { checkObject, ObjectService } from "./object.ts";
import { checkPurge, PurgeCacheService } from "./purge_cache.ts";
import { checkArtifact, checkS3Blob, checkTask, QueueService } from "./queue.ts";
import { checkSecret, SecretsService } from "./secrets.ts";
import { Store } from "./store.ts";
import { checkTerminate, WorkerManagerService } from "./worker_manager.ts";
export { StateFileError } from "./store.ts";
const CHECKS = {
  meta: (v) =>
    typeof v === "object" && v !== null && typeof v.urlSecret === "string"
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
};
/**
 * Starts localtc. Rejects with `StateFileError` (naming the file) when the
 * data dir holds a corrupt or partly written state file.
 */ export async function startLocalTaskcluster(opts = {}) {
  const now = opts.now ?? Date.now;
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? await Deno.makeTempDir({
    prefix: "localtc-",
  });
  let store;
  try {
    await Deno.mkdir(dataDir, {
      recursive: true,
    });
    store = await Store.open(dataDir, CHECKS);
  } catch (e) {
    if (ownDir) {
      await Deno.remove(dataDir, {
        recursive: true,
      }).catch(() => {});
    }
    throw e;
  }
  const meta = store.collection("meta");
  if (!meta.has("service")) {
    await meta.put("service", {
      urlSecret: newAccessToken(),
    });
  }
  let rootUrl = "";
  const signer = new UrlSigner(meta.get("service").urlSecret, () => rootUrl);
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
  const mount = {
    authenticate: auth.authenticate,
    now,
  };
  mountEndpoints(app, "/api/queue/v1", queue.endpoints(), mount);
  mountEndpoints(app, "/api/object/v1", objects.endpoints(), mount);
  mountEndpoints(app, "/api/index/v1", index.endpoints(), mount);
  mountEndpoints(app, "/api/auth/v1", auth.endpoints(), mount);
  mountEndpoints(app, "/api/purge-cache/v1", purge.endpoints(), mount);
  mountEndpoints(app, "/api/secrets/v1", secrets.endpoints(), mount);
  mountEndpoints(app, "/api/worker-manager/v1", workers.endpoints(), mount);
  for (
    const svc of [
      "queue",
      "object",
      "index",
      "auth",
      "purge-cache",
      "secrets",
      "worker-manager",
    ]
  ) {
    app.get(`/api/${svc}/v1/ping`, (c) =>
      c.json({
        alive: true,
      }));
  }
  queue.mountBlobs(app);
  objects.mountBlobs(app);
  app.notFound((c) =>
    errorResponse(
      new ApiError("ResourceNotFound", "No such endpoint: {{method}} {{path}}", {
        method: c.req.method,
        path: new URL(c.req.url).pathname,
      }),
      {
        method: "unknown",
        params: {},
        payload: {},
      },
      now(),
    )
  );
  app.onError((err, c) => {
    console.error(`localtc: unhandled error on ${c.req.method} ${c.req.url}: ${err.stack ?? err}`);
    return c.json({
      code: "InternalServerError",
      message: String(err),
    }, 500);
  });
  const hostname = opts.hostname ?? "127.0.0.1";
  let server;
  try {
    server = Deno.serve({
      port: opts.port ?? 0,
      hostname,
      onListen() {},
    }, app.fetch);
  } catch (e) {
    queue.close();
    await store.flush();
    if (ownDir) {
      await Deno.remove(dataDir, {
        recursive: true,
      }).catch(() => {});
    }
    throw e;
  }
  const port = server.addr.port;
  const urlHost = hostname === "0.0.0.0" || hostname === "::"
    ? "127.0.0.1"
    : hostname.includes(":")
    ? `[${hostname}]`
    : hostname;
  rootUrl = `http://${urlHost}:${port}`;
  const sweeper = setInterval(() => {
    queue.sweep().catch((e) => console.error(`localtc: background sweep failed: ${e?.stack ?? e}`));
  }, opts.sweepIntervalMs ?? 1000);
  let closing;
  return {
    rootUrl,
    port,
    dataDir,
    rootCredentials: auth.rootCredentials(),
    createWorkerConfig(o = {}) {
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
        ...o.extraScopes ?? [],
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
    async createClient(clientId, scopes) {
      const { credentials, written } = auth.ensureClient(clientId, scopes);
      await written;
      return credentials;
    },
    setShouldTerminate: (pool, group, id, terminate, reason) =>
      workers.setShouldTerminate(pool, group, id, terminate, reason),
    sweep: () => queue.sweep(),
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        queue.close();
        await server.shutdown();
        await store.flush();
        if (ownDir) {
          await Deno.remove(dataDir, {
            recursive: true,
          }).catch(() => {});
        }
      })();
      return closing;
    },
  };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvbW9kLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogbG9jYWx0YzogYW4gZW1iZWRkZWQgVGFza2NsdXN0ZXItY29tcGF0aWJsZSBzZXJ2aWNlIChxdWV1ZSwgb2JqZWN0LCBpbmRleCxcbiAqIGF1dGgsIHB1cmdlLWNhY2hlLCBzZWNyZXRzLCB3b3JrZXItbWFuYWdlciBzdWJzZXQpIG9uIG9uZSBwb3J0LCB3aXRoIHJlYWxcbiAqIEhhd2sgYXV0aGVudGljYXRpb24gYW5kIHNjb3BlIGNoZWNrcywgcGVyc2lzdGVkIHVuZGVyIGEgZGF0YSBkaXIuIFRoZSBkZW1vXG4gKiBhbmQgdGhlIHRlc3RzIHJ1biB0aGUgd29ya2VyIGFnYWluc3QgaXQuXG4gKlxuICogYGBgdHNcbiAqIGNvbnN0IHRjID0gYXdhaXQgc3RhcnRMb2NhbFRhc2tjbHVzdGVyKHsgZGF0YURpcjogXCIvdG1wL3RjXCIgfSk7XG4gKiBjb25zdCBjb25maWcgPSB0Yy5jcmVhdGVXb3JrZXJDb25maWcoKTsgICAvLyByb290VVJMLCBjbGllbnRJZCwgYWNjZXNzVG9rZW4sIC4uLlxuICogLy8gLi4uIHJ1biB0aGUgd29ya2VyIHdpdGggYGNvbmZpZ2AgLi4uXG4gKiBhd2FpdCB0Yy5jbG9zZSgpO1xuICogYGBgXG4gKi9cbmltcG9ydCB7IEhvbm8gfSBmcm9tIFwiaG9ub1wiO1xuaW1wb3J0IHsgQXBpRXJyb3IsIGVycm9yUmVzcG9uc2UsIG1vdW50RW5kcG9pbnRzIH0gZnJvbSBcIi4vYXBpLnRzXCI7XG5pbXBvcnQgeyBBdXRoU2VydmljZSwgY2hlY2tDbGllbnQsIGNoZWNrUm9sZSB9IGZyb20gXCIuL2F1dGgudHNcIjtcbmltcG9ydCB7IFVybFNpZ25lciB9IGZyb20gXCIuL2Jsb2JzLnRzXCI7XG5pbXBvcnQgeyB0eXBlIENyZWRlbnRpYWxzLCBuZXdBY2Nlc3NUb2tlbiB9IGZyb20gXCIuL2NyZWRlbnRpYWxzLnRzXCI7XG5pbXBvcnQgeyBjaGVja0luZGV4ZWRUYXNrLCBJbmRleFNlcnZpY2UgfSBmcm9tIFwiLi9pbmRleC50c1wiO1xuaW1wb3J0IHsgY2hlY2tPYmplY3QsIE9iamVjdFNlcnZpY2UgfSBmcm9tIFwiLi9vYmplY3QudHNcIjtcbmltcG9ydCB7IGNoZWNrUHVyZ2UsIFB1cmdlQ2FjaGVTZXJ2aWNlIH0gZnJvbSBcIi4vcHVyZ2VfY2FjaGUudHNcIjtcbmltcG9ydCB7IGNoZWNrQXJ0aWZhY3QsIGNoZWNrUzNCbG9iLCBjaGVja1Rhc2ssIFF1ZXVlU2VydmljZSB9IGZyb20gXCIuL3F1ZXVlLnRzXCI7XG5pbXBvcnQgeyBjaGVja1NlY3JldCwgU2VjcmV0c1NlcnZpY2UgfSBmcm9tIFwiLi9zZWNyZXRzLnRzXCI7XG5pbXBvcnQgeyB0eXBlIFJlY29yZENoZWNrLCBTdG9yZSB9IGZyb20gXCIuL3N0b3JlLnRzXCI7XG5pbXBvcnQgeyBjaGVja1Rlcm1pbmF0ZSwgV29ya2VyTWFuYWdlclNlcnZpY2UgfSBmcm9tIFwiLi93b3JrZXJfbWFuYWdlci50c1wiO1xuXG5leHBvcnQgeyBTdGF0ZUZpbGVFcnJvciB9IGZyb20gXCIuL3N0b3JlLnRzXCI7XG5leHBvcnQgdHlwZSB7IENyZWRlbnRpYWxzIH0gZnJvbSBcIi4vY3JlZGVudGlhbHMudHNcIjtcblxuLyoqIE9wdGlvbnMgb2YgYHN0YXJ0TG9jYWxUYXNrY2x1c3RlcmAuICovXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsVGFza2NsdXN0ZXJPcHRpb25zIHtcbiAgLyoqIFBvcnQgdG8gbGlzdGVuIG9uOyAwIChkZWZhdWx0KSBwaWNrcyBhIGZyZWUgb25lLiAqL1xuICBwb3J0PzogbnVtYmVyO1xuICAvKiogV2hlcmUgc3RhdGUgYW5kIGFydGlmYWN0IGJ5dGVzIGxpdmU7IGRlZmF1bHQ6IGEgZnJlc2ggdGVtcCBkaXIgcmVtb3ZlZCBieSBgY2xvc2UoKWAuICovXG4gIGRhdGFEaXI/OiBzdHJpbmc7XG4gIC8qKiBJbnRlcmZhY2UgdG8gbGlzdGVuIG9uOyBkZWZhdWx0IDEyNy4wLjAuMS4gKi9cbiAgaG9zdG5hbWU/OiBzdHJpbmc7XG4gIC8qKiBMZW5ndGggb2YgYSBjbGFpbSAodGFrZW5VbnRpbCA9IGNsYWltIHRpbWUgKyB0aGlzKSwgc2Vjb25kczsgZGVmYXVsdCAxMjAwIGxpa2UgdGhlIHJlYWwgcXVldWUuICovXG4gIGNsYWltVGltZW91dFNlY3M/OiBudW1iZXI7XG4gIC8qKiBIb3cgbG9uZyBhbiBlbXB0eSBjbGFpbVdvcmsgd2FpdHMgZm9yIGEgdGFzaywgc2Vjb25kczsgZGVmYXVsdCAyMCBsaWtlIHRoZSByZWFsIHF1ZXVlLiAqL1xuICBjbGFpbVdvcmtUaW1lb3V0U2Vjcz86IG51bWJlcjtcbiAgLyoqIFRoZSBzZXJ2aWNlIGNsb2NrIChtcyBzaW5jZSB0aGUgZXBvY2gpOyBkZWZhdWx0IGBEYXRlLm5vd2AuIEhhd2sgdGltZXN0YW1wcyB1c2UgdGhlIHJlYWwgY2xvY2suICovXG4gIG5vdz86ICgpID0+IG51bWJlcjtcbiAgLyoqIEhvdyBvZnRlbiBjbGFpbSBleHBpcnkgYW5kIGRlYWRsaW5lcyBhcmUgY2hlY2tlZCBpbiB0aGUgYmFja2dyb3VuZCwgbXM7IGRlZmF1bHQgMTAwMC4gKi9cbiAgc3dlZXBJbnRlcnZhbE1zPzogbnVtYmVyO1xufVxuXG4vKiogT3B0aW9ucyBvZiBgY3JlYXRlV29ya2VyQ29uZmlnYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgV29ya2VyQ29uZmlnT3B0aW9ucyB7XG4gIHByb3Zpc2lvbmVySWQ/OiBzdHJpbmc7XG4gIHdvcmtlclR5cGU/OiBzdHJpbmc7XG4gIHdvcmtlckdyb3VwPzogc3RyaW5nO1xuICB3b3JrZXJJZD86IHN0cmluZztcbiAgLyoqIFRoZSB3b3JrZXIgY2xpZW50J3MgaWQ7IGRlZmF1bHQgYHdvcmtlci88cHJvdmlzaW9uZXJJZD4vPHdvcmtlclR5cGU+Lzx3b3JrZXJHcm91cD4vPHdvcmtlcklkPmAuICovXG4gIGNsaWVudElkPzogc3RyaW5nO1xuICAvKiogU2NvcGVzIGFkZGVkIHRvIHRoZSB3b3JrZXIgY2xpZW50J3MgbWluaW1hbCBzZXQuICovXG4gIGV4dHJhU2NvcGVzPzogc3RyaW5nW107XG59XG5cbi8qKiBUaGUgR28gd29ya2VyJ3MgY29uZmlnIGtleXMgZm9yIHRhbGtpbmcgdG8gVGFza2NsdXN0ZXIgKHNwZWMgNC4yKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgV29ya2VyQ29uZmlnIHtcbiAgcm9vdFVSTDogc3RyaW5nO1xuICBjbGllbnRJZDogc3RyaW5nO1xuICBhY2Nlc3NUb2tlbjogc3RyaW5nO1xuICBwcm92aXNpb25lcklkOiBzdHJpbmc7XG4gIHdvcmtlclR5cGU6IHN0cmluZztcbiAgd29ya2VyR3JvdXA6IHN0cmluZztcbiAgd29ya2VySWQ6IHN0cmluZztcbn1cblxuLyoqIEEgcnVubmluZyBsb2NhbHRjLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2NhbFRhc2tjbHVzdGVyIHtcbiAgLyoqIGUuZy4gYGh0dHA6Ly8xMjcuMC4wLjE6NDAxMjNgIChubyB0cmFpbGluZyBzbGFzaCkuICovXG4gIHJlYWRvbmx5IHJvb3RVcmw6IHN0cmluZztcbiAgLyoqIFRoZSBwb3J0IGFjdHVhbGx5IGxpc3RlbmVkIG9uLiAqL1xuICByZWFkb25seSBwb3J0OiBudW1iZXI7XG4gIC8qKiBUaGUgZGF0YSBkaXIgaW4gdXNlLiAqL1xuICByZWFkb25seSBkYXRhRGlyOiBzdHJpbmc7XG4gIC8qKiBDcmVkZW50aWFscyBvZiBgc3RhdGljL3Rhc2tjbHVzdGVyL3Jvb3RgLCB3aGljaCBob2xkcyBzY29wZSBgKmAuICovXG4gIHJlYWRvbmx5IHJvb3RDcmVkZW50aWFsczogQ3JlZGVudGlhbHM7XG4gIC8qKlxuICAgKiBBIHJlYWR5LXRvLXVzZSB3b3JrZXIgY29uZmlnOiBhIGNsaWVudCAoY3JlYXRlZCBvciByZXVzZWQpIGhvbGRpbmcgb25seVxuICAgKiB3aGF0IGEgd29ya2VyIG5lZWRzOiBgcXVldWU6Y2xhaW0td29yazo8cG9vbD5gLCBgcXVldWU6d29ya2VyLWlkOjxncm91cD4vPGlkPmAsXG4gICAqIHB1cmdlLWNhY2hlIGBwdXJnZVJlcXVlc3RzYCBmb3IgdGhlIHBvb2wsIGBhdXRoOmV4cGFuZC1zY29wZXNgIGFuZFxuICAgKiB3b3JrZXItbWFuYWdlciBgc2hvdWxkV29ya2VyVGVybWluYXRlYCBmb3IgaXRzZWxmLiBVc2FibGUgYXQgb25jZTsgaXQgaXNcbiAgICogb24gZGlzayBieSB0aGUgdGltZSBgY2xvc2UoKWAgcmVzb2x2ZXMuXG4gICAqL1xuICBjcmVhdGVXb3JrZXJDb25maWcob3B0cz86IFdvcmtlckNvbmZpZ09wdGlvbnMpOiBXb3JrZXJDb25maWc7XG4gIC8qKiBDcmVhdGVzIChvciByZXBsYWNlcyB0aGUgc2NvcGVzIG9mKSBhIGNsaWVudDsgcmVzb2x2ZXMgd2hlbiBzdG9yZWQuICovXG4gIGNyZWF0ZUNsaWVudChjbGllbnRJZDogc3RyaW5nLCBzY29wZXM6IHN0cmluZ1tdKTogUHJvbWlzZTxDcmVkZW50aWFscz47XG4gIC8qKiBTZXRzIHdoYXQgd29ya2VyLW1hbmFnZXIgYHNob3VsZFdvcmtlclRlcm1pbmF0ZWAgYW5zd2VycyBmb3IgYSB3b3JrZXIuICovXG4gIHNldFNob3VsZFRlcm1pbmF0ZShcbiAgICB3b3JrZXJQb29sSWQ6IHN0cmluZyxcbiAgICB3b3JrZXJHcm91cDogc3RyaW5nLFxuICAgIHdvcmtlcklkOiBzdHJpbmcsXG4gICAgdGVybWluYXRlOiBib29sZWFuLFxuICAgIHJlYXNvbj86IHN0cmluZyxcbiAgKTogUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEFwcGxpZXMgY2xhaW0gZXhwaXJ5IGFuZCBkZWFkbGluZXMgYXMgb2YgYG5vdygpYCBhdCBvbmNlIChmb3IgdGVzdHMgZHJpdmluZyB0aGUgY2xvY2spLiAqL1xuICBzd2VlcCgpOiBQcm9taXNlPHZvaWQ+O1xuICAvKiogU3RvcHMgc2VydmluZyAod2FraW5nIGxvbmctcG9sbHMpLCB3YWl0cyBmb3IgaW4tZmxpZ2h0IHJlcXVlc3RzIGFuZCBwZW5kaW5nIHdyaXRlcy4gKi9cbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuaW50ZXJmYWNlIE1ldGFSZWNvcmQge1xuICB1cmxTZWNyZXQ6IHN0cmluZztcbn1cblxuY29uc3QgQ0hFQ0tTOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmRDaGVjaz4gPSB7XG4gIG1ldGE6ICh2KSA9PlxuICAgIHR5cGVvZiB2ID09PSBcIm9iamVjdFwiICYmIHYgIT09IG51bGwgJiYgdHlwZW9mICh2IGFzIE1ldGFSZWNvcmQpLnVybFNlY3JldCA9PT0gXCJzdHJpbmdcIlxuICAgICAgPyB1bmRlZmluZWRcbiAgICAgIDogXCJtZXRhIHJlY29yZCBsYWNrcyB1cmxTZWNyZXRcIixcbiAgY2xpZW50czogY2hlY2tDbGllbnQsXG4gIHJvbGVzOiBjaGVja1JvbGUsXG4gIHRhc2tzOiBjaGVja1Rhc2ssXG4gIGFydGlmYWN0czogY2hlY2tBcnRpZmFjdCxcbiAgczNibG9iczogY2hlY2tTM0Jsb2IsXG4gIG9iamVjdHM6IGNoZWNrT2JqZWN0LFxuICBpbmRleDogY2hlY2tJbmRleGVkVGFzayxcbiAgc2VjcmV0czogY2hlY2tTZWNyZXQsXG4gIHB1cmdlOiBjaGVja1B1cmdlLFxuICB3b3JrZXJzOiBjaGVja1Rlcm1pbmF0ZSxcbn07XG5cbi8qKlxuICogU3RhcnRzIGxvY2FsdGMuIFJlamVjdHMgd2l0aCBgU3RhdGVGaWxlRXJyb3JgIChuYW1pbmcgdGhlIGZpbGUpIHdoZW4gdGhlXG4gKiBkYXRhIGRpciBob2xkcyBhIGNvcnJ1cHQgb3IgcGFydGx5IHdyaXR0ZW4gc3RhdGUgZmlsZS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHN0YXJ0TG9jYWxUYXNrY2x1c3RlcihcbiAgb3B0czogTG9jYWxUYXNrY2x1c3Rlck9wdGlvbnMgPSB7fSxcbik6IFByb21pc2U8TG9jYWxUYXNrY2x1c3Rlcj4ge1xuICBjb25zdCBub3cgPSBvcHRzLm5vdyA/PyBEYXRlLm5vdztcbiAgY29uc3Qgb3duRGlyID0gb3B0cy5kYXRhRGlyID09PSB1bmRlZmluZWQ7XG4gIGNvbnN0IGRhdGFEaXIgPSBvcHRzLmRhdGFEaXIgPz8gYXdhaXQgRGVuby5tYWtlVGVtcERpcih7IHByZWZpeDogXCJsb2NhbHRjLVwiIH0pO1xuICBsZXQgc3RvcmU6IFN0b3JlO1xuICB0cnkge1xuICAgIGF3YWl0IERlbm8ubWtkaXIoZGF0YURpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgc3RvcmUgPSBhd2FpdCBTdG9yZS5vcGVuKGRhdGFEaXIsIENIRUNLUyk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAob3duRGlyKSBhd2FpdCBEZW5vLnJlbW92ZShkYXRhRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KS5jYXRjaCgoKSA9PiB7fSk7XG4gICAgdGhyb3cgZTtcbiAgfVxuICBjb25zdCBtZXRhID0gc3RvcmUuY29sbGVjdGlvbjxNZXRhUmVjb3JkPihcIm1ldGFcIik7XG4gIGlmICghbWV0YS5oYXMoXCJzZXJ2aWNlXCIpKSBhd2FpdCBtZXRhLnB1dChcInNlcnZpY2VcIiwgeyB1cmxTZWNyZXQ6IG5ld0FjY2Vzc1Rva2VuKCkgfSk7XG4gIGxldCByb290VXJsID0gXCJcIjtcbiAgY29uc3Qgc2lnbmVyID0gbmV3IFVybFNpZ25lcihtZXRhLmdldChcInNlcnZpY2VcIikhLnVybFNlY3JldCwgKCkgPT4gcm9vdFVybCk7XG4gIGNvbnN0IGF1dGggPSBhd2FpdCBBdXRoU2VydmljZS5jcmVhdGUoc3RvcmUsIG5vdyk7XG4gIGNvbnN0IG9iamVjdHMgPSBuZXcgT2JqZWN0U2VydmljZShzdG9yZSwgc2lnbmVyLCBub3cpO1xuICBjb25zdCBxdWV1ZSA9IG5ldyBRdWV1ZVNlcnZpY2Uoc3RvcmUsIGF1dGgsIG9iamVjdHMsIHNpZ25lciwge1xuICAgIG5vdyxcbiAgICBjbGFpbVRpbWVvdXRTZWNzOiBvcHRzLmNsYWltVGltZW91dFNlY3MgPz8gMjAgKiA2MCxcbiAgICBjbGFpbVdvcmtUaW1lb3V0TXM6IChvcHRzLmNsYWltV29ya1RpbWVvdXRTZWNzID8/IDIwKSAqIDEwMDAsXG4gIH0pO1xuICBjb25zdCBpbmRleCA9IG5ldyBJbmRleFNlcnZpY2Uoc3RvcmUsIG5vdyk7XG4gIGNvbnN0IHNlY3JldHMgPSBuZXcgU2VjcmV0c1NlcnZpY2Uoc3RvcmUsIG5vdyk7XG4gIGNvbnN0IHB1cmdlID0gbmV3IFB1cmdlQ2FjaGVTZXJ2aWNlKHN0b3JlLCBub3cpO1xuICBjb25zdCB3b3JrZXJzID0gbmV3IFdvcmtlck1hbmFnZXJTZXJ2aWNlKHN0b3JlKTtcblxuICBjb25zdCBhcHAgPSBuZXcgSG9ubygpO1xuICBjb25zdCBtb3VudCA9IHsgYXV0aGVudGljYXRlOiBhdXRoLmF1dGhlbnRpY2F0ZSwgbm93IH07XG4gIG1vdW50RW5kcG9pbnRzKGFwcCwgXCIvYXBpL3F1ZXVlL3YxXCIsIHF1ZXVlLmVuZHBvaW50cygpLCBtb3VudCk7XG4gIG1vdW50RW5kcG9pbnRzKGFwcCwgXCIvYXBpL29iamVjdC92MVwiLCBvYmplY3RzLmVuZHBvaW50cygpLCBtb3VudCk7XG4gIG1vdW50RW5kcG9pbnRzKGFwcCwgXCIvYXBpL2luZGV4L3YxXCIsIGluZGV4LmVuZHBvaW50cygpLCBtb3VudCk7XG4gIG1vdW50RW5kcG9pbnRzKGFwcCwgXCIvYXBpL2F1dGgvdjFcIiwgYXV0aC5lbmRwb2ludHMoKSwgbW91bnQpO1xuICBtb3VudEVuZHBvaW50cyhhcHAsIFwiL2FwaS9wdXJnZS1jYWNoZS92MVwiLCBwdXJnZS5lbmRwb2ludHMoKSwgbW91bnQpO1xuICBtb3VudEVuZHBvaW50cyhhcHAsIFwiL2FwaS9zZWNyZXRzL3YxXCIsIHNlY3JldHMuZW5kcG9pbnRzKCksIG1vdW50KTtcbiAgbW91bnRFbmRwb2ludHMoYXBwLCBcIi9hcGkvd29ya2VyLW1hbmFnZXIvdjFcIiwgd29ya2Vycy5lbmRwb2ludHMoKSwgbW91bnQpO1xuICBmb3IgKFxuICAgIGNvbnN0IHN2YyBvZiBbXCJxdWV1ZVwiLCBcIm9iamVjdFwiLCBcImluZGV4XCIsIFwiYXV0aFwiLCBcInB1cmdlLWNhY2hlXCIsIFwic2VjcmV0c1wiLCBcIndvcmtlci1tYW5hZ2VyXCJdXG4gICkge1xuICAgIGFwcC5nZXQoYC9hcGkvJHtzdmN9L3YxL3BpbmdgLCAoYykgPT4gYy5qc29uKHsgYWxpdmU6IHRydWUgfSkpO1xuICB9XG4gIHF1ZXVlLm1vdW50QmxvYnMoYXBwKTtcbiAgb2JqZWN0cy5tb3VudEJsb2JzKGFwcCk7XG4gIGFwcC5ub3RGb3VuZCgoYykgPT5cbiAgICBlcnJvclJlc3BvbnNlKFxuICAgICAgbmV3IEFwaUVycm9yKFwiUmVzb3VyY2VOb3RGb3VuZFwiLCBcIk5vIHN1Y2ggZW5kcG9pbnQ6IHt7bWV0aG9kfX0ge3twYXRofX1cIiwge1xuICAgICAgICBtZXRob2Q6IGMucmVxLm1ldGhvZCxcbiAgICAgICAgcGF0aDogbmV3IFVSTChjLnJlcS51cmwpLnBhdGhuYW1lLFxuICAgICAgfSksXG4gICAgICB7IG1ldGhvZDogXCJ1bmtub3duXCIsIHBhcmFtczoge30sIHBheWxvYWQ6IHt9IH0sXG4gICAgICBub3coKSxcbiAgICApXG4gICk7XG4gIGFwcC5vbkVycm9yKChlcnIsIGMpID0+IHtcbiAgICBjb25zb2xlLmVycm9yKGBsb2NhbHRjOiB1bmhhbmRsZWQgZXJyb3Igb24gJHtjLnJlcS5tZXRob2R9ICR7Yy5yZXEudXJsfTogJHtlcnIuc3RhY2sgPz8gZXJyfWApO1xuICAgIHJldHVybiBjLmpzb24oeyBjb2RlOiBcIkludGVybmFsU2VydmVyRXJyb3JcIiwgbWVzc2FnZTogU3RyaW5nKGVycikgfSwgNTAwKTtcbiAgfSk7XG5cbiAgY29uc3QgaG9zdG5hbWUgPSBvcHRzLmhvc3RuYW1lID8/IFwiMTI3LjAuMC4xXCI7XG4gIGxldCBzZXJ2ZXI6IERlbm8uSHR0cFNlcnZlcjxEZW5vLk5ldEFkZHI+O1xuICB0cnkge1xuICAgIHNlcnZlciA9IERlbm8uc2VydmUoeyBwb3J0OiBvcHRzLnBvcnQgPz8gMCwgaG9zdG5hbWUsIG9uTGlzdGVuKCkge30gfSwgYXBwLmZldGNoKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHF1ZXVlLmNsb3NlKCk7XG4gICAgYXdhaXQgc3RvcmUuZmx1c2goKTtcbiAgICBpZiAob3duRGlyKSBhd2FpdCBEZW5vLnJlbW92ZShkYXRhRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KS5jYXRjaCgoKSA9PiB7fSk7XG4gICAgdGhyb3cgZTtcbiAgfVxuICBjb25zdCBwb3J0ID0gc2VydmVyLmFkZHIucG9ydDtcbiAgY29uc3QgdXJsSG9zdCA9IGhvc3RuYW1lID09PSBcIjAuMC4wLjBcIiB8fCBob3N0bmFtZSA9PT0gXCI6OlwiXG4gICAgPyBcIjEyNy4wLjAuMVwiXG4gICAgOiBob3N0bmFtZS5pbmNsdWRlcyhcIjpcIilcbiAgICA/IGBbJHtob3N0bmFtZX1dYFxuICAgIDogaG9zdG5hbWU7XG4gIHJvb3RVcmwgPSBgaHR0cDovLyR7dXJsSG9zdH06JHtwb3J0fWA7XG5cbiAgY29uc3Qgc3dlZXBlciA9IHNldEludGVydmFsKCgpID0+IHtcbiAgICBxdWV1ZS5zd2VlcCgpLmNhdGNoKChlKSA9PiBjb25zb2xlLmVycm9yKGBsb2NhbHRjOiBiYWNrZ3JvdW5kIHN3ZWVwIGZhaWxlZDogJHtlPy5zdGFjayA/PyBlfWApKTtcbiAgfSwgb3B0cy5zd2VlcEludGVydmFsTXMgPz8gMTAwMCk7XG4gIGxldCBjbG9zaW5nOiBQcm9taXNlPHZvaWQ+IHwgdW5kZWZpbmVkO1xuXG4gIHJldHVybiB7XG4gICAgcm9vdFVybCxcbiAgICBwb3J0LFxuICAgIGRhdGFEaXIsXG4gICAgcm9vdENyZWRlbnRpYWxzOiBhdXRoLnJvb3RDcmVkZW50aWFscygpLFxuICAgIGNyZWF0ZVdvcmtlckNvbmZpZyhvOiBXb3JrZXJDb25maWdPcHRpb25zID0ge30pOiBXb3JrZXJDb25maWcge1xuICAgICAgY29uc3QgcHJvdmlzaW9uZXJJZCA9IG8ucHJvdmlzaW9uZXJJZCA/PyBcImxvY2FsXCI7XG4gICAgICBjb25zdCB3b3JrZXJUeXBlID0gby53b3JrZXJUeXBlID8/IFwiZ2VuZXJpYy13b3JrZXJcIjtcbiAgICAgIGNvbnN0IHdvcmtlckdyb3VwID0gby53b3JrZXJHcm91cCA/PyBcImxvY2FsXCI7XG4gICAgICBjb25zdCB3b3JrZXJJZCA9IG8ud29ya2VySWQgPz8gXCJsb2NhbC13b3JrZXJcIjtcbiAgICAgIGNvbnN0IHBvb2wgPSBgJHtwcm92aXNpb25lcklkfS8ke3dvcmtlclR5cGV9YDtcbiAgICAgIGNvbnN0IGNsaWVudElkID0gby5jbGllbnRJZCA/PyBgd29ya2VyLyR7cG9vbH0vJHt3b3JrZXJHcm91cH0vJHt3b3JrZXJJZH1gO1xuICAgICAgY29uc3Qgc2NvcGVzID0gW1xuICAgICAgICBgcXVldWU6Y2xhaW0td29yazoke3Bvb2x9YCxcbiAgICAgICAgYHF1ZXVlOndvcmtlci1pZDoke3dvcmtlckdyb3VwfS8ke3dvcmtlcklkfWAsXG4gICAgICAgIGBwdXJnZS1jYWNoZTpwdXJnZS1yZXF1ZXN0czo6JHtwb29sfWAsXG4gICAgICAgIFwiYXV0aDpleHBhbmQtc2NvcGVzXCIsXG4gICAgICAgIGB3b3JrZXItbWFuYWdlcjpzaG91bGQtd29ya2VyLXRlcm1pbmF0ZToke3Bvb2x9LyR7d29ya2VyR3JvdXB9LyR7d29ya2VySWR9YCxcbiAgICAgICAgLi4uKG8uZXh0cmFTY29wZXMgPz8gW10pLFxuICAgICAgXTtcbiAgICAgIGNvbnN0IHsgY3JlZGVudGlhbHMsIHdyaXR0ZW4gfSA9IGF1dGguZW5zdXJlQ2xpZW50KGNsaWVudElkLCBzY29wZXMsIFwibG9jYWx0YyB3b3JrZXJcIik7XG4gICAgICB3cml0dGVuLmNhdGNoKChlKSA9PiBjb25zb2xlLmVycm9yKGBsb2NhbHRjOiBzdG9yaW5nIGNsaWVudCAke2NsaWVudElkfSBmYWlsZWQ6ICR7ZX1gKSk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICByb290VVJMOiByb290VXJsLFxuICAgICAgICBjbGllbnRJZDogY3JlZGVudGlhbHMuY2xpZW50SWQsXG4gICAgICAgIGFjY2Vzc1Rva2VuOiBjcmVkZW50aWFscy5hY2Nlc3NUb2tlbixcbiAgICAgICAgcHJvdmlzaW9uZXJJZCxcbiAgICAgICAgd29ya2VyVHlwZSxcbiAgICAgICAgd29ya2VyR3JvdXAsXG4gICAgICAgIHdvcmtlcklkLFxuICAgICAgfTtcbiAgICB9LFxuICAgIGFzeW5jIGNyZWF0ZUNsaWVudChjbGllbnRJZDogc3RyaW5nLCBzY29wZXM6IHN0cmluZ1tdKTogUHJvbWlzZTxDcmVkZW50aWFscz4ge1xuICAgICAgY29uc3QgeyBjcmVkZW50aWFscywgd3JpdHRlbiB9ID0gYXV0aC5lbnN1cmVDbGllbnQoY2xpZW50SWQsIHNjb3Blcyk7XG4gICAgICBhd2FpdCB3cml0dGVuO1xuICAgICAgcmV0dXJuIGNyZWRlbnRpYWxzO1xuICAgIH0sXG4gICAgc2V0U2hvdWxkVGVybWluYXRlOiAocG9vbCwgZ3JvdXAsIGlkLCB0ZXJtaW5hdGUsIHJlYXNvbikgPT5cbiAgICAgIHdvcmtlcnMuc2V0U2hvdWxkVGVybWluYXRlKHBvb2wsIGdyb3VwLCBpZCwgdGVybWluYXRlLCByZWFzb24pLFxuICAgIHN3ZWVwOiAoKSA9PiBxdWV1ZS5zd2VlcCgpLFxuICAgIGNsb3NlKCk6IFByb21pc2U8dm9pZD4ge1xuICAgICAgY2xvc2luZyA/Pz0gKGFzeW5jICgpID0+IHtcbiAgICAgICAgY2xlYXJJbnRlcnZhbChzd2VlcGVyKTtcbiAgICAgICAgcXVldWUuY2xvc2UoKTtcbiAgICAgICAgYXdhaXQgc2VydmVyLnNodXRkb3duKCk7XG4gICAgICAgIGF3YWl0IHN0b3JlLmZsdXNoKCk7XG4gICAgICAgIGlmIChvd25EaXIpIGF3YWl0IERlbm8ucmVtb3ZlKGRhdGFEaXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pLmNhdGNoKCgpID0+IHt9KTtcbiAgICAgIH0pKCk7XG4gICAgICByZXR1cm4gY2xvc2luZztcbiAgICB9LFxuICB9O1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Ozs7Ozs7Q0FZQyxHQUNELFNBQVMsSUFBSSxRQUFRLE9BQU87QUFDNUIsU0FBUyxRQUFRLEVBQUUsYUFBYSxFQUFFLGNBQWMsUUFBUSxXQUFXO0FBQ25FLFNBQVMsV0FBVyxFQUFFLFdBQVcsRUFBRSxTQUFTLFFBQVEsWUFBWTtBQUNoRSxTQUFTLFNBQVMsUUFBUSxhQUFhO0FBQ3ZDLFNBQTJCLGNBQWMsUUFBUSxtQkFBbUI7QUFDcEUsU0FBUyxnQkFBZ0IsRUFBRSxZQUFZLFFBQVEsYUFBYTtBQUM1RCxTQUFTLFdBQVcsRUFBRSxhQUFhLFFBQVEsY0FBYztBQUN6RCxTQUFTLFVBQVUsRUFBRSxpQkFBaUIsUUFBUSxtQkFBbUI7QUFDakUsU0FBUyxhQUFhLEVBQUUsV0FBVyxFQUFFLFNBQVMsRUFBRSxZQUFZLFFBQVEsYUFBYTtBQUNqRixTQUFTLFdBQVcsRUFBRSxjQUFjLFFBQVEsZUFBZTtBQUMzRCxTQUEyQixLQUFLLFFBQVEsYUFBYTtBQUNyRCxTQUFTLGNBQWMsRUFBRSxvQkFBb0IsUUFBUSxzQkFBc0I7QUFFM0UsU0FBUyxjQUFjLFFBQVEsYUFBYTtBQWtGNUMsTUFBTSxTQUFzQztFQUMxQyxNQUFNLENBQUMsSUFDTCxPQUFPLE1BQU0sWUFBWSxNQUFNLFFBQVEsT0FBTyxBQUFDLEVBQWlCLFNBQVMsS0FBSyxXQUMxRSxZQUNBO0VBQ04sU0FBUztFQUNULE9BQU87RUFDUCxPQUFPO0VBQ1AsV0FBVztFQUNYLFNBQVM7RUFDVCxTQUFTO0VBQ1QsT0FBTztFQUNQLFNBQVM7RUFDVCxPQUFPO0VBQ1AsU0FBUztBQUNYO0FBRUE7OztDQUdDLEdBQ0QsT0FBTyxlQUFlLHNCQUNwQixPQUFnQyxDQUFDLENBQUM7RUFFbEMsTUFBTSxNQUFNLEtBQUssR0FBRyxJQUFJLEtBQUssR0FBRztFQUNoQyxNQUFNLFNBQVMsS0FBSyxPQUFPLEtBQUs7RUFDaEMsTUFBTSxVQUFVLEtBQUssT0FBTyxJQUFJLE1BQU0sS0FBSyxXQUFXLENBQUM7SUFBRSxRQUFRO0VBQVc7RUFDNUUsSUFBSTtFQUNKLElBQUk7SUFDRixNQUFNLEtBQUssS0FBSyxDQUFDLFNBQVM7TUFBRSxXQUFXO0lBQUs7SUFDNUMsUUFBUSxNQUFNLE1BQU0sSUFBSSxDQUFDLFNBQVM7RUFDcEMsRUFBRSxPQUFPLEdBQUc7SUFDVixJQUFJLFFBQVEsTUFBTSxLQUFLLE1BQU0sQ0FBQyxTQUFTO01BQUUsV0FBVztJQUFLLEdBQUcsS0FBSyxDQUFDLEtBQU87SUFDekUsTUFBTTtFQUNSO0VBQ0EsTUFBTSxPQUFPLE1BQU0sVUFBVSxDQUFhO0VBQzFDLElBQUksQ0FBQyxLQUFLLEdBQUcsQ0FBQyxZQUFZLE1BQU0sS0FBSyxHQUFHLENBQUMsV0FBVztJQUFFLFdBQVc7RUFBaUI7RUFDbEYsSUFBSSxVQUFVO0VBQ2QsTUFBTSxTQUFTLElBQUksVUFBVSxLQUFLLEdBQUcsQ0FBQyxXQUFZLFNBQVMsRUFBRSxJQUFNO0VBQ25FLE1BQU0sT0FBTyxNQUFNLFlBQVksTUFBTSxDQUFDLE9BQU87RUFDN0MsTUFBTSxVQUFVLElBQUksY0FBYyxPQUFPLFFBQVE7RUFDakQsTUFBTSxRQUFRLElBQUksYUFBYSxPQUFPLE1BQU0sU0FBUyxRQUFRO0lBQzNEO0lBQ0Esa0JBQWtCLEtBQUssZ0JBQWdCLElBQUksS0FBSztJQUNoRCxvQkFBb0IsQ0FBQyxLQUFLLG9CQUFvQixJQUFJLEVBQUUsSUFBSTtFQUMxRDtFQUNBLE1BQU0sUUFBUSxJQUFJLGFBQWEsT0FBTztFQUN0QyxNQUFNLFVBQVUsSUFBSSxlQUFlLE9BQU87RUFDMUMsTUFBTSxRQUFRLElBQUksa0JBQWtCLE9BQU87RUFDM0MsTUFBTSxVQUFVLElBQUkscUJBQXFCO0VBRXpDLE1BQU0sTUFBTSxJQUFJO0VBQ2hCLE1BQU0sUUFBUTtJQUFFLGNBQWMsS0FBSyxZQUFZO0lBQUU7RUFBSTtFQUNyRCxlQUFlLEtBQUssaUJBQWlCLE1BQU0sU0FBUyxJQUFJO0VBQ3hELGVBQWUsS0FBSyxrQkFBa0IsUUFBUSxTQUFTLElBQUk7RUFDM0QsZUFBZSxLQUFLLGlCQUFpQixNQUFNLFNBQVMsSUFBSTtFQUN4RCxlQUFlLEtBQUssZ0JBQWdCLEtBQUssU0FBUyxJQUFJO0VBQ3RELGVBQWUsS0FBSyx1QkFBdUIsTUFBTSxTQUFTLElBQUk7RUFDOUQsZUFBZSxLQUFLLG1CQUFtQixRQUFRLFNBQVMsSUFBSTtFQUM1RCxlQUFlLEtBQUssMEJBQTBCLFFBQVEsU0FBUyxJQUFJO0VBQ25FLEtBQ0UsTUFBTSxPQUFPO0lBQUM7SUFBUztJQUFVO0lBQVM7SUFBUTtJQUFlO0lBQVc7R0FBaUIsQ0FDN0Y7SUFDQSxJQUFJLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxJQUFJLFFBQVEsQ0FBQyxFQUFFLENBQUMsSUFBTSxFQUFFLElBQUksQ0FBQztRQUFFLE9BQU87TUFBSztFQUM3RDtFQUNBLE1BQU0sVUFBVSxDQUFDO0VBQ2pCLFFBQVEsVUFBVSxDQUFDO0VBQ25CLElBQUksUUFBUSxDQUFDLENBQUMsSUFDWixjQUNFLElBQUksU0FBUyxvQkFBb0IseUNBQXlDO01BQ3hFLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTTtNQUNwQixNQUFNLElBQUksSUFBSSxFQUFFLEdBQUcsQ0FBQyxHQUFHLEVBQUUsUUFBUTtJQUNuQyxJQUNBO01BQUUsUUFBUTtNQUFXLFFBQVEsQ0FBQztNQUFHLFNBQVMsQ0FBQztJQUFFLEdBQzdDO0VBR0osSUFBSSxPQUFPLENBQUMsQ0FBQyxLQUFLO0lBQ2hCLFFBQVEsS0FBSyxDQUFDLENBQUMsNEJBQTRCLEVBQUUsRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsRUFBRSxFQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLElBQUksS0FBSyxJQUFJLEtBQUs7SUFDN0YsT0FBTyxFQUFFLElBQUksQ0FBQztNQUFFLE1BQU07TUFBdUIsU0FBUyxPQUFPO0lBQUssR0FBRztFQUN2RTtFQUVBLE1BQU0sV0FBVyxLQUFLLFFBQVEsSUFBSTtFQUNsQyxJQUFJO0VBQ0osSUFBSTtJQUNGLFNBQVMsS0FBSyxLQUFLLENBQUM7TUFBRSxNQUFNLEtBQUssSUFBSSxJQUFJO01BQUc7TUFBVSxhQUFZO0lBQUUsR0FBRyxJQUFJLEtBQUs7RUFDbEYsRUFBRSxPQUFPLEdBQUc7SUFDVixNQUFNLEtBQUs7SUFDWCxNQUFNLE1BQU0sS0FBSztJQUNqQixJQUFJLFFBQVEsTUFBTSxLQUFLLE1BQU0sQ0FBQyxTQUFTO01BQUUsV0FBVztJQUFLLEdBQUcsS0FBSyxDQUFDLEtBQU87SUFDekUsTUFBTTtFQUNSO0VBQ0EsTUFBTSxPQUFPLE9BQU8sSUFBSSxDQUFDLElBQUk7RUFDN0IsTUFBTSxVQUFVLGFBQWEsYUFBYSxhQUFhLE9BQ25ELGNBQ0EsU0FBUyxRQUFRLENBQUMsT0FDbEIsQ0FBQyxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUMsR0FDZjtFQUNKLFVBQVUsQ0FBQyxPQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTTtFQUVyQyxNQUFNLFVBQVUsWUFBWTtJQUMxQixNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsQ0FBQyxJQUFNLFFBQVEsS0FBSyxDQUFDLENBQUMsa0NBQWtDLEVBQUUsR0FBRyxTQUFTLEdBQUc7RUFDL0YsR0FBRyxLQUFLLGVBQWUsSUFBSTtFQUMzQixJQUFJO0VBRUosT0FBTztJQUNMO0lBQ0E7SUFDQTtJQUNBLGlCQUFpQixLQUFLLGVBQWU7SUFDckMsb0JBQW1CLElBQXlCLENBQUMsQ0FBQztNQUM1QyxNQUFNLGdCQUFnQixFQUFFLGFBQWEsSUFBSTtNQUN6QyxNQUFNLGFBQWEsRUFBRSxVQUFVLElBQUk7TUFDbkMsTUFBTSxjQUFjLEVBQUUsV0FBVyxJQUFJO01BQ3JDLE1BQU0sV0FBVyxFQUFFLFFBQVEsSUFBSTtNQUMvQixNQUFNLE9BQU8sR0FBRyxjQUFjLENBQUMsRUFBRSxZQUFZO01BQzdDLE1BQU0sV0FBVyxFQUFFLFFBQVEsSUFBSSxDQUFDLE9BQU8sRUFBRSxLQUFLLENBQUMsRUFBRSxZQUFZLENBQUMsRUFBRSxVQUFVO01BQzFFLE1BQU0sU0FBUztRQUNiLENBQUMsaUJBQWlCLEVBQUUsTUFBTTtRQUMxQixDQUFDLGdCQUFnQixFQUFFLFlBQVksQ0FBQyxFQUFFLFVBQVU7UUFDNUMsQ0FBQyw0QkFBNEIsRUFBRSxNQUFNO1FBQ3JDO1FBQ0EsQ0FBQyx1Q0FBdUMsRUFBRSxLQUFLLENBQUMsRUFBRSxZQUFZLENBQUMsRUFBRSxVQUFVO1dBQ3ZFLEVBQUUsV0FBVyxJQUFJLEVBQUU7T0FDeEI7TUFDRCxNQUFNLEVBQUUsV0FBVyxFQUFFLE9BQU8sRUFBRSxHQUFHLEtBQUssWUFBWSxDQUFDLFVBQVUsUUFBUTtNQUNyRSxRQUFRLEtBQUssQ0FBQyxDQUFDLElBQU0sUUFBUSxLQUFLLENBQUMsQ0FBQyx3QkFBd0IsRUFBRSxTQUFTLFNBQVMsRUFBRSxHQUFHO01BQ3JGLE9BQU87UUFDTCxTQUFTO1FBQ1QsVUFBVSxZQUFZLFFBQVE7UUFDOUIsYUFBYSxZQUFZLFdBQVc7UUFDcEM7UUFDQTtRQUNBO1FBQ0E7TUFDRjtJQUNGO0lBQ0EsTUFBTSxjQUFhLFFBQWdCLEVBQUUsTUFBZ0I7TUFDbkQsTUFBTSxFQUFFLFdBQVcsRUFBRSxPQUFPLEVBQUUsR0FBRyxLQUFLLFlBQVksQ0FBQyxVQUFVO01BQzdELE1BQU07TUFDTixPQUFPO0lBQ1Q7SUFDQSxvQkFBb0IsQ0FBQyxNQUFNLE9BQU8sSUFBSSxXQUFXLFNBQy9DLFFBQVEsa0JBQWtCLENBQUMsTUFBTSxPQUFPLElBQUksV0FBVztJQUN6RCxPQUFPLElBQU0sTUFBTSxLQUFLO0lBQ3hCO01BQ0UsWUFBWSxDQUFDO1FBQ1gsY0FBYztRQUNkLE1BQU0sS0FBSztRQUNYLE1BQU0sT0FBTyxRQUFRO1FBQ3JCLE1BQU0sTUFBTSxLQUFLO1FBQ2pCLElBQUksUUFBUSxNQUFNLEtBQUssTUFBTSxDQUFDLFNBQVM7VUFBRSxXQUFXO1FBQUssR0FBRyxLQUFLLENBQUMsS0FBTztNQUMzRSxDQUFDO01BQ0QsT0FBTztJQUNUO0VBQ0Y7QUFDRiJ9
// denoCacheMetadata=5782397454786047888,10360344957879493963
