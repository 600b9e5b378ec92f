/**
 * The subcommand table and argv dispatch (node:util parseArgs, strict):
 * unknown subcommands or options print the usage on stderr and exit 1.
 */
import { parseArgs } from "node:util";
import { INTERNAL_ERROR, USAGE_ERROR, WorkerExit } from "../exit_codes.ts";
import { VERSION, versionText } from "../version.ts";
import { commandHelp, fullHelp, USAGE } from "./help.ts";
import { writeStderr, writeStdout } from "./output.ts";

type OptionSpec = { type: "string" | "boolean"; default?: string | boolean };

/** One subcommand: its options, which are required, and its handler. */
interface Command {
  options: Record<string, OptionSpec>;
  required: string[];
  run: (values: Record<string, string | boolean | undefined>) => Promise<void>;
}

const str = (v: string | boolean | undefined): string => String(v ?? "");

const COMMANDS: Record<string, Command> = {
  "run": {
    options: {
      config: { type: "string", default: "generic-worker.config" },
      "with-worker-runner": { type: "boolean", default: false },
      "worker-runner-protocol-pipe": { type: "string" },
    },
    required: [],
    run: async (v) => {
      const { run } = await import("./run.ts");
      await run({
        config: str(v.config),
        withWorkerRunner: v["with-worker-runner"] === true,
        workerRunnerProtocolPipe: v["worker-runner-protocol-pipe"] as string | undefined,
      });
    },
  },
  "serve-local": {
    options: {
      port: { type: "string", default: "8080" },
      "data-dir": { type: "string", default: "./localtc-data" },
      host: { type: "string", default: "127.0.0.1" },
    },
    required: [],
    run: async (v) => {
      const port = Number(v.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new WorkerExit(USAGE_ERROR, `--port must be a port number, got ${v.port}`);
      }
      const { serveLocal } = await import("./serve_local.ts");
      await serveLocal({ port, dataDir: str(v["data-dir"]), host: str(v.host) });
    },
  },
  "show-payload-schema": {
    options: { engine: { type: "string", default: "multiuser" } },
    required: [],
    run: async (v) => {
      const { showPayloadSchema } = await import("./show_payload_schema.ts");
      await showPayloadSchema({ engine: str(v.engine) });
    },
  },
  "new-ed25519-keypair": {
    options: { file: { type: "string" } },
    required: ["file"],
    run: async (v) => {
      const { newEd25519Keypair } = await import("./keypair.ts");
      await newEd25519Keypair({ file: str(v.file) });
    },
  },
  "new-openpgp-keypair": {
    options: { file: { type: "string" } },
    required: ["file"],
    run: async (v) => {
      const { newOpenpgpKeypair } = await import("./openpgp_keypair.ts");
      await newOpenpgpKeypair({ file: str(v.file) });
    },
  },
  "copy-to-temp-file": {
    options: { "copy-file": { type: "string" } },
    required: ["copy-file"],
    run: async (v) => {
      const { copyToTempFile } = await import("./files.ts");
      await copyToTempFile({ copyFile: str(v["copy-file"]) });
    },
  },
  "create-file": {
    options: { "create-file": { type: "string" } },
    required: ["create-file"],
    run: async (v) => {
      const { createFile } = await import("./files.ts");
      await createFile({ createFile: str(v["create-file"]) });
    },
  },
  "create-dir": {
    options: { "create-dir": { type: "string" } },
    required: ["create-dir"],
    run: async (v) => {
      const { createDir } = await import("./files.ts");
      await createDir({ createDir: str(v["create-dir"]) });
    },
  },
  "unarchive": {
    options: {
      "archive-src": { type: "string" },
      "archive-dst": { type: "string" },
      "archive-fmt": { type: "string" },
    },
    required: ["archive-src", "archive-dst", "archive-fmt"],
    run: async (v) => {
      const { unarchive } = await import("./unarchive.ts");
      await unarchive({
        archiveSrc: str(v["archive-src"]),
        archiveDst: str(v["archive-dst"]),
        archiveFmt: str(v["archive-fmt"]),
      });
    },
  },
  "status": {
    options: {},
    required: [],
    run: async () => {
      const { status } = await import("./status.ts");
      await status();
    },
  },
};

/** The names of all subcommands. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

class UsageError extends Error {}

function usageError(message: string): never {
  throw new UsageError(message);
}

function parseCommand(argv: string[]): () => Promise<void> {
  const first = argv[0];
  if (first === undefined) usageError("no subcommand given");
  if (first === "--help" || first === "-h") {
    if (argv.length > 1) usageError(`unexpected argument ${argv[1]}`);
    return () => writeStdout(fullHelp() + "\n");
  }
  if (first === "--version" || first === "--short-version") {
    if (argv.length > 1) usageError(`unexpected argument ${argv[1]}`);
    return () => writeStdout((first === "--version" ? versionText() : VERSION) + "\n");
  }
  const cmd = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!cmd) usageError(`unknown subcommand ${JSON.stringify(first)}`);
  const rest = argv.slice(1);
  if (rest.includes("--help") || rest.includes("-h")) {
    return () => writeStdout(commandHelp(first, Object.keys(cmd.options)) + "\n");
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    const parsed = parseArgs({
      args: argv.slice(1),
      options: cmd.options,
      strict: true,
      allowPositionals: false,
    });
    values = { ...parsed.values };
  } catch (e) {
    usageError(`${first}: ${(e as Error).message}`);
  }
  for (const r of cmd.required) {
    if (values[r] === undefined || values[r] === "") usageError(`${first}: --${r} is required`);
  }
  return () => cmd.run(values);
}

/**
 * Runs the command line `argv` and returns the exit code. Usage errors
 * print the message and the usage on stderr.
 */
export async function dispatch(argv: string[]): Promise<number> {
  let action: () => Promise<void>;
  try {
    action = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    await writeStderr(`generic-worker: ${e.message}\n\n${USAGE}\n`);
    return USAGE_ERROR;
  }
  try {
    await action();
    return 0;
  } catch (e) {
    if (e instanceof WorkerExit) {
      if (e.message) await writeStderr(e.message + "\n");
      return e.code;
    }
    await writeStderr(`generic-worker: internal error: ${(e as Error)?.stack ?? e}\n`);
    return INTERNAL_ERROR;
  }
}
