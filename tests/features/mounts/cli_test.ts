/**
 * Mounts/Caches through the real CLI worker (`generic-worker run` as a
 * subprocess against localtc): a preloaded archive and a writable cache
 * carried from one task to the next, the cache state files in the worker's
 * directory, and exit 69 when garbage collection cannot free enough space
 * while idle.
 */
import { join } from "node:path";
import { assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import { WorkerEnv } from "../../helpers/worker_env.ts";
import { makeTar, serveCounting } from "./helpers.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

Deno.test("cli: an archive mount and a writable cache carried from one task to the next", async () => {
  const env = await WorkerEnv.start();
  const tgz = await makeTar(env.dir, { "tool/version.txt": "v1\n" });
  const http = serveCounting(() => new Response(tgz));
  try {
    const mounts = [
      { directory: "tool", content: { url: `${http.url}/tool.tar.gz` }, format: "tar.gz" },
      { cacheName: "work", directory: "work" },
    ];
    const scopes = ["generic-worker:cache:work"];
    const first = await env.createTask({
      command: sh('cat tool/tool/version.txt && echo "from the first task" > work/note'),
      maxRunTime: 60,
      mounts,
    }, { scopes });
    const second = await env.createTask({
      command: sh("cat tool/tool/version.txt && cat work/note"),
      maxRunTime: 60,
      mounts,
    }, { scopes, dependencies: [first] });
    const worker = env.startWorker(
      await env.writeConfig({ numberOfTasksToRun: 2, enableResourceMonitor: false }),
    );
    assertEquals(await worker.exited, 0, worker.output());
    assertEquals(await env.waitResolved(first), ["completed", "completed"]);
    assertEquals(await env.waitResolved(second), ["completed", "completed"]);
    const log = await env.artifactText(second, "public/logs/live_backing.log");
    assertStringIncludes(log, "v1\nfrom the first task\n");
    assertStringIncludes(log, "[mounts] Moving existing writable directory cache work from ");
    assertStringIncludes(log, "[mounts] No SHA256 specified in task mounts for urlcontent:");
    assertEquals(http.hits.get("/tool.tar.gz"), 1);
    for (const f of ["file-caches.json", "directory-caches.json"]) {
      assertEquals((await Deno.stat(join(env.dir, f))).mode! & 0o777, 0o600);
    }
    const dirs = JSON.parse(await Deno.readTextFile(join(env.dir, "directory-caches.json")));
    assertEquals([dirs.work.length, dirs.work[0].hits, dirs.work[0].in_use], [1, 2, false]);
  } finally {
    await http.close();
    await env.close();
  }
});

Deno.test("cli: not enough disk space while idle -> exit 69 before claiming", async () => {
  const env = await WorkerEnv.start();
  try {
    const task = await env.createTask({ command: sh("true"), maxRunTime: 60 });
    // more than any disk has (1 EiB)
    const worker = env.startWorker(
      await env.writeConfig({ requiredDiskSpaceMegabytes: 1024 ** 4 }),
    );
    assertEquals(await worker.exited, 69, worker.output());
    assertStringIncludes(worker.output(), "not able to free up enough disk space");
    const { status } = await env.queue.status(task);
    assertEquals(status.state, "pending");
  } finally {
    await env.close();
  }
});
