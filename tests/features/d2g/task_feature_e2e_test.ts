/**
 * The D2G task feature against the real Docker daemon (no worker around
 * it): images pulled from a local docker-registry and loaded from
 * `docker save` tarballs (plain and lz4), the image cache file, env.list,
 * placeholders, chain-of-trust data, `docker cp` at stop with a missing
 * artifact as a warning, `docker rm --force`, Go's error texts for a
 * corrupt tarball and a missing image, the ledger sweep, and the garbage
 * collector's prune steps (with a recording runner: a real prune would empty
 * the shared daemon).
 */
import { join } from "node:path";
import { dockerRunner } from "../../../src/features/d2g/image.ts";
import { IMAGE_CACHE_FILE, ImageCacheFile } from "../../../src/features/d2g/image_cache.ts";
import { type D2GTask, D2GTaskFeature } from "../../../src/features/d2g/task_feature.ts";
import { DockerLedger, sweepStaleDockerResources } from "../../../src/features/d2g/sweep.ts";
import { dockerPruner } from "../../../src/features/d2g/gc.ts";
import { runDocker } from "../../../src/features/d2g/docker_cli.ts";
import { TaskError } from "../../../src/task/errors.ts";
import {
  busyboxImage,
  DockerLeftovers,
  dockerOk,
  dockerSkipReason,
  saveImage,
  startRegistry,
  uniqueSuffix,
} from "../../helpers/docker.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import { needsTools } from "../../helpers/tools.ts";

const skip = await dockerSkipReason();

interface Harness {
  dir: string;
  taskDir: string;
  lines: string[];
  cache: ImageCacheFile;
  task(over: Partial<D2GTask>): D2GTask;
}

async function harness(): Promise<Harness> {
  const dir = await Deno.makeTempDir({ prefix: "gw-d2g-feature-" });
  const taskDir = join(dir, "task");
  await Deno.mkdir(taskDir);
  const lines: string[] = [];
  const cache = new ImageCacheFile(join(dir, IMAGE_CACHE_FILE));
  return {
    dir,
    taskDir,
    lines,
    cache,
    task: (over) => ({
      taskDir,
      containerName: `taskcontainer_gwtest${uniqueSuffix()}`,
      copyArtifacts: [],
      envVars: "",
      imageName: "__D2G_IMAGE_ID__",
      imageArtifact: () => undefined,
      chainOfTrust: false,
      commands: [],
      payloadCommands: [],
      env: () => ({}),
      docker: dockerRunner({ cwd: taskDir, env: { PATH: Deno.env.get("PATH") ?? "" } }),
      imageCache: cache,
      info: (m) => lines.push(`info: ${m}`),
      warn: (m) => lines.push(`warn: ${m}`),
      ...over,
    }),
  };
}

async function sha256File(file: string): Promise<string> {
  const d = await crypto.subtle.digest("SHA-256", await Deno.readFile(file));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function lz4(file: string, out: string): Promise<void> {
  const r = await new Deno.Command("lz4", { args: ["-q", "-f", file, out] }).output();
  assert(r.success, "lz4 compression failed");
}

Deno.test({
  name:
    "d2g feature: an lz4 image artifact is loaded, its id replaces __D2G_IMAGE_ID__, the run's artifacts are copied out, the container removed",
  ignore: skip !== undefined || needsTools("d2g feature: an lz4 image artifact", "lz4"),
  async fn() {
    const h = await harness();
    const left = new DockerLeftovers();
    try {
      const ref = `gwtest-${uniqueSuffix()}/busybox:lz4`;
      left.images.add(ref);
      const id = await busyboxImage(ref);
      const tar = join(h.dir, "image.tar");
      await saveImage(ref, tar);
      await dockerOk(["rmi", ref]);
      await lz4(tar, tar + ".lz4");
      const sha = await sha256File(tar + ".lz4");
      const commands = [[
        "docker",
        "run",
        "--name",
        "",
        "-v",
        "__TASK_DIR__/vol:/vol",
        "--env-file",
        "env.list",
        "--",
        "__D2G_IMAGE_ID__",
        "sh",
        "-c",
        "echo $GREETING > /out.txt; mkdir /outdir; echo deep > /outdir/f.txt; echo v > /vol/v.txt",
      ]];
      const payloadCommands = [[...commands[0]]];
      const t = h.task({
        imageArtifact: () => ({ file: tar + ".lz4", sha256: sha, format: "lz4" }),
        chainOfTrust: true,
        envVars: "GREETING=hello from env.list\n",
        commands,
        payloadCommands,
        copyArtifacts: [
          { name: "public/out.txt", srcPath: "/out.txt", destPath: "artifact0.txt" },
          { name: "public/outdir", srcPath: "/outdir", destPath: "artifact1" },
          { name: "public/missing.txt", srcPath: "/no/such/file", destPath: "artifact2.txt" },
        ],
      });
      commands[0][3] = t.containerName;
      payloadCommands[0][3] = t.containerName;
      left.containers.add(t.containerName);
      const f = new D2GTaskFeature(t);
      await f.start();
      assertEquals(h.lines.slice(0, 2), [
        "info: [d2g] Loading docker image",
        `info: [d2g] Loaded docker image "${ref}"`,
      ]);
      const bare = id.replace(/^sha256:/, "");
      assertEquals(f.image, { id: bare, name: ref });
      assertEquals(commands[0][9], bare);
      assertEquals(commands[0][5], `${h.taskDir}/vol:/vol`);
      assertEquals(payloadCommands[0][9], bare, "payload.command shows the substituted argv too");
      assertEquals(
        await Deno.readTextFile(join(h.taskDir, "env.list")),
        "GREETING=hello from env.list\n",
      );
      assertEquals(
        await Deno.readTextFile(join(h.taskDir, "chain-of-trust-additional-data.json")),
        `{"environment":{"imageHash":"${id}","imageArtifactHash":"sha256:${sha}"}}`,
      );
      assertEquals(JSON.parse(await Deno.readTextFile(h.cache.path)), {
        [sha]: { id: bare, name: ref },
      });
      assertEquals((await Deno.stat(h.cache.path)).mode! & 0o777, 0o600);
      const run = await runDocker(commands[0].slice(1), { cwd: h.taskDir, env: {} });
      assertEquals(run.code, 0, run.stderr);
      assertEquals(await f.stop(), undefined);
      assertEquals(
        await Deno.readTextFile(join(h.taskDir, "artifact0.txt")),
        "hello from env.list\n",
      );
      assertEquals(await Deno.readTextFile(join(h.taskDir, "artifact1/f.txt")), "deep\n");
      assertEquals(await Deno.readTextFile(join(h.taskDir, "vol/v.txt")), "v\n");
      const warn = h.lines.find((l) => l.startsWith("warn: "));
      assertStringIncludes(
        warn ?? "",
        `warn: [d2g] Artifact "public/missing.txt" not found at "/no/such/file": exit status 1\n`,
      );
      assertEquals(await left.existingContainers(), [], "docker rm --force removed the container");

      // a second task with the same artifact: the cache answers, nothing is loaded
      h.lines.length = 0;
      const again = new D2GTaskFeature(
        h.task({ imageArtifact: () => ({ file: tar + ".lz4", sha256: sha, format: "lz4" }) }),
      );
      await again.start();
      assertEquals(h.lines, [`info: [d2g] Using cached docker image "${ref}"`]);
      assertEquals(await again.stop(), undefined, "removing a container that never ran is fine");
    } finally {
      await left.clean();
      await Deno.remove(h.dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "d2g feature: a registry image is pulled once (docker pull --quiet), later tasks use the cache file",
  ignore: skip !== undefined,
  async fn() {
    const h = await harness();
    const left = new DockerLeftovers();
    const registry = await startRegistry();
    try {
      const local = `gwtest-${uniqueSuffix()}/busybox:reg`;
      const name = `${registry.host}/gwtest/busybox-${uniqueSuffix()}:1`;
      left.images.add(local).add(name);
      await busyboxImage(local);
      await dockerOk(["tag", local, name]);
      await dockerOk(["push", "--quiet", name]);
      await dockerOk(["rmi", name]);
      const f = new D2GTaskFeature(h.task({ imageName: name, chainOfTrust: true }));
      await f.start();
      assertEquals(h.lines, [
        "info: [d2g] Loading docker image",
        `info: [d2g] Loaded docker image "${name}"`,
      ]);
      assertEquals(f.image, { id: name, name });
      const inspected = (await dockerOk(["inspect", "--format={{.Id}}", name])).trim();
      assertEquals(
        await Deno.readTextFile(join(h.taskDir, "chain-of-trust-additional-data.json")),
        `{"environment":{"imageHash":"${inspected}"}}`,
      );
      await f.stop();
      h.lines.length = 0;
      const g = new D2GTaskFeature(h.task({ imageName: name }));
      await g.start();
      assertEquals(h.lines, [`info: [d2g] Using cached docker image "${name}"`]);
      await g.stop();
    } finally {
      await registry.stop();
      await left.clean();
      await Deno.remove(h.dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "d2g feature: a corrupt image tarball, an lz4 file that is not lz4 and a missing registry image are internal errors with Go's texts",
  ignore: skip !== undefined,
  async fn() {
    const h = await harness();
    const registry = await startRegistry();
    try {
      const bad = join(h.dir, "bad.tar");
      await Deno.writeTextFile(bad, "this is not a docker image tarball\n".repeat(100));
      const sha = await sha256File(bad);
      const errorOf = async (t: D2GTask) => {
        try {
          await new D2GTaskFeature(t).start();
        } catch (e) {
          assert(e instanceof TaskError);
          assertEquals(e.reason, "internal-error");
          return e.message;
        }
        throw new Error("start did not fail");
      };
      let msg = await errorOf(
        h.task({ imageArtifact: () => ({ file: bad, sha256: sha, format: "" }) }),
      );
      assert(
        msg.startsWith("[d2g] could not load docker image: exit status 1\nstdout: \nstderr: "),
        msg,
      );
      msg = await errorOf(
        h.task({ imageArtifact: () => ({ file: bad, sha256: sha + "x", format: "lz4" }) }),
      );
      assertStringIncludes(msg, "[d2g] could not load docker image: exit status 1");
      assertStringIncludes(msg, "could not be decompressed as lz4");
      msg = await errorOf(
        h.task({ imageArtifact: () => ({ file: join(h.dir, "gone"), sha256: "00", format: "" }) }),
      );
      assertStringIncludes(
        msg,
        `[d2g] could not open cached docker image at ${join(h.dir, "gone")}: `,
      );
      const missing = `${registry.host}/gwtest/nothing-${uniqueSuffix()}:1`;
      msg = await errorOf(h.task({ imageName: missing }));
      assert(
        msg.startsWith("[d2g] could not load docker image: exit status 1\nstdout: \nstderr: "),
        msg,
      );
      assertStringIncludes(msg, "not found");
      assertEquals(
        await h.cache.read(),
        new Map(),
        "nothing was cached for failed loads",
      );
    } finally {
      await registry.stop();
      await Deno.remove(h.dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "d2g sweep: containers and networks in the ledger are removed at start-up, others are left alone",
  ignore: skip !== undefined,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "gw-d2g-sweep-" });
    const left = new DockerLeftovers();
    try {
      const ref = `gwtest-${uniqueSuffix()}/busybox:sweep`;
      left.images.add(ref);
      await busyboxImage(ref);
      const mine = `taskcontainer_gwtest${uniqueSuffix()}`;
      const other = `taskcontainer_gwtest${uniqueSuffix()}`;
      const net = `gw-task-gwtest${uniqueSuffix()}-0`;
      for (const c of [mine, other]) left.containers.add(c);
      left.networks.add(net);
      for (const c of [mine, other]) await dockerOk(["create", "--name", c, ref, "sleep", "600"]);
      await dockerOk(["start", mine]);
      await dockerOk(["network", "create", net]);
      const ledger = new DockerLedger(join(dir, "ledger.json"));
      await ledger.add({ containers: [mine, "taskcontainer_never_existed"], networks: [net] });
      const logs: string[] = [];
      await sweepStaleDockerResources({
        ledger,
        docker: (a) => runDocker(a, { cwd: dir, env: { PATH: Deno.env.get("PATH") ?? "" } }),
        log: (l) => logs.push(l),
      });
      assertEquals(await left.existingContainers(), [other]);
      assertEquals(await left.existingNetworks(), []);
      assertEquals(await ledger.read(), { containers: [], networks: [] });
      assertEquals(logs, []);
    } finally {
      await left.clean();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("d2g gc: volume prune (without --all on an old daemon), system prune only while still short, then the cache file goes", async () => {
  const dir = await Deno.makeTempDir({ prefix: "gw-d2g-gc-" });
  try {
    const cache = new ImageCacheFile(join(dir, IMAGE_CACHE_FILE));
    await cache.merge(new Map([["k", { id: "i", name: "n" }]]));
    const calls: string[] = [];
    let short = true;
    const oldDaemon = (args: string[]) => {
      calls.push(args.join(" "));
      const refused = args.includes("--all") && args[0] === "volume";
      return Promise.resolve({
        argv: ["docker", ...args],
        code: refused ? 1 : 0,
        stdout: "",
        stderr: refused
          ? '"--all" requires API version 1.42, but the Docker daemon API version is 1.41'
          : "",
      });
    };
    const prune = dockerPruner({
      docker: oldDaemon,
      imageCache: cache,
      stillShort: () => Promise.resolve(short),
    });
    await prune();
    assertEquals(calls, [
      "volume prune --all --force",
      "volume prune --force",
      "system prune --all --force",
    ]);
    assertEquals(await Deno.stat(cache.path).then(() => true, () => false), false);
    calls.length = 0;
    short = false;
    await cache.merge(new Map([["k", { id: "i", name: "n" }]]));
    await prune();
    assertEquals(calls, ["volume prune --all --force", "volume prune --force"]);
    assert(
      await Deno.stat(cache.path).then(() => true, () => false),
      "enough space: the cache stays",
    );
    const failing = dockerPruner({
      docker: (args) =>
        Promise.resolve({
          argv: args,
          code: 1,
          stdout: "",
          stderr: "Cannot connect to the Docker daemon",
        }),
      imageCache: cache,
      stillShort: () => Promise.resolve(true),
    });
    let msg = "";
    await failing().catch((e) => msg = (e as Error).message);
    assertStringIncludes(
      msg,
      "could not run docker volume prune to garbage collect due to error exit status 1",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name:
    "d2g feature: the daemon unreachable -> the image load and the container removal are internal errors naming the docker error",
  ignore: skip !== undefined,
  async fn() {
    const h = await harness();
    try {
      // docker talking to a socket where no daemon answers (a stopped daemon)
      const down = dockerRunner({
        cwd: h.taskDir,
        env: { PATH: Deno.env.get("PATH") ?? "", DOCKER_CONFIG: h.dir },
        runAsPrefix: ["env", `DOCKER_HOST=unix://${h.dir}/no-daemon.sock`],
      });
      const f = new D2GTaskFeature(
        h.task({
          imageName: "busybox:latest",
          docker: down,
          copyArtifacts: [{ name: "public/a.txt", srcPath: "/a.txt", destPath: "artifact0.txt" }],
        }),
      );
      let msg = "";
      await f.start().catch((e) => msg = (e as Error).message);
      assert(
        msg.startsWith("[d2g] could not load docker image: exit status 1\nstdout: \nstderr: "),
        msg,
      );
      assertStringIncludes(msg, "Cannot connect to the Docker daemon");
      const err = await f.stop();
      assert(err instanceof TaskError);
      assertEquals(err.reason, "internal-error");
      assert(
        err.message.startsWith("[d2g] could not remove docker container: exit status 1\n"),
        err.message,
      );
      assertStringIncludes(err.message, "Cannot connect to the Docker daemon");
      assertStringIncludes(
        h.lines.join("\n"),
        'warn: [d2g] Artifact "public/a.txt" not found at "/a.txt": exit status 1',
      );
    } finally {
      await Deno.remove(h.dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "d2g feature: two tasks starting with the same image artifact at once share one docker load (capacity > 1)",
  ignore: skip !== undefined,
  async fn() {
    const h = await harness();
    const left = new DockerLeftovers();
    try {
      const ref = `gwtest-${uniqueSuffix()}/busybox:shared`;
      left.images.add(ref);
      await busyboxImage(ref);
      const tar = join(h.dir, "image.tar");
      await saveImage(ref, tar);
      await dockerOk(["rmi", ref]);
      const sha = await sha256File(tar);
      const loads: string[] = [];
      const base = dockerRunner({ cwd: h.taskDir, env: { PATH: Deno.env.get("PATH") ?? "" } });
      const counting: typeof base = (args, o) => {
        if (args[0] === "load") loads.push(args.join(" "));
        return base(args, o);
      };
      const make = () =>
        new D2GTaskFeature(h.task({
          imageArtifact: () => ({ file: tar, sha256: sha, format: "" }),
          docker: counting,
        }));
      const [a, b] = [make(), make()];
      await Promise.all([a.start(), b.start()]);
      assertEquals(loads, ["load --quiet"]);
      assertEquals(a.image, b.image);
      assertEquals(h.lines.filter((l) => l.includes("Loading docker image")).length, 1);
      await Promise.all([a.stop(), b.stop()]);
    } finally {
      await left.clean();
      await Deno.remove(h.dir, { recursive: true });
    }
  },
});
