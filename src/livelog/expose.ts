/**
 * Exposers (the Go worker's `expose` package): how a local HTTP service of
 * the worker (the live log / status server today, the interactive shell
 * later) gets a URL the outside world can reach.
 * - `localExposer(publicHost)`: the service listens on a public interface
 *   itself; the URL is `http://<publicIP>:<port>` (Go's local exposer).
 * - `websocktunnelExposer(...)` (websocktunnel.ts): the service listens on
 *   127.0.0.1 only and is reached through a websocktunnel server; the URL is
 *   `<tunnel URL prefix>/<workerGroup>.<workerId>.<port>` (Go's wst exposer).
 * The worker picks websocktunnel when both `wstServerURL` and `wstAudience`
 * are set, as Go's `setupExposer` does.
 *
 * ```ts
 * const exposure = exposer.exposeHTTP(server.port);
 * const base = await exposure.url(); // e.g. https://wst.example.com/grp.wkr.60099
 * await exposure.close();
 * ```
 */

/** One exposed local service. */
export interface Exposure {
  /**
   * The public URL of the service (no trailing slash): append a path to it.
   * Waits while a tunnel is (re)connecting; rejects with the reason when it
   * cannot be exposed now (a later call tries again).
   */
  url(): Promise<string>;
  /** Stops exposing it (connections in progress may end). */
  close(): Promise<void>;
}

/** Makes local services public; lives as long as the worker. */
export interface Exposer {
  /** Whether exposed services must listen on 127.0.0.1 only (nothing public on this host). */
  readonly loopbackOnly: boolean;
  /** Exposes the HTTP (and WebSocket) service on local TCP port `port`. */
  exposeHTTP(port: number): Exposure;
}

/** Go's local exposer: the service listens publicly; its URL uses `publicHost`. */
export function localExposer(publicHost: string): Exposer {
  const host = publicHost.includes(":") && !publicHost.startsWith("[")
    ? `[${publicHost}]`
    : publicHost;
  return {
    loopbackOnly: false,
    exposeHTTP: (port) => ({
      url: () => Promise.resolve(`http://${host}:${port}`),
      close: () => Promise.resolve(),
    }),
  };
}

/** Joins an exposure's base URL and a path (`/log/<token>`) as Go's live log feature does. */
export function joinExposedURL(base: string, path: string): string {
  const u = new URL(base);
  const p = path.startsWith("/") ? path : `/${path}`;
  u.pathname = u.pathname === "/" ? p : u.pathname.replace(/\/$/, "") + p;
  return u.toString();
}
