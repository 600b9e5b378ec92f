/**
 * The nearest proof here that the program is self-contained and will
 * `deno compile`: bundle main.ts into one JS file, then run that file from
 * an empty directory with an empty DENO_DIR (no npm cache, no node_modules).
 * And the real compile, which only runs when DENORT_BIN points at a runtime.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dec = new TextDecoder();

async function sh(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const out = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: opts.cwd,
    env: { NO_COLOR: "1", ...opts.env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("bundled single file runs with an empty DENO_DIR and no node_modules", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-bundle-" });
  try {
    const bundle = join(dir, "generic-worker.js");
    const b = await sh(["bundle", "--quiet", "--platform=deno", "-o", bundle, "main.ts"], {
      cwd: ROOT,
    });
    assertEquals(b.code, 0, b.stderr);
    const work = join(dir, "work");
    const denoDir = join(dir, "deno-dir");
    await Deno.mkdir(work);
    await Deno.mkdir(denoDir);
    const run = (args: string[]) =>
      sh(["run", "-A", "--no-config", "--no-lock", bundle, ...args], {
        cwd: work,
        env: { DENO_DIR: denoDir, DENO_NO_PACKAGE_JSON: "1" },
      });
    const v = await run(["--version"]);
    assertEquals(v.code, 0, v.stderr);
    assertStringIncludes(v.stdout, "generic-worker (multiuser engine) 106.0.0");
    const schema = await run(["show-payload-schema"]);
    assertEquals(schema.code, 0, schema.stderr);
    const parsed = JSON.parse(schema.stdout);
    assert(parsed.oneOf || parsed.properties, "schema printed");
    const keyFile = join(work, "key");
    const k = await run(["new-ed25519-keypair", "--file", keyFile]);
    assertEquals(k.code, 0, k.stderr);
    assertEquals(atob(await Deno.readTextFile(keyFile)).length, 32);
    // unarchive of a small gzip-compressed tar made here with the system tar
    const src = join(dir, "src");
    await Deno.mkdir(join(src, "sub"), { recursive: true });
    await Deno.writeTextFile(join(src, "sub", "hello.txt"), "hello from a bundled unarchive\n");
    const tgz = join(dir, "a.tar.gz");
    const tar = await new Deno.Command("tar", { args: ["-czf", tgz, "-C", src, "."] }).output();
    assert(tar.success, "system tar available");
    const dst = join(dir, "out");
    const u = await run([
      "unarchive",
      "--archive-src",
      tgz,
      "--archive-dst",
      dst,
      "--archive-fmt",
      "tar.gz",
    ]);
    assertEquals(u.code, 0, u.stderr);
    assertEquals(
      await Deno.readTextFile(join(dst, "sub", "hello.txt")),
      "hello from a bundled unarchive\n",
    );
    // Deno 2.9 creates an empty DENO_DIR/npm for any script (even `console.log(1)`):
    // what must not be there is a downloaded package.
    const fetched: string[] = [];
    try {
      for await (const e of Deno.readDir(join(denoDir, "npm"))) fetched.push(e.name);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
    assertEquals(fetched, [], "the bundle fetched npm packages at run time");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const denort = Deno.env.get("DENORT_BIN");
Deno.test({
  name: "deno compile produces a working binary (needs DENORT_BIN)",
  ignore: !denort,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "gw-compile-" });
    try {
      const r = await sh(["run", "-A", "scripts/build.ts", "--out", dir], { cwd: ROOT });
      assertEquals(r.code, 0, r.stderr);
      const sums = await Deno.readTextFile(join(dir, "SHA256SUMS"));
      const name = sums.trim().split(/\s+/)[1];
      const out = await new Deno.Command(join(dir, name), { args: ["--version"] }).output();
      assertEquals(out.code, 0);
      assertStringIncludes(dec.decode(out.stdout), "106.0.0");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
if (!denort) {
  console.log(
    "skipped: compiled-binary test needs DENORT_BIN (deno compile cannot download denort here)",
  );
}
