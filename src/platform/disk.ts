/**
 * Disk space (spec 11.7): the bytes available to an unprivileged user on
 * the filesystem holding a directory, as Go's `statfs` `Bavail * Bsize`
 * (on Windows Go's `GetDiskFreeSpaceEx` "free bytes available to caller").
 * `node:fs` `statfs` answers both on every platform Deno runs on (on
 * Windows it asks GetDiskFreeSpace), so no external tool is involved.
 *
 * ```ts
 * const free = await freeDiskSpaceBytes("/var/tasks");
 * ```
 */
import { statfs } from "node:fs/promises";

/**
 * Bytes available (to non-root users) on the filesystem holding `dir`.
 * Rejects when `dir` does not exist or the filesystem cannot be queried.
 */
export async function freeDiskSpaceBytes(dir: string): Promise<number> {
  try {
    const s = await statfs(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch (e) {
    throw new Error(`could not read free space of ${dir}: ${(e as Error).message}`);
  }
}
