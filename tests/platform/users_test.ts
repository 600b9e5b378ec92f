/**
 * Task users on Linux: real accounts are created and deleted when the tests
 * run as root (as CI does); otherwise those tests are skipped with a message.
 * Test users are named `gwtest_*` so no worker's `task_*` sweep touches them.
 */
import {
  addGroupsToPrefix,
  addUserToGroup,
  chownToUser,
  copyFileAsUser,
  createOSGroup,
  createOSUser,
  deleteOSGroup,
  deleteOSUser,
  deleteStaleTaskUsers,
  generatePassword,
  killProcessesOfUid,
  listTaskUsers,
  lookupGroupId,
  lookupUser,
  readFileAsUser,
  removeUserFromGroup,
  runAsArgv,
  runAsPrefix,
  runAsUser,
  runCommand,
  taskUserEnv,
  userExists,
  userGroupNames,
  workerUserGroupNames,
} from "../../src/platform/users.ts";
import { assert, assertEquals, assertMatch, assertRejects } from "../helpers/assert.ts";
import { posixOnly } from "../helpers/platform.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (!isRoot) {
  console.warn(
    "tests/platform/users_test.ts: not running as root on Linux; real user tests are skipped",
  );
}

function uniqueName(prefix = "gwtest_"): string {
  return prefix + crypto.randomUUID().replace(/-/g, "").slice(0, 10);
}

Deno.test("generatePassword: pWd0_ + 24 characters of [A-Za-z0-9], unpredictable", () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const p = generatePassword();
    assertMatch(p, /^pWd0_[A-Za-z0-9]{24}$/);
    seen.add(p);
  }
  assertEquals(seen.size, 200);
});

Deno.test("generatePassword: bytes >= 248 are rejected (no modulo bias)", () => {
  // even positions hold 248..255 (rejected), odd positions hold their index (accepted)
  const source = (len: number) =>
    Uint8Array.from({ length: len }, (_, i) => i % 2 ? i : 248 + (i % 8));
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const odd = (n: number) => Array.from({ length: n }, (_, k) => alphabet[2 * k + 1]).join("");
  assertEquals(generatePassword(source), "pWd0_" + odd(16) + odd(8));
});

Deno.test("runAsArgv: setpriv with uid, gid and exactly the given groups", () => {
  assertEquals(runAsArgv({ uid: 1001, gid: 1002, groups: [1002, 27] }, ["id", "-u"], [44, 27]), [
    "/usr/bin/setpriv",
    "--reuid=1001",
    "--regid=1002",
    "--groups=1002,27,44",
    "--",
    "id",
    "-u",
  ]);
  assertEquals(runAsArgv({ uid: 5, gid: 6, groups: [] }, ["true"])[3], "--clear-groups");
});

Deno.test(
  "taskUserEnv: HOME, PATH, USER defaults (spec 8.2)",
  posixOnly("the posix task user environment"),
  () => {
    assertEquals(taskUserEnv({ name: "task_x_0" }), {
      HOME: "/home/task_x_0",
      PATH: "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
      USER: "task_x_0",
    });
  },
);

Deno.test({
  name: "users: create, look up, run as, groups, chown, read as user, delete (root)",
  ignore: !isRoot,
  async fn() {
    const name = uniqueName();
    const group = uniqueName("gwtestg_");
    const homeParent = await Deno.makeTempDir({ prefix: "gw-users-home-" });
    const work = await Deno.makeTempDir({ prefix: "gw-users-work-" });
    await Deno.chmod(work, 0o755);
    const password = generatePassword();
    try {
      assert(!(await userExists(name)));
      await createOSUser({ name, password }, homeParent);
      assert(await userExists(name));
      const ids = await lookupUser(name);
      assert(ids.uid > 0);
      assertEquals(ids.home, `${homeParent}/${name}`);
      assert(ids.groups.includes(ids.gid));
      const st = await Deno.stat(ids.home);
      assertEquals(st.uid, ids.uid);
      // the password was set (shadow entry is a hash, not "!" or "*")
      const shadow = await runCommand(["getent", "shadow", name]);
      const hash = shadow.stdout.split(":")[1];
      assert(hash.startsWith("$"), `expected a password hash, got ${hash.slice(0, 3)}`);
      // full name set by chfn
      const passwd = await runCommand(["getent", "passwd", name]);
      assertEquals(passwd.stdout.split(":")[4].split(",")[0], name);

      // commands run with exactly the user's ids
      const env = taskUserEnv(ids, homeParent);
      const idU = await runAsUser(ids, ["id", "-u"], { env });
      assertEquals(new TextDecoder().decode(idU.stdout).trim(), String(ids.uid));
      const idG = await runAsUser(ids, ["id", "-G"], { env });
      assertEquals(
        new TextDecoder().decode(idG.stdout).trim().split(" ").map(Number).sort(),
        [...ids.groups].sort(),
      );

      // supplementary groups: added to the account, and to a command's groups
      await createOSGroup(group);
      const gid = await lookupGroupId(group);
      await addUserToGroup(name, group);
      assert((await userGroupNames(name)).includes(group));
      const withGroup = await runAsUser({ ...ids, groups: [...ids.groups, gid] }, ["id", "-nG"], {
        env,
      });
      assert(new TextDecoder().decode(withGroup.stdout).trim().split(" ").includes(group));
      await removeUserFromGroup(name, group);
      assert(!(await userGroupNames(name)).includes(group));
      await assertRejects(() => addUserToGroup(name, uniqueName("gwnogroup_")), "usermod");

      // root-only file: the user cannot read it; after chown it can
      const secret = `${work}/secret`;
      await Deno.writeTextFile(secret, "top secret", { mode: 0o600 });
      await Deno.chmod(secret, 0o600);
      await assertRejects(() => readFileAsUser(ids, secret), "could not read");
      await chownToUser(work, ids);
      assertEquals(new TextDecoder().decode(await readFileAsUser(ids, secret)), "top secret");
      assertEquals((await Deno.stat(secret)).uid, ids.uid);
      await assertRejects(() => readFileAsUser(ids, secret, 3), "larger than 3 bytes");

      // a process left behind by the task user is killed when the user is deleted
      const argv = runAsArgv(ids, ["sleep", "600"]);
      const sleeper = new Deno.Command(argv[0], {
        args: argv.slice(1),
        stdin: "null",
        stdout: "null",
        stderr: "null",
      }).spawn();
      await deleteOSUser(name);
      const status = await sleeper.status;
      assertEquals(status.signal, "SIGKILL");
      assert(!(await userExists(name)));
      await assertRejects(() => Deno.stat(`${homeParent}/${name}`));
      await assertRejects(() => lookupUser(name), "no such user");
    } finally {
      if (await userExists(name)) await deleteOSUser(name);
      if ((await runCommand(["getent", "group", group])).code === 0) await deleteOSGroup(group);
      await Deno.remove(homeParent, { recursive: true });
      await Deno.remove(work, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "deleteStaleTaskUsers: deletes only the named users, never kept or unnamed ones, reports absent ones (root)",
  ignore: !isRoot,
  async fn() {
    const prefix = uniqueName("gws") + "_";
    const homeParent = await Deno.makeTempDir({ prefix: "gw-users-home-" });
    const names = [prefix + "a", prefix + "b", prefix + "c"];
    try {
      for (const n of names) {
        await createOSUser({ name: n, password: generatePassword() }, homeParent);
      }
      assertEquals((await listTaskUsers(prefix)).sort(), names);
      const r = await deleteStaleTaskUsers(
        [names[0], names[1], prefix + "gone"],
        new Set([names[1]]),
      );
      assertEquals(r.deleted, [names[0]]);
      assertEquals(r.absent, [prefix + "gone"]);
      assertEquals(r.failed, []);
      // b is kept, c was not named: both survive
      assertEquals((await listTaskUsers(prefix)).sort(), [names[1], names[2]]);
    } finally {
      for (const n of names) if (await userExists(n)) await deleteOSUser(n);
      await Deno.remove(homeParent, { recursive: true });
    }
  },
});

Deno.test({
  name: "killProcessesOfUid: never kills uid 0",
  async fn() {
    assertEquals(await killProcessesOfUid(0), 0);
  },
});

Deno.test({
  name: "workerUserGroupNames: the worker user's groups without its personal group",
  ignore: Deno.build.os !== "linux",
  async fn() {
    const user = (await runCommand(["id", "-un"])).stdout.trim();
    const all = (await runCommand(["id", "-Gn", user])).stdout.trim().split(/\s+/);
    assertEquals(await workerUserGroupNames(), all.filter((g) => g !== user));
  },
});

Deno.test("runAsPrefix / addGroupsToPrefix: the setpriv prefix and extra supplementary groups", () => {
  const p = runAsPrefix({ uid: 1001, gid: 1001, groups: [1001] });
  assertEquals(p, ["/usr/bin/setpriv", "--reuid=1001", "--regid=1001", "--groups=1001", "--"]);
  assertEquals(addGroupsToPrefix(p, [27, 1001])[3], "--groups=1001,27");
  assertEquals(
    addGroupsToPrefix(runAsPrefix({ uid: 5, gid: 5, groups: [] }), [44])[3],
    "--groups=44",
  );
  assertEquals(addGroupsToPrefix([], [44]), []);
});

Deno.test({
  name: "copyFileAsUser: copies what the user can read, refuses what only root can (root)",
  ignore: !isRoot,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "gw-copyas-" });
    await Deno.chmod(dir, 0o755);
    try {
      const nobody = runAsPrefix({ uid: 65534, gid: 65534, groups: [] });
      await Deno.writeTextFile(`${dir}/public`, "readable", { mode: 0o644 });
      await Deno.chmod(`${dir}/public`, 0o644);
      await Deno.writeTextFile(`${dir}/private`, "root only", { mode: 0o600 });
      await Deno.symlink(`${dir}/private`, `${dir}/link`);
      await copyFileAsUser(nobody, `${dir}/public`, `${dir}/copy1`);
      assertEquals(await Deno.readTextFile(`${dir}/copy1`), "readable");
      assertEquals((await Deno.stat(`${dir}/copy1`)).mode! & 0o777, 0o600);
      await assertRejects(
        () => copyFileAsUser(nobody, `${dir}/link`, `${dir}/copy2`),
        "could not read",
      );
      await assertRejects(() => Deno.stat(`${dir}/copy2`));
      await copyFileAsUser([], `${dir}/link`, `${dir}/copy3`);
      assertEquals(await Deno.readTextFile(`${dir}/copy3`), "root only");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
