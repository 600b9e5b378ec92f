/**
 * Task-user isolation with real accounts (root only): commands run as the
 * task user see its ids and the groups osGroups added; they cannot read a
 * 0600 config file nor the chain-of-trust key (so the CoT feature starts);
 * encryptedEnv values reach the command; the user and its home are gone
 * after teardown.
 */
import * as openpgp from "openpgp";
import { ChainOfTrustTaskFeature } from "../../../src/features/chain_of_trust/feature.ts";
import {
  encryptEnvVariable,
  parseDecryptionKey,
} from "../../../src/features/encrypted_env/decrypt.ts";
import { EncryptedEnvTaskFeature } from "../../../src/features/encrypted_env/feature.ts";
import { OSGroupsTaskFeature } from "../../../src/features/os_groups/feature.ts";
import {
  createOSGroup,
  deleteOSGroup,
  lookupGroupId,
  runAsUser,
  taskUserEnv,
  userExists,
} from "../../../src/platform/users.ts";
import { setUpTaskUser, tearDownTaskUser } from "../../../src/platform/users_task.ts";
import { assert, assertEquals, assertRejects } from "../../helpers/assert.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (!isRoot) console.warn("isolation_test.ts: needs root on Linux (task users); skipped");

Deno.test({
  name: "task user: ids, osGroups, unreadable config and key, encryptedEnv, removal",
  ignore: !isRoot,
  async fn() {
    const root = await Deno.makeTempDir({ prefix: "gw-iso-" });
    await Deno.chmod(root, 0o755);
    const s = crypto.randomUUID().replace(/-/g, "").slice(0, 8);
    const name = `gwtest_${s}`;
    const group = `gwtg_${s}`;
    try {
      await createOSGroup(group);
      const gid = await lookupGroupId(group);
      const tu = await setUpTaskUser(name, { tasksDir: `${root}/tasks`, homeParent: root });
      const extraGroups: number[] = [];
      const env: Record<string, string> = { ...taskUserEnv(tu.ids, root), TASK_ID: "T" };
      const run = async (argv: string[]) => {
        const r = await runAsUser({ ...tu.ids, groups: [...tu.ids.groups, ...extraGroups] }, argv, {
          env,
          cwd: tu.taskDir,
        });
        return { code: r.code, out: new TextDecoder().decode(r.stdout).trim() };
      };

      // osGroups: the group shows in the command's groups
      const errors: string[] = [];
      const osg = new OSGroupsTaskFeature({
        engine: "multiuser",
        provisionerId: "p",
        workerType: "w",
        osGroups: [group],
        runTaskAsCurrentUser: false,
        taskUser: name,
        addCommandGroups: (g) => extraGroups.push(...g),
        info: () => {},
        error: (m) => errors.push(m),
      });
      assertEquals(await osg.start(), undefined);
      assertEquals((await run(["id", "-u"])).out, String(tu.ids.uid));
      assertEquals((await run(["id", "-un"])).out, name);
      assert((await run(["id", "-nG"])).out.split(" ").includes(group));
      assert(extraGroups.includes(gid));

      // a 0600 root config file and the signing key are out of reach
      const config = `${root}/generic-worker.config`;
      await Deno.writeTextFile(config, '{"accessToken":"worker-secret"}', { mode: 0o600 });
      await Deno.chmod(config, 0o600);
      const cat = await run(["cat", config]);
      assert(cat.code !== 0 && !cat.out.includes("worker-secret"));
      const keyPath = `${root}/ed25519.key`;
      await Deno.writeTextFile(keyPath, btoa("k".repeat(32)), { mode: 0o600 });
      await Deno.chmod(keyPath, 0o600);
      const cot = new ChainOfTrustTaskFeature(
        {
          taskId: "T",
          runId: 0,
          definition: {},
          taskDir: tu.taskDir,
          copyBackingLog: () => Promise.reject(new Error("unused")),
          runAsCommandUser: async (argv) => (await run(argv)).code,
          readAsTaskUser: () => Promise.reject(new Error("unused")),
          uploadedArtifacts: () => [],
          upload: () => Promise.resolve(undefined),
        },
        new Uint8Array(32),
        keyPath,
        { workerGroup: "g", workerId: "i", instanceId: "", instanceType: "", region: "" },
      );
      assertEquals(await cot.start(), undefined);

      // encryptedEnv values reach the command
      const pair = await openpgp.generateKey({
        type: "ecc",
        curve: "curve25519Legacy",
        userIDs: [{ name: "gw" }],
        format: "armored",
      });
      const secrets: string[] = [];
      const enc = new EncryptedEnvTaskFeature(
        {
          taskId: "T",
          encryptedEnv: [
            await encryptEnvVariable(pair.publicKey, {
              taskId: "T",
              startTime: Date.now() - 60_000,
              endTime: Date.now() + 60_000,
              name: "MY_SECRET",
              value: "hush-hush",
            }),
          ],
          addSecret: (v) => secrets.push(v),
          setEnv: (k, v) => env[k] = v,
          info: () => {},
        },
        await parseDecryptionKey(pair.privateKey),
      );
      assertEquals(await enc.start(), undefined);
      assertEquals((await run(["printenv", "MY_SECRET"])).out, "hush-hush");
      assertEquals(secrets, ["hush-hush"]);

      // stop: groups removed; teardown: user and home gone
      assertEquals(await osg.stop(), undefined);
      assertEquals(errors, []);
      await tearDownTaskUser(tu);
      assert(!(await userExists(name)));
      await assertRejects(() => Deno.stat(tu.ids.home));
    } finally {
      if (await userExists(name)) await tearDownTaskUser({ user: { name, password: "" } });
      await deleteOSGroup(group).catch(() => {});
      await Deno.remove(root, { recursive: true });
    }
  },
});
