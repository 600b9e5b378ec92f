/**
 * The websocktunnel JWTs: HS256 tokens signed with the tunnel server's
 * secret, as the real auth service's `websocktunnelToken` makes them
 * (claims `tid` = tunnel client id, `aud` = audience, `sub` = the caller's
 * clientId, `iat`, `exp` = iat + 96 h, `nbf` = iat - 15 min, `iss`
 * `taskcluster-auth`), and their check as the websocktunnel server does it
 * (HS256 only, signature, exp/nbf, `tid` = the registering id, no more than
 * 31 days from nbf to exp, `aud` equal to the server's when present).
 *
 * ```ts
 * const token = signTunnelToken(secret, { tid: "grp.wkr.60099", aud: "localtc", sub: "me" }, now);
 * const why = checkTunnelToken(secret, "localtc", "grp.wkr.60099", token, now); // undefined = good
 * ```
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { Buffer } from "node:buffer";

/** Lifetime of a token, seconds (the real service's 96 hours). */
export const TOKEN_LIFETIME_SECS = 96 * 3600;

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString("base64url");
}

function hs256(secret: string, input: string): Buffer {
  return createHmac("sha256", secret).update(input).digest();
}

/** Claims the caller chooses. */
export interface TunnelTokenClaims {
  tid: string;
  aud: string;
  sub: string;
}

/** Signs a token valid from `nowMs`; `lifetimeSecs` defaults to 96 h. */
export function signTunnelToken(
  secret: string,
  claims: TunnelTokenClaims,
  nowMs: number,
  lifetimeSecs = TOKEN_LIFETIME_SECS,
): { token: string; expires: string } {
  const iat = Math.floor(nowMs / 1000);
  const exp = iat + lifetimeSecs;
  const payload = { ...claims, iat, exp, nbf: iat - 900, iss: "taskcluster-auth" };
  const input = `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${
    b64url(JSON.stringify(payload))
  }`;
  return {
    token: `${input}.${b64url(hs256(secret, input))}`,
    expires: new Date(exp * 1000).toJSON(),
  };
}

/**
 * Checks a token presented by tunnel client `id` against the server's
 * `secrets` (the real server has two, for rotation) and `audience`.
 * Returns why it is refused, or undefined when it is accepted.
 */
export function checkTunnelToken(
  secrets: string[],
  audience: string,
  id: string,
  token: string,
  nowMs: number,
): string | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return "token is not a JWT";
  let header: { alg?: unknown };
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return "token is not a JWT";
  }
  if (header?.alg !== "HS256") return `signing method ${String(header?.alg)} is not HS256`;
  if (typeof claims !== "object" || claims === null) return "token claims are not an object";
  const sig = Buffer.from(parts[2], "base64url");
  const good = secrets.some((s) => {
    const want = hs256(s, `${parts[0]}.${parts[1]}`);
    return want.length === sig.length && timingSafeEqual(want, sig);
  });
  if (!good) return "signature is invalid";
  const now = nowMs / 1000;
  const { exp, nbf } = claims;
  if (typeof exp !== "number" || exp < now) return "token has expired";
  if (typeof nbf !== "number" || nbf > now) return "token is not valid yet";
  if (claims.tid !== id) return `token is for client ${String(claims.tid)}, not ${id}`;
  if (exp - nbf > 31 * 24 * 3600) return "jwt should not be valid for more than 31 days";
  if (claims.aud !== undefined && claims.aud !== audience) {
    return `token audience ${String(claims.aud)} is not ${audience}`;
  }
  return undefined;
}
