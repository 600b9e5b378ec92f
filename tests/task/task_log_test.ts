/**
 * The task log file: Go's line prefixes (info/warn with a millisecond UTC
 * timestamp, error without), multi-line messages, secrets masked in lines
 * and in command output split across chunks, change notifications, and
 * messages after close going to the worker log.
 */
import { join } from "node:path";
import { TaskLog } from "../../src/task/task_log.ts";
import { assertEquals } from "../helpers/assert.ts";

const enc = new TextEncoder();

async function withLog(
  fn: (log: TaskLog, path: string, late: string[]) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir();
  const late: string[] = [];
  const path = join(dir, "live_backing.log");
  const log = await TaskLog.create(
    path,
    () => Date.UTC(2017, 0, 25, 23, 31, 13, 787),
    (m) => late.push(m),
  );
  try {
    await fn(log, path, late);
  } finally {
    await log.close();
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("task log: prefixes and multi-line messages", async () => {
  await withLog(async (log, path) => {
    await log.info("Hey, hey, we're The Monkees.");
    await log.warn("careful\nvery careful");
    await log.error("bad\n");
    await log.writeRaw(enc.encode("raw output without newline"));
    await log.close();
    assertEquals(
      await Deno.readTextFile(path),
      "[taskcluster 2017-01-25T23:31:13.787Z] Hey, hey, we're The Monkees.\n" +
        "[taskcluster:warn 2017-01-25T23:31:13.787Z] careful\n" +
        "[taskcluster:warn 2017-01-25T23:31:13.787Z] very careful\n" +
        "[taskcluster:error] bad\n" +
        "[taskcluster:error] \n" +
        "raw output without newline",
    );
  });
});

Deno.test("task log: secrets are masked in lines and in output split across chunks", async () => {
  await withLog(async (log, path) => {
    log.addSecret("s3cr3t-token-value");
    log.addSecret("");
    log.addSecret(undefined);
    await log.info("token is s3cr3t-token-value");
    const out = log.output();
    for (const piece of ["prefix s3cr", "3t-tok", "en-value suffix\n", "and s3cr3t-"]) {
      await out.write(enc.encode(piece));
    }
    await out.end();
    await log.close();
    const text = await Deno.readTextFile(path);
    assertEquals(text.includes("s3cr3t-token-value"), false);
    assertEquals(
      text,
      "[taskcluster 2017-01-25T23:31:13.787Z] token is *************\n" +
        "prefix ************* suffix\nand s3cr3t-",
    );
  });
});

Deno.test("task log: followers hear every append and the close; late messages go to the worker log", async () => {
  await withLog(async (log, _path, late) => {
    const sizes: number[] = [];
    let closedSeen = false;
    const off = log.onChange(() => {
      sizes.push(log.size);
      if (log.closed) closedSeen = true;
    });
    await log.info("one");
    await log.writeRaw(enc.encode("two\n"));
    await log.close();
    off();
    assertEquals(sizes.length, 3);
    assertEquals(sizes[2], sizes[1]);
    assertEquals(closedSeen, true);
    await log.info("after close");
    assertEquals(late, ["Unloggable task log message (no task log writer): after close"]);
  });
});

/** A small seeded PRNG (mulberry32) so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}

Deno.test("task log: every byte written before close() is in the file, in order (40 random runs)", async () => {
  const dir = await Deno.makeTempDir();
  try {
    for (let run = 0; run < 40; run++) {
      const rnd = prng(1000 + run);
      const path = join(dir, `run${run}.log`);
      const log = await TaskLog.create(path);
      log.addSecret("never-in-the-output-" + run);
      const out = log.output();
      const chunks: Uint8Array[] = [];
      let total = 0;
      const n = 20 + Math.floor(rnd() * 60);
      for (let i = 0; i < n; i++) {
        const size = 1 + Math.floor(rnd() ** 3 * 256 * 1024);
        const c = new Uint8Array(size);
        for (let j = 0; j < size; j += 997) c[j] = Math.floor(rnd() * 256);
        c[0] = (run + i) & 0xff;
        chunks.push(c);
        total += size;
        const p = out.write(c);
        // like the command pump: usually not waiting for the file, sometimes pausing
        const r = rnd();
        if (r < 0.2) await p;
        else if (r < 0.4) await new Promise((res) => setTimeout(res, Math.floor(rnd() * 3)));
        else {
          // a few microtask hops: lands in the window where the drain loop is finishing
          const hops = Math.floor(rnd() * 8);
          for (let h = 0; h < hops; h++) await Promise.resolve();
        }
      }
      await out.end();
      await log.close();
      const all = new Uint8Array(total);
      let o = 0;
      for (const c of chunks) {
        all.set(c, o);
        o += c.length;
      }
      const got = await Deno.readFile(path);
      assertEquals(got.length, total, `run ${run}: byte count`);
      assertEquals(log.size, total, `run ${run}: size`);
      assertEquals(await sha256(got), await sha256(all), `run ${run}: content hash`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "task log: a stalled file write does not stop the event loop (timers such as reclaims run)",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      // a FIFO nobody reads from stands for a disk that stopped answering
      const fifo = join(dir, "live_backing.log");
      const mk = await new Deno.Command("mkfifo", { args: [fifo] }).output();
      assertEquals(mk.code, 0);
      const readerOpen = Deno.open(fifo, { read: true });
      const log = await TaskLog.create(fifo);
      const reader = await readerOpen;
      const out = log.output();
      const data = new Uint8Array(1 << 20).fill(0x61);
      void out.write(data); // more than the pipe holds: the write stalls
      let flushed = false;
      const flush = log.flush().then(() => flushed = true);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 10);
      await new Promise((r) => setTimeout(r, 500));
      clearInterval(timer);
      assertEquals(flushed, false, "the write should still be stalled");
      if (ticks < 5) throw new Error(`only ${ticks} timer ticks while the log write stalled`);
      // the disk comes back: everything lands, in order
      const got: number[] = [];
      const drained = (async () => {
        const buf = new Uint8Array(65536);
        for (;;) {
          const n = await reader.read(buf);
          if (n === null) break;
          for (let i = 0; i < n; i++) got.push(buf[i]);
        }
      })();
      await flush;
      await out.end();
      await log.close();
      await drained;
      reader.close();
      assertEquals(got.length, data.length);
      assertEquals(got.every((b) => b === 0x61), true);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
