/**
 * generic-worker entry point: parses argv, dispatches to one module of
 * src/cli/, and turns a thrown `WorkerExit` into the process exit code.
 *
 * `--version` and `--short-version` alone are answered before the CLI is
 * imported (start-up time of the version check the worker's tooling runs).
 */
import { VERSION, versionText } from "./src/version.ts";

if (import.meta.main) {
  const args = Deno.args;
  if (args.length === 1 && (args[0] === "--version" || args[0] === "--short-version")) {
    const bytes = new TextEncoder().encode(
      (args[0] === "--version" ? versionText() : VERSION) + "\n",
    );
    let off = 0;
    while (off < bytes.length) off += Deno.stdout.writeSync(bytes.subarray(off));
    Deno.exit(0);
  }
  const { dispatch } = await import("./src/cli/commands.ts");
  Deno.exit(await dispatch(args));
}
