/**
 * Docker resources a previous worker left behind (Go
 * `sweepStaleDockerResources`, run at start-up when D2G is enabled): a
 * worker killed mid-task leaves its `taskcontainer_*` container (and the
 * proxy's `gw-task-*` network), and leaked bridge networks exhaust the
 * address pool.
 *
 * Unlike Go, which removes every `taskcontainer_*` container and `gw-task-*`
 * network on the daemon, this worker removes only those it recorded in its
 * ledger (`<stateDir>/d2g-docker-resources.json`, written before the
 * container can exist, cleared after `docker rm`): a daemon shared with
 * other workers or test runs keeps their live containers. Containers go
 * before networks (a container holds its network). Failures are worker-log
 * lines only.
 *
 * ```ts
 * const ledger = new DockerLedger(join(stateDir, DOCKER_LEDGER_FILE));
 * await ledger.add({ containers: ["taskcontainer_abc"] });
 * await sweepStaleDockerResources({ ledger, docker, log });
 * ```
 */
import { dirname, join } from "node:path";
import { type DockerResult, execErrorText } from "./docker_cli.ts";

/** The ledger's file name (in the worker's directory). */
export const DOCKER_LEDGER_FILE = "d2g-docker-resources.json";

/** Names in the ledger. */
export interface DockerResources {
  containers?: readonly string[];
  networks?: readonly string[];
}

interface LedgerData {
  containers: string[];
  networks: string[];
}

/** The containers and networks this worker's tasks may leave behind. */
export class DockerLedger {
  #lock: Promise<void> = Promise.resolve();
  constructor(readonly path: string) {}

  async #locked<T>(fn: () => Promise<T>): Promise<T> {
    const before = this.#lock;
    let release!: () => void;
    this.#lock = new Promise((r) => release = r);
    await before;
    try {
      return await fn();
    } finally {
      release();
    }
  }

  async #read(): Promise<LedgerData> {
    try {
      const v = JSON.parse(await Deno.readTextFile(this.path)) as Partial<LedgerData>;
      const strings = (a: unknown) =>
        Array.isArray(a) ? a.filter((x): x is string => typeof x === "string") : [];
      return { containers: strings(v.containers), networks: strings(v.networks) };
    } catch {
      return { containers: [], networks: [] };
    }
  }

  async #write(d: LedgerData): Promise<void> {
    const tmp = join(dirname(this.path), `.${DOCKER_LEDGER_FILE}-${crypto.randomUUID()}`);
    await Deno.writeTextFile(tmp, JSON.stringify(d, null, 2) + "\n", { mode: 0o600 });
    await Deno.rename(tmp, this.path);
  }

  /** The recorded names. */
  read(): Promise<LedgerData> {
    return this.#locked(() => this.#read());
  }

  /** Records names (before the resources are created). */
  add(r: DockerResources): Promise<void> {
    return this.#locked(async () => {
      const d = await this.#read();
      for (const c of r.containers ?? []) if (!d.containers.includes(c)) d.containers.push(c);
      for (const n of r.networks ?? []) if (!d.networks.includes(n)) d.networks.push(n);
      await this.#write(d);
    });
  }

  /** Forgets names (after the resources were removed). */
  remove(r: DockerResources): Promise<void> {
    return this.#locked(async () => {
      const d = await this.#read();
      const c = new Set(r.containers ?? []);
      const n = new Set(r.networks ?? []);
      await this.#write({
        containers: d.containers.filter((x) => !c.has(x)),
        networks: d.networks.filter((x) => !n.has(x)),
      });
    });
  }
}

/** Inputs of `sweepStaleDockerResources`. */
export interface SweepOptions {
  ledger: DockerLedger;
  /** Runs `docker <args>` as the worker. */
  docker: (args: string[]) => Promise<DockerResult>;
  /** Worker log lines. */
  log: (line: string) => void;
}

const GONE = /No such (container|network)|not found/i;

/** Removes what the ledger names; what is gone (or removed now) leaves the ledger. */
export async function sweepStaleDockerResources(opts: SweepOptions): Promise<void> {
  const { containers, networks } = await opts.ledger.read();
  const removed: LedgerData = { containers: [], networks: [] };
  for (const c of containers) {
    const r = await opts.docker(["rm", "-f", c]);
    if (r.code === 0 && !r.startError) removed.containers.push(c);
    else if (GONE.test(r.stderr)) removed.containers.push(c);
    else {
      opts.log(
        `startup: could not remove stale container ${c}: ${
          execErrorText(r)
        } (output: ${r.stdout}${r.stderr})`,
      );
    }
  }
  for (const n of networks) {
    const r = await opts.docker(["network", "rm", n]);
    if ((r.code === 0 && !r.startError) || GONE.test(r.stderr)) removed.networks.push(n);
    else {
      opts.log(
        `startup: could not remove stale docker network ${n}: ${
          execErrorText(r)
        } (output: ${r.stdout}${r.stderr})`,
      );
    }
  }
  if (removed.containers.length + removed.networks.length > 0) await opts.ledger.remove(removed);
}
