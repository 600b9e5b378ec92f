/**
 * End to end: the worker-runner protocol (welcome/hello, log, new-credentials,
 * graceful-termination, error-report, shutdown; stdin/stdout and the named
 * pipe pair), shouldWorkerTerminate while tasks run at capacity 2, and two
 * tasks overlapping in time, each with its own proxy port.
 */
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv, type WorkerProcess } from "../helpers/worker_env.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];
const ALL = ["graceful-termination", "new-credentials", "error-report", "log", "shutdown"];

interface Msg {
  type: string;
  [k: string]: unknown;
}

/** The protocol messages the worker wrote so far (lines `~{...}`). */
function messages(text: string): Msg[] {
  return text.split("\n").filter((l) => l.startsWith("~{")).map((l) => JSON.parse(l.slice(1)));
}

async function waitFor<T>(
  fn: () => T | undefined | Promise<T | undefined>,
  ms = 60_000,
): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() - t0 > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

function logTexts(text: string): string[] {
  return messages(text).filter((m) => m.type === "log").map((m) =>
    String((m.body as { textPayload?: string })?.textPayload ?? "")
  );
}

/** The runner's end: writes messages to the worker's stdin or to a FIFO. */
class Runner {
  #w?: WritableStreamDefaultWriter<Uint8Array>;
  #file?: Deno.FsFile;
  constructor(to: WritableStream<Uint8Array> | Deno.FsFile) {
    // FsFile.writable loses what is written to a FIFO (Deno 2.9): write the file directly
    if (to instanceof WritableStream) this.#w = to.getWriter();
    else this.#file = to;
  }
  async send(msg: Msg): Promise<void> {
    const bytes = new TextEncoder().encode(`~${JSON.stringify(msg)}\n`);
    if (this.#w) await this.#w.write(bytes);
    else for (let off = 0; off < bytes.length;) off += await this.#file!.write(bytes.subarray(off));
  }
  async close(): Promise<void> {
    await this.#w?.close().catch(() => {});
    this.#file?.close();
  }
}

Deno.test({
  name:
    "worker-runner on stdin/stdout: hello, log, new-credentials used for claims, graceful-termination finish-tasks → task completes, exit 72",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    let worker: WorkerProcess | undefined;
    try {
      const cfgFile = await env.writeConfig({ idleTimeoutSecs: 0 });
      const cfg = JSON.parse(await Deno.readTextFile(cfgFile));
      worker = env.startWorker(cfgFile, {}, { args: ["--with-worker-runner"], stdin: "piped" });
      const runner = new Runner(worker.child.stdin);
      await runner.send({ type: "welcome", capabilities: ALL });
      const hello = await waitFor(() => messages(worker!.output()).find((m) => m.type === "hello"));
      assertEquals([...(hello.capabilities as string[])].sort(), [...ALL].sort());
      await waitFor(() =>
        logTexts(worker!.output()).some((l) => l.includes("Loading generic-worker config file"))
      );

      // rotate: a new client with the worker's scopes, then the old one loses its scopes
      const scopes = [
        `queue:claim-work:${env.pool}`,
        `queue:worker-id:${cfg.workerGroup}/${cfg.workerId}`,
        `worker-manager:should-worker-terminate:${env.pool}/${cfg.workerGroup}/${cfg.workerId}`,
        "auth:expand-scopes",
      ];
      const rotated = await env.tc.createClient("worker/rotated", scopes);
      await runner.send({
        type: "new-credentials",
        "client-id": rotated.clientId,
        "access-token": rotated.accessToken,
      });
      await waitFor(() =>
        logTexts(worker!.output()).some((l) =>
          l.includes("Using new worker credentials with clientId worker/rotated")
        )
      );
      await env.tc.createClient(cfg.clientId, []);

      const taskId = await env.createTask({
        command: sh("echo started; sleep 3; echo finished"),
        maxRunTime: 60,
      });
      await env.waitRunning(taskId);
      await runner.send({ type: "graceful-termination", "finish-tasks": true });
      assertEquals(await worker.exited, 72, worker.output());
      assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
      const log = await env.artifactText(taskId, "public/logs/live_backing.log");
      assertStringIncludes(log, "finished");
      const out = worker.output();
      assert(
        logTexts(out).some((l) =>
          l.includes("Got graceful-termination request with finish-tasks=true")
        ),
        out,
      );
      assert(!out.includes(rotated.accessToken), "the new access token reached the log");
      assertEquals(messages(out).filter((m) => m.type === "shutdown"), []);
      // everything the worker logged went through the protocol, nothing as raw lines on stdout
      for (const line of out.split("\n")) {
        if (/^\d{4}\/\d\d\/\d\d /.test(line)) throw new Error(`raw log line on stdout: ${line}`);
      }
      await runner.close();
    } finally {
      await worker?.exited.catch(() => {});
      await env.close();
    }
  },
});

Deno.test({
  name:
    "worker-runner: error-report for a config that cannot load (64) and for an uncreatable tasks dir (69, with shutdown)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const bad = join(env.dir, "bad.json");
      await Deno.writeTextFile(bad, JSON.stringify({ rootURL: "http://x", nosuchKey: 1 }));
      let w = env.startWorker(bad, {}, { args: ["--with-worker-runner"], stdin: "piped" });
      let r = new Runner(w.child.stdin);
      await r.send({ type: "welcome", capabilities: ALL });
      assertEquals(await w.exited, 64, w.output());
      let reports = messages(w.output()).filter((m) => m.type === "error-report");
      assertEquals(reports.length, 1, w.output());
      assertEquals(reports[0].kind, "worker-error");
      assertEquals(reports[0].title, "generic-worker error");
      assertStringIncludes(String(reports[0].description), "nosuchKey");
      assertStringIncludes(String(reports[0].description), "exit code: 64");
      await r.close();

      const file = join(env.dir, "a-file");
      await Deno.writeTextFile(file, "");
      const cfg = await env.writeConfig({
        tasksDir: join(file, "tasks"),
        shutdownMachineOnInternalError: true,
      });
      w = env.startWorker(cfg, {}, { args: ["--with-worker-runner"], stdin: "piped" });
      r = new Runner(w.child.stdin);
      await r.send({ type: "welcome", capabilities: ALL });
      assertEquals(await w.exited, 69, w.output());
      const msgs = messages(w.output());
      reports = msgs.filter((m) => m.type === "error-report");
      assertEquals(reports.length, 1, w.output());
      assertStringIncludes(String(reports[0].description), "Could not create tasks directory");
      assertEquals((reports[0].extra as Record<string, string>).workerType, "generic-worker");
      assertEquals(msgs.filter((m) => m.type === "shutdown").length, 1, w.output());
      assert(
        logTexts(w.output()).some((l) => l.includes('"eventType":"instanceShutdown"')),
        w.output(),
      );
      await r.close();
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name:
    "worker-runner over the named pipe pair: shouldWorkerTerminate while two tasks run at capacity 2 → wait for them, exit 70, shutdown message",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    let worker: WorkerProcess | undefined;
    try {
      const pipe = join(env.dir, "proto");
      for (const end of ["-input", "-output"]) {
        const mk = await new Deno.Command("mkfifo", { args: [pipe + end] }).output();
        assert(mk.success, "mkfifo failed");
      }
      const cfgFile = await env.writeConfig({ capacity: 2 });
      const cfg = JSON.parse(await Deno.readTextFile(cfgFile));
      const a = await env.createTask({ command: sh("sleep 2; echo a-done"), maxRunTime: 60 });
      const b = await env.createTask({ command: sh("sleep 6; echo b-done"), maxRunTime: 60 });
      worker = env.startWorker(cfgFile, {}, {
        args: ["--with-worker-runner", "--worker-runner-protocol-pipe", pipe],
        stdin: "null",
      });
      // the worker writes to <pipe>-input and reads <pipe>-output
      const fromWorker = await Deno.open(pipe + "-input", { read: true });
      const toWorker = await Deno.open(pipe + "-output", { write: true });
      let got = "";
      const reading = (async () => {
        const dec = new TextDecoder();
        for await (const c of fromWorker.readable) got += dec.decode(c);
      })();
      const runner = new Runner(toWorker);
      await runner.send({ type: "welcome", capabilities: ["shutdown", "log"] });
      await env.waitRunning(a);
      await env.waitRunning(b);
      await env.tc.setShouldTerminate(env.pool, cfg.workerGroup, cfg.workerId, true);
      const c = await env.createTask({ command: sh("echo c"), maxRunTime: 60 });
      assertEquals(await worker.exited, 70, worker.output() + got);
      await reading;
      const msgs = messages(got);
      const hello = msgs.find((m) => m.type === "hello");
      assert(hello, got);
      assertEquals(msgs.filter((m) => m.type === "shutdown").length, 1, got);
      // no error-report: the runner did not offer the capability
      assertEquals(msgs.filter((m) => m.type === "error-report"), []);
      assertEquals(await env.waitResolved(a), ["completed", "completed"]);
      assertEquals(await env.waitResolved(b), ["completed", "completed"]);
      // asked after task a finished, while b still ran: c was never claimed
      assertEquals((await env.queue.status(c)).status.state, "pending");
      assert(
        logTexts(got).some((l) => l.includes("Worker Manager advised termination")),
        logTexts(got).join("\n"),
      );
      await runner.close();
    } finally {
      await worker?.exited.catch(() => {});
      await env.close();
    }
  },
});

Deno.test({
  name: "capacity 2: two tasks overlap in time, each with its own taskcluster-proxy port",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    try {
      const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
      const proxyPort = (l.addr as Deno.NetAddr).port;
      l.close();
      const meet = join(env.dir, "meet");
      await Deno.mkdir(meet);
      const cfg = await env.writeConfig({
        capacity: 2,
        numberOfTasksToRun: 2,
        enableTaskclusterProxy: true,
        taskclusterProxyPort: proxyPort,
      });
      // each task waits for the other to have started: both can only finish when they overlap
      const script = (me: string, other: string) =>
        sh(
          `touch ${meet}/${me}; i=0; until [ -e ${meet}/${other} ]; do i=$((i+1)); [ $i -gt 300 ] && exit 9; sleep 0.1; done; ` +
            `echo "proxy=$TASKCLUSTER_PROXY_URL"; curl -fsS "$TASKCLUSTER_PROXY_URL/api/queue/v1/task/$TASK_ID" | grep -c '"workerType"'`,
        );
      const a = await env.createTask({
        command: script("a", "b"),
        maxRunTime: 60,
        features: { taskclusterProxy: true },
      });
      const b = await env.createTask({
        command: script("b", "a"),
        maxRunTime: 60,
        features: { taskclusterProxy: true },
      });
      const worker = env.startWorker(cfg);
      assertEquals(await worker.exited, 0, worker.output());
      assertEquals(await env.waitResolved(a), ["completed", "completed"]);
      assertEquals(await env.waitResolved(b), ["completed", "completed"]);
      const urls = [];
      for (const t of [a, b]) {
        const log = await env.artifactText(t, "public/logs/live_backing.log");
        const m = log.match(/proxy=(http:\/\/\S+)/);
        assert(m, log);
        urls.push(m[1]);
      }
      assert(urls[0] !== urls[1], `both tasks got proxy ${urls[0]}`);
      const ports = urls.map((u) => Number(new URL(u).port)).sort((x, y) => x - y);
      assertEquals(ports, [proxyPort, proxyPort + 4]);
    } finally {
      await env.close();
    }
  },
});
