/**
 * Skips by platform, with the reason printed (a skipped test never passes
 * silently): `posixOnly` for tests of posix behaviour (modes, `sh`,
 * signals, GNU tools), `windowsOnly` for Windows behaviour, and
 * `needsSymlinks` for tests that need symlinks to be created for real
 * (Windows without the privilege, and Wine, which reports success without
 * creating them).
 *
 * ```ts
 * Deno.test({ name: "modes", ...posixOnly("checks posix modes"), fn: async () => {} });
 * ```
 */

/** True on Windows (the test helpers' one OS check). */
export const isWindows = Deno.build.os === "windows";

/** Test options that skip on Windows, printing `reason`. */
export function posixOnly(reason: string): { ignore: boolean } {
  if (isWindows) console.log(`SKIP on Windows (posix only): ${reason}`);
  return { ignore: isWindows };
}

/** Test options that skip everywhere but Linux, printing `reason`. */
export function linuxOnly(reason: string): { ignore: boolean } {
  const linux = Deno.build.os === "linux";
  if (!linux) console.log(`SKIP on ${Deno.build.os} (Linux only): ${reason}`);
  return { ignore: !linux };
}

/** Test options that skip everywhere but Windows, printing `reason`. */
export function windowsOnly(reason: string): { ignore: boolean } {
  if (!isWindows) console.log(`SKIP on ${Deno.build.os} (Windows only): ${reason}`);
  return { ignore: !isWindows };
}

let symlinksWork: boolean | undefined;

/** True when a symlink created here really exists afterwards (probed once). */
export function symlinksCreated(): boolean {
  if (symlinksWork !== undefined) return symlinksWork;
  const dir = Deno.makeTempDirSync({ prefix: "gw-symlink-probe-" });
  try {
    Deno.writeTextFileSync(`${dir}/target`, "x");
    Deno.symlinkSync("target", `${dir}/link`, { type: "file" });
    symlinksWork = Deno.lstatSync(`${dir}/link`).isSymlink;
  } catch {
    symlinksWork = false;
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
  return symlinksWork;
}

/** Test options that skip where symlinks are not really created, printing `reason`. */
export function needsSymlinks(reason: string): { ignore: boolean } {
  const ignore = !symlinksCreated();
  if (ignore) console.log(`SKIP (symlinks are not created on this host): ${reason}`);
  return { ignore };
}
