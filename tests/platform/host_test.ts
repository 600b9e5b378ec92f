/**
 * Host shutdown and reboot: the Go worker's commands per OS and engine, and
 * running them through a stand-in `shutdown` on PATH (the test machine is
 * never shut down: the stand-in only records its arguments).
 */
import { join } from "node:path";
import { assertEquals, assertRejects, assertStringIncludes } from "../helpers/assert.ts";
import {
  immediateReboot,
  immediateShutdown,
  rebootCommand,
  shellEscape,
  shutdownCommand,
} from "../../src/platform/host.ts";
import { standIns } from "../helpers/host_standins.ts";
import { posixOnly } from "../helpers/platform.ts";

Deno.test(
  "shutdown and reboot commands are Go's per OS; the insecure engine goes through sudo unless root",
  posixOnly("posix stand-in scripts on a ':'-separated PATH"),
  async () => {
    const { dir } = await standIns();
    try {
      const path = `${dir}:/usr/bin:/bin`;
      assertEquals(
        shutdownCommand("generic-worker idle timeout", {
          engine: "multiuser",
          platform: "linux",
          path,
        }),
        [join(dir, "shutdown"), "-h", "now", "generic-worker idle timeout"],
      );
      assertEquals(
        rebootCommand({ engine: "multiuser", platform: "darwin", path }),
        [join(dir, "shutdown"), "-r", "now", "generic-worker requested reboot"],
      );
      assertEquals(
        shutdownCommand("x", { engine: "insecure", platform: "linux", root: false, path }),
        [join(dir, "sudo"), join(dir, "shutdown"), "-h", "now", "x"],
      );
      assertEquals(
        shutdownCommand("x", { engine: "insecure", platform: "linux", root: true, path }),
        [join(dir, "shutdown"), "-h", "now", "x"],
      );
      // nothing on PATH: Go's absolute paths
      assertEquals(
        rebootCommand({
          engine: "insecure",
          platform: "freebsd",
          root: false,
          path: "/nonexistent",
        }),
        ["/usr/bin/sudo", "/sbin/shutdown", "-r", "now", "generic-worker requested reboot"],
      );
      assertEquals(
        shutdownCommand("generic-worker internal error", {
          engine: "multiuser",
          platform: "windows",
        }),
        [
          "C:\\Windows\\System32\\shutdown.exe",
          "/s",
          "/t",
          "3",
          "/c",
          "generic-worker internal error",
        ],
      );
      assertEquals(
        rebootCommand({ engine: "multiuser", platform: "windows" }),
        [
          "C:\\Windows\\System32\\shutdown.exe",
          "/r",
          "/t",
          "3",
          "/c",
          "generic-worker requested reboot",
        ],
      );
      assertEquals(
        shellEscape(["/sbin/shutdown", "-h", "now", "it's idle"]),
        `/sbin/shutdown -h now 'it'\\''s idle'`,
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
);

Deno.test(
  "immediateShutdown / immediateReboot run the stand-in with the exact arguments and log them",
  posixOnly("posix stand-in scripts"),
  async () => {
    const { dir, record } = await standIns();
    const lines: string[] = [];
    try {
      const opts = { engine: "multiuser" as const, path: `${dir}:/usr/bin:/bin` };
      // guard: the stand-in is what would run, never the real shutdown
      assertEquals(shutdownCommand("c", opts)[0], join(dir, "shutdown"));
      await immediateShutdown("generic-worker idle timeout", opts, (l) => lines.push(l));
      await immediateReboot(opts, (l) => lines.push(l));
      assertEquals(
        await Deno.readTextFile(record),
        "shutdown\n-h\nnow\ngeneric-worker idle timeout\n--\nshutdown\n-r\nnow\ngeneric-worker requested reboot\n--\n",
      );
      assertEquals(lines, [
        "Immediate shutdown being issued...",
        `Running command: ${join(dir, "shutdown")} -h now 'generic-worker idle timeout'`,
        "Immediate reboot being issued...",
        `Running command: ${join(dir, "shutdown")} -r now 'generic-worker requested reboot'`,
      ]);
      // a failing command is an error with its output logged
      await Deno.writeTextFile(join(dir, "shutdown"), "#!/bin/sh\necho refused >&2\nexit 3\n");
      await assertRejects(() => immediateShutdown("c", opts, (l) => lines.push(l)));
      assertStringIncludes(lines.join("\n"), "refused");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
);
