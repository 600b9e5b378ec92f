/**
 * Streaming Zstandard decoder on node:zlib's native zstd, driven
 * synchronously. Deno 2.9.6's `createZstdDecompress` stream throws a
 * checksum mismatch as an *uncaught* exception (it would kill the whole
 * worker) and silently accepts a truncated frame, so instead the native
 * handle's `writeSync` is called in a loop (errors come back to us, output
 * is bounded by a 64 KiB buffer per call), and a small frame walker checks
 * that the input ends exactly at a frame boundary (truncation).
 */
import { Buffer } from "node:buffer";
import zlib from "node:zlib";
import { corrupt, unsupported } from "./errors.ts";

const IN_SLICE = 1 << 20;
const OUT_SIZE = 1 << 20;

interface NativeHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
  ): void;
  onerror: (message: string, errno: number, code?: string) => void;
}

interface ZstdInternals {
  _handle: NativeHandle | null;
  _writeState: Uint32Array;
  _defaultFlushFlag: number;
  close(): void;
}

type Phase = "magic" | "fhd" | "fhdrest" | "skiplen" | "block" | "checksum";

/**
 * Walks zstd frame structure (headers, block sizes, checksums, skippable
 * frames) without decoding, to know whether the input stopped mid-frame.
 */
class FrameWalker {
  #head = new Uint8Array(18);
  #headLen = 0;
  #want = 4; // header bytes wanted in the current phase
  #skip = 0; // payload bytes to skip
  #phase: Phase = "magic";
  #checksum = false;
  #lastBlock = false;
  frames = 0;

  /** True when the input seen so far ends on a frame boundary. */
  get atBoundary(): boolean {
    return this.#phase === "magic" && this.#headLen === 0 && this.#skip === 0;
  }

  feed(b: Uint8Array): void {
    let i = 0;
    while (i < b.length) {
      if (this.#skip > 0) {
        const n = Math.min(this.#skip, b.length - i);
        this.#skip -= n;
        i += n;
        if (this.#skip === 0) this.#afterSkip();
        continue;
      }
      const n = Math.min(this.#want - this.#headLen, b.length - i);
      this.#head.set(b.subarray(i, i + n), this.#headLen);
      this.#headLen += n;
      i += n;
      if (this.#headLen === this.#want) this.#step();
    }
  }

  #afterSkip(): void {
    if (this.#phase === "block") {
      if (this.#lastBlock) this.#endBlocks();
      else this.#expect("block", 3);
    } else this.#expect("magic", 4);
  }

  #expect(phase: Phase, want: number): void {
    this.#phase = phase;
    this.#want = want;
    this.#headLen = 0;
  }

  #endBlocks(): void {
    if (this.#checksum) this.#expect("checksum", 4);
    else this.#frameDone();
  }

  #frameDone(): void {
    this.frames++;
    this.#expect("magic", 4);
  }

  #step(): void {
    const h = this.#head;
    switch (this.#phase) {
      case "magic": {
        const m = (h[0] | (h[1] << 8) | (h[2] << 16) | (h[3] << 24)) >>> 0;
        if (m === 0xfd2fb528) this.#expect("fhd", 1);
        else if ((m & 0xfffffff0) === 0x184d2a50) this.#expect("skiplen", 4);
        else throw corrupt("zstd: not a zstd frame (bad magic number)");
        return;
      }
      case "fhd": {
        const fhd = h[0];
        if (fhd & 0x08) throw corrupt("zstd: reserved frame header bit set");
        const fcsFlag = fhd >> 6;
        const single = (fhd >> 5) & 1;
        this.#checksum = ((fhd >> 2) & 1) === 1;
        const did = [0, 1, 2, 4][fhd & 3];
        const fcs = [single ? 1 : 0, 2, 4, 8][fcsFlag];
        const rest = (single ? 0 : 1) + did + fcs;
        if (rest === 0) this.#expect("block", 3);
        else this.#expect("fhdrest", rest);
        return;
      }
      case "fhdrest":
        this.#expect("block", 3);
        return;
      case "skiplen":
        this.#skip = (h[0] | (h[1] << 8) | (h[2] << 16) | (h[3] << 24)) >>> 0;
        this.#phase = "magic";
        this.#want = 4;
        this.#headLen = 0;
        if (this.#skip === 0) this.frames++;
        return;
      case "block": {
        const v = h[0] | (h[1] << 8) | (h[2] << 16);
        this.#lastBlock = (v & 1) === 1;
        const type = (v >> 1) & 3;
        const size = v >>> 3;
        if (type === 3) throw corrupt("zstd: reserved block type");
        const payload = type === 1 ? 1 : size;
        this.#headLen = 0;
        if (payload > 0) {
          this.#skip = payload;
          return;
        }
        if (this.#lastBlock) this.#endBlocks();
        else this.#expect("block", 3);
        return;
      }
      case "checksum":
        this.#frameDone();
        return;
    }
  }
}

/** Decompresses a zstd stream (concatenated and skippable frames included). */
export async function* zstdDecompress(
  input: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const z = zlib.createZstdDecompress() as unknown as ZstdInternals;
  const h = z._handle;
  const state = z._writeState;
  if (!h || typeof h.writeSync !== "function" || !state) {
    throw unsupported("zstd: this runtime's node:zlib has no usable zstd decoder");
  }
  let failure: string | undefined;
  h.onerror = (message: string) => {
    failure ??= message;
  };
  const walker = new FrameWalker();
  const out = Buffer.alloc(OUT_SIZE);
  let seen = 0;
  try {
    for await (const chunk of input) {
      walker.feed(chunk);
      for (let o = 0; o < chunk.length; o += IN_SLICE) {
        const slice = chunk.subarray(o, Math.min(o + IN_SLICE, chunk.length));
        let inOff = 0;
        let inLen = slice.length;
        for (;;) {
          h.writeSync(z._defaultFlushFlag, slice, inOff, inLen, out, 0, OUT_SIZE);
          if (failure !== undefined) throw corrupt(`zstd: ${failure}`);
          const availOut = state[0];
          const availIn = state[1];
          const have = OUT_SIZE - availOut;
          // a copy: Buffer#slice is a view, and `out` is reused by the next call
          if (have > 0) yield new Uint8Array(out.subarray(0, have));
          inOff += inLen - availIn;
          inLen = availIn;
          if (availOut !== 0 && inLen === 0) break;
        }
      }
      seen += chunk.length;
    }
    if (seen === 0) throw corrupt("zstd: empty input");
    if (!walker.atBoundary) throw corrupt("zstd: unexpected end of data (truncated frame)");
  } finally {
    try {
      z.close();
    } catch { /* already closed */ }
  }
}
