/** The version of generic-worker this implementation matches (spec: internal.Version). */
export const VERSION = "106.0.0";

/** Git revision baked in at build time by scripts/build.ts (empty when run from source). */
export const REVISION: string = "";

/** The engine this build runs: multiuser or insecure (chosen by config `engine`, default below). */
export type Engine = "multiuser" | "insecure";

/** `--version` output (spec 2). */
export function versionText(engine = "multiuser"): string {
  let s = `generic-worker (${engine} engine) ${VERSION}`;
  if (REVISION) {
    s += ` [ revision: https://github.com/taskcluster/taskcluster/commits/${REVISION} ]`;
  }
  return s;
}
