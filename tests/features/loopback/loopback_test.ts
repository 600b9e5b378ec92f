/**
 * LoopbackAudio and LoopbackVideo through the task engine (runTask against
 * localtc, insecure engine). This kernel has no module support, so the
 * platform layer gets a device and config tree the test creates and
 * stand-in `modprobe` and `chgrp` programs first on PATH: modprobe records
 * its argv and, like the kernel, makes the device nodes (snd-aloop reads
 * its card number from the modprobe.d file the feature wrote), chgrp
 * records its argv; chmod is the real one. Checked: the exact commands in
 * order, the modprobe.d file, the modes, TASKCLUSTER_VIDEO_DEVICE in the
 * command's env, the info and warning lines, scopes, and each setup
 * failure as exception/internal-error with the Go worker's text.
 */
import { join } from "node:path";
import type { Feature } from "../../../src/features/feature.ts";
import { loopbackAudioFeature } from "../../../src/features/loopback_audio/mod.ts";
import { loopbackVideoFeature } from "../../../src/features/loopback_video/mod.ts";
import type { LoopbackHost } from "../../../src/platform/loopback.ts";
import { assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import { EngineEnv, sh } from "../../task/helpers.ts";

const linux = Deno.build.os === "linux";
if (!linux) console.warn("loopback_test.ts: loopback devices exist on Linux only; skipped");

interface Rig {
  host: LoopbackHost;
  dev: string;
  etc: string;
  record: string;
  features: Feature[];
}

/** Stand-ins under `<dir>/bin`; `fail` makes one of them exit 1 with a message. */
async function rig(env: EngineEnv, fail?: "modprobe" | "chgrp"): Promise<Rig> {
  const root = await Deno.makeTempDir({ dir: env.dir, prefix: "loopback-" });
  const bin = join(root, "bin"), dev = join(root, "dev"), etc = join(root, "etc");
  const record = join(root, "commands.txt");
  await Deno.mkdir(bin);
  await Deno.mkdir(join(dev, "snd"), { recursive: true });
  await Deno.mkdir(etc);
  const modprobe = `#!/bin/sh
echo "modprobe $*" >> '${record}'
${
    fail === "modprobe"
      ? 'echo "modprobe: FATAL: Module $1 not found in directory /lib/modules/x"; exit 1'
      : ""
  }
case "$1" in
snd-aloop)
  n=$(sed -n 's/^options snd-aloop enable=1 index=\\([0-9]*\\)$/\\1/p' '${etc}/modprobe.d/snd-aloop.conf')
  [ -n "$n" ] || { echo "no index in snd-aloop.conf"; exit 1; }
  for f in controlC$n pcmC\${n}D0c pcmC\${n}D0p pcmC\${n}D1c pcmC\${n}D1p; do : > '${dev}/snd/'$f; chmod 600 '${dev}/snd/'$f; done ;;
v4l2loopback)
  n=\${2#video_nr=}
  : > '${dev}/video'$n; chmod 600 '${dev}/video'$n ;;
esac
`;
  const chgrp = `#!/bin/sh
echo "chgrp $*" >> '${record}'
${fail === "chgrp" ? "echo \"chgrp: invalid group: '$1'\" >&2; exit 1" : ""}
[ -e "$2" ] || { echo "chgrp: cannot access '$2': No such file or directory" >&2; exit 1; }
`;
  await Deno.writeTextFile(join(bin, "modprobe"), modprobe, { mode: 0o755 });
  await Deno.writeTextFile(join(bin, "chgrp"), chgrp, { mode: 0o755 });
  const host: LoopbackHost = {
    etcDir: etc,
    devDir: dev,
    path: `${bin}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`,
  };
  const features = env.features({
    platform: [loopbackAudioFeature(host), loopbackVideoFeature(host)],
  });
  return { host, dev, etc, record, features };
}

async function recorded(r: Rig): Promise<string[]> {
  const t = await Deno.readTextFile(r.record).catch(() => "");
  return t.split("\n").filter((l) => l !== "");
}

function mode(path: string): string {
  return (Deno.statSync(path).mode! & 0o777).toString(8);
}

Deno.test({
  name: "loopback audio + video: exact commands, modprobe.d file, modes, env, log lines",
  ignore: !linux,
  async fn() {
    const env = await EngineEnv.start({
      loopbackAudioDeviceNumber: 7,
      loopbackVideoDeviceNumber: 3,
    });
    try {
      const r = await rig(env);
      const { taskId, outcome } = await env.run({
        command: sh('echo "video=$TASKCLUSTER_VIDEO_DEVICE"'),
        maxRunTime: 30,
        features: { loopbackAudio: true, loopbackVideo: true },
      }, {
        features: r.features,
        extra: {
          scopes: [
            `generic-worker:loopback-audio:${env.pool}`,
            "generic-worker:loopback-video",
          ],
        },
      });
      const log = await env.log(taskId);
      assertEquals(outcome.resolution, "completed", log);
      const snd = ["controlC7", "pcmC7D0c", "pcmC7D0p", "pcmC7D1c", "pcmC7D1p"].map((f) =>
        join(r.dev, "snd", f)
      );
      const video = join(r.dev, "video3");
      assertEquals(await recorded(r), [
        "modprobe snd-aloop",
        ...snd.map((d) => `chgrp audio ${d}`),
        "modprobe v4l2loopback video_nr=3",
        `chgrp video ${video}`,
      ]);
      assertEquals(
        await Deno.readTextFile(join(r.etc, "modprobe.d", "snd-aloop.conf")),
        "options snd-aloop enable=1 index=7\n",
      );
      for (const d of [...snd, video]) assertEquals(mode(d), "660", d);
      assertStringIncludes(log, `video=${video}\n`);
      assertStringIncludes(log, `Loopback audio devices are available at [${snd.join(" ")}]\n`);
      assertStringIncludes(log, `Loopback video device is available at ${video}\n`);
      assertStringIncludes(
        log,
        "Neither 'audio' nor 'docker' group is in the list of OS groups. Consider adding so that the loopback audio devices will work as expected.",
      );
      assertStringIncludes(
        log,
        "Neither 'video' nor 'docker' group is in the list of OS groups. Consider adding so that the loopback video device will work as expected.",
      );
      assertStringIncludes(env.workerLines.join("\n"), "Running command: modprobe snd-aloop");
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name: "loopback: missing scopes -> malformed-payload naming both alternatives; nothing run",
  ignore: !linux,
  async fn() {
    const env = await EngineEnv.start();
    try {
      const r = await rig(env);
      const { taskId, outcome } = await env.run({
        command: sh("true"),
        maxRunTime: 30,
        features: { loopbackVideo: true },
      }, { features: r.features });
      const log = await env.log(taskId);
      assertEquals([outcome.resolution, outcome.reason], ["exception", "malformed-payload"], log);
      assertStringIncludes(log, `generic-worker:loopback-video:${env.pool}`);
      assertStringIncludes(log, "generic-worker:loopback-video\n");
      assertEquals(await recorded(r), []);
    } finally {
      await env.close();
    }
  },
});

Deno.test({
  name: "loopback setup failures -> exception/internal-error with the Go worker's texts",
  ignore: !linux,
  async fn(t) {
    const scopes = ["generic-worker:loopback-audio", "generic-worker:loopback-video"];
    await t.step("audio device number above 31", async () => {
      const env = await EngineEnv.start({ loopbackAudioDeviceNumber: 32 });
      try {
        const r = await rig(env);
        const { taskId, outcome } = await env.run({
          command: sh("echo must-not-run"),
          maxRunTime: 30,
          features: { loopbackAudio: true },
        }, { features: r.features, extra: { scopes } });
        const log = await env.log(taskId);
        assertEquals([outcome.resolution, outcome.reason], ["exception", "internal-error"], log);
        assertStringIncludes(
          log,
          "loopback audio device number must be between 0 and 31, inclusive",
        );
        assertEquals(log.includes("must-not-run\n"), false);
        assertEquals(await recorded(r), []);
      } finally {
        await env.close();
      }
    });
    await t.step("modprobe snd-aloop fails", async () => {
      const env = await EngineEnv.start();
      try {
        const r = await rig(env, "modprobe");
        const { taskId, outcome } = await env.run({
          command: sh("echo must-not-run"),
          maxRunTime: 30,
          features: { loopbackAudio: true },
        }, { features: r.features, extra: { scopes } });
        const log = await env.log(taskId);
        assertEquals([outcome.resolution, outcome.reason], ["exception", "internal-error"], log);
        assertStringIncludes(
          log,
          "could not load the snd-aloop kernel module. Output: modprobe: FATAL: Module snd-aloop not found in directory /lib/modules/x\n[taskcluster:error] . Error: exit status 1",
        );
        assertEquals(await recorded(r), ["modprobe snd-aloop"]);
      } finally {
        await env.close();
      }
    });
    await t.step("chgrp video fails", async () => {
      const env = await EngineEnv.start();
      try {
        const r = await rig(env, "chgrp");
        const { taskId, outcome } = await env.run({
          command: sh("echo must-not-run"),
          maxRunTime: 30,
          features: { loopbackVideo: true },
        }, { features: r.features, extra: { scopes } });
        const log = await env.log(taskId);
        assertEquals([outcome.resolution, outcome.reason], ["exception", "internal-error"], log);
        const video = join(r.dev, "video0");
        assertStringIncludes(log, `could not chgrp video the ${video} device: exit status 1`);
        assertEquals(await recorded(r), [
          "modprobe v4l2loopback video_nr=0",
          `chgrp video ${video}`,
        ]);
        assertEquals(mode(video), "600");
      } finally {
        await env.close();
      }
    });
  },
});
