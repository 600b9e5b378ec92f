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
 * `taskclusterProxyInterface: "docker-bridge"` (D2G): start creates the
 * task's own network `docker network create [--ipv6] gw-task-<taskId[:12]>-<runId>`
 * (`--ipv6` when the default bridge has IPv6), reads its IPv4 gateway and
 * subnet (`docker network inspect`), binds the proxy to the gateway, sets
 * `TASKCLUSTER_DOCKER_NETWORK` and `TASKCLUSTER_PROXY_GATEWAY` (D2G's
 * `docker run --network ... --add-host=taskcluster:<gateway>`) and
 * `TASKCLUSTER_PROXY_URL=http://<gateway>:<port>`. On multiuser, peers
 * whose socket is not on the host (the container) are admitted by subnet,
 * host peers still by uid, and the proxy also listens on 127.0.0.1 for the
 * worker's credential refresh. Stop removes the network (a warning on
 * failure). The docker commands run as the worker.
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
  /** Runs `docker <args>` as the worker (docker-bridge); default: the `docker` CLI. */
  docker?: (args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;
}

/** Runs `docker <args>` as the worker (no DOCKER_HOST: the default socket). */
export async function hostDocker(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = Deno.env.toObject();
  delete env.DOCKER_HOST;
  try {
    const out = await new Deno.Command("docker", {
      args,
      env,
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const dec = new TextDecoder();
    return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
  } catch (e) {
    return { code: -1, stdout: "", stderr: (e as Error).message };
  }
}

function dockerError(r: { code: number; stderr: string }): string {
  return `exit status ${r.code}: ${r.stderr.trim()}`;
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
  #network: string | undefined;
  #refreshHost = "127.0.0.1";
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
    let address = "127.0.0.1";
    let subnet: string | undefined;
    if (iface === "docker-bridge") {
      const bridge = await this.#createNetwork();
      if ("reason" in bridge) return bridge;
      address = bridge.gateway;
      subnet = bridge.subnet;
    } else if (iface !== "localhost") {
      return {
        reason: "internal-error",
        message:
          `INTERNAL BUG: Unsupported taskcluster proxy interface enum option should not have made it here: ${
            JSON.stringify(iface)
          }`,
      };
    }
    const allowedNetwork = t.allowedUid !== undefined ? subnet : undefined;
    try {
      this.#proxy = await startTaskclusterProxy({
        rootUrl: t.rootUrl,
        credentials: t.credentials,
        authorizedScopes: proxyAuthorizedScopes(t.scopes, t.taskId, t.runId),
        hostname: address,
        port: t.port,
        allowedUid: t.allowedUid,
        allowedNetwork,
        log: t.log,
      });
    } catch (e) {
      return {
        reason: "internal-error",
        message: `could not start taskcluster proxy on port ${t.port}: ${(e as Error).message}`,
      };
    }
    this.#refreshHost = address === "127.0.0.1" || allowedNetwork !== undefined
      ? "127.0.0.1"
      : address;
    t.setEnv("TASKCLUSTER_PROXY_URL", this.#proxy.url);
    return undefined;
  }

  /** docker-bridge: the task's network, its IPv4 gateway and subnet, and the env vars D2G reads. */
  async #createNetwork(): Promise<{ gateway: string; subnet: string } | ProxyFeatureError> {
    const t = this.task;
    const docker = t.docker ?? hostDocker;
    const name = `gw-task-${t.taskId.slice(0, 12)}-${t.runId}`;
    const v6 = await docker(["network", "inspect", "bridge", "--format", "{{.EnableIPv6}}"]);
    const args = ["network", "create"];
    if (v6.code === 0 && v6.stdout.trim() === "true") args.push("--ipv6");
    const created = await docker([...args, name]);
    if (created.code !== 0) {
      return {
        reason: "internal-error",
        message: `could not create Docker network ${name}: ${dockerError(created)}`,
      };
    }
    this.#network = name;
    const inspect = await docker([
      "network",
      "inspect",
      name,
      "--format",
      "{{range .IPAM.Config}}{{if and .Gateway .Subnet}}{{.Gateway}} {{.Subnet}}{{println}}{{end}}{{end}}",
    ]);
    if (inspect.code !== 0) {
      return {
        reason: "internal-error",
        message: `could not determine gateway/subnet for Docker network ${name}: ${
          dockerError(inspect)
        }`,
      };
    }
    for (const line of inspect.stdout.trim().split("\n")) {
      const f = line.trim().split(/\s+/);
      if (f.length !== 2 || !/^\d+\.\d+\.\d+\.\d+$/.test(f[0])) continue;
      t.setEnv("TASKCLUSTER_DOCKER_NETWORK", name);
      t.setEnv("TASKCLUSTER_PROXY_GATEWAY", f[0]);
      return { gateway: f[0], subnet: f[1] };
    }
    return {
      reason: "internal-error",
      message: `no IPv4 gateway found for Docker network ${name} in ${
        JSON.stringify(inspect.stdout)
      }`,
    };
  }

  /**
   * After a reclaim: PUT the new credentials to the proxy's `/credentials`
   * (as the Go worker does) and log the refresh in the task log. Throws when
   * the proxy does not answer 200.
   */
  async refreshCredentials(c: Credentials): Promise<void> {
    if (!this.#proxy) return;
    const url = `http://${this.#refreshHost}:${this.#proxy.port}/credentials`;
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

  /** Stops the proxy and removes the docker-bridge network; failures are only warnings. */
  async stop(): Promise<void> {
    if (this.#proxy) {
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
    if (this.#network) {
      const rm = await (this.task.docker ?? hostDocker)(["network", "rm", this.#network]);
      if (rm.code !== 0) {
        this.task.warn(
          `[taskcluster-proxy] Could not remove Docker network ${this.#network}: ${
            dockerError(rm)
          }`,
        );
      }
      this.#network = undefined;
    }
  }
}
