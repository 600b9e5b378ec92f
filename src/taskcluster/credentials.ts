/**
 * Taskcluster credentials on the client side: the `Credentials` type, its
 * normalisation (a certificate may arrive as a JSON string or an object, as
 * in claimWork responses), the Hawk `ext` attribute (base64 of
 * `{certificate, authorizedScopes}`), and `createTemporaryCredentials`
 * (a certificate signed with the issuer's access token, as
 * taskcluster-client does it).
 *
 * ```ts
 * const temp = createTemporaryCredentials({
 *   credentials: { clientId: "me", accessToken: "..." },
 *   expiry: new Date(Date.now() + 3600_000),
 *   scopes: ["queue:get-artifact:private/*"],
 * });
 * ```
 */
import { createHmac } from "node:crypto";
import { slugidV4 } from "./slugid.ts";

/** Taskcluster credentials; `certificate` (JSON text) is present for temporary credentials. */
export type Credentials = {
  clientId: string;
  accessToken: string;
  certificate?: string;
};

/** The certificate of temporary credentials. */
export type Certificate = {
  version: 1;
  scopes: string[];
  start: number;
  expiry: number;
  seed: string;
  signature: string;
  issuer?: string;
};

/** Credentials as APIs and config files hand them over (certificate as text or object). */
export type CredentialsInput = {
  clientId: string;
  accessToken: string;
  certificate?: string | Record<string, unknown> | null;
};

/**
 * Credentials with the certificate as JSON text (absent when empty).
 * Throws when the certificate is a string that is not a JSON object.
 */
export function normalizeCredentials(input: CredentialsInput): Credentials {
  const out: Credentials = { clientId: input.clientId, accessToken: input.accessToken };
  const cert = input.certificate;
  if (cert === undefined || cert === null || cert === "") return out;
  if (typeof cert === "string") {
    parseCertificate(cert);
    out.certificate = cert;
  } else {
    out.certificate = JSON.stringify(cert);
  }
  return out;
}

/** Parses certificate text; throws `invalid certificate: <reason>` unless it is a JSON object. */
export function parseCertificate(text: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`invalid certificate: ${(e as Error).message}`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new Error("invalid certificate: not a JSON object");
  }
  return v as Record<string, unknown>;
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

/**
 * The Hawk `ext` attribute for `credentials`: base64 of the JSON
 * `{certificate?, authorizedScopes?}`, or undefined when neither applies.
 */
export function hawkExt(
  credentials: Credentials,
  authorizedScopes?: readonly string[],
): string | undefined {
  const ext: { certificate?: unknown; authorizedScopes?: string[] } = {};
  if (credentials.certificate) ext.certificate = parseCertificate(credentials.certificate);
  if (authorizedScopes) ext.authorizedScopes = [...authorizedScopes];
  if (Object.keys(ext).length === 0) return undefined;
  return base64Utf8(JSON.stringify(ext));
}

/** Options of `createTemporaryCredentials`. */
export type TemporaryCredentialsOptions = {
  /** The issuing (permanent) credentials. */
  credentials: Credentials;
  /** Start of validity; default now. */
  start?: Date | number;
  /** End of validity; at most 31 days after `start`. */
  expiry: Date | number;
  /** Scopes of the temporary credentials (the issuer must hold them); default none. */
  scopes?: readonly string[];
  /** Name of the temporary credentials (needs `auth:create-client:<name>` on the issuer). */
  clientId?: string;
};

const MAX_SPAN_MS = 31 * 24 * 60 * 60 * 1000;

/**
 * Issues temporary credentials from permanent ones, exactly as
 * taskcluster-client's `createTemporaryCredentials`: a certificate
 * `{version: 1, scopes, start, expiry, seed, signature[, issuer]}` whose
 * signature is HMAC-SHA256 (base64) keyed by the issuer's access token over
 * `version:1\n[clientId:<name>\nissuer:<issuer>\n]seed:..\nstart:..\nexpiry:..\nscopes:\n<scopes joined by \n>`,
 * and an access token HMAC-SHA256(issuer token, seed) in URL-safe base64
 * without padding.
 */
export function createTemporaryCredentials(opts: TemporaryCredentialsOptions): Credentials {
  const issuer = opts.credentials;
  if (!issuer.clientId || !issuer.accessToken) {
    throw new Error(
      "createTemporaryCredentials: credentials.clientId and accessToken are required",
    );
  }
  if (issuer.certificate) {
    throw new Error(
      "createTemporaryCredentials: temporary credentials cannot be used to make new temporary credentials",
    );
  }
  const start = opts.start === undefined ? Date.now() : new Date(opts.start).getTime();
  const expiry = new Date(opts.expiry).getTime();
  if (!Number.isFinite(start) || !Number.isFinite(expiry)) {
    throw new Error("createTemporaryCredentials: start and expiry must be valid times");
  }
  if (expiry - start > MAX_SPAN_MS) {
    throw new Error("createTemporaryCredentials: credentials cannot span more than 31 days");
  }
  const scopes = [...(opts.scopes ?? [])];
  const named = opts.clientId !== undefined && opts.clientId !== "";
  if (named && opts.clientId === issuer.clientId) {
    throw new Error(
      "createTemporaryCredentials: credential issuer must be different from the name",
    );
  }
  const seed = slugidV4() + slugidV4();
  const lines = ["version:1"];
  if (named) lines.push(`clientId:${opts.clientId}`, `issuer:${issuer.clientId}`);
  lines.push(`seed:${seed}`, `start:${start}`, `expiry:${expiry}`, "scopes:");
  const signed = lines.join("\n") + "\n" + scopes.join("\n");
  const cert: Certificate = {
    version: 1,
    scopes,
    start,
    expiry,
    seed,
    signature: createHmac("sha256", issuer.accessToken).update(signed).digest("base64"),
    ...(named ? { issuer: issuer.clientId } : {}),
  };
  const accessToken = createHmac("sha256", issuer.accessToken).update(seed).digest("base64")
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
  return {
    clientId: named ? opts.clientId! : issuer.clientId,
    accessToken,
    certificate: JSON.stringify(cert),
  };
}
