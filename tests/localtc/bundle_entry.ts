/**
 * Entry point for the bundle test: `serve-local` alone (so localtc's
 * bundling is checked independently of the rest of main.ts).
 */
import { serveLocal } from "../../src/cli/serve_local.ts";

await serveLocal({ port: Number(Deno.args[0]), dataDir: Deno.args[1] });
