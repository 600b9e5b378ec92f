/**
 * The interactive shell end to end: the real worker CLI against localtc
 * runs a task with `features.interactive`; a Deno WebSocket client reads
 * the socket URL from the reserved `private/generic-worker/shell.html`
 * artifact and drives real bash sessions in their pseudo-terminals while
 * the task runs: `echo $TASK_ID`, resize + `stty size`, Ctrl-C of a
 * `sleep`, a background job, two sessions at once, 401 for a wrong
 * secret, and after the task resolves no process of any session is left
 * and the server is gone. Insecure engine, and multiuser as root (the
 * shell runs as the task user).
 */
import { join } from "node:path";
import { processAlive } from "../../../src/platform/process.ts";
import { taskDirName } from "../../../src/task/task_run.ts";
import { ShellClient, waitFor } from "../../helpers/shell_client.ts";
import { WorkerEnv } from "../../helpers/worker_env.ts";
import { assert, assertEquals, assertMatch, assertStringIncludes } from "../../helpers/assert.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
const hasScript = (() => {
  try {
    return Deno.statSync("/usr/bin/script").isFile;
  } catch {
    return false;
  }
})();
if (!hasScript) console.warn("shell_e2e_test.ts: needs /usr/bin/script (util-linux); skipped");
if (!isRoot) console.warn("shell_e2e_test.ts: the multiuser case needs root on Linux; skipped");

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

function shellProcesses(marker: string): number[] {
  const found: number[] = [];
  for (const e of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(e.name)) continue;
    try {
      const cmd = Deno.readTextFileSync(`/proc/${e.name}/cmdline`).replaceAll("\0", " ");
      if (cmd.includes(marker) && processAlive(Number(e.name))) found.push(Number(e.name));
    } catch { /* gone */ }
  }
  return found;
}

async function shellTask(engine: "insecure" | "multiuser"): Promise<void> {
  const env = await WorkerEnv.start();
  try {
    if (engine === "multiuser") await Deno.chmod(env.dir, 0o755);
    const port = freePort();
    const marker = String(1000 + Math.floor(Math.random() * 8000));
    const t0 = Date.now();
    const taskId = await env.createTask({
      command: [["/bin/bash", "-c", "until [ -e done ]; do sleep 0.2; done; echo finished"]],
      maxRunTime: 120,
      features: { interactive: true },
    });
    const cfg = await env.writeConfig({
      engine,
      enableInteractive: true,
      interactivePort: port,
      numberOfTasksToRun: 1,
      ...(engine === "multiuser" ? { cleanUpTaskDirs: false } : {}),
    });
    const worker = env.startWorker(cfg);
    let exited = false;
    void worker.exited.then(() => exited = true);
    try {
      const url = await waitFor(async () => {
        const a = await env.queue.latestArtifact(taskId, "private/generic-worker/shell.html");
        return "url" in a && a.url ? a.url as string : undefined;
      });
      // Go's URL: rootURL + /shell/ + url.Values.Encode() (sorted, QueryEscape'd)
      const m = url.match(
        /^(.*)\/shell\/\?runId=0&socketUrl=ws%3A%2F%2F127\.0\.0\.1%3A(\d+)%2Fshell%2F([A-Za-z0-9_-]{22})&taskId=([A-Za-z0-9_-]+)&v=2$/,
      );
      assert(m, `unexpected shell.html URL ${url}`);
      assertEquals(m[1], env.tc.rootUrl);
      assertEquals(Number(m[2]), port);
      assertEquals(m[4], taskId);
      const secret = m[3];
      const info = await env.queue.latestArtifactInfo(
        taskId,
        "private/generic-worker/shell.html",
      ) as unknown as Record<string, unknown>;
      assertEquals(info?.storageType, "reference");
      assertEquals(info?.contentType, "text/html; charset=utf-8");
      const expires = Date.parse(String(info?.expires));
      assert(
        expires >= t0 + 1_019_000 && expires <= Date.now() + 1_021_000,
        `expiry ${info?.expires} is not now + maxRunTime + 900 s`,
      );
      const socketUrl = new URL(url).searchParams.get("socketUrl")!;

      // wrong secrets: 401 Access denied
      for (const bad of ["wrong", secret.slice(1), secret + "x"]) {
        const r = await fetch(`http://127.0.0.1:${port}/shell/${bad}`, {
          headers: { upgrade: "websocket" },
        });
        assertEquals(r.status, 401);
        assertEquals(await r.text(), "Access denied\n");
      }

      const a = await ShellClient.open(socketUrl);
      const b = await ShellClient.open(socketUrl);
      await a.run("echo id=$TASK_ID", new RegExp(`id=${taskId}`));
      const term = await a.run("echo term=$TERM pwd=$PWD", /term=(\S+) pwd=(\S+)/);
      assertEquals(term[1], "xterm-256color");
      assertEquals(term[2], join(env.dir, "tasks", taskDirName(taskId, 0)));
      const who = await a.run("echo user=$(id -un)", /user=(\S+)/);
      if (engine === "multiuser") assertEquals(who[1], taskDirName(taskId, 0));
      else {
        const me = await new Deno.Command("id", { args: ["-un"] }).output();
        assertEquals(who[1], new TextDecoder().decode(me.stdout).trim());
      }

      // initial size is set (not 0x0), then a resize reaches the terminal
      assertEquals((await a.run("stty size", /(\d+ \d+)/))[1], "24 80");
      a.resize(33, 101);
      assertEquals((await a.run("stty size", /(\d+ \d+)/))[1], "33 101");

      // Ctrl-C interrupts the foreground job
      const from = a.text.length;
      a.type(`sleep ${marker}1\r`);
      await waitFor(() => Promise.resolve(shellProcesses(`sleep ${marker}1`)[0]));
      a.type("\x03");
      await a.expect(/\^C/, from);
      assertEquals((await a.run("echo rc=$?", /rc=(\d+)/))[1], "130");
      assertEquals(shellProcesses(`sleep ${marker}1`), []);

      // a background job (its own process group) in each session; one ignores SIGHUP,
      // so the terminal hanging up is not enough to end it
      const bgA = Number(
        (await a.run(`nohup sleep ${marker}2 >/dev/null 2>&1 & echo bg=$!`, /bg=(\d+)/))[1],
      );
      const bgB = Number((await b.run(`sleep ${marker}3 & echo bg=$!`, /bg=(\d+)/))[1]);
      assert(processAlive(bgA) && processAlive(bgB));
      assertEquals((await b.run("echo two-$((6*7))", /(two-\d+)/))[1], "two-42");

      // the task ends (the shell makes it finish); every session process dies with it
      await b.run("echo touched && touch done", /touched/);
      assertEquals(await worker.exited, 0, worker.output());
      assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
      await Promise.all([a.closed, b.closed]);
      assert(!processAlive(bgA) && !processAlive(bgB), "a background job survived the task");
      assertEquals(shellProcesses(`sleep ${marker}`), []);
      const refused = await fetch(`http://127.0.0.1:${port}/shell/${secret}`).then(
        () => false,
        () => true,
      );
      assert(refused, "the shell server still answers after the task");

      const log = await env.artifactText(taskId, "public/logs/live_backing.log");
      assertStringIncludes(log, "finished\n");
      assert(!log.includes(secret), "the shell secret is in the task log");
      assert(!worker.output().includes(secret), "the shell secret is in the worker log");
      assertMatch(
        worker.output(),
        /Uploading redirect artifact private\/generic-worker\/shell\.html to \(URL hidden\) with mime type "text\/html; charset=utf-8"/,
      );
    } finally {
      if (!exited) {
        // a failed check: let the worker abort the task and clean up, then make sure it is gone
        worker.child.kill("SIGTERM");
        const t = setTimeout(() => worker.child.kill("SIGKILL"), 20_000);
        await worker.exited;
        clearTimeout(t);
      }
    }
  } finally {
    await env.close();
  }
}

Deno.test({
  name: "interactive (insecure): sessions during a running task through the real worker",
  ignore: !hasScript,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: () => shellTask("insecure"),
});

Deno.test({
  name: "interactive (multiuser, root): the shell runs as the task user and dies with the task",
  ignore: !hasScript || !isRoot,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: () => shellTask("multiuser"),
});

Deno.test({
  name: "interactive at capacity 2: each running task's shell on its slot port (base, base+4)",
  ignore: !hasScript,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const env = await WorkerEnv.start();
    try {
      // a base with base..base+4 free
      let base = 0;
      for (let i = 0; i < 20 && base === 0; i++) {
        const p = freePort();
        try {
          const l = Deno.listen({ hostname: "0.0.0.0", port: p + 4 });
          l.close();
          base = p;
        } catch { /* taken: try another */ }
      }
      const ids = [];
      for (let i = 0; i < 2; i++) {
        ids.push(
          await env.createTask({
            command: [["/bin/bash", "-c", "until [ -e ../done ]; do sleep 0.2; done"]],
            maxRunTime: 120,
            features: { interactive: true },
          }),
        );
      }
      const cfg = await env.writeConfig({
        capacity: 2,
        enableInteractive: true,
        interactivePort: base,
        numberOfTasksToRun: 2,
      });
      const worker = env.startWorker(cfg);
      try {
        const ports = await Promise.all(ids.map((id) =>
          waitFor(async () => {
            const a = await env.queue.latestArtifact(id, "private/generic-worker/shell.html");
            if (!("url" in a) || !a.url) return undefined;
            return Number(new URL(new URL(a.url as string).searchParams.get("socketUrl")!).port);
          })
        ));
        assertEquals(ports.sort((x, y) => x - y), [base, base + 4]);
        // both shells answer while both tasks run
        for (const p of ports) {
          const r = await fetch(`http://127.0.0.1:${p}/shell/nope`);
          assertEquals(r.status, 401);
          await r.body?.cancel();
        }
      } finally {
        await Deno.writeTextFile(join(env.dir, "tasks", "done"), "");
        assertEquals(await worker.exited, 0, worker.output());
      }
      for (const id of ids) assertEquals(await env.waitResolved(id), ["completed", "completed"]);
    } finally {
      await env.close();
    }
  },
});
