/**
 * `serve-local`: runs localtc (the embedded Taskcluster-compatible service)
 * on one port with its state in a data dir, writes a ready-to-use worker
 * config into the data dir, prints one JSON line
 * `{"rootUrl","clientId","accessToken","workerConfig","wstServerURL","wstAudience"}`
 * on stdout (the root credentials, the config path and the websocktunnel
 * server), and serves until SIGINT or SIGTERM.
 */
import { join, resolve } from "node:path";
import { generateEd25519 } from "../crypto/ed25519.ts";
import { INTERNAL_ERROR, WorkerExit } from "../exit_codes.ts";
import { type LocalTaskcluster, startLocalTaskcluster, StateFileError } from "../localtc/mod.ts";
import { writeFileAtomic } from "../localtc/store.ts";
import { multiuserUnavailableReason, runsAsRoot } from "../platform/host_checks.ts";
import { writeStdout } from "./output.ts";
import { currentPlatform } from "../platform/info.ts";

/** Options of `serve-local`. */
export interface ServeLocalOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Where state is kept. Default `./localtc-data`. */
  dataDir?: string;
  /** Address to listen on. Default 127.0.0.1. */
  host?: string;
}

/** File name of the worker config written into the data dir. */
export const WORKER_CONFIG_FILE = "worker-config.json";

/**
 * Starts the service, writes `<dataDir>/worker-config.json` (worker
 * credentials, rootURL, ids, and tasks/caches/downloads dirs and an ed25519
 * key under `<dataDir>/worker/`), prints the JSON line, and resolves after a
 * signal once the service has shut down cleanly.
 */
export async function serveLocal(opts: ServeLocalOptions): Promise<void> {
  const dataDir = resolve(opts.dataDir ?? "./localtc-data");
  const host = opts.host ?? "127.0.0.1";
  let tc: LocalTaskcluster;
  try {
    tc = await startLocalTaskcluster({ port: opts.port ?? 8080, dataDir, hostname: host });
  } catch (e) {
    if (e instanceof StateFileError) throw new WorkerExit(INTERNAL_ERROR, e.message);
    if (e instanceof Deno.errors.AddrInUse) {
      throw new WorkerExit(
        INTERNAL_ERROR,
        `cannot listen on ${host}:${opts.port}: address already in use`,
      );
    }
    throw new WorkerExit(
      INTERNAL_ERROR,
      `cannot start the local Taskcluster service: ${(e as Error).message}`,
    );
  }
  try {
    const workerDir = join(dataDir, "worker");
    await Deno.mkdir(workerDir, { recursive: true });
    const keyFile = join(workerDir, "ed25519-signing-key");
    try {
      await Deno.stat(keyFile);
    } catch {
      const { seed } = await generateEd25519();
      await writeFileAtomic(keyFile, new TextEncoder().encode(btoa(String.fromCharCode(...seed))));
    }
    const config = {
      ...tc.createWorkerConfig(),
      ...startableEngine(),
      publicIP: "127.0.0.1",
      tasksDir: join(workerDir, "tasks"),
      cachesDir: join(workerDir, "caches"),
      downloadsDir: join(workerDir, "downloads"),
      ed25519SigningKeyLocation: keyFile,
    };
    const configPath = join(dataDir, WORKER_CONFIG_FILE);
    await writeFileAtomic(
      configPath,
      new TextEncoder().encode(JSON.stringify(config, null, 2) + "\n"),
    );
    await writeStdout(
      JSON.stringify({
        rootUrl: tc.rootUrl,
        clientId: tc.rootCredentials.clientId,
        accessToken: tc.rootCredentials.accessToken,
        workerConfig: configPath,
        // the websocktunnel server (a free port): add these two keys to a worker config to use it
        wstServerURL: tc.websocktunnel.url,
        wstAudience: tc.websocktunnel.audience,
      }) + "\n",
    );
    await waitForSignal();
  } finally {
    await tc.close();
  }
}

/**
 * The engine keys of the generated worker config, so that it starts as written: the multiuser
 * engine with `headlessTasks` when serve-local runs as root (the multiuser engine needs root, and
 * desktop sessions need a display manager), else the insecure engine (tasks as this user).
 */
function startableEngine(): Record<string, unknown> {
  if (runsAsRoot() === true && multiuserUnavailableReason() === undefined) {
    return { engine: "multiuser", headlessTasks: true };
  }
  return { engine: "insecure" };
}

/** Resolves on the first SIGINT or SIGTERM (listeners removed again). */
function waitForSignal(): Promise<void> {
  return new Promise((resolveSignal) => {
    const signals: Deno.Signal[] = currentPlatform() === "windows"
      ? ["SIGINT"]
      : ["SIGINT", "SIGTERM"];
    const onSignal = () => {
      for (const s of signals) Deno.removeSignalListener(s, onSignal);
      resolveSignal();
    };
    for (const s of signals) Deno.addSignalListener(s, onSignal);
  });
}
