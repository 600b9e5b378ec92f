/** Run Task As Current User: capacity rule text, scope, and the 0600 credentials file. */
import {
  runTaskAsCurrentUserDisabledReason,
  runTaskAsCurrentUserEnabled,
  runTaskAsCurrentUserScope,
  writeTaskUserCredentials,
} from "../../../src/features/run_task_as_current_user/credentials.ts";
import { assertEquals } from "../../helpers/assert.ts";

Deno.test("runTaskAsCurrentUser: enabled only with capacity 1; the Go DisabledReason text", () => {
  assertEquals(runTaskAsCurrentUserEnabled(true, 1), true);
  assertEquals(runTaskAsCurrentUserEnabled(true, 2), false);
  assertEquals(runTaskAsCurrentUserEnabled(false, 1), false);
  assertEquals(runTaskAsCurrentUserDisabledReason(1), "");
  assertEquals(
    runTaskAsCurrentUserDisabledReason(3),
    'feature "Run Task As Current User" is not compatible with capacity > 1 (current capacity: 3) because it would bypass per-task user isolation',
  );
  assertEquals(
    runTaskAsCurrentUserScope("prov", "wt"),
    "generic-worker:run-task-as-current-user:prov/wt",
  );
});

Deno.test("writeTaskUserCredentials: {name,password} JSON, mode 0600, replaced atomically", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-rtacu-" });
  try {
    const path = await writeTaskUserCredentials(dir, { name: "task_a_0", password: "pWd0_x" });
    assertEquals(path, `${dir}/task-user-credentials.json`);
    assertEquals(
      await Deno.readTextFile(path),
      '{\n  "name": "task_a_0",\n  "password": "pWd0_x"\n}\n',
    );
    if (Deno.build.os !== "windows") assertEquals((await Deno.stat(path)).mode! & 0o777, 0o600);
    await writeTaskUserCredentials(dir, { name: "task_b_0", password: "pWd0_y" });
    assertEquals(JSON.parse(await Deno.readTextFile(path)).name, "task_b_0");
    assertEquals([...Deno.readDirSync(dir)].map((e) => e.name), ["task-user-credentials.json"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
