/**
 * A streaming tar reader (ustar, GNU long names/links, PAX extended
 * headers, base-256 sizes) that hands each entry to a `SafeWriter`.
 * Names are passed on raw: `..` and absolute names reach the writer,
 * which refuses them (some decoders silently strip them).
 */
import { ByteReader } from "./bytes.ts";
import { ArchiveError, corrupt, unsupported } from "./errors.ts";
import type { SafeWriter } from "./writer.ts";

/** Files up to this size are buffered and written in the background. */
const SMALL_FILE = 1 << 20;
const BLOCK = 512;
const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

function cstring(b: Uint8Array, off: number, len: number): string {
  let end = off;
  const stop = off + len;
  while (end < stop && b[end] !== 0) end++;
  const bytes = b.subarray(off, end);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

function octal(b: Uint8Array, off: number, len: number, field: string): number {
  if (b[off] & 0x80) {
    // base-256 (GNU): big-endian two's complement, positive only here
    if (b[off] === 0xff) throw corrupt(`tar: negative ${field}`);
    let n = b[off] & 0x7f;
    for (let i = 1; i < len; i++) n = n * 256 + b[off + i];
    if (!Number.isSafeInteger(n)) throw corrupt(`tar: ${field} too large`);
    return n;
  }
  let n = 0;
  let i = off;
  const end = off + len;
  while (i < end && (b[i] === 0x20 || b[i] === 0)) i++;
  for (; i < end; i++) {
    const c = b[i];
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) throw corrupt(`tar: invalid ${field} field`);
    n = n * 8 + (c - 0x30);
  }
  return n;
}

function checksumOk(h: Uint8Array): boolean {
  const stored = octal(h, 148, 8, "checksum");
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : h[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  return stored === unsigned || stored === signed;
}

function isZero(h: Uint8Array): boolean {
  for (let i = 0; i < BLOCK; i++) if (h[i] !== 0) return false;
  return true;
}

/** Parses PAX records ("<len> <key>=<value>\n"). */
function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < data.length) {
    let sp = i;
    while (sp < data.length && data[sp] !== 0x20) sp++;
    const len = Number(latin1.decode(data.subarray(i, sp)));
    if (!Number.isInteger(len) || len <= 0 || i + len > data.length) {
      throw corrupt("tar: malformed PAX header");
    }
    const rec = utf8.decode(data.subarray(sp + 1, i + len - 1));
    const eq = rec.indexOf("=");
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1));
    i += len;
  }
  return out;
}

async function readBody(r: ByteReader, size: number, what: string): Promise<Uint8Array> {
  const b = await r.exact(size, what);
  if (!b) throw corrupt(`${what}: unexpected end of data`);
  return b;
}

/** Extracts a tar stream into `w`. */
export async function extractTar(input: AsyncIterable<Uint8Array>, w: SafeWriter): Promise<void> {
  const r = new ByteReader(input);
  try {
    await readEntries(r, w);
    // Read to the end: a compressed stream's trailing checksums (gzip CRC,
    // xz, zstd, lz4, bzip2) are only checked once it is fully consumed.
    while (await r.upTo(1 << 20)) { /* trailing padding */ }
  } finally {
    await r.close();
  }
}

async function readEntries(r: ByteReader, w: SafeWriter): Promise<void> {
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Map<string, string> | undefined;
  let global = new Map<string, string>();
  let entries = 0;
  for (;;) {
    const h = await r.exact(BLOCK, "tar header");
    if (!h) {
      if (entries === 0) throw corrupt("tar: empty archive");
      return; // end of input at a header boundary: accepted, as Go's archive/tar does
    }
    if (isZero(h)) return; // end-of-archive marker; the rest is padding
    if (!checksumOk(h)) throw corrupt(`tar: invalid header checksum at offset ${r.offset - BLOCK}`);
    entries++;
    const type = h[156] === 0 ? "0" : String.fromCharCode(h[156]);
    const magic = latin1.decode(h.subarray(257, 263));
    let name = cstring(h, 0, 100);
    if (magic === "ustar\0" || magic === "ustar ") {
      const prefix = magic === "ustar\0" ? cstring(h, 345, 155) : "";
      if (prefix) name = `${prefix}/${name}`;
    }
    let link = cstring(h, 157, 100);
    let size = octal(h, 124, 12, "size");
    const mode = octal(h, 100, 8, "mode");
    const padded = (n: number) => (n + BLOCK - 1) & ~(BLOCK - 1);

    // meta entries
    if (type === "L" || type === "K" || type === "x" || type === "g") {
      if (size > 1 << 24) throw corrupt(`tar: ${type} header too large`);
      const data = await readBody(r, size, "tar header");
      await r.skip(padded(size) - size, "tar header");
      if (type === "L") longName = cstring(data, 0, data.length);
      else if (type === "K") longLink = cstring(data, 0, data.length);
      else if (type === "x") pax = parsePax(data);
      else global = new Map([...global, ...parsePax(data)]);
      continue;
    }
    const ext = pax ? new Map([...global, ...pax]) : global;
    if (longName !== undefined) name = longName;
    if (longLink !== undefined) link = longLink;
    if (ext.has("path")) name = ext.get("path")!;
    if (ext.has("linkpath")) link = ext.get("linkpath")!;
    if (ext.has("size")) {
      size = Number(ext.get("size"));
      if (!Number.isSafeInteger(size) || size < 0) throw corrupt("tar: bad PAX size", name);
    }
    longName = longLink = pax = undefined;
    if (ext.has("GNU.sparse.major") || ext.has("GNU.sparse.map") || type === "S") {
      throw unsupported(`tar: sparse file ${name} is not supported`, name);
    }

    switch (type) {
      case "0":
      case "7": {
        if (name.endsWith("/")) {
          // old tars mark directories by a trailing slash only
          await r.skip(padded(size), name);
          await w.directory(name, mode);
          break;
        }
        if (size <= SMALL_FILE) {
          const data = await readBody(r, size, name);
          await w.fileBytes(name, mode, data);
        } else {
          const sink = await w.openFile(name, mode);
          try {
            let left = size;
            while (left > 0) {
              const part = await r.upTo(left);
              if (!part) throw corrupt(`tar: ${name}: unexpected end of data`, name);
              await sink.write(part);
              left -= part.length;
            }
            await sink.close();
          } catch (e) {
            sink.abort();
            throw e;
          }
        }
        await r.skip(padded(size) - size, name);
        break;
      }
      case "1":
        await r.skip(padded(size), name);
        await w.hardlink(name, link);
        break;
      case "2":
        await r.skip(padded(size), name);
        await w.symlink(name, link);
        break;
      case "5":
      case "D":
        await r.skip(padded(size), name);
        await w.directory(name, mode);
        break;
      case "3":
      case "4":
      case "6":
      case "V":
        await r.skip(padded(size), name);
        w.skip();
        break;
      case "M":
        throw unsupported(`tar: multi-volume archives are not supported (${name})`, name);
      default:
        // vendor extension types (A-Z) carry no file for us; anything else is damage
        if (size > 0 && type >= "A" && type <= "Z") {
          await r.skip(padded(size), name);
          w.skip();
          break;
        }
        throw new ArchiveError("corrupt", `tar: unknown entry type ${type} for ${name}`, name);
    }
  }
}
