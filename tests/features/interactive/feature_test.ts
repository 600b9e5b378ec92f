/**
 * The Interactive feature through the task engine (runTask against
 * localtc): best effort, so a port already in use is a task-log warning
 * and the task runs on without the shell.html artifact; not enabled in
 * the config is the usual malformed-payload.
 */
import { interactiveFeature } from "../../../src/features/interactive/mod.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import { EngineEnv, sh } from "../../task/helpers.ts";

Deno.test("interactive: port in use -> warning, task completes without shell.html", async () => {
  const l = Deno.listen({ hostname: "0.0.0.0", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  const env = await EngineEnv.start({ enableInteractive: true, interactivePort: port });
  try {
    const { taskId, outcome } = await env.run({
      command: sh("echo runs anyway"),
      maxRunTime: 30,
      features: { interactive: true },
    }, { features: env.features({ afterResourceMonitor: [interactiveFeature()] }) });
    const log = await env.log(taskId);
    assertEquals(outcome.resolution, "completed", log);
    assertStringIncludes(
      log,
      `[interactive] could not create interactive session on port ${port}: `,
    );
    assertStringIncludes(log, "runs anyway\n");
    assert(!(await env.artifacts(taskId)).has("private/generic-worker/shell.html"));
  } finally {
    l.close();
    await env.close();
  }
});

Deno.test("interactive: not enabled on the worker -> malformed-payload", async () => {
  const env = await EngineEnv.start({ enableInteractive: false });
  try {
    const { taskId, outcome } = await env.run({
      command: sh("echo must-not-run"),
      maxRunTime: 30,
      features: { interactive: true },
    });
    const log = await env.log(taskId);
    assertEquals([outcome.resolution, outcome.reason], ["exception", "malformed-payload"], log);
    assertStringIncludes(log, 'this task is attempting to use feature "Interactive"');
  } finally {
    await env.close();
  }
});
