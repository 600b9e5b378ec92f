/**
 * The archive write thread: files are created as the safe writer wants
 * (O_EXCL, a file or symlink in the way replaced, a directory in the way
 * refused), and a write that stalls — here into a FIFO that the test drains
 * slowly, a real blocking write — holds up only the thread: while it waits,
 * the main thread still reclaims a claimed task against localtc, again and
 * again.
 */
import { join } from "node:path";
import { ArchiveError, extractArchive } from "../../src/archive/mod.ts";
import { DirectoryInTheWay, WriteThread } from "../../src/archive/write_thread.ts";
import { Queue } from "../../src/taskcluster/queue.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { assert, assertEquals, assertRejects, assertStringIncludes } from "../helpers/assert.ts";
import { posixOnly } from "../helpers/platform.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

Deno.test(
  "write thread: O_EXCL create, file and symlink in the way replaced, directory refused",
  posixOnly("checks posix modes and symlinks"),
  async () => {
    const dir = await Deno.makeTempDir({ prefix: "gw-write-thread-" });
    const t = new WriteThread();
    try {
      const enc = new TextEncoder();
      await Deno.writeTextFile(join(dir, "old"), "old content that is longer");
      await Deno.symlink("/etc/passwd", join(dir, "link"));
      await Deno.mkdir(join(dir, "sub"));
      const writes = Array.from(
        { length: 300 },
        (_, i) => t.write(join(dir, `f${i}`), 0o640, enc.encode(`file ${i}\n`.repeat(i))),
      );
      await Promise.all([
        ...writes,
        t.write(join(dir, "old"), 0o600, enc.encode("new")),
        t.write(join(dir, "link"), 0o644, enc.encode("not through the link")),
      ]);
      const inTheWay = await assertRejects(() => t.write(join(dir, "sub"), 0o644, enc.encode("x")));
      assert(inTheWay instanceof DirectoryInTheWay, `${inTheWay}`);
      const missing = await assertRejects(() =>
        t.write(join(dir, "missing", "x"), 0o644, enc.encode("x"))
      );
      assert(missing instanceof Deno.errors.NotFound, `${missing}`);
      for (const i of [0, 1, 150, 299]) {
        assertEquals(await Deno.readTextFile(join(dir, `f${i}`)), `file ${i}\n`.repeat(i));
      }
      assertEquals((await Deno.stat(join(dir, "f7"))).mode! & 0o777, 0o640 & ~Deno.umask());
      assertEquals(await Deno.readTextFile(join(dir, "old")), "new");
      assert(!(await Deno.lstat(join(dir, "link"))).isSymlink, "the symlink was written through");
      assertEquals(await Deno.readTextFile(join(dir, "link")), "not through the link");
      assertEquals(await Deno.readTextFile("/etc/passwd").then((s) => s.includes("root")), true);
    } finally {
      t.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
);

Deno.test({
  name: "write thread: a stalled write (FIFO drained slowly) does not stop reclaims",
  ignore: Deno.build.os === "windows",
  fn: async () => {
    const env = await WorkerEnv.start();
    const t = new WriteThread();
    try {
      // a claimed task whose claim the main thread keeps reclaiming
      const taskId = await env.createTask({ command: [["/bin/true"]], maxRunTime: 60 });
      const claim = await env.queue.claimWork(env.pool, {
        tasks: 1,
        workerGroup: "test",
        workerId: "stall",
      });
      const c = claim.tasks.find((x) => x.status.taskId === taskId)!;
      const taskQueue = new Queue({ rootUrl: env.tc.rootUrl, credentials: c.credentials });

      const fifo = join(env.dir, "stall.fifo");
      const mk = await new Deno.Command("mkfifo", { args: [fifo] }).output();
      assert(mk.success, "mkfifo failed");
      const size = 1 << 20;
      let written = false;
      // exclusive = false: write into the FIFO itself (the writer's own rule would replace it)
      const write = t.write(fifo, 0o644, new Uint8Array(size).fill(7), false).then(() => {
        written = true;
      });

      let reclaims = 0;
      let reclaimsWhileStalled = 0;
      let stop = false;
      const reclaimer = (async () => {
        while (!stop) {
          await taskQueue.reclaimTask(taskId, c.runId);
          reclaims++;
          if (!written) reclaimsWhileStalled++;
          await sleep(50);
        }
      })();

      // the reader opens late and drains 32 KiB every 40 ms (about 1.3 s for 1 MiB)
      await sleep(300);
      assertEquals(written, false);
      const f = await Deno.open(fifo, { read: true });
      let got = 0;
      const buf = new Uint8Array(32 << 10);
      for (;;) {
        const n = await f.read(buf);
        if (n === null) break;
        got += n;
        await sleep(40);
      }
      f.close();
      await write;
      stop = true;
      await reclaimer;
      assertEquals(got, size);
      assert(
        reclaimsWhileStalled >= 5,
        `only ${reclaimsWhileStalled} reclaims while the write was stalled (${reclaims} in all)`,
      );
    } finally {
      t.close();
      await env.close();
    }
  },
});

Deno.test(
  "write thread: an archive of 2500 small files extracts like GNU tar; a directory in the way is refused",
  posixOnly("compares with GNU tar"),
  async () => {
    const work = await Deno.makeTempDir({ prefix: "gw-write-thread-tar-" });
    try {
      const tree = join(work, "tree");
      for (let d = 0; d < 5; d++) {
        await Deno.mkdir(join(tree, `d${d}`), { recursive: true });
        for (let i = 0; i < 500; i++) {
          await Deno.writeTextFile(
            join(tree, `d${d}`, `f${i}.txt`),
            `${d}/${i} `.repeat(i % 97 + 1),
          );
          await Deno.chmod(join(tree, `d${d}`, `f${i}.txt`), i % 2 ? 0o600 : 0o755);
        }
      }
      const tar = join(work, "a.tar");
      const mk = await new Deno.Command("tar", { args: ["-cf", tar, "-C", tree, "."] }).output();
      assert(mk.success, "tar failed");
      const out = join(work, "out");
      // an existing file in the way is replaced; a directory where a late file goes is refused
      await Deno.mkdir(join(out, "d0"), { recursive: true });
      await Deno.writeTextFile(join(out, "d0", "f3.txt"), "stale");
      const stats = await extractArchive(tar, out, "tar");
      assertEquals(stats.files, 2500);
      for (const [d, i] of [[0, 3], [2, 50], [4, 499]]) {
        const p = join(out, `d${d}`, `f${i}.txt`);
        assertEquals(await Deno.readTextFile(p), `${d}/${i} `.repeat(i % 97 + 1));
        assertEquals((await Deno.stat(p)).mode! & 0o777, (i % 2 ? 0o600 : 0o755) & ~Deno.umask());
      }
      const out2 = join(work, "out2");
      await Deno.mkdir(join(out2, "d4", "f490.txt"), { recursive: true });
      const err = await assertRejects(() => extractArchive(tar, out2, "tar"));
      assert(err instanceof ArchiveError, `${err}`);
      assertStringIncludes(err.message, "d4/f490.txt");
    } finally {
      await Deno.remove(work, { recursive: true });
    }
  },
);
