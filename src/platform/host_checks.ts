/**
 * Facts about the host the worker checks at start-up, so an impossible
 * setup is refused once (exit 73) instead of failing every task: whether
 * the worker runs as root / an administrator, whether task users can
 * traverse every directory above the tasks directory, and whether a
 * desktop session (for `headlessTasks: false`) can be had.
 */
import { dirname, resolve } from "node:path";
import { currentPlatform, isPosix } from "./info.ts";
import { gdm3UnavailableReason } from "./desktop.ts";
import { windowsMultiuserUnsupported } from "./windows/users.ts";

/**
 * Why the multiuser engine cannot run tasks on this host at all, or
 * undefined when it can (Windows: commands as a task user are not
 * implemented here).
 */
export function multiuserUnavailableReason(): string | undefined {
  return currentPlatform() === "windows" ? windowsMultiuserUnsupported() : undefined;
}

/** Whether the worker process runs as root (posix uid 0). Windows: undefined (not checked). */
export function runsAsRoot(): boolean | undefined {
  if (!isPosix()) return undefined;
  try {
    return Deno.uid() === 0;
  } catch {
    return undefined;
  }
}

/** A directory task users cannot pass through. */
export interface Untraversable {
  dir: string;
  /** Its permission bits. */
  mode: number;
}

/**
 * The first existing directory from `/` down to `path` (included) that a
 * user who is neither its owner nor in its group cannot enter (no `o+x`),
 * or undefined when all can be entered. Posix only (undefined elsewhere).
 */
export async function firstUntraversableDir(path: string): Promise<Untraversable | undefined> {
  if (!isPosix()) return undefined;
  const chain: string[] = [];
  for (let p = resolve(path);; p = dirname(p)) {
    chain.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const dir of chain) {
    let st: Deno.FileInfo;
    try {
      st = await Deno.stat(dir);
    } catch {
      return undefined; // the rest does not exist yet and is created 0755
    }
    const mode = (st.mode ?? 0o755) & 0o7777;
    if (st.isDirectory && (mode & 0o001) === 0) return { dir, mode };
  }
  return undefined;
}

/**
 * Why task users cannot get a desktop session (multiuser, `headlessTasks:
 * false`) on this host, or undefined when they can: desktop mode is Linux
 * with gdm3 (`<etc>/gdm3/custom.conf`, etc default `GW_ETC_DIR` or /etc;
 * see desktop.ts).
 */
export function desktopUnavailableReason(etc?: string): Promise<string | undefined> {
  return gdm3UnavailableReason(etc);
}
