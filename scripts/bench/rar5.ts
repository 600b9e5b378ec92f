/**
 * A minimal RAR5 writer for the benchmark: files and directories of a tree
 * stored uncompressed (method 0), with CRC32s and Unix modes. Debian has no
 * RAR compressor, and a stored archive still runs the whole extraction path
 * (the unrar WASM reads every header and byte, checks every CRC, and our
 * writer creates every file), so it measures that path against bsdtar's.
 *
 *   await writeStoredRar5(treeDir, "/tmp/a.rar");
 */
import { join, relative } from "node:path";
import { crc32 } from "node:zlib";

function vint(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** One header block: CRC32, size, then `body` (type, flags, fields). */
function block(body: number[]): Uint8Array {
  const sized = [...vint(body.length), ...body];
  return new Uint8Array([...u32(crc32(new Uint8Array(sized)) >>> 0), ...sized]);
}

async function* walk(dir: string): AsyncGenerator<{ path: string; info: Deno.FileInfo }> {
  const names: string[] = [];
  for await (const e of Deno.readDir(dir)) names.push(e.name);
  names.sort();
  for (const n of names) {
    const path = join(dir, n);
    const info = await Deno.lstat(path);
    yield { path, info };
    if (info.isDirectory) yield* walk(path);
  }
}

/** Writes `root`'s regular files and directories (symlinks skipped) as a stored RAR5 archive. */
export async function writeStoredRar5(root: string, dest: string): Promise<void> {
  using out = await Deno.open(dest, { write: true, create: true, truncate: true });
  const write = async (b: Uint8Array) => {
    let o = 0;
    while (o < b.length) o += await out.write(b.subarray(o));
  };
  await write(new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]));
  await write(block([1, 0, 0])); // main header: type 1, no flags, archive flags 0
  const enc = new TextEncoder();
  for await (const { path, info } of walk(root)) {
    if (!info.isDirectory && !info.isFile) continue;
    const name = [...enc.encode(relative(root, path))];
    const mode = (info.mode ?? 0o644) & 0o7777;
    if (info.isDirectory) {
      // file header: type 2, no data; file flags 0x01 (directory)
      await write(block([
        2,
        0,
        ...vint(0x01),
        ...vint(0),
        ...vint(mode | 0o40000),
        ...vint(0),
        ...vint(1),
        ...vint(name.length),
        ...name,
      ]));
      continue;
    }
    const data = await Deno.readFile(path);
    // file header: type 2, header flag 0x02 (data area), file flag 0x04 (CRC32), host OS 1 (Unix)
    await write(block([
      2,
      ...(data.length > 0 ? [0x02, ...vint(data.length)] : [0]),
      ...vint(0x04),
      ...vint(data.length),
      ...vint(mode | 0o100000),
      ...u32(crc32(data) >>> 0),
      ...vint(0),
      ...vint(1),
      ...vint(name.length),
      ...name,
    ]));
    await write(data);
  }
  await write(block([5, 0, 0])); // end of archive
}
