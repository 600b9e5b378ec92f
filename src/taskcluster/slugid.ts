/**
 * Slugids: v4 UUIDs written as 22 characters of URL-safe base64 without
 * padding, as Taskcluster uses for taskIds, uploadIds and cache dirs
 * (same encoding as the npm `slugid` package).
 *
 * ```ts
 * const taskId = slugid();   // e.g. "fN1SbArXTPSVFNUvaOlinQ"
 * isSlugid(taskId);          // true
 * ```
 */

function encode(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").slice(0, 22);
}

function v4Bytes(): Uint8Array {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  return b;
}

/**
 * A random "nice" slugid (npm `slugid.nice()`): a v4 UUID whose first bit
 * is 0, so the slug starts with `[A-Za-f]` and never with `-`.
 */
export function slugid(): string {
  const b = v4Bytes();
  b[0] &= 0x7f;
  return encode(b);
}

/** A random v4 slugid (npm `slugid.v4()`); may start with `-` or `_`. */
export function slugidV4(): string {
  return encode(v4Bytes());
}

/** The slugid of a UUID string (`xxxxxxxx-xxxx-...`); throws on a malformed UUID. */
export function encodeUuid(uuid: string): string {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`invalid UUID: ${uuid}`);
  const b = new Uint8Array(16);
  for (let i = 0; i < 16; i++) b[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return encode(b);
}

/** The UUID string (lower case, dashed) of a slugid; throws unless `isSlugid(slug)`. */
export function decodeSlugid(slug: string): string {
  if (!/^[A-Za-z0-9_-]{21}[AQgw]$/.test(slug)) throw new Error(`invalid slugid: ${slug}`);
  const bin = atob(slug.replace(/-/g, "+").replace(/_/g, "/") + "==");
  let hex = "";
  for (let i = 0; i < bin.length; i++) hex += bin.charCodeAt(i).toString(16).padStart(2, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${
    hex.slice(20)
  }`;
}

/**
 * The pattern of a v4 slugid as Taskcluster's schemas state it
 * (`slugid-pattern`): version nibble 4, RFC 4122 variant, 22 characters.
 */
export const SLUGID_PATTERN =
  /^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$/;

/** True when `s` is a v4 slugid as Taskcluster's schemas accept it. */
export function isSlugid(s: string): boolean {
  return SLUGID_PATTERN.test(s);
}

/** True when `s` is a "nice" v4 slugid (also starts with `[A-Za-f]`). */
export function isNiceSlugid(s: string): boolean {
  return isSlugid(s) && /^[A-Za-f]/.test(s);
}
