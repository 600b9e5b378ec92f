/**
 * The "Taskcluster Proxy" task feature (spec 12.2): requested by
 * `payload.features.taskclusterProxy`, enabled by `enableTaskclusterProxy`,
 * no scopes. Start runs the in-process proxy on the task's slot port
 * (`taskclusterProxyPort + 4*slot`) bound to 127.0.0.1, signing with the
 * claim's credentials restricted to task.scopes +
 * `queue:create-artifact:<taskId>/<runId>`, admitting only the task user
 * (multiuser) and root, and sets `TASKCLUSTER_PROXY_URL`. After every
 * reclaim `refreshCredentials` PUTs the new credentials to the proxy's
 * `/credentials` and logs `[taskcluster-proxy] Successfully refreshed
 * taskcluster-proxy credentials: <clientId>`. Stop closes the server.
 *
 * `taskclusterProxyInterface: "docker-bridge"` (D2G) is not supported by
 * this implementation: the task is resolved exception/internal-error.
 */
import type { Credentials } from "../../taskcluster/credentials.ts";
import { startTaskclusterProxy, type TaskclusterProxy } from "./proxy.ts";

/** The feature's name. */
export const TASKCLUSTER_PROXY = "Taskcluster Proxy";

/** An error deciding the task's resolution (exception/<reason>). */
export interface ProxyFeatureError {
  reason: "internal-error" | "malformed-payload";
  message: string;
}

/** What the feature needs from the task run. */
export interface ProxyTask {
  taskId: string;
  runId: number;
  /** `task.scopes` of the claimed task definition. */
  scopes: readonly string[];
  /** The task credentials from the claim (later replaced through `refreshCredentials`). */
  credentials: Credentials;
  /** `payload.taskclusterProxyInterface` ("localhost" by default). */
  proxyInterface?: string;
  /** The slot's proxy port. */
  port: number;
  /** uid of the task user (multiuser); undefined admits any local user (insecure). */
  allowedUid?: number;
  rootUrl: string;
  setEnv(name: string, value: string): void;
  info(message: string): void;
  warn(message: string): void;
  /** Worker-log sink. */
  log?: (message: string) => void;
}

/** The scopes the proxy signs with: task scopes + `queue:create-artifact:<taskId>/<runId>`. */
export function proxyAuthorizedScopes(
  scopes: readonly string[],
  taskId: string,
  runId: number,
): string[] {
  return [...scopes, `queue:create-artifact:${taskId}/${runId}`];
}

/** One task's proxy. */
export class TaskclusterProxyTaskFeature {
  #proxy: TaskclusterProxy | undefined;
  constructor(private task: ProxyTask) {}

  /** No scopes are required. */
  requiredScopes(): string[][] {
    return [];
  }

  /** No artifacts are reserved. */
  reservedArtifacts(): string[] {
    return [];
  }

  /** The running proxy (after a successful start). */
  get proxy(): TaskclusterProxy | undefined {
    return this.#proxy;
  }

  /** Starts the proxy and sets TASKCLUSTER_PROXY_URL; an error resolves the task exception/internal-error. */
  async start(): Promise<ProxyFeatureError | undefined> {
    const t = this.task;
    const iface = t.proxyInterface ?? "localhost";
    if (iface !== "localhost") {
      return {
        reason: "internal-error",
        message: `taskclusterProxyInterface ${
          JSON.stringify(iface)
        } is not supported by this worker (only "localhost")`,
      };
    }
    try {
      this.#proxy = await startTaskclusterProxy({
        rootUrl: t.rootUrl,
        credentials: t.credentials,
        authorizedScopes: proxyAuthorizedScopes(t.scopes, t.taskId, t.runId),
        hostname: "127.0.0.1",
        port: t.port,
        allowedUid: t.allowedUid,
        log: t.log,
      });
    } catch (e) {
      return {
        reason: "internal-error",
        message: `could not start taskcluster proxy on port ${t.port}: ${(e as Error).message}`,
      };
    }
    t.setEnv("TASKCLUSTER_PROXY_URL", this.#proxy.url);
    return undefined;
  }

  /**
   * After a reclaim: PUT the new credentials to the proxy's `/credentials`
   * (as the Go worker does) and log the refresh in the task log. Throws when
   * the proxy does not answer 200.
   */
  async refreshCredentials(c: Credentials): Promise<void> {
    if (!this.#proxy) return;
    const url = `http://127.0.0.1:${this.#proxy.port}/credentials`;
    const res = await fetch(url, {
      method: "PUT",
      body: JSON.stringify({
        accessToken: c.accessToken,
        certificate: c.certificate ?? "",
        clientId: c.clientId,
      }),
    });
    await res.body?.cancel();
    if (res.status !== 200) {
      throw new Error(`Got http status code ${res.status} when issuing PUT to ${url}`);
    }
    this.task.log?.(
      `Got http status code ${res.status} when issuing PUT to ${url} with clientId ${c.clientId}`,
    );
    this.task.info(
      `[taskcluster-proxy] Successfully refreshed taskcluster-proxy credentials: ${c.clientId}`,
    );
  }

  /** Stops the proxy; a failure is only a warning. */
  async stop(): Promise<void> {
    if (!this.#proxy) return;
    try {
      await this.#proxy.close();
    } catch (e) {
      this.task.warn(
        `[taskcluster-proxy] Could not terminate taskcluster proxy process: ${
          (e as Error).message
        }`,
      );
    }
    this.#proxy = undefined;
  }
}
