/** Task user life cycle with real accounts (root only; skipped otherwise). */
import { setUpTaskUser, tearDownTaskUser } from "../../src/platform/users_task.ts";
import { userExists } from "../../src/platform/users.ts";
import { assert, assertEquals, assertRejects } from "../helpers/assert.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (!isRoot) console.warn("tests/platform/users_task_test.ts: not root on Linux; tests skipped");

Deno.test({
  name:
    "setUpTaskUser: user, 0700 task dir owned by it, runAfterUserCreation as it; tearDown removes all",
  ignore: !isRoot,
  async fn() {
    const root = await Deno.makeTempDir({ prefix: "gw-tu-" });
    await Deno.chmod(root, 0o755);
    const name = "gwtest_" + crypto.randomUUID().replace(/-/g, "").slice(0, 10);
    const script = `${root}/after.sh`;
    await Deno.writeTextFile(
      script,
      '#!/bin/sh\nid -un > "$PWD/after.txt"\necho "$HOME" >> after.txt\n',
    );
    await Deno.chmod(script, 0o755);
    const logs: string[] = [];
    try {
      const tu = await setUpTaskUser(name, {
        tasksDir: `${root}/tasks`,
        homeParent: `${root}/home`,
        runAfterUserCreation: script,
        log: (m) => logs.push(m),
      });
      assertEquals(tu.user.name, name);
      assertEquals(tu.taskDir, `${root}/tasks/${name}`);
      const st = await Deno.stat(tu.taskDir);
      assertEquals(st.mode! & 0o777, 0o700);
      assertEquals(st.uid, tu.ids.uid);
      assertEquals((await Deno.stat(`${root}/tasks`)).mode! & 0o777, 0o755);
      assertEquals(
        await Deno.readTextFile(`${tu.taskDir}/after.txt`),
        `${name}\n${root}/home/${name}\n`,
      );
      assert(!logs.join("\n").includes(tu.user.password), "the password must not be logged");
      await tearDownTaskUser(tu);
      assert(!(await userExists(name)));
      await assertRejects(() => Deno.stat(`${root}/home/${name}`));
    } finally {
      if (await userExists(name)) await tearDownTaskUser({ user: { name, password: "" } });
      await Deno.remove(root, { recursive: true });
    }
  },
});

Deno.test({
  name: "setUpTaskUser: a failing runAfterUserCreation deletes the new user again",
  ignore: !isRoot,
  async fn() {
    const root = await Deno.makeTempDir({ prefix: "gw-tu-" });
    await Deno.chmod(root, 0o755);
    const name = "gwtest_" + crypto.randomUUID().replace(/-/g, "").slice(0, 10);
    try {
      await assertRejects(
        () =>
          setUpTaskUser(name, {
            tasksDir: `${root}/tasks`,
            homeParent: root,
            runAfterUserCreation: "/bin/false",
          }),
        "runAfterUserCreation /bin/false exited with code 1",
      );
      assert(!(await userExists(name)));
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
});

Deno.test({
  name: "tearDownTaskUser: a task dir that is the user's home is kept and given to the worker",
  ignore: !isRoot,
  async fn() {
    const root = await Deno.makeTempDir({ prefix: "gw-tu-" });
    await Deno.chmod(root, 0o755);
    const name = "gwtest_" + crypto.randomUUID().replace(/-/g, "").slice(0, 10);
    try {
      // tasksDir == homeParent, like the multiuser default /home
      const tu = await setUpTaskUser(name, { tasksDir: root, homeParent: root });
      assertEquals(tu.taskDir, tu.ids.home);
      await Deno.mkdir(`${tu.taskDir}/generic-worker`, { mode: 0o700 });
      await Deno.writeTextFile(`${tu.taskDir}/generic-worker/live_backing.log`, "log");
      await Deno.writeTextFile(`${tu.taskDir}/made-by-task.txt`, "x");
      await Deno.chown(`${tu.taskDir}/made-by-task.txt`, tu.ids.uid, tu.ids.gid);
      await tearDownTaskUser(tu);
      assert(!(await userExists(name)));
      assertEquals(await Deno.readTextFile(`${tu.taskDir}/generic-worker/live_backing.log`), "log");
      for (const p of [tu.taskDir, `${tu.taskDir}/made-by-task.txt`]) {
        assertEquals((await Deno.stat(p)).uid, Deno.uid(), p);
      }
    } finally {
      if (await userExists(name)) await tearDownTaskUser({ user: { name, password: "" } });
      await Deno.remove(root, { recursive: true });
    }
  },
});
