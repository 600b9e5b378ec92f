/**
 * 7z extraction: own header reader (plain and LZMA-encoded headers) and
 * folder decoder for coder chains of copy, LZMA, LZMA2, BCJ (x86), Delta,
 * Deflate and BZip2 (what `7z a` produces by default, filters included).
 * BCJ2, PPMd, ARM filters and AES are refused as unsupported. Unix modes
 * and symlinks come from the high 16 bits of the attributes (p7zip/7-Zip
 * on Unix). CRCs are checked.
 */
import zlib from "node:zlib";
import { Readable } from "node:stream";
import { ByteReader } from "./bytes.ts";
import { bzip2Decompress } from "./bzip2.ts";
import { ArchiveError, corrupt, unsupported } from "./errors.ts";
import { lzma1Decompress, lzma2Decompress } from "./liblzma.ts";
import { RandomAccessFile } from "./randomaccess.ts";
import type { SafeWriter } from "./writer.ts";

const crc32 = (zlib as unknown as { crc32(d: Uint8Array, v?: number): number }).crc32;
const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const SMALL = 1 << 20;

interface Coder {
  id: string; // hex
  numIn: number;
  numOut: number;
  props: Uint8Array;
}
interface Folder {
  coders: Coder[];
  bindPairs: { inIndex: number; outIndex: number }[];
  packedStreams: number[]; // in-stream indices fed by pack streams
  unpackSizes: number[]; // per out stream
  crc?: number;
  // filled from substreams info
  numSubstreams: number;
  substreamSizes: number[];
  substreamCrcs: (number | undefined)[];
  firstPack: number;
}
interface StreamsInfo {
  packPos: number;
  packSizes: number[];
  folders: Folder[];
}
interface FileItem {
  name: string;
  hasStream: boolean;
  isDir: boolean;
  isAnti: boolean;
  attrib?: number;
}

class Buf {
  p = 0;
  constructor(readonly b: Uint8Array) {}
  byte(): number {
    if (this.p >= this.b.length) throw corrupt("7z: truncated header");
    return this.b[this.p++];
  }
  num(): number {
    const first = this.byte();
    let mask = 0x80;
    let value = 0;
    for (let i = 0; i < 8; i++) {
      if ((first & mask) === 0) {
        return value + (first & (mask - 1)) * 2 ** (8 * i);
      }
      value += this.byte() * 2 ** (8 * i);
      mask >>>= 1;
    }
    return value;
  }
  u32(): number {
    const b = this.bytes(4);
    return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
  }
  bytes(n: number): Uint8Array {
    if (n < 0 || this.p + n > this.b.length) throw corrupt("7z: truncated header");
    const out = this.b.subarray(this.p, this.p + n);
    this.p += n;
    return out;
  }
  bits(n: number): boolean[] {
    const out: boolean[] = [];
    let mask = 0, cur = 0;
    for (let i = 0; i < n; i++) {
      if (mask === 0) {
        cur = this.byte();
        mask = 0x80;
      }
      out.push((cur & mask) !== 0);
      mask >>>= 1;
    }
    return out;
  }
  defined(n: number): boolean[] {
    const all = this.byte();
    return all ? new Array(n).fill(true) : this.bits(n);
  }
}

function readDigests(b: Buf, n: number): (number | undefined)[] {
  const def = b.defined(n);
  return def.map((d) => (d ? b.u32() : undefined));
}

function readFolder(b: Buf): Folder {
  const numCoders = b.num();
  if (numCoders < 1 || numCoders > 64) throw corrupt("7z: bad coder count");
  const coders: Coder[] = [];
  let totalIn = 0, totalOut = 0;
  for (let i = 0; i < numCoders; i++) {
    const flags = b.byte();
    if (flags & 0x80) throw unsupported("7z: alternative coder methods are not supported");
    const id = [...b.bytes(flags & 0x0f)].map((x) => x.toString(16).padStart(2, "0")).join("");
    const complex = (flags & 0x10) !== 0;
    const numIn = complex ? b.num() : 1;
    const numOut = complex ? b.num() : 1;
    const props = flags & 0x20 ? b.bytes(b.num()) : new Uint8Array(0);
    coders.push({ id, numIn, numOut, props });
    totalIn += numIn;
    totalOut += numOut;
  }
  const bindPairs = [];
  for (let i = 0; i < totalOut - 1; i++) bindPairs.push({ inIndex: b.num(), outIndex: b.num() });
  const numPacked = totalIn - bindPairs.length;
  const packedStreams: number[] = [];
  if (numPacked === 1) {
    for (let i = 0; i < totalIn; i++) {
      if (!bindPairs.some((p) => p.inIndex === i)) {
        packedStreams.push(i);
        break;
      }
    }
  } else {
    for (let i = 0; i < numPacked; i++) packedStreams.push(b.num());
  }
  return {
    coders,
    bindPairs,
    packedStreams,
    unpackSizes: [],
    numSubstreams: 1,
    substreamSizes: [],
    substreamCrcs: [],
    firstPack: 0,
  };
}

function readStreamsInfo(b: Buf): StreamsInfo {
  const info: StreamsInfo = { packPos: 0, packSizes: [], folders: [] };
  let id = b.byte();
  if (id === 0x06) {
    info.packPos = b.num();
    const n = b.num();
    for (;;) {
      id = b.byte();
      if (id === 0x00) break;
      if (id === 0x09) { for (let i = 0; i < n; i++) info.packSizes.push(b.num()); }
      else if (id === 0x0a) readDigests(b, n);
      else throw corrupt("7z: bad pack info");
    }
    id = b.byte();
  }
  if (id === 0x07) {
    if (b.byte() !== 0x0b) throw corrupt("7z: bad unpack info");
    const n = b.num();
    if (b.byte() !== 0) throw unsupported("7z: external folders are not supported");
    for (let i = 0; i < n; i++) info.folders.push(readFolder(b));
    if (b.byte() !== 0x0c) throw corrupt("7z: bad unpack info");
    for (const f of info.folders) {
      const outs = f.coders.reduce((s, c) => s + c.numOut, 0);
      for (let i = 0; i < outs; i++) f.unpackSizes.push(b.num());
    }
    for (;;) {
      id = b.byte();
      if (id === 0x00) break;
      if (id === 0x0a) {
        readDigests(b, n).forEach((c, i) => (info.folders[i].crc = c));
      } else throw corrupt("7z: bad unpack info");
    }
    id = b.byte();
  }
  for (const f of info.folders) {
    f.substreamSizes = [folderSize(f)];
    f.substreamCrcs = [f.crc];
  }
  if (id === 0x08) {
    id = b.byte();
    if (id === 0x0d) {
      for (const f of info.folders) f.numSubstreams = b.num();
      id = b.byte();
    }
    for (const f of info.folders) {
      f.substreamSizes = [];
      if (f.numSubstreams === 0) continue;
      let sum = 0;
      if (id === 0x09) {
        for (let i = 0; i < f.numSubstreams - 1; i++) {
          const s = b.num();
          f.substreamSizes.push(s);
          sum += s;
        }
      }
      const total = folderSize(f);
      if (sum > total) throw corrupt("7z: substream sizes exceed the folder");
      f.substreamSizes.push(total - sum);
    }
    if (id === 0x09) id = b.byte();
    const unknown: [Folder, number][] = [];
    for (const f of info.folders) {
      f.substreamCrcs = new Array(f.numSubstreams).fill(undefined);
      if (f.numSubstreams === 1 && f.crc !== undefined) f.substreamCrcs[0] = f.crc;
      else for (let i = 0; i < f.numSubstreams; i++) unknown.push([f, i]);
    }
    while (id !== 0x00) {
      if (id === 0x0a) {
        readDigests(b, unknown.length).forEach((c, i) => {
          const [f, k] = unknown[i];
          f.substreamCrcs[k] = c;
        });
      } else throw corrupt("7z: bad substreams info");
      id = b.byte();
    }
    id = b.byte();
  }
  if (id !== 0x00) throw corrupt("7z: bad streams info");
  let pack = 0;
  for (const f of info.folders) {
    f.firstPack = pack;
    pack += f.packedStreams.length;
  }
  if (pack > info.packSizes.length) throw corrupt("7z: missing pack streams");
  return info;
}

/** The folder's final output size (the out stream no bind pair consumes). */
function folderSize(f: Folder): number {
  return f.unpackSizes[mainOut(f)];
}

function mainOut(f: Folder): number {
  const outs = f.unpackSizes.length || f.coders.reduce((s, c) => s + c.numOut, 0);
  for (let i = outs - 1; i >= 0; i--) if (!f.bindPairs.some((p) => p.outIndex === i)) return i;
  throw corrupt("7z: folder has no output");
}

function decodeFolder(
  file: RandomAccessFile,
  info: StreamsInfo,
  fi: number,
  packStart: number,
): AsyncIterable<Uint8Array> {
  const f = info.folders[fi];
  // pack stream offsets
  const packOffsets: number[] = [];
  let off = 32 + info.packPos;
  for (let i = 0; i < info.packSizes.length; i++) {
    packOffsets.push(off);
    off += info.packSizes[i];
  }
  void packStart;
  const outStream = (outIndex: number): AsyncIterable<Uint8Array> => {
    let ci = 0, base = 0, inBase = 0;
    for (; ci < f.coders.length; ci++) {
      if (outIndex < base + f.coders[ci].numOut) break;
      base += f.coders[ci].numOut;
      inBase += f.coders[ci].numIn;
    }
    const c = f.coders[ci];
    if (!c || c.numIn !== 1 || c.numOut !== 1) {
      throw unsupported(`7z: coder ${c?.id ?? "?"} (multi-stream, e.g. BCJ2) is not supported`);
    }
    const inIndex = inBase;
    const pair = f.bindPairs.find((p) => p.inIndex === inIndex);
    let input: AsyncIterable<Uint8Array>;
    if (pair) input = outStream(pair.outIndex);
    else {
      const k = f.packedStreams.indexOf(inIndex);
      if (k < 0) throw corrupt("7z: unbound coder input");
      const pi = f.firstPack + k;
      input = file.range(packOffsets[pi], info.packSizes[pi]);
    }
    return coderStream(c, input, f.unpackSizes[outIndex]);
  };
  return outStream(mainOut(f));
}

function coderStream(
  c: Coder,
  input: AsyncIterable<Uint8Array>,
  size: number,
): AsyncIterable<Uint8Array> {
  switch (c.id) {
    case "00":
      return input;
    case "030101":
      return lzma1Decompress(input, c.props, size);
    case "21":
      return lzma2Decompress(input, c.props);
    case "03030103":
      return bcjX86(input);
    case "03":
      return delta(input, (c.props[0] ?? 0) + 1);
    case "040108":
      return inflateRaw(input);
    case "040202":
      return bzip2Decompress(input);
    case "06f10701":
      throw unsupported("7z: encrypted archives are not supported");
  }
  throw unsupported(`7z: coder ${c.id} is not supported`);
}

async function* inflateRaw(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const t = zlib.createInflateRaw({ chunkSize: 1 << 18 });
  const src = Readable.from(input, { objectMode: false });
  src.on("error", (e) => t.destroy(e));
  src.pipe(t);
  try {
    for await (const c of t) yield c as Uint8Array;
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw corrupt(`7z deflate: ${(e as Error).message}`);
  } finally {
    src.destroy();
    t.destroy();
  }
}

async function* delta(input: AsyncIterable<Uint8Array>, dist: number): AsyncGenerator<Uint8Array> {
  const hist = new Uint8Array(256);
  let pos = 0;
  for await (const chunk of input) {
    const out = chunk.slice();
    for (let i = 0; i < out.length; i++) {
      const v = (out[i] + hist[(pos + 256 - dist) & 255]) & 255;
      out[i] = v;
      hist[pos] = v;
      pos = (pos + 1) & 255;
    }
    yield out;
  }
}

const ALLOWED = [true, true, true, false, true, false, false, false];
const BITNUM = [0, 1, 2, 2, 3, 3, 3, 3];
const ms = (b: number) => b === 0 || b === 0xff;

/** The x86 BCJ filter, decoding direction (xz's simple/x86.c). */
async function* bcjX86(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let prevMask = 0;
  let prevPos = -5;
  let nowPos = 0;
  let carry = new Uint8Array(0);
  const filter = (buf: Uint8Array): number => {
    const size = buf.length;
    if (size < 5) return 0;
    if (nowPos - prevPos > 5) prevPos = nowPos - 5;
    const limit = size - 5;
    let bp = 0;
    while (bp <= limit) {
      let b = buf[bp];
      if (b !== 0xe8 && b !== 0xe9) {
        bp++;
        continue;
      }
      const offset = nowPos + bp - prevPos;
      prevPos = nowPos + bp;
      if (offset > 5) prevMask = 0;
      else for (let i = 0; i < offset; i++) prevMask = (prevMask & 0x77) << 1;
      b = buf[bp + 4];
      if (ms(b) && ALLOWED[(prevMask >>> 1) & 7] && (prevMask >>> 1) < 0x10) {
        let src = ((b << 24) | (buf[bp + 3] << 16) | (buf[bp + 2] << 8) | buf[bp + 1]) >>> 0;
        let dest: number;
        for (;;) {
          dest = (src - (nowPos + bp + 5)) >>> 0;
          if (prevMask === 0) break;
          const i = BITNUM[prevMask >>> 1];
          b = (dest >>> (24 - i * 8)) & 0xff;
          if (!ms(b)) break;
          src = (dest ^ ((2 ** (32 - i * 8)) - 1)) >>> 0;
        }
        buf[bp + 4] = ~(((dest >>> 24) & 1) - 1) & 0xff;
        buf[bp + 3] = (dest >>> 16) & 0xff;
        buf[bp + 2] = (dest >>> 8) & 0xff;
        buf[bp + 1] = dest & 0xff;
        bp += 5;
        prevMask = 0;
      } else {
        bp++;
        prevMask |= 1;
        if (ms(b)) prevMask |= 0x10;
      }
    }
    return bp;
  };
  for await (const chunk of input) {
    const buf = new Uint8Array(carry.length + chunk.length);
    buf.set(carry);
    buf.set(chunk, carry.length);
    const done = filter(buf);
    nowPos += done;
    carry = buf.slice(done);
    if (done) yield buf.subarray(0, done);
  }
  if (carry.length) yield carry;
}

async function collect(it: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const c of it) {
    parts.push(c);
    n += c.length;
    if (n > limit) throw corrupt("7z: encoded header too large");
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
}

function readFiles(b: Buf): FileItem[] {
  const n = b.num();
  const files: FileItem[] = Array.from({ length: n }, () => ({
    name: "",
    hasStream: true,
    isDir: false,
    isAnti: false,
  }));
  let emptyStream: boolean[] = [];
  let emptyFile: boolean[] = [];
  let anti: boolean[] = [];
  for (;;) {
    const type = b.num();
    if (type === 0) break;
    const size = b.num();
    const body = new Buf(b.bytes(size));
    switch (type) {
      case 0x0e:
        emptyStream = body.bits(n);
        break;
      case 0x0f:
        emptyFile = body.bits(emptyStream.filter(Boolean).length);
        break;
      case 0x10:
        anti = body.bits(emptyStream.filter(Boolean).length);
        break;
      case 0x11: {
        if (body.byte() !== 0) throw unsupported("7z: external names are not supported");
        const raw = body.bytes(size - 1);
        const text = new TextDecoder("utf-16le").decode(raw);
        const names = text.split("\0");
        for (let i = 0; i < n; i++) files[i].name = names[i] ?? "";
        break;
      }
      case 0x15: {
        const def = body.defined(n);
        if (body.byte() !== 0) throw unsupported("7z: external attributes are not supported");
        for (let i = 0; i < n; i++) if (def[i]) files[i].attrib = body.u32();
        break;
      }
      default:
        break; // times, start positions, dummy padding
    }
  }
  let e = 0;
  for (let i = 0; i < n; i++) {
    if (emptyStream[i]) {
      files[i].hasStream = false;
      files[i].isDir = !emptyFile[e];
      files[i].isAnti = !!anti[e];
      e++;
    }
    const a = files[i].attrib;
    if (a !== undefined && a & 0x10) files[i].isDir = true;
  }
  return files;
}

async function readHeader(
  file: RandomAccessFile,
): Promise<{ info?: StreamsInfo; files: FileItem[] }> {
  const sig = await file.read(0, 32, "7z signature");
  if (SIGNATURE.some((c, i) => sig[i] !== c)) throw corrupt("7z: not a 7z archive");
  const sh = new Buf(sig.subarray(12));
  const nextOff = sh.u32() + sh.u32() * 2 ** 32;
  const nextSize = sh.u32() + sh.u32() * 2 ** 32;
  const nextCrc = sh.u32();
  if (
    crc32(sig.subarray(12, 32)) >>> 0 !==
      ((sig[8] | (sig[9] << 8) | (sig[10] << 16) | (sig[11] << 24)) >>> 0)
  ) {
    throw corrupt("7z: start header CRC mismatch");
  }
  if (nextSize === 0) return { files: [] };
  if (nextSize > 1 << 28) throw corrupt("7z: header too large");
  let hdr: Uint8Array = (await file.read(32 + nextOff, nextSize, "7z header")).slice();
  if (crc32(hdr) >>> 0 !== nextCrc) throw corrupt("7z: header CRC mismatch");
  for (let rounds = 0; rounds < 4; rounds++) {
    const b = new Buf(hdr);
    const id = b.byte();
    if (id === 0x17) {
      const info = readStreamsInfo(b);
      if (info.folders.length !== 1) throw corrupt("7z: bad encoded header");
      hdr = await collect(decodeFolder(file, info, 0, 0), 1 << 28);
      const want = info.folders[0].crc;
      if (want !== undefined && crc32(hdr) >>> 0 !== want) throw corrupt("7z: header CRC mismatch");
      continue;
    }
    if (id !== 0x01) throw corrupt("7z: bad header");
    let info: StreamsInfo | undefined;
    let files: FileItem[] = [];
    let pid = b.byte();
    if (pid === 0x02) {
      for (;;) {
        const t = b.num();
        if (t === 0) break;
        b.bytes(b.num());
      }
      pid = b.byte();
    }
    if (pid === 0x03) {
      readStreamsInfo(b);
      pid = b.byte();
    }
    if (pid === 0x04) {
      info = readStreamsInfo(b);
      pid = b.byte();
    }
    if (pid === 0x05) {
      files = readFiles(b);
      pid = b.byte();
    }
    if (pid !== 0x00) throw corrupt("7z: bad header end");
    return { info, files };
  }
  throw corrupt("7z: too many nested headers");
}

/** Extracts the 7z file at `path` into `w`. */
export async function extractSevenZip(path: string, w: SafeWriter): Promise<void> {
  const file = await RandomAccessFile.open(path);
  try {
    const { info, files } = await readHeader(file);
    // directories first, so their modes are set at creation
    for (const f of files) {
      if (f.isAnti || !f.isDir) continue;
      await w.directory(f.name, dirMode(f));
    }
    let fi = -1;
    let reader: ByteReader | undefined;
    let sub = 0;
    const folders = info?.folders ?? [];
    const nextStream = async (): Promise<[ByteReader, number, number | undefined]> => {
      while (!reader || sub >= folders[fi].numSubstreams) {
        if (reader) {
          if (!(await reader.atEnd())) throw corrupt("7z: folder longer than its files");
          await reader.close();
        }
        fi++;
        if (fi >= folders.length) throw corrupt("7z: more files than streams");
        reader = new ByteReader(decodeFolder(file, info!, fi, 0));
        sub = 0;
      }
      const f = folders[fi];
      const r: [ByteReader, number, number | undefined] = [
        reader,
        f.substreamSizes[sub],
        f.substreamCrcs[sub],
      ];
      sub++;
      return r;
    };
    try {
      for (const f of files) {
        if (f.isAnti || f.isDir) continue;
        const unix = f.attrib !== undefined && f.attrib & 0x8000 ? f.attrib >>> 16 : 0;
        const isLink = (unix & 0o170000) === 0o120000;
        const mode = unix ? unix & 0o777 : f.attrib !== undefined && f.attrib & 1 ? 0o444 : 0o666;
        if (!f.hasStream) {
          if (isLink) throw corrupt(`7z: empty symlink ${f.name}`, f.name);
          await w.fileBytes(f.name, mode, new Uint8Array(0));
          continue;
        }
        const [r, size, crc] = await nextStream();
        if (isLink || size <= SMALL) {
          const data = size === 0 ? new Uint8Array(0) : (await r.exact(size, f.name))?.slice();
          if (!data) throw corrupt(`7z: ${f.name}: unexpected end of data`, f.name);
          if (crc !== undefined && crc32(data) >>> 0 !== crc) {
            throw corrupt(`7z: ${f.name}: CRC mismatch`, f.name);
          }
          if (isLink) await w.symlink(f.name, new TextDecoder().decode(data));
          else await w.fileBytes(f.name, mode, data);
          continue;
        }
        const sink = await w.openFile(f.name, mode);
        try {
          let left = size;
          let c = 0;
          while (left > 0) {
            const part = await r.upTo(left);
            if (!part) throw corrupt(`7z: ${f.name}: unexpected end of data`, f.name);
            c = crc32(part, c);
            await sink.write(part);
            left -= part.length;
          }
          if (crc !== undefined && c >>> 0 !== crc) {
            throw corrupt(`7z: ${f.name}: CRC mismatch`, f.name);
          }
          await sink.close();
        } catch (e) {
          sink.abort();
          throw e;
        }
      }
    } finally {
      await (reader as ByteReader | undefined)?.close();
    }
  } finally {
    file.close();
  }
}

function dirMode(f: FileItem): number {
  if (f.attrib !== undefined && f.attrib & 0x8000) return (f.attrib >>> 16) & 0o777;
  return 0o777;
}
