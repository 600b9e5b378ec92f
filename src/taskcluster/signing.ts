/**
 * Hawk request signing for Taskcluster, on the npm `hawk` package's client:
 * the `Authorization` header of an API request and the `bewit` of a signed
 * GET URL. The URL is parsed once with WHATWG `URL` and handed to Hawk as
 * parts, so what is signed is exactly what `fetch` sends.
 *
 * ```ts
 * const authorization = hawkHeader("GET", url, credentials, hawkExt(credentials));
 * const signed = signUrl(url, credentials, 900, hawkExt(credentials));
 * ```
 */
import hawkModule from "hawk";
import type { Credentials } from "./credentials.ts";

/** The URL parts Hawk reads (node `url.parse` shape). */
type HawkUri = {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
};

type HawkCredentials = { id: string; key: string; algorithm: "sha256" };

/** The subset of the `hawk` package's client used here. */
type HawkClientApi = {
  header(
    uri: HawkUri,
    method: string,
    options: { credentials: HawkCredentials; ext?: string; timestamp?: number; nonce?: string },
  ): { header: string };
  getBewit(
    uri: HawkUri,
    options: { credentials: HawkCredentials; ttlSec: number; ext?: string },
  ): string;
};

const hawkClient = (hawkModule as unknown as { client: HawkClientApi }).client;

function uriParts(url: string | URL): HawkUri {
  const u = typeof url === "string" ? new URL(url) : url;
  return {
    protocol: u.protocol,
    // node's url.parse gives IPv6 hosts without brackets, and servers compare that way
    hostname: u.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: u.port,
    pathname: u.pathname,
    search: u.search,
  };
}

function hawkCredentials(c: Credentials): HawkCredentials {
  return { id: c.clientId, key: c.accessToken, algorithm: "sha256" };
}

/** The Hawk `Authorization` header value for `method url` (no payload hash, like taskcluster-client). */
export function hawkHeader(
  method: string,
  url: string | URL,
  credentials: Credentials,
  ext?: string,
): string {
  return hawkClient.header(uriParts(url), method.toUpperCase(), {
    credentials: hawkCredentials(credentials),
    ...(ext ? { ext } : {}),
  }).header;
}

/** The Hawk bewit for a GET of `url`, valid for `ttlSecs` seconds. */
export function bewit(
  url: string | URL,
  credentials: Credentials,
  ttlSecs: number,
  ext?: string,
): string {
  if (!(ttlSecs > 0)) throw new Error("bewit: ttlSecs must be positive");
  return hawkClient.getBewit(uriParts(url), {
    credentials: hawkCredentials(credentials),
    ttlSec: Math.ceil(ttlSecs),
    ...(ext ? { ext } : {}),
  });
}

/** `url` with `bewit=<bewit>` appended to its query, valid for `ttlSecs` seconds. */
export function signUrl(
  url: string,
  credentials: Credentials,
  ttlSecs: number,
  ext?: string,
): string {
  const u = new URL(url);
  u.hash = "";
  const b = bewit(u, credentials, ttlSecs, ext);
  const href = u.search ? u.href : u.href.replace(/\?$/, "");
  return `${href}${u.search ? "&" : "?"}bewit=${b}`;
}
