/**
 * The small file helper subcommands the worker runs as a task user:
 * `copy-to-temp-file` (76), `create-file` (79), `create-dir` (80).
 */
import { basename } from "node:path";
import {
  CANT_COPY_TO_TEMP_FILE,
  CANT_CREATE_DIRECTORY,
  CANT_CREATE_FILE,
  WorkerExit,
} from "../exit_codes.ts";
import { writeStdout } from "./output.ts";

/** Copies a regular file to a fresh temp file (named after its basename) and prints the temp path. */
export async function copyToTempFile(opts: { copyFile: string }): Promise<void> {
  let tmp: string | undefined;
  try {
    const info = await Deno.stat(opts.copyFile);
    if (!info.isFile) throw new Error(`${opts.copyFile} is not a regular file`);
    tmp = await Deno.makeTempFile({ prefix: basename(opts.copyFile) });
    await Deno.copyFile(opts.copyFile, tmp);
  } catch (e) {
    if (tmp) await Deno.remove(tmp).catch(() => {});
    throw new WorkerExit(
      CANT_COPY_TO_TEMP_FILE,
      `Could not copy file ${opts.copyFile} to a temporary file: ${(e as Error).message}`,
    );
  }
  await writeStdout(tmp + "\n");
}

/** Creates (or truncates) a file. */
export async function createFile(opts: { createFile: string }): Promise<void> {
  try {
    const f = await Deno.create(opts.createFile);
    f.close();
  } catch (e) {
    throw new WorkerExit(
      CANT_CREATE_FILE,
      `Could not create file ${opts.createFile}: ${(e as Error).message}`,
    );
  }
}

/** Creates a directory and its parents with mode 0700. */
export async function createDir(opts: { createDir: string }): Promise<void> {
  try {
    await Deno.mkdir(opts.createDir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new WorkerExit(
      CANT_CREATE_DIRECTORY,
      `Could not create directory ${opts.createDir}: ${(e as Error).message}`,
    );
  }
}
