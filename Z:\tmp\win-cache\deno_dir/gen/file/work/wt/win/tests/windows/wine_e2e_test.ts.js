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
/** A Linux path as Wine's Z: drive shows it. */ const z = (p) => `Z:${p.replaceAll("/", "\\")}`;
async function walk(dir, found = []) {
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
    const zips = {
      "/good.zip": craftZip([
        {
          name: "dir/",
          type: "dir",
        },
        {
          name: "dir/hello.txt",
          type: "file",
          data: "zip-content-ok",
        },
      ]),
      "/slip1.zip": craftZip([
        {
          name: "ok.txt",
          type: "file",
          data: "ok",
        },
        {
          name: "..\\evil.txt",
          type: "file",
          data: "pwned",
        },
      ]),
      "/slip2.zip": craftZip([
        {
          name: "sub/",
          type: "dir",
        },
        {
          name: "sub\\..\\..\\evil2.txt",
          type: "file",
          data: "pwned",
        },
      ]),
    };
    const http = Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen() {},
    }, (req) => {
      const body = zips[new URL(req.url).pathname];
      return body ? new Response(body.slice().buffer) : new Response("not found", {
        status: 404,
      });
    });
    const url = (p) => `http://127.0.0.1:${http.addr.port}${p}`;
    try {
      const beat = join(env.dir, "heartbeat.txt");
      const beater = join(env.dir, "beater.ts");
      await Deno.writeTextFile(
        beater,
        `let n = 0;\nsetInterval(() => Deno.writeTextFileSync(Deno.args[0], String(++n)), 200);\n`,
      );
      const tasks = {};
      tasks.commands = await env.createTask({
        command: [
          "echo hello %TASK_ID% & mkdir sub",
          "set MY_VAR& set CARRIED=carried-value& cd sub",
          "cd & echo %CARRIED%> marker.txt & dir /b",
          "echo second-line>> marker.txt",
        ],
        env: {
          MY_VAR: "my value (with) & specials",
        },
        maxRunTime: 120,
        artifacts: [
          {
            type: "file",
            path: "sub/marker.txt",
            name: "public/marker.txt",
          },
        ],
      });
      tasks.exit3 = await env.createTask({
        command: [
          "echo before-exit",
          "exit 3",
          "echo never-runs",
        ],
        maxRunTime: 120,
      });
      tasks.mount = await env.createTask({
        command: [
          "type m\\dir\\hello.txt",
        ],
        maxRunTime: 120,
        mounts: [
          {
            directory: "m",
            format: "zip",
            content: {
              url: url("/good.zip"),
            },
          },
        ],
      });
      tasks.slip = await env.createTask({
        command: [
          "echo should-not-run",
        ],
        maxRunTime: 120,
        mounts: [
          {
            directory: "m",
            format: "zip",
            content: {
              url: url("/slip1.zip"),
            },
          },
        ],
      });
      tasks.slip2 = await env.createTask({
        command: [
          "echo should-not-run",
        ],
        maxRunTime: 120,
        mounts: [
          {
            directory: "m",
            format: "zip",
            content: {
              url: url("/slip2.zip"),
            },
          },
        ],
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
      for (
        const k of [
          "tasksDir",
          "cachesDir",
          "downloadsDir",
          "ed25519SigningKeyLocation",
        ]
      ) {
        if (typeof cfg[k] === "string") cfg[k] = z(cfg[k]);
      }
      const cfgFile = join(env.dir, "worker-win.json");
      await Deno.writeTextFile(cfgFile, JSON.stringify(cfg, null, 2));
      const child = new Deno.Command(DENO_WIN, {
        args: [
          "run",
          "-A",
          "--quiet",
          z(MAIN_TS),
          "run",
          "--config",
          z(cfgFile),
        ],
        cwd: env.dir,
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const out = await child.output();
      const workerOut = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
      assertEquals(out.code, 0, workerOut);
      const log = (id) => env.artifactText(id, "public/logs/live_backing.log");
      await t.step("echo, dir, set, cd carried, %TASK_ID%, payload env, artifact", async () => {
        const l = await log(tasks.commands);
        assertEquals(await env.waitResolved(tasks.commands), [
          "completed",
          "completed",
        ], l);
        assertStringIncludes(l, "Executing command 0: echo hello %TASK_ID% & mkdir sub");
        assertStringIncludes(l, `hello ${tasks.commands}`);
        assertStringIncludes(l, "MY_VAR=my value (with) & specials");
        assertStringIncludes(l, "\\sub\r\n");
        assertStringIncludes(l, "marker.txt");
        assertStringIncludes(l, "Exit Code: 0");
        assertEquals(
          (await env.artifactText(tasks.commands, "public/marker.txt")).replaceAll("\r\n", "\n"), // cmd.exe keeps the space before "&" in what echo prints
          "carried-value \nsecond-line\n",
        );
      });
      await t.step("exit 3 fails the task and skips the later commands", async () => {
        const l = await log(tasks.exit3);
        assertEquals(await env.waitResolved(tasks.exit3), [
          "failed",
          "failed",
        ], l);
        assertStringIncludes(l, "before-exit");
        assertStringIncludes(l, "Exit Code: 3");
        assertStringIncludes(l, "exit status 3");
        assert(!l.includes("Executing command 2"), l);
      });
      await t.step("a zip mount is extracted into the task directory", async () => {
        const l = await log(tasks.mount);
        assertEquals(await env.waitResolved(tasks.mount), [
          "completed",
          "completed",
        ], l);
        assertStringIncludes(l, "zip-content-ok");
      });
      await t.step("zip-slip mounts are refused and write nothing outside", async () => {
        for (
          const id of [
            tasks.slip,
            tasks.slip2,
          ]
        ) {
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
        assertEquals(await env.waitResolved(tasks.maxRunTime), [
          "failed",
          "failed",
        ], l);
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vdGVzdHMvd2luZG93cy93aW5lX2UyZV90ZXN0LnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogRW5kIHRvIGVuZCBvbiBXaW5kb3dzIHVuZGVyIFdpbmUgKGlzc3VlIDExKTogdGhlIHJlYWwgd29ya2VyIENMSSBydW4gYnlcbiAqIHRoZSBXaW5kb3dzIERlbm8gYmluYXJ5IChkZW5vLmV4ZSB1bmRlciBXaW5lLCBzZXQgdXAgYnlcbiAqIC5jaS93aW5lLXNldHVwLnNoKSBhZ2FpbnN0IHRoZSBlbWJlZGRlZCBUYXNrY2x1c3RlciBzZXJ2aWNlIGluIHRoaXNcbiAqIChMaW51eCkgRGVubyBvbiBsb29wYmFjaywgd2l0aCB0aGUgaW5zZWN1cmUgZW5naW5lIGFuZCB0aGUgV2luZG93c1xuICogcGF5bG9hZCBzY2hlbWEuIFdpbmRvd3Mgc3RyaW5nIGNvbW1hbmRzIHRocm91Z2ggY21kLmV4ZSAoYGVjaG9gLCBgZGlyYCxcbiAqIGBzZXRgLCBgY2RgIGNhcnJpZWQgdG8gdGhlIG5leHQgY29tbWFuZCwgYCVUQVNLX0lEJWAgYW5kIHBheWxvYWQgZW52KSxcbiAqIGBleGl0IDNgIGZhaWxpbmcgdGhlIHRhc2sgd2l0aCB0aGUgbGF0ZXIgY29tbWFuZHMgc2tpcHBlZCwgYSBmaWxlXG4gKiBhcnRpZmFjdCwgYSB6aXAgbW91bnQsIGEgbWF4UnVuVGltZSBhYm9ydCB0aGF0IGtpbGxzIHRoZSBjb21tYW5kJ3NcbiAqIGdyYW5kY2hpbGQsIGFuZCB6aXAtc2xpcCBhcmNoaXZlcyAoYC4uXFxldmlsLnR4dGAsIGBzdWJcXC4uXFwuLlxceGApIHJlZnVzZWQuXG4gKlxuICogUnVucyBvbiBMaW51eCB3aGVuIERFTk9fV0lOIG5hbWVzIHRoZSBkZW5vLmV4ZSB3cmFwcGVyIChgJFdJTkVfQ0FDSEUvXG4gKiBkZW5vLXdpbmAsIHRoZSBXaW5lIGxhbmUgb2YgLmNpL3J1biBzZXRzIGl0KTsgb3RoZXJ3aXNlIGl0IGlzIHNraXBwZWQgd2l0aFxuICogYSBtZXNzYWdlLlxuICovXG5pbXBvcnQgeyBqb2luIH0gZnJvbSBcIm5vZGU6cGF0aFwiO1xuaW1wb3J0IHsgYXNzZXJ0LCBhc3NlcnRFcXVhbHMsIGFzc2VydFN0cmluZ0luY2x1ZGVzIH0gZnJvbSBcIi4uL2hlbHBlcnMvYXNzZXJ0LnRzXCI7XG5pbXBvcnQgeyBNQUlOX1RTIH0gZnJvbSBcIi4uL2hlbHBlcnMvY2xpLnRzXCI7XG5pbXBvcnQgeyBXb3JrZXJFbnYgfSBmcm9tIFwiLi4vaGVscGVycy93b3JrZXJfZW52LnRzXCI7XG5pbXBvcnQgeyBjcmFmdFppcCB9IGZyb20gXCIuLi9hcmNoaXZlL2NyYWZ0ZWQudHNcIjtcblxuY29uc3QgREVOT19XSU4gPSBEZW5vLmVudi5nZXQoXCJERU5PX1dJTlwiKSA/PyBcIlwiO1xuY29uc3QgREVOT19XSU5fRVhFID0gRGVuby5lbnYuZ2V0KFwiREVOT19XSU5fRVhFXCIpID8/IFwiXCI7XG5jb25zdCB1c2FibGUgPSBEZW5vLmJ1aWxkLm9zID09PSBcImxpbnV4XCIgJiYgREVOT19XSU4gIT09IFwiXCIgJiYgREVOT19XSU5fRVhFICE9PSBcIlwiO1xuaWYgKCF1c2FibGUpIHtcbiAgY29uc29sZS5sb2coXG4gICAgXCJTS0lQOiB0aGUgV2luZSBlbmQtdG8tZW5kIHRlc3QgbmVlZHMgTGludXggd2l0aCBERU5PX1dJTiBhbmQgREVOT19XSU5fRVhFIChydW4gLmNpL3dpbmUtc2V0dXAuc2g7IHRoZSBXaW5lIGxhbmUgb2YgLmNpL3J1biBzZXRzIHRoZW0pXCIsXG4gICk7XG59XG5cbi8qKiBBIExpbnV4IHBhdGggYXMgV2luZSdzIFo6IGRyaXZlIHNob3dzIGl0LiAqL1xuY29uc3QgeiA9IChwOiBzdHJpbmcpID0+IGBaOiR7cC5yZXBsYWNlQWxsKFwiL1wiLCBcIlxcXFxcIil9YDtcblxuYXN5bmMgZnVuY3Rpb24gd2FsayhkaXI6IHN0cmluZywgZm91bmQ6IHN0cmluZ1tdID0gW10pOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGZvciBhd2FpdCAoY29uc3QgZSBvZiBEZW5vLnJlYWREaXIoZGlyKSkge1xuICAgIGNvbnN0IHAgPSBqb2luKGRpciwgZS5uYW1lKTtcbiAgICBmb3VuZC5wdXNoKHApO1xuICAgIGlmIChlLmlzRGlyZWN0b3J5KSBhd2FpdCB3YWxrKHAsIGZvdW5kKTtcbiAgfVxuICByZXR1cm4gZm91bmQ7XG59XG5cbkRlbm8udGVzdCh7XG4gIG5hbWU6XG4gICAgXCJ3aW5lIGUyZTogV2luZG93cyBjb21tYW5kcywgZW52LCBjZCwgZXhpdCBjb2RlcywgYXJ0aWZhY3QsIHppcCBtb3VudCwgbWF4UnVuVGltZSwgemlwLXNsaXBcIixcbiAgaWdub3JlOiAhdXNhYmxlLFxuICBzYW5pdGl6ZU9wczogZmFsc2UsXG4gIHNhbml0aXplUmVzb3VyY2VzOiBmYWxzZSxcbiAgZm46IGFzeW5jICh0KSA9PiB7XG4gICAgY29uc3QgZW52ID0gYXdhaXQgV29ya2VyRW52LnN0YXJ0KCk7XG4gICAgY29uc3QgemlwczogUmVjb3JkPHN0cmluZywgVWludDhBcnJheT4gPSB7XG4gICAgICBcIi9nb29kLnppcFwiOiBjcmFmdFppcChbXG4gICAgICAgIHsgbmFtZTogXCJkaXIvXCIsIHR5cGU6IFwiZGlyXCIgfSxcbiAgICAgICAgeyBuYW1lOiBcImRpci9oZWxsby50eHRcIiwgdHlwZTogXCJmaWxlXCIsIGRhdGE6IFwiemlwLWNvbnRlbnQtb2tcIiB9LFxuICAgICAgXSksXG4gICAgICBcIi9zbGlwMS56aXBcIjogY3JhZnRaaXAoW1xuICAgICAgICB7IG5hbWU6IFwib2sudHh0XCIsIHR5cGU6IFwiZmlsZVwiLCBkYXRhOiBcIm9rXCIgfSxcbiAgICAgICAgeyBuYW1lOiBcIi4uXFxcXGV2aWwudHh0XCIsIHR5cGU6IFwiZmlsZVwiLCBkYXRhOiBcInB3bmVkXCIgfSxcbiAgICAgIF0pLFxuICAgICAgXCIvc2xpcDIuemlwXCI6IGNyYWZ0WmlwKFtcbiAgICAgICAgeyBuYW1lOiBcInN1Yi9cIiwgdHlwZTogXCJkaXJcIiB9LFxuICAgICAgICB7IG5hbWU6IFwic3ViXFxcXC4uXFxcXC4uXFxcXGV2aWwyLnR4dFwiLCB0eXBlOiBcImZpbGVcIiwgZGF0YTogXCJwd25lZFwiIH0sXG4gICAgICBdKSxcbiAgICB9O1xuICAgIGNvbnN0IGh0dHAgPSBEZW5vLnNlcnZlKHsgaG9zdG5hbWU6IFwiMTI3LjAuMC4xXCIsIHBvcnQ6IDAsIG9uTGlzdGVuKCkge30gfSwgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgYm9keSA9IHppcHNbbmV3IFVSTChyZXEudXJsKS5wYXRobmFtZV07XG4gICAgICByZXR1cm4gYm9keSA/IG5ldyBSZXNwb25zZShib2R5LnNsaWNlKCkuYnVmZmVyKSA6IG5ldyBSZXNwb25zZShcIm5vdCBmb3VuZFwiLCB7IHN0YXR1czogNDA0IH0pO1xuICAgIH0pO1xuICAgIGNvbnN0IHVybCA9IChwOiBzdHJpbmcpID0+IGBodHRwOi8vMTI3LjAuMC4xOiR7aHR0cC5hZGRyLnBvcnR9JHtwfWA7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGJlYXQgPSBqb2luKGVudi5kaXIsIFwiaGVhcnRiZWF0LnR4dFwiKTtcbiAgICAgIGNvbnN0IGJlYXRlciA9IGpvaW4oZW52LmRpciwgXCJiZWF0ZXIudHNcIik7XG4gICAgICBhd2FpdCBEZW5vLndyaXRlVGV4dEZpbGUoXG4gICAgICAgIGJlYXRlcixcbiAgICAgICAgYGxldCBuID0gMDtcXG5zZXRJbnRlcnZhbCgoKSA9PiBEZW5vLndyaXRlVGV4dEZpbGVTeW5jKERlbm8uYXJnc1swXSwgU3RyaW5nKCsrbikpLCAyMDApO1xcbmAsXG4gICAgICApO1xuICAgICAgY29uc3QgdGFza3M6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICAgIHRhc2tzLmNvbW1hbmRzID0gYXdhaXQgZW52LmNyZWF0ZVRhc2soe1xuICAgICAgICBjb21tYW5kOiBbXG4gICAgICAgICAgXCJlY2hvIGhlbGxvICVUQVNLX0lEJSAmIG1rZGlyIHN1YlwiLFxuICAgICAgICAgIFwic2V0IE1ZX1ZBUiYgc2V0IENBUlJJRUQ9Y2FycmllZC12YWx1ZSYgY2Qgc3ViXCIsXG4gICAgICAgICAgXCJjZCAmIGVjaG8gJUNBUlJJRUQlPiBtYXJrZXIudHh0ICYgZGlyIC9iXCIsXG4gICAgICAgICAgXCJlY2hvIHNlY29uZC1saW5lPj4gbWFya2VyLnR4dFwiLFxuICAgICAgICBdLFxuICAgICAgICBlbnY6IHsgTVlfVkFSOiBcIm15IHZhbHVlICh3aXRoKSAmIHNwZWNpYWxzXCIgfSxcbiAgICAgICAgbWF4UnVuVGltZTogMTIwLFxuICAgICAgICBhcnRpZmFjdHM6IFt7IHR5cGU6IFwiZmlsZVwiLCBwYXRoOiBcInN1Yi9tYXJrZXIudHh0XCIsIG5hbWU6IFwicHVibGljL21hcmtlci50eHRcIiB9XSxcbiAgICAgIH0pO1xuICAgICAgdGFza3MuZXhpdDMgPSBhd2FpdCBlbnYuY3JlYXRlVGFzayh7XG4gICAgICAgIGNvbW1hbmQ6IFtcImVjaG8gYmVmb3JlLWV4aXRcIiwgXCJleGl0IDNcIiwgXCJlY2hvIG5ldmVyLXJ1bnNcIl0sXG4gICAgICAgIG1heFJ1blRpbWU6IDEyMCxcbiAgICAgIH0pO1xuICAgICAgdGFza3MubW91bnQgPSBhd2FpdCBlbnYuY3JlYXRlVGFzayh7XG4gICAgICAgIGNvbW1hbmQ6IFtcInR5cGUgbVxcXFxkaXJcXFxcaGVsbG8udHh0XCJdLFxuICAgICAgICBtYXhSdW5UaW1lOiAxMjAsXG4gICAgICAgIG1vdW50czogW3tcbiAgICAgICAgICBkaXJlY3Rvcnk6IFwibVwiLFxuICAgICAgICAgIGZvcm1hdDogXCJ6aXBcIixcbiAgICAgICAgICBjb250ZW50OiB7IHVybDogdXJsKFwiL2dvb2QuemlwXCIpIH0sXG4gICAgICAgIH1dLFxuICAgICAgfSk7XG4gICAgICB0YXNrcy5zbGlwID0gYXdhaXQgZW52LmNyZWF0ZVRhc2soe1xuICAgICAgICBjb21tYW5kOiBbXCJlY2hvIHNob3VsZC1ub3QtcnVuXCJdLFxuICAgICAgICBtYXhSdW5UaW1lOiAxMjAsXG4gICAgICAgIG1vdW50czogW3tcbiAgICAgICAgICBkaXJlY3Rvcnk6IFwibVwiLFxuICAgICAgICAgIGZvcm1hdDogXCJ6aXBcIixcbiAgICAgICAgICBjb250ZW50OiB7IHVybDogdXJsKFwiL3NsaXAxLnppcFwiKSB9LFxuICAgICAgICB9XSxcbiAgICAgIH0pO1xuICAgICAgdGFza3Muc2xpcDIgPSBhd2FpdCBlbnYuY3JlYXRlVGFzayh7XG4gICAgICAgIGNvbW1hbmQ6IFtcImVjaG8gc2hvdWxkLW5vdC1ydW5cIl0sXG4gICAgICAgIG1heFJ1blRpbWU6IDEyMCxcbiAgICAgICAgbW91bnRzOiBbe1xuICAgICAgICAgIGRpcmVjdG9yeTogXCJtXCIsXG4gICAgICAgICAgZm9ybWF0OiBcInppcFwiLFxuICAgICAgICAgIGNvbnRlbnQ6IHsgdXJsOiB1cmwoXCIvc2xpcDIuemlwXCIpIH0sXG4gICAgICAgIH1dLFxuICAgICAgfSk7XG4gICAgICB0YXNrcy5tYXhSdW5UaW1lID0gYXdhaXQgZW52LmNyZWF0ZVRhc2soe1xuICAgICAgICBjb21tYW5kOiBbXG4gICAgICAgICAgYFwiJHtERU5PX1dJTl9FWEUucmVwbGFjZUFsbChcIi9cIiwgXCJcXFxcXCIpLnJlcGxhY2UoL15cXFxcLywgXCJaOlxcXFxcIil9XCIgcnVuIC1BIFwiJHt6KGJlYXRlcil9XCIgXCIke1xuICAgICAgICAgICAgeihiZWF0KVxuICAgICAgICAgIH1cImAsXG4gICAgICAgIF0sXG4gICAgICAgIG1heFJ1blRpbWU6IDgsXG4gICAgICB9KTtcblxuICAgICAgY29uc3QgYmFzZSA9IGF3YWl0IGVudi53cml0ZUNvbmZpZyh7XG4gICAgICAgIG51bWJlck9mVGFza3NUb1J1bjogT2JqZWN0LmtleXModGFza3MpLmxlbmd0aCxcbiAgICAgICAgZW5hYmxlUmVzb3VyY2VNb25pdG9yOiBmYWxzZSxcbiAgICAgIH0pO1xuICAgICAgLy8gdGhlIHdvcmtlciBpcyBhIFdpbmRvd3MgcHJvZ3JhbTogaXRzIHBhdGhzIGFyZSBaOiBwYXRoc1xuICAgICAgY29uc3QgY2ZnID0gSlNPTi5wYXJzZShhd2FpdCBEZW5vLnJlYWRUZXh0RmlsZShiYXNlKSk7XG4gICAgICBmb3IgKGNvbnN0IGsgb2YgW1widGFza3NEaXJcIiwgXCJjYWNoZXNEaXJcIiwgXCJkb3dubG9hZHNEaXJcIiwgXCJlZDI1NTE5U2lnbmluZ0tleUxvY2F0aW9uXCJdKSB7XG4gICAgICAgIGlmICh0eXBlb2YgY2ZnW2tdID09PSBcInN0cmluZ1wiKSBjZmdba10gPSB6KGNmZ1trXSk7XG4gICAgICB9XG4gICAgICBjb25zdCBjZmdGaWxlID0gam9pbihlbnYuZGlyLCBcIndvcmtlci13aW4uanNvblwiKTtcbiAgICAgIGF3YWl0IERlbm8ud3JpdGVUZXh0RmlsZShjZmdGaWxlLCBKU09OLnN0cmluZ2lmeShjZmcsIG51bGwsIDIpKTtcbiAgICAgIGNvbnN0IGNoaWxkID0gbmV3IERlbm8uQ29tbWFuZChERU5PX1dJTiwge1xuICAgICAgICBhcmdzOiBbXCJydW5cIiwgXCItQVwiLCBcIi0tcXVpZXRcIiwgeihNQUlOX1RTKSwgXCJydW5cIiwgXCItLWNvbmZpZ1wiLCB6KGNmZ0ZpbGUpXSxcbiAgICAgICAgY3dkOiBlbnYuZGlyLFxuICAgICAgICBzdGRvdXQ6IFwicGlwZWRcIixcbiAgICAgICAgc3RkZXJyOiBcInBpcGVkXCIsXG4gICAgICB9KS5zcGF3bigpO1xuICAgICAgY29uc3Qgb3V0ID0gYXdhaXQgY2hpbGQub3V0cHV0KCk7XG4gICAgICBjb25zdCB3b3JrZXJPdXQgPSBuZXcgVGV4dERlY29kZXIoKS5kZWNvZGUob3V0LnN0ZG91dCkgKyBuZXcgVGV4dERlY29kZXIoKS5kZWNvZGUob3V0LnN0ZGVycik7XG4gICAgICBhc3NlcnRFcXVhbHMob3V0LmNvZGUsIDAsIHdvcmtlck91dCk7XG4gICAgICBjb25zdCBsb2cgPSAoaWQ6IHN0cmluZykgPT4gZW52LmFydGlmYWN0VGV4dChpZCwgXCJwdWJsaWMvbG9ncy9saXZlX2JhY2tpbmcubG9nXCIpO1xuXG4gICAgICBhd2FpdCB0LnN0ZXAoXCJlY2hvLCBkaXIsIHNldCwgY2QgY2FycmllZCwgJVRBU0tfSUQlLCBwYXlsb2FkIGVudiwgYXJ0aWZhY3RcIiwgYXN5bmMgKCkgPT4ge1xuICAgICAgICBjb25zdCBsID0gYXdhaXQgbG9nKHRhc2tzLmNvbW1hbmRzKTtcbiAgICAgICAgYXNzZXJ0RXF1YWxzKGF3YWl0IGVudi53YWl0UmVzb2x2ZWQodGFza3MuY29tbWFuZHMpLCBbXCJjb21wbGV0ZWRcIiwgXCJjb21wbGV0ZWRcIl0sIGwpO1xuICAgICAgICBhc3NlcnRTdHJpbmdJbmNsdWRlcyhsLCBcIkV4ZWN1dGluZyBjb21tYW5kIDA6IGVjaG8gaGVsbG8gJVRBU0tfSUQlICYgbWtkaXIgc3ViXCIpO1xuICAgICAgICBhc3NlcnRTdHJpbmdJbmNsdWRlcyhsLCBgaGVsbG8gJHt0YXNrcy5jb21tYW5kc31gKTtcbiAgICAgICAgYXNzZXJ0U3RyaW5nSW5jbHVkZXMobCwgXCJNWV9WQVI9bXkgdmFsdWUgKHdpdGgpICYgc3BlY2lhbHNcIik7XG4gICAgICAgIGFzc2VydFN0cmluZ0luY2x1ZGVzKGwsIFwiXFxcXHN1YlxcclxcblwiKTtcbiAgICAgICAgYXNzZXJ0U3RyaW5nSW5jbHVkZXMobCwgXCJtYXJrZXIudHh0XCIpO1xuICAgICAgICBhc3NlcnRTdHJpbmdJbmNsdWRlcyhsLCBcIkV4aXQgQ29kZTogMFwiKTtcbiAgICAgICAgYXNzZXJ0RXF1YWxzKFxuICAgICAgICAgIChhd2FpdCBlbnYuYXJ0aWZhY3RUZXh0KHRhc2tzLmNvbW1hbmRzLCBcInB1YmxpYy9tYXJrZXIudHh0XCIpKS5yZXBsYWNlQWxsKFwiXFxyXFxuXCIsIFwiXFxuXCIpLFxuICAgICAgICAgIC8vIGNtZC5leGUga2VlcHMgdGhlIHNwYWNlIGJlZm9yZSBcIiZcIiBpbiB3aGF0IGVjaG8gcHJpbnRzXG4gICAgICAgICAgXCJjYXJyaWVkLXZhbHVlIFxcbnNlY29uZC1saW5lXFxuXCIsXG4gICAgICAgICk7XG4gICAgICB9KTtcblxuICAgICAgYXdhaXQgdC5zdGVwKFwiZXhpdCAzIGZhaWxzIHRoZSB0YXNrIGFuZCBza2lwcyB0aGUgbGF0ZXIgY29tbWFuZHNcIiwgYXN5bmMgKCkgPT4ge1xuICAgICAgICBjb25zdCBsID0gYXdhaXQgbG9nKHRhc2tzLmV4aXQzKTtcbiAgICAgICAgYXNzZXJ0RXF1YWxzKGF3YWl0IGVudi53YWl0UmVzb2x2ZWQodGFza3MuZXhpdDMpLCBbXCJmYWlsZWRcIiwgXCJmYWlsZWRcIl0sIGwpO1xuICAgICAgICBhc3NlcnRTdHJpbmdJbmNsdWRlcyhsLCBcImJlZm9yZS1leGl0XCIpO1xuICAgICAgICBhc3NlcnRTdHJpbmdJbmNsdWRlcyhsLCBcIkV4aXQgQ29kZTogM1wiKTtcbiAgICAgICAgYXNzZXJ0U3RyaW5nSW5jbHVkZXMobCwgXCJleGl0IHN0YXR1cyAzXCIpO1xuICAgICAgICBhc3NlcnQoIWwuaW5jbHVkZXMoXCJFeGVjdXRpbmcgY29tbWFuZCAyXCIpLCBsKTtcbiAgICAgIH0pO1xuXG4gICAgICBhd2FpdCB0LnN0ZXAoXCJhIHppcCBtb3VudCBpcyBleHRyYWN0ZWQgaW50byB0aGUgdGFzayBkaXJlY3RvcnlcIiwgYXN5bmMgKCkgPT4ge1xuICAgICAgICBjb25zdCBsID0gYXdhaXQgbG9nKHRhc2tzLm1vdW50KTtcbiAgICAgICAgYXNzZXJ0RXF1YWxzKGF3YWl0IGVudi53YWl0UmVzb2x2ZWQodGFza3MubW91bnQpLCBbXCJjb21wbGV0ZWRcIiwgXCJjb21wbGV0ZWRcIl0sIGwpO1xuICAgICAgICBhc3NlcnRTdHJpbmdJbmNsdWRlcyhsLCBcInppcC1jb250ZW50LW9rXCIpO1xuICAgICAgfSk7XG5cbiAgICAgIGF3YWl0IHQuc3RlcChcInppcC1zbGlwIG1vdW50cyBhcmUgcmVmdXNlZCBhbmQgd3JpdGUgbm90aGluZyBvdXRzaWRlXCIsIGFzeW5jICgpID0+IHtcbiAgICAgICAgZm9yIChjb25zdCBpZCBvZiBbdGFza3Muc2xpcCwgdGFza3Muc2xpcDJdKSB7XG4gICAgICAgICAgY29uc3QgbCA9IGF3YWl0IGxvZyhpZCk7XG4gICAgICAgICAgY29uc3QgW3N0YXRlXSA9IGF3YWl0IGVudi53YWl0UmVzb2x2ZWQoaWQpO1xuICAgICAgICAgIGFzc2VydChzdGF0ZSAhPT0gXCJjb21wbGV0ZWRcIiwgbCk7XG4gICAgICAgICAgYXNzZXJ0U3RyaW5nSW5jbHVkZXMobCwgXCJpbGxlZ2FsIGZpbGUgcGF0aCBpbiBhcmNoaXZlXCIpO1xuICAgICAgICAgIGFzc2VydCghbC5pbmNsdWRlcyhcIkV4ZWN1dGluZyBjb21tYW5kIDBcIiksIGwpO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGV2aWwgPSAoYXdhaXQgd2FsayhlbnYuZGlyKSkuZmlsdGVyKChwKSA9PiAvZXZpbDI/XFwudHh0JC8udGVzdChwKSk7XG4gICAgICAgIGFzc2VydEVxdWFscyhldmlsLCBbXSk7XG4gICAgICB9KTtcblxuICAgICAgYXdhaXQgdC5zdGVwKFwibWF4UnVuVGltZSBhYm9ydHMgdGhlIHRhc2sgYW5kIGtpbGxzIHRoZSBncmFuZGNoaWxkXCIsIGFzeW5jICgpID0+IHtcbiAgICAgICAgY29uc3QgbCA9IGF3YWl0IGxvZyh0YXNrcy5tYXhSdW5UaW1lKTtcbiAgICAgICAgYXNzZXJ0RXF1YWxzKGF3YWl0IGVudi53YWl0UmVzb2x2ZWQodGFza3MubWF4UnVuVGltZSksIFtcImZhaWxlZFwiLCBcImZhaWxlZFwiXSwgbCk7XG4gICAgICAgIGFzc2VydFN0cmluZ0luY2x1ZGVzKGwsIFwibWF4IHJ1biB0aW1lIGV4Y2VlZGVkXCIpO1xuICAgICAgICBjb25zdCBhID0gYXdhaXQgRGVuby5yZWFkVGV4dEZpbGUoYmVhdCk7XG4gICAgICAgIGFzc2VydChOdW1iZXIoYSkgPiAwLCBcInRoZSBncmFuZGNoaWxkIHJhblwiKTtcbiAgICAgICAgYXdhaXQgbmV3IFByb21pc2UoKHIpID0+IHNldFRpbWVvdXQociwgMjAwMCkpO1xuICAgICAgICBhc3NlcnRFcXVhbHMoYXdhaXQgRGVuby5yZWFkVGV4dEZpbGUoYmVhdCksIGEsIFwidGhlIGdyYW5kY2hpbGQgc3RpbGwgd3JpdGVzXCIpO1xuICAgICAgfSk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGF3YWl0IGh0dHAuc2h1dGRvd24oKTtcbiAgICAgIGF3YWl0IGVudi5jbG9zZSgpO1xuICAgIH1cbiAgfSxcbn0pO1xuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Ozs7Ozs7OztDQWNDLEdBQ0QsU0FBUyxJQUFJLFFBQVEsWUFBWTtBQUNqQyxTQUFTLE1BQU0sRUFBRSxZQUFZLEVBQUUsb0JBQW9CLFFBQVEsdUJBQXVCO0FBQ2xGLFNBQVMsT0FBTyxRQUFRLG9CQUFvQjtBQUM1QyxTQUFTLFNBQVMsUUFBUSwyQkFBMkI7QUFDckQsU0FBUyxRQUFRLFFBQVEsd0JBQXdCO0FBRWpELE1BQU0sV0FBVyxLQUFLLEdBQUcsQ0FBQyxHQUFHLENBQUMsZUFBZTtBQUM3QyxNQUFNLGVBQWUsS0FBSyxHQUFHLENBQUMsR0FBRyxDQUFDLG1CQUFtQjtBQUNyRCxNQUFNLFNBQVMsS0FBSyxLQUFLLENBQUMsRUFBRSxLQUFLLFdBQVcsYUFBYSxNQUFNLGlCQUFpQjtBQUNoRixJQUFJLENBQUMsUUFBUTtFQUNYLFFBQVEsR0FBRyxDQUNUO0FBRUo7QUFFQSw4Q0FBOEMsR0FDOUMsTUFBTSxJQUFJLENBQUMsSUFBYyxDQUFDLEVBQUUsRUFBRSxFQUFFLFVBQVUsQ0FBQyxLQUFLLE9BQU87QUFFdkQsZUFBZSxLQUFLLEdBQVcsRUFBRSxRQUFrQixFQUFFO0VBQ25ELFdBQVcsTUFBTSxLQUFLLEtBQUssT0FBTyxDQUFDLEtBQU07SUFDdkMsTUFBTSxJQUFJLEtBQUssS0FBSyxFQUFFLElBQUk7SUFDMUIsTUFBTSxJQUFJLENBQUM7SUFDWCxJQUFJLEVBQUUsV0FBVyxFQUFFLE1BQU0sS0FBSyxHQUFHO0VBQ25DO0VBQ0EsT0FBTztBQUNUO0FBRUEsS0FBSyxJQUFJLENBQUM7RUFDUixNQUNFO0VBQ0YsUUFBUSxDQUFDO0VBQ1QsYUFBYTtFQUNiLG1CQUFtQjtFQUNuQixJQUFJLE9BQU87SUFDVCxNQUFNLE1BQU0sTUFBTSxVQUFVLEtBQUs7SUFDakMsTUFBTSxPQUFtQztNQUN2QyxhQUFhLFNBQVM7UUFDcEI7VUFBRSxNQUFNO1VBQVEsTUFBTTtRQUFNO1FBQzVCO1VBQUUsTUFBTTtVQUFpQixNQUFNO1VBQVEsTUFBTTtRQUFpQjtPQUMvRDtNQUNELGNBQWMsU0FBUztRQUNyQjtVQUFFLE1BQU07VUFBVSxNQUFNO1VBQVEsTUFBTTtRQUFLO1FBQzNDO1VBQUUsTUFBTTtVQUFnQixNQUFNO1VBQVEsTUFBTTtRQUFRO09BQ3JEO01BQ0QsY0FBYyxTQUFTO1FBQ3JCO1VBQUUsTUFBTTtVQUFRLE1BQU07UUFBTTtRQUM1QjtVQUFFLE1BQU07VUFBMEIsTUFBTTtVQUFRLE1BQU07UUFBUTtPQUMvRDtJQUNIO0lBQ0EsTUFBTSxPQUFPLEtBQUssS0FBSyxDQUFDO01BQUUsVUFBVTtNQUFhLE1BQU07TUFBRyxhQUFZO0lBQUUsR0FBRyxDQUFDO01BQzFFLE1BQU0sT0FBTyxJQUFJLENBQUMsSUFBSSxJQUFJLElBQUksR0FBRyxFQUFFLFFBQVEsQ0FBQztNQUM1QyxPQUFPLE9BQU8sSUFBSSxTQUFTLEtBQUssS0FBSyxHQUFHLE1BQU0sSUFBSSxJQUFJLFNBQVMsYUFBYTtRQUFFLFFBQVE7TUFBSTtJQUM1RjtJQUNBLE1BQU0sTUFBTSxDQUFDLElBQWMsQ0FBQyxpQkFBaUIsRUFBRSxLQUFLLElBQUksQ0FBQyxJQUFJLEdBQUcsR0FBRztJQUNuRSxJQUFJO01BQ0YsTUFBTSxPQUFPLEtBQUssSUFBSSxHQUFHLEVBQUU7TUFDM0IsTUFBTSxTQUFTLEtBQUssSUFBSSxHQUFHLEVBQUU7TUFDN0IsTUFBTSxLQUFLLGFBQWEsQ0FDdEIsUUFDQSxDQUFDLHdGQUF3RixDQUFDO01BRTVGLE1BQU0sUUFBZ0MsQ0FBQztNQUN2QyxNQUFNLFFBQVEsR0FBRyxNQUFNLElBQUksVUFBVSxDQUFDO1FBQ3BDLFNBQVM7VUFDUDtVQUNBO1VBQ0E7VUFDQTtTQUNEO1FBQ0QsS0FBSztVQUFFLFFBQVE7UUFBNkI7UUFDNUMsWUFBWTtRQUNaLFdBQVc7VUFBQztZQUFFLE1BQU07WUFBUSxNQUFNO1lBQWtCLE1BQU07VUFBb0I7U0FBRTtNQUNsRjtNQUNBLE1BQU0sS0FBSyxHQUFHLE1BQU0sSUFBSSxVQUFVLENBQUM7UUFDakMsU0FBUztVQUFDO1VBQW9CO1VBQVU7U0FBa0I7UUFDMUQsWUFBWTtNQUNkO01BQ0EsTUFBTSxLQUFLLEdBQUcsTUFBTSxJQUFJLFVBQVUsQ0FBQztRQUNqQyxTQUFTO1VBQUM7U0FBeUI7UUFDbkMsWUFBWTtRQUNaLFFBQVE7VUFBQztZQUNQLFdBQVc7WUFDWCxRQUFRO1lBQ1IsU0FBUztjQUFFLEtBQUssSUFBSTtZQUFhO1VBQ25DO1NBQUU7TUFDSjtNQUNBLE1BQU0sSUFBSSxHQUFHLE1BQU0sSUFBSSxVQUFVLENBQUM7UUFDaEMsU0FBUztVQUFDO1NBQXNCO1FBQ2hDLFlBQVk7UUFDWixRQUFRO1VBQUM7WUFDUCxXQUFXO1lBQ1gsUUFBUTtZQUNSLFNBQVM7Y0FBRSxLQUFLLElBQUk7WUFBYztVQUNwQztTQUFFO01BQ0o7TUFDQSxNQUFNLEtBQUssR0FBRyxNQUFNLElBQUksVUFBVSxDQUFDO1FBQ2pDLFNBQVM7VUFBQztTQUFzQjtRQUNoQyxZQUFZO1FBQ1osUUFBUTtVQUFDO1lBQ1AsV0FBVztZQUNYLFFBQVE7WUFDUixTQUFTO2NBQUUsS0FBSyxJQUFJO1lBQWM7VUFDcEM7U0FBRTtNQUNKO01BQ0EsTUFBTSxVQUFVLEdBQUcsTUFBTSxJQUFJLFVBQVUsQ0FBQztRQUN0QyxTQUFTO1VBQ1AsQ0FBQyxDQUFDLEVBQUUsYUFBYSxVQUFVLENBQUMsS0FBSyxNQUFNLE9BQU8sQ0FBQyxPQUFPLFFBQVEsVUFBVSxFQUFFLEVBQUUsUUFBUSxHQUFHLEVBQ3JGLEVBQUUsTUFDSCxDQUFDLENBQUM7U0FDSjtRQUNELFlBQVk7TUFDZDtNQUVBLE1BQU0sT0FBTyxNQUFNLElBQUksV0FBVyxDQUFDO1FBQ2pDLG9CQUFvQixPQUFPLElBQUksQ0FBQyxPQUFPLE1BQU07UUFDN0MsdUJBQXVCO01BQ3pCO01BQ0EsMERBQTBEO01BQzFELE1BQU0sTUFBTSxLQUFLLEtBQUssQ0FBQyxNQUFNLEtBQUssWUFBWSxDQUFDO01BQy9DLEtBQUssTUFBTSxLQUFLO1FBQUM7UUFBWTtRQUFhO1FBQWdCO09BQTRCLENBQUU7UUFDdEYsSUFBSSxPQUFPLEdBQUcsQ0FBQyxFQUFFLEtBQUssVUFBVSxHQUFHLENBQUMsRUFBRSxHQUFHLEVBQUUsR0FBRyxDQUFDLEVBQUU7TUFDbkQ7TUFDQSxNQUFNLFVBQVUsS0FBSyxJQUFJLEdBQUcsRUFBRTtNQUM5QixNQUFNLEtBQUssYUFBYSxDQUFDLFNBQVMsS0FBSyxTQUFTLENBQUMsS0FBSyxNQUFNO01BQzVELE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxDQUFDLFVBQVU7UUFDdkMsTUFBTTtVQUFDO1VBQU87VUFBTTtVQUFXLEVBQUU7VUFBVTtVQUFPO1VBQVksRUFBRTtTQUFTO1FBQ3pFLEtBQUssSUFBSSxHQUFHO1FBQ1osUUFBUTtRQUNSLFFBQVE7TUFDVixHQUFHLEtBQUs7TUFDUixNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU07TUFDOUIsTUFBTSxZQUFZLElBQUksY0FBYyxNQUFNLENBQUMsSUFBSSxNQUFNLElBQUksSUFBSSxjQUFjLE1BQU0sQ0FBQyxJQUFJLE1BQU07TUFDNUYsYUFBYSxJQUFJLElBQUksRUFBRSxHQUFHO01BQzFCLE1BQU0sTUFBTSxDQUFDLEtBQWUsSUFBSSxZQUFZLENBQUMsSUFBSTtNQUVqRCxNQUFNLEVBQUUsSUFBSSxDQUFDLGdFQUFnRTtRQUMzRSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sUUFBUTtRQUNsQyxhQUFhLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxRQUFRLEdBQUc7VUFBQztVQUFhO1NBQVksRUFBRTtRQUNqRixxQkFBcUIsR0FBRztRQUN4QixxQkFBcUIsR0FBRyxDQUFDLE1BQU0sRUFBRSxNQUFNLFFBQVEsRUFBRTtRQUNqRCxxQkFBcUIsR0FBRztRQUN4QixxQkFBcUIsR0FBRztRQUN4QixxQkFBcUIsR0FBRztRQUN4QixxQkFBcUIsR0FBRztRQUN4QixhQUNFLENBQUMsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLFFBQVEsRUFBRSxvQkFBb0IsRUFBRSxVQUFVLENBQUMsUUFBUSxPQUNqRix5REFBeUQ7UUFDekQ7TUFFSjtNQUVBLE1BQU0sRUFBRSxJQUFJLENBQUMsc0RBQXNEO1FBQ2pFLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxLQUFLO1FBQy9CLGFBQWEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLEtBQUssR0FBRztVQUFDO1VBQVU7U0FBUyxFQUFFO1FBQ3hFLHFCQUFxQixHQUFHO1FBQ3hCLHFCQUFxQixHQUFHO1FBQ3hCLHFCQUFxQixHQUFHO1FBQ3hCLE9BQU8sQ0FBQyxFQUFFLFFBQVEsQ0FBQyx3QkFBd0I7TUFDN0M7TUFFQSxNQUFNLEVBQUUsSUFBSSxDQUFDLG9EQUFvRDtRQUMvRCxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sS0FBSztRQUMvQixhQUFhLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxLQUFLLEdBQUc7VUFBQztVQUFhO1NBQVksRUFBRTtRQUM5RSxxQkFBcUIsR0FBRztNQUMxQjtNQUVBLE1BQU0sRUFBRSxJQUFJLENBQUMseURBQXlEO1FBQ3BFLEtBQUssTUFBTSxNQUFNO1VBQUMsTUFBTSxJQUFJO1VBQUUsTUFBTSxLQUFLO1NBQUMsQ0FBRTtVQUMxQyxNQUFNLElBQUksTUFBTSxJQUFJO1VBQ3BCLE1BQU0sQ0FBQyxNQUFNLEdBQUcsTUFBTSxJQUFJLFlBQVksQ0FBQztVQUN2QyxPQUFPLFVBQVUsYUFBYTtVQUM5QixxQkFBcUIsR0FBRztVQUN4QixPQUFPLENBQUMsRUFBRSxRQUFRLENBQUMsd0JBQXdCO1FBQzdDO1FBQ0EsTUFBTSxPQUFPLENBQUMsTUFBTSxLQUFLLElBQUksR0FBRyxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsSUFBTSxlQUFlLElBQUksQ0FBQztRQUNyRSxhQUFhLE1BQU0sRUFBRTtNQUN2QjtNQUVBLE1BQU0sRUFBRSxJQUFJLENBQUMsdURBQXVEO1FBQ2xFLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxVQUFVO1FBQ3BDLGFBQWEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLFVBQVUsR0FBRztVQUFDO1VBQVU7U0FBUyxFQUFFO1FBQzdFLHFCQUFxQixHQUFHO1FBQ3hCLE1BQU0sSUFBSSxNQUFNLEtBQUssWUFBWSxDQUFDO1FBQ2xDLE9BQU8sT0FBTyxLQUFLLEdBQUc7UUFDdEIsTUFBTSxJQUFJLFFBQVEsQ0FBQyxJQUFNLFdBQVcsR0FBRztRQUN2QyxhQUFhLE1BQU0sS0FBSyxZQUFZLENBQUMsT0FBTyxHQUFHO01BQ2pEO0lBQ0YsU0FBVTtNQUNSLE1BQU0sS0FBSyxRQUFRO01BQ25CLE1BQU0sSUFBSSxLQUFLO0lBQ2pCO0VBQ0Y7QUFDRiJ9
// denoCacheMetadata=847062327827406506,6376979078509207995
