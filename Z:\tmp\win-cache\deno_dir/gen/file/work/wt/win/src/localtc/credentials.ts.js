/**
 * Taskcluster credentials on the service side: slugids and access tokens,
 * issuing temporary credentials (a certificate signed with the issuer's
 * access token, as taskcluster-client's `createTemporaryCredentials` does),
 * and checking the `ext` of a Hawk request (certificate and
 * `authorizedScopes`) the way the auth service's signature validator does.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { satisfies, validScope } from "./scope_expr.ts";
function b64url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}
/** A v4 slugid (22 characters, URL-safe base64 of a random UUID). */ export function slugidV4() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = b[6] & 0x0f | 0x40;
  b[8] = b[8] & 0x3f | 0x80;
  return b64url(b);
}
/** A "nice" slugid (never starts with `-`), as used for taskIds and uploadIds. */ export function slugidNice() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[0] &= 0x7f;
  b[6] = b[6] & 0x0f | 0x40;
  b[8] = b[8] & 0x3f | 0x80;
  return b64url(b);
}
/** A fresh access token (two slugids, 44 characters, as the auth service makes them). */ export function newAccessToken() {
  return slugidV4() + slugidV4();
}
function hmacB64(key, content) {
  return createHmac("sha256", key).update(content).digest("base64");
}
/** The text a certificate signature covers. */ function certificateSigContent(cert, clientId) {
  const lines = [
    "version:1",
  ];
  if (cert.issuer) {
    lines.push(`clientId:${clientId}`, `issuer:${cert.issuer}`);
  }
  lines.push(`seed:${cert.seed}`, `start:${cert.start}`, `expiry:${cert.expiry}`, "scopes:");
  return [
    ...lines,
    ...cert.scopes,
  ].join("\n");
}
/** The temporary access token derived from the issuer's token and the seed. */ function temporaryKey(
  issuerToken,
  seed,
) {
  return hmacB64(issuerToken, seed).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
/**
 * Issues temporary credentials named `clientId` (issuer = `issuer.clientId`),
 * valid from `start` to `expiry` (ms) with `scopes`.
 */ export function createTemporaryCredentials(opts) {
  const named = opts.clientId !== undefined && opts.clientId !== opts.issuer.clientId;
  const base = {
    version: 1,
    scopes: [
      ...opts.scopes,
    ],
    start: opts.start,
    expiry: opts.expiry,
    seed: slugidV4() + slugidV4(),
    ...named
      ? {
        issuer: opts.issuer.clientId,
      }
      : {},
  };
  const cert = {
    ...base,
    signature: hmacB64(opts.issuer.accessToken, certificateSigContent(base, opts.clientId)),
  };
  return {
    clientId: named ? opts.clientId : opts.issuer.clientId,
    accessToken: temporaryKey(opts.issuer.accessToken, cert.seed),
    certificate: JSON.stringify(cert),
  };
}
/** Decodes a base64 `ext` attribute; throws `Failed to parse ext`. */ export function parseExt(
  ext,
) {
  try {
    const v = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(ext), (c) => c.charCodeAt(0))),
    );
    if (typeof v !== "object" || v === null) throw new Error("not an object");
    return v;
  } catch {
    throw new Error("Failed to parse ext");
  }
}
const MAX_CERT_MS = 31 * 24 * 60 * 60 * 1000;
const SKEW_MS = 5 * 60 * 1000;
/**
 * Applies the certificate and `authorizedScopes` of `ext` to the issuing
 * client's key, scopes and expiry. Throws with the auth service's messages.
 */ export function limitClientWithExt(opts) {
  const { credentialName, issuingClientId, ext, now } = opts;
  let { accessToken, scopes, expires } = opts.client;
  if (ext.certificate) {
    const cert = ext.certificate;
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
    const certScopes = cert.scopes;
    if (
      !satisfies(scopes, {
        AllOf: certScopes,
      })
    ) {
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
        ...cert.issuer
          ? {
            issuer: String(cert.issuer),
          }
          : {},
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
    const have = opts.expand([
      ...scopes,
      "assume:anonymous",
    ]);
    if (
      !satisfies(have, {
        AllOf: auth,
      })
    ) {
      throw new Error([
        "Supplied credentials do not satisfy authorizedScopes; credentials have scopes:",
        "",
        "```",
        have.join("\n"),
        "```",
        "",
        "authorizedScopes are:",
        "",
        "```",
        auth.join("\n"),
        "```",
      ].join("\n"));
    }
    scopes = auth;
  }
  return {
    accessToken,
    scopes,
    expires,
  };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvY3JlZGVudGlhbHMudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUYXNrY2x1c3RlciBjcmVkZW50aWFscyBvbiB0aGUgc2VydmljZSBzaWRlOiBzbHVnaWRzIGFuZCBhY2Nlc3MgdG9rZW5zLFxuICogaXNzdWluZyB0ZW1wb3JhcnkgY3JlZGVudGlhbHMgKGEgY2VydGlmaWNhdGUgc2lnbmVkIHdpdGggdGhlIGlzc3VlcidzXG4gKiBhY2Nlc3MgdG9rZW4sIGFzIHRhc2tjbHVzdGVyLWNsaWVudCdzIGBjcmVhdGVUZW1wb3JhcnlDcmVkZW50aWFsc2AgZG9lcyksXG4gKiBhbmQgY2hlY2tpbmcgdGhlIGBleHRgIG9mIGEgSGF3ayByZXF1ZXN0IChjZXJ0aWZpY2F0ZSBhbmRcbiAqIGBhdXRob3JpemVkU2NvcGVzYCkgdGhlIHdheSB0aGUgYXV0aCBzZXJ2aWNlJ3Mgc2lnbmF0dXJlIHZhbGlkYXRvciBkb2VzLlxuICovXG5pbXBvcnQgeyBjcmVhdGVIbWFjLCB0aW1pbmdTYWZlRXF1YWwgfSBmcm9tIFwibm9kZTpjcnlwdG9cIjtcbmltcG9ydCB7IHNhdGlzZmllcywgdmFsaWRTY29wZSB9IGZyb20gXCIuL3Njb3BlX2V4cHIudHNcIjtcblxuLyoqIENyZWRlbnRpYWxzIGFzIHRoZSBUYXNrY2x1c3RlciBBUElzIGhhbmQgdGhlbSBvdXQuICovXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgY2xpZW50SWQ6IHN0cmluZztcbiAgYWNjZXNzVG9rZW46IHN0cmluZztcbiAgY2VydGlmaWNhdGU/OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgY2VydGlmaWNhdGUgb2YgdGVtcG9yYXJ5IGNyZWRlbnRpYWxzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDZXJ0aWZpY2F0ZSB7XG4gIHZlcnNpb246IDE7XG4gIHNjb3Blczogc3RyaW5nW107XG4gIHN0YXJ0OiBudW1iZXI7XG4gIGV4cGlyeTogbnVtYmVyO1xuICBzZWVkOiBzdHJpbmc7XG4gIHNpZ25hdHVyZTogc3RyaW5nO1xuICBpc3N1ZXI/OiBzdHJpbmc7XG59XG5cbmZ1bmN0aW9uIGI2NHVybChieXRlczogVWludDhBcnJheSk6IHN0cmluZyB7XG4gIHJldHVybiBidG9hKFN0cmluZy5mcm9tQ2hhckNvZGUoLi4uYnl0ZXMpKS5yZXBsYWNlKC9cXCsvZywgXCItXCIpLnJlcGxhY2UoL1xcLy9nLCBcIl9cIikucmVwbGFjZShcbiAgICAvPSskLyxcbiAgICBcIlwiLFxuICApO1xufVxuXG4vKiogQSB2NCBzbHVnaWQgKDIyIGNoYXJhY3RlcnMsIFVSTC1zYWZlIGJhc2U2NCBvZiBhIHJhbmRvbSBVVUlEKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzbHVnaWRWNCgpOiBzdHJpbmcge1xuICBjb25zdCBiID0gY3J5cHRvLmdldFJhbmRvbVZhbHVlcyhuZXcgVWludDhBcnJheSgxNikpO1xuICBiWzZdID0gKGJbNl0gJiAweDBmKSB8IDB4NDA7XG4gIGJbOF0gPSAoYls4XSAmIDB4M2YpIHwgMHg4MDtcbiAgcmV0dXJuIGI2NHVybChiKTtcbn1cblxuLyoqIEEgXCJuaWNlXCIgc2x1Z2lkIChuZXZlciBzdGFydHMgd2l0aCBgLWApLCBhcyB1c2VkIGZvciB0YXNrSWRzIGFuZCB1cGxvYWRJZHMuICovXG5leHBvcnQgZnVuY3Rpb24gc2x1Z2lkTmljZSgpOiBzdHJpbmcge1xuICBjb25zdCBiID0gY3J5cHRvLmdldFJhbmRvbVZhbHVlcyhuZXcgVWludDhBcnJheSgxNikpO1xuICBiWzBdICY9IDB4N2Y7XG4gIGJbNl0gPSAoYls2XSAmIDB4MGYpIHwgMHg0MDtcbiAgYls4XSA9IChiWzhdICYgMHgzZikgfCAweDgwO1xuICByZXR1cm4gYjY0dXJsKGIpO1xufVxuXG4vKiogQSBmcmVzaCBhY2Nlc3MgdG9rZW4gKHR3byBzbHVnaWRzLCA0NCBjaGFyYWN0ZXJzLCBhcyB0aGUgYXV0aCBzZXJ2aWNlIG1ha2VzIHRoZW0pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5ld0FjY2Vzc1Rva2VuKCk6IHN0cmluZyB7XG4gIHJldHVybiBzbHVnaWRWNCgpICsgc2x1Z2lkVjQoKTtcbn1cblxuZnVuY3Rpb24gaG1hY0I2NChrZXk6IHN0cmluZywgY29udGVudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGNyZWF0ZUhtYWMoXCJzaGEyNTZcIiwga2V5KS51cGRhdGUoY29udGVudCkuZGlnZXN0KFwiYmFzZTY0XCIpO1xufVxuXG4vKiogVGhlIHRleHQgYSBjZXJ0aWZpY2F0ZSBzaWduYXR1cmUgY292ZXJzLiAqL1xuZnVuY3Rpb24gY2VydGlmaWNhdGVTaWdDb250ZW50KGNlcnQ6IE9taXQ8Q2VydGlmaWNhdGUsIFwic2lnbmF0dXJlXCI+LCBjbGllbnRJZD86IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzID0gW1widmVyc2lvbjoxXCJdO1xuICBpZiAoY2VydC5pc3N1ZXIpIHtcbiAgICBsaW5lcy5wdXNoKGBjbGllbnRJZDoke2NsaWVudElkfWAsIGBpc3N1ZXI6JHtjZXJ0Lmlzc3Vlcn1gKTtcbiAgfVxuICBsaW5lcy5wdXNoKGBzZWVkOiR7Y2VydC5zZWVkfWAsIGBzdGFydDoke2NlcnQuc3RhcnR9YCwgYGV4cGlyeToke2NlcnQuZXhwaXJ5fWAsIFwic2NvcGVzOlwiKTtcbiAgcmV0dXJuIFsuLi5saW5lcywgLi4uY2VydC5zY29wZXNdLmpvaW4oXCJcXG5cIik7XG59XG5cbi8qKiBUaGUgdGVtcG9yYXJ5IGFjY2VzcyB0b2tlbiBkZXJpdmVkIGZyb20gdGhlIGlzc3VlcidzIHRva2VuIGFuZCB0aGUgc2VlZC4gKi9cbmZ1bmN0aW9uIHRlbXBvcmFyeUtleShpc3N1ZXJUb2tlbjogc3RyaW5nLCBzZWVkOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gaG1hY0I2NChpc3N1ZXJUb2tlbiwgc2VlZCkucmVwbGFjZSgvXFwrL2csIFwiLVwiKS5yZXBsYWNlKC9cXC8vZywgXCJfXCIpLnJlcGxhY2UoLz0vZywgXCJcIik7XG59XG5cbi8qKlxuICogSXNzdWVzIHRlbXBvcmFyeSBjcmVkZW50aWFscyBuYW1lZCBgY2xpZW50SWRgIChpc3N1ZXIgPSBgaXNzdWVyLmNsaWVudElkYCksXG4gKiB2YWxpZCBmcm9tIGBzdGFydGAgdG8gYGV4cGlyeWAgKG1zKSB3aXRoIGBzY29wZXNgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlVGVtcG9yYXJ5Q3JlZGVudGlhbHMob3B0czoge1xuICBjbGllbnRJZD86IHN0cmluZztcbiAgc3RhcnQ6IG51bWJlcjtcbiAgZXhwaXJ5OiBudW1iZXI7XG4gIHNjb3Blczogc3RyaW5nW107XG4gIGlzc3VlcjogeyBjbGllbnRJZDogc3RyaW5nOyBhY2Nlc3NUb2tlbjogc3RyaW5nIH07XG59KTogQ3JlZGVudGlhbHMge1xuICBjb25zdCBuYW1lZCA9IG9wdHMuY2xpZW50SWQgIT09IHVuZGVmaW5lZCAmJiBvcHRzLmNsaWVudElkICE9PSBvcHRzLmlzc3Vlci5jbGllbnRJZDtcbiAgY29uc3QgYmFzZSA9IHtcbiAgICB2ZXJzaW9uOiAxIGFzIGNvbnN0LFxuICAgIHNjb3BlczogWy4uLm9wdHMuc2NvcGVzXSxcbiAgICBzdGFydDogb3B0cy5zdGFydCxcbiAgICBleHBpcnk6IG9wdHMuZXhwaXJ5LFxuICAgIHNlZWQ6IHNsdWdpZFY0KCkgKyBzbHVnaWRWNCgpLFxuICAgIC4uLihuYW1lZCA/IHsgaXNzdWVyOiBvcHRzLmlzc3Vlci5jbGllbnRJZCB9IDoge30pLFxuICB9O1xuICBjb25zdCBjZXJ0OiBDZXJ0aWZpY2F0ZSA9IHtcbiAgICAuLi5iYXNlLFxuICAgIHNpZ25hdHVyZTogaG1hY0I2NChvcHRzLmlzc3Vlci5hY2Nlc3NUb2tlbiwgY2VydGlmaWNhdGVTaWdDb250ZW50KGJhc2UsIG9wdHMuY2xpZW50SWQpKSxcbiAgfTtcbiAgcmV0dXJuIHtcbiAgICBjbGllbnRJZDogbmFtZWQgPyBvcHRzLmNsaWVudElkISA6IG9wdHMuaXNzdWVyLmNsaWVudElkLFxuICAgIGFjY2Vzc1Rva2VuOiB0ZW1wb3JhcnlLZXkob3B0cy5pc3N1ZXIuYWNjZXNzVG9rZW4sIGNlcnQuc2VlZCksXG4gICAgY2VydGlmaWNhdGU6IEpTT04uc3RyaW5naWZ5KGNlcnQpLFxuICB9O1xufVxuXG4vKiogVGhlIGRlY29kZWQgYGV4dGAgb2YgYSBIYXdrIGhlYWRlciBvciBiZXdpdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSGF3a0V4dCB7XG4gIGNlcnRpZmljYXRlPzogdW5rbm93bjtcbiAgYXV0aG9yaXplZFNjb3Blcz86IHVua25vd247XG59XG5cbi8qKiBEZWNvZGVzIGEgYmFzZTY0IGBleHRgIGF0dHJpYnV0ZTsgdGhyb3dzIGBGYWlsZWQgdG8gcGFyc2UgZXh0YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUV4dChleHQ6IHN0cmluZyk6IEhhd2tFeHQge1xuICB0cnkge1xuICAgIGNvbnN0IHYgPSBKU09OLnBhcnNlKFxuICAgICAgbmV3IFRleHREZWNvZGVyKCkuZGVjb2RlKFVpbnQ4QXJyYXkuZnJvbShhdG9iKGV4dCksIChjKSA9PiBjLmNoYXJDb2RlQXQoMCkpKSxcbiAgICApO1xuICAgIGlmICh0eXBlb2YgdiAhPT0gXCJvYmplY3RcIiB8fCB2ID09PSBudWxsKSB0aHJvdyBuZXcgRXJyb3IoXCJub3QgYW4gb2JqZWN0XCIpO1xuICAgIHJldHVybiB2IGFzIEhhd2tFeHQ7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBFcnJvcihcIkZhaWxlZCB0byBwYXJzZSBleHRcIik7XG4gIH1cbn1cblxuLyoqIEEgY2xpZW50IGFzIHRoZSBzaWduYXR1cmUgdmFsaWRhdG9yIHNlZXMgaXQ6IGtleSBhbmQgZXhwYW5kZWQgc2NvcGVzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2FkZWRDbGllbnQge1xuICBhY2Nlc3NUb2tlbjogc3RyaW5nO1xuICBzY29wZXM6IHN0cmluZ1tdO1xuICBleHBpcmVzOiBudW1iZXI7XG59XG5cbmNvbnN0IE1BWF9DRVJUX01TID0gMzEgKiAyNCAqIDYwICogNjAgKiAxMDAwO1xuY29uc3QgU0tFV19NUyA9IDUgKiA2MCAqIDEwMDA7XG5cbi8qKlxuICogQXBwbGllcyB0aGUgY2VydGlmaWNhdGUgYW5kIGBhdXRob3JpemVkU2NvcGVzYCBvZiBgZXh0YCB0byB0aGUgaXNzdWluZ1xuICogY2xpZW50J3Mga2V5LCBzY29wZXMgYW5kIGV4cGlyeS4gVGhyb3dzIHdpdGggdGhlIGF1dGggc2VydmljZSdzIG1lc3NhZ2VzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbGltaXRDbGllbnRXaXRoRXh0KG9wdHM6IHtcbiAgY3JlZGVudGlhbE5hbWU6IHN0cmluZztcbiAgaXNzdWluZ0NsaWVudElkOiBzdHJpbmc7XG4gIGNsaWVudDogTG9hZGVkQ2xpZW50O1xuICBleHQ6IEhhd2tFeHQ7XG4gIG5vdzogbnVtYmVyO1xuICBleHBhbmQ6IChzY29wZXM6IHN0cmluZ1tdKSA9PiBzdHJpbmdbXTtcbn0pOiBMb2FkZWRDbGllbnQge1xuICBjb25zdCB7IGNyZWRlbnRpYWxOYW1lLCBpc3N1aW5nQ2xpZW50SWQsIGV4dCwgbm93IH0gPSBvcHRzO1xuICBsZXQgeyBhY2Nlc3NUb2tlbiwgc2NvcGVzLCBleHBpcmVzIH0gPSBvcHRzLmNsaWVudDtcbiAgaWYgKGV4dC5jZXJ0aWZpY2F0ZSkge1xuICAgIGNvbnN0IGNlcnQgPSBleHQuY2VydGlmaWNhdGUgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgaWYgKHR5cGVvZiBjZXJ0ICE9PSBcIm9iamVjdFwiIHx8IEFycmF5LmlzQXJyYXkoY2VydCkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcImV4dC5jZXJ0aWZpY2F0ZSBtdXN0IGJlIGEgSlNPTiBvYmplY3RcIik7XG4gICAgfVxuICAgIGlmIChjZXJ0LnZlcnNpb24gIT09IDEpIHRocm93IG5ldyBFcnJvcihcImV4dC5jZXJ0aWZpY2F0ZS52ZXJzaW9uIG11c3QgYmUgMVwiKTtcbiAgICBpZiAodHlwZW9mIGNlcnQuc2VlZCAhPT0gXCJzdHJpbmdcIikgdGhyb3cgbmV3IEVycm9yKFwiZXh0LmNlcnRpZmljYXRlLnNlZWQgbXVzdCBiZSBhIHN0cmluZ1wiKTtcbiAgICBpZiAoY2VydC5zZWVkLmxlbmd0aCAhPT0gNDQpIHRocm93IG5ldyBFcnJvcihcImV4dC5jZXJ0aWZpY2F0ZS5zZWVkIG11c3QgYmUgNDQgY2hhcmFjdGVyc1wiKTtcbiAgICBpZiAodHlwZW9mIGNlcnQuc3RhcnQgIT09IFwibnVtYmVyXCIpIHRocm93IG5ldyBFcnJvcihcImV4dC5jZXJ0aWZpY2F0ZS5zdGFydCBtdXN0IGJlIGEgbnVtYmVyXCIpO1xuICAgIGlmICh0eXBlb2YgY2VydC5leHBpcnkgIT09IFwibnVtYmVyXCIpIHRocm93IG5ldyBFcnJvcihcImV4dC5jZXJ0aWZpY2F0ZS5leHBpcnkgbXVzdCBiZSBhIG51bWJlclwiKTtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkoY2VydC5zY29wZXMpKSB0aHJvdyBuZXcgRXJyb3IoXCJleHQuY2VydGlmaWNhdGUuc2NvcGVzIG11c3QgYmUgYW4gYXJyYXlcIik7XG4gICAgaWYgKCFjZXJ0LnNjb3Blcy5ldmVyeSh2YWxpZFNjb3BlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKFwiZXh0LmNlcnRpZmljYXRlLnNjb3BlcyBtdXN0IGJlIGFuIGFycmF5IG9mIHZhbGlkIHNjb3Blc1wiKTtcbiAgICB9XG4gICAgaWYgKGNlcnQuc3RhcnQgPiBub3cgKyBTS0VXX01TKSB0aHJvdyBuZXcgRXJyb3IoXCJleHQuY2VydGlmaWNhdGUuc3RhcnQgPiBub3dcIik7XG4gICAgaWYgKGNlcnQuZXhwaXJ5IDwgbm93IC0gU0tFV19NUykgdGhyb3cgbmV3IEVycm9yKFwiZXh0LmNlcnRpZmljYXRlLmV4cGlyeSA8IG5vd1wiKTtcbiAgICBpZiAoY2VydC5leHBpcnkgLSBjZXJ0LnN0YXJ0ID4gTUFYX0NFUlRfTVMpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcImV4dC5jZXJ0aWZpY2F0ZSBjYW5ub3QgbGFzdCBsb25nZXIgdGhhbiAzMSBkYXlzIVwiKTtcbiAgICB9XG4gICAgaWYgKGlzc3VpbmdDbGllbnRJZCAhPT0gY3JlZGVudGlhbE5hbWUpIHtcbiAgICAgIGNvbnN0IGNyZWF0ZVNjb3BlID0gYGF1dGg6Y3JlYXRlLWNsaWVudDoke2NyZWRlbnRpYWxOYW1lfWA7XG4gICAgICBpZiAoIXNhdGlzZmllcyhzY29wZXMsIGNyZWF0ZVNjb3BlKSkge1xuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGV4dC5jZXJ0aWZpY2F0ZSBpc3N1ZXIgXFxgJHtpc3N1aW5nQ2xpZW50SWR9XFxgIGRvZXNuJ3QgaGF2ZSBcXGAke2NyZWF0ZVNjb3BlfVxcYCBmb3Igc3VwcGxpZWQgY2xpZW50SWQuYCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKFwiY2xpZW50SWRcIiBpbiBjZXJ0KSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXCJleHQuY2VydGlmaWNhdGUuY2xpZW50SWQgbXVzdCBvbmx5IGJlIHVzZWQgd2l0aCBleHQuY2VydGlmaWNhdGUuaXNzdWVyXCIpO1xuICAgIH1cbiAgICBjb25zdCBjZXJ0U2NvcGVzID0gY2VydC5zY29wZXMgYXMgc3RyaW5nW107XG4gICAgaWYgKCFzYXRpc2ZpZXMoc2NvcGVzLCB7IEFsbE9mOiBjZXJ0U2NvcGVzIH0pKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgIGBleHQuY2VydGlmaWNhdGUgaXNzdWVyIFxcYCR7aXNzdWluZ0NsaWVudElkfVxcYCBkb2Vzbid0IHNhdGlzZnkgYWxsIGNlcnRpZmljYXRlIHNjb3BlcyBgICtcbiAgICAgICAgICBgJHtjZXJ0U2NvcGVzLmpvaW4oXCIsIFwiKX0uICBUaGUgdGVtcG9yYXJ5IGNyZWRlbnRpYWxzIHdlcmUgbm90IGdlbmVyYXRlZCBjb3JyZWN0bHkuYCxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IGV4cGVjdGVkID0gaG1hY0I2NChcbiAgICAgIGFjY2Vzc1Rva2VuLFxuICAgICAgY2VydGlmaWNhdGVTaWdDb250ZW50KHtcbiAgICAgICAgdmVyc2lvbjogMSxcbiAgICAgICAgc2NvcGVzOiBjZXJ0U2NvcGVzLFxuICAgICAgICBzdGFydDogY2VydC5zdGFydCxcbiAgICAgICAgZXhwaXJ5OiBjZXJ0LmV4cGlyeSxcbiAgICAgICAgc2VlZDogY2VydC5zZWVkLFxuICAgICAgICAuLi4oY2VydC5pc3N1ZXIgPyB7IGlzc3VlcjogU3RyaW5nKGNlcnQuaXNzdWVyKSB9IDoge30pLFxuICAgICAgfSwgY3JlZGVudGlhbE5hbWUpLFxuICAgICk7XG4gICAgY29uc3Qgc2lnID0gY2VydC5zaWduYXR1cmU7XG4gICAgY29uc3QgZW5jID0gbmV3IFRleHRFbmNvZGVyKCk7XG4gICAgaWYgKFxuICAgICAgdHlwZW9mIHNpZyAhPT0gXCJzdHJpbmdcIiB8fCBlbmMuZW5jb2RlKHNpZykubGVuZ3RoICE9PSBlbmMuZW5jb2RlKGV4cGVjdGVkKS5sZW5ndGggfHxcbiAgICAgICF0aW1pbmdTYWZlRXF1YWwoZW5jLmVuY29kZShzaWcpLCBlbmMuZW5jb2RlKGV4cGVjdGVkKSlcbiAgICApIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgY2VydC5pc3N1ZXJcbiAgICAgICAgICA/IFwiZXh0LmNlcnRpZmljYXRlLnNpZ25hdHVyZSBpcyBub3QgdmFsaWQsIG9yIHdyb25nIGNsaWVudElkIHByb3ZpZGVkXCJcbiAgICAgICAgICA6IFwiZXh0LmNlcnRpZmljYXRlLnNpZ25hdHVyZSBpcyBub3QgdmFsaWRcIixcbiAgICAgICk7XG4gICAgfVxuICAgIGFjY2Vzc1Rva2VuID0gdGVtcG9yYXJ5S2V5KGFjY2Vzc1Rva2VuLCBjZXJ0LnNlZWQpO1xuICAgIGlmIChleHBpcmVzID4gY2VydC5leHBpcnkpIGV4cGlyZXMgPSBjZXJ0LmV4cGlyeTtcbiAgICBzY29wZXMgPSBjZXJ0U2NvcGVzO1xuICB9XG4gIGlmIChleHQuYXV0aG9yaXplZFNjb3Blcykge1xuICAgIGNvbnN0IGF1dGggPSBleHQuYXV0aG9yaXplZFNjb3BlcztcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkoYXV0aCkpIHRocm93IG5ldyBFcnJvcihcImV4dC5hdXRob3JpemVkU2NvcGVzIG11c3QgYmUgYW4gYXJyYXlcIik7XG4gICAgaWYgKCFhdXRoLmV2ZXJ5KHZhbGlkU2NvcGUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXCJleHQuYXV0aG9yaXplZFNjb3BlcyBtdXN0IGJlIGFuIGFycmF5IG9mIHZhbGlkIHNjb3Blc1wiKTtcbiAgICB9XG4gICAgY29uc3QgaGF2ZSA9IG9wdHMuZXhwYW5kKFsuLi5zY29wZXMsIFwiYXNzdW1lOmFub255bW91c1wiXSk7XG4gICAgaWYgKCFzYXRpc2ZpZXMoaGF2ZSwgeyBBbGxPZjogYXV0aCBhcyBzdHJpbmdbXSB9KSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBbXG4gICAgICAgICAgXCJTdXBwbGllZCBjcmVkZW50aWFscyBkbyBub3Qgc2F0aXNmeSBhdXRob3JpemVkU2NvcGVzOyBjcmVkZW50aWFscyBoYXZlIHNjb3BlczpcIixcbiAgICAgICAgICBcIlwiLFxuICAgICAgICAgIFwiYGBgXCIsXG4gICAgICAgICAgaGF2ZS5qb2luKFwiXFxuXCIpLFxuICAgICAgICAgIFwiYGBgXCIsXG4gICAgICAgICAgXCJcIixcbiAgICAgICAgICBcImF1dGhvcml6ZWRTY29wZXMgYXJlOlwiLFxuICAgICAgICAgIFwiXCIsXG4gICAgICAgICAgXCJgYGBcIixcbiAgICAgICAgICAoYXV0aCBhcyBzdHJpbmdbXSkuam9pbihcIlxcblwiKSxcbiAgICAgICAgICBcImBgYFwiLFxuICAgICAgICBdLmpvaW4oXCJcXG5cIiksXG4gICAgICApO1xuICAgIH1cbiAgICBzY29wZXMgPSBhdXRoIGFzIHN0cmluZ1tdO1xuICB9XG4gIHJldHVybiB7IGFjY2Vzc1Rva2VuLCBzY29wZXMsIGV4cGlyZXMgfTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7Ozs7O0NBTUMsR0FDRCxTQUFTLFVBQVUsRUFBRSxlQUFlLFFBQVEsY0FBYztBQUMxRCxTQUFTLFNBQVMsRUFBRSxVQUFVLFFBQVEsa0JBQWtCO0FBb0J4RCxTQUFTLE9BQU8sS0FBaUI7RUFDL0IsT0FBTyxLQUFLLE9BQU8sWUFBWSxJQUFJLFFBQVEsT0FBTyxDQUFDLE9BQU8sS0FBSyxPQUFPLENBQUMsT0FBTyxLQUFLLE9BQU8sQ0FDeEYsT0FDQTtBQUVKO0FBRUEsbUVBQW1FLEdBQ25FLE9BQU8sU0FBUztFQUNkLE1BQU0sSUFBSSxPQUFPLGVBQWUsQ0FBQyxJQUFJLFdBQVc7RUFDaEQsQ0FBQyxDQUFDLEVBQUUsR0FBRyxBQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsT0FBUTtFQUN2QixDQUFDLENBQUMsRUFBRSxHQUFHLEFBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxPQUFRO0VBQ3ZCLE9BQU8sT0FBTztBQUNoQjtBQUVBLGdGQUFnRixHQUNoRixPQUFPLFNBQVM7RUFDZCxNQUFNLElBQUksT0FBTyxlQUFlLENBQUMsSUFBSSxXQUFXO0VBQ2hELENBQUMsQ0FBQyxFQUFFLElBQUk7RUFDUixDQUFDLENBQUMsRUFBRSxHQUFHLEFBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxPQUFRO0VBQ3ZCLENBQUMsQ0FBQyxFQUFFLEdBQUcsQUFBQyxDQUFDLENBQUMsRUFBRSxHQUFHLE9BQVE7RUFDdkIsT0FBTyxPQUFPO0FBQ2hCO0FBRUEsdUZBQXVGLEdBQ3ZGLE9BQU8sU0FBUztFQUNkLE9BQU8sYUFBYTtBQUN0QjtBQUVBLFNBQVMsUUFBUSxHQUFXLEVBQUUsT0FBZTtFQUMzQyxPQUFPLFdBQVcsVUFBVSxLQUFLLE1BQU0sQ0FBQyxTQUFTLE1BQU0sQ0FBQztBQUMxRDtBQUVBLDZDQUE2QyxHQUM3QyxTQUFTLHNCQUFzQixJQUFvQyxFQUFFLFFBQWlCO0VBQ3BGLE1BQU0sUUFBUTtJQUFDO0dBQVk7RUFDM0IsSUFBSSxLQUFLLE1BQU0sRUFBRTtJQUNmLE1BQU0sSUFBSSxDQUFDLENBQUMsU0FBUyxFQUFFLFVBQVUsRUFBRSxDQUFDLE9BQU8sRUFBRSxLQUFLLE1BQU0sRUFBRTtFQUM1RDtFQUNBLE1BQU0sSUFBSSxDQUFDLENBQUMsS0FBSyxFQUFFLEtBQUssSUFBSSxFQUFFLEVBQUUsQ0FBQyxNQUFNLEVBQUUsS0FBSyxLQUFLLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxLQUFLLE1BQU0sRUFBRSxFQUFFO0VBQ2hGLE9BQU87T0FBSTtPQUFVLEtBQUssTUFBTTtHQUFDLENBQUMsSUFBSSxDQUFDO0FBQ3pDO0FBRUEsNkVBQTZFLEdBQzdFLFNBQVMsYUFBYSxXQUFtQixFQUFFLElBQVk7RUFDckQsT0FBTyxRQUFRLGFBQWEsTUFBTSxPQUFPLENBQUMsT0FBTyxLQUFLLE9BQU8sQ0FBQyxPQUFPLEtBQUssT0FBTyxDQUFDLE1BQU07QUFDMUY7QUFFQTs7O0NBR0MsR0FDRCxPQUFPLFNBQVMsMkJBQTJCLElBTTFDO0VBQ0MsTUFBTSxRQUFRLEtBQUssUUFBUSxLQUFLLGFBQWEsS0FBSyxRQUFRLEtBQUssS0FBSyxNQUFNLENBQUMsUUFBUTtFQUNuRixNQUFNLE9BQU87SUFDWCxTQUFTO0lBQ1QsUUFBUTtTQUFJLEtBQUssTUFBTTtLQUFDO0lBQ3hCLE9BQU8sS0FBSyxLQUFLO0lBQ2pCLFFBQVEsS0FBSyxNQUFNO0lBQ25CLE1BQU0sYUFBYTtJQUNuQixHQUFJLFFBQVE7TUFBRSxRQUFRLEtBQUssTUFBTSxDQUFDLFFBQVE7SUFBQyxJQUFJLENBQUMsQ0FBQztFQUNuRDtFQUNBLE1BQU0sT0FBb0I7SUFDeEIsR0FBRyxJQUFJO0lBQ1AsV0FBVyxRQUFRLEtBQUssTUFBTSxDQUFDLFdBQVcsRUFBRSxzQkFBc0IsTUFBTSxLQUFLLFFBQVE7RUFDdkY7RUFDQSxPQUFPO0lBQ0wsVUFBVSxRQUFRLEtBQUssUUFBUSxHQUFJLEtBQUssTUFBTSxDQUFDLFFBQVE7SUFDdkQsYUFBYSxhQUFhLEtBQUssTUFBTSxDQUFDLFdBQVcsRUFBRSxLQUFLLElBQUk7SUFDNUQsYUFBYSxLQUFLLFNBQVMsQ0FBQztFQUM5QjtBQUNGO0FBUUEsb0VBQW9FLEdBQ3BFLE9BQU8sU0FBUyxTQUFTLEdBQVc7RUFDbEMsSUFBSTtJQUNGLE1BQU0sSUFBSSxLQUFLLEtBQUssQ0FDbEIsSUFBSSxjQUFjLE1BQU0sQ0FBQyxXQUFXLElBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxJQUFNLEVBQUUsVUFBVSxDQUFDO0lBRTFFLElBQUksT0FBTyxNQUFNLFlBQVksTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNO0lBQ3pELE9BQU87RUFDVCxFQUFFLE9BQU07SUFDTixNQUFNLElBQUksTUFBTTtFQUNsQjtBQUNGO0FBU0EsTUFBTSxjQUFjLEtBQUssS0FBSyxLQUFLLEtBQUs7QUFDeEMsTUFBTSxVQUFVLElBQUksS0FBSztBQUV6Qjs7O0NBR0MsR0FDRCxPQUFPLFNBQVMsbUJBQW1CLElBT2xDO0VBQ0MsTUFBTSxFQUFFLGNBQWMsRUFBRSxlQUFlLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHO0VBQ3RELElBQUksRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBTTtFQUNsRCxJQUFJLElBQUksV0FBVyxFQUFFO0lBQ25CLE1BQU0sT0FBTyxJQUFJLFdBQVc7SUFDNUIsSUFBSSxPQUFPLFNBQVMsWUFBWSxNQUFNLE9BQU8sQ0FBQyxPQUFPO01BQ25ELE1BQU0sSUFBSSxNQUFNO0lBQ2xCO0lBQ0EsSUFBSSxLQUFLLE9BQU8sS0FBSyxHQUFHLE1BQU0sSUFBSSxNQUFNO0lBQ3hDLElBQUksT0FBTyxLQUFLLElBQUksS0FBSyxVQUFVLE1BQU0sSUFBSSxNQUFNO0lBQ25ELElBQUksS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07SUFDN0MsSUFBSSxPQUFPLEtBQUssS0FBSyxLQUFLLFVBQVUsTUFBTSxJQUFJLE1BQU07SUFDcEQsSUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLLFVBQVUsTUFBTSxJQUFJLE1BQU07SUFDckQsSUFBSSxDQUFDLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxHQUFHLE1BQU0sSUFBSSxNQUFNO0lBQ2pELElBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxLQUFLLENBQUMsYUFBYTtNQUNsQyxNQUFNLElBQUksTUFBTTtJQUNsQjtJQUNBLElBQUksS0FBSyxLQUFLLEdBQUcsTUFBTSxTQUFTLE1BQU0sSUFBSSxNQUFNO0lBQ2hELElBQUksS0FBSyxNQUFNLEdBQUcsTUFBTSxTQUFTLE1BQU0sSUFBSSxNQUFNO0lBQ2pELElBQUksS0FBSyxNQUFNLEdBQUcsS0FBSyxLQUFLLEdBQUcsYUFBYTtNQUMxQyxNQUFNLElBQUksTUFBTTtJQUNsQjtJQUNBLElBQUksb0JBQW9CLGdCQUFnQjtNQUN0QyxNQUFNLGNBQWMsQ0FBQyxtQkFBbUIsRUFBRSxnQkFBZ0I7TUFDMUQsSUFBSSxDQUFDLFVBQVUsUUFBUSxjQUFjO1FBQ25DLE1BQU0sSUFBSSxNQUNSLENBQUMseUJBQXlCLEVBQUUsZ0JBQWdCLGtCQUFrQixFQUFFLFlBQVkseUJBQXlCLENBQUM7TUFFMUc7SUFDRixPQUFPLElBQUksY0FBYyxNQUFNO01BQzdCLE1BQU0sSUFBSSxNQUFNO0lBQ2xCO0lBQ0EsTUFBTSxhQUFhLEtBQUssTUFBTTtJQUM5QixJQUFJLENBQUMsVUFBVSxRQUFRO01BQUUsT0FBTztJQUFXLElBQUk7TUFDN0MsTUFBTSxJQUFJLE1BQ1IsQ0FBQyx5QkFBeUIsRUFBRSxnQkFBZ0IsMENBQTBDLENBQUMsR0FDckYsR0FBRyxXQUFXLElBQUksQ0FBQyxNQUFNLDBEQUEwRCxDQUFDO0lBRTFGO0lBQ0EsTUFBTSxXQUFXLFFBQ2YsYUFDQSxzQkFBc0I7TUFDcEIsU0FBUztNQUNULFFBQVE7TUFDUixPQUFPLEtBQUssS0FBSztNQUNqQixRQUFRLEtBQUssTUFBTTtNQUNuQixNQUFNLEtBQUssSUFBSTtNQUNmLEdBQUksS0FBSyxNQUFNLEdBQUc7UUFBRSxRQUFRLE9BQU8sS0FBSyxNQUFNO01BQUUsSUFBSSxDQUFDLENBQUM7SUFDeEQsR0FBRztJQUVMLE1BQU0sTUFBTSxLQUFLLFNBQVM7SUFDMUIsTUFBTSxNQUFNLElBQUk7SUFDaEIsSUFDRSxPQUFPLFFBQVEsWUFBWSxJQUFJLE1BQU0sQ0FBQyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sQ0FBQyxVQUFVLE1BQU0sSUFDakYsQ0FBQyxnQkFBZ0IsSUFBSSxNQUFNLENBQUMsTUFBTSxJQUFJLE1BQU0sQ0FBQyxZQUM3QztNQUNBLE1BQU0sSUFBSSxNQUNSLEtBQUssTUFBTSxHQUNQLHVFQUNBO0lBRVI7SUFDQSxjQUFjLGFBQWEsYUFBYSxLQUFLLElBQUk7SUFDakQsSUFBSSxVQUFVLEtBQUssTUFBTSxFQUFFLFVBQVUsS0FBSyxNQUFNO0lBQ2hELFNBQVM7RUFDWDtFQUNBLElBQUksSUFBSSxnQkFBZ0IsRUFBRTtJQUN4QixNQUFNLE9BQU8sSUFBSSxnQkFBZ0I7SUFDakMsSUFBSSxDQUFDLE1BQU0sT0FBTyxDQUFDLE9BQU8sTUFBTSxJQUFJLE1BQU07SUFDMUMsSUFBSSxDQUFDLEtBQUssS0FBSyxDQUFDLGFBQWE7TUFDM0IsTUFBTSxJQUFJLE1BQU07SUFDbEI7SUFDQSxNQUFNLE9BQU8sS0FBSyxNQUFNLENBQUM7U0FBSTtNQUFRO0tBQW1CO0lBQ3hELElBQUksQ0FBQyxVQUFVLE1BQU07TUFBRSxPQUFPO0lBQWlCLElBQUk7TUFDakQsTUFBTSxJQUFJLE1BQ1I7UUFDRTtRQUNBO1FBQ0E7UUFDQSxLQUFLLElBQUksQ0FBQztRQUNWO1FBQ0E7UUFDQTtRQUNBO1FBQ0E7UUFDQyxLQUFrQixJQUFJLENBQUM7UUFDeEI7T0FDRCxDQUFDLElBQUksQ0FBQztJQUVYO0lBQ0EsU0FBUztFQUNYO0VBQ0EsT0FBTztJQUFFO0lBQWE7SUFBUTtFQUFRO0FBQ3hDIn0=
// denoCacheMetadata=16387016263977939358,13773240491749503930
