/**
 * Streaming LZ4 frame decoder (the `lz4` CLI's default format): a
 * bounds-checked block decoder, linked and independent blocks, and every
 * checksum the frame declares (header, block, content: xxHash32).
 * Skippable frames are skipped; concatenated frames are decoded in turn.
 */
import { ByteReader } from "./bytes.ts";
import { corrupt, unsupported } from "./errors.ts";
import { Xxh32, xxh32 } from "./xxhash.ts";

const WINDOW = 1 << 16;
const MAGIC = 0x184d2204;
const LEGACY_MAGIC = 0x184c2102;
const BLOCK_SIZES = [0, 0, 0, 0, 1 << 16, 1 << 18, 1 << 20, 1 << 22];

const le32 = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/**
 * Decodes one LZ4 block `src[sp..send)` into `dst` at `dp` (at most up to
 * `dend`); matches may reach back to `dmin`. Returns the new end of output.
 */
export function decodeBlock(
  src: Uint8Array,
  sp: number,
  send: number,
  dst: Uint8Array,
  dp: number,
  dend: number,
  dmin: number,
): number {
  const bad = () => corrupt("lz4: corrupt block");
  while (sp < send) {
    const token = src[sp++];
    let lit = token >>> 4;
    if (lit === 15) {
      let b: number;
      do {
        if (sp >= send) throw bad();
        b = src[sp++];
        lit += b;
      } while (b === 255);
    }
    if (sp + lit > send || dp + lit > dend) throw bad();
    if (lit < 32) {
      for (let i = 0; i < lit; i++) dst[dp + i] = src[sp + i];
    } else {
      dst.set(src.subarray(sp, sp + lit), dp);
    }
    sp += lit;
    dp += lit;
    if (sp === send) break;
    if (sp + 2 > send) throw bad();
    const off = src[sp] | (src[sp + 1] << 8);
    sp += 2;
    let ml = token & 15;
    if (ml === 15) {
      let b: number;
      do {
        if (sp >= send) throw bad();
        b = src[sp++];
        ml += b;
      } while (b === 255);
    }
    ml += 4;
    let ref = dp - off;
    if (off === 0 || ref < dmin || dp + ml > dend) throw bad();
    if (off >= ml && ml > 32) {
      dst.copyWithin(dp, ref, ref + ml);
      dp += ml;
    } else {
      const end = dp + ml;
      while (dp < end) dst[dp++] = dst[ref++];
    }
  }
  return dp;
}

/** Decodes an LZ4 frame stream. */
export async function* lz4Decompress(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const r = new ByteReader(input);
  try {
    let frames = 0;
    for (;;) {
      const m = await r.exact(4, "lz4 frame");
      if (!m) {
        if (frames === 0) throw corrupt("lz4: empty input");
        return;
      }
      const magic = le32(m, 0);
      if ((magic & 0xfffffff0) === 0x184d2a50) {
        const len = le32(await r.need(4, "lz4 skippable frame"), 0);
        await r.skip(len, "lz4 skippable frame");
        frames++;
        continue;
      }
      if (magic === LEGACY_MAGIC) throw unsupported("lz4: legacy frame format is not supported");
      if (magic !== MAGIC) throw corrupt("lz4: not an LZ4 frame (bad magic number)");
      frames++;
      yield* frame(r);
    }
  } finally {
    await r.close();
  }
}

async function* frame(r: ByteReader): AsyncGenerator<Uint8Array> {
  const d0 = await r.need(2, "lz4 frame header");
  const flg = d0[0], bd = d0[1];
  if ((flg >> 6) !== 1) throw unsupported("lz4: unsupported frame version");
  if (flg & 0x02 || bd & 0x8f) throw corrupt("lz4: reserved header bits set");
  const independent = (flg & 0x20) !== 0;
  const blockCk = (flg & 0x10) !== 0;
  const hasSize = (flg & 0x08) !== 0;
  const contentCk = (flg & 0x04) !== 0;
  const hasDict = (flg & 0x01) !== 0;
  const maxBlock = BLOCK_SIZES[(bd >> 4) & 7];
  if (!maxBlock) throw corrupt("lz4: invalid block size");
  const extra = (hasSize ? 8 : 0) + (hasDict ? 4 : 0);
  const rest = await r.need(extra + 1, "lz4 frame header");
  const desc = new Uint8Array(2 + extra);
  desc.set(d0, 0);
  desc.set(rest.subarray(0, extra), 2);
  if (((xxh32(desc) >>> 8) & 0xff) !== rest[extra]) throw corrupt("lz4: header checksum mismatch");
  if (hasDict) throw unsupported("lz4: frames needing a dictionary are not supported");
  let declared = -1;
  if (hasSize) {
    declared = le32(rest, 0) + le32(rest, 4) * 2 ** 32;
  }
  const content = contentCk ? new Xxh32() : undefined;
  let total = 0;
  let history: Uint8Array | undefined; // last <= 64 KiB of output (linked blocks)
  for (;;) {
    const raw = le32(await r.need(4, "lz4 block"), 0);
    if (raw === 0) break;
    const size = raw & 0x7fffffff;
    const stored = raw >>> 31 === 1;
    if (size > maxBlock) throw corrupt("lz4: block larger than the declared maximum");
    const block = await r.need(size + (blockCk ? 4 : 0), "lz4 block");
    if (blockCk && xxh32(block.subarray(0, size)) !== le32(block, size)) {
      throw corrupt("lz4: block checksum mismatch");
    }
    let out: Uint8Array;
    if (stored) {
      out = block.slice(0, size);
    } else if (independent || !history) {
      const buf = new Uint8Array(maxBlock);
      const n = decodeBlock(block, 0, size, buf, 0, maxBlock, 0);
      out = buf.subarray(0, n);
    } else {
      const h = history.length;
      const buf = new Uint8Array(h + maxBlock);
      buf.set(history, 0);
      const n = decodeBlock(block, 0, size, buf, h, h + maxBlock, 0) - h;
      out = buf.subarray(h, h + n);
    }
    if (!independent) {
      if (out.length >= WINDOW) history = out.subarray(out.length - WINDOW);
      else {
        const prev = history ?? new Uint8Array(0);
        const keep = Math.min(WINDOW - out.length, prev.length);
        const nh = new Uint8Array(keep + out.length);
        nh.set(prev.subarray(prev.length - keep), 0);
        nh.set(out, keep);
        history = nh;
      }
    }
    content?.update(out);
    total += out.length;
    if (out.length) yield out;
  }
  if (contentCk) {
    const ck = le32(await r.need(4, "lz4 content checksum"), 0);
    if (content!.digest() !== ck) throw corrupt("lz4: content checksum mismatch");
  }
  if (declared >= 0 && declared !== total) throw corrupt("lz4: content size mismatch");
}
