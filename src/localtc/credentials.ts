/**
 * Taskcluster credentials on the service side: slugids and access tokens,
 * issuing temporary credentials (a certificate signed with the issuer's
 * access token, as taskcluster-client's `createTemporaryCredentials` does),
 * and checking the `ext` of a Hawk request (certificate and
 * `authorizedScopes`) the way the auth service's signature validator does.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { satisfies, validScope } from "./scope_expr.ts";

/** Credentials as the Taskcluster APIs hand them out. */
export interface Credentials {
  clientId: string;
  accessToken: string;
  certificate?: string;
}

/** The certificate of temporary credentials. */
export interface Certificate {
  version: 1;
  scopes: string[];
  start: number;
  expiry: number;
  seed: string;
  signature: string;
  issuer?: string;
}

function b64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}

/** A v4 slugid (22 characters, URL-safe base64 of a random UUID). */
export function slugidV4(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return b64url(b);
}

/** A "nice" slugid (never starts with `-`), as used for taskIds and uploadIds. */
export function slugidNice(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[0] &= 0x7f;
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return b64url(b);
}

/** A fresh access token (two slugids, 44 characters, as the auth service makes them). */
export function newAccessToken(): string {
  return slugidV4() + slugidV4();
}

function hmacB64(key: string, content: string): string {
  return createHmac("sha256", key).update(content).digest("base64");
}

/** The text a certificate signature covers. */
function certificateSigContent(cert: Omit<Certificate, "signature">, clientId?: string): string {
  const lines = ["version:1"];
  if (cert.issuer) {
    lines.push(`clientId:${clientId}`, `issuer:${cert.issuer}`);
  }
  lines.push(`seed:${cert.seed}`, `start:${cert.start}`, `expiry:${cert.expiry}`, "scopes:");
  return [...lines, ...cert.scopes].join("\n");
}

/** The temporary access token derived from the issuer's token and the seed. */
function temporaryKey(issuerToken: string, seed: string): string {
  return hmacB64(issuerToken, seed).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}

/**
 * Issues temporary credentials named `clientId` (issuer = `issuer.clientId`),
 * valid from `start` to `expiry` (ms) with `scopes`.
 */
export function createTemporaryCredentials(opts: {
  clientId?: string;
  start: number;
  expiry: number;
  scopes: string[];
  issuer: { clientId: string; accessToken: string };
}): Credentials {
  const named = opts.clientId !== undefined && opts.clientId !== opts.issuer.clientId;
  const base = {
    version: 1 as const,
    scopes: [...opts.scopes],
    start: opts.start,
    expiry: opts.expiry,
    seed: slugidV4() + slugidV4(),
    ...(named ? { issuer: opts.issuer.clientId } : {}),
  };
  const cert: Certificate = {
    ...base,
    signature: hmacB64(opts.issuer.accessToken, certificateSigContent(base, opts.clientId)),
  };
  return {
    clientId: named ? opts.clientId! : opts.issuer.clientId,
    accessToken: temporaryKey(opts.issuer.accessToken, cert.seed),
    certificate: JSON.stringify(cert),
  };
}

/** The decoded `ext` of a Hawk header or bewit. */
export interface HawkExt {
  certificate?: unknown;
  authorizedScopes?: unknown;
}

/** Decodes a base64 `ext` attribute; throws `Failed to parse ext`. */
export function parseExt(ext: string): HawkExt {
  try {
    const v = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(ext), (c) => c.charCodeAt(0))),
    );
    if (typeof v !== "object" || v === null) throw new Error("not an object");
    return v as HawkExt;
  } catch {
    throw new Error("Failed to parse ext");
  }
}

/** A client as the signature validator sees it: key and expanded scopes. */
export interface LoadedClient {
  accessToken: string;
  scopes: string[];
  expires: number;
}

const MAX_CERT_MS = 31 * 24 * 60 * 60 * 1000;
const SKEW_MS = 5 * 60 * 1000;

/**
 * Applies the certificate and `authorizedScopes` of `ext` to the issuing
 * client's key, scopes and expiry. Throws with the auth service's messages.
 */
export function limitClientWithExt(opts: {
  credentialName: string;
  issuingClientId: string;
  client: LoadedClient;
  ext: HawkExt;
  now: number;
  expand: (scopes: string[]) => string[];
}): LoadedClient {
  const { credentialName, issuingClientId, ext, now } = opts;
  let { accessToken, scopes, expires } = opts.client;
  if (ext.certificate) {
    const cert = ext.certificate as Record<string, unknown>;
    if (typeof cert !== "object" || Array.isArray(cert)) {
      throw new Error("ext.certificate must be a JSON object");
    }
    if (cert.version !== 1) throw new Error("ext.certificate.version must be 1");
    if (typeof cert.seed !== "string") throw new Error("ext.certificate.seed must be a string");
    if (cert.seed.length !== 44) throw new Error("ext.certificate.seed must be 44 characters");
    if (typeof cert.start !== "number") throw new Error("ext.certificate.start must be a number");
    if (typeof cert.expiry !== "number") throw new Error("ext.certificate.expiry must be a number");
    if (!Array.isArray(cert.scopes)) throw new Error("ext.certificate.scopes must be an array");
    if (!cert.scopes.every(validScope)) {
      throw new Error("ext.certificate.scopes must be an array of valid scopes");
    }
    if (cert.start > now + SKEW_MS) throw new Error("ext.certificate.start > now");
    if (cert.expiry < now - SKEW_MS) throw new Error("ext.certificate.expiry < now");
    if (cert.expiry - cert.start > MAX_CERT_MS) {
      throw new Error("ext.certificate cannot last longer than 31 days!");
    }
    if (issuingClientId !== credentialName) {
      const createScope = `auth:create-client:${credentialName}`;
      if (!satisfies(scopes, createScope)) {
        throw new Error(
          `ext.certificate issuer \`${issuingClientId}\` doesn't have \`${createScope}\` for supplied clientId.`,
        );
      }
    } else if ("clientId" in cert) {
      throw new Error("ext.certificate.clientId must only be used with ext.certificate.issuer");
    }
    const certScopes = cert.scopes as string[];
    if (!satisfies(scopes, { AllOf: certScopes })) {
      throw new Error(
        `ext.certificate issuer \`${issuingClientId}\` doesn't satisfy all certificate scopes ` +
          `${certScopes.join(", ")}.  The temporary credentials were not generated correctly.`,
      );
    }
    const expected = hmacB64(
      accessToken,
      certificateSigContent({
        version: 1,
        scopes: certScopes,
        start: cert.start,
        expiry: cert.expiry,
        seed: cert.seed,
        ...(cert.issuer ? { issuer: String(cert.issuer) } : {}),
      }, credentialName),
    );
    const sig = cert.signature;
    const enc = new TextEncoder();
    if (
      typeof sig !== "string" || enc.encode(sig).length !== enc.encode(expected).length ||
      !timingSafeEqual(enc.encode(sig), enc.encode(expected))
    ) {
      throw new Error(
        cert.issuer
          ? "ext.certificate.signature is not valid, or wrong clientId provided"
          : "ext.certificate.signature is not valid",
      );
    }
    accessToken = temporaryKey(accessToken, cert.seed);
    if (expires > cert.expiry) expires = cert.expiry;
    scopes = certScopes;
  }
  if (ext.authorizedScopes) {
    const auth = ext.authorizedScopes;
    if (!Array.isArray(auth)) throw new Error("ext.authorizedScopes must be an array");
    if (!auth.every(validScope)) {
      throw new Error("ext.authorizedScopes must be an array of valid scopes");
    }
    const have = opts.expand([...scopes, "assume:anonymous"]);
    if (!satisfies(have, { AllOf: auth as string[] })) {
      throw new Error(
        [
          "Supplied credentials do not satisfy authorizedScopes; credentials have scopes:",
          "",
          "```",
          have.join("\n"),
          "```",
          "",
          "authorizedScopes are:",
          "",
          "```",
          (auth as string[]).join("\n"),
          "```",
        ].join("\n"),
      );
    }
    scopes = auth as string[];
  }
  return { accessToken, scopes, expires };
}
