/**
 * xz, lzip and 7z's LZMA / LZMA2 through liblzma (xz-utils 5.8.4)
 * compiled to WASM (src/generated/liblzma_wasm.ts), driven directly
 * through its C API (`lzma_auto_decoder` + `lzma_code`), one WASM instance
 * per stream so its memory goes away with the stream.
 *
 * - `.xz` and `.lz` are decoded as they are, concatenated streams/members
 *   included (like `xz -d` and `lzip -d`), every check verified by liblzma.
 * - 7z's LZMA1 data is given the 13-byte `.lzma` header (its 5 property
 *   bytes plus the unpacked size); 7z's LZMA2 data is wrapped in a minimal
 *   `.xz` stream (no check) whose index is written from the sizes seen, so
 *   liblzma verifies the LZMA2 end and the sizes too.
 *
 * ```ts
 * for await (const c of liblzmaDecompress(chunks, "xz")) use(c);
 * ```
 */
import zlib from "node:zlib";
import { corrupt } from "./errors.ts";

interface LzmaExports {
  b: WebAssembly.Memory;
  c: () => void; // constructors
  f: (strm: number, action: number) => number; // lzma_code
  g: (strm: number) => void; // lzma_end
  o: (strm: number, memlimit: bigint, flags: number) => number; // lzma_auto_decoder
  s: (size: number) => number; // malloc
  t: (ptr: number) => void; // free
}

const LZMA_OK = 0;
const LZMA_STREAM_END = 1;
const LZMA_RUN = 0;
const LZMA_FINISH = 3;
const LZMA_CONCATENATED = 0x08;
const ERRORS: Record<number, string> = {
  2: "no integrity check",
  3: "unsupported integrity check",
  5: "out of memory",
  6: "memory limit reached",
  7: "file format not recognized",
  8: "unsupported options",
  9: "compressed data is corrupt",
  10: "unexpected end of input",
  11: "internal error",
};
/** lzma_stream offsets on wasm32. */
const NEXT_IN = 0;
const AVAIL_IN = 4;
const NEXT_OUT = 16;
const AVAIL_OUT = 20;
const STREAM_SIZE = 96;
const IN_BUF = 1 << 20;
const OUT_BUF = 1 << 20;
const MAX_MEMORY = 2 ** 31;

let compiled: Promise<WebAssembly.Module> | undefined;

function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function wasmModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    // loaded on first use (the base64 text is large)
    const { LIBLZMA_WASM_BASE64, LIBLZMA_WASM_SHA256 } = await import(
      "../generated/liblzma_wasm.ts"
    );
    const bytes = decodeBase64(LIBLZMA_WASM_BASE64);
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    const hex = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
    if (hex !== LIBLZMA_WASM_SHA256) throw new Error("embedded liblzma.wasm is damaged");
    return await WebAssembly.compile(bytes);
  })();
  return compiled;
}

/** One liblzma decoder: its own WASM instance, stream struct and buffers. */
class Decoder {
  #x: LzmaExports;
  #strm: number;
  #in: number;
  #out: number;

  private constructor(x: LzmaExports) {
    this.#x = x;
    x.c();
    this.#strm = x.s(STREAM_SIZE);
    this.#in = x.s(IN_BUF);
    this.#out = x.s(OUT_BUF);
    if (!this.#strm || !this.#in || !this.#out) throw corrupt("lzma: out of memory");
    new Uint8Array(x.b.buffer, this.#strm, STREAM_SIZE).fill(0);
    const ret = x.o(this.#strm, 0xffffffffffffffffn, LZMA_CONCATENATED);
    if (ret !== LZMA_OK) throw corrupt(`lzma: decoder start failed (${ret})`);
  }

  static async create(): Promise<Decoder> {
    const box: { memory?: WebAssembly.Memory } = {};
    const resize = (requested: number): number => {
      const need = requested >>> 0;
      const have = box.memory!.buffer.byteLength;
      if (need <= have) return 1;
      const want = Math.min(MAX_MEMORY, Math.max(need, have * 2));
      if (want < need) return 0;
      try {
        box.memory!.grow(Math.ceil((want - have) / 65536));
        return 1;
      } catch {
        return 0;
      }
    };
    const inst = await WebAssembly.instantiate(await wasmModule(), { a: { a: resize } });
    const x = inst.exports as unknown as LzmaExports;
    box.memory = x.b;
    return new Decoder(x);
  }

  #u32(): Uint32Array {
    return new Uint32Array(this.#x.b.buffer, this.#strm, 6);
  }

  /**
   * Feeds `input` (or the end, when null) and returns the output it
   * produced; `done` once liblzma reported the end of the stream.
   */
  run(input: Uint8Array | null, out: Uint8Array[]): boolean {
    const x = this.#x;
    let off = 0;
    const action = input === null ? LZMA_FINISH : LZMA_RUN;
    for (;;) {
      let s = this.#u32();
      if (input !== null && s[AVAIL_IN >> 2] === 0) {
        if (off >= input.length) return false;
        const n = Math.min(IN_BUF, input.length - off);
        new Uint8Array(x.b.buffer, this.#in, n).set(input.subarray(off, off + n));
        off += n;
        s[NEXT_IN >> 2] = this.#in;
        s[AVAIL_IN >> 2] = n;
      }
      s[NEXT_OUT >> 2] = this.#out;
      s[AVAIL_OUT >> 2] = OUT_BUF;
      const ret = x.f(this.#strm, action);
      s = this.#u32(); // memory may have grown
      const produced = OUT_BUF - s[AVAIL_OUT >> 2];
      if (produced > 0) out.push(new Uint8Array(x.b.buffer, this.#out, produced).slice());
      if (ret === LZMA_STREAM_END) return true;
      if (ret !== LZMA_OK) throw corrupt(`lzma: ${ERRORS[ret] ?? `error ${ret}`}`);
      // more output may be pending while the output buffer came back full
      if (produced === OUT_BUF) continue;
      if (input === null) {
        if (produced === 0) throw corrupt("lzma: unexpected end of input");
        continue;
      }
      if (s[AVAIL_IN >> 2] === 0 && off >= input.length) return false;
    }
  }

  /** Frees the decoder (the instance's memory goes with it). */
  end(): void {
    try {
      this.#x.g(this.#strm);
    } catch { /* instance already broken */ }
  }
}

async function* drive(
  chunks: AsyncIterable<Uint8Array>,
  onEnd?: (stats: { fed: number; out: number }) => Uint8Array,
): AsyncGenerator<Uint8Array> {
  const d = await Decoder.create();
  try {
    const out: Uint8Array[] = [];
    let fed = 0;
    let produced = 0;
    let done = false;
    for await (const c of chunks) {
      if (done) {
        if (c.length) throw corrupt("lzma: data after the end of the stream");
        continue;
      }
      fed += c.length;
      done = d.run(c, out);
      for (const o of out) {
        produced += o.length;
        yield o;
      }
      out.length = 0;
    }
    if (!done && onEnd) {
      done = d.run(onEnd({ fed, out: produced }), out);
      for (const o of out) yield o;
      out.length = 0;
    }
    if (!done) {
      done = d.run(null, out);
      for (const o of out) yield o;
    }
    if (!done) throw corrupt("lzma: unexpected end of input");
  } finally {
    d.end();
  }
}

async function* prefixed(
  head: Uint8Array,
  rest: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield head;
  yield* rest;
}

/** A `.xz` or `.lz` stream, concatenated streams/members included. */
export function liblzmaDecompress(
  input: AsyncIterable<Uint8Array>,
  format: "xz" | "lz",
): AsyncIterable<Uint8Array> {
  return drive(checkedMagic(input, format));
}

/** Refuses input of the other format (liblzma's auto decoder would take .lzma, .xz and .lz alike). */
async function* checkedMagic(
  input: AsyncIterable<Uint8Array>,
  format: "xz" | "lz",
): AsyncGenerator<Uint8Array> {
  const magic = format === "xz" ? [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] : [0x4c, 0x5a, 0x49, 0x50];
  let seen = 0;
  let any = false;
  for await (const c of input) {
    for (let i = 0; i < c.length && seen < magic.length; i++, seen++) {
      if (c[i] !== magic[seen]) throw corrupt(`${format}: not a ${format} stream (bad magic)`);
    }
    any ||= c.length > 0;
    yield c;
  }
  if (!any) throw corrupt(`${format}: empty input`);
  if (seen < magic.length) throw corrupt(`${format}: truncated header`);
}

/** LZMA1 (7z coder 030101, zip method 14): 5 property bytes, `unpackSize` bytes out (-1: until the end marker). */
export function lzma1Decompress(
  input: AsyncIterable<Uint8Array>,
  props: Uint8Array,
  unpackSize: number,
): AsyncIterable<Uint8Array> {
  if (props.length < 5) throw corrupt("lzma: bad properties");
  const head = new Uint8Array(13);
  head.set(props.subarray(0, 5));
  const dv = new DataView(head.buffer);
  // liblzma's .lzma reader takes only dictionary sizes 2^n or 2^n + 2^(n-1): round up (a larger
  // window decodes the same data)
  const dict = dv.getUint32(1, true);
  let want = 4096;
  while (want < dict && want < 2 ** 31) {
    want = (want & (want - 1)) === 0 ? want * 1.5 : (want / 3) * 4;
  }
  dv.setUint32(1, Math.min(want, 0xffffffff) >>> 0, true);
  if (unpackSize < 0) dv.setBigUint64(5, 0xffffffffffffffffn, true);
  else dv.setBigUint64(5, BigInt(unpackSize), true);
  return drive(prefixed(head, input));
}

const crc32 = (zlib as unknown as { crc32(d: Uint8Array, v?: number): number }).crc32;

function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

function withCrc(bytes: number[]): number[] {
  return [...bytes, ...le32(crc32(new Uint8Array(bytes)) >>> 0)];
}

/** 7z coder LZMA2 (21): 1 property byte (dictionary size code). */
export function lzma2Decompress(
  input: AsyncIterable<Uint8Array>,
  props: Uint8Array,
): AsyncIterable<Uint8Array> {
  const prop = props[0] ?? 40;
  if (prop > 40) throw corrupt("lzma2: bad dictionary size");
  // stream header (check: none) + block header (one filter: LZMA2 with its property byte)
  const streamFlags = [0x00, 0x00];
  const streamHeader = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, ...withCrc(streamFlags)];
  const blockHeader = withCrc([0x02, 0x00, 0x21, 0x01, prop, 0x00, 0x00, 0x00]);
  const head = new Uint8Array([...streamHeader, ...blockHeader]);
  return drive(prefixed(head, input), ({ fed, out }) => {
    const data = fed - head.length;
    const unpadded = blockHeader.length + data;
    const blockPad = (4 - (data % 4)) % 4;
    const index = [0x00, ...varint(1), ...varint(unpadded), ...varint(out)];
    while (index.length % 4) index.push(0);
    const indexFull = withCrc(index);
    const backward = [...le32(indexFull.length / 4 - 1), ...streamFlags];
    const footer = [...le32(crc32(new Uint8Array(backward)) >>> 0), ...backward];
    return new Uint8Array([
      ...new Array(blockPad).fill(0),
      ...indexFull,
      ...footer,
      0x59,
      0x5a,
    ]);
  });
}
