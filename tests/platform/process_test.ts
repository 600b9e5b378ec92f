/**
 * Real processes through src/platform/process.ts: exit codes, Go's failure
 * texts, output of both streams, killing a whole process group (including a
 * grandchild), waiting for pipe holders, CPU times, and Go duration strings.
 */
import { join } from "node:path";
import {
  exitErrorText,
  goDuration,
  processAlive,
  startCommand,
  succeeded,
} from "../../src/platform/process.ts";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";

const posix = Deno.build.os !== "windows";
const dec = new TextDecoder();

function collect(): {
  out: (c: Uint8Array, s: "stdout" | "stderr") => void;
  text: () => string;
  streams: Set<string>;
} {
  let text = "";
  const streams = new Set<string>();
  return {
    out: (c, s) => {
      text += dec.decode(c);
      streams.add(s);
    },
    text: () => text,
    streams,
  };
}

async function waitGone(pid: number, ms = 5000): Promise<boolean> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !processAlive(pid);
}

Deno.test({
  name: "process: exit 0, exit 3, signal, both streams, env and cwd",
  ignore: !posix,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const c = collect();
      const ok = await startCommand(
        {
          argv: ["/bin/sh", "-c", 'echo "out $FOO $(pwd)"; echo err >&2'],
          cwd: dir,
          env: { FOO: "bar", PATH: "/usr/bin:/bin" },
        },
        c.out,
      ).done;
      assert(succeeded(ok));
      assertEquals(ok.exitCode, 0);
      assertEquals(exitErrorText(ok), undefined);
      assertStringIncludes(c.text(), `out bar ${await Deno.realPath(dir)}\n`);
      assertStringIncludes(c.text(), "err\n");
      assertEquals([...c.streams].sort(), ["stderr", "stdout"]);

      const three = await startCommand(
        { argv: ["/bin/sh", "-c", "exit 3"], cwd: dir, env: {} },
        () => {},
      ).done;
      assertEquals(three.exitCode, 3);
      assertEquals(exitErrorText(three), "exit status 3");
      assert(!succeeded(three));

      const killed = await startCommand(
        { argv: ["/bin/sh", "-c", "kill -KILL $$"], cwd: dir, env: {} },
        () => {},
      ).done;
      assertEquals(killed.exitCode, -1);
      assertEquals(killed.signal, "SIGKILL");
      assertEquals(exitErrorText(killed), "signal: killed");
      const termed = await startCommand(
        { argv: ["/bin/sh", "-c", "kill -TERM $$"], cwd: dir, env: {} },
        () => {},
      ).done;
      assertEquals(exitErrorText(termed), "signal: terminated");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "process: commands that cannot start get Go's error texts",
  ignore: !posix,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const abs = await startCommand(
        { argv: ["/no/such/binary", "x"], cwd: dir, env: {} },
        () => {},
      ).done;
      assertEquals(abs.systemError, "fork/exec /no/such/binary: no such file or directory");
      assertEquals(abs.exitCode, 0);
      assert(!succeeded(abs));
      const bare = await startCommand(
        { argv: ["no-such-command-gw"], cwd: dir, env: { PATH: "/usr/bin:/bin" } },
        () => {},
      ).done;
      assertEquals(
        bare.systemError,
        'exec: "no-such-command-gw": executable file not found in $PATH',
      );
      const script = join(dir, "not-executable.sh");
      await Deno.writeTextFile(script, "#!/bin/sh\necho hi\n", { mode: 0o644 });
      const noexec = await startCommand({ argv: [script], cwd: dir, env: {} }, () => {}).done;
      assertEquals(noexec.systemError, `fork/exec ${script}: permission denied`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "process: kill() ends the whole process group, grandchild included",
  ignore: !posix,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const pidFile = join(dir, "grandchild.pid");
      let seen = "";
      const cmd = startCommand(
        {
          argv: ["/bin/sh", "-c", `sleep 300 & echo $! > ${pidFile}; echo ready; sleep 300`],
          cwd: dir,
          env: { PATH: "/usr/bin:/bin" },
        },
        (c) => void (seen += dec.decode(c)),
      );
      const t0 = Date.now();
      while (!seen.includes("ready") && Date.now() - t0 < 10_000) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const grandchild = Number((await Deno.readTextFile(pidFile)).trim());
      assert(grandchild > 0 && processAlive(grandchild));
      assert(processAlive(cmd.pid));
      cmd.kill();
      const r = await cmd.done;
      assert(r.aborted);
      assertEquals(r.exitCode, 0, "aborted results keep exit code 0");
      assertEquals(exitErrorText(r), undefined);
      assert(await waitGone(grandchild), `grandchild ${grandchild} survived`);
      assert(await waitGone(cmd.pid), `leader ${cmd.pid} survived`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "process: a background child holding the output pipe keeps the command running",
  ignore: !posix,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      // the child holds stdout for ~1s after the shell exits: like Go with a pipe, wait for it
      let text = "";
      const r = await startCommand(
        {
          argv: ["/bin/sh", "-c", "(sleep 1; echo late) & echo early"],
          cwd: dir,
          env: { PATH: "/usr/bin:/bin" },
        },
        (c) => void (text += dec.decode(c)),
      ).done;
      assertEquals(r.exitCode, 0);
      assertEquals(text, "early\nlate\n");
      // one that redirects its output survives the command
      const pidFile = join(dir, "daemon.pid");
      const d = await startCommand(
        {
          argv: ["/bin/sh", "-c", `sleep 300 >/dev/null 2>&1 & echo $! > ${pidFile}`],
          cwd: dir,
          env: { PATH: "/usr/bin:/bin" },
        },
        () => {},
      ).done;
      assertEquals(d.exitCode, 0);
      const daemon = Number((await Deno.readTextFile(pidFile)).trim());
      assert(processAlive(daemon), "a detached daemon was killed with its command");
      Deno.kill(daemon, "SIGKILL");
      assert(await waitGone(daemon));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "process: CPU time of a busy command is measured (Linux /proc)",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const r = await startCommand(
      {
        argv: ["/bin/sh", "-c", "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done"],
        cwd: "/",
        env: {},
      },
      () => {},
    ).done;
    assertEquals(r.exitCode, 0);
    assert(r.userMs + r.kernelMs > 0, `no CPU time measured: ${JSON.stringify(r)}`);
    assert(r.wallMs >= r.userMs / 4, "wall time implausible");
  },
});

Deno.test("goDuration: Go's time.Duration strings", () => {
  const cases: [number, string][] = [
    [0, "0s"],
    [0.000001, "1ns"],
    [0.00085, "850ns"],
    [0.0015, "1.5µs"],
    [1, "1ms"],
    [1.2, "1.2ms"],
    [872.900624, "872.900624ms"],
    [1000, "1s"],
    [4200, "4.2s"],
    [62_500, "1m2.5s"],
    [60_000, "1m0s"],
    [3_600_000, "1h0m0s"],
    [3_723_004, "1h2m3.004s"],
    [-1500, "-1.5s"],
  ];
  for (const [ms, s] of cases) assertEquals(goDuration(ms), s, `goDuration(${ms})`);
});

async function readPid(file: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    try {
      const t = (await Deno.readTextFile(file)).trim();
      if (t) return Number(t);
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no pid in ${file}`);
}

Deno.test({
  name:
    "process: kill() returns without waiting for a pipe holder in another session, and kills it",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const dir = await Deno.makeTempDir();
    const pidFile = join(dir, "holder.pid");
    try {
      const c = collect();
      const cmd = startCommand(
        {
          // the holder leaves the session and the process group, keeping stdout open
          argv: [
            "/bin/sh",
            "-c",
            `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 600' & echo started; sleep 1`,
          ],
          cwd: dir,
          env: { PATH: "/usr/bin:/bin" },
        },
        c.out,
      );
      const holder = await readPid(pidFile);
      // the leader exits after 1 s; the holder keeps the command running (Go waits too)
      const early = await Promise.race([
        cmd.done.then(() => "done"),
        new Promise((r) => setTimeout(() => r("waiting"), 2500)),
      ]);
      assertEquals(early, "waiting");
      assert(processAlive(holder));
      const t0 = Date.now();
      cmd.kill();
      const r = await Promise.race([
        cmd.done,
        new Promise<never>((_, rej) =>
          setTimeout(() => rej(new Error("hung after kill()")), 10_000)
        ),
      ]);
      assert(r.aborted);
      assert(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms after kill()`);
      assertStringIncludes(c.text(), "started\n");
      assert(await waitGone(holder), "the setsid pipe holder survived the abort");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "process: killLeftovers() kills what a finished command left in its session and group",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const dir = await Deno.makeTempDir();
    const pidFile = join(dir, "daemon.pid");
    try {
      const cmd = startCommand(
        {
          argv: ["/bin/sh", "-c", `sleep 300 >/dev/null 2>&1 & echo $! > ${pidFile}`],
          cwd: dir,
          env: { PATH: "/usr/bin:/bin" },
        },
        () => {},
      );
      const r = await cmd.done;
      assertEquals(r.exitCode, 0);
      const daemon = await readPid(pidFile);
      assert(processAlive(daemon));
      assert((await cmd.killLeftovers()) >= 1);
      assert(await waitGone(daemon), "the background process survived killLeftovers()");
      // nothing left: no scan, nothing signalled
      const quiet = startCommand({ argv: ["/bin/true"], cwd: dir, env: {} }, () => {});
      await quiet.done;
      assertEquals(await quiet.killLeftovers(), 0);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "process: a command leads its own session and process group; argv[0] and relative programs as exec sees them",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const c = collect();
      const cmd = startCommand(
        {
          // fields 6 and 5 of /proc/self/stat (after the comm) are session and process group
          argv: ["sh", "-c", 'echo "$0"; cut -d" " -f5,6 /proc/$$/stat; echo $$'],
          cwd: dir,
          env: { PATH: "/usr/bin:/bin" },
        },
        c.out,
      );
      const r = await cmd.done;
      assertEquals(r.exitCode, 0, c.text());
      const [argv0, ids, pid] = c.text().trim().split("\n");
      assertEquals(argv0, "sh");
      assertEquals(ids, `${pid} ${pid}`);
      assertEquals(Number(pid), cmd.pid);
      // a program with a slash is relative to the command's directory
      await Deno.writeTextFile(join(dir, "run.sh"), "#!/bin/sh\necho ran-relative\n", {
        mode: 0o755,
      });
      const rel = collect();
      const rr = await startCommand({ argv: ["./run.sh"], cwd: dir, env: {} }, rel.out).done;
      assertEquals([rr.exitCode, rel.text()], [0, "ran-relative\n"]);
      // a directory cannot be executed
      const d = await startCommand({ argv: [dir], cwd: dir, env: {} }, () => {}).done;
      assertEquals(d.systemError, `fork/exec ${dir}: permission denied`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "process: a command that fills its 64 KiB output pipe gets a larger one (reads over 64 KiB), every byte in order",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const sizes: number[] = [];
      let expect = 0;
      let inOrder = true;
      const cmd = startCommand(
        {
          // 8 MiB of a counting pattern (byte i is i mod 251) from one fast writer
          argv: [
            Deno.execPath(),
            "eval",
            `
            const b = new Uint8Array(8 << 20);
            for (let i = 0; i < b.length; i++) b[i] = i % 251;
            let o = 0;
            while (o < b.length) o += Deno.stdout.writeSync(b.subarray(o));`,
          ],
          cwd: dir,
          env: { PATH: "/usr/bin:/bin", NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
        },
        async (c, s) => {
          if (s !== "stdout") return;
          for (let i = 0; i < c.length; i++) if (c[i] !== (expect + i) % 251) inOrder = false;
          expect += c.length;
          sizes.push(c.length);
          // a slow reader at first: the writer fills whatever pipe it has
          if (sizes.length <= 4) await new Promise((r) => setTimeout(r, 150));
        },
      );
      const r = await cmd.done;
      assertEquals(r.exitCode, 0);
      assertEquals(expect, 8 << 20);
      assert(inOrder, "output bytes out of order");
      // a 64 KiB pipe never yields a larger read
      assert(Math.max(...sizes) > 65536, `largest read ${Math.max(...sizes)} bytes`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
