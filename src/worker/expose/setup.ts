/**
 * Picks the worker's exposer as Go's `setupExposer` does: websocktunnel when
 * both `wstServerURL` and `wstAudience` are set (tokens from auth
 * `websocktunnelToken` with the worker's current credentials), otherwise
 * the local exposer on `publicIP`.
 *
 * ```ts
 * const exposer = setupExposer(config, log);
 * const server = startLiveLogServer({ port, exposer, status });
 * ```
 */
import type { Config } from "../../config/config.ts";
import { type Exposer, localExposer } from "../../livelog/expose.ts";
import { websocktunnelExposer } from "../../livelog/websocktunnel.ts";
import { Auth } from "../../taskcluster/auth.ts";
import type { WorkerLog } from "../worker_log.ts";

/** The exposer for this worker's config. */
export function setupExposer(config: Config, log: WorkerLog): Exposer {
  if (!config.wstServerURL || !config.wstAudience) {
    if (config.wstServerURL || config.wstAudience) {
      log.log(
        `WARNING: websocktunnel needs both wstServerURL and wstAudience; only ${
          config.wstServerURL ? "wstServerURL" : "wstAudience"
        } is set, so live logs are served directly (publicIP)`,
      );
    }
    return localExposer(config.publicIP || "127.0.0.1");
  }
  return websocktunnelExposer({
    serverURL: config.wstServerURL,
    audience: config.wstAudience,
    workerGroup: config.workerGroup,
    workerId: config.workerId,
    log: (line) => log.log(line),
    // a fresh client each time: worker-runner may have sent new credentials
    getToken: (audience, client) =>
      new Auth({
        rootUrl: config.rootURL,
        credentials: {
          clientId: config.clientId,
          accessToken: config.accessToken,
          ...(config.certificate ? { certificate: config.certificate } : {}),
        },
      }).websocktunnelToken(audience, client),
  });
}
