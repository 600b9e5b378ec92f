/**
 * localtc bundles into one self-contained file (`deno bundle
 * --platform=deno`) that serves with an empty DENO_DIR and no
 * node_modules: npm hawk (server side), ajv and hono included.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { assertEquals } from "../helpers/assert.ts";
import { Clock, taskDef, tc } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

Deno.test("bundled serve-local runs from an empty DENO_DIR and verifies Hawk requests", async () => {
  const dir = await Deno.makeTempDir({ prefix: "localtc-bundle-" });
  try {
    const bundle = join(dir, "localtc.js");
    const b = await new Deno.Command(Deno.execPath(), {
      args: ["bundle", "--quiet", "--platform=deno", "-o", bundle, "tests/localtc/bundle_entry.ts"],
      cwd: ROOT,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(b.code, 0, new TextDecoder().decode(b.stderr));
    await Deno.mkdir(join(dir, "deno-dir"));
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--no-config", "--no-lock", bundle, "0", join(dir, "data")],
      cwd: dir,
      env: { DENO_DIR: join(dir, "deno-dir"), DENO_NO_PACKAGE_JSON: "1", NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const stderr = new Response(child.stderr).text();
    const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    let line = "";
    while (!line.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`bundle exited early: ${await stderr}`);
      line += value;
    }
    try {
      const info = JSON.parse(line);
      const root = new tc.Queue({
        rootUrl: info.rootUrl,
        credentials: { clientId: info.clientId, accessToken: info.accessToken },
        retries: 0,
      });
      const taskId = tc.slugid();
      const created = await root.createTask(taskId, taskDef(new Clock()));
      assertEquals(created.status.state, "pending");
      const bad = new tc.Queue({
        rootUrl: info.rootUrl,
        credentials: { clientId: info.clientId, accessToken: "wrong" },
        retries: 0,
      });
      let status = 0;
      await bad.createTask(tc.slugid(), taskDef(new Clock())).catch((e: { statusCode: number }) => {
        status = e.statusCode;
      });
      assertEquals(status, 401);
    } finally {
      child.kill("SIGTERM");
      assertEquals((await child.status).code, 0);
      await reader.cancel();
      await stderr;
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
