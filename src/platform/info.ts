/** Facts about the host platform, in the Go worker's vocabulary. */

/** Operating system names as Go's GOOS spells them. */
export type Platform = "linux" | "darwin" | "windows" | "freebsd";

/** The current OS as a Go GOOS name. */
export function currentPlatform(): Platform {
  const os = Deno.build.os;
  if (os === "linux" || os === "darwin" || os === "windows" || os === "freebsd") return os;
  return "linux";
}

/** The current CPU architecture as a Go GOARCH name. */
export function goArch(): string {
  switch (Deno.build.arch) {
    case "x86_64":
      return "amd64";
    case "aarch64":
      return "arm64";
    default:
      return Deno.build.arch;
  }
}

/** True when this platform is posix (not Windows). */
export function isPosix(platform: Platform = currentPlatform()): boolean {
  return platform !== "windows";
}
