/**
 * LZMA / LZMA2 decoding in pure TypeScript (for 7z folders and `.lz`
 * lzip files), streaming with a dictionary-sized window. Input is fed in
 * pieces; the decoder stops between symbols whenever fewer than
 * `MARGIN` input bytes are buffered and more may come, so no symbol is
 * ever decoded from a partial buffer.
 */
import zlib from "node:zlib";
import { ByteReader } from "./bytes.ts";
import { corrupt, unsupported } from "./errors.ts";

const MARGIN = 64;
const OUT_CHUNK = 1 << 20;
const PROB_INIT = 1024;

function probs(n: number): Uint16Array {
  return new Uint16Array(n).fill(PROB_INIT);
}

/** LZMA decoder state: dictionary window, range coder, probabilities. */
export class LzmaDecoder {
  dict: Uint8Array;
  dictPos = 0;
  /** Bytes in the window that are valid history (<= dict.length). */
  dictFull = 0;
  totalPos = 0;
  #flushed = 0; // dictPos at last flush
  lc = 0;
  lp = 0;
  pb = 0;
  // range coder
  range = 0;
  code = 0;
  inBuf: Uint8Array = new Uint8Array(0);
  inPos = 0;
  inFinal = false;
  // state
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  /** Remaining length of a match interrupted by an output limit. */
  pending = 0;
  ended = false;
  literal = probs(0x300);
  isMatch = probs(192);
  isRep = probs(12);
  isRepG0 = probs(12);
  isRepG1 = probs(12);
  isRepG2 = probs(12);
  isRep0Long = probs(192);
  posSlot = probs(256);
  posDec = probs(115);
  align = probs(16);
  lenDec = probs(514);
  repLenDec = probs(514);

  constructor(dictSize: number) {
    this.dict = new Uint8Array(Math.max(dictSize, 4096));
  }

  /** Sets lc/lp/pb from the properties byte. */
  setProps(b: number): void {
    if (b >= 9 * 5 * 5) throw corrupt("lzma: bad properties");
    this.lc = b % 9;
    b = (b / 9) | 0;
    this.lp = b % 5;
    this.pb = (b / 5) | 0;
    const n = 0x300 << (this.lc + this.lp);
    if (this.literal.length !== n) this.literal = probs(n);
  }

  /** Resets probabilities and match state (not the dictionary). */
  resetState(): void {
    for (
      const p of [
        this.literal,
        this.isMatch,
        this.isRep,
        this.isRepG0,
        this.isRepG1,
        this.isRepG2,
        this.isRep0Long,
        this.posSlot,
        this.posDec,
        this.align,
        this.lenDec,
        this.repLenDec,
      ]
    ) p.fill(PROB_INIT);
    this.state = 0;
    this.rep0 =
      this.rep1 =
      this.rep2 =
      this.rep3 =
        0;
    this.pending = 0;
    this.ended = false;
  }

  /** Forgets the dictionary contents. */
  resetDict(): void {
    this.dictFull = 0;
  }

  /** Starts the range coder on `buf` at `pos` (reads 5 bytes). */
  initRange(): void {
    if (this.inBuf.length - this.inPos < 5) throw corrupt("lzma: unexpected end of data");
    if (this.inBuf[this.inPos] !== 0) throw corrupt("lzma: corrupt range coder start");
    this.code = ((this.inBuf[this.inPos + 1] << 24) | (this.inBuf[this.inPos + 2] << 16) |
      (this.inBuf[this.inPos + 3] << 8) | this.inBuf[this.inPos + 4]) >>> 0;
    this.inPos += 5;
    this.range = 0xffffffff;
  }

  /** Copies bytes straight into the window (LZMA2 stored chunks). */
  putStored(data: Uint8Array): void {
    for (let i = 0; i < data.length;) {
      const n = Math.min(data.length - i, this.dict.length - this.dictPos);
      this.dict.set(data.subarray(i, i + n), this.dictPos);
      this.dictPos += n;
      i += n;
      this.totalPos += n;
      this.dictFull = Math.min(this.dict.length, this.dictFull + n);
      if (this.dictPos === this.dict.length) this.#wrap();
    }
  }

  #chunks: Uint8Array[] = [];

  #wrap(): void {
    // the window is full: hand out what was not flushed yet, restart at 0
    if (this.dictPos > this.#flushed) {
      this.#chunks.push(this.dict.slice(this.#flushed, this.dictPos));
    }
    this.dictPos = 0;
    this.#flushed = 0;
  }

  /** Output produced since the last call (fresh arrays). */
  take(): Uint8Array[] {
    if (this.dictPos > this.#flushed) {
      this.#chunks.push(this.dict.slice(this.#flushed, this.dictPos));
      this.#flushed = this.dictPos;
    }
    const out = this.#chunks;
    this.#chunks = [];
    return out;
  }

  /**
   * Decodes until `limit` more bytes are out, the end marker, or the input
   * runs low (fewer than MARGIN bytes left and not final). Returns the
   * number of bytes produced.
   */
  decode(limit: number, allowEndMarker: boolean): number {
    const dict = this.dict;
    const dsize = dict.length;
    const inBuf = this.inBuf;
    const inEnd = inBuf.length;
    const stopAt = this.inFinal ? inEnd + 1 : inEnd - MARGIN;
    let inPos = this.inPos;
    let range = this.range, code = this.code;
    let dictPos = this.dictPos, dictFull = this.dictFull;
    let state = this.state, rep0 = this.rep0, rep1 = this.rep1, rep2 = this.rep2, rep3 = this.rep3;
    let produced = 0;
    const lc = this.lc, lpMask = (1 << this.lp) - 1, pbMask = (1 << this.pb) - 1;
    const literal = this.literal, isMatch = this.isMatch, isRep = this.isRep;
    const isRepG0 = this.isRepG0, isRepG1 = this.isRepG1, isRepG2 = this.isRepG2;
    const isRep0Long = this.isRep0Long, posSlotP = this.posSlot, posDec = this.posDec;
    const alignP = this.align, lenP = this.lenDec, repLenP = this.repLenDec;
    let totalPos = this.totalPos;
    const trunc = () => corrupt("lzma: unexpected end of data");

    const bit = (p: Uint16Array, i: number): number => {
      const v = p[i];
      const bound = (range >>> 11) * v;
      let b: number;
      if (code < bound) {
        range = bound;
        p[i] = v + ((2048 - v) >>> 5);
        b = 0;
      } else {
        range -= bound;
        code -= bound;
        p[i] = v - (v >>> 5);
        b = 1;
      }
      if (range < 0x1000000) {
        if (inPos >= inEnd) throw trunc();
        range = (range * 256) >>> 0;
        code = ((code * 256) + inBuf[inPos++]) >>> 0;
      }
      return b;
    };
    const tree = (p: Uint16Array, base: number, nbits: number): number => {
      let m = 1;
      for (let i = 0; i < nbits; i++) m = (m << 1) | bit(p, base + m);
      return m - (1 << nbits);
    };
    const reverse = (p: Uint16Array, base: number, nbits: number): number => {
      let m = 1, sym = 0;
      for (let i = 0; i < nbits; i++) {
        const b = bit(p, base + m);
        m = (m << 1) | b;
        sym |= b << i;
      }
      return sym;
    };
    const direct = (nbits: number): number => {
      let res = 0;
      for (let i = 0; i < nbits; i++) {
        range = range >>> 1;
        let b = 0;
        if (code >= range) {
          code -= range;
          b = 1;
        }
        res = ((res << 1) | b) >>> 0;
        if (range < 0x1000000) {
          if (inPos >= inEnd) throw trunc();
          range = (range * 256) >>> 0;
          code = ((code * 256) + inBuf[inPos++]) >>> 0;
        }
      }
      return res;
    };
    const length = (p: Uint16Array, posState: number): number => {
      if (!bit(p, 0)) return tree(p, 2 + (posState << 3), 3);
      if (!bit(p, 1)) return 8 + tree(p, 130 + (posState << 3), 3);
      return 16 + tree(p, 258, 8);
    };
    const putByte = (b: number) => {
      dict[dictPos++] = b;
      if (dictFull < dsize) dictFull++;
      totalPos++;
      produced++;
      if (dictPos === dsize) {
        this.dictPos = dictPos;
        this.#wrap();
        dictPos = 0;
      }
    };
    const copyMatch = (len: number) => {
      let src = dictPos - rep0 - 1;
      if (src < 0) src += dsize;
      while (len > 0) {
        const n = Math.min(len, dsize - src, dsize - dictPos, limit - produced);
        if (n <= 0) break;
        if (src + n <= dictPos || src >= dictPos + n) {
          if (n > 16) dict.copyWithin(dictPos, src, src + n);
          else for (let i = 0; i < n; i++) dict[dictPos + i] = dict[src + i];
        } else {
          for (let i = 0; i < n; i++) dict[dictPos + i] = dict[src + i];
        }
        dictPos += n;
        src += n;
        len -= n;
        totalPos += n;
        produced += n;
        dictFull = Math.min(dsize, dictFull + n);
        if (src === dsize) src = 0;
        if (dictPos === dsize) {
          this.dictPos = dictPos;
          this.#wrap();
          dictPos = 0;
        }
      }
      return len;
    };

    let pending = this.pending;
    if (pending) pending = copyMatch(pending);
    while (produced < limit && pending === 0 && inPos < stopAt) {
      const posState = totalPos & pbMask;
      if (!bit(isMatch, (state << 4) + posState)) {
        const prev = dictFull ? dict[dictPos === 0 ? dsize - 1 : dictPos - 1] : 0;
        const base = 0x300 * (((totalPos & lpMask) << lc) + (prev >>> (8 - lc)));
        let sym = 1;
        if (state >= 7) {
          let mi = dictPos - rep0 - 1;
          if (mi < 0) mi += dsize;
          let matchByte = dict[mi];
          do {
            const mbit = (matchByte >>> 7) & 1;
            matchByte <<= 1;
            const b = bit(literal, base + ((1 + mbit) << 8) + sym);
            sym = (sym << 1) | b;
            if (mbit !== b) break;
          } while (sym < 0x100);
        }
        while (sym < 0x100) sym = (sym << 1) | bit(literal, base + sym);
        putByte(sym & 0xff);
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len: number;
      if (bit(isRep, state)) {
        if (dictFull === 0) throw corrupt("lzma: match before any data");
        if (!bit(isRepG0, state)) {
          if (!bit(isRep0Long, (state << 4) + posState)) {
            state = state < 7 ? 9 : 11;
            let src = dictPos - rep0 - 1;
            if (src < 0) src += dsize;
            putByte(dict[src]);
            continue;
          }
        } else {
          let dist: number;
          if (!bit(isRepG1, state)) dist = rep1;
          else {
            if (!bit(isRepG2, state)) dist = rep2;
            else {
              dist = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = dist;
        }
        len = length(repLenP, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2;
        rep2 = rep1;
        rep1 = rep0;
        len = length(lenP, posState);
        state = state < 7 ? 7 : 10;
        const lenState = len < 3 ? len : 3;
        const slot = tree(posSlotP, lenState << 6, 6);
        if (slot < 4) rep0 = slot;
        else {
          const nd = (slot >>> 1) - 1;
          let dist = ((2 | (slot & 1)) << nd) >>> 0;
          if (slot < 14) dist = (dist + reverse(posDec, dist - slot, nd)) >>> 0;
          else {
            dist = (dist + direct(nd - 4) * 16) >>> 0;
            dist = (dist + reverse(alignP, 0, 4)) >>> 0;
          }
          rep0 = dist;
        }
        if (rep0 === 0xffffffff) {
          if (!allowEndMarker) throw corrupt("lzma: unexpected end marker");
          this.ended = true;
          break;
        }
        if (rep0 >= dictFull) throw corrupt("lzma: distance beyond the window");
      }
      pending = copyMatch(len + 2);
    }
    if (range < 0x1000000 && !this.ended) throw corrupt("lzma: range coder error");
    this.inPos = inPos;
    this.range = range;
    this.code = code;
    this.dictPos = dictPos;
    this.dictFull = dictFull;
    this.state = state;
    this.rep0 = rep0;
    this.rep1 = rep1;
    this.rep2 = rep2;
    this.rep3 = rep3;
    this.totalPos = totalPos;
    this.pending = pending;
    return produced;
  }

  /** Appends input (keeping what is not consumed yet). */
  feed(chunk: Uint8Array | null): void {
    if (chunk === null) {
      this.inFinal = true;
      return;
    }
    const left = this.inBuf.length - this.inPos;
    if (left === 0) {
      this.inBuf = chunk;
    } else {
      const nb = new Uint8Array(left + chunk.length);
      nb.set(this.inBuf.subarray(this.inPos), 0);
      nb.set(chunk, left);
      this.inBuf = nb;
    }
    this.inPos = 0;
  }

  /** Unconsumed input. */
  rest(): Uint8Array {
    return this.inBuf.subarray(this.inPos);
  }
}

/**
 * An LZMA1 stream (7z coder "LZMA"): props (5 bytes), then data of
 * `unpackSize` bytes (or until the end marker when unknown, -1).
 */
export async function* lzmaDecompress(
  input: AsyncIterable<Uint8Array>,
  props: Uint8Array,
  unpackSize: number,
): AsyncGenerator<Uint8Array> {
  if (props.length < 5) throw corrupt("lzma: bad properties");
  const dictSize = (props[1] | (props[2] << 8) | (props[3] << 16) | (props[4] << 24)) >>> 0;
  const d = new LzmaDecoder(Math.max(dictSize, 4096));
  d.setProps(props[0]);
  yield* runLzma1(d, input[Symbol.asyncIterator](), unpackSize);
}

async function* runLzma1(
  d: LzmaDecoder,
  it: AsyncIterator<Uint8Array>,
  unpackSize: number,
  initial?: Uint8Array,
): AsyncGenerator<Uint8Array> {
  if (initial) d.feed(initial);
  const fill = async () => {
    const r = await it.next();
    d.feed(r.done ? null : r.value);
  };
  while (!d.inFinal && d.inBuf.length - d.inPos < 2 * MARGIN) await fill();
  d.initRange();
  let left = unpackSize < 0 ? Infinity : unpackSize;
  while (left > 0 && !d.ended) {
    while (!d.inFinal && d.inBuf.length - d.inPos < 2 * MARGIN) await fill();
    const n = d.decode(Math.min(left, OUT_CHUNK), true);
    left -= n;
    for (const c of d.take()) yield c;
    if (n === 0 && !d.ended && d.inFinal && d.inPos >= d.inBuf.length) {
      throw corrupt("lzma: unexpected end of data");
    }
  }
  if (unpackSize >= 0 && left > 0) throw corrupt("lzma: data ends before its declared size");
}

/** An LZMA2 stream (7z coder "LZMA2", props = 1 byte dictionary size code). */
export async function* lzma2Decompress(
  input: AsyncIterable<Uint8Array>,
  props: Uint8Array,
): AsyncGenerator<Uint8Array> {
  const p = props[0] ?? 40;
  if (p > 40) throw corrupt("lzma2: bad dictionary size");
  const dictSize = p === 40 ? 0xffffffff : (2 | (p & 1)) * 2 ** ((p >>> 1) + 11);
  const d = new LzmaDecoder(Math.min(dictSize, 1 << 30));
  const r = new ByteReader(input);
  try {
    let needDictReset = true;
    let needProps = true;
    for (;;) {
      const c = await r.need(1, "lzma2 chunk");
      const control = c[0];
      if (control === 0) return;
      if (control === 1 || control === 2) {
        if (control === 1) {
          d.resetDict();
          needDictReset = false;
        } else if (needDictReset) throw corrupt("lzma2: missing dictionary reset");
        const s = await r.need(2, "lzma2 chunk");
        const size = ((s[0] << 8) | s[1]) + 1;
        d.putStored(await r.need(size, "lzma2 chunk"));
        for (const o of d.take()) yield o;
        continue;
      }
      if (control < 0x80) throw corrupt("lzma2: bad control byte");
      const h = await r.need(4, "lzma2 chunk");
      const unpacked = ((control & 0x1f) << 16) + ((h[0] << 8) | h[1]) + 1;
      const packed = ((h[2] << 8) | h[3]) + 1;
      const reset = (control >>> 5) & 3;
      if (reset === 3) {
        d.resetDict();
        needDictReset = false;
      } else if (needDictReset) throw corrupt("lzma2: missing dictionary reset");
      if (reset >= 2) {
        const pb = await r.need(1, "lzma2 chunk");
        d.setProps(pb[0]);
        if (d.lc + d.lp > 4) throw corrupt("lzma2: lc + lp > 4");
        needProps = false;
      } else if (needProps) throw corrupt("lzma2: missing properties");
      if (reset >= 1) d.resetState();
      else d.pending = 0;
      const data = await r.need(packed, "lzma2 chunk");
      d.inBuf = data;
      d.inPos = 0;
      d.inFinal = true;
      d.initRange();
      let left = unpacked;
      while (left > 0) {
        const n = d.decode(Math.min(left, OUT_CHUNK), false);
        if (n === 0) throw corrupt("lzma2: chunk ends early");
        left -= n;
        for (const o of d.take()) yield o;
      }
      if (d.pending) throw corrupt("lzma2: match crosses a chunk boundary");
      if (d.inPos !== packed) throw corrupt("lzma2: chunk size mismatch");
    }
  } finally {
    await r.close();
  }
}

/** A `.lz` (lzip) stream: one or more members, each with its CRC32 and sizes checked. */
export async function* lzipDecompress(
  input: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const it = input[Symbol.asyncIterator]();
  let carry: Uint8Array = new Uint8Array(0);
  let members = 0;
  const zc = (zlib as unknown as { crc32(d: Uint8Array, v?: number): number }).crc32;
  try {
    for (;;) {
      // header: "LZIP", version, dict size code
      const head = new ByteReader(
        (async function* () {
          if (carry.length) yield carry;
          for (;;) {
            const r = await it.next();
            if (r.done) return;
            yield r.value;
          }
        })(),
      );
      const h = await head.exact(6, "lzip header");
      if (!h) {
        if (members === 0) throw corrupt("lzip: empty input");
        return;
      }
      if (h[0] !== 0x4c || h[1] !== 0x5a || h[2] !== 0x49 || h[3] !== 0x50) {
        throw corrupt(members ? "lzip: trailing garbage" : "lzip: bad magic");
      }
      if (h[4] !== 1) throw unsupported(`lzip: unsupported version ${h[4]}`);
      const ds = h[5];
      const base = 2 ** (ds & 0x1f);
      const dictSize = base - (base / 16) * (ds >>> 5);
      if (dictSize < 4096 || dictSize > 2 ** 29) throw corrupt("lzip: bad dictionary size");
      const d = new LzmaDecoder(dictSize);
      d.setProps(0x5d); // lc=3 lp=0 pb=2
      const rest = await head.upTo(Infinity);
      let crc = 0;
      let size = 0;
      for await (const c of runLzma1(d, it, -1, rest ?? new Uint8Array(0))) {
        crc = zc(c, crc);
        size += c.length;
        yield c;
      }
      if (!d.ended) throw corrupt("lzip: missing end marker");
      // trailer: crc32, data size, member size
      const tail = new ByteReader(
        (async function* () {
          const left = d.rest();
          if (left.length) yield left;
          for (;;) {
            const r = await it.next();
            if (r.done) return;
            yield r.value;
          }
        })(),
      );
      const t = await tail.need(20, "lzip trailer");
      const tcrc = (t[0] | (t[1] << 8) | (t[2] << 16) | (t[3] << 24)) >>> 0;
      const tsize = (t[4] | (t[5] << 8) | (t[6] << 16)) + t[7] * 2 ** 24 +
        (t[8] | (t[9] << 8) | (t[10] << 16) | (t[11] << 24)) * 2 ** 32;
      if (tcrc !== crc >>> 0) throw corrupt("lzip: CRC mismatch");
      if (tsize !== size) throw corrupt("lzip: data size mismatch");
      members++;
      carry = (await tail.upTo(Infinity)) ?? new Uint8Array(0);
    }
  } finally {
    await it.return?.();
  }
}
