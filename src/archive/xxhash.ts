/** xxHash32 (streaming), for the LZ4 frame checksums. */
const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const P4 = 0x27d4eb2f;
const P5 = 0x165667b1;

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
const round = (acc: number, lane: number) =>
  Math.imul(rotl((acc + Math.imul(lane, P2)) | 0, 13), P1);
const u32 = (b: Uint8Array, i: number) =>
  b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

/** Incremental xxHash32. */
export class Xxh32 {
  #v1: number;
  #v2: number;
  #v3: number;
  #v4: number;
  #buf = new Uint8Array(16);
  #bufLen = 0;
  #total = 0;

  constructor(readonly seed = 0) {
    this.#v1 = (seed + P1 + P2) | 0;
    this.#v2 = (seed + P2) | 0;
    this.#v3 = seed | 0;
    this.#v4 = (seed - P1) | 0;
  }

  /** Adds bytes. */
  update(data: Uint8Array): this {
    let i = 0;
    const n = data.length;
    this.#total += n;
    if (this.#bufLen) {
      const take = Math.min(16 - this.#bufLen, n);
      this.#buf.set(data.subarray(0, take), this.#bufLen);
      this.#bufLen += take;
      i = take;
      if (this.#bufLen < 16) return this;
      this.#stripe(this.#buf, 0);
      this.#bufLen = 0;
    }
    let v1 = this.#v1, v2 = this.#v2, v3 = this.#v3, v4 = this.#v4;
    for (; i + 16 <= n; i += 16) {
      v1 = round(v1, u32(data, i));
      v2 = round(v2, u32(data, i + 4));
      v3 = round(v3, u32(data, i + 8));
      v4 = round(v4, u32(data, i + 12));
    }
    this.#v1 = v1;
    this.#v2 = v2;
    this.#v3 = v3;
    this.#v4 = v4;
    if (i < n) {
      this.#buf.set(data.subarray(i), 0);
      this.#bufLen = n - i;
    }
    return this;
  }

  #stripe(b: Uint8Array, i: number): void {
    this.#v1 = round(this.#v1, u32(b, i));
    this.#v2 = round(this.#v2, u32(b, i + 4));
    this.#v3 = round(this.#v3, u32(b, i + 8));
    this.#v4 = round(this.#v4, u32(b, i + 12));
  }

  /** The 32-bit digest (unsigned). */
  digest(): number {
    let h: number;
    if (this.#total >= 16) {
      h = (rotl(this.#v1, 1) + rotl(this.#v2, 7) + rotl(this.#v3, 12) + rotl(this.#v4, 18)) | 0;
    } else {
      h = (this.seed + P5) | 0;
    }
    h = (h + this.#total) | 0;
    const b = this.#buf;
    let i = 0;
    for (; i + 4 <= this.#bufLen; i += 4) {
      h = Math.imul(rotl((h + Math.imul(u32(b, i), P3)) | 0, 17), P4);
    }
    for (; i < this.#bufLen; i++) {
      h = Math.imul(rotl((h + Math.imul(b[i], P5)) | 0, 11), P1);
    }
    h ^= h >>> 15;
    h = Math.imul(h, P2);
    h ^= h >>> 13;
    h = Math.imul(h, P3);
    h ^= h >>> 16;
    return h >>> 0;
  }
}

/** xxHash32 of one buffer. */
export function xxh32(data: Uint8Array, seed = 0): number {
  return new Xxh32(seed).update(data).digest();
}
