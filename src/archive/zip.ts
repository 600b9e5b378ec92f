/**
 * Zip extraction: own central-directory reader (zip64, Info-ZIP Unicode
 * path extra field, UTF-8 flag, CP437 fallback), Unix modes and symlinks
 * from the external attributes, CRC-32 and sizes checked for every entry.
 * Small entries are inflated in one native call; big ones stream.
 * Methods: stored, deflate, bzip2, lzma, zstd, xz.
 */
import zlib from "node:zlib";
import { decompressChunks } from "./codecs.ts";
import { lzma1Decompress } from "./liblzma.ts";
import { ArchiveError, corrupt, unsupported } from "./errors.ts";
import { RandomAccessFile } from "./randomaccess.ts";
import type { SafeWriter } from "./writer.ts";

const SMALL = 1 << 20;
const crc32 = (zlib as unknown as { crc32(d: Uint8Array, v?: number): number }).crc32;

const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

function decodeName(b: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder("utf-8").decode(b);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    let s = "";
    for (const c of b) s += c < 128 ? String.fromCharCode(c) : CP437_HIGH[c - 128];
    return s;
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 2 ** 32;

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
  mode: number; // permission bits
  kind: "file" | "dir" | "symlink";
}

async function readDirectory(f: RandomAccessFile): Promise<ZipEntry[]> {
  const tailLen = Math.min(f.size, 22 + 65535);
  if (f.size < 22) throw corrupt("zip: not a zip file (too short)");
  const tail = await f.read(f.size - tailLen, tailLen, "zip end record");
  let eocd = -1;
  for (let i = tailLen - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("zip: not a zip file (no end of central directory)");
  let count = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  const eocdAbs = f.size - tailLen + eocd;
  if (eocdAbs >= 20) {
    const loc = await f.read(eocdAbs - 20, 20, "zip64 locator");
    if (u32(loc, 0) === 0x07064b50) {
      const z64 = await f.read(u64(loc, 8), 56, "zip64 end record");
      if (u32(z64, 0) !== 0x06064b50) throw corrupt("zip: bad zip64 end record");
      count = u64(z64, 32);
      cdSize = u64(z64, 40);
      cdOffset = u64(z64, 48);
    }
  }
  if (cdOffset + cdSize > f.size) throw corrupt("zip: central directory beyond end of file");
  const cd = (await f.read(cdOffset, cdSize, "zip central directory")).slice();
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) {
      throw corrupt("zip: corrupt central directory");
    }
    const madeBy = u16(cd, p + 4);
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    const crc = u32(cd, p + 16);
    let csize = u32(cd, p + 20);
    let usize = u32(cd, p + 24);
    const nameLen = u16(cd, p + 28), extraLen = u16(cd, p + 30), commentLen = u16(cd, p + 32);
    const ext = u32(cd, p + 38);
    let offset = u32(cd, p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) {
      throw corrupt("zip: corrupt central directory");
    }
    const rawName = cd.subarray(p + 46, p + 46 + nameLen);
    let name = decodeName(rawName, (flags & 0x800) !== 0);
    const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    for (let e = 0; e + 4 <= extra.length;) {
      const id = u16(extra, e), len = u16(extra, e + 2);
      const body = extra.subarray(e + 4, e + 4 + len);
      if (id === 0x0001) {
        let q = 0;
        if (usize === 0xffffffff && q + 8 <= body.length) (usize = u64(body, q)), (q += 8);
        if (csize === 0xffffffff && q + 8 <= body.length) (csize = u64(body, q)), (q += 8);
        if (offset === 0xffffffff && q + 8 <= body.length) (offset = u64(body, q)), (q += 8);
      } else if (id === 0x7075 && body.length >= 5 && body[0] === 1) {
        if (u32(body, 1) === crc32(rawName)) name = new TextDecoder().decode(body.subarray(5));
      }
      e += 4 + len;
    }
    const unixMode = (madeBy >>> 8) === 3 ? ext >>> 16 : 0;
    let kind: ZipEntry["kind"];
    let mode: number;
    if (unixMode) {
      const fmt = unixMode & 0o170000;
      kind = fmt === 0o120000 ? "symlink" : fmt === 0o040000 || name.endsWith("/") ? "dir" : "file";
      mode = unixMode & 0o777;
    } else {
      const isDir = name.endsWith("/") || (ext & 0x10) !== 0;
      kind = isDir ? "dir" : "file";
      mode = isDir ? 0o777 : ext & 1 ? 0o444 : 0o666;
    }
    entries.push({ name, method, flags, crc, csize, usize, offset, mode, kind });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

async function dataOffset(f: RandomAccessFile, e: ZipEntry): Promise<number> {
  const h = await f.read(e.offset, 30, `zip entry ${e.name}`);
  if (u32(h, 0) !== 0x04034b50) throw corrupt(`zip: bad local header for ${e.name}`, e.name);
  return e.offset + 30 + u16(h, 26) + u16(h, 28);
}

function streamFor(
  f: RandomAccessFile,
  e: ZipEntry,
  start: number,
): AsyncIterable<Uint8Array> {
  const raw = f.range(start, e.csize);
  switch (e.method) {
    case 0:
      return raw;
    case 8:
      return decompressRaw(raw);
    case 12:
      return decompressChunks("bz2", raw);
    case 93:
      return decompressChunks("zst", raw);
    case 95:
      return decompressChunks("xz", raw);
    case 14:
      return zipLzma(raw, e);
  }
  throw unsupported(`zip: compression method ${e.method} of ${e.name} is not supported`, e.name);
}

async function* zipLzma(raw: AsyncIterable<Uint8Array>, e: ZipEntry): AsyncGenerator<Uint8Array> {
  // 2 bytes version, 2 bytes props size, props, then the LZMA stream
  const it = raw[Symbol.asyncIterator]();
  let head = new Uint8Array(0);
  while (head.length < 9) {
    const r = await it.next();
    if (r.done) throw corrupt(`zip: truncated lzma entry ${e.name}`, e.name);
    const n = new Uint8Array(head.length + r.value.length);
    n.set(head);
    n.set(r.value, head.length);
    head = n;
  }
  const propsLen = u16(head, 2);
  if (propsLen !== 5) throw corrupt(`zip: bad lzma properties for ${e.name}`, e.name);
  const rest = head.subarray(4 + propsLen);
  yield* lzma1Decompress(
    (async function* () {
      if (rest.length) yield rest;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    })(),
    head.subarray(4, 9),
    e.flags & 2 ? -1 : e.usize,
  );
}

async function* decompressRaw(raw: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const { Readable } = await import("node:stream");
  const t = zlib.createInflateRaw({ chunkSize: 1 << 18 });
  const src = Readable.from(raw, { objectMode: false });
  src.on("error", (e) => t.destroy(e));
  src.pipe(t);
  try {
    for await (const c of t) yield c as Uint8Array;
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw corrupt(`zip: ${(e as Error).message}`);
  } finally {
    src.destroy();
    t.destroy();
  }
}

function inflateSmall(e: ZipEntry, data: Uint8Array): Uint8Array {
  try {
    switch (e.method) {
      case 0:
        return data;
      // output capped at the declared size (+1 so a longer entry is caught as a
      // size mismatch): a tiny entry must not inflate to gigabytes in memory
      case 8:
        return zlib.inflateRawSync(data, { maxOutputLength: e.usize + 1 });
      case 93:
        return zlib.zstdDecompressSync(data, { maxOutputLength: e.usize + 1 });
    }
  } catch (err) {
    throw corrupt(`zip: ${e.name}: ${(err as Error).message}`, e.name);
  }
  throw new Error("unreachable");
}

/** Extracts the zip file at `path` into `w`. */
export async function extractZip(path: string, w: SafeWriter): Promise<void> {
  const f = await RandomAccessFile.open(path);
  try {
    const entries = await readDirectory(f);
    const order = [...entries].sort((a, b) => a.offset - b.offset);
    for (const e of order) {
      if (e.flags & 1) throw unsupported(`zip: ${e.name} is encrypted`, e.name);
      if (e.kind === "dir") {
        await w.directory(e.name, e.mode);
        continue;
      }
      const start = await dataOffset(f, e);
      if (start + e.csize > f.size) throw corrupt(`zip: ${e.name} extends beyond the file`, e.name);
      const small = e.usize <= SMALL && e.csize <= SMALL &&
        (e.method === 0 || e.method === 8 || e.method === 93);
      if (small || e.kind === "symlink") {
        const packed = await f.read(start, e.csize, e.name);
        const data = small ? inflateSmall(e, packed) : await collect(streamFor(f, e, start));
        if (data.length !== e.usize) throw corrupt(`zip: ${e.name}: size mismatch`, e.name);
        if (crc32(data) !== e.crc) throw corrupt(`zip: ${e.name}: CRC-32 mismatch`, e.name);
        if (e.kind === "symlink") {
          await w.symlink(e.name, new TextDecoder().decode(data));
        } else {
          // the packed window may be reused: stored data must be copied
          await w.fileBytes(e.name, e.mode, e.method === 0 ? data.slice() : data);
        }
        continue;
      }
      const sink = await w.openFile(e.name, e.mode);
      try {
        let crc = 0, size = 0;
        for await (const c of streamFor(f, e, start)) {
          crc = crc32(c, crc);
          size += c.length;
          if (size > e.usize) throw corrupt(`zip: ${e.name}: size mismatch`, e.name);
          await sink.write(c);
        }
        if (size !== e.usize) throw corrupt(`zip: ${e.name}: size mismatch`, e.name);
        if (crc >>> 0 !== e.crc) throw corrupt(`zip: ${e.name}: CRC-32 mismatch`, e.name);
        await sink.close();
      } catch (err) {
        sink.abort();
        throw err;
      }
    }
  } finally {
    f.close();
  }
}

async function collect(it: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const c of it) {
    parts.push(c);
    n += c.length;
    if (n > 1 << 20) throw corrupt("zip: symlink target too long");
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
