/**
 * End to end: artifacts (spec 10) through the real worker and localtc:
 * files, nested directories, missing and optional artifacts, content types
 * and encodings, s3 and object storage, and a 1 GiB artifact with the
 * worker's memory staying flat.
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

/** extension -> [content type, content encoding the s3 PUT used] */
const TABLE: [string, string, string][] = [
  ["a.txt", "text/plain; charset=utf-8", "gzip"],
  ["a.log", "text/plain", "gzip"],
  ["a.json", "application/json", "gzip"],
  ["a.jsonl", "application/jsonl", "gzip"],
  ["a.html", "text/html; charset=utf-8", "gzip"],
  ["a.png", "image/png", "identity"],
  ["a.jpg", "image/jpeg", "identity"],
  ["a.tar.gz", "application/gzip", "identity"],
  ["a.zst", "application/zstd", "identity"],
  ["a.LOG", "text/plain", "gzip"],
  ["a.unknownext", "application/octet-stream", "gzip"],
];

async function rssOf(pid: number): Promise<number> {
  try {
    const s = await Deno.readTextFile(`/proc/${pid}/status`);
    return Number(s.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

for (const storage of ["s3", "object"] as const) {
  Deno.test({
    name: `artifacts (${storage}): files, nested dirs, missing, optional, content types`,
    sanitizeOps: false,
    sanitizeResources: false,
    fn: async () => {
      const env = await WorkerEnv.start();
      try {
        const files = TABLE.map(([f]) => f).join(" ");
        const ok = await env.createTask({
          command: sh(
            `for f in ${files}; do echo "content of $f" > $f; done; mkdir -p out/sub/deeper; echo top > out/top.txt; echo deep > out/sub/deeper/d.txt`,
          ),
          maxRunTime: 60,
          artifacts: [
            ...TABLE.map(([f]) => ({ type: "file", path: f, name: `public/t/${f}` })),
            { type: "directory", path: "out", name: "public/out" },
            { type: "file", path: "absent-optional.txt", name: "public/opt.txt", optional: true },
            {
              type: "file",
              path: "a.txt",
              name: "public/explicit.bin",
              contentType: "application/x-custom",
              contentEncoding: "identity",
            },
          ],
        });
        const missing = await env.createTask({
          command: sh("echo no artifact made"),
          maxRunTime: 60,
          artifacts: [{ type: "file", path: "nope.txt", name: "public/nope.txt" }],
        });
        const cfg = await env.writeConfig({
          numberOfTasksToRun: 2,
          createObjectArtifacts: storage === "object",
        });
        const worker = env.startWorker(cfg);
        assertEquals(await worker.exited, 0, worker.output());

        assertEquals(await env.waitResolved(ok), ["completed", "completed"]);
        const arts = await env.artifacts(ok);
        for (const [f, type] of TABLE) {
          const a = arts.get(`public/t/${f}`);
          assert(a, `artifact public/t/${f} missing`);
          assertEquals(a.storageType, storage);
          assertEquals(a.contentType, type, f);
          assertEquals(await env.artifactText(ok, `public/t/${f}`), `content of ${f}\n`);
        }
        assertEquals(await env.artifactText(ok, "public/out/top.txt"), "top\n");
        assertEquals(await env.artifactText(ok, "public/out/sub/deeper/d.txt"), "deep\n");
        assertEquals(arts.get("public/explicit.bin")?.contentType, "application/x-custom");
        // optional missing: an error artifact, but the task still completes
        assertEquals(arts.get("public/opt.txt")?.storageType, "error");

        assertEquals(await env.waitResolved(missing), ["failed", "failed"]);
        const m = await env.artifacts(missing);
        assertEquals(m.get("public/nope.txt")?.storageType, "error");
        const log = await env.artifactText(missing, "public/logs/live_backing.log");
        assertStringIncludes(
          log,
          `[taskcluster:error] TASK FAILURE during artifact upload: file-missing-on-worker: Could not read file '`,
        );
        assertStringIncludes(log, "nope.txt'");
      } finally {
        await env.close();
      }
    },
  });
}

Deno.test({
  name: "s3 uploads send the content encoding the rules choose (gzip vs identity)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    // The s3 blob stored by localtc keeps the Content-Encoding of the PUT.
    const env = await WorkerEnv.start();
    try {
      const taskId = await env.createTask({
        command: sh("echo text > a.txt; echo zip > a.zip"),
        maxRunTime: 60,
        artifacts: [
          { type: "file", path: "a.txt", name: "public/a.txt" },
          { type: "file", path: "a.zip", name: "public/a.zip" },
        ],
      });
      const worker = env.startWorker(await env.writeConfig({ numberOfTasksToRun: 1 }));
      assertEquals(await worker.exited, 0, worker.output());
      for (const [name, enc] of [["public/a.txt", "gzip"], ["public/a.zip", "identity"]]) {
        const c = await env.queue.latestArtifact(taskId, name);
        assert("url" in c && c.url);
        const r = await fetch(c.url as string, { headers: { "accept-encoding": "identity" } });
        assertEquals(r.headers.get("content-encoding") ?? "identity", enc, name);
        await r.body?.cancel();
      }
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name: "a 1 GiB artifact uploads with the worker's RSS under 200 MB",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const taskId = await env.createTask({
        command: sh("head -c 1073741824 /dev/zero > big.bin"),
        maxRunTime: 300,
        artifacts: [{ type: "file", path: "big.bin", name: "public/big.bin" }],
      });
      const worker = env.startWorker(await env.writeConfig({ numberOfTasksToRun: 1 }));
      let peak = 0;
      const sampler = setInterval(async () => {
        peak = Math.max(peak, await rssOf(worker.child.pid));
      }, 100);
      const code = await worker.exited;
      clearInterval(sampler);
      assertEquals(code, 0, worker.output());
      assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
      const info = await env.queue.latestArtifactInfo(taskId, "public/big.bin");
      assertEquals(info.storageType, "s3");
      console.log(
        `peak worker RSS during a 1 GiB artifact upload: ${(peak / 1048576).toFixed(1)} MiB`,
      );
      assert(peak > 0, "RSS was sampled");
      assert(peak < 200 * 1048576, `worker RSS peaked at ${peak} bytes`);
    } finally {
      await env.close();
    }
  },
});
