/**
 * gzip on the way for small files (in memory, no temp file) and big ones
 * (streamed through a temp file): both bodies are valid gzip (the web
 * decoder checks CRC and length) of the file with the same header, and
 * only the big one touches the temp dir.
 */
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { gzipBytes, gzipHeader, putFile } from "../../src/taskcluster/upload.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { serve } from "./helpers.ts";

async function gunzipWeb(gz: Uint8Array): Promise<Uint8Array> {
  const out = new Response(
    new Blob([new Uint8Array(gz)]).stream().pipeThrough(new DecompressionStream("gzip")),
  );
  return new Uint8Array(await out.arrayBuffer());
}

Deno.test("gzipBytes: valid gzip (CRC, length, header) for empty, text and binary data", async () => {
  const bin = new Uint8Array(300_000);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 2654435761) >>> 24;
  for (const data of [new Uint8Array(), new TextEncoder().encode("log line\n".repeat(9999)), bin]) {
    const gz = await gzipBytes(data, "live_backing.log");
    assertEquals([...gz.subarray(0, 10 + 17)], [...gzipHeader("live_backing.log")]);
    assertEquals(await gunzipWeb(gz), data);
    assertEquals(new Uint8Array(gunzipSync(gz)), data);
  }
});

Deno.test("putFile gzip: a small file goes from memory, a big one through a temp file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "tc-gzip-small-" });
  const bodies: Uint8Array[] = [];
  const tmpSeen: number[] = [];
  const tmp = join(dir, "tmp");
  await Deno.mkdir(tmp);
  const server = serve(async (req) => {
    bodies.push(new Uint8Array(await req.arrayBuffer()));
    tmpSeen.push([...Deno.readDirSync(tmp)].length);
    return new Response("", { status: 200 });
  });
  try {
    const small = join(dir, "small.log");
    const big = join(dir, "big.log");
    const line = "[taskcluster 2026-12-04T19:00:00.000Z] a line of the task log 0123456789\n";
    await Deno.writeTextFile(small, line.repeat(1000));
    await Deno.writeTextFile(big, line.repeat(80_000)); // > 4 MiB
    for (const f of [small, big]) {
      await putFile(`${server.url}/k`, f, { "content-encoding": "gzip" }, {
        gzip: true,
        tempDir: tmp,
        initialDelayMs: 1,
      });
    }
    assertEquals(new TextDecoder().decode(await gunzipWeb(bodies[0])), line.repeat(1000));
    assertEquals(new TextDecoder().decode(await gunzipWeb(bodies[1])), line.repeat(80_000));
    // the temp file existed only while the big file was sent
    assertEquals(tmpSeen, [0, 1]);
    assertEquals([...Deno.readDirSync(tmp)], []);
    assert(bodies[1].length < 80_000 * line.length / 10);
  } finally {
    await server.close();
    await Deno.remove(dir, { recursive: true });
  }
});
