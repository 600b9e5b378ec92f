/**
 * The store's write-through: a put is in place (readable by a fresh open)
 * when it resolves, and the fsyncs of all files written close together run
 * as one background batch: one fsync per file, however many puts replaced
 * it; `flush()` waits for the batch; blobs are synced the same way.
 */
import { join } from "node:path";
import { Store, SYNC_DELAY_MS } from "../../src/localtc/store.ts";
import { assertEquals } from "../helpers/assert.ts";

const ok = () => undefined;

Deno.test("store: puts are in place at once, synced in one batch per file, flush waits", async () => {
  const dir = await Deno.makeTempDir({ prefix: "localtc-sync-" });
  try {
    // a long delay: the batch runs at flush() only, so the counts below are exact
    const store = await Store.open(dir, { tasks: ok }, { syncDelayMs: 60_000 });
    const tasks = store.collection<{ n: number }>("tasks");
    await Promise.all(Array.from({ length: 10 }, (_, i) => tasks.put(`t${i}`, { n: i })));
    for (let i = 0; i < 5; i++) await tasks.put("t0", { n: 100 + i });
    // in place before any fsync: a second open (as after a crash of the process) reads them
    assertEquals(store.syncCalls, 0);
    const again = await Store.open(dir, { tasks: ok });
    assertEquals(again.collection<{ n: number }>("tasks").get("t0"), { n: 104 });
    assertEquals(again.collection("tasks").size, 10);
    const blob = await store.writeBlob("b", new Response("blob bytes").body, 10);
    assertEquals(blob.size, 10);
    await store.flush();
    // 10 record files and 1 blob: one fsync each, the 5 rewrites of t0 included in its one
    assertEquals(store.syncCalls, 11);
    await store.flush();
    assertEquals(store.syncCalls, 11);
    // with the default delay the batch runs on its own
    const quick = await Store.open(join(dir, "quick"), { tasks: ok });
    await quick.collection<{ n: number }>("tasks").put("t1", { n: -1 });
    const t0 = Date.now();
    while (quick.syncCalls === 0 && Date.now() - t0 < 10_000) {
      await new Promise((r) => setTimeout(r, SYNC_DELAY_MS));
    }
    assertEquals(quick.syncCalls, 1);
    await quick.flush();
    assertEquals(
      [...Deno.readDirSync(join(dir, "state", "tasks"))].filter((e) => e.name.includes(".tmp-")),
      [],
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("store: a failed put rejects its caller and flush, never as an uncaught rejection", async () => {
  const dir = await Deno.makeTempDir({ prefix: "localtc-fail-" });
  try {
    const store = await Store.open(dir, { tasks: ok }, { syncDelayMs: 60_000 });
    const tasks = store.collection<{ n: number }>("tasks");
    // the collection's directory disappears under the store: the write cannot happen
    await Deno.remove(join(dir, "state", "tasks"), { recursive: true });
    let caught: unknown;
    await tasks.put("t", { n: 1 }).catch((e) => (caught = e));
    assertEquals(caught instanceof Deno.errors.NotFound, true, String(caught));
    // memory still holds it, and flush settles (the test would die of an uncaught rejection
    // from the store's own bookkeeping before the fix)
    assertEquals(tasks.get("t"), { n: 1 });
    await store.flush();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
