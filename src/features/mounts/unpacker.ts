/**
 * The default `Unpacker` on src/archive: the tar family is extracted while
 * it downloads, zip/7z/rar from the cache file; single-file formats are
 * decompressed while they download. Formats outside the payload schema's
 * enums are refused with an `ArchiveError`. The extraction code (decoders,
 * embedded WASM) is loaded on the first archive, not at worker start.
 */
import { ArchiveError } from "../../archive/errors.ts";
import { canStream, isArchiveFormat, isCompressionFormat } from "../../archive/formats.ts";
import type { Unpacker } from "./mount.ts";

async function refuse(src: string | ReadableStream<Uint8Array>, format: string): Promise<never> {
  if (typeof src !== "string") await src.cancel().catch(() => {});
  throw new ArchiveError("unsupported", `unsupported format ${format}`);
}

/** The default unpacker (src/archive). */
export function archiveUnpacker(): Unpacker {
  return {
    canStream,
    async extract(src, dest, format) {
      if (!isArchiveFormat(format)) return await refuse(src, format);
      const { extractArchive } = await import("../../archive/mod.ts");
      await extractArchive(src, dest, format);
    },
    async decompress(src, destFile, format) {
      if (!isCompressionFormat(format)) return await refuse(src, format);
      const { decompressFile } = await import("../../archive/mod.ts");
      await decompressFile(src, destFile, format);
    },
  };
}
