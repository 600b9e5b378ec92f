/**
 * RAR (4 and 5) extraction with node-unrar-js (the official unRAR library
 * compiled to WASM; the wasm is embedded in src/generated/unrar_wasm.ts so the bundle
 * needs no file beside it).
 *
 * unRAR writes each file through synchronous callbacks, so every file is
 * first written to a private staging file and then copied into place
 * through `SafeWriter` (same zip-slip rules as every other format).
 * Limits of the library, stated: symlinks and hardlinks are not restored
 * (counted as skipped), file modes are not available (files get 0644,
 * directories 0755, minus the umask), encrypted and multi-volume archives
 * are refused.
 */
import { createExtractorFromData, Extractor } from "node-unrar-js";
import { ArchiveError, corrupt, unsupported } from "./errors.ts";
import type { SafeWriter } from "./writer.ts";

interface UnrarModule {
  HEAPU8: Uint8Array;
  extractor: unknown;
}

let wasmBinary: ArrayBuffer | undefined;

async function wasm(): Promise<ArrayBuffer> {
  if (wasmBinary) return wasmBinary;
  // loaded on first use: the base64 text is large and most workers never see a rar
  const { UNRAR_WASM_BASE64, UNRAR_WASM_SHA256 } = await import("../generated/unrar_wasm.ts");
  const bin = Uint8Array.from(atob(UNRAR_WASM_BASE64), (c) => c.charCodeAt(0));
  const digest = [...new Uint8Array(await crypto.subtle.digest("SHA-256", bin))]
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  if (digest !== UNRAR_WASM_SHA256) throw new Error("embedded unrar.wasm is damaged");
  wasmBinary = bin.buffer;
  return wasmBinary;
}

interface Handle {
  /** The open file; undefined while an output is still held in memory. */
  file?: Deno.FsFile;
  /** An output's bytes so far, while small (spilled to a staging file past `MEMORY_OUTPUT`). */
  mem?: Uint8Array[];
  pos: number;
  size: number;
}

/** Outputs up to this size stay in memory (no staging file). */
const MEMORY_OUTPUT = 1 << 20;

/** An unRAR extractor reading the archive and writing staging files synchronously. */
class StagingExtractor extends Extractor {
  protected _filePath: string;
  #handles = new Map<number, Handle>();
  #next = 1;
  /** Staging file of the entry being extracted, if unRAR created one and it spilled. */
  staged: string | undefined;
  /** The entry being extracted, while held in memory. */
  output: Handle | undefined;
  #stageDir: string;
  #count = 0;

  constructor(unrar: UnrarModule, path: string, stageDir: string) {
    super(unrar);
    this._filePath = path;
    this.#stageDir = stageDir;
  }

  #heap(): Uint8Array {
    return (this as unknown as { unrar: UnrarModule }).unrar.HEAPU8;
  }

  #add(h: Handle): number {
    const fd = this.#next++;
    this.#handles.set(fd, h);
    return fd;
  }

  /** Moves an output held in memory to its staging file. */
  #spill(h: Handle): Deno.FsFile {
    const path = `${this.#stageDir}/${this.#count++}`;
    this.staged = path;
    const file = Deno.openSync(path, { write: true, createNew: true, mode: 0o600 });
    for (const c of h.mem ?? []) {
      let o = 0;
      while (o < c.length) o += file.writeSync(c.subarray(o));
    }
    h.mem = undefined;
    h.file = file;
    if (this.output === h) this.output = undefined;
    return file;
  }

  protected open(filename: string): number {
    const file = Deno.openSync(filename, { read: true });
    return this.#add({ file, pos: 0, size: file.statSync().size });
  }

  protected create(_filename: string): number {
    const h: Handle = { mem: [], pos: 0, size: 0 };
    this.output = h;
    return this.#add(h);
  }

  protected closeFile(fd: number): void {
    const h = this.#handles.get(fd);
    this.#handles.delete(fd);
    h?.file?.close();
  }

  protected read(fd: number, buf: number, size: number): number {
    const h = this.#handles.get(fd);
    if (!h) return -1;
    if (!h.file) this.#spill(h);
    const target = this.#heap().subarray(buf, buf + size);
    const file = h.file!;
    file.seekSync(h.pos, Deno.SeekMode.Start);
    let got = 0;
    while (got < size) {
      const n = file.readSync(target.subarray(got));
      if (n === null || n === 0) break;
      got += n;
    }
    h.pos += got;
    return got;
  }

  protected write(fd: number, buf: number, size: number): boolean {
    const h = this.#handles.get(fd);
    if (!h) return false;
    const data = this.#heap().subarray(buf, buf + size);
    if (h.mem && h.pos === h.size && h.size + size <= MEMORY_OUTPUT) {
      h.mem.push(data.slice()); // a copy: the WASM heap is reused
    } else {
      const file = h.file ?? this.#spill(h);
      file.seekSync(h.pos, Deno.SeekMode.Start);
      let o = 0;
      while (o < size) o += file.writeSync(data.subarray(o));
    }
    h.pos += size;
    h.size = Math.max(h.size, h.pos);
    return true;
  }

  protected tell(fd: number): number {
    return this.#handles.get(fd)?.pos ?? -1;
  }

  protected seek(fd: number, pos: number, method: "CUR" | "SET" | "END"): boolean {
    const h = this.#handles.get(fd);
    if (!h) return false;
    const base = method === "SET" ? 0 : method === "END" ? h.size : h.pos;
    const np = base + pos;
    if (np < 0 || np > h.size) return false;
    h.pos = np;
    return true;
  }

  /** Closes whatever unRAR left open (after an error). */
  closeAll(): void {
    for (const h of this.#handles.values()) {
      try {
        h.file?.close();
      } catch { /* closed */ }
    }
    this.#handles.clear();
  }
}

/** Extracts the RAR file at `path` into `w`. */
export async function extractRar(path: string, w: SafeWriter): Promise<void> {
  const probe = await createExtractorFromData({
    wasmBinary: await wasm(),
    data: new ArrayBuffer(0),
  });
  const unrar = (probe as unknown as { unrar: UnrarModule }).unrar;
  const stage = await Deno.makeTempDir({ prefix: "gw-unrar-" });
  const ex = new StagingExtractor(unrar, path, stage);
  unrar.extractor = ex;
  try {
    let files;
    try {
      files = ex.extract().files;
    } catch (e) {
      throw unrarError(e);
    }
    for (;;) {
      ex.staged = undefined;
      ex.output = undefined;
      let r;
      try {
        r = files.next();
      } catch (e) {
        throw unrarError(e);
      }
      if (r.done) break;
      const h = r.value.fileHeader;
      if (h.flags.encrypted) throw unsupported(`rar: ${h.name} is encrypted`, h.name);
      const name = h.name.replaceAll("\\", "/");
      if (h.flags.directory) {
        await w.directory(name, 0o755);
        continue;
      }
      const held = ex.output as Handle | undefined;
      if (held?.mem) {
        const data = new Uint8Array(held.size);
        let o = 0;
        for (const c of held.mem) {
          data.set(c, o);
          o += c.length;
        }
        await w.fileBytes(name, 0o644, data);
        continue;
      }
      const staged = ex.staged as string | undefined;
      if (staged === undefined) {
        w.skip(); // a symlink or hardlink: unRAR's WASM build does not hand those out
        continue;
      }
      const info = await Deno.stat(staged);
      if (info.size <= 1 << 20) {
        await w.fileBytes(name, 0o644, await Deno.readFile(staged));
      } else {
        const sink = await w.openFile(name, 0o644);
        try {
          const f = await Deno.open(staged, { read: true });
          for await (const c of f.readable) await sink.write(c);
          await sink.close();
        } catch (e) {
          sink.abort();
          throw e;
        }
      }
      await Deno.remove(staged);
    }
  } finally {
    ex.closeAll();
    await Deno.remove(stage, { recursive: true }).catch(() => {});
  }
}

function unrarError(e: unknown): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const reason = (e as { reason?: string }).reason;
  const file = (e as { file?: string }).file;
  const msg = `rar: ${e instanceof Error ? e.message : String(e)}${reason ? ` (${reason})` : ""}${
    file ? ` in ${file}` : ""
  }`;
  if (reason === "ERAR_MISSING_PASSWORD" || reason === "ERAR_BAD_PASSWORD") {
    return unsupported(msg, file);
  }
  return corrupt(msg, file);
}
