/**
 * The interactive shell of a D2G task, end to end: the real worker CLI
 * (multiuser engine, root) with `d2gConfig.enableD2G` runs a docker-worker
 * payload with `features.interactive` on the real Docker daemon; a Deno
 * WebSocket client reads the socket URL from `shell.html`, gets Go's
 * readiness text, and lands in `docker exec -it <container> /bin/bash`
 * inside the task's container (it reads a file only the container has, and
 * makes the task finish from inside). Afterwards no container and no
 * `docker exec` of it is left. The image is busybox plus the host's bash
 * and its libraries, served by a local docker-registry.
 */
import { dirname, join } from "node:path";
import {
  DockerLeftovers,
  dockerOk,
  dockerSkipReason,
  startRegistry,
  uniqueSuffix,
} from "../../helpers/docker.ts";
import { WorkerEnv } from "../../helpers/worker_env.ts";
import { assert, assertEquals } from "../../helpers/assert.ts";

const skip = await dockerSkipReason();
const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
if (skip === undefined && !isRoot) console.warn("d2g_shell_e2e_test.ts: needs root; skipped");

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

/** A root filesystem directory: static busybox with its applet links, /etc/passwd, /tmp. */
async function busyboxRootfsDir(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "gw-bashroot-" });
  for (const d of ["bin", "etc", "tmp", "root"]) await Deno.mkdir(join(dir, d));
  await Deno.chmod(join(dir, "tmp"), 0o1777);
  await Deno.copyFile("/usr/bin/busybox", join(dir, "bin/busybox"));
  await Deno.chmod(join(dir, "bin/busybox"), 0o755);
  const list = await new Deno.Command("/usr/bin/busybox", { args: ["--list"], stdout: "piped" })
    .output();
  for (const applet of new TextDecoder().decode(list.stdout).split("\n")) {
    if (applet && applet !== "busybox") await Deno.symlink("busybox", join(dir, "bin", applet));
  }
  await Deno.writeTextFile(join(dir, "etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
  await Deno.writeTextFile(join(dir, "etc/group"), "root:x:0:\n");
  return dir;
}

/** busybox + /bin/bash and the libraries `ldd` names, imported as `ref`. */
async function bashImage(ref: string): Promise<void> {
  const dir = await busyboxRootfsDir();
  try {
    const ldd = await new Deno.Command("ldd", { args: ["/bin/bash"], stdout: "piped" }).output();
    const libs = [...new TextDecoder().decode(ldd.stdout).matchAll(/(\/\S+\.so[.\d]*)/g)].map((m) =>
      m[1]
    );
    for (const f of ["/bin/bash", ...libs]) {
      const real = await Deno.realPath(f);
      const dest = join(dir, f);
      await Deno.mkdir(dirname(dest), { recursive: true });
      await Deno.copyFile(real, dest);
      await Deno.chmod(dest, 0o755);
    }
    const tar = await new Deno.Command("tar", {
      args: ["-C", dir, "--owner=0", "--group=0", "-cf", "-", "."],
      stdout: "piped",
    }).output();
    assert(tar.success, "tar of the rootfs failed");
    await dockerOk(
      ["import", "--change", "ENV PATH=/bin", "-", ref],
      tar.stdout,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

Deno.test({
  name: "interactive D2G (multiuser, CLI): docker exec into the task's container after the probe",
  ignore: skip !== undefined || !isRoot,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const env = await WorkerEnv.start({ claimTimeoutSecs: 30 });
    const registry = await startRegistry();
    const left = new DockerLeftovers();
    try {
      await Deno.chmod(env.dir, 0o755);
      const s = uniqueSuffix();
      const local = `gwtest-${s}/bash:1`;
      const image = `${registry.host}/gwtest/bash-${s}:1`;
      left.images.add(local).add(image);
      await bashImage(local);
      await dockerOk(["tag", local, image]);
      await dockerOk(["push", "--quiet", image]);
      await dockerOk(["rmi", local, image]);
      const config = await env.writeConfig({
        engine: "multiuser",
        d2gConfig: { enableD2G: true },
        enableInteractive: true,
        interactivePort: freePort(),
        numberOfTasksToRun: 1,
        cleanUpTaskDirs: false,
      });
      const taskId = await env.createTask({
        image,
        command: [
          "/bin/bash",
          "-c",
          "echo inside-the-container > /tmp/marker; until [ -e /tmp/done ]; do sleep 0.2; done; echo finished",
        ],
        maxRunTime: 120,
        features: { interactive: true },
      });
      left.containers.add(`taskcontainer_${taskId}`);
      const worker = env.startWorker(config);
      let exited = false;
      void worker.exited.then(() => exited = true);
      try {
        const url = await waitFor(async () => {
          const a = await env.queue.latestArtifact(taskId, "private/generic-worker/shell.html");
          return "url" in a && a.url ? a.url as string : undefined;
        });
        const ws = new WebSocket(new URL(url).searchParams.get("socketUrl")!);
        ws.binaryType = "arraybuffer";
        let text = "";
        const dec = new TextDecoder();
        ws.onmessage = (e) => text += dec.decode(new Uint8Array(e.data as ArrayBuffer));
        const closed = new Promise<void>((r) => ws.addEventListener("close", () => r()));
        await new Promise<void>((res, rej) => {
          ws.onopen = () => res();
          ws.onerror = () => rej(new Error("cannot connect"));
        });
        const send = (line: string) =>
          ws.send(new Uint8Array([1, ...new TextEncoder().encode(line + "\r")]));
        await waitFor(() => Promise.resolve(text.includes("\r\n") || undefined));
        assert(/^Waiting for task to be ready\.\.*\r\n/.test(text), JSON.stringify(text));
        // the shell is inside the container: only it has /tmp/marker
        for (let i = 0; i < 50 && !/[\r\n]inside-the-container\r\n/.test(text); i++) {
          send("cat /tmp/marker");
          await new Promise((r) => setTimeout(r, 400));
        }
        assert(/[\r\n]inside-the-container\r\n/.test(text), JSON.stringify(text));
        send("echo uid=$(id -u) && touch /tmp/done");
        assertEquals(await worker.exited, 0, worker.output());
        await closed;
        assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
        assert(/[\r\n]uid=0\r\n/.test(text), JSON.stringify(text));
        assertEquals(await left.existingContainers(), [], "the task's container is left");
        const ps = await new Deno.Command("ps", { args: ["-eo", "args"], stdout: "piped" })
          .output();
        const execs = new TextDecoder().decode(ps.stdout).split("\n").filter((l) =>
          l.includes(`exec -it taskcontainer_${taskId}`)
        );
        assertEquals(execs, [], "a docker exec of the task survived it");
        const log = await env.artifactText(taskId, "public/logs/live_backing.log");
        assert(/finished\r?\n/.test(log), log);
      } finally {
        if (!exited) {
          worker.child.kill("SIGTERM");
          const t = setTimeout(() => worker.child.kill("SIGKILL"), 30_000);
          await worker.exited;
          clearTimeout(t);
        }
      }
    } finally {
      await left.clean();
      await registry.stop();
      await env.close();
    }
  },
});
