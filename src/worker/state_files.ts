/**
 * Small persistent files the worker keeps (spec 14, 16): the status file
 * read by `generic-worker status`, and `tasks-resolved-count.txt`. Writes
 * are atomic (temp file + rename).
 */
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Path of the status file written by the worker and read by `status`. */
export function statusFilePath(): string {
  return join(tmpdir(), "worker-status.json");
}

/**
 * Directory where each running worker leaves `<pid>.json` with the URL of
 * its `/status`, so `generic-worker status` finds every worker on the host
 * (two workers share one `worker-status.json`).
 */
export function workerRegistryDir(): string {
  return join(tmpdir(), "generic-worker-workers");
}

/** One running worker, as registered. */
export interface WorkerRegistration {
  pid: number;
  statusUrl: string;
  workerId: string;
}

/** Registers this worker; returns the function that removes the entry. */
export async function registerWorker(
  reg: WorkerRegistration,
  dir = workerRegistryDir(),
): Promise<() => Promise<void>> {
  await Deno.mkdir(dir, { recursive: true, mode: 0o755 });
  const file = join(dir, `${reg.pid}.json`);
  await writeFileAtomic(file, JSON.stringify(reg) + "\n");
  return () => Deno.remove(file).catch(() => {});
}

/** The registered workers (entries that cannot be read are skipped). */
export async function registeredWorkers(dir = workerRegistryDir()): Promise<WorkerRegistration[]> {
  const out: WorkerRegistration[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      if (!e.isFile || !/^\d+\.json$/.test(e.name)) continue;
      try {
        const r = JSON.parse(await Deno.readTextFile(join(dir, e.name)));
        if (Number.isInteger(r?.pid) && typeof r?.statusUrl === "string") out.push(r);
      } catch {
        // half-written or foreign: skip
      }
    }
  } catch {
    // no directory: no worker registered
  }
  return out;
}

/** Writes `text` to `file` atomically with `mode`. */
export async function writeFileAtomic(file: string, text: string, mode = 0o644): Promise<void> {
  const tmp = join(dirname(file), `.${crypto.randomUUID()}.tmp`);
  try {
    await Deno.writeTextFile(tmp, text, { mode });
    await Deno.chmod(tmp, mode).catch(() => {});
    await Deno.rename(tmp, file);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
}

/** Reads the persisted resolved-task count; missing or invalid content counts as 0. */
export async function readResolvedCount(file: string): Promise<number> {
  try {
    const n = Number.parseInt((await Deno.readTextFile(file)).trim(), 10);
    return Number.isFinite(n) && n >= 0 ? n : 0;
  } catch {
    return 0;
  }
}

/** Persists the resolved-task count. */
export async function writeResolvedCount(file: string, count: number): Promise<void> {
  await writeFileAtomic(file, String(count));
}

/**
 * Keeps the status file in step with the running tasks: rewritten on every
 * change, deleted when no task runs.
 */
export class StatusFile {
  #ids: string[] = [];
  #chain: Promise<void> = Promise.resolve();
  constructor(readonly path: string) {}

  /** The task ids currently running. */
  get taskIds(): readonly string[] {
    return this.#ids;
  }

  /** Records that `taskId` started. */
  add(taskId: string): Promise<void> {
    this.#ids = [...this.#ids, taskId];
    return this.#write();
  }

  /** Records that `taskId` finished. */
  remove(taskId: string): Promise<void> {
    this.#ids = this.#ids.filter((id) => id !== taskId);
    return this.#write();
  }

  #write(): Promise<void> {
    const ids = [...this.#ids];
    this.#chain = this.#chain.then(async () => {
      if (ids.length === 0) {
        await Deno.remove(this.path).catch(() => {});
      } else {
        await writeFileAtomic(
          this.path,
          JSON.stringify({ currentTaskIds: ids }, null, 2) + "\n",
        );
      }
    }).catch(() => {});
    return this.#chain;
  }
}
