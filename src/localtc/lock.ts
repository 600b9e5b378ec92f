/**
 * One serve-local per data directory: `<dataDir>/lock` holds the pid of
 * the instance using it, created exclusively; a second instance (another
 * process, or a second service in this one) is refused with a message
 * naming the holder. A lock left by a process that no longer runs (Linux:
 * no `/proc/<pid>`) is taken over.
 */
import { join } from "node:path";

/** The data directory is in use by another instance. */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(
      `data directory ${dataDir} is in use by another serve-local (pid ${pid}); stop it or choose another --data-dir (if no such process runs, remove ${
        join(dataDir, "lock")
      })`,
    );
    this.name = "DataDirLockedError";
  }
}

function running(pid: number): boolean {
  if (pid === Deno.pid) return true;
  if (Deno.build.os !== "linux") return true; // cannot tell: be safe
  try {
    Deno.statSync(`/proc/${pid}`);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock of `dataDir`; resolves with the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = join(dataDir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const f = await Deno.open(file, { write: true, createNew: true, mode: 0o644 });
      try {
        await f.write(new TextEncoder().encode(`${Deno.pid}\n`));
      } finally {
        f.close();
      }
      return () => Deno.remove(file).catch(() => {});
    } catch (e) {
      if (!(e instanceof Deno.errors.AlreadyExists)) throw e;
    }
    const pid = Number((await Deno.readTextFile(file).catch(() => "")).trim());
    if (Number.isInteger(pid) && pid > 0 && running(pid)) {
      throw new DataDirLockedError(dataDir, pid);
    }
    await Deno.remove(file).catch(() => {}); // stale: its process is gone
  }
  throw new Error(`could not take the lock of ${dataDir}`);
}
