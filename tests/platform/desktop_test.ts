/**
 * gdm3 autologin configuration (Go gdm3_test.go's case, byte for byte),
 * written below an injected /etc, and the gnome-session probe through a
 * stand-in `w` on PATH.
 */
import { join } from "node:path";
import { assertEquals, assertRejects } from "../helpers/assert.ts";
import { linuxOnly } from "../helpers/platform.ts";
import {
  autoLoginConf,
  desktopSessionEnv,
  gdm3UnavailableReason,
  interactiveUsername,
  setAutoLogin,
} from "../../src/platform/desktop.ts";

Deno.test("autoLoginConf: Go's gdm3 SetAutoLogin case, exactly", () => {
  const source = "\n[fred]\n[mary]\n[daemon]\nAutomaticLogin = user4\n[john]\n" +
    "AutomaticLoginEnable = true\nAutomaticLogin = user5";
  const expected = "\n[fred]\n[mary]\n[daemon]\n# Set by generic-worker\n" +
    "AutomaticLoginEnable = true\nAutomaticLogin = pete\n\n[john]\n" +
    "AutomaticLoginEnable = true\nAutomaticLogin = user5";
  assertEquals(autoLoginConf("pete", source), expected);
  // a second run replaces the previous user's lines (Go keeps the old comment and blank line)
  const debian = "# GDM configuration storage\n\n[daemon]\n# AutomaticLoginEnable = true\n" +
    "WaylandEnable=false\n\n[security]\n";
  const once = autoLoginConf("task_1", debian);
  assertEquals(
    autoLoginConf("task_2", once),
    "# GDM configuration storage\n\n[daemon]\n# Set by generic-worker\nAutomaticLoginEnable = true\n" +
      "AutomaticLogin = task_2\n\n# Set by generic-worker\n\n# AutomaticLoginEnable = true\n" +
      "WaylandEnable=false\n\n[security]\n",
  );
  // no [daemon] section: unchanged, as Go
  assertEquals(autoLoginConf("x", "[security]\n"), "[security]\n");
});

Deno.test(
  "setAutoLogin writes <etc>/gdm3/custom.conf (0644); missing file → Go's error",
  linuxOnly("gdm3 desktop mode exists on Linux only (elsewhere the reason says so)"),
  async () => {
    const etc = await Deno.makeTempDir({ prefix: "gw-etc-" });
    try {
      await assertRejects(
        () => setAutoLogin("task_1", etc),
        `could not read file ${join(etc, "gdm3", "custom.conf")} to update auto login user`,
      );
      assertEquals(
        (await gdm3UnavailableReason(etc))?.includes(`no ${join(etc, "gdm3", "custom.conf")}`),
        true,
      );
      await Deno.mkdir(join(etc, "gdm3"));
      await Deno.writeTextFile(join(etc, "gdm3", "custom.conf"), "[daemon]\n");
      assertEquals(await gdm3UnavailableReason(etc), undefined);
      await setAutoLogin("task_1", etc);
      assertEquals(
        await Deno.readTextFile(join(etc, "gdm3", "custom.conf")),
        "[daemon]\n# Set by generic-worker\nAutomaticLoginEnable = true\nAutomaticLogin = task_1\n\n",
      );
    } finally {
      await Deno.remove(etc, { recursive: true });
    }
  },
);

Deno.test("desktopSessionEnv: DISPLAY :0 and XDG_RUNTIME_DIR /run/user/<uid>, as Go", () => {
  assertEquals(desktopSessionEnv(1234), { DISPLAY: ":0", XDG_RUNTIME_DIR: "/run/user/1234" });
});

Deno.test({
  name:
    "interactiveUsername: the one gnome-session user of `w` (stand-in on PATH); none or two → error",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "gw-w-" });
    const out = join(dir, "w.out");
    await Deno.writeTextFile(join(dir, "w"), `#!/bin/sh\ncat '${out}'\n`, { mode: 0o755 });
    await Deno.chmod(join(dir, "w"), 0o755);
    const path = Deno.env.get("PATH") ?? "/usr/bin:/bin";
    Deno.env.set("PATH", `${dir}:${path}`);
    try {
      const header = " 21:00:00 up 1 min,  1 user,  load average: 0.1, 0.1, 0.1\n" +
        "USER                 TTY      FROM             LOGIN@   IDLE   JCPU   PCPU WHAT\n";
      await Deno.writeTextFile(
        out,
        header +
          "task_17333312345678 tty2     tty2             21:00    1:00   0.01s  0.01s /usr/libexec/gnome-session-binary\n",
      );
      assertEquals(await interactiveUsername(), "task_17333312345678");
      await Deno.writeTextFile(out, header);
      await assertRejects(
        () => interactiveUsername(),
        "number of gnome session users is not exactly one",
      );
    } finally {
      Deno.env.set("PATH", path);
      await Deno.remove(dir, { recursive: true });
    }
  },
});
