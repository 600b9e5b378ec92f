/**
 * Snappy framing format decoder (`.sz`: the format of `python3 -m snappy
 * -c`, snzip and Go's snappy/s2 writers in snappy-compatible mode), with
 * the masked CRC-32C of every chunk checked.
 */
import { ByteReader } from "./bytes.ts";
import { corrupt, unsupported } from "./errors.ts";

const CRC32C = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function crc32c(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC32C[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function masked(b: Uint8Array): number {
  const c = crc32c(b);
  return ((((c >>> 15) | (c << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

/** Decodes one raw snappy block. */
export function snappyBlock(src: Uint8Array): Uint8Array {
  const bad = () => corrupt("snappy: corrupt block");
  let sp = 0;
  let len = 0;
  for (let shift = 0;; shift += 7) {
    if (sp >= src.length || shift > 28) throw bad();
    const b = src[sp++];
    len += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) break;
  }
  if (len > 1 << 24) throw bad();
  const dst = new Uint8Array(len);
  let dp = 0;
  while (sp < src.length) {
    const tag = src[sp++];
    const kind = tag & 3;
    if (kind === 0) {
      let n = tag >>> 2;
      if (n >= 60) {
        const extra = n - 59;
        if (sp + extra > src.length) throw bad();
        n = 0;
        for (let i = 0; i < extra; i++) n |= src[sp + i] << (8 * i);
        n >>>= 0;
        sp += extra;
      }
      n += 1;
      if (sp + n > src.length || dp + n > len) throw bad();
      dst.set(src.subarray(sp, sp + n), dp);
      sp += n;
      dp += n;
      continue;
    }
    let n: number, off: number;
    if (kind === 1) {
      if (sp >= src.length) throw bad();
      n = ((tag >>> 2) & 7) + 4;
      off = ((tag >>> 5) << 8) | src[sp++];
    } else if (kind === 2) {
      if (sp + 2 > src.length) throw bad();
      n = (tag >>> 2) + 1;
      off = src[sp] | (src[sp + 1] << 8);
      sp += 2;
    } else {
      if (sp + 4 > src.length) throw bad();
      n = (tag >>> 2) + 1;
      off = (src[sp] | (src[sp + 1] << 8) | (src[sp + 2] << 16) | (src[sp + 3] << 24)) >>> 0;
      sp += 4;
    }
    if (off === 0 || off > dp || dp + n > len) throw bad();
    let ref = dp - off;
    const end = dp + n;
    while (dp < end) dst[dp++] = dst[ref++];
  }
  if (dp !== len) throw bad();
  return dst;
}

const STREAM_ID = [0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]; // "sNaPpY"

/** Decodes a snappy framed stream. */
export async function* snappyDecompress(
  input: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const r = new ByteReader(input);
  try {
    let started = false;
    for (;;) {
      const h = await r.exact(4, "snappy chunk");
      if (!h) {
        if (!started) throw corrupt("snappy: empty input");
        return;
      }
      const type = h[0];
      const len = h[1] | (h[2] << 8) | (h[3] << 16);
      const body = await r.need(len, "snappy chunk");
      if (type === 0xff) {
        if (len !== 6 || STREAM_ID.some((c, i) => body[i] !== c)) {
          throw corrupt("snappy: bad stream identifier");
        }
        started = true;
        continue;
      }
      if (!started) throw corrupt("snappy: missing stream identifier");
      if (type === 0x00 || type === 0x01) {
        if (len < 4) throw corrupt("snappy: short chunk");
        const ck = (body[0] | (body[1] << 8) | (body[2] << 16) | (body[3] << 24)) >>> 0;
        const data = type === 0x00 ? snappyBlock(body.subarray(4)) : body.slice(4);
        if (data.length > 65536) throw corrupt("snappy: chunk too large");
        if (masked(data) !== ck) throw corrupt("snappy: checksum mismatch");
        if (data.length) yield data;
      } else if (type >= 0x02 && type <= 0x7f) {
        throw unsupported(`snappy: unsupported chunk type 0x${type.toString(16)} (S2 extension?)`);
      }
      // 0x80-0xfe: skippable (0xfe padding)
    }
  } finally {
    await r.close();
  }
}
