/** Free-space measurement (src/platform/disk.ts, node:fs statfs on every platform). */
import { join } from "node:path";
import { freeDiskSpaceBytes } from "../../src/platform/disk.ts";
import { assert, assertRejects } from "../helpers/assert.ts";
import { posixOnly } from "../helpers/platform.ts";

const MiB = 1024 * 1024;

Deno.test({
  name: "free space: freeDiskSpaceBytes agrees with statfs from stat(1)",
  ...posixOnly("compares with GNU stat -f"),
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "disk-test-" });
    try {
      const ours = await freeDiskSpaceBytes(dir);
      const out = await new Deno.Command("stat", {
        args: ["-f", "-c", "%a %S", dir],
        stdout: "piped",
      }).output();
      const [bavail, bsize] = new TextDecoder().decode(out.stdout).trim().split(" ").map(Number);
      const theirs = bavail * bsize;
      // other processes write to the same disk meanwhile
      assert(Math.abs(ours - theirs) <= Math.max(256 * MiB, theirs / 100), `${ours} vs ${theirs}`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("free space: a real positive figure; a missing dir rejects with the reason", async () => {
  const dir = await Deno.makeTempDir({ prefix: "disk-test-" });
  try {
    const before = await freeDiskSpaceBytes(dir);
    assert(Number.isSafeInteger(before) && before > 0, `free ${before}`);
    const e = await assertRejects(() => freeDiskSpaceBytes(join(dir, "missing")));
    assert(e.message.includes("could not read free space of"), e.message);
    assert(e.message.length > "could not read free space of ".length + dir.length + 10, e.message);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
