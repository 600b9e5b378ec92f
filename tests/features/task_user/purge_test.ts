/**
 * The start-up purge of stale task users (issue 10 item 6): a worker removes
 * only users it recorded in its own ledger (`<stateDir>/task-users.json`),
 * never the `task_*` users of another worker or test run on the same host.
 * Real accounts (root on Linux only; skipped otherwise).
 */
import { join } from "node:path";
import { defaultConfig } from "../../../src/config/load.ts";
import { taskUserFeature } from "../../../src/features/task_user/mod.ts";
import { userExists } from "../../../src/platform/users.ts";
import {
  setUpTaskUser,
  TASK_USERS_FILE,
  TaskUserLedger,
  tearDownTaskUser,
} from "../../../src/platform/users_task.ts";
import { assert, assertEquals } from "../../helpers/assert.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (!isRoot) console.warn("purge_test.ts: needs root on Linux (task users); skipped");

function taskUserName(): string {
  return "task_" + crypto.randomUUID().replace(/-/g, "").slice(0, 14);
}

Deno.test({
  name:
    "task user purge: start-up removes this worker's leftover users only; another worker's task_* users survive",
  ignore: !isRoot,
  async fn() {
    const root = await Deno.makeTempDir({ prefix: "gw-purge-" });
    await Deno.chmod(root, 0o755);
    const stateA = join(root, "worker-a");
    const stateB = join(root, "worker-b");
    const own = taskUserName(); // worker A's, left behind by a crash
    const foreign = taskUserName(); // worker B's, its task still running
    const unrecorded = taskUserName(); // made by a test run, no ledger at all
    const ghost = taskUserName(); // in A's ledger, never created (crash before useradd)
    const names = [own, foreign, unrecorded];
    try {
      const ledgerA = new TaskUserLedger(stateA);
      const ledgerB = new TaskUserLedger(stateB);
      const opts = { tasksDir: join(root, "tasks"), homeParent: root };
      await setUpTaskUser(own, { ...opts, ledger: ledgerA });
      await setUpTaskUser(foreign, { ...opts, ledger: ledgerB });
      await setUpTaskUser(unrecorded, opts);
      await ledgerA.add(ghost);
      assertEquals((await ledgerA.names()).sort(), [own, ghost].sort());
      assertEquals(await ledgerB.names(), [foreign]);

      const lines: string[] = [];
      const config = {
        ...defaultConfig("multiuser", "linux"),
        headlessTasks: true,
        cleanUpTaskDirs: true,
        tasksDir: opts.tasksDir,
      };
      await taskUserFeature({ stateDir: stateA, homeParent: root, log: (m) => lines.push(m) })
        .initialise?.(config);

      assert(!(await userExists(own)), `worker A's own stale user ${own} must be removed`);
      assert(await userExists(foreign), `worker B's user ${foreign} must survive A's purge`);
      assert(await userExists(unrecorded), `an unrecorded user ${unrecorded} must survive`);
      assertEquals(await ledgerA.names(), [], "the ledger forgets removed and absent users");
      assertEquals(await ledgerB.names(), [foreign]);
      assert(lines.includes(`Removed task user ${own}`), lines.join("\n"));
      assert(!lines.some((l) => l.includes(foreign) || l.includes(unrecorded)), lines.join("\n"));
      const mode = (await Deno.stat(join(stateB, TASK_USERS_FILE))).mode! & 0o777;
      assertEquals(mode, 0o600);

      // tearing down a recorded user takes it out of its ledger
      await tearDownTaskUser({ user: { name: foreign, password: "" }, ledger: ledgerB });
      assertEquals(await ledgerB.names(), []);
    } finally {
      for (const n of names) {
        if (await userExists(n)) await tearDownTaskUser({ user: { name: n, password: "" } });
      }
      await Deno.remove(root, { recursive: true });
    }
  },
});

Deno.test("TaskUserLedger: a missing or corrupt file lists no users; odd entries are ignored", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-ledger-" });
  try {
    const ledger = new TaskUserLedger(join(dir, "state"));
    assertEquals(await ledger.names(), []);
    await Deno.mkdir(join(dir, "state"));
    await Deno.writeTextFile(ledger.file, "{not json");
    assertEquals(await ledger.names(), []);
    await Deno.writeTextFile(
      ledger.file,
      JSON.stringify({ users: ["task_ok", 7, "../etc", "-rf", { toString: 1 }, "__proto__"] }),
    );
    assertEquals(await ledger.names(), ["task_ok", "__proto__"]);
    await Promise.all([ledger.add("task_x"), ledger.add("task_y"), ledger.remove("task_ok")]);
    assertEquals((await ledger.names()).sort(), ["__proto__", "task_x", "task_y"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
