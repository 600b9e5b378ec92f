/**
 * The worker's life around the loop, as Go's `main.go` and
 * `workerrunner.go` have it: connecting the worker-runner protocol (stdin/
 * stdout or the named pipe pair) before the config is read, so every fatal
 * exit can be sent as an `error-report`; and what the exit code means for
 * the host afterwards — `instanceReboot` / `instanceShutdown` metrics, a
 * reboot for 67 (unless `disableReboots`), and for 68 / 69 / 70 a
 * `shutdown` message to worker-runner when it has the capability, else the
 * host is shut down (68 and 69 only with `shutdownMachineOnIdle` /
 * `shutdownMachineOnInternalError`).
 */
import type { Config } from "../config/config.ts";
import { workerPoolId } from "../config/config.ts";
import {
  CANT_CONNECT_PROTOCOL_PIPE,
  IDLE_TIMEOUT,
  INTERNAL_ERROR,
  REBOOT_REQUIRED,
  WORKER_MANAGER_SHUTDOWN,
  WorkerExit,
} from "../exit_codes.ts";
import { goArch } from "../platform/info.ts";
import { currentPlatform } from "../platform/info.ts";
import { immediateReboot, immediateShutdown } from "../platform/host.ts";
import { REVISION, VERSION } from "../version.ts";
import { RunnerProtocol } from "./runner_protocol.ts";
import type { WorkerLog } from "./worker_log.ts";

/** How `generic-worker run` was asked to talk to worker-runner. */
export interface RunnerOptions {
  withWorkerRunner: boolean;
  workerRunnerProtocolPipe?: string;
}

/** How long to wait for worker-runner's `welcome` before going on without it. */
export const WELCOME_TIMEOUT_MS = 30_000;

/**
 * Opens the protocol (the pipe pair `<pipe>-input` / `<pipe>-output` when
 * given, else stdin/stdout), waits for `welcome` and, when both sides can
 * `log`, sends the worker's log lines as `log` messages. Undefined without
 * `--with-worker-runner`; exit 78 when the pipes cannot be opened.
 */
export async function connectRunner(
  opts: RunnerOptions,
  log: WorkerLog,
): Promise<RunnerProtocol | undefined> {
  if (!opts.withWorkerRunner && !opts.workerRunnerProtocolPipe) return undefined;
  let protocol: RunnerProtocol;
  if (opts.workerRunnerProtocolPipe) {
    const pipe = opts.workerRunnerProtocolPipe;
    try {
      const output = await Deno.open(`${pipe}-input`, { write: true });
      const input = await Deno.open(`${pipe}-output`, { read: true });
      protocol = new RunnerProtocol(input.readable, fileWriter(output), (l) => log.log(l));
    } catch (e) {
      throw new WorkerExit(
        CANT_CONNECT_PROTOCOL_PIPE,
        `Cannot connect to worker-runner protocol pipe ${pipe}: ${(e as Error).message}`,
      );
    }
  } else {
    protocol = new RunnerProtocol(
      Deno.stdin.readable,
      Deno.stdout.writable.getWriter(),
      (l) => log.log(l),
    );
  }
  protocol.readLoop().catch(() => {});
  if (await protocol.waitForWelcome(WELCOME_TIMEOUT_MS)) {
    if (protocol.capable("log")) {
      log.setSink((line) => {
        protocol.send({ type: "log", body: { textPayload: line } });
      });
    }
  } else {
    log.log("worker-runner did not send a welcome message within 30s; continuing without it");
  }
  return protocol;
}

/**
 * A writer straight to `file` (`FsFile.writable` of a FIFO loses what is
 * written to it in Deno 2.9, so each chunk is written with `write`).
 */
function fileWriter(file: Deno.FsFile): WritableStreamDefaultWriter<Uint8Array> {
  return new WritableStream<Uint8Array>({
    async write(chunk) {
      for (let off = 0; off < chunk.length;) off += await file.write(chunk.subarray(off));
    },
    close() {
      file.close();
    },
  }).getWriter();
}

/** The `extra` of an error report: Go's `debugInfo` (empty before the config is loaded). */
export function debugInfo(config: Config | undefined): Record<string, string> {
  if (!config) return {};
  return {
    GOARCH: goArch(),
    GOOS: currentPlatform(),
    cleanUpTaskDirs: String(config.cleanUpTaskDirs),
    engine: config.engine,
    gwRevision: REVISION,
    gwVersion: VERSION,
    instanceType: config.instanceType,
    provisionerId: config.provisionerId,
    rootURL: config.rootURL,
    workerGroup: config.workerGroup,
    workerId: config.workerId,
    workerType: config.workerType,
  };
}

/** Sends an `error-report` (Go's `errorreport.Send`) when both sides can. */
export function sendErrorReport(
  protocol: RunnerProtocol | undefined,
  description: string,
  config: Config | undefined,
): boolean {
  if (!protocol) return false;
  return protocol.send({
    type: "error-report",
    description,
    kind: "worker-error",
    title: "generic-worker error",
    extra: debugInfo(config),
  });
}

/** How the host is taken down (the platform layer; tests pass their own). */
export interface HostControl {
  shutdown(cause: string): Promise<void>;
  reboot(): Promise<void>;
}

/** The real host, through src/platform/host.ts. */
export function realHost(config: Config, log: WorkerLog): HostControl {
  const opts = { engine: config.engine };
  const line = (m: string) => log.log(m);
  return {
    shutdown: (cause) => immediateShutdown(cause, opts, line),
    reboot: () => immediateReboot(opts, line),
  };
}

/** Acts on the worker's exit code as Go's `main` does after `RunWorker`. */
export async function actOnExit(
  code: number,
  config: Config,
  log: WorkerLog,
  protocol: RunnerProtocol | undefined,
  host: HostControl = realHost(config, log),
): Promise<void> {
  const metrics = {
    workerPoolId: workerPoolId(config),
    workerId: config.workerId,
    region: config.region,
    instanceType: config.instanceType,
  };
  const shutdownWorker = async (reason: string) => {
    if (protocol?.send({ type: "shutdown" })) return;
    try {
      await host.shutdown(reason);
    } catch (e) {
      log.log(`Could not shut down the host: ${(e as Error).message}`);
    }
  };
  switch (code) {
    case REBOOT_REQUIRED:
      log.metrics(metrics, "instanceReboot");
      if (!config.disableReboots) {
        try {
          await host.reboot();
        } catch (e) {
          log.log(`Could not reboot the host: ${(e as Error).message}`);
        }
      }
      break;
    case IDLE_TIMEOUT:
      log.metrics(metrics, "instanceShutdown");
      if (config.shutdownMachineOnIdle) await shutdownWorker("generic-worker idle timeout");
      break;
    case INTERNAL_ERROR:
      log.metrics(metrics, "instanceShutdown");
      if (config.shutdownMachineOnInternalError) {
        await shutdownWorker("generic-worker internal error");
      }
      break;
    case WORKER_MANAGER_SHUTDOWN:
      log.metrics(metrics, "instanceShutdown");
      await shutdownWorker("worker manager requested termination");
      break;
  }
}
