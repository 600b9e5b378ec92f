/**
 * listArtifacts' order against the real deployment's: glibc's en_US.UTF-8
 * collation (the Queue's Postgres database), here `sort` under a locale
 * generated with `localedef` into a temp dir (the host is not changed),
 * on typical artifact names.
 */
import { join } from "node:path";
import { assertEquals } from "../helpers/assert.ts";
import { compareNames } from "../../src/localtc/collation.ts";

const NAMES = [
  "public/logs/live_backing.log",
  "public/logs/live.log",
  "public/logs/certified.log",
  "public/chain-of-trust.json",
  "public/chain-of-trust.json.sig",
  "public/build/target.tar.gz",
  "public/build/target.zip",
  "public/build/target-1.tar.gz",
  "public/build/target_1.tar.gz",
  "public/build/file.TXT",
  "public/build/file.txt",
  "public/build/file-a",
  "public/build/filea",
  "public/build/file_b",
  "public/build/fileb",
  "public/build/x",
  "public/build/X",
  "public/Build/X",
  "public/build/x2",
  "public/build/x10",
  "public/test_info/foo.log",
  "public/test-info/foo.log",
  "public/a/b/c",
  "public/a-b/c",
  "public/ab/c",
  "public/x-y",
  "public/x_y",
  "public/x.y",
  "public/X",
  "private/secret.txt",
  "private/docker-worker/image.tar.zst",
  "public/results/report.html",
  "public/results/Report.html",
  "public/screenshots/0001.png",
  "public/screenshots/0010.png",
  "public/screenshots/010.png",
];

function tool(name: string): boolean {
  try {
    return new Deno.Command(name, { args: ["--help"], stdout: "null", stderr: "null" }).outputSync()
      .code !== 127;
  } catch {
    return false;
  }
}
let haveLocaleSource = false;
try {
  haveLocaleSource = Deno.statSync("/usr/share/i18n/locales/en_US").isFile;
} catch { /* absent */ }
const ready = tool("localedef") && haveLocaleSource;
if (!ready) {
  console.log(
    "skipping: localedef or /usr/share/i18n/locales/en_US (Debian package locales) is missing",
  );
}

Deno.test({
  name: "artifact names sort as glibc en_US.UTF-8 sorts them",
  ignore: !ready,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "gw-locale-" });
    try {
      const def = await new Deno.Command("localedef", {
        args: ["-i", "en_US", "-f", "UTF-8", join(dir, "en_US.UTF-8")],
        stdout: "null",
        stderr: "piped",
      }).output();
      assertEquals(def.success, true, new TextDecoder().decode(def.stderr));
      const input = join(dir, "names.txt");
      await Deno.writeTextFile(input, NAMES.join("\n") + "\n");
      const out = await new Deno.Command("sort", {
        args: [input],
        env: { LOCPATH: dir, LC_ALL: "en_US.UTF-8" },
        stdout: "piped",
      }).output();
      const glibc = new TextDecoder().decode(out.stdout).trimEnd().split("\n");
      assertEquals([...NAMES].sort(compareNames), glibc);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
