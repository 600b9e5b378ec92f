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
