import { unsupported } from "./errors.ts";
import type { SafeWriter } from "./writer.ts";
/** placeholder */
export function extractRar(_path: string, _w: SafeWriter): Promise<void> {
  return Promise.reject(unsupported("unsupported archive format rar (not implemented yet)"));
}
