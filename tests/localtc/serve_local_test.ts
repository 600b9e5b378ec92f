/**
 * `generic-worker serve-local` as a real process: one JSON line on stdout,
 * a ready-to-use worker config in the data dir whose credentials can claim
 * work, a clean exit on SIGTERM, and state kept for the next start.
 */
import { fileURLToPath } from "node:url";
import { assert, assertEquals } from "../helpers/assert.ts";
import { Clock, taskDef, tc } from "./helpers.ts";

const MAIN = fileURLToPath(new URL("../../main.ts", import.meta.url));

interface Started {
  child: Deno.ChildProcess;
  line: {
    rootUrl: string;
    clientId: string;
    accessToken: string;
    workerConfig: string;
    wstServerURL: string;
    wstAudience: string;
  };
  rest: Promise<string>;
  stderr: Promise<string>;
}

async function start(dataDir: string): Promise<Started> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, "serve-local", "--port", "0", "--data-dir", dataDir],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
  const stderr = new Response(child.stderr).text();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let buf = "";
  while (!buf.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) {
      const status = await child.status;
      throw new Error(`serve-local exited (${status.code}) before printing: ${await stderr}`);
    }
    buf += value;
  }
  const nl = buf.indexOf("\n");
  const rest = (async () => {
    let more = buf.slice(nl + 1);
    while (true) {
      const { value, done } = await reader.read();
      if (done) return more;
      more += value;
    }
  })();
  return { child, line: JSON.parse(buf.slice(0, nl)), rest, stderr };
}

async function stop(s: Started, signal: Deno.Signal): Promise<number> {
  s.child.kill(signal);
  const status = await s.child.status;
  assertEquals(await s.rest, "", "exactly one line on stdout");
  await s.stderr;
  return status.code;
}

Deno.test("serve-local prints one JSON line, writes a usable worker config, stops cleanly on SIGTERM", async () => {
  const dir = await Deno.makeTempDir({ prefix: "serve-local-" });
  const dataDir = `${dir}/data`;
  try {
    const s = await start(dataDir);
    assertEquals(Object.keys(s.line).sort(), [
      "accessToken",
      "clientId",
      "rootUrl",
      "workerConfig",
      "wstAudience",
      "wstServerURL",
    ]);
    assertEquals(s.line.wstAudience, "localtc");
    assert(/^http:\/\/127\.0\.0\.1:\d+$/.test(s.line.wstServerURL), s.line.wstServerURL);
    assert(s.line.wstServerURL !== s.line.rootUrl);
    assertEquals(s.line.workerConfig, `${dataDir}/worker-config.json`);
    const config = JSON.parse(await Deno.readTextFile(s.line.workerConfig));
    assertEquals(config.rootURL, s.line.rootUrl);
    for (
      const k of [
        "clientId",
        "accessToken",
        "provisionerId",
        "workerType",
        "workerGroup",
        "workerId",
      ]
    ) {
      assert(typeof config[k] === "string" && config[k] !== "", `config.${k}`);
    }
    assertEquals(config.tasksDir, `${dataDir}/worker/tasks`);
    assertEquals(config.cachesDir, `${dataDir}/worker/caches`);
    assertEquals(config.downloadsDir, `${dataDir}/worker/downloads`);
    const seed = atob(await Deno.readTextFile(config.ed25519SigningKeyLocation));
    assertEquals(seed.length, 32);

    // root creates a task on the configured pool; the worker's credentials claim it
    const pool = `${config.provisionerId}/${config.workerType}`;
    const root = new tc.Queue({
      rootUrl: s.line.rootUrl,
      credentials: { clientId: s.line.clientId, accessToken: s.line.accessToken },
      retries: 0,
    });
    const taskId = tc.slugid();
    await root.createTask(taskId, taskDef(new Clock(), { taskQueueId: pool }));
    const worker = new tc.Queue({
      rootUrl: config.rootURL,
      credentials: { clientId: config.clientId, accessToken: config.accessToken },
      retries: 0,
    });
    const claim = await worker.claimWork(pool, {
      tasks: 1,
      workerGroup: config.workerGroup,
      workerId: config.workerId,
    });
    assertEquals(claim.tasks[0].status.taskId, taskId);
    assertEquals(await stop(s, "SIGTERM"), 0);

    // a second start on the same data dir keeps state and credentials
    const s2 = await start(dataDir);
    try {
      assertEquals(s2.line.accessToken, s.line.accessToken);
      const root2 = new tc.Queue({
        rootUrl: s2.line.rootUrl,
        credentials: { clientId: s2.line.clientId, accessToken: s2.line.accessToken },
        retries: 0,
      });
      assertEquals((await root2.status(taskId)).status.state, "running");
    } finally {
      assertEquals(await stop(s2, "SIGINT"), 0);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("serve-local refuses a corrupt state file, naming it, and a busy port", async () => {
  const dir = await Deno.makeTempDir({ prefix: "serve-local-bad-" });
  try {
    await Deno.mkdir(`${dir}/state/secrets`, { recursive: true });
    const bad = `${dir}/state/secrets/x.json`;
    await Deno.writeTextFile(bad, '{"v":1,"key":"x","val');
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", MAIN, "serve-local", "--port", "0", "--data-dir", dir],
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    assertEquals(out.code, 69);
    assertEquals(new TextDecoder().decode(out.stdout), "");
    const stderr = new TextDecoder().decode(out.stderr);
    assert(stderr.includes(bad) && stderr.includes("corrupt"), stderr);

    await Deno.remove(bad);
    const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    try {
      const busy = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-A",
          MAIN,
          "serve-local",
          "--port",
          String(listener.addr.port),
          "--data-dir",
          dir,
        ],
        stdout: "piped",
        stderr: "piped",
        env: { NO_COLOR: "1" },
      }).output();
      assertEquals(busy.code, 69);
      assert(new TextDecoder().decode(busy.stderr).includes("address already in use"));
    } finally {
      listener.close();
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name:
    "serve-local's worker config starts a worker as written (multiuser + headless as root, else insecure)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "serve-local-run-" });
    // task users must be able to enter the data dir (the multiuser engine checks it at start-up)
    await Deno.chmod(dir, 0o755);
    const s = await start(`${dir}/data`);
    let worker: Deno.ChildProcess | undefined;
    try {
      const config = JSON.parse(await Deno.readTextFile(s.line.workerConfig));
      if (Deno.uid() === 0) {
        assertEquals([config.engine, config.headlessTasks], ["multiuser", true]);
      } else {
        assertEquals([config.engine, config.headlessTasks], ["insecure", undefined]);
      }
      worker = new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", "--quiet", MAIN, "run", "--config", s.line.workerConfig],
        cwd: dir,
        env: { NO_COLOR: "1", TMPDIR: dir },
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      let out = "";
      const dec = new TextDecoder();
      const pump = (async () => {
        for await (const c of worker!.stderr) out += dec.decode(c, { stream: true });
      })();
      const stdoutDone = worker.stdout.cancel();
      // it gets past the config and the start-up checks to the claim loop
      const t0 = Date.now();
      while (!out.includes('"eventType":"workerReady"') && Date.now() - t0 < 60_000) {
        if (out.includes("Exiting worker")) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert(out.includes('"eventType":"workerReady"'), out);
      worker.kill("SIGTERM");
      assertEquals((await worker.status).code, 72, out);
      await pump;
      await stdoutDone;
      worker = undefined;
    } finally {
      try {
        worker?.kill("SIGKILL");
      } catch { /* exited */ }
      await stop(s, "SIGTERM");
      await Deno.remove(dir, { recursive: true });
    }
  },
});
