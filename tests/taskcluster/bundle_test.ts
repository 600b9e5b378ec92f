/**
 * The clients work from a `deno bundle --platform=deno` output run with an
 * empty DENO_DIR (hawk, node:http, node:zlib, node:crypto all embedded or
 * built in): the bundled program's Hawk header and bewit are checked by
 * the npm hawk server here, its gzip upload is decoded, its download read.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { assert, assertEquals } from "../helpers/assert.ts";
import { type HawkAuth, serve, verifyBewit, verifyHawk } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLIENTS = { "bundle/tester": "bundle-tester-access-token-0000000000000000" };

Deno.test("bundle: the Taskcluster clients run from a bundled file with an empty DENO_DIR", async () => {
  const dir = await Deno.makeTempDir({ prefix: "tc-bundle-" });
  const auths: HawkAuth[] = [];
  let uploaded = new Uint8Array();
  const server = serve(async (req) => {
    const path = new URL(req.url).pathname;
    if (path === "/put") {
      uploaded = new Uint8Array(await req.arrayBuffer());
      return new Response("");
    }
    if (path === "/download") return new Response("downloaded content");
    try {
      auths.push(
        new URL(req.url).searchParams.has("bewit")
          ? await verifyBewit(req, CLIENTS)
          : await verifyHawk(req, CLIENTS),
      );
      return Response.json({ status: { taskId: "fN1SbArXTPSVFNUvaOlinQ", state: "pending" } });
    } catch (e) {
      return Response.json({ code: "AuthenticationFailed", message: String(e) }, { status: 401 });
    }
  });
  try {
    const bundle = join(dir, "entry.js");
    const b = await new Deno.Command(Deno.execPath(), {
      args: [
        "bundle",
        "--quiet",
        "--platform=deno",
        "-o",
        bundle,
        "tests/taskcluster/bundle_entry.ts",
      ],
      cwd: ROOT,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(b.code, 0, new TextDecoder().decode(b.stderr));
    const work = join(dir, "work");
    const denoDir = join(dir, "deno-dir");
    await Deno.mkdir(work);
    await Deno.mkdir(denoDir);
    const file = join(work, "upload.txt");
    await Deno.writeTextFile(file, "bundled upload\n".repeat(100));
    const r = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "--no-config",
        "--no-lock",
        bundle,
        server.url,
        "bundle/tester",
        CLIENTS["bundle/tester"],
        file,
      ],
      cwd: work,
      env: { DENO_DIR: denoDir, DENO_NO_PACKAGE_JSON: "1", NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(r.code, 0, new TextDecoder().decode(r.stderr));
    const out = JSON.parse(new TextDecoder().decode(r.stdout));
    assertEquals(out.status.status.state, "pending");
    assertEquals(auths.length, 1);
    assertEquals(auths[0].clientId, "bundle/tester");
    assertEquals(auths[0].ext?.certificate?.scopes, ["queue:status:*"]);
    assertEquals(new TextDecoder().decode(gunzipSync(uploaded)), "bundled upload\n".repeat(100));
    assertEquals(out.putBytes, uploaded.length);
    assertEquals(out.downloaded, "downloaded content");
    const viaBewit = await fetch(out.signedUrl);
    assertEquals(viaBewit.status, 200, await viaBewit.clone().text());
    await viaBewit.body?.cancel();
    assertEquals(auths.length, 2);
    assert(auths[1].ext?.certificate, "bewit carries the certificate");
  } finally {
    await server.close();
    await Deno.remove(dir, { recursive: true });
  }
});
