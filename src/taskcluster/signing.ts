/**
 * Hawk request signing for Taskcluster (Hawk 1, HMAC-SHA256 through
 * node:crypto, computed exactly as the npm `hawk` client does; the package
 * itself costs an idle worker ~13 MiB, and serve-local and the tests still
 * verify with it): the `Authorization` header of an API request and the
 * `bewit` of a signed GET URL. The URL is parsed once with WHATWG `URL` and handed to Hawk as
 * parts, so what is signed is exactly what `fetch` sends.
 *
 * ```ts
 * const authorization = hawkHeader("GET", url, credentials, hawkExt(credentials));
 * const signed = signUrl(url, credentials, 900, hawkExt(credentials));
 * ```
 */
import { Buffer } from "node:buffer";
import { createHmac, randomBytes } from "node:crypto";
import type { Credentials } from "./credentials.ts";

/** The URL parts Hawk signs. */
type HawkUri = {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
};

/** What a Hawk MAC covers (Hawk 1: header or bewit). */
interface HawkArtifacts {
  ts: number;
  nonce: string;
  method: string;
  resource: string;
  host: string;
  port: string | number;
  ext?: string;
}

/** Hawk's normalized string and its HMAC-SHA256 (base64), as the `hawk` package computes them. */
function hawkMac(type: "header" | "bewit", key: string, a: HawkArtifacts): string {
  let normalized = `hawk.1.${type}\n${a.ts}\n${a.nonce}\n${a.method.toUpperCase()}\n` +
    `${a.resource}\n${a.host.toLowerCase()}\n${a.port}\n\n`;
  if (a.ext) normalized += a.ext.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
  normalized += "\n";
  return createHmac("sha256", key).update(normalized).digest("base64");
}

/** A header attribute value: printable ASCII only, `\` and `"` escaped (Hoek's rule). */
function headerAttribute(v: string): string {
  if (!/^[ \w!#$%&'()*+,\-./:;<=>?@[\]^`{|}~"\\]*$/.test(v)) {
    throw new Error("Hawk: bad header attribute value (only printable ASCII)");
  }
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}

/** Six random characters, as the Hawk client's nonce. */
function nonce(): string {
  return randomBytes(6).toString("base64url").slice(0, 6);
}

function defaultPort(u: HawkUri): string | number {
  return u.port || (u.protocol === "http:" ? 80 : 443);
}

function checkCredentials(c: Credentials): void {
  if (!c.clientId || !c.accessToken) throw new Error("Hawk: invalid credentials");
}

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

/** The Hawk `Authorization` header value for `method url` (no payload hash, like taskcluster-client). */
export function hawkHeader(
  method: string,
  url: string | URL,
  credentials: Credentials,
  ext?: string,
): string {
  checkCredentials(credentials);
  const u = uriParts(url);
  const a: HawkArtifacts = {
    ts: Math.floor(Date.now() / 1000),
    nonce: nonce(),
    method,
    resource: u.pathname + u.search,
    host: u.hostname,
    port: defaultPort(u),
    ext,
  };
  const mac = hawkMac("header", credentials.accessToken, a);
  return `Hawk id="${credentials.clientId}", ts="${a.ts}", nonce="${a.nonce}"` +
    (ext ? `, ext="${headerAttribute(ext)}"` : "") + `, mac="${mac}"`;
}

/** The Hawk bewit for a GET of `url`, valid for `ttlSecs` seconds. */
export function bewit(
  url: string | URL,
  credentials: Credentials,
  ttlSecs: number,
  ext?: string,
): string {
  if (!(ttlSecs > 0)) throw new Error("bewit: ttlSecs must be positive");
  checkCredentials(credentials);
  const u = uriParts(url);
  const exp = Math.floor(Date.now() / 1000) + Math.ceil(ttlSecs);
  const mac = hawkMac("bewit", credentials.accessToken, {
    ts: exp,
    nonce: "",
    method: "GET",
    resource: u.pathname + u.search,
    host: u.hostname,
    port: defaultPort(u),
    ext,
  });
  const raw = `${credentials.clientId}\\${exp}\\${mac}\\${ext ?? ""}`;
  return Buffer.from(raw, "utf8").toString("base64url");
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
