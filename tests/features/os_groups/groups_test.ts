/** OS groups: scopes, the insecure check's exact text, and (as root) real group membership changes. */
import {
  addGroupsError,
  addTaskUserToGroups,
  goList,
  insecureOSGroupsError,
  osGroupScopes,
  removeGroupsError,
  removeTaskUserFromGroups,
} from "../../../src/features/os_groups/groups.ts";
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

Deno.test("osGroupScopes: one scope per group, all required", () => {
  assertEquals(osGroupScopes("prov", "wt", ["docker", "kvm"]), [[
    "generic-worker:os-group:prov/wt/docker",
    "generic-worker:os-group:prov/wt/kvm",
  ]]);
  assertEquals(osGroupScopes("prov", "wt", []), [[]]);
});

Deno.test("insecureOSGroupsError: the Go worker's malformed-payload text", () => {
  assertEquals(insecureOSGroupsError(["docker"], ["docker", "audio"]), undefined);
  assertEquals(insecureOSGroupsError([], []), undefined);
  assertEquals(
    insecureOSGroupsError(["docker", "audio", "kvm"], ["video", "audio"]),
    "task payload contains unsupported osGroups: [docker kvm]\nallowed values (on this worker pool): [audio video]",
  );
  assertEquals(
    insecureOSGroupsError(["docker"], []),
    "task payload contains unsupported osGroups: [docker]\nallowed values (on this worker pool): []",
  );
  assertEquals(goList([]), "[]");
  assertEquals(addGroupsError(["a", "b"]), "could not add task user to OS group(s) [a b]");
  assertEquals(removeGroupsError(["a"]), "could not remove task user from OS group(s) [a]");
});

Deno.test({
  name: "add/remove task user to/from OS groups (root)",
  ignore: !(Deno.build.os === "linux" && Deno.uid() === 0),
  async fn() {
    const suffix = crypto.randomUUID().replace(/-/g, "").slice(0, 8);
    const user = `gwtest_${suffix}`;
    const g1 = `gwtg1_${suffix}`;
    const g2 = `gwtg2_${suffix}`;
    const missing = `gwnone_${suffix}`;
    const home = await Deno.makeTempDir({ prefix: "gw-osgroups-" });
    const errors: string[] = [];
    try {
      await createOSUser({ name: user, password: generatePassword() }, home);
      await createOSGroup(g1);
      await createOSGroup(g2);
      const r = await addTaskUserToGroups(user, [g1, missing, g2], (m) => errors.push(m));
      assertEquals(r.added, [
        { name: g1, gid: await lookupGroupId(g1) },
        { name: g2, gid: await lookupGroupId(g2) },
      ]);
      assertEquals(r.failed, [missing]);
      assertEquals(errors.length, 1);
      assert(errors[0].startsWith(`[osGroups] Could not add task user to OS group ${missing}: `));
      const groups = await userGroupNames(user);
      assert(groups.includes(g1) && groups.includes(g2));
      // removal; a group already gone is reported, the others still removed
      await deleteOSGroup(g2);
      const failed = await removeTaskUserFromGroups(user, r.added, (m) => errors.push(m));
      assertEquals(failed, [g2]);
      assert(!(await userGroupNames(user)).includes(g1));
      assert(errors[1].startsWith(`[osGroups] Could not remove task user from OS group ${g2}: `));
    } finally {
      await deleteOSUser(user).catch(() => {});
      await deleteOSGroup(g1).catch(() => {});
      await deleteOSGroup(g2).catch(() => {});
      await Deno.remove(home, { recursive: true });
    }
  },
});
