/**
 * `run`: the composition root. Loads and validates the config (64/73),
 * secures the config file, builds the clients, features and live log
 * server, and hands them to the worker loop.
 */
import { resolve } from "node:path";
import type { Config } from "../config/config.ts";
import { loadConfig, publicConfigJSON, unusedKeysWarning, validateConfig } from "../config/load.ts";
import { CANT_LOAD_CONFIG, CANT_SECURE_CONFIG, WorkerExit } from "../exit_codes.ts";
import { connectRunner, sendErrorReport } from "../worker/lifecycle.ts";
import { WorkerLog } from "../worker/worker_log.ts";
import { startWorker } from "../worker/start.ts";
import { currentPlatform } from "../platform/info.ts";

/** Options of `generic-worker run`. */
export interface RunOptions {
  config: string;
  withWorkerRunner: boolean;
  workerRunnerProtocolPipe?: string;
}

/**
 * Restricts the config file (it holds credentials): multiuser chmods it to
 * 0600 (exit 77 on failure); insecure only warns when others can read it.
 */
export async function secureConfigFile(
  file: string,
  config: Config,
  log: WorkerLog,
): Promise<void> {
  if (currentPlatform() === "windows") return;
  if (config.engine === "multiuser") {
    try {
      await Deno.chmod(file, 0o600);
    } catch (e) {
      throw new WorkerExit(
        CANT_SECURE_CONFIG,
        `Could not secure config file ${file} (chmod 0600): ${(e as Error).message}`,
      );
    }
    return;
  }
  try {
    const mode = (await Deno.stat(file)).mode ?? 0;
    if ((mode & 0o077) !== 0) {
      log.log(
        `WARNING: config file ${file} (mode ${
          (mode & 0o777).toString(8)
        }) is readable by other users and holds credentials; the insecure engine does not restrict it`,
      );
    }
  } catch {
    // the file was just read; a stat failure here is not worth stopping for
  }
}

/**
 * Runs the worker; resolves with nothing, or throws `WorkerExit` with the
 * exit code. The worker-runner protocol is connected first (as Go does), so
 * a config that cannot be loaded or is invalid is sent as `error-report`.
 */
export async function run(opts: RunOptions): Promise<void> {
  const log = new WorkerLog();
  const protocol = await connectRunner(opts, log);
  let config: Config | undefined;
  let file: string;
  try {
    try {
      file = resolve(opts.config);
    } catch (e) {
      throw new WorkerExit(CANT_LOAD_CONFIG, `Cannot resolve config path: ${(e as Error).message}`);
    }
    log.log(`Loading generic-worker config file '${file}'...`);
    config = await loadConfig(file);
    log.addSecret(config.accessToken);
    validateConfig(config);
    await secureConfigFile(file, config, log);
  } catch (e) {
    const description = e instanceof WorkerExit
      ? `${e.message}, exit code: ${e.code}`
      : `PANIC: ${(e as Error)?.stack ?? e}`;
    sendErrorReport(protocol, description, config);
    await protocol?.flush();
    throw e;
  }
  log.log(`Config: ${publicConfigJSON(config)}`);
  const unused = unusedKeysWarning(config);
  if (unused) log.log(unused);
  // startWorker reports its own fatal exits
  const code = await startWorker({ config, configFile: file, log, protocol });
  if (code !== 0) throw new WorkerExit(code);
}
