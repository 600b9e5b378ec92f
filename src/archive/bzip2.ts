/**
 * Streaming bzip2 decoder (pure TypeScript): whole blocks are decoded as
 * soon as their compressed bytes have arrived; block and stream CRCs are
 * checked; concatenated streams (pbzip2, lbzip2) are supported. Memory is
 * one block (at most 900 kB of BWT state plus its input) whatever the size.
 */
import { corrupt, unsupported } from "./errors.ts";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[i] = c >>> 0;
  }
  return t;
})();

const OUT_CHUNK = 1 << 20;
const MAX_GROUPS = 6;
const MAX_ALPHA = 258;
const MAX_CODE_LEN = 23;
const MAX_SELECTORS = 18002;

/** Decompresses a bzip2 stream. */
export async function* bzip2Decompress(
  input: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const it = input[Symbol.asyncIterator]();
  let data = new Uint8Array(0);
  let pos = 0;
  let eof = false;
  let bb = 0; // bit buffer
  let bl = 0; // bits in it
  const trunc = () => corrupt("bzip2: unexpected end of data");

  async function ensure(n: number): Promise<void> {
    if (data.length - pos >= n || eof) return;
    const parts: Uint8Array[] = [data.subarray(pos)];
    let have = data.length - pos;
    while (have < n) {
      const r = await it.next();
      if (r.done) {
        eof = true;
        break;
      }
      parts.push(r.value);
      have += r.value.length;
    }
    const nd = new Uint8Array(have);
    let o = 0;
    for (const p of parts) {
      nd.set(p, o);
      o += p.length;
    }
    data = nd;
    pos = 0;
  }

  function bits(n: number): number {
    while (bl < n) {
      if (pos >= data.length) throw trunc();
      bb = (bb << 8) | data[pos++];
      bl += 8;
    }
    bl -= n;
    return (bb >>> bl) & ((1 << n) - 1);
  }
  const bits32 = () => ((bits(16) << 16) | bits(16)) >>> 0;

  const selector = new Uint8Array(MAX_SELECTORS);
  const lens = Array.from({ length: MAX_GROUPS }, () => new Uint8Array(MAX_ALPHA));
  const limit = Array.from({ length: MAX_GROUPS }, () => new Int32Array(MAX_CODE_LEN + 1));
  const base = Array.from({ length: MAX_GROUPS }, () => new Int32Array(MAX_CODE_LEN + 1));
  const perm = Array.from({ length: MAX_GROUPS }, () => new Int32Array(MAX_ALPHA));
  const minLens = new Int32Array(MAX_GROUPS);
  let tt = new Uint32Array(0);

  try {
    let streams = 0;
    for (;;) {
      // stream header
      await ensure(4);
      if (pos >= data.length && eof) {
        if (streams === 0) throw corrupt("bzip2: empty input");
        return;
      }
      bb = 0;
      bl = 0;
      if (data.length - pos < 4) throw corrupt("bzip2: not a bzip2 stream");
      if (data[pos] !== 0x42 || data[pos + 1] !== 0x5a || data[pos + 2] !== 0x68) {
        throw corrupt(streams ? "bzip2: trailing garbage after stream" : "bzip2: bad magic");
      }
      const level = data[pos + 3] - 0x30;
      if (level < 1 || level > 9) throw corrupt("bzip2: bad block size");
      pos += 4;
      streams++;
      const maxBlock = level * 100000;
      if (tt.length < maxBlock) tt = new Uint32Array(maxBlock);
      let combined = 0;
      for (;;) {
        await ensure(maxBlock + (maxBlock >> 3) + 8192);
        const m1 = bits(24), m2 = bits(24);
        if (m1 === 0x177245 && m2 === 0x385090) {
          const streamCrc = bits32();
          if (streamCrc !== combined) throw corrupt("bzip2: stream CRC mismatch");
          bl -= bl % 8; // align: remaining whole bytes go back to the input
          pos -= bl >> 3;
          bl = 0;
          break;
        }
        if (m1 !== 0x314159 || m2 !== 0x265359) throw corrupt("bzip2: bad block header");
        const blockCrc = bits32();
        if (bits(1)) throw unsupported("bzip2: randomised blocks are not supported");
        const origPtr = bits(24);
        // symbol map
        const used = bits(16);
        const seqToUnseq = new Uint8Array(256);
        let nInUse = 0;
        for (let i = 0; i < 16; i++) {
          if (used & (0x8000 >> i)) {
            const v = bits(16);
            for (let j = 0; j < 16; j++) if (v & (0x8000 >> j)) seqToUnseq[nInUse++] = i * 16 + j;
          }
        }
        if (nInUse === 0) throw corrupt("bzip2: empty symbol map");
        const alphaSize = nInUse + 2;
        const nGroups = bits(3);
        if (nGroups < 2 || nGroups > 6) throw corrupt("bzip2: bad group count");
        const nSelectors = bits(15);
        if (nSelectors < 1) throw corrupt("bzip2: bad selector count");
        const mtfGroups = [0, 1, 2, 3, 4, 5];
        for (let i = 0; i < nSelectors; i++) {
          let j = 0;
          while (bits(1)) {
            j++;
            if (j >= nGroups) throw corrupt("bzip2: bad selector");
          }
          if (i < MAX_SELECTORS) {
            const v = mtfGroups[j];
            for (let k = j; k > 0; k--) mtfGroups[k] = mtfGroups[k - 1];
            mtfGroups[0] = v;
            selector[i] = v;
          }
        }
        const usedSelectors = Math.min(nSelectors, MAX_SELECTORS);
        for (let t = 0; t < nGroups; t++) {
          let curr = bits(5);
          const len = lens[t];
          for (let i = 0; i < alphaSize; i++) {
            for (;;) {
              if (curr < 1 || curr > 20) throw corrupt("bzip2: bad code length");
              if (!bits(1)) break;
              curr += bits(1) ? -1 : 1;
            }
            len[i] = curr;
          }
          let minLen = 32, maxLen = 0;
          for (let i = 0; i < alphaSize; i++) {
            if (len[i] > maxLen) maxLen = len[i];
            if (len[i] < minLen) minLen = len[i];
          }
          const b = base[t], l = limit[t], p = perm[t];
          let pp = 0;
          for (let i = minLen; i <= maxLen; i++) {
            for (let j = 0; j < alphaSize; j++) if (len[j] === i) p[pp++] = j;
          }
          b.fill(0);
          for (let i = 0; i < alphaSize; i++) b[len[i] + 1]++;
          for (let i = 1; i < MAX_CODE_LEN; i++) b[i] += b[i - 1];
          l.fill(0);
          let vec = 0;
          for (let i = minLen; i <= maxLen; i++) {
            vec += b[i + 1] - b[i];
            l[i] = vec - 1;
            vec <<= 1;
          }
          for (let i = minLen + 1; i <= maxLen; i++) b[i] = ((l[i - 1] + 1) << 1) - b[i];
          for (let i = maxLen + 1; i <= MAX_CODE_LEN; i++) l[i] = 0x7fffffff;
          minLens[t] = minLen;
        }
        // MTF/RLE2 decode into tt
        const EOB = nInUse + 1;
        const unzftab = new Int32Array(256);
        const yy = new Uint8Array(256);
        for (let i = 0; i < 256; i++) yy[i] = i;
        let groupNo = -1, groupPos = 0;
        let gLimit = limit[0], gBase = base[0], gPerm = perm[0], gMin = 0;
        let nblock = 0;
        const getSym = (): number => {
          if (groupPos === 0) {
            groupNo++;
            if (groupNo >= usedSelectors) throw corrupt("bzip2: selector overflow");
            groupPos = 50;
            const g = selector[groupNo];
            gLimit = limit[g];
            gBase = base[g];
            gPerm = perm[g];
            gMin = minLens[g];
          }
          groupPos--;
          let zn = gMin;
          let zvec = bits(zn);
          while (zvec > gLimit[zn]) {
            zn++;
            if (zn > 20) throw corrupt("bzip2: bad Huffman code");
            zvec = (zvec << 1) | bits(1);
          }
          const idx = zvec - gBase[zn];
          if (idx < 0 || idx >= alphaSize) throw corrupt("bzip2: bad Huffman code");
          return gPerm[idx];
        };
        let sym = getSym();
        for (;;) {
          if (sym === EOB) break;
          if (sym <= 1) {
            let es = 0, n = 1;
            do {
              es += sym === 0 ? n : 2 * n;
              n <<= 1;
              if (n > 1 << 21) throw corrupt("bzip2: run too long");
              sym = getSym();
            } while (sym <= 1);
            const uc = seqToUnseq[yy[0]];
            if (nblock + es > maxBlock) throw corrupt("bzip2: block overflow");
            unzftab[uc] += es;
            tt.fill(uc, nblock, nblock + es);
            nblock += es;
            continue;
          }
          if (nblock >= maxBlock) throw corrupt("bzip2: block overflow");
          const nn = sym - 1;
          const uc = yy[nn];
          yy.copyWithin(1, 0, nn);
          yy[0] = uc;
          const b = seqToUnseq[uc];
          unzftab[b]++;
          tt[nblock++] = b;
          sym = getSym();
        }
        if (origPtr >= nblock) throw corrupt("bzip2: bad origin pointer");
        // inverse BWT
        const cftab = new Int32Array(257);
        for (let i = 0; i < 256; i++) cftab[i + 1] = cftab[i] + unzftab[i];
        for (let i = 0; i < nblock; i++) {
          const uc = tt[i] & 0xff;
          tt[cftab[uc]] |= i << 8;
          cftab[uc]++;
        }
        // output with RLE1 undone, CRC as we go
        let tPos = tt[origPtr] >>> 8;
        let crc = 0xffffffff;
        let out = new Uint8Array(OUT_CHUNK);
        let op = 0;
        let last = -1, count = 0;
        for (let k = 0; k < nblock; k++) {
          tPos = tt[tPos];
          const ch = tPos & 0xff;
          tPos >>>= 8;
          if (count === 4) {
            for (let r = 0; r < ch; r++) {
              if (op === OUT_CHUNK) {
                yield out;
                out = new Uint8Array(OUT_CHUNK);
                op = 0;
              }
              out[op++] = last;
              crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ last) & 0xff];
            }
            count = 0;
            last = -1;
            continue;
          }
          if (ch === last) count++;
          else {
            last = ch;
            count = 1;
          }
          if (op === OUT_CHUNK) {
            yield out;
            out = new Uint8Array(OUT_CHUNK);
            op = 0;
          }
          out[op++] = ch;
          crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ ch) & 0xff];
        }
        if (op) yield out.subarray(0, op);
        if ((~crc >>> 0) !== blockCrc) throw corrupt("bzip2: block CRC mismatch");
        combined = (((combined << 1) | (combined >>> 31)) ^ blockCrc) >>> 0;
        tt.fill(0, 0, nblock);
      }
    }
  } finally {
    await it.return?.();
  }
}
