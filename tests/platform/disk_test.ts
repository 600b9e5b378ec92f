/** Free-space measurement (src/platform/disk.ts). */
import { join } from "node:path";
import { freeDiskSpaceBytes, parseDfOutput } from "../../src/platform/disk.ts";
import { assert, assertEquals, assertRejects } from "../helpers/assert.ts";

const MiB = 1024 * 1024;

Deno.test("free space: df -Pk output parsing", () => {
  assertEquals(
    parseDfOutput(
      "Filesystem     1024-blocks     Used Available Capacity Mounted on\n/dev/vda 264212084 24380524  82010388      23% /\n",
    ),
    82010388 * 1024,
  );
  assertEquals(
    parseDfOutput(
      "Filesystem 1024-blocks Used Available Capacity Mounted on\nmy disk  100 40 60 40% /mnt/with space\n",
    ),
    60 * 1024,
  );
  let threw = false;
  try {
    parseDfOutput("garbage");
  } catch {
    threw = true;
  }
  assert(threw);
});

Deno.test("free space: freeDiskSpaceBytes agrees with statfs from stat(1)", async () => {
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
    await assertRejects(() => freeDiskSpaceBytes(join(dir, "missing")));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
