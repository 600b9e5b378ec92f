/**
 * The pages an operator opens, checked in a real headless browser (Debian
 * `chromium`): the worker's status page at `/` (identity, running task with
 * its live-log link, recent resolutions) and serve-local's task page
 * `/tasks/<taskId>`; and the worker's `/metrics` read with a Prometheus
 * text-format parser.
 */
import parsePrometheus from "parse-prometheus-text-format";
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { posixOnly } from "../helpers/platform.ts";

const sh = (script: string) => [["/bin/sh", "-c", script]];

const chromium = (() => {
  for (const c of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    try {
      if (Deno.statSync(c).isFile) return c;
    } catch { /* absent */ }
  }
  return undefined;
})();
if (!chromium) console.log("skipping the browser checks: chromium is not installed");

/** The DOM after the page loaded, as chromium renders it. */
async function dumpDom(url: string, profile: string): Promise<string> {
  const out = await new Deno.Command(chromium!, {
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      `--user-data-dir=${profile}`,
      "--virtual-time-budget=2000",
      "--dump-dom",
      url,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dom = new TextDecoder().decode(out.stdout);
  assert(out.success && dom.includes("<html"), new TextDecoder().decode(out.stderr));
  return dom;
}

interface Family {
  name: string;
  type: string;
  metrics: {
    value?: string;
    labels?: Record<string, string>;
    count?: string;
    buckets?: Record<string, string>;
  }[];
}

Deno.test({
  name:
    "status page (chromium), task page (chromium) and /metrics (Prometheus parser) after a completed, a failed and a running task",
  ignore: posixOnly("posix sh task commands and Debian's chromium").ignore || !chromium,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    const profile = join(env.dir, "chromium-profile");
    const worker = env.startWorker(await env.writeConfig({ numberOfTasksToRun: 3 }));
    try {
      const ok = await env.createTask({ command: sh("echo fine"), maxRunTime: 60 });
      assertEquals(await env.waitResolved(ok), ["completed", "completed"]);
      const bad = await env.createTask({ command: sh("exit 3"), maxRunTime: 60 });
      assertEquals(await env.waitResolved(bad), ["failed", "failed"]);
      const long = await env.createTask({ command: sh("sleep 20"), maxRunTime: 60 });
      await env.waitRunning(long);
      const port = Number(worker.output().match(/status server listening on port (\d+)/)?.[1]);
      assert(port > 0, worker.output());
      const base = `http://127.0.0.1:${port}`;

      // metrics, through a Prometheus text-format parser (the claim reaches the worker a little
      // after the queue marks the task running)
      let families: Family[] = [];
      for (let i = 0; i < 100; i++) {
        const m = await fetch(`${base}/metrics`);
        assertStringIncludes(m.headers.get("content-type") ?? "", "version=0.0.4");
        families = parsePrometheus(await m.text()) as Family[];
        const r = families.find((f) => f.name === "generic_worker_running_tasks");
        if (r?.metrics[0]?.value === "1") break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const fam = (n: string) => families.find((f) => f.name === n)!;
      const resolved = fam("generic_worker_tasks_resolved_total");
      assertEquals(resolved.type, "COUNTER");
      const byRes = Object.fromEntries(
        resolved.metrics.map((x) => [x.labels!.resolution, Number(x.value)]),
      );
      assertEquals(byRes, { completed: 1, failed: 1 });
      assertEquals(fam("generic_worker_running_tasks").metrics[0].value, "1");
      assertEquals(fam("generic_worker_task_duration_seconds").type, "HISTOGRAM");
      assertEquals(fam("generic_worker_task_duration_seconds").metrics[0].count, "2");
      assertEquals(fam("generic_worker_claim_latency_seconds").metrics[0].count, "3");
      const bytes = Object.fromEntries(
        fam("generic_worker_uploaded_bytes_total").metrics.map((
          x,
        ) => [x.labels!.kind, Number(x.value)]),
      );
      assert(bytes.log > 0, `log bytes ${bytes.log}`);

      // the worker's status page, rendered by chromium
      const page = await dumpDom(`${base}/`, profile);
      assertStringIncludes(page, `<span id="worker-id">${"local-worker"}</span>`);
      assertStringIncludes(page, env.pool);
      const running = page.slice(page.indexOf('id="running"'), page.indexOf('id="recent"'));
      assertStringIncludes(running, long);
      assertStringIncludes(
        running,
        `/api/queue/v1/task/${long}/runs/0/artifacts/public/logs/live.log`,
      );
      const recent = page.slice(page.indexOf('id="recent"'));
      assertStringIncludes(recent, ok);
      assertStringIncludes(recent, bad);
      assert(/failed/.test(recent) && /completed/.test(recent), recent);

      // serve-local's task page for the failed task, the URL the worker prints
      const tp = await dumpDom(`${env.tc.rootUrl}/tasks/${bad}/runs/0`, profile);
      assertStringIncludes(tp, `<dd id="task-id">${bad}</dd>`);
      assertStringIncludes(tp, `<dd id="task-state">failed</dd>`);
      assertStringIncludes(tp, "public/logs/live_backing.log");
      assertStringIncludes(
        tp,
        `href="/api/queue/v1/task/${bad}/runs/0/artifacts/public/logs/live_backing.log"`,
      );
      const missing = await fetch(`${env.tc.rootUrl}/tasks/${crypto.randomUUID()}`);
      assertEquals(missing.status, 404);
      await missing.body?.cancel();
      assertEquals(await worker.exited, 0, worker.output());
    } finally {
      try {
        worker.child.kill("SIGKILL");
      } catch { /* exited */ }
      await env.close();
    }
  },
});
