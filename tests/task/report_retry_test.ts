/**
 * Issue 10 item 2 at the task-engine level: the real localtc behind the
 * fault proxy, `runTask` with a short retry budget (each call gives up after
 * 1.5 s) and outages longer than that. The resolution report is tried again
 * until it lands (reclaims keep the claim alive meanwhile), artifact calls
 * are retried for their budget, and a report whose claim has expired is
 * given up.
 */
import { e2eTest } from "../helpers/e2e.ts";
import { type FaultProxy, startFaultProxy } from "../helpers/fault_proxy.ts";
import { assert, assertEquals } from "../helpers/assert.ts";
import { EngineEnv } from "./helpers.ts";

const RETRY = { initialDelayMs: 50, maxDelayMs: 300, totalBudgetMs: 1500 };
/** localtc (claims of `claimTimeoutSecs`) with the worker config's rootURL at a fault proxy. */
async function proxied(claimTimeoutSecs: number): Promise<{
  env: EngineEnv;
  proxy: FaultProxy;
  close(): Promise<void>;
}> {
  const env = await EngineEnv.start({}, { claimTimeoutSecs });
  const proxy = await startFaultProxy(env.tc.rootUrl);
  env.config.rootURL = proxy.url;
  return {
    env,
    proxy,
    async close() {
      await proxy.close();
      await env.close();
    },
  };
}

const isCompleted = (m: string, p: string) => m === "POST" && p.endsWith("/completed");

e2eTest(
  "runTask: a report refused for 5 s (longer than one call's budget) is tried again until it lands",
  { start: () => proxied(60) },
  async ({ env, proxy }) => {
    const outage = proxy.outageOn(isCompleted, "refuse", 5000);
    const { taskId, outcome } = await env.run(
      { command: [["/bin/sh", "-c", "echo hello"]], maxRunTime: 30 },
      { deps: { retry: RETRY, reclaimEveryMs: 1000 } },
    );
    const t0 = await outage.started;
    assert((await outage.ended) - t0 >= 4900);
    assertEquals([outcome.resolution, outcome.reported], ["completed", true]);
    assertEquals(await env.state(taskId), ["completed", "completed"]);
    const lines = env.workerLines.join("\n");
    assert(
      lines.includes(`Trying again to report successful completion for task ${taskId}`),
      lines,
    );
    // reclaims went on while the report was being retried
    const after = lines.slice(lines.indexOf(`Resolving task ${taskId}`));
    assert(after.includes(`About to reclaim task ${taskId}`), after);
  },
);

e2eTest(
  "runTask: 500s for 4 s while artifacts upload and the task resolves: every artifact lands, completed",
  { start: () => proxied(60) },
  async ({ env, proxy }) => {
    const outage = proxy.outageOn(
      (m, p) => m === "POST" && p.includes("/artifacts/"),
      "500",
      4000,
    );
    const { taskId, outcome } = await env.run(
      {
        command: [["/bin/sh", "-c", "mkdir -p out && echo result > out/result.txt"]],
        maxRunTime: 30,
        artifacts: [{ type: "file", path: "out/result.txt", name: "public/result.txt" }],
      },
      // a budget longer than the outage: each call gets through it
      { deps: { retry: { ...RETRY, totalBudgetMs: 10_000 }, reclaimEveryMs: 1000 } },
    );
    await outage.ended;
    assertEquals([outcome.resolution, outcome.reported], ["completed", true], outcome.message);
    assertEquals(await env.text(taskId, "public/result.txt"), "result\n");
    const names = [...(await env.artifacts(taskId)).keys()].sort();
    assert(names.includes("public/logs/live_backing.log"), names.join(","));
    assert(proxy.requests.some((r) => r.outcome === 500), "the outage answered 500s");
  },
);

e2eTest(
  "runTask: a report is given up once the claim has expired (not retried forever)",
  { start: () => proxied(4) },
  async ({ env, proxy }) => {
    proxy.outageOn(isCompleted, "refuse", 60_000);
    const started = performance.now();
    const { outcome } = await env.run(
      { command: [["/bin/sh", "-c", "true"]], maxRunTime: 30 },
      { deps: { retry: RETRY } },
    );
    assertEquals([outcome.resolution, outcome.reported], ["completed", false]);
    assert(performance.now() - started < 20_000, "gave up soon after the claim expired");
    assert(
      env.workerLines.some((l) => l.includes("its claim expired at")),
      env.workerLines.join("\n"),
    );
  },
);
