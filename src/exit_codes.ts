/**
 * Every process exit code of generic-worker, by name (spec section 3).
 * `EXIT_CODE_TABLE` is the one source for `--help` and the README.
 */

/** `numberOfTasksToRun` reached, or any successful helper subcommand. */
export const TASKS_COMPLETE = 0;
/** Config file missing, unreadable, bad JSON, unknown key or wrong type. */
export const CANT_LOAD_CONFIG = 64;
/** Windows `install service` failed (not supported by this implementation). */
export const CANT_INSTALL_GENERIC_WORKER = 65;
/** Multiuser non-headless: reboot required between tasks. */
export const REBOOT_REQUIRED = 67;
/** Idle for longer than `idleTimeoutSecs`. */
export const IDLE_TIMEOUT = 68;
/** Internal error: crash in the main loop, tasks dir unusable, disk cannot be freed while idle. */
export const INTERNAL_ERROR = 69;
/** Worker Manager said the worker should terminate (worker-runner only). */
export const WORKER_MANAGER_SHUTDOWN = 70;
/** SIGINT: running tasks were finished, then the worker stopped. */
export const WORKER_STOPPED = 71;
/** SIGTERM / graceful termination: running tasks aborted with worker-shutdown. */
export const WORKER_SHUTDOWN = 72;
/** Config loaded but a value is invalid (missing required key, bad port range, ...). */
export const INVALID_CONFIG = 73;
/** Windows `grant-winsta-access` failed (not supported by this implementation). */
export const CANT_GRANT_CONTROL_OF_WINSTA_AND_DESKTOP = 74;
/** `new-ed25519-keypair` failed. */
export const CANT_CREATE_ED25519_KEYPAIR = 75;
/** `copy-to-temp-file` failed. */
export const CANT_COPY_TO_TEMP_FILE = 76;
/** Multiuser: cannot chown/chmod 0600 the config file. */
export const CANT_SECURE_CONFIG = 77;
/** Cannot open the worker-runner protocol pipe. */
export const CANT_CONNECT_PROTOCOL_PIPE = 78;
/** `create-file` failed. */
export const CANT_CREATE_FILE = 79;
/** `create-dir` failed. */
export const CANT_CREATE_DIRECTORY = 80;
/** `unarchive` failed. */
export const CANT_UNARCHIVE = 81;
/** Chain of trust signing key missing or invalid at start-up. */
export const MISSING_ED25519_PRIVATE_KEY = 82;
/** macOS `launch-agent` failed (not supported by this implementation). */
export const CANT_LAUNCH_AGENT = 83;
/** `status` could not read the status file. */
export const CANT_GET_WORKER_STATUS = 84;
/** `new-openpgp-keypair` failed (this implementation only; the Go worker has no such command). */
export const CANT_CREATE_OPENPGP_KEYPAIR = 85;
/** Bad command line (unknown subcommand or option). Same as the Go worker (docopt exits 1). */
export const USAGE_ERROR = 1;

/** One row of the exit code table printed by `--help` and in the README. */
export interface ExitCodeRow {
  code: number;
  name: string;
  meaning: string;
}

/** The exit code table, in code order. */
export const EXIT_CODE_TABLE: readonly ExitCodeRow[] = [
  {
    code: 0,
    name: "TASKS_COMPLETE",
    meaning: "numberOfTasksToRun reached; helper subcommand succeeded",
  },
  { code: 1, name: "USAGE_ERROR", meaning: "unknown subcommand or option, missing option value" },
  {
    code: 64,
    name: "CANT_LOAD_CONFIG",
    meaning: "config file missing/unreadable, bad JSON, unknown key, wrong type",
  },
  { code: 65, name: "CANT_INSTALL_GENERIC_WORKER", meaning: "windows service install failed" },
  { code: 67, name: "REBOOT_REQUIRED", meaning: "multiuser non-headless: reboot between tasks" },
  { code: 68, name: "IDLE_TIMEOUT", meaning: "idle longer than idleTimeoutSecs" },
  {
    code: 69,
    name: "INTERNAL_ERROR",
    meaning: "internal error (crash, tasks dir, disk space while idle)",
  },
  { code: 70, name: "WORKER_MANAGER_SHUTDOWN", meaning: "worker manager advised termination" },
  { code: 71, name: "WORKER_STOPPED", meaning: "SIGINT: finished running tasks, then stopped" },
  {
    code: 72,
    name: "WORKER_SHUTDOWN",
    meaning: "SIGTERM (tasks aborted: worker-shutdown) or worker-runner graceful-termination",
  },
  {
    code: 73,
    name: "INVALID_CONFIG",
    meaning: "config value invalid, required key missing, impossible setup (see README)",
  },
  {
    code: 74,
    name: "CANT_GRANT_CONTROL_OF_WINSTA_AND_DESKTOP",
    meaning: "windows grant-winsta-access failed",
  },
  { code: 75, name: "CANT_CREATE_ED25519_KEYPAIR", meaning: "new-ed25519-keypair failed" },
  { code: 76, name: "CANT_COPY_TO_TEMP_FILE", meaning: "copy-to-temp-file failed" },
  {
    code: 77,
    name: "CANT_SECURE_CONFIG",
    meaning: "cannot restrict config file permissions (multiuser)",
  },
  {
    code: 78,
    name: "CANT_CONNECT_PROTOCOL_PIPE",
    meaning: "cannot open the worker-runner protocol pipe",
  },
  { code: 79, name: "CANT_CREATE_FILE", meaning: "create-file failed" },
  { code: 80, name: "CANT_CREATE_DIRECTORY", meaning: "create-dir failed" },
  { code: 81, name: "CANT_UNARCHIVE", meaning: "unarchive failed" },
  {
    code: 82,
    name: "MISSING_ED25519_PRIVATE_KEY",
    meaning: "chain of trust key missing or invalid",
  },
  { code: 83, name: "CANT_LAUNCH_AGENT", meaning: "macOS launch-agent failed" },
  { code: 84, name: "CANT_GET_WORKER_STATUS", meaning: "status file could not be read" },
  { code: 85, name: "CANT_CREATE_OPENPGP_KEYPAIR", meaning: "new-openpgp-keypair failed" },
];

/**
 * Thrown anywhere below `main.ts` to end the process with `code`;
 * `main.ts` prints `message` (if any) on stderr and exits.
 */
export class WorkerExit extends Error {
  constructor(readonly code: number, message = "") {
    super(message);
    this.name = "WorkerExit";
  }
}
