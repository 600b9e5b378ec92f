/**
 * Reliability: the real CLI worker against the real localtc through the
 * fault proxy (issue 10 item 2). The service goes away for 15 s at each of
 * claim (localtc really stopped and restarted from its data dir on the same
 * port), reclaim, artifact upload (s3 and object service) and resolve, and
 * answers 500 to every
 * request for 20 s; each time nothing may be lost: the task resolves
 * completed, `public/result.txt` and the backing log are there with the
 * command's output. The six cases run at once (each has its own localtc,
 * proxy and worker) so the group takes about a minute.
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { withEnv } from "../helpers/e2e.ts";
import type { FaultMode } from "../helpers/fault_proxy.ts";
import { killWorker, OutageEnv } from "./outage_harness.ts";

interface Case {
  name: string;
  /** Which request starts the outage. */
  at: (method: string, path: string) => boolean;
  mode: FaultMode;
  ms: number;
  /** Seconds the command sleeps (long enough for the outage to hit it when needed). */
  sleep: number;
  /** Also stop localtc during the outage and restart it from its data dir. */
  restartService?: boolean;
  /** Worker config overrides. */
  config?: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    name: "service down 15 s at claim (localtc stopped, restarted on the same port)",
    at: (m, p) => m === "POST" && p.includes("/claim-work/"),
    mode: "refuse",
    ms: 15_000,
    sleep: 0,
    restartService: true,
  },
  {
    name: "service down 15 s at reclaim",
    at: (m, p) => m === "POST" && p.endsWith("/reclaim"),
    mode: "refuse",
    ms: 15_000,
    sleep: 20,
  },
  {
    name: "service down 15 s at artifact upload",
    at: (m, p) => m === "POST" && p.includes("/artifacts/public%2Fresult.txt"),
    mode: "refuse",
    ms: 15_000,
    sleep: 0,
  },
  {
    name: "service down 15 s at the object service upload (createObjectArtifacts)",
    at: (m, p) => m === "PUT" && p.startsWith("/api/object/v1/upload/"),
    mode: "refuse",
    ms: 15_000,
    sleep: 0,
    config: { createObjectArtifacts: true },
  },
  {
    name: "service down 15 s at resolve",
    at: (m, p) => m === "POST" && p.endsWith("/completed"),
    mode: "refuse",
    ms: 15_000,
    sleep: 0,
  },
  {
    name: "500 for every request for 20 s from the first artifact upload",
    at: (m, p) => m === "POST" && p.includes("/artifacts/"),
    mode: "500",
    ms: 20_000,
    sleep: 0,
  },
];

interface Result {
  taskId: string;
  state: [string, string];
  artifacts: string[];
  result: string;
  log: string;
  outageMs: number;
  workerOutput: string;
  workerCode: number;
  /** Requests the proxy cut or answered 500. */
  faulted: number;
}

function runCase(c: Case): Promise<Result> {
  return withEnv(() => OutageEnv.start({ claimTimeoutSecs: 30, config: c.config }), async (env) => {
    const taskId = await env.createTask({
      command: [[
        "/bin/sh",
        "-c",
        `echo "output of ${c.name}"; sleep ${c.sleep}; mkdir -p out; echo "result $TASK_ID" > out/result.txt`,
      ]],
      maxRunTime: 120,
      artifacts: [{ type: "file", path: "out/result.txt", name: "public/result.txt" }],
    });
    const outage = env.proxy.outageOn(c.at, c.mode, c.ms);
    if (c.restartService) {
      outage.started.then(async () => {
        await env.stopService();
        await new Promise((r) => setTimeout(r, c.ms - 2000));
        await env.restartService();
      });
    }
    const worker = env.startWorker();
    let workerCode: number;
    const timer = setTimeout(() => killWorker(worker), 150_000);
    try {
      workerCode = await worker.exited;
    } finally {
      clearTimeout(timer);
    }
    const t0 = await Promise.race([outage.started, Promise.resolve(-1)]);
    const t1 = await outage.ended;
    return {
      taskId,
      state: await env.run(taskId, 0),
      artifacts: await env.artifactNames(taskId, 0),
      result: await env.text(taskId, 0, "public/result.txt").catch((e) => `missing: ${e}`),
      log: await env.text(taskId, 0, "public/logs/live_backing.log").catch((e) => `missing: ${e}`),
      outageMs: t0 < 0 ? 0 : t1 - t0,
      workerOutput: worker.output(),
      workerCode,
      faulted: env.proxy.requests.filter((q) => q.outcome === "cut" || q.outcome === 500).length,
    };
  });
}

// all cases start together; each test awaits its own
let running: Map<string, Promise<Result>> | undefined;
function resultOf(c: Case): Promise<Result> {
  running ??= new Map(CASES.map((k) => {
    const p = runCase(k);
    p.catch(() => {}); // reported by the case's own test
    return [k.name, p];
  }));
  return running.get(c.name)!;
}

for (const c of CASES) {
  Deno.test({
    name: `outage: ${c.name}: nothing lost, every artifact present, completed`,
    // the cases run concurrently across these tests
    sanitizeOps: false,
    sanitizeResources: false,
    async fn() {
      const r = await resultOf(c);
      const ctx = `worker exit ${r.workerCode}\n${r.workerOutput.slice(-6000)}`;
      assert(r.outageMs >= c.ms - 100, `the outage happened (${r.outageMs} ms)\n${ctx}`);
      assert(r.faulted >= 1, "the worker met the fault");
      assertEquals(r.state, ["completed", "completed"], ctx);
      assertEquals(r.workerCode, 0, ctx);
      assertEquals(r.result, `result ${r.taskId}\n`, ctx);
      assert(r.artifacts.includes("public/logs/live_backing.log"), r.artifacts.join(","));
      assert(r.artifacts.includes("public/result.txt"), r.artifacts.join(","));
      assertStringIncludes(r.log, `output of ${c.name}`);
      assert(!r.workerOutput.includes("not uploaded"), ctx);
    },
  });
}
