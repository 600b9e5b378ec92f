/**
 * End to end on Windows under Wine (issue 11): the real worker CLI run by
 * the Windows Deno binary (deno.exe under Wine, set up by
 * .ci/wine-setup.sh) against the embedded Taskcluster service in this
 * (Linux) Deno on loopback, with the insecure engine and the Windows
 * payload schema. Windows string commands through cmd.exe (`echo`, `dir`,
 * `set`, `cd` carried to the next command, `%TASK_ID%` and payload env),
 * `exit 3` failing the task with the later commands skipped, a file
 * artifact, a zip mount, a maxRunTime abort that kills the command's
 * grandchild, and zip-slip archives (`..\evil.txt`, `sub\..\..\x`) refused.
 *
 * Runs on Linux when DENO_WIN names the deno.exe wrapper (`$WINE_CACHE/
 * deno-win`, the Wine lane of .ci/run sets it); otherwise it is skipped with
 * a message.
 */
import { join } from "node:path";
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { MAIN_TS } from "../helpers/cli.ts";
import { WorkerEnv } from "../helpers/worker_env.ts";
import { craftZip } from "../archive/crafted.ts";

const DENO_WIN = Deno.env.get("DENO_WIN") ?? "";
const DENO_WIN_EXE = Deno.env.get("DENO_WIN_EXE") ?? "";
const usable = Deno.build.os === "linux" && DENO_WIN !== "" && DENO_WIN_EXE !== "";
if (!usable) {
  console.log(
    "SKIP: the Wine end-to-end test needs Linux with DENO_WIN and DENO_WIN_EXE (run .ci/wine-setup.sh; the Wine lane of .ci/run sets them)",
  );
}

/** A Linux path as Wine's Z: drive shows it. */
const z = (p: string) => `Z:${p.replaceAll("/", "\\")}`;

async function walk(dir: string, found: string[] = []): Promise<string[]> {
  for await (const e of Deno.readDir(dir)) {
    const p = join(dir, e.name);
    found.push(p);
    if (e.isDirectory) await walk(p, found);
  }
  return found;
}

Deno.test({
  name:
    "wine e2e: Windows commands, env, cd, exit codes, artifact, zip mount, maxRunTime, zip-slip",
  ignore: !usable,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async (t) => {
    const env = await WorkerEnv.start();
    const zips: Record<string, Uint8Array> = {
      "/good.zip": craftZip([
        { name: "dir/", type: "dir" },
        { name: "dir/hello.txt", type: "file", data: "zip-content-ok" },
      ]),
      "/slip1.zip": craftZip([
        { name: "ok.txt", type: "file", data: "ok" },
        { name: "..\\evil.txt", type: "file", data: "pwned" },
      ]),
      "/slip2.zip": craftZip([
        { name: "sub/", type: "dir" },
        { name: "sub\\..\\..\\evil2.txt", type: "file", data: "pwned" },
      ]),
    };
    const http = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
      const body = zips[new URL(req.url).pathname];
      return body ? new Response(body.slice().buffer) : new Response("not found", { status: 404 });
    });
    const url = (p: string) => `http://127.0.0.1:${http.addr.port}${p}`;
    try {
      const beat = join(env.dir, "heartbeat.txt");
      const beater = join(env.dir, "beater.ts");
      await Deno.writeTextFile(
        beater,
        `let n = 0;\nsetInterval(() => Deno.writeTextFileSync(Deno.args[0], String(++n)), 200);\n`,
      );
      const tasks: Record<string, string> = {};
      tasks.commands = await env.createTask({
        command: [
          "echo hello %TASK_ID% & mkdir sub",
          "set MY_VAR& set CARRIED=carried-value& cd sub",
          "cd & echo %CARRIED%> marker.txt & dir /b",
          "echo second-line>> marker.txt",
        ],
        env: { MY_VAR: "my value (with) & specials" },
        maxRunTime: 120,
        artifacts: [{ type: "file", path: "sub/marker.txt", name: "public/marker.txt" }],
      });
      tasks.exit3 = await env.createTask({
        command: ["echo before-exit", "exit 3", "echo never-runs"],
        maxRunTime: 120,
      });
      tasks.mount = await env.createTask({
        command: ["type m\\dir\\hello.txt"],
        maxRunTime: 120,
        mounts: [{
          directory: "m",
          format: "zip",
          content: { url: url("/good.zip") },
        }],
      });
      tasks.slip = await env.createTask({
        command: ["echo should-not-run"],
        maxRunTime: 120,
        mounts: [{
          directory: "m",
          format: "zip",
          content: { url: url("/slip1.zip") },
        }],
      });
      tasks.slip2 = await env.createTask({
        command: ["echo should-not-run"],
        maxRunTime: 120,
        mounts: [{
          directory: "m",
          format: "zip",
          content: { url: url("/slip2.zip") },
        }],
      });
      tasks.maxRunTime = await env.createTask({
        command: [
          `"${DENO_WIN_EXE.replaceAll("/", "\\").replace(/^\\/, "Z:\\")}" run -A "${z(beater)}" "${
            z(beat)
          }"`,
        ],
        maxRunTime: 8,
      });

      const base = await env.writeConfig({
        numberOfTasksToRun: Object.keys(tasks).length,
        enableResourceMonitor: false,
      });
      // the worker is a Windows program: its paths are Z: paths
      const cfg = JSON.parse(await Deno.readTextFile(base));
      for (const k of ["tasksDir", "cachesDir", "downloadsDir", "ed25519SigningKeyLocation"]) {
        if (typeof cfg[k] === "string") cfg[k] = z(cfg[k]);
      }
      const cfgFile = join(env.dir, "worker-win.json");
      await Deno.writeTextFile(cfgFile, JSON.stringify(cfg, null, 2));
      const child = new Deno.Command(DENO_WIN, {
        args: ["run", "-A", "--quiet", z(MAIN_TS), "run", "--config", z(cfgFile)],
        cwd: env.dir,
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const out = await child.output();
      const workerOut = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
      assertEquals(out.code, 0, workerOut);
      const log = (id: string) => env.artifactText(id, "public/logs/live_backing.log");

      await t.step("echo, dir, set, cd carried, %TASK_ID%, payload env, artifact", async () => {
        const l = await log(tasks.commands);
        assertEquals(await env.waitResolved(tasks.commands), ["completed", "completed"], l);
        assertStringIncludes(l, "Executing command 0: echo hello %TASK_ID% & mkdir sub");
        assertStringIncludes(l, `hello ${tasks.commands}`);
        assertStringIncludes(l, "MY_VAR=my value (with) & specials");
        assertStringIncludes(l, "\\sub\r\n");
        assertStringIncludes(l, "marker.txt");
        assertStringIncludes(l, "Exit Code: 0");
        assertEquals(
          (await env.artifactText(tasks.commands, "public/marker.txt")).replaceAll("\r\n", "\n"),
          // cmd.exe keeps the space before "&" in what echo prints
          "carried-value \nsecond-line\n",
        );
      });

      await t.step("exit 3 fails the task and skips the later commands", async () => {
        const l = await log(tasks.exit3);
        assertEquals(await env.waitResolved(tasks.exit3), ["failed", "failed"], l);
        assertStringIncludes(l, "before-exit");
        assertStringIncludes(l, "Exit Code: 3");
        assertStringIncludes(l, "exit status 3");
        assert(!l.includes("Executing command 2"), l);
      });

      await t.step("a zip mount is extracted into the task directory", async () => {
        const l = await log(tasks.mount);
        assertEquals(await env.waitResolved(tasks.mount), ["completed", "completed"], l);
        assertStringIncludes(l, "zip-content-ok");
      });

      await t.step("zip-slip mounts are refused and write nothing outside", async () => {
        for (const id of [tasks.slip, tasks.slip2]) {
          const l = await log(id);
          const [state] = await env.waitResolved(id);
          assert(state !== "completed", l);
          assertStringIncludes(l, "illegal file path in archive");
          assert(!l.includes("Executing command 0"), l);
        }
        const evil = (await walk(env.dir)).filter((p) => /evil2?\.txt$/.test(p));
        assertEquals(evil, []);
      });

      await t.step("maxRunTime aborts the task and kills the grandchild", async () => {
        const l = await log(tasks.maxRunTime);
        assertEquals(await env.waitResolved(tasks.maxRunTime), ["failed", "failed"], l);
        assertStringIncludes(l, "max run time exceeded");
        const a = await Deno.readTextFile(beat);
        assert(Number(a) > 0, "the grandchild ran");
        await new Promise((r) => setTimeout(r, 2000));
        assertEquals(await Deno.readTextFile(beat), a, "the grandchild still writes");
      });
    } finally {
      await http.shutdown();
      await env.close();
    }
  },
});
