/**
 * Slugids: v4 UUIDs written as 22 characters of URL-safe base64 without
 * padding, as Taskcluster uses for taskIds, uploadIds and cache dirs
 * (same encoding as the npm `slugid` package).
 *
 * ```ts
 * const taskId = slugid();   // e.g. "fN1SbArXTPSVFNUvaOlinQ"
 * isSlugid(taskId);          // true
 * ```
 */ function encode(bytes) {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").slice(0, 22);
}
function v4Bytes() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = b[6] & 0x0f | 0x40; // version 4
  b[8] = b[8] & 0x3f | 0x80; // RFC 4122 variant
  return b;
}
/**
 * A random "nice" slugid (npm `slugid.nice()`): a v4 UUID whose first bit
 * is 0, so the slug starts with `[A-Za-f]` and never with `-`.
 */ export function slugid() {
  const b = v4Bytes();
  b[0] &= 0x7f;
  return encode(b);
}
/** A random v4 slugid (npm `slugid.v4()`); may start with `-` or `_`. */ export function slugidV4() {
  return encode(v4Bytes());
}
/** The slugid of a UUID string (`xxxxxxxx-xxxx-...`); throws on a malformed UUID. */ export function encodeUuid(
  uuid,
) {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`invalid UUID: ${uuid}`);
  const b = new Uint8Array(16);
  for (let i = 0; i < 16; i++) b[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return encode(b);
}
/** The UUID string (lower case, dashed) of a slugid; throws unless `isSlugid(slug)`. */ export function decodeSlugid(
  slug,
) {
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
 */ export const SLUGID_PATTERN =
  /^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$/;
/** True when `s` is a v4 slugid as Taskcluster's schemas accept it. */ export function isSlugid(
  s,
) {
  return SLUGID_PATTERN.test(s);
}
/** True when `s` is a "nice" v4 slugid (also starts with `[A-Za-f]`). */ export function isNiceSlugid(
  s,
) {
  return isSlugid(s) && /^[A-Za-f]/.test(s);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL3NsdWdpZC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFNsdWdpZHM6IHY0IFVVSURzIHdyaXR0ZW4gYXMgMjIgY2hhcmFjdGVycyBvZiBVUkwtc2FmZSBiYXNlNjQgd2l0aG91dFxuICogcGFkZGluZywgYXMgVGFza2NsdXN0ZXIgdXNlcyBmb3IgdGFza0lkcywgdXBsb2FkSWRzIGFuZCBjYWNoZSBkaXJzXG4gKiAoc2FtZSBlbmNvZGluZyBhcyB0aGUgbnBtIGBzbHVnaWRgIHBhY2thZ2UpLlxuICpcbiAqIGBgYHRzXG4gKiBjb25zdCB0YXNrSWQgPSBzbHVnaWQoKTsgICAvLyBlLmcuIFwiZk4xU2JBclhUUFNWRk5VdmFPbGluUVwiXG4gKiBpc1NsdWdpZCh0YXNrSWQpOyAgICAgICAgICAvLyB0cnVlXG4gKiBgYGBcbiAqL1xuXG5mdW5jdGlvbiBlbmNvZGUoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBzdHJpbmcge1xuICBsZXQgYmluID0gXCJcIjtcbiAgZm9yIChjb25zdCBiIG9mIGJ5dGVzKSBiaW4gKz0gU3RyaW5nLmZyb21DaGFyQ29kZShiKTtcbiAgcmV0dXJuIGJ0b2EoYmluKS5yZXBsYWNlKC9cXCsvZywgXCItXCIpLnJlcGxhY2UoL1xcLy9nLCBcIl9cIikuc2xpY2UoMCwgMjIpO1xufVxuXG5mdW5jdGlvbiB2NEJ5dGVzKCk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBiID0gY3J5cHRvLmdldFJhbmRvbVZhbHVlcyhuZXcgVWludDhBcnJheSgxNikpO1xuICBiWzZdID0gKGJbNl0gJiAweDBmKSB8IDB4NDA7IC8vIHZlcnNpb24gNFxuICBiWzhdID0gKGJbOF0gJiAweDNmKSB8IDB4ODA7IC8vIFJGQyA0MTIyIHZhcmlhbnRcbiAgcmV0dXJuIGI7XG59XG5cbi8qKlxuICogQSByYW5kb20gXCJuaWNlXCIgc2x1Z2lkIChucG0gYHNsdWdpZC5uaWNlKClgKTogYSB2NCBVVUlEIHdob3NlIGZpcnN0IGJpdFxuICogaXMgMCwgc28gdGhlIHNsdWcgc3RhcnRzIHdpdGggYFtBLVphLWZdYCBhbmQgbmV2ZXIgd2l0aCBgLWAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzbHVnaWQoKTogc3RyaW5nIHtcbiAgY29uc3QgYiA9IHY0Qnl0ZXMoKTtcbiAgYlswXSAmPSAweDdmO1xuICByZXR1cm4gZW5jb2RlKGIpO1xufVxuXG4vKiogQSByYW5kb20gdjQgc2x1Z2lkIChucG0gYHNsdWdpZC52NCgpYCk7IG1heSBzdGFydCB3aXRoIGAtYCBvciBgX2AuICovXG5leHBvcnQgZnVuY3Rpb24gc2x1Z2lkVjQoKTogc3RyaW5nIHtcbiAgcmV0dXJuIGVuY29kZSh2NEJ5dGVzKCkpO1xufVxuXG4vKiogVGhlIHNsdWdpZCBvZiBhIFVVSUQgc3RyaW5nIChgeHh4eHh4eHgteHh4eC0uLi5gKTsgdGhyb3dzIG9uIGEgbWFsZm9ybWVkIFVVSUQuICovXG5leHBvcnQgZnVuY3Rpb24gZW5jb2RlVXVpZCh1dWlkOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBoZXggPSB1dWlkLnJlcGxhY2UoLy0vZywgXCJcIik7XG4gIGlmICghL15bMC05YS1mQS1GXXszMn0kLy50ZXN0KGhleCkpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBVVUlEOiAke3V1aWR9YCk7XG4gIGNvbnN0IGIgPSBuZXcgVWludDhBcnJheSgxNik7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMTY7IGkrKykgYltpXSA9IHBhcnNlSW50KGhleC5zbGljZSgyICogaSwgMiAqIGkgKyAyKSwgMTYpO1xuICByZXR1cm4gZW5jb2RlKGIpO1xufVxuXG4vKiogVGhlIFVVSUQgc3RyaW5nIChsb3dlciBjYXNlLCBkYXNoZWQpIG9mIGEgc2x1Z2lkOyB0aHJvd3MgdW5sZXNzIGBpc1NsdWdpZChzbHVnKWAuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlU2x1Z2lkKHNsdWc6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICghL15bQS1aYS16MC05Xy1dezIxfVtBUWd3XSQvLnRlc3Qoc2x1ZykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBzbHVnaWQ6ICR7c2x1Z31gKTtcbiAgY29uc3QgYmluID0gYXRvYihzbHVnLnJlcGxhY2UoLy0vZywgXCIrXCIpLnJlcGxhY2UoL18vZywgXCIvXCIpICsgXCI9PVwiKTtcbiAgbGV0IGhleCA9IFwiXCI7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgYmluLmxlbmd0aDsgaSsrKSBoZXggKz0gYmluLmNoYXJDb2RlQXQoaSkudG9TdHJpbmcoMTYpLnBhZFN0YXJ0KDIsIFwiMFwiKTtcbiAgcmV0dXJuIGAke2hleC5zbGljZSgwLCA4KX0tJHtoZXguc2xpY2UoOCwgMTIpfS0ke2hleC5zbGljZSgxMiwgMTYpfS0ke2hleC5zbGljZSgxNiwgMjApfS0ke1xuICAgIGhleC5zbGljZSgyMClcbiAgfWA7XG59XG5cbi8qKlxuICogVGhlIHBhdHRlcm4gb2YgYSB2NCBzbHVnaWQgYXMgVGFza2NsdXN0ZXIncyBzY2hlbWFzIHN0YXRlIGl0XG4gKiAoYHNsdWdpZC1wYXR0ZXJuYCk6IHZlcnNpb24gbmliYmxlIDQsIFJGQyA0MTIyIHZhcmlhbnQsIDIyIGNoYXJhY3RlcnMuXG4gKi9cbmV4cG9ydCBjb25zdCBTTFVHSURfUEFUVEVSTiA9XG4gIC9eW0EtWmEtejAtOV8tXXs4fVtRLVRdW0EtWmEtejAtOV8tXVtDR0tPU1dhZWltcXV5MjYtXVtBLVphLXowLTlfLV17MTB9W0FRZ3ddJC87XG5cbi8qKiBUcnVlIHdoZW4gYHNgIGlzIGEgdjQgc2x1Z2lkIGFzIFRhc2tjbHVzdGVyJ3Mgc2NoZW1hcyBhY2NlcHQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gaXNTbHVnaWQoczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBTTFVHSURfUEFUVEVSTi50ZXN0KHMpO1xufVxuXG4vKiogVHJ1ZSB3aGVuIGBzYCBpcyBhIFwibmljZVwiIHY0IHNsdWdpZCAoYWxzbyBzdGFydHMgd2l0aCBgW0EtWmEtZl1gKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc05pY2VTbHVnaWQoczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBpc1NsdWdpZChzKSAmJiAvXltBLVphLWZdLy50ZXN0KHMpO1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Ozs7Q0FTQyxHQUVELFNBQVMsT0FBTyxLQUFpQjtFQUMvQixJQUFJLE1BQU07RUFDVixLQUFLLE1BQU0sS0FBSyxNQUFPLE9BQU8sT0FBTyxZQUFZLENBQUM7RUFDbEQsT0FBTyxLQUFLLEtBQUssT0FBTyxDQUFDLE9BQU8sS0FBSyxPQUFPLENBQUMsT0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHO0FBQ3BFO0FBRUEsU0FBUztFQUNQLE1BQU0sSUFBSSxPQUFPLGVBQWUsQ0FBQyxJQUFJLFdBQVc7RUFDaEQsQ0FBQyxDQUFDLEVBQUUsR0FBRyxBQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsT0FBUSxNQUFNLFlBQVk7RUFDekMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxBQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsT0FBUSxNQUFNLG1CQUFtQjtFQUNoRCxPQUFPO0FBQ1Q7QUFFQTs7O0NBR0MsR0FDRCxPQUFPLFNBQVM7RUFDZCxNQUFNLElBQUk7RUFDVixDQUFDLENBQUMsRUFBRSxJQUFJO0VBQ1IsT0FBTyxPQUFPO0FBQ2hCO0FBRUEsdUVBQXVFLEdBQ3ZFLE9BQU8sU0FBUztFQUNkLE9BQU8sT0FBTztBQUNoQjtBQUVBLG1GQUFtRixHQUNuRixPQUFPLFNBQVMsV0FBVyxJQUFZO0VBQ3JDLE1BQU0sTUFBTSxLQUFLLE9BQU8sQ0FBQyxNQUFNO0VBQy9CLElBQUksQ0FBQyxvQkFBb0IsSUFBSSxDQUFDLE1BQU0sTUFBTSxJQUFJLE1BQU0sQ0FBQyxjQUFjLEVBQUUsTUFBTTtFQUMzRSxNQUFNLElBQUksSUFBSSxXQUFXO0VBQ3pCLElBQUssSUFBSSxJQUFJLEdBQUcsSUFBSSxJQUFJLElBQUssQ0FBQyxDQUFDLEVBQUUsR0FBRyxTQUFTLElBQUksS0FBSyxDQUFDLElBQUksR0FBRyxJQUFJLElBQUksSUFBSTtFQUMxRSxPQUFPLE9BQU87QUFDaEI7QUFFQSxzRkFBc0YsR0FDdEYsT0FBTyxTQUFTLGFBQWEsSUFBWTtFQUN2QyxJQUFJLENBQUMsNEJBQTRCLElBQUksQ0FBQyxPQUFPLE1BQU0sSUFBSSxNQUFNLENBQUMsZ0JBQWdCLEVBQUUsTUFBTTtFQUN0RixNQUFNLE1BQU0sS0FBSyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEtBQUssT0FBTyxDQUFDLE1BQU0sT0FBTztFQUM5RCxJQUFJLE1BQU07RUFDVixJQUFLLElBQUksSUFBSSxHQUFHLElBQUksSUFBSSxNQUFNLEVBQUUsSUFBSyxPQUFPLElBQUksVUFBVSxDQUFDLEdBQUcsUUFBUSxDQUFDLElBQUksUUFBUSxDQUFDLEdBQUc7RUFDdkYsT0FBTyxHQUFHLElBQUksS0FBSyxDQUFDLEdBQUcsR0FBRyxDQUFDLEVBQUUsSUFBSSxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsRUFBRSxJQUFJLEtBQUssQ0FBQyxJQUFJLElBQUksQ0FBQyxFQUFFLElBQUksS0FBSyxDQUFDLElBQUksSUFBSSxDQUFDLEVBQ3ZGLElBQUksS0FBSyxDQUFDLEtBQ1Y7QUFDSjtBQUVBOzs7Q0FHQyxHQUNELE9BQU8sTUFBTSxpQkFDWCxnRkFBZ0Y7QUFFbEYscUVBQXFFLEdBQ3JFLE9BQU8sU0FBUyxTQUFTLENBQVM7RUFDaEMsT0FBTyxlQUFlLElBQUksQ0FBQztBQUM3QjtBQUVBLHVFQUF1RSxHQUN2RSxPQUFPLFNBQVMsYUFBYSxDQUFTO0VBQ3BDLE9BQU8sU0FBUyxNQUFNLFlBQVksSUFBSSxDQUFDO0FBQ3pDIn0=
// denoCacheMetadata=7739461543470226589,15920814621700210642
