/**
 * Test helper: the host's shared Docker daemon and the test images.
 *
 * - `dockerSkipReason()`: undefined when a daemon answers on the default
 *   socket (started once by `.ci/docker-up.sh` when nothing answers and we
 *   are root), else the reason to print when skipping.
 * - `busyboxImage()`: a fresh image made by `docker import` of a
 *   busybox-static rootfs, under a tag unique to this test run.
 * - `saveImage()`: `docker save` of an image into a file (an image artifact).
 * - `startRegistry()`: Debian's `docker-registry` on a random 127.0.0.1
 *   port, storage in a temp dir, to push and pull names.
 * - `DockerLeftovers`: what this test made (tags, container names,
 *   networks); `clean()` removes only those (the daemon is shared with other
 *   test runs).
 *
 * ```ts
 * const skip = await dockerSkipReason();
 * Deno.test({ name: "...", ignore: skip !== undefined, fn: async () => { ... } });
 * ```
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const DOCKER_UP = fileURLToPath(new URL("../../.ci/docker-up.sh", import.meta.url));

/** Output of one docker CLI run. */
export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `docker <args>` (default socket, no DOCKER_HOST), optionally with bytes on stdin. */
export async function docker(args: string[], stdin?: Uint8Array): Promise<DockerResult> {
  const env = Deno.env.toObject();
  delete env.DOCKER_HOST;
  const child = new Deno.Command("docker", {
    args,
    env,
    clearEnv: true,
    stdin: stdin ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (stdin) {
    const w = child.stdin.getWriter();
    await w.write(stdin);
    await w.close();
  }
  const out = await child.output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

/** Runs `docker <args>` and throws with its output when it fails; returns stdout. */
export async function dockerOk(args: string[], stdin?: Uint8Array): Promise<string> {
  const r = await docker(args, stdin);
  if (r.code !== 0) {
    throw new Error(`docker ${args.join(" ")} exited ${r.code}: ${r.stderr}${r.stdout}`);
  }
  return r.stdout;
}

async function commandExists(name: string): Promise<boolean> {
  try {
    const r = await new Deno.Command("sh", {
      args: ["-c", `command -v ${name}`],
      stdout: "null",
      stderr: "null",
    }).output();
    return r.success;
  } catch {
    return false;
  }
}

let readiness: Promise<string | undefined> | undefined;

async function checkDocker(): Promise<string | undefined> {
  if (Deno.build.os !== "linux") return "D2G needs Linux and Docker";
  if (!(await commandExists("docker"))) return "no docker CLI on PATH (Debian package docker.io)";
  const answers = async () =>
    (await docker(["version", "--format", "{{.Server.Version}}"]).catch(() => undefined))
      ?.code === 0;
  if (await answers()) return undefined;
  if (Deno.uid() !== 0) {
    return "no Docker daemon answers on /var/run/docker.sock and starting one needs root";
  }
  const up = await new Deno.Command("bash", { args: [DOCKER_UP], stdout: "piped", stderr: "piped" })
    .output();
  if (await answers()) return undefined;
  return `no Docker daemon answers on /var/run/docker.sock and .ci/docker-up.sh could not start one: ${
    new TextDecoder().decode(up.stderr).trim()
  }`;
}

/**
 * Undefined when the Docker daemon answers on the default socket (starting
 * the shared one with .ci/docker-up.sh if needed); else why tests skip.
 * Prints the reason once.
 */
export function dockerSkipReason(): Promise<string | undefined> {
  readiness ??= checkDocker().then((r) => {
    if (r) console.warn(`Docker tests skipped: ${r}`);
    return r;
  });
  return readiness;
}

/** A short random suffix for names this test run owns. */
export function uniqueSuffix(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 10);
}

let rootfsTar: Promise<Uint8Array> | undefined;

/** A tar of a minimal root filesystem: /bin/busybox (static) and its applet links (made once). */
export function busyboxRootfs(): Promise<Uint8Array> {
  rootfsTar ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "gw-bbroot-" });
    try {
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
      const tar = await new Deno.Command("tar", {
        args: ["-C", dir, "--owner=0", "--group=0", "-cf", "-", "."],
        stdout: "piped",
      }).output();
      if (!tar.success) throw new Error("tar of the busybox rootfs failed");
      return tar.stdout;
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  })();
  return rootfsTar;
}

/** Makes a busybox image (`docker import`) under `ref`; returns its full id (`sha256:...`). */
export async function busyboxImage(ref: string): Promise<string> {
  const id = await dockerOk(
    ["import", "--change", 'CMD ["/bin/sh"]', "--change", "ENV PATH=/bin", "-", ref],
    await busyboxRootfs(),
  );
  return id.trim();
}

/** `docker save <ref>` into `file`. */
export async function saveImage(ref: string, file: string): Promise<void> {
  await dockerOk(["save", "-o", file, ref]);
}

/** A running `docker-registry`. */
export interface Registry {
  /** `127.0.0.1:<port>` */
  host: string;
  stop(): Promise<void>;
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

/** Starts Debian's docker-registry on a random 127.0.0.1 port with storage in a temp dir. */
export async function startRegistry(): Promise<Registry> {
  const dir = await Deno.makeTempDir({ prefix: "gw-registry-" });
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = freePort();
    const cfg = join(dir, "config.yml");
    await Deno.writeTextFile(
      cfg,
      [
        "version: 0.1",
        "log:",
        "  level: error",
        "storage:",
        "  filesystem:",
        `    rootdirectory: ${join(dir, "data")}`,
        "  delete:",
        "    enabled: true",
        "http:",
        `  addr: 127.0.0.1:${port}`,
        "",
      ].join("\n"),
    );
    const child = new Deno.Command("docker-registry", {
      args: ["serve", cfg],
      stdout: "null",
      stderr: "null",
    }).spawn();
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/v2/`).then(async (r) => {
        await r.body?.cancel();
        return r.status === 200;
      }).catch(() => false);
      if (ok) {
        return {
          host: `127.0.0.1:${port}`,
          async stop() {
            try {
              child.kill("SIGTERM");
            } catch { /* already gone */ }
            await child.status;
            await Deno.remove(dir, { recursive: true }).catch(() => {});
          },
        };
      }
      const exited = await Promise.race([
        child.status.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 100)),
      ]);
      if (exited) break;
    }
    try {
      child.kill("SIGKILL");
    } catch { /* gone */ }
    await child.status;
  }
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  throw new Error("docker-registry did not start");
}

/** Names one test made on the shared daemon; `clean()` removes only those. */
export class DockerLeftovers {
  readonly images = new Set<string>();
  readonly containers = new Set<string>();
  readonly networks = new Set<string>();

  /** Container names (`taskcontainer_<taskId>`) of these tasks that still exist. */
  async existingContainers(): Promise<string[]> {
    const out = await dockerOk(["ps", "-a", "--format", "{{.Names}}"]);
    return out.split("\n").filter((n) => this.containers.has(n));
  }

  /** Networks of these names that still exist. */
  async existingNetworks(): Promise<string[]> {
    const out = await dockerOk(["network", "ls", "--format", "{{.Name}}"]);
    return out.split("\n").filter((n) => this.networks.has(n));
  }

  /** Removes this test's containers, networks and images (ignoring those already gone). */
  async clean(): Promise<void> {
    for (const c of this.containers) await docker(["rm", "--force", "--volumes", c]);
    for (const n of this.networks) await docker(["network", "rm", n]);
    for (const i of this.images) await docker(["rmi", "--force", i]);
  }
}

/** A daemon of one test's own (to stop it mid-task without touching the shared one). */
export interface PrivateDaemon {
  /** Its socket. */
  socket: string;
  /** Runs `docker -H unix://<socket> <args>`. */
  docker(args: string[], stdin?: Uint8Array): Promise<DockerResult>;
  /** Stops it (SIGTERM: its containers are stopped too) and waits for it. */
  stop(): Promise<void>;
  /** Stops it if still running and removes its directories. */
  close(): Promise<void>;
}

/**
 * Starts a second dockerd with its own socket, data and exec roots under a
 * temp dir (no network, no firewall or sysctl changes); root only.
 */
export async function startPrivateDockerd(): Promise<PrivateDaemon> {
  // short paths: containerd's socket lives under the exec root (sun_path is 108 bytes)
  const dir = await Deno.makeTempDir({ prefix: "gwd-" });
  const socket = join(dir, "d.sock");
  const child = new Deno.Command("dockerd", {
    args: [
      "-H",
      `unix://${socket}`,
      "-G",
      "docker",
      "--data-root",
      join(dir, "data"),
      "--exec-root",
      join(dir, "x"),
      "--pidfile",
      join(dir, "d.pid"),
      "--bridge=none",
      "--iptables=false",
      "--ip6tables=false",
      "--ip-forward=false",
      "--ip-masq=false",
      "--userland-proxy=false",
    ],
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
  const run = (args: string[], stdin?: Uint8Array) =>
    docker(["-H", `unix://${socket}`, ...args], stdin);
  let running = true;
  const status = child.status.then((s) => {
    running = false;
    return s;
  });
  const stop = async () => {
    if (!running) return;
    try {
      child.kill("SIGTERM");
    } catch { /* gone */ }
    await status;
  };
  for (let i = 0; i < 100 && running; i++) {
    if ((await run(["version", "--format", "{{.Server.Version}}"])).code === 0) {
      return {
        socket,
        docker: run,
        stop,
        async close() {
          await stop();
          await Deno.remove(dir, { recursive: true }).catch(() => {});
        },
      };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  throw new Error("a private dockerd did not start");
}
