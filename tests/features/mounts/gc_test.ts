/**
 * Garbage collection (spec 11.7) and free-space measurement. Most tests
 * account disk space from the real cache files (free = a base minus what
 * the caches hold on disk, measured by walking them), so evictions must
 * really delete files to count; one root-only test uses a real tmpfs.
 */
import { join } from "node:path";
import type { CacheEntry, MountsState } from "../../../src/features/mounts/cache_state.ts";
import { collectGarbage, DiskSpaceError } from "../../../src/features/mounts/gc.ts";
import { freeDiskSpaceBytes } from "../../../src/platform/disk.ts";
import { assert, assertEquals, assertRejects } from "../../helpers/assert.ts";
import { type Dirs, loadState, makeDirs } from "./helpers.ts";

const MiB = 1024 * 1024;

async function duBytes(path: string): Promise<number> {
  let total = 0;
  let st: Deno.FileInfo;
  try {
    st = await Deno.lstat(path);
  } catch {
    return 0;
  }
  if (st.isFile) return st.size;
  if (st.isDirectory) {
    for await (const e of Deno.readDir(path)) total += await duBytes(join(path, e.name));
  }
  return total;
}

/** Free space as if the disk held `capacity` bytes and only the caches used it. */
function accounted(dirs: Dirs, capacity: number, measured: string[] = []) {
  return async (dir: string) => {
    measured.push(dir);
    return capacity - (await duBytes(dirs.cachesDir)) - (await duBytes(dirs.downloadsDir));
  };
}

async function fileEntry(s: MountsState, key: string, size: number, lastUsed: number) {
  const location = join(s.downloadsDir, key);
  await Deno.writeFile(location, new Uint8Array(size));
  const e: CacheEntry = {
    created: lastUsed,
    location,
    hits: 1,
    key,
    sha256: "",
    inUse: false,
    lastUsed,
    needsPurge: false,
    users: 0,
    table: "file",
  };
  s.fileCaches.set(key, e);
  return e;
}

async function dirEntry(
  s: MountsState,
  name: string,
  size: number,
  lastUsed: number | null,
  inUse = false,
) {
  const e = s.newPoolEntry(name);
  await Deno.mkdir(e.location);
  await Deno.writeFile(join(e.location, "blob"), new Uint8Array(size));
  e.inUse = inUse;
  e.lastUsed = lastUsed;
  return e;
}

const exists = async (p: string) => {
  try {
    await Deno.lstat(p);
    return true;
  } catch {
    return false;
  }
};

Deno.test("gc: file caches go first (least recently used first), then idle writable caches, oldest first", async () => {
  const dirs = await makeDirs();
  try {
    const s = await loadState(dirs);
    const f1 = await fileEntry(s, "f1", 1 * MiB, 100);
    const f2 = await fileEntry(s, "f2", 1 * MiB, 200);
    const busyFile = await fileEntry(s, "busy", 1 * MiB, 50);
    busyFile.users = 1;
    const oldDir = await dirEntry(s, "a", 3 * MiB, 10);
    const newDir = await dirEntry(s, "b", 3 * MiB, 300);
    const inUse = await dirEntry(s, "c", 3 * MiB, 5, true);
    // 12 MiB used of 20: 8 free; require 13 -> both idle files (2) + the oldest idle dir (3)
    const lines: string[] = [];
    const measured: string[] = [];
    await collectGarbage({
      state: s,
      tasksDir: dirs.tasksDir,
      requiredDiskSpaceMegabytes: 13,
      capacity: 1,
      freeSpace: accounted(dirs, 20 * MiB, measured),
      log: (l) => lines.push(l),
    });
    assertEquals(
      await Promise.all([f1, f2, busyFile, oldDir, newDir, inUse].map((e) => exists(e.location))),
      [false, false, true, false, true, true],
    );
    assertEquals([...s.fileCaches.keys()], ["busy"]);
    assertEquals([...s.directoryCaches.keys()].sort(), ["b", "c"]);
    assertEquals(
      lines[0],
      `Only ${8 * MiB} bytes available in ${dirs.tasksDir} but ${
        13 * MiB
      } required. Garbage collecting`,
    );
    assert(measured.every((d) => d === dirs.tasksDir));
    // the evictions were saved
    const saved = JSON.parse(await Deno.readTextFile(s.directoryCachesPath));
    assertEquals(Object.keys(saved).sort(), ["b", "c"]);
  } finally {
    await dirs.cleanup();
  }
});

Deno.test("gc: not enough even after evicting everything idle -> DiskSpaceError with the Go text", async () => {
  const dirs = await makeDirs();
  try {
    const s = await loadState(dirs);
    await fileEntry(s, "f", 1 * MiB, 1);
    const busy = await dirEntry(s, "c", 2 * MiB, 1, true);
    const e = await assertRejects(() =>
      collectGarbage({
        state: s,
        tasksDir: dirs.tasksDir,
        requiredDiskSpaceMegabytes: 100,
        capacity: 1,
        freeSpace: accounted(dirs, 10 * MiB),
      })
    );
    assert(e instanceof DiskSpaceError);
    assertEquals(
      e.message,
      `not able to free up enough disk space - require ${100 * MiB} bytes, but only have ${
        8 * MiB
      } bytes - and nothing left to delete`,
    );
    assertEquals([s.fileCaches.size, await exists(busy.location)], [0, true]);
  } finally {
    await dirs.cleanup();
  }
});

Deno.test("gc: with enough space nothing is evicted, but pools are trimmed to capacity (least recently used go)", async () => {
  const dirs = await makeDirs();
  try {
    const s = await loadState(dirs);
    const f = await fileEntry(s, "f", 1000, 1);
    const a = await dirEntry(s, "c", 1000, 10);
    const b = await dirEntry(s, "c", 1000, 30);
    const c = await dirEntry(s, "c", 1000, 20);
    const d = await dirEntry(s, "c", 1000, 5, true);
    let pruned = 0;
    await collectGarbage({
      state: s,
      tasksDir: dirs.tasksDir,
      requiredDiskSpaceMegabytes: 1,
      capacity: 2,
      freeSpace: accounted(dirs, 100 * MiB),
      pruneDocker: () => {
        pruned++;
        return Promise.resolve();
      },
    });
    assertEquals(await exists(f.location), true);
    assertEquals(s.directoryCaches.get("c"), [b, c, d]);
    assertEquals(await exists(a.location), false);
    assertEquals(pruned, 0);
  } finally {
    await dirs.cleanup();
  }
});

Deno.test("gc: docker is pruned first when short and idle, never while tasks run; measuring errors are reported", async () => {
  const dirs = await makeDirs();
  try {
    const s = await loadState(dirs);
    let free = 1 * MiB;
    let pruned = 0;
    const opts = {
      state: s,
      tasksDir: dirs.tasksDir,
      requiredDiskSpaceMegabytes: 2,
      capacity: 1,
      freeSpace: () => Promise.resolve(free),
      pruneDocker: () => {
        pruned++;
        free = 5 * MiB;
        return Promise.resolve();
      },
    };
    await assertRejects(
      () => collectGarbage({ ...opts, tasksRunning: true }),
      "not able to free up",
    );
    assertEquals(pruned, 0);
    await collectGarbage(opts);
    assertEquals(pruned, 1);
    await assertRejects(
      () => collectGarbage({ ...opts, freeSpace: () => Promise.reject(new Error("statfs broke")) }),
      `could not calculate free disk space in dir ${dirs.tasksDir} due to error statfs broke`,
    );
  } finally {
    await dirs.cleanup();
  }
});

Deno.test({
  name:
    "gc on a real tmpfs: lowering the threshold past the free space evicts the oldest cache only",
  ignore: Deno.uid() !== 0,
  async fn() {
    const dirs = await makeDirs();
    const mnt = join(dirs.root, "fs");
    await Deno.mkdir(mnt);
    const mount = await new Deno.Command("mount", {
      args: ["-t", "tmpfs", "-o", "size=64m", "tmpfs", mnt],
      stderr: "piped",
    }).output();
    if (mount.code !== 0) {
      await dirs.cleanup();
      console.log(`skipped: cannot mount tmpfs: ${new TextDecoder().decode(mount.stderr)}`);
      return;
    }
    try {
      const tasksDir = join(mnt, "tasks");
      await Deno.mkdir(tasksDir);
      const s = await loadState({
        ...dirs,
        tasksDir,
        cachesDir: join(mnt, "caches"),
        downloadsDir: join(mnt, "downloads"),
      });
      const oldest = await dirEntry(s, "a", 16 * MiB, 1000);
      const newest = await dirEntry(s, "b", 16 * MiB, 2000);
      const free = await freeDiskSpaceBytes(tasksDir);
      // 8 MiB short: evicting one 16 MiB cache is enough
      await collectGarbage({
        state: s,
        tasksDir,
        requiredDiskSpaceMegabytes: Math.floor(free / MiB) + 8,
        capacity: 4,
      });
      assertEquals([await exists(oldest.location), await exists(newest.location)], [false, true]);
      assert((await freeDiskSpaceBytes(tasksDir)) >= free + 15 * MiB);
    } finally {
      await new Deno.Command("umount", { args: [mnt] }).output();
      await dirs.cleanup();
    }
  },
});
