/**
 * generic-worker entry point: parses argv, dispatches to one module of
 * src/cli/, and turns a thrown `WorkerExit` into the process exit code.
 */
import { dispatch } from "./src/cli/commands.ts";

if (import.meta.main) {
  Deno.exit(await dispatch(Deno.args));
}
