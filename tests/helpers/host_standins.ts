/**
 * Stand-ins for host commands that would change the machine (`shutdown`,
 * `sudo`): scripts that only record their argv, for tests that check the
 * exact command the worker issues.
 */
import { join } from "node:path";

/** A directory with stand-in `shutdown` and `sudo` that record their argv (one per line). */
export async function standIns(): Promise<{ dir: string; record: string }> {
  const dir = await Deno.makeTempDir({ prefix: "gw-host-" });
  const record = join(dir, "calls.txt");
  for (const name of ["shutdown", "sudo"]) {
    await Deno.writeTextFile(
      join(dir, name),
      `#!/bin/sh\n{ echo "${name}"; for a in "$@"; do echo "$a"; done; echo "--"; } >> '${record}'\n`,
      { mode: 0o755 },
    );
    await Deno.chmod(join(dir, name), 0o755);
  }
  return { dir, record };
}
