/**
 * Single-stream decompressors, each an async-iterable-to-async-iterable
 * transform: gz, zz through node:zlib streams, zst through node:zlib's
 * native decoder driven synchronously (zstd.ts), br through the web
 * DecompressionStream, xz and lz (lzip) through liblzma compiled to WASM
 * (liblzma.ts), bz2, lz4 and sz (snappy framing, snappy.ts) in pure
 * TypeScript. `mz` (MinLZ) has no JS/WASM decoder: refused.
 */
import { Readable, type Transform } from "node:stream";
import zlib from "node:zlib";
import { streamChunks, toWebStream } from "./bytes.ts";
import { bzip2Decompress } from "./bzip2.ts";
import { ArchiveError, corrupt, unsupported } from "./errors.ts";
import { lz4Decompress } from "./lz4.ts";
import { liblzmaDecompress } from "./liblzma.ts";
import { snappyDecompress } from "./snappy.ts";
import { zstdDecompress } from "./zstd.ts";
import type { CompressionFormat } from "./formats.ts";

export { COMPRESSION_FORMATS, type CompressionFormat, isCompressionFormat } from "./formats.ts";

type Chunks = AsyncIterable<Uint8Array>;

const ZLIB_CHUNK = 1 << 18;

async function* throughZlib(
  make: () => Transform,
  input: Chunks,
  name: string,
): AsyncGenerator<Uint8Array> {
  const t = make();
  const src = Readable.from(input, { objectMode: false, highWaterMark: 1 << 20 });
  let srcError: unknown;
  src.on("error", (e) => {
    srcError = e;
    t.destroy(e);
  });
  src.pipe(t);
  try {
    for await (const c of t) yield c as Uint8Array;
  } catch (e) {
    if (srcError !== undefined) throw srcError;
    if (e instanceof ArchiveError) throw e;
    throw corrupt(`${name}: ${(e as Error).message}`);
  } finally {
    src.unpipe(t);
    src.destroy();
    t.destroy();
  }
}

/** Through the web `DecompressionStream` (which reports truncated input). */
async function* throughWeb(format: string, input: Chunks): AsyncGenerator<Uint8Array> {
  const ds = new DecompressionStream(
    format as ConstructorParameters<typeof DecompressionStream>[0],
  );
  const out = toWebStream(input).pipeThrough(
    ds as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  try {
    yield* streamChunks(out);
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw corrupt(`${format}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `input` decompressed as `format`. */
export function decompressChunks(
  format: CompressionFormat,
  input: Chunks,
): AsyncIterable<Uint8Array> {
  const opts = { chunkSize: ZLIB_CHUNK };
  switch (format) {
    case "gz":
      return throughZlib(() => zlib.createGunzip(opts), input, "gzip");
    case "zz":
      return throughZlib(() => zlib.createInflate(opts), input, "zlib");
    case "br":
      // not createBrotliDecompress: in Deno 2.9.6 it accepts truncated input silently
      return throughWeb("brotli", input);
    case "zst":
      // not createZstdDecompress: see zstd.ts (uncaught checksum errors, truncation accepted)
      return zstdDecompress(input);
    case "xz":
      return liblzmaDecompress(input, "xz");
    case "bz2":
      return bzip2Decompress(input);
    case "lz4":
      return lz4Decompress(input);
    case "sz":
      return snappyDecompress(input);
    case "lz":
      return liblzmaDecompress(input, "lz");
    case "mz":
      throw unsupported("unsupported archive format mz (MinLZ has no JavaScript or WASM decoder)");
  }
}
