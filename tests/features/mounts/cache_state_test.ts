import { join } from "node:path";
import { type CacheEntry, CacheStateError } from "../../../src/features/mounts/cache_state.ts";
import { assert, assertEquals, assertRejects } from "../../helpers/assert.ts";
import { loadState, makeDirs } from "./helpers.ts";
import { posixOnly } from "../../helpers/platform.ts";

Deno.test(
  "cache state: first load creates cachesDir and downloadsDir (0700) and logs as Go",
  posixOnly("checks posix modes"),
  async () => {
    const dirs = await makeDirs();
    try {
      const lines: string[] = [];
      const s = await loadState(dirs, lines);
      assertEquals([s.fileCaches.size, s.directoryCaches.size], [0, 0]);
      for (const d of [dirs.cachesDir, dirs.downloadsDir]) {
        const st = await Deno.stat(d);
        assertEquals([st.isDirectory, st.mode! & 0o777], [true, 0o700]);
      }
      assertEquals(lines, [
        `[mounts] Creating worker cache directory ${dirs.cachesDir} with permissions 0700`,
        `[mounts] Creating worker cache directory ${dirs.downloadsDir} with permissions 0700`,
        `No ${join(dirs.stateDir, "file-caches.json")} file found, creating empty FileCacheMap`,
        `No ${join(dirs.stateDir, "directory-caches.json")} file found, creating empty CacheMap`,
      ]);
    } finally {
      await dirs.cleanup();
    }
  },
);

Deno.test(
  "cache state: save writes Go's JSON (sorted keys, field order, zero times, 0600) and loads back",
  posixOnly("checks posix modes"),
  async () => {
    const dirs = await makeDirs();
    try {
      let t = Date.parse("2024-05-06T07:08:09.123Z");
      const s = await loadState(dirs, [], () => t);
      const a = s.newPoolEntry("zeta");
      await Deno.mkdir(a.location);
      t += 1000;
      const b = s.newPoolEntry("alpha&<>");
      await Deno.mkdir(b.location);
      await s.release(b);
      const file = join(dirs.downloadsDir, "f1");
      await Deno.writeTextFile(file, "x");
      s.fileCaches.set("urlcontent:http://h/?a=1&b=2", {
        created: t,
        location: file,
        hits: 3,
        key: "urlcontent:http://h/?a=1&b=2",
        sha256: "2d71",
        inUse: false,
        lastUsed: null,
        needsPurge: false,
        users: 0,
        table: "file",
      });
      await s.save();
      const fileText = await Deno.readTextFile(s.fileCachesPath);
      assertEquals(
        fileText,
        `{
  "urlcontent:http://h/?a=1\\u0026b=2": {
    "created": "2024-05-06T07:08:10.123Z",
    "location": "${file}",
    "hits": 3,
    "key": "urlcontent:http://h/?a=1\\u0026b=2",
    "sha256": "2d71",
    "in_use": false,
    "last_used": "0001-01-01T00:00:00Z"
  }
}
`,
      );
      const dirJson = JSON.parse(await Deno.readTextFile(s.directoryCachesPath));
      assertEquals(Object.keys(dirJson), ["alpha&<>", "zeta"]);
      assertEquals(dirJson.zeta, [{
        created: "2024-05-06T07:08:09.123Z",
        location: a.location,
        hits: 1,
        key: "zeta",
        sha256: "",
        in_use: true,
        last_used: "0001-01-01T00:00:00Z",
      }]);
      assertEquals(dirJson["alpha&<>"][0].last_used, "2024-05-06T07:08:10.123Z");
      for (const p of [s.fileCachesPath, s.directoryCachesPath]) {
        assertEquals((await Deno.stat(p)).mode! & 0o777, 0o600);
      }
      // no temp files left behind
      assertEquals([...Deno.readDirSync(dirs.stateDir)].map((e) => e.name).sort(), [
        "directory-caches.json",
        "file-caches.json",
      ]);

      const lines: string[] = [];
      const again = await loadState(dirs, lines);
      assertEquals(lines, [
        `Loaded file ${s.fileCachesPath}`,
        `Loaded file ${s.directoryCachesPath}`,
      ]);
      const z = again.directoryCaches.get("zeta")![0];
      assertEquals([z.inUse, z.hits, z.created, z.lastUsed], [false, 1, a.created, null]);
      assertEquals(again.fileCaches.get("urlcontent:http://h/?a=1&b=2")?.hits, 3);
      assertEquals(again.directoryCaches.get("alpha&<>")![0].lastUsed, b.lastUsed);
    } finally {
      await dirs.cleanup();
    }
  },
);

Deno.test("cache state: legacy one-object-per-name format is migrated; missing locations dropped; in_use reset", async () => {
  const dirs = await makeDirs();
  try {
    await Deno.mkdir(dirs.cachesDir);
    const kept = join(dirs.cachesDir, "kept");
    await Deno.mkdir(kept);
    await Deno.writeTextFile(
      join(dirs.stateDir, "directory-caches.json"),
      JSON.stringify({
        cargo: {
          created: "2020-01-02T03:04:05.123456789+01:00",
          location: kept,
          hits: 4,
          key: "cargo",
          sha256: "",
        },
        gone: {
          created: "2020-01-02T03:04:05Z",
          location: join(dirs.cachesDir, "gone"),
          hits: 1,
          key: "gone",
          sha256: "",
        },
      }),
    );
    await Deno.writeTextFile(
      join(dirs.stateDir, "file-caches.json"),
      JSON.stringify({
        "Raw content: x": {
          created: "2020-01-02T03:04:05Z",
          location: join(dirs.root, "nowhere"),
          hits: 1,
          key: "Raw content: x",
          sha256: "",
          in_use: true,
          last_used: "0001-01-01T00:00:00Z",
        },
      }),
    );
    const lines: string[] = [];
    const s = await loadState(dirs, lines);
    assertEquals([...s.directoryCaches.keys()], ["cargo"]);
    const e = s.directoryCaches.get("cargo")![0];
    assertEquals([e.location, e.hits, e.created, e.inUse], [
      kept,
      4,
      Date.parse("2020-01-02T02:04:05.123Z"),
      false,
    ]);
    assertEquals(s.fileCaches.size, 0);
    assertEquals(lines.filter((l) => l.includes("missing on worker")).length, 2);

    // in_use persisted true by an older worker comes back false
    await Deno.writeTextFile(
      join(dirs.stateDir, "directory-caches.json"),
      JSON.stringify({ cargo: [{ location: kept, key: "cargo", in_use: true }] }),
    );
    const s2 = await loadState(dirs);
    assertEquals(s2.directoryCaches.get("cargo")![0].inUse, false);
    assert(s2.acquire("cargo"));
  } finally {
    await dirs.cleanup();
  }
});

Deno.test("cache state: corrupt or unknown-field state files are refused with CacheStateError", async () => {
  const dirs = await makeDirs();
  try {
    const p = join(dirs.stateDir, "file-caches.json");
    await Deno.writeTextFile(p, "{not json");
    let e = await assertRejects(() => loadState(dirs), "file-caches.json");
    assert(e instanceof CacheStateError);
    await Deno.writeTextFile(p, JSON.stringify({ k: { location: "/", surprise: 1 } }));
    e = await assertRejects(() => loadState(dirs), 'unknown field "surprise"');
    assert(e instanceof CacheStateError);
    await Deno.writeTextFile(p, "[]");
    await assertRejects(() => loadState(dirs), "not a JSON object");
  } finally {
    await dirs.cleanup();
  }
});

Deno.test("cache pools: acquire takes the freshest free entry, skips in-use and purge-pending; trim keeps capacity", async () => {
  const dirs = await makeDirs();
  try {
    let t = 1_000_000;
    const s = await loadState(dirs, [], () => t);
    const entries: CacheEntry[] = [];
    for (let i = 0; i < 4; i++) {
      const e = s.newPoolEntry("c");
      await Deno.mkdir(e.location);
      t += 10;
      await s.release(e);
      entries.push(e);
    }
    entries[3].needsPurge = true;
    const got = s.acquire("c");
    assertEquals(got, entries[2]);
    assertEquals([got!.inUse, got!.hits], [true, 2]);
    assertEquals(s.acquire("c"), entries[1]);
    assertEquals(s.acquire("nope"), undefined);
    // release of a purge-pending entry evicts it
    entries[3].inUse = true;
    await s.release(entries[3]);
    assertEquals(s.directoryCaches.get("c")!.includes(entries[3]), false);
    await assertRejects(() => Deno.stat(entries[3].location));
    // two free entries (0 and back-released 1); capacity 1 keeps only the most recent
    t += 10;
    await s.release(entries[1]);
    await s.trimPoolExcess(1);
    assertEquals(s.directoryCaches.get("c")!.map((e) => e === entries[1] || e === entries[2]), [
      true,
      true,
    ]);
    await assertRejects(() => Deno.stat(entries[0].location));
  } finally {
    await dirs.cleanup();
  }
});
