/**
 * Upload progress lines for large artifacts: putFile reports the bytes
 * that really went out to a real HTTP server on loopback, and the reporter
 * turns them into at most one `Upload of ...` line per interval, with
 * bytes, percentage and MiB/s, like downloads.
 */
import { join } from "node:path";
import { assert, assertEquals, assertMatch } from "../helpers/assert.ts";
import { putFile } from "../../src/taskcluster/upload.ts";
import { uploadProgress } from "../../src/task/artifact_upload.ts";

Deno.test("putFile reports the bytes sent to a real server; the reporter logs one line per interval", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-upprog-" });
  let received = 0;
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, async (req) => {
    for await (const c of req.body!) received += c.length;
    return new Response(null, { status: 200 });
  });
  try {
    const size = 12 << 20;
    const file = join(dir, "big.bin");
    const f = await Deno.open(file, { write: true, create: true, truncate: true });
    const chunk = new Uint8Array(1 << 20).fill(7);
    for (let i = 0; i < 12; i++) await f.write(chunk);
    f.close();
    const seen: [number, number][] = [];
    const r = await putFile(`http://127.0.0.1:${server.addr.port}/put`, file, {
      "content-type": "application/octet-stream",
    }, { onProgress: (sent, total) => seen.push([sent, total]) });
    assertEquals(r.bytes, size);
    assertEquals(received, size);
    assert(seen.length > 1, "no progress reported");
    assertEquals(seen[seen.length - 1], [size, size]);
    for (let i = 1; i < seen.length; i++) assert(seen[i][0] > seen[i - 1][0]);

    // the reporter, on a clock that advances 1 s per call
    let t = 0;
    const lines: string[] = [];
    const report = uploadProgress(
      { workerLog: { log: (l) => lines.push(l) } },
      "public/big.bin",
      5000,
      () => (t += 1000),
    );
    for (const [sent, total] of seen) report(sent, total);
    assertEquals(lines.length, Math.floor(seen.length / 5));
    if (lines.length > 0) {
      assertMatch(
        lines[0],
        /^Upload of public\/big\.bin: \d+ bytes of 12582912 \(\d+\.\d%\) so far, \d+\.\d MiB\/s$/,
      );
    }
    // quick uploads say nothing
    const quiet: string[] = [];
    const q = uploadProgress({ workerLog: { log: (l) => quiet.push(l) } }, "x", 5000, () => 0);
    q(1, 10);
    q(10, 10);
    assertEquals(quiet, []);
  } finally {
    await server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
});
