/**
 * `show-payload-schema`: prints the payload JSON schema for this platform
 * and the chosen engine, formatted as the Go worker prints it (sorted keys,
 * 2-space indent, HTML characters escaped), plus a newline.
 */
import { USAGE_ERROR, WorkerExit } from "../exit_codes.ts";
import { currentPlatform } from "../platform/info.ts";
import { payloadSchemaText, type SchemaVariant } from "../task/payload_schema.ts";
import type { Engine } from "../version.ts";
import type { Platform } from "../platform/info.ts";
import { writeStdout } from "./output.ts";

/**
 * The schema variant used by `engine` on `platform`. On Windows both
 * engines use the Windows schema: the insecure engine there is this
 * implementation's extension (Go has no insecure Windows build), running
 * tasks as the worker's own user; `run` picks the same variant
 * (`payloadVariant` in src/task/task_run.ts).
 */
export function schemaVariant(
  engine: Engine,
  platform: Platform = currentPlatform(),
): SchemaVariant {
  if (platform === "windows") return "multiuser_windows";
  return engine === "insecure" ? "insecure_posix" : "multiuser_posix";
}

/** Prints the schema. */
export async function showPayloadSchema(opts: { engine: string }): Promise<void> {
  if (opts.engine !== "multiuser" && opts.engine !== "insecure") {
    throw new WorkerExit(
      USAGE_ERROR,
      `--engine must be multiuser or insecure, got ${JSON.stringify(opts.engine)}`,
    );
  }
  await writeStdout(payloadSchemaText(schemaVariant(opts.engine)) + "\n");
}
