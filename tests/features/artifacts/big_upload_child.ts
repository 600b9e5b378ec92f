/**
 * Child process of artifacts_test.ts: runs one task writing a 1 GiB file
 * and uploading it as an s3 artifact (gzip) through `runTask` against an
 * in-process localtc, samples its own RSS every 100 ms while the task runs
 * (command, then upload), then downloads the artifact back (streaming) to
 * count its bytes, and prints a JSON summary.
 */
import { EngineEnv, sh } from "../../task/helpers.ts";

const env = await EngineEnv.start();
try {
  const startRss = Deno.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, Deno.memoryUsage().rss);
  }, 100);
  let result;
  try {
    const { taskId, outcome } = await env.run({
      // 1 GiB of varied text (it compresses, but is not one repeated byte)
      command: sh("seq 1 200000000 | head -c 1073741824 > big.dat"),
      maxRunTime: 600,
      artifacts: [{ type: "file", path: "big.dat", name: "public/big.dat" }],
    });
    // the figure is the upload's (runTask); the check download below is not counted
    clearInterval(sampler);
    const info = (await env.artifacts(taskId)).get("public/big.dat");
    const d = await env.admin.downloadArtifact(taskId, 0, "public/big.dat");
    let size = 0;
    for await (const c of d.body) size += c.length;
    result = {
      resolution: outcome.resolution,
      message: outcome.message,
      storageType: info?.storageType,
      size,
    };
  } finally {
    clearInterval(sampler);
  }
  console.log(JSON.stringify({ ...result, peakRss, startRss }));
} finally {
  await env.close();
}
