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
