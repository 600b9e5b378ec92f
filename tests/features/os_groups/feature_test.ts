/** The OS Groups task feature over a fake task port (insecure check; multiuser with real groups as root). */
import { type OSGroupsTask, OSGroupsTaskFeature } from "../../../src/features/os_groups/feature.ts";
import {
  createOSGroup,
  createOSUser,
  deleteOSGroup,
  deleteOSUser,
  generatePassword,
  lookupGroupId,
  userGroupNames,
} from "../../../src/platform/users.ts";
import { assert, assertEquals } from "../../helpers/assert.ts";

function fake(over: Partial<OSGroupsTask>) {
  const gids: number[] = [];
  const info: string[] = [];
  const errors: string[] = [];
  const task: OSGroupsTask = {
    engine: "multiuser",
    provisionerId: "p",
    workerType: "w",
    osGroups: [],
    runTaskAsCurrentUser: false,
    addCommandGroups: (g) => gids.push(...g),
    info: (m) => info.push(m),
    error: (m) => errors.push(m),
    ...over,
  };
  return { task, gids, info, errors };
}

Deno.test("osGroups feature: scopes; insecure engine checks the worker user's groups", async () => {
  const a = fake({ engine: "insecure", osGroups: ["docker", "audio"] });
  const f = new OSGroupsTaskFeature(a.task, () => Promise.resolve(["audio", "video"]));
  assertEquals(f.requiredScopes(), [[
    "generic-worker:os-group:p/w/docker",
    "generic-worker:os-group:p/w/audio",
  ]]);
  assertEquals(await f.start(), {
    reason: "malformed-payload",
    message:
      "task payload contains unsupported osGroups: [docker]\nallowed values (on this worker pool): [audio video]",
  });
  const b = fake({ engine: "insecure", osGroups: ["audio"] });
  assertEquals(
    await new OSGroupsTaskFeature(b.task, () => Promise.resolve(["audio"])).start(),
    undefined,
  );
  const c = fake({ osGroups: ["x"], runTaskAsCurrentUser: true, taskUser: "task_x" });
  assertEquals(await new OSGroupsTaskFeature(c.task).start(), undefined);
  assertEquals(c.info, [
    "Not adding task user to group(s) [x] since we are running as current user.",
  ]);
  assertEquals(c.gids, []);
});

Deno.test({
  name: "osGroups feature: multiuser adds the user and the gids, stop removes (root)",
  ignore: !(Deno.build.os === "linux" && Deno.uid() === 0),
  async fn() {
    const s = crypto.randomUUID().replace(/-/g, "").slice(0, 8);
    const user = `gwtest_${s}`;
    const group = `gwtg_${s}`;
    const home = await Deno.makeTempDir({ prefix: "gw-osg-" });
    try {
      await createOSUser({ name: user, password: generatePassword() }, home);
      await createOSGroup(group);
      const ok = fake({ osGroups: [group], taskUser: user });
      const f = new OSGroupsTaskFeature(ok.task);
      assertEquals(await f.start(), undefined);
      assertEquals(ok.gids, [await lookupGroupId(group)]);
      assert((await userGroupNames(user)).includes(group));
      assertEquals(await f.stop(), undefined);
      assert(!(await userGroupNames(user)).includes(group));
      const bad = fake({ osGroups: [group, `gwnone_${s}`], taskUser: user });
      const g = new OSGroupsTaskFeature(bad.task);
      assertEquals(await g.start(), {
        reason: "malformed-payload",
        message: `could not add task user to OS group(s) [gwnone_${s}]`,
      });
      assertEquals(bad.gids, []);
      assertEquals(await g.stop(), undefined); // removes the one that was added
      assert(!(await userGroupNames(user)).includes(group));
    } finally {
      await deleteOSUser(user).catch(() => {});
      await deleteOSGroup(group).catch(() => {});
      await Deno.remove(home, { recursive: true });
    }
  },
});
