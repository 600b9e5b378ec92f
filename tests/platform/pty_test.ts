/**
 * The PTY helpers of src/platform/pty.ts: the exact `script` command line
 * and quoting, and a terminal driven directly (size set at start, resize,
 * kill of the whole terminal session including a job that ignores SIGHUP).
 */
import { scriptArgv, shQuote, startPty } from "../../src/platform/pty.ts";
import { processAlive } from "../../src/platform/process.ts";
import { assert, assertEquals } from "../helpers/assert.ts";

const linux = Deno.build.os === "linux";
const hasScript = linux && (() => {
  try {
    return Deno.statSync("/usr/bin/script").isFile;
  } catch {
    return false;
  }
})();
if (!hasScript) console.warn("pty_test.ts: needs Linux with /usr/bin/script (util-linux); skipped");

Deno.test({
  name: "pty: the util-linux script command line and its quoting",
  ignore: !linux,
  fn() {
    assertEquals(scriptArgv(["bash"]), ["/usr/bin/script", "-qfec", "exec bash", "/dev/null"]);
    assertEquals(
      scriptArgv(["docker", "exec", "-it", "taskcontainer_a-B", "/bin/bash"]),
      ["/usr/bin/script", "-qfec", "exec docker exec -it taskcontainer_a-B /bin/bash", "/dev/null"],
    );
    assertEquals(shQuote(["a b", "it's", "$X", ""]), `'a b' 'it'\\''s' '$X' ''`);
  },
});

Deno.test({
  name: "pty: initial size, resize, and kill() ends the terminal session",
  ignore: !hasScript,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const pty = startPty({
      argv: ["bash", "--norc", "--noprofile"],
      cwd: "/",
      env: { PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin", TERM: "dumb", PS1: "$ " },
      rows: 20,
      cols: 70,
    });
    let text = "";
    const dec = new TextDecoder();
    const reading = (async () => {
      for await (const c of pty.output) text += dec.decode(c, { stream: true });
    })();
    const until = async (re: RegExp) => {
      const t0 = Date.now();
      while (!re.test(text)) {
        if (Date.now() - t0 > 20_000) throw new Error(`no ${re} in ${JSON.stringify(text)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return text.match(re)!;
    };
    await pty.ready;
    const enc = new TextEncoder();
    await pty.write(enc.encode("echo size=$(stty size)\r"));
    assertEquals((await until(/\nsize=(\d+ \d+)/))[1], "20 70");
    await pty.resize(50, 132);
    await pty.write(enc.encode("echo size2=$(stty size)\r"));
    assertEquals((await until(/\nsize2=(\d+ \d+)/))[1], "50 132");
    await pty.write(enc.encode("(trap '' HUP; exec sleep 7777) & echo job=$!\r"));
    const job = Number((await until(/\njob=(\d+)/))[1]);
    assert(processAlive(job));
    await pty.kill();
    await reading;
    assert(!processAlive(job), "a job ignoring SIGHUP survived kill()");
    assert(!processAlive(pty.pid), "script survived kill()");
  },
});
