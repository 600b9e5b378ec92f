/** The Run Task As Current User task feature over a fake task port. */
import { RunTaskAsCurrentUserTaskFeature } from "../../../src/features/run_task_as_current_user/feature.ts";
import { assertEquals } from "../../helpers/assert.ts";

Deno.test("runTaskAsCurrentUser feature: scope, credentials file, env, commands as worker user", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-rtacuf-" });
  try {
    const env: Record<string, string> = { XDG_RUNTIME_DIR: "/run/user/1001" };
    let asWorker = false;
    const f = new RunTaskAsCurrentUserTaskFeature({
      provisionerId: "p",
      workerType: "w",
      taskDir: dir,
      taskUser: { name: "task_q_0", password: "pWd0_abc" },
      runCommandsAsWorkerUser: () => asWorker = true,
      setEnv: (k, v) => env[k] = v,
      unsetEnv: (k) => delete env[k],
    });
    assertEquals(f.requiredScopes(), [["generic-worker:run-task-as-current-user:p/w"]]);
    assertEquals(await f.start(), undefined);
    assertEquals(asWorker, true);
    assertEquals(env, { TASK_USER_CREDENTIALS: `${dir}/task-user-credentials.json` });
    assertEquals(JSON.parse(await Deno.readTextFile(env.TASK_USER_CREDENTIALS)), {
      name: "task_q_0",
      password: "pWd0_abc",
    });
    assertEquals((await Deno.stat(env.TASK_USER_CREDENTIALS)).mode! & 0o777, 0o600);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
