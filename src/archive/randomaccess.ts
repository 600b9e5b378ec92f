/**
 * Random access to an archive file (zip and 7z keep their index at the
 * end): positioned reads through a small read-ahead window, and spooling
 * a stream to a temporary file first when the archive arrives as one.
 */
import { dirname } from "node:path";
import { type ArchiveSource, fileChunks } from "./bytes.ts";
import { corrupt } from "./errors.ts";

const WINDOW = 4 << 20;

/** An open archive file with positioned reads. */
export class RandomAccessFile {
  #buf = new Uint8Array(0);
  #bufStart = 0;
  private constructor(readonly path: string, readonly file: Deno.FsFile, readonly size: number) {}

  /** Opens `path`. */
  static async open(path: string): Promise<RandomAccessFile> {
    const f = await Deno.open(path, { read: true });
    try {
      const size = (await f.stat()).size;
      return new RandomAccessFile(path, f, size);
    } catch (e) {
      f.close();
      throw e;
    }
  }

  /** Exactly `len` bytes at `offset` (may share memory with a read-ahead window). */
  async read(offset: number, len: number, what: string): Promise<Uint8Array> {
    if (offset < 0 || offset + len > this.size) {
      throw corrupt(`${what}: beyond the end of the file`);
    }
    if (offset >= this.#bufStart && offset + len <= this.#bufStart + this.#buf.length) {
      return this.#buf.subarray(offset - this.#bufStart, offset - this.#bufStart + len);
    }
    const want = Math.min(Math.max(len, WINDOW), this.size - offset);
    const buf = new Uint8Array(want);
    await this.file.seek(offset, Deno.SeekMode.Start);
    let got = 0;
    while (got < want) {
      const n = await this.file.read(buf.subarray(got));
      if (n === null) throw corrupt(`${what}: unexpected end of file`);
      got += n;
    }
    if (want <= WINDOW * 2) {
      this.#buf = buf;
      this.#bufStart = offset;
    }
    return buf.subarray(0, len);
  }

  /** `len` bytes from `offset` as a chunk stream (for big entries). */
  async *range(offset: number, len: number): AsyncGenerator<Uint8Array> {
    let left = len;
    for await (const c of fileChunks(this.path, offset)) {
      if (c.length >= left) {
        yield c.subarray(0, left);
        return;
      }
      yield c;
      left -= c.length;
    }
    if (left > 0) throw corrupt("unexpected end of file");
  }

  close(): void {
    try {
      this.file.close();
    } catch { /* already closed */ }
  }
}

/**
 * Runs `fn` on a file holding the archive: `src` itself when it is a
 * path, else a temporary file beside `near` that the stream is spooled to
 * (and removed afterwards).
 */
export async function withArchiveFile<T>(
  src: ArchiveSource,
  near: string,
  fn: (path: string) => Promise<T>,
): Promise<T> {
  if (typeof src === "string") return await fn(src);
  let dir = dirname(near);
  try {
    await Deno.stat(dir);
  } catch {
    dir = Deno.env.get("TMPDIR") ?? "/tmp";
  }
  const tmp = await Deno.makeTempFile({ dir, prefix: ".unarchive-", suffix: ".spool" }).catch(() =>
    Deno.makeTempFile({ prefix: "unarchive-" })
  );
  try {
    const f = await Deno.open(tmp, { write: true, truncate: true });
    await src.pipeTo(f.writable);
    return await fn(tmp);
  } finally {
    await Deno.remove(tmp).catch(() => {});
  }
}
