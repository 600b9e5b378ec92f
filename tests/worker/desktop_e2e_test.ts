/**
 * Desktop mode end to end (multiuser, `headlessTasks: false`, root on
 * Linux): two worker starts as across a reboot, with /etc injected
 * (`GW_ETC_DIR`, a temp dir holding gdm3/custom.conf), stand-ins for
 * `shutdown` (records the reboot command; the machine never reboots) and
 * `w` (prints the gnome session of the user the test "booted" into, as
 * gdm3 would after autologin).
 * First start: the next task user is created and recorded, gdm3 autologin is
 * written for it, next-task-user.json holds it, no task is claimed, exit 67
 * with `shutdown -r now "generic-worker requested reboot"`.
 * Second start (disableReboots): it is promoted to current-task-user.json,
 * another next user is prepared, one task runs as the current user with
 * DISPLAY / XDG_RUNTIME_DIR (over the payload's), then exit 67 without a
 * reboot command; the user stays. Third start (booted into the second
 * user): the purge removes the first, keeps the current one.
 * A real gdm3 login and a real reboot are never exercised here.
 */
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { standIns } from "../helpers/host_standins.ts";
import { lookupUser, userExists } from "../../src/platform/users.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (!isRoot) console.warn("desktop_e2e_test.ts: needs root on Linux (task users); skipped");

const GDM_CONF = "# GDM configuration storage\n\n[daemon]\nWaylandEnable=false\n\n[security]\n";

async function userdel(name: string) {
  if (!(await userExists(name))) return;
  await new Deno.Command("/usr/sbin/userdel", { args: ["--force", "-r", name], stderr: "null" })
    .output();
}

Deno.test({
  name:
    "desktop mode: start 1 prepares the next user + gdm3 autologin and reboots (67); start 2 runs the task as it in the session env, 67",
  ignore: !isRoot,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const env = await WorkerEnv.start();
    const { dir: bin, record } = await standIns();
    const etc = join(env.dir, "etc");
    const wOut = join(env.dir, "w.out");
    const created: string[] = [];
    try {
      await Deno.mkdir(join(etc, "gdm3"), { recursive: true });
      const conf = join(etc, "gdm3", "custom.conf");
      await Deno.writeTextFile(conf, GDM_CONF);
      await Deno.writeTextFile(join(bin, "w"), `#!/bin/sh\ncat '${wOut}'\n`, { mode: 0o755 });
      await Deno.chmod(join(bin, "w"), 0o755);
      const vars = { PATH: `${bin}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`, GW_ETC_DIR: etc };
      const ntu = join(env.dir, "next-task-user.json");
      const ctu = join(env.dir, "current-task-user.json");
      const taskId = await env.createTask({
        command: [["/bin/sh", "-c", 'echo "user=$(id -un) d=$DISPLAY x=$XDG_RUNTIME_DIR"']],
        maxRunTime: 60,
        env: { DISPLAY: ":9" },
      });

      // first start: prepare, no task, reboot
      const cfg1 = await env.writeConfig({
        engine: "multiuser",
        headlessTasks: false,
        tasksDir: join(env.dir, "tasks"),
      });
      let w = env.startWorker(cfg1, vars);
      assertEquals(await w.exited, 67, w.output());
      const next1 = JSON.parse(await Deno.readTextFile(ntu));
      created.push(next1.name);
      assertEquals(Object.keys(next1), ["name", "password"]);
      assert(/^task_[0-9]{15}$/.test(next1.name), next1.name);
      assertEquals((await Deno.stat(ntu)).mode! & 0o777, 0o600);
      assert(await userExists(next1.name), "next task user not created");
      const ledger = JSON.parse(await Deno.readTextFile(join(env.dir, "task-users.json")));
      assert(ledger.users.includes(next1.name), "next task user not in the ledger");
      assertEquals(
        await Deno.readTextFile(conf),
        "# GDM configuration storage\n\n[daemon]\n# Set by generic-worker\nAutomaticLoginEnable = true\n" +
          `AutomaticLogin = ${next1.name}\n\nWaylandEnable=false\n\n[security]\n`,
      );
      assertEquals(
        await Deno.readTextFile(record),
        "shutdown\n-r\nnow\ngeneric-worker requested reboot\n--\n",
      );
      assertStringIncludes(w.output(), '"eventType":"instanceReboot"');
      assert(!w.output().includes(taskId), "first start claimed a task");
      assert(!w.output().includes(next1.password), "password in the worker log");
      await Deno.remove(record);

      // "reboot": gdm3 logs the autologin user in
      await Deno.writeTextFile(
        wOut,
        "USER                 TTY      FROM             LOGIN@   IDLE   JCPU   PCPU WHAT\n" +
          `${next1.name} tty2     tty2             21:00    1:00   0.01s  0.01s /usr/libexec/gnome-session-binary\n`,
      );

      // second start: promote, prepare the following user, run one task, 67 without reboot
      const cfg2 = await env.writeConfig({
        engine: "multiuser",
        headlessTasks: false,
        disableReboots: true,
        tasksDir: join(env.dir, "tasks"),
      });
      w = env.startWorker(cfg2, vars);
      assertEquals(await w.exited, 67, w.output());
      assertEquals(JSON.parse(await Deno.readTextFile(ctu)), next1);
      assertEquals((await Deno.stat(ctu)).mode! & 0o777, 0o600);
      const next2 = JSON.parse(await Deno.readTextFile(ntu));
      created.push(next2.name);
      assert(next2.name !== next1.name, "no new next task user");
      assert(await userExists(next2.name), "second next task user not created");
      assertStringIncludes(await Deno.readTextFile(conf), `AutomaticLogin = ${next2.name}\n`);
      assert(
        !(await Deno.readTextFile(conf)).includes(`AutomaticLogin = ${next1.name}`),
        "old autologin kept",
      );
      const resolved = await env.waitResolved(taskId);
      const log = await env.artifactText(taskId, "public/logs/live_backing.log");
      assertEquals(resolved, ["completed", "completed"], log);
      const ids = await lookupUser(next1.name);
      assertStringIncludes(log, `user=${next1.name} d=:0 x=/run/user/${ids.uid}\n`);
      assertEquals(
        await Deno.readTextFile(record).catch(() => ""),
        "",
        "rebooted despite disableReboots",
      );
      assertStringIncludes(w.output(), "Rebooting into the next task user");
      assert(await userExists(next1.name), "current user deleted after its task (Go keeps it)");
      const ledger2 = JSON.parse(await Deno.readTextFile(join(env.dir, "task-users.json")));
      assert(ledger2.users.includes(next1.name) && ledger2.users.includes(next2.name), ledger2);

      // third start (booted into next2; numberOfTasksToRun 1 is already met by the
      // persisted resolved count, so exit 0 without claiming): the
      // purge removes the former current user, never the current one; no new next user
      await Deno.writeTextFile(
        wOut,
        `${next2.name} tty2 tty2 21:05 0.01s /usr/libexec/gnome-session-binary\n`,
      );
      const cfg3 = await env.writeConfig({
        engine: "multiuser",
        headlessTasks: false,
        disableReboots: true,
        numberOfTasksToRun: 1,
        tasksDir: join(env.dir, "tasks"),
      });
      w = env.startWorker(cfg3, vars);
      assertEquals(await w.exited, 0, w.output());
      assertEquals(JSON.parse(await Deno.readTextFile(ctu)), next2);
      assertEquals(
        JSON.parse(await Deno.readTextFile(ntu)),
        next2,
        "a next user made although one task is left",
      );
      assert(!(await userExists(next1.name)), `former current user ${next1.name} not purged`);
      assert(await userExists(next2.name), "current user purged");
      const ledger3 = JSON.parse(await Deno.readTextFile(join(env.dir, "task-users.json")));
      assertEquals(ledger3.users, [next2.name]);
    } finally {
      for (const name of created) await userdel(name);
      await Deno.remove(bin, { recursive: true }).catch(() => {});
      await env.close();
    }
  },
});
