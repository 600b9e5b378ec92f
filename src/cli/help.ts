/**
 * The usage text: one constant for the command synopsis plus generated
 * sections (config keys from schemas/config.json, exit codes from
 * src/exit_codes.ts). `--help` prints `fullHelp()`; the README embeds the
 * same text between markers and a test keeps them equal.
 */
import { CONFIG_KEYS } from "../config/config.ts";
import { EXIT_CODE_TABLE } from "../exit_codes.ts";
import { VERSION } from "../version.ts";

/** The command synopsis and option descriptions. */
export const USAGE = `generic-worker (TypeScript on Deno) ${VERSION}

A Taskcluster worker that runs tasks directly on the host, without containers.

Usage:
  generic-worker run                  [--config CONFIG-FILE] [--with-worker-runner]
                                      [--worker-runner-protocol-pipe PIPE]
  generic-worker serve-local          [--port PORT] [--data-dir DIR] [--host HOST]
  generic-worker show-payload-schema  [--engine ENGINE]
  generic-worker new-ed25519-keypair  --file ED25519-PRIVATE-KEY-FILE
  generic-worker new-openpgp-keypair  --file OPENPGP-PRIVATE-KEY-FILE
  generic-worker copy-to-temp-file    --copy-file COPY-FILE
  generic-worker create-file          --create-file CREATE-FILE
  generic-worker create-dir           --create-dir CREATE-DIR
  generic-worker unarchive            --archive-src SRC --archive-dst DST --archive-fmt FMT
  generic-worker status
  generic-worker --help
  generic-worker --version
  generic-worker --short-version

Targets:
  run                     Claim tasks from the Queue and run them (see the config keys below).
  serve-local             Run an embedded Taskcluster-compatible service (queue, object, index,
                          auth, purge-cache, secrets) on this machine, for demos, prototyping
                          and tests. Prints one JSON line with its rootUrl, root credentials and
                          the path of a ready-to-use worker config, then serves until SIGINT.
  show-payload-schema     Print the JSON schema task payloads must conform to, for this
                          platform and engine (default: the multiuser engine).
  new-ed25519-keypair     Write a new ed25519 private key (base64 of the 32-byte seed) to FILE
                          and print the base64 public key. Used for chain of trust.
  new-openpgp-keypair     Write a new OpenPGP private key (armored) to FILE and print the
                          armored public key. Tasks encrypt payload.encryptedEnv to it.
  copy-to-temp-file       Copy a regular file to a new temporary file and print its path.
  create-file             Create (or truncate) a file.
  create-dir              Create a directory and its parents (mode 0700).
  unarchive               Extract archive SRC (format FMT) into DST, refusing entries that
                          would land outside DST.
  status                  Print the ids of the tasks the worker on this machine is running.

Options:
  --config CONFIG-FILE              Worker config file (JSON) [default: generic-worker.config].
  --with-worker-runner              Talk the worker-runner protocol on stdin/stdout.
  --worker-runner-protocol-pipe PIPE  Use the named pipe PIPE for the worker-runner protocol.
  --port PORT                       serve-local: TCP port (0 picks a free one) [default: 8080].
  --data-dir DIR                    serve-local: where state is kept [default: ./localtc-data].
  --host HOST                       serve-local: address to listen on [default: 127.0.0.1].
  --engine ENGINE                   show-payload-schema: multiuser or insecure [default: multiuser]
                                    (on Windows both use the Windows payload schema).
  --file FILE                       Key file to write (parent directory must exist).
  --copy-file COPY-FILE             File to copy.
  --create-file CREATE-FILE         File to create.
  --create-dir CREATE-DIR           Directory to create.
  --archive-src SRC                 Archive to extract.
  --archive-dst DST                 Destination directory (or file, for single-file formats).
  --archive-fmt FMT                 Format: 7z, rar, tar, tar.br, tar.bz2, tar.gz, tar.lz4, tar.xz,
                                    tar.zst, zip, br, bz2, gz, lz4, xz, zst, ...
  --help                            Show this help.
  --version                         Show the version with the engine.
  --short-version                   Show the version number only.`;

function wrap(text: string, width: number, indent: string): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else {
      line = line.length > 0 ? `${line} ${w}` : w;
    }
  }
  if (line.length > 0) lines.push(indent + line);
  return lines;
}

function defaultText(v: unknown): string {
  if (v === undefined) return "";
  if (typeof v === "object" && v !== null) {
    return Object.keys(v).length === 0 ? "{}" : "(object, see README)";
  }
  return JSON.stringify(v);
}

/** The config key reference: one entry per key with type, default and description. */
export function configHelp(): string {
  const lines = [
    "Config keys (JSON file given with --config; required keys marked *):",
  ];
  for (const k of CONFIG_KEYS) {
    const type = k.ip ? "IP address" : k.type;
    const def = k.required ? "required" : `default ${defaultText(k.default) || '""'}`;
    const scope: string[] = [];
    if (k.platforms) scope.push(`${k.platforms.join("/")} only`);
    if (k.engines) scope.push(`${k.engines.join("/")} engine only`);
    const extra = scope.length > 0 ? `; ${scope.join("; ")}` : "";
    lines.push(`  ${k.required ? "*" : " "}${k.name} (${type}, ${def}${extra})`);
    lines.push(...wrap(k.description, 88, "        "));
  }
  return lines.join("\n");
}

/** The exit code table. */
export function exitCodeHelp(): string {
  const lines = ["Exit codes:"];
  for (const r of EXIT_CODE_TABLE) {
    lines.push(`  ${String(r.code).padStart(3)}  ${r.name.padEnd(40)} ${r.meaning}`);
  }
  return lines.join("\n");
}

/** The lines of USAGE's section `title` (up to the next blank line). */
function section(title: string): string[] {
  const lines = USAGE.split("\n");
  const start = lines.indexOf(`${title}:`);
  if (start < 0) return [];
  const out: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i].trim() !== ""; i++) out.push(lines[i]);
  return out;
}

/** Entries of a section: a line starting at `indent` plus its deeper continuation lines. */
function entries(lines: string[], indent: number): string[][] {
  const out: string[][] = [];
  for (const l of lines) {
    const lead = l.length - l.trimStart().length;
    if (lead === indent) out.push([l]);
    else if (out.length > 0) out[out.length - 1].push(l);
  }
  return out;
}

/**
 * `generic-worker <command> --help`: the command's usage line, its
 * description and its options, cut from USAGE (and the config keys and
 * exit codes for `run`).
 */
export function commandHelp(command: string, options: readonly string[]): string {
  const usage = entries(section("Usage"), 2).filter((e) => e[0].trim().split(/\s+/)[1] === command);
  const target = entries(section("Targets"), 2).filter((e) =>
    e[0].trim().split(/\s+/)[0] === command
  );
  const opts = entries(section("Options"), 2).filter((e) => {
    const name = e[0].trim().split(/\s+/)[0].replace(/^--/, "");
    return options.includes(name) || name === "help";
  });
  const parts = [
    ["Usage:", ...usage.flat()].join("\n"),
    wrap(target.flat().join(" ").trim().slice(command.length), 92, "  ").join("\n"),
  ];
  if (opts.length > 0) parts.push(["Options:", ...opts.flat()].join("\n"));
  if (command === "run") parts.push(configHelp(), exitCodeHelp());
  return parts.join("\n\n");
}

/** Everything `--help` prints. */
export function fullHelp(): string {
  return [USAGE, configHelp(), exitCodeHelp()].join("\n\n");
}
