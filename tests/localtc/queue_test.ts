/**
 * The queue of localtc driven by the official taskcluster-client: task
 * creation and defaults, claiming with minimal worker credentials, per-run
 * temporary credentials, reclaim, resolution and its state guards, retries,
 * dependencies, claim expiry, deadlines, cancellation and long polling.
 */
import { assert, assertEquals, assertMatch, assertStringIncludes } from "../helpers/assert.ts";
import hawk from "hawk";
import { type Env, expectTcError, startEnv, taskDef, tc } from "./helpers.ts";

const POOL = "local/generic-worker";
const WORKER = { workerGroup: "local", workerId: "local-worker" };

interface Claim {
  status: { taskId: string; state: string };
  runId: number;
  takenUntil: string;
  task: Record<string, unknown>;
  credentials: { clientId: string; accessToken: string; certificate: string };
}

async function withEnv(fn: (env: Env) => Promise<void>, opts = {}): Promise<void> {
  const env = await startEnv(opts);
  try {
    await fn(env);
  } finally {
    await env.close();
  }
}

function workerQueue(env: Env) {
  const cfg = env.tc.createWorkerConfig();
  return env.queue({ clientId: cfg.clientId, accessToken: cfg.accessToken });
}

async function claimOne(env: Env): Promise<Claim> {
  const res = await workerQueue(env).claimWork(POOL, { tasks: 1, ...WORKER });
  assertEquals(res.tasks.length, 1, "one task claimed");
  return res.tasks[0] as Claim;
}

Deno.test("task lifecycle: create, claim with worker creds, reclaim and resolve with task creds", async () => {
  await withEnv(async (env) => {
    const root = env.queue();
    const taskId = tc.slugid();
    const def = taskDef(env.clock, { scopes: ["secrets:get:project/x"], routes: [] });
    const created = await root.createTask(taskId, def);
    assertEquals(created.status.state, "pending");
    assertEquals(created.status.runs, [{
      runId: 0,
      state: "pending",
      reasonCreated: "scheduled",
      scheduled: created.status.runs[0].scheduled,
    }]);

    // the queue fills defaults and splits taskQueueId
    const task = await root.task(taskId);
    assertEquals(task.provisionerId, "local");
    assertEquals(task.workerType, "generic-worker");
    assertEquals(task.schedulerId, "-");
    assertEquals(task.projectId, "none");
    assertEquals(task.taskGroupId, taskId);
    assertEquals(task.priority, "lowest");
    assertEquals(task.retries, 5);
    assertEquals(task.requires, "all-completed");
    assertEquals(task.dependencies, []);
    assertEquals(task.tags, {});
    const expires = new Date(def.deadline as string);
    expires.setFullYear(expires.getFullYear() + 1);
    assertEquals(task.expires, expires.toJSON());

    // repeating createTask with the same definition is idempotent; a different one conflicts
    assertEquals((await root.createTask(taskId, def)).status.taskId, taskId);
    const conflict = await expectTcError(
      () => root.createTask(taskId, { ...def, payload: { other: true } }),
      409,
    );
    assertEquals(conflict.code, "RequestConflict");

    const claim = await claimOne(env);
    assertEquals(claim.status.taskId, taskId);
    assertEquals(claim.runId, 0);
    assertEquals(claim.status.state, "running");
    assertEquals(claim.task.payload, def.payload);
    const takenUntilSecs = new Date(claim.takenUntil).getTime() / 1000;
    assertEquals(
      claim.credentials.clientId,
      `task-client/${taskId}/0/on/local/local-worker/until/${takenUntilSecs}`,
    );
    const cert = JSON.parse(claim.credentials.certificate);
    assertEquals(cert.issuer, "static/taskcluster/queue");
    assertEquals(cert.expiry, new Date(claim.takenUntil).getTime());
    assertEquals(cert.scopes, [
      `queue:reclaim-task:${taskId}/0`,
      `queue:resolve-task:${taskId}/0`,
      `queue:create-artifact:${taskId}/0`,
      "secrets:get:project/x",
    ]);
    // takenUntil is claim time + 20 minutes by default
    assertEquals(new Date(claim.takenUntil).getTime(), env.clock.ms + 20 * 60 * 1000);

    // the task credentials authenticate and carry exactly the certificate's scopes (+ anonymous)
    const taskAuth = env.client(tc.Auth, claim.credentials);
    const current = (await taskAuth.currentScopes()).scopes as string[];
    assert(current.includes(`queue:resolve-task:${taskId}/0`));
    assert(current.includes("secrets:get:project/x"));
    assert(!current.includes("queue:claim-work:local/generic-worker"));

    env.clock.advance(60);
    const taskQueue = env.queue(claim.credentials);
    const reclaim = await taskQueue.reclaimTask(taskId, 0);
    assertEquals(new Date(reclaim.takenUntil).getTime(), env.clock.ms + 20 * 60 * 1000);
    assertEquals(reclaim.workerGroup, "local");
    assertEquals(reclaim.workerId, "local-worker");
    assertEquals(reclaim.status.runs[0].takenUntil, reclaim.takenUntil);
    assert(
      reclaim.credentials.clientId.startsWith(
        `task-client/${taskId}/0/on/local/local-worker/until/`,
      ),
    );

    // the refreshed credentials resolve the run; a repeat is idempotent
    const done = await env.queue(reclaim.credentials).reportCompleted(taskId, 0);
    assertEquals(done.status.state, "completed");
    assertEquals(done.status.runs[0].reasonResolved, "completed");
    assertEquals((await taskQueue.reportCompleted(taskId, 0)).status.state, "completed");

    // status is readable without credentials (anonymous role)
    const anon = env.anonQueue();
    assertEquals((await anon.status(taskId)).status.state, "completed");

    // nothing left to claim: an empty claimWork returns an empty list
    const empty = await workerQueue(env).claimWork(POOL, { tasks: 1, ...WORKER });
    assertEquals(empty.tasks, []);
  });
});

Deno.test("createTask: provisionerId/workerType, queue mismatch, scopes required", async () => {
  await withEnv(async (env) => {
    const root = env.queue();
    const t1 = tc.slugid();
    const d = taskDef(env.clock);
    delete d.taskQueueId;
    const s = await root.createTask(t1, { ...d, provisionerId: "prov", workerType: "wt" });
    assertEquals(s.status.taskQueueId, "prov/wt");
    const mismatch = await expectTcError(
      () =>
        root.createTask(tc.slugid(), {
          ...d,
          provisionerId: "a",
          workerType: "b",
          taskQueueId: "a/c",
        }),
      400,
    );
    assertEquals(mismatch.code, "InputError");
    const invalid = await expectTcError(
      () => root.createTask(tc.slugid(), { ...taskDef(env.clock), payload: "not an object" }),
      400,
    );
    assertEquals(invalid.code, "InputValidationError");
    const past = await expectTcError(
      () =>
        root.createTask(tc.slugid(), {
          ...taskDef(env.clock),
          created: new Date(env.clock.ms - 600_000).toJSON(),
          deadline: new Date(env.clock.ms - 1000).toJSON(),
        }),
      400,
    );
    assertStringIncludes(past.body.message, "`deadline` cannot be in the past");

    // a client with create-task scopes for another queue only
    const creds = await env.tc.createClient("tester/limited", [
      "queue:create-task:lowest:local/other",
      "queue:scheduler-id:-",
      "queue:create-task:project:none",
    ]);
    const limited = env.queue(creds);
    const denied = await expectTcError(
      () => limited.createTask(tc.slugid(), taskDef(env.clock)),
      403,
    );
    assertEquals(denied.code, "InsufficientScopes");
    assertStringIncludes(
      denied.body.message,
      "Client ID tester/limited does not have sufficient scopes and is missing the following scopes:",
    );
    assertStringIncludes(denied.body.message, "queue:create-task:lowest:local/generic-worker");
    assertEquals(denied.body.requestInfo.method, "createTask");
    // task scopes must be held by the creator too
    const ok = tc.slugid();
    const okDef = taskDef(env.clock, { taskQueueId: "local/other" });
    assertEquals((await limited.createTask(ok, okDef)).status.state, "pending");
    await expectTcError(
      () => limited.createTask(tc.slugid(), { ...okDef, scopes: ["secrets:get:x"] }),
      403,
    );
  });
});

Deno.test("resolution state guards answer 409 RequestConflict; exceptions retry as the queue does", async () => {
  await withEnv(async (env) => {
    const root = env.queue();
    const taskId = tc.slugid();
    await root.createTask(taskId, taskDef(env.clock, { retries: 1 }));
    // not claimed yet: cannot be completed
    const notRunning = await expectTcError(() => root.reportCompleted(taskId, 0), 409);
    assertEquals(notRunning.code, "RequestConflict");
    assertStringIncludes(notRunning.body.message, "is not running or completed");
    await expectTcError(() => root.reportCompleted(taskId, 5), 404);

    // worker-shutdown: exception + a retry run
    let claim = await claimOne(env);
    const q = env.queue(claim.credentials);
    const ex = await q.reportException(taskId, 0, { reason: "worker-shutdown" });
    assertEquals(ex.status.runs[0].state, "exception");
    assertEquals(ex.status.runs[0].reasonResolved, "worker-shutdown");
    assertEquals(ex.status.runs[1].state, "pending");
    assertEquals(ex.status.runs[1].reasonCreated, "retry");
    assertEquals(ex.status.retriesLeft, 0);
    // the old run is resolved: reclaim, completed and failed conflict
    await expectTcError(() => q.reclaimTask(taskId, 0), 409);
    await expectTcError(() => q.reportFailed(taskId, 0), 409);
    await expectTcError(() => q.reportException(taskId, 0, { reason: "internal-error" }), 409);
    // a bad reason is an input validation error
    const bad = await expectTcError(
      () => q.reportException(taskId, 0, { reason: "canceled" }),
      400,
    );
    assertEquals(bad.code, "InputValidationError");

    // run 1: intermittent-task would retry, but no retries are left
    claim = await claimOne(env);
    assertEquals(claim.runId, 1);
    const q1 = env.queue(claim.credentials);
    // run-0 credentials cannot touch run 1
    await expectTcError(() => q.reportCompleted(taskId, 1), 403);
    const ex1 = await q1.reportException(taskId, 1, { reason: "intermittent-task" });
    assertEquals(ex1.status.state, "exception");
    assertEquals(ex1.status.runs.length, 2);
    await expectTcError(() => q1.reportCompleted(taskId, 1), 409);

    // failed is final
    const t2 = tc.slugid();
    await root.createTask(t2, taskDef(env.clock));
    const c2 = await claimOne(env);
    const f = await env.queue(c2.credentials).reportFailed(t2, 0);
    assertEquals(f.status.state, "failed");
    assertEquals(f.status.runs[0].reasonResolved, "failed");
    await expectTcError(() => env.queue(c2.credentials).reportCompleted(t2, 0), 409);
  });
});

Deno.test("dependencies keep a task unscheduled until all-completed / all-resolved", async () => {
  await withEnv(async (env) => {
    const root = env.queue();
    const a = tc.slugid();
    const b = tc.slugid();
    const onA = tc.slugid(); // all-completed on a
    const anyA = tc.slugid(); // all-resolved on a
    const onB = tc.slugid(); // all-completed on b
    await root.createTask(a, taskDef(env.clock));
    await root.createTask(b, taskDef(env.clock));
    await root.createTask(onA, taskDef(env.clock, { dependencies: [a] }));
    await root.createTask(
      anyA,
      taskDef(env.clock, { dependencies: [a], requires: "all-resolved" }),
    );
    await root.createTask(onB, taskDef(env.clock, { dependencies: [a, b] }));
    for (const id of [onA, anyA, onB]) {
      const s = await root.status(id);
      assertEquals(s.status.state, "unscheduled");
      assertEquals(s.status.runs, []);
    }
    const missing = await expectTcError(
      () => root.createTask(tc.slugid(), taskDef(env.clock, { dependencies: [tc.slugid()] })),
      400,
    );
    assertStringIncludes(missing.body.message, "`task.dependencies` references non-existing tasks");

    // claim both; a fails, b completes
    const res = await workerQueue(env).claimWork(POOL, { tasks: 4, ...WORKER });
    assertEquals(res.tasks.length, 2);
    const byId = new Map((res.tasks as Claim[]).map((c) => [c.status.taskId, c]));
    await env.queue(byId.get(a)!.credentials).reportFailed(a, 0);
    assertEquals((await root.status(onA)).status.state, "unscheduled");
    assertEquals((await root.status(anyA)).status.state, "pending");
    await env.queue(byId.get(b)!.credentials).reportCompleted(b, 0);
    assertEquals((await root.status(onB)).status.state, "unscheduled");

    // rerun a and complete it: the all-completed dependents get scheduled
    await root.rerunTask(a);
    const rerun = await workerQueue(env).claimWork(POOL, { tasks: 4, ...WORKER });
    const claimA = (rerun.tasks as Claim[]).find((c) => c.status.taskId === a)!;
    assertEquals(claimA.runId, 1);
    await env.queue(claimA.credentials).reportCompleted(a, 1);
    assertEquals((await root.status(onA)).status.state, "pending");
    assertEquals((await root.status(onB)).status.state, "pending");
  });
});

Deno.test("claim expiry resolves exception/claim-expired and retries while retries last", async () => {
  await withEnv(async (env) => {
    const root = env.queue();
    const taskId = tc.slugid();
    await root.createTask(taskId, taskDef(env.clock, { retries: 1 }));
    const c0 = await claimOne(env);
    assertEquals(new Date(c0.takenUntil).getTime(), env.clock.ms + 30_000);
    env.clock.advance(31);
    await env.tc.sweep();
    let s = (await root.status(taskId)).status;
    assertEquals(s.runs[0].state, "exception");
    assertEquals(s.runs[0].reasonResolved, "claim-expired");
    assertEquals(s.runs[1].state, "pending");
    assertEquals(s.runs[1].reasonCreated, "retry");
    assertEquals(s.retriesLeft, 0);
    // the expired claim's holder gets 409s
    await expectTcError(() => env.queue(c0.credentials).reclaimTask(taskId, 0), 409);
    await expectTcError(() => env.queue(c0.credentials).reportCompleted(taskId, 0), 409);

    // run 1 expires too (found lazily on the next status read): no retries left
    const c1 = await claimOne(env);
    assertEquals(c1.runId, 1);
    env.clock.advance(31);
    s = (await root.status(taskId)).status;
    assertEquals(s.state, "exception");
    assertEquals(s.runs.length, 2);
    assertEquals(s.runs[1].reasonResolved, "claim-expired");
  }, { claimTimeoutSecs: 30 });
});

Deno.test("deadline resolves unfinished tasks as deadline-exceeded; cancel resolves canceled", async () => {
  await withEnv(async (env) => {
    const root = env.queue();
    const running = tc.slugid();
    const pending = tc.slugid();
    const blocked = tc.slugid();
    const shortDeadline = { deadline: new Date(env.clock.ms + 120_000).toJSON() };
    await root.createTask(running, taskDef(env.clock, shortDeadline));
    const claim = await claimOne(env);
    await root.createTask(pending, taskDef(env.clock, shortDeadline));
    await root.createTask(
      blocked,
      taskDef(env.clock, { ...shortDeadline, dependencies: [blocked] }),
    );
    const dependent = tc.slugid();
    await root.createTask(
      dependent,
      taskDef(env.clock, { dependencies: [pending], requires: "all-resolved" }),
    );
    env.clock.advance(121);
    for (const id of [running, pending]) {
      const s = (await root.status(id)).status;
      assertEquals(s.state, "exception");
      assertEquals(s.runs[0].reasonResolved, "deadline-exceeded");
    }
    const b = (await root.status(blocked)).status;
    assertEquals(b.runs, [{
      runId: 0,
      state: "exception",
      reasonCreated: "exception",
      reasonResolved: "deadline-exceeded",
      scheduled: b.runs[0].scheduled,
      resolved: b.runs[0].resolved,
    }]);
    // an all-resolved dependent is scheduled once its dependency is resolved by the deadline
    assertEquals((await root.status(dependent)).status.state, "pending");
    const late = await expectTcError(
      () => env.queue(claim.credentials).reclaimTask(running, 0),
      409,
    );
    assertStringIncludes(late.body.message, "can't be reclaimed past its deadline");

    const toCancel = tc.slugid();
    await root.createTask(toCancel, taskDef(env.clock));
    const c = await root.cancelTask(toCancel);
    assertEquals(c.status.state, "exception");
    assertEquals(c.status.runs[0].reasonResolved, "canceled");
  });
});

Deno.test("claimWork long-polls and returns as soon as a task becomes pending", async () => {
  await withEnv(async (env) => {
    const worker = workerQueue(env);
    const polling = worker.claimWork(POOL, { tasks: 1, ...WORKER });
    await new Promise((r) => setTimeout(r, 200));
    const taskId = tc.slugid();
    await env.queue().createTask(taskId, taskDef(env.clock));
    const res = await polling;
    assertEquals(res.tasks.length, 1);
    assertEquals(res.tasks[0].status.taskId, taskId);
    // a worker id outside its scopes is refused
    const denied = await expectTcError(
      () => worker.claimWork(POOL, { tasks: 1, workerGroup: "local", workerId: "someone-else" }),
      403,
    );
    assertMatch(denied.body.message, /queue:worker-id:local\/someone-else/);
  }, { claimWorkTimeoutSecs: 20 });
});

Deno.test("a long poll abandoned by its client claims nothing; close() ends pending long polls", async () => {
  const env = await startEnv({ claimWorkTimeoutSecs: 20 });
  let closed = false;
  try {
    const cfg = env.tc.createWorkerConfig();
    const url = `${env.tc.rootUrl}/api/queue/v1/claim-work/${encodeURIComponent(POOL)}`;
    const body = JSON.stringify({ tasks: 1, ...WORKER });
    const { header } = hawk.client.header(url, "POST", {
      credentials: { id: cfg.clientId, key: cfg.accessToken, algorithm: "sha256" },
    });
    const ac = new AbortController();
    const res = await fetch(url, {
      method: "POST",
      body,
      headers: { authorization: header, "content-type": "application/json" },
      signal: ac.signal,
    });
    assertEquals(res.status, 200);
    ac.abort();
    await res.body?.cancel().catch(() => {});
    // let the server notice the disconnect before work appears
    await new Promise((r) => setTimeout(r, 250));
    const taskId = tc.slugid();
    await env.queue().createTask(taskId, taskDef(env.clock));
    await new Promise((r) => setTimeout(r, 100));
    assertEquals((await env.queue().status(taskId)).status.state, "pending");

    // a long poll in progress when the service closes gets an empty answer
    const rootPoll = env.queue().claimWork("local/empty-queue", { tasks: 1, ...WORKER });
    await new Promise((r) => setTimeout(r, 100));
    await env.close();
    closed = true;
    assertEquals((await rootPoll).tasks, []);
  } finally {
    if (!closed) await env.close();
  }
});
