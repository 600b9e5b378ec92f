/**
 * Disk space (spec 11.7): the bytes available to an unprivileged user on
 * the filesystem holding a directory, as Go's `statfs` `Bavail * Bsize`.
 * Deno has no statfs, so posix systems ask `df -Pk` (POSIX output format,
 * 1024-byte units, one line per filesystem) and Windows asks .NET's
 * `DriveInfo` through PowerShell.
 *
 * ```ts
 * const free = await freeDiskSpaceBytes("/var/tasks");
 * ```
 */
import { currentPlatform } from "./info.ts";

/** Parses `df -Pk` output: the "Available" column of its one data line, in bytes. */
export function parseDfOutput(text: string): number {
  const lines = text.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "");
  if (lines.length < 2) throw new Error(`unexpected df output: ${JSON.stringify(text)}`);
  // `<filesystem> <blocks> <used> <available> <capacity>% <mounted on>`; the
  // filesystem name and mount point may hold spaces, the numbers anchor the parse.
  const m = /^(.*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+|-)%?\s+(.*)$/.exec(lines[lines.length - 1]);
  if (!m) throw new Error(`unexpected df output: ${JSON.stringify(text)}`);
  return Number(m[4]) * 1024;
}

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, {
    args,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    env: { LC_ALL: "C", POSIXLY_CORRECT: "1" },
  }).output();
  const dec = new TextDecoder();
  if (out.code !== 0) {
    throw new Error(
      `${cmd} ${args.join(" ")} exited with code ${out.code}: ${dec.decode(out.stderr).trim()}`,
    );
  }
  return dec.decode(out.stdout);
}

/**
 * Bytes available (to non-root users) on the filesystem holding `dir`.
 * Rejects when `dir` does not exist or the platform tool fails.
 */
export async function freeDiskSpaceBytes(dir: string): Promise<number> {
  if (currentPlatform() === "windows") {
    const ps = `$ErrorActionPreference='Stop'; ` +
      `[System.IO.DriveInfo]::new([System.IO.Path]::GetPathRoot(` +
      `[System.IO.Path]::GetFullPath($env:GW_DISK_DIR))).AvailableFreeSpace`;
    const out = await new Deno.Command("powershell.exe", {
      args: ["-NoProfile", "-NonInteractive", "-Command", ps],
      env: { GW_DISK_DIR: dir },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout).trim();
    if (out.code !== 0 || !/^\d+$/.test(text)) {
      throw new Error(
        `could not read free space of ${dir}: ${
          new TextDecoder().decode(out.stderr).trim() || text
        }`,
      );
    }
    return Number(text);
  }
  return parseDfOutput(await run("df", ["-Pk", "--", dir]));
}
