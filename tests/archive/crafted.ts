/**
 * Helpers of the real-tool, zip-slip and CLI archive tests: a sample tree
 * with every kind of entry, a snapshot of a directory (type, mode, content
 * hash, link target, link count) to compare our extraction with the real
 * tools', running Debian's tools, and tiny writers for crafted (malicious)
 * tar and zip archives that no well-behaved tool would produce.
 */
import { join } from "node:path";
import { crc32 } from "node:zlib";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The non-ASCII, space-containing name used in the sample tree. */
export const ODD_NAME = "with space ü é 日本.txt";

/** Runs a command; throws with its stderr when it fails. */
export async function run(cmd: string, args: string[], cwd?: string): Promise<string> {
  const out = await new Deno.Command(cmd, { args, cwd, stdout: "piped", stderr: "piped" })
    .output();
  if (!out.success) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${out.code}): ${dec.decode(out.stderr)}`);
  }
  return dec.decode(out.stdout);
}

/** Runs a shell script (for `tool < a > b`). */
export function sh(script: string, cwd?: string): Promise<string> {
  return run("sh", ["-ec", script], cwd);
}

/** A deterministic pseudo-random buffer (xorshift32): incompressible. */
export function randomBytes(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * Builds the sample tree in `root`: nested dirs (755, 700), files 600/644/
 * 700/755, a file symlink, a dir symlink, an absolute symlink, a hardlink
 * (when `hardlink`), an empty dir, a name with a space and non-ASCII, and
 * a 1 MB random file.
 */
export async function makeTree(root: string, hardlink = true): Promise<void> {
  await Deno.mkdir(join(root, "a/b/c"), { recursive: true });
  await Deno.mkdir(join(root, "private"));
  await Deno.mkdir(join(root, "empty"));
  const files: [string, number, Uint8Array | string][] = [
    ["top.txt", 0o644, "top level\n"],
    ["a/secret.txt", 0o600, "only me\n"],
    ["a/b/script.sh", 0o755, "#!/bin/sh\necho hi\n"],
    ["a/b/c/deep.txt", 0o644, "deep\n".repeat(1000)],
    ["private/tool", 0o700, "#!/bin/sh\nexit 0\n"],
    [ODD_NAME, 0o644, "odd name\n"],
    ["a/big.bin", 0o644, randomBytes(1 << 20)],
    ["a/zero-length", 0o644, ""],
  ];
  for (const [name, mode, data] of files) {
    const p = join(root, name);
    if (typeof data === "string") await Deno.writeTextFile(p, data);
    else await Deno.writeFile(p, data);
    await Deno.chmod(p, mode);
  }
  await Deno.symlink("../top.txt", join(root, "a/filelink"));
  await Deno.symlink("a/b", join(root, "dirlink"));
  await Deno.symlink("/usr/bin/python3", join(root, "python"));
  if (hardlink) await Deno.link(join(root, "a/b/c/deep.txt"), join(root, "a/hard.txt"));
  await Deno.chmod(join(root, "private"), 0o700);
  await Deno.chmod(join(root, "a/b"), 0o755);
}

/** One entry of a snapshot. */
export type Snap = { type: string; mode: string; sha?: string; target?: string; nlink?: number };

async function sha256(path: string): Promise<string> {
  const d = await crypto.subtle.digest("SHA-256", await Deno.readFile(path));
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Snapshot of everything under `root` (not following symlinks), sorted by path. */
export async function snapshot(root: string): Promise<Record<string, Snap>> {
  const out: Record<string, Snap> = {};
  async function walk(rel: string): Promise<void> {
    for await (const e of Deno.readDir(rel ? join(root, rel) : root)) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = join(root, r);
      const st = await Deno.lstat(p);
      const mode = (st.mode! & 0o7777).toString(8);
      if (st.isSymlink) out[r] = { type: "symlink", mode: "-", target: await Deno.readLink(p) };
      else if (st.isDirectory) {
        out[r] = { type: "dir", mode };
        await walk(r);
      } else out[r] = { type: "file", mode, sha: await sha256(p), nlink: st.nlink! };
    }
  }
  await walk("");
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a < b ? -1 : 1));
}

/** True when `path` exists (without following a final symlink). */
export async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Names directly inside `dir`, sorted. */
export async function listDir(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(dir)) names.push(e.name);
  return names.sort();
}

/** An entry of a crafted archive. */
export type Crafted =
  | {
    name: string;
    type: "file";
    data?: string;
    mode?: number;
    /** zip only: raw member data with its method and declared size/CRC (for bombs). */
    packed?: { method: number; bytes: Uint8Array; usize: number; crc: number };
  }
  | { name: string; type: "dir"; mode?: number }
  | { name: string; type: "symlink"; target: string }
  | { name: string; type: "hardlink"; target: string };

function putStr(b: Uint8Array, off: number, len: number, s: string): void {
  const bytes = enc.encode(s);
  if (bytes.length > len) throw new Error(`tar field too long: ${s}`);
  b.set(bytes, off);
}

function putOctal(b: Uint8Array, off: number, len: number, n: number): void {
  putStr(b, off, len, n.toString(8).padStart(len - 1, "0") + "\0");
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A ustar archive of `entries`, names and link targets taken verbatim. */
export function craftTar(entries: Crafted[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const h = new Uint8Array(512);
    const data = e.type === "file" ? enc.encode(e.data ?? "") : new Uint8Array(0);
    putStr(h, 0, 100, e.name);
    putOctal(h, 100, 8, "mode" in e && e.mode !== undefined ? e.mode : 0o644);
    putOctal(h, 108, 8, 0);
    putOctal(h, 116, 8, 0);
    putOctal(h, 124, 12, data.length);
    putOctal(h, 136, 12, 1700000000);
    h[156] = { file: 0x30, hardlink: 0x31, symlink: 0x32, dir: 0x35 }[e.type];
    if (e.type === "symlink" || e.type === "hardlink") putStr(h, 157, 100, e.target);
    putStr(h, 257, 6, "ustar\0");
    putStr(h, 263, 2, "00");
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const c of h) sum += c;
    putStr(h, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
    parts.push(h, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  parts.push(new Uint8Array(1024));
  return concatBytes(parts);
}

/** A stored (uncompressed) zip of `entries` "made by Unix" (modes in the external attributes). */
export function craftZip(entries: Crafted[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.type === "hardlink") throw new Error("zip has no hardlinks");
    const name = enc.encode(e.name);
    const data = enc.encode(
      e.type === "file" ? e.data ?? "" : e.type === "symlink" ? e.target : "",
    );
    const mode = e.type === "dir"
      ? 0o40000 | (e.mode ?? 0o755)
      : e.type === "symlink"
      ? 0o120777
      : 0o100000 | (e.mode ?? 0o644);
    const packed = e.type === "file" ? e.packed : undefined;
    const method = packed?.method ?? 0;
    const stored = packed?.bytes ?? data;
    const usize = packed?.usize ?? data.length;
    const crc = packed?.crc ?? crc32(data) >>> 0;
    const lh = new DataView(new ArrayBuffer(30));
    lh.setUint32(0, 0x04034b50, true);
    lh.setUint16(4, 20, true);
    lh.setUint16(6, 0x800, true);
    lh.setUint16(8, method, true);
    lh.setUint32(14, crc, true);
    lh.setUint32(18, stored.length, true);
    lh.setUint32(22, usize, true);
    lh.setUint16(26, name.length, true);
    locals.push(new Uint8Array(lh.buffer), name, stored);
    const ch = new DataView(new ArrayBuffer(46));
    ch.setUint32(0, 0x02014b50, true);
    ch.setUint16(4, (3 << 8) | 20, true);
    ch.setUint16(6, 20, true);
    ch.setUint16(8, 0x800, true);
    ch.setUint16(10, method, true);
    ch.setUint32(16, crc, true);
    ch.setUint32(20, stored.length, true);
    ch.setUint32(24, usize, true);
    ch.setUint16(28, name.length, true);
    ch.setUint32(38, (mode << 16) >>> 0, true);
    ch.setUint32(42, offset, true);
    central.push(new Uint8Array(ch.buffer), name);
    offset += 30 + name.length + stored.length;
  }
  const cd = concatBytes(central);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, cd.length, true);
  eocd.setUint32(16, offset, true);
  return concatBytes([...locals, cd, new Uint8Array(eocd.buffer)]);
}

/** Bytes as a web stream of small chunks (exercises chunk boundaries). */
export function chunkedStream(data: Uint8Array, chunk = 4093): ReadableStream<Uint8Array> {
  let o = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (o >= data.length) return c.close();
      c.enqueue(data.slice(o, o + chunk));
      o += chunk;
    },
  });
}
