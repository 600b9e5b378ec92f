/**
 * D2G end to end: docker-worker payloads through the real worker CLI
 * (`generic-worker run`) against localtc and the real Docker daemon.
 *
 * Multiuser engine (root; each task runs as its task user, put in group
 * `docker` by the OS Groups feature): an lz4 image artifact made by an
 * earlier native task, with chain of trust; a registry image (local
 * docker-registry) with env, TASK_ID, file/directory/volume artifacts and
 * a cache seen again by a second task that exits 3 (failed); maxRunTime and
 * cancelTask killing the container; the taskcluster proxy from inside the
 * container; an unknown property, a missing image and a corrupt image
 * tarball; afterwards no container, volume or task user is left.
 *
 * Insecure engine: a task as the worker in group `docker` (a private mount
 * namespace where /etc/group says so), the same payload refused without the
 * group, and D2G disabled.
 */
import { join } from "node:path";
import { userExists } from "../../../src/platform/users.ts";
import { taskDirName } from "../../../src/task/task_run.ts";
import { Index } from "../../../src/taskcluster/index.ts";
import { runCli } from "../../helpers/cli.ts";
import { WorkerEnv, type WorkerProcess } from "../../helpers/worker_env.ts";
import {
  busyboxImage,
  busyboxRootfs,
  DockerLeftovers,
  dockerOk,
  dockerSkipReason,
  type PrivateDaemon,
  type Registry,
  saveImage,
  startPrivateDockerd,
  startRegistry,
  uniqueSuffix,
} from "../../helpers/docker.ts";
import { containerNameOf, startWorkerInDockerGroup } from "../../helpers/docker_worker.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import { needsTools } from "../../helpers/tools.ts";

const skip = await dockerSkipReason();
const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;
// the image artifact is made with the lz4 CLI
const needsLz4 = skip === undefined && isRoot &&
  needsTools("d2g worker e2e tests with an lz4 image", "lz4");
if (skip === undefined && !isRoot) {
  console.warn("worker_e2e_test.ts: needs root (task users, mount namespaces); skipped");
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

const BACKING = "public/logs/live_backing.log";

async function volumeNames(): Promise<Set<string>> {
  return new Set((await dockerOk(["volume", "ls", "-q"])).split("\n").filter((v) => v));
}

interface Images {
  /** A registry name (pushed, not in the daemon). */
  registryName: string;
  /** The local tag of the image saved as the lz4 artifact (removed from the daemon). */
  artifactRef: string;
  /** The `docker save` tarball, lz4 compressed, readable by task users. */
  artifactFile: string;
}

async function makeImages(
  env: WorkerEnv,
  registry: Registry,
  left: DockerLeftovers,
): Promise<Images> {
  const s = uniqueSuffix();
  const local = `gwtest-${s}/busybox:e2e`;
  const registryName = `${registry.host}/gwtest/busybox-${s}:1`;
  const artifactRef = `gwtest-${s}/busybox:artifact`;
  left.images.add(local).add(registryName).add(artifactRef);
  await busyboxImage(local);
  await dockerOk(["tag", local, registryName]);
  await dockerOk(["push", "--quiet", registryName]);
  await dockerOk(["tag", local, artifactRef]);
  const tar = join(env.dir, "image.tar");
  await saveImage(artifactRef, tar);
  await dockerOk(["rmi", registryName, artifactRef, local]);
  const lz4 = await new Deno.Command("lz4", { args: ["-q", "-f", tar, tar + ".lz4"] }).output();
  assert(lz4.success, "lz4 failed");
  await Deno.chmod(tar + ".lz4", 0o644);
  return { registryName, artifactRef, artifactFile: tar + ".lz4" };
}

/** What the D2G end-to-end tests share: an env, a local registry, the test images. */
interface ImagesEnv {
  env: WorkerEnv;
  registry: Registry;
  left: DockerLeftovers;
  images: Images;
}

/**
 * Runs `body` with a fresh WorkerEnv (`opts`), a local docker-registry and the test images; what
 * `left` recorded, the registry and the env are removed afterwards whatever happened.
 */
async function withImages(
  opts: Parameters<typeof WorkerEnv.start>[0],
  body: (e: ImagesEnv) => Promise<void>,
): Promise<void> {
  const env = await WorkerEnv.start(opts);
  const registry = await startRegistry();
  const left = new DockerLeftovers();
  try {
    await body({ env, registry, left, images: await makeImages(env, registry, left) });
  } finally {
    await left.clean();
    await registry.stop();
    await env.close();
  }
}

/** Waits for a line in the task's live log file (the task is running). */
async function waitForLog(env: WorkerEnv, taskId: string, text: string): Promise<void> {
  const file = join(env.dir, "tasks", taskDirName(taskId, 0), "generic-worker", "live_backing.log");
  const t0 = Date.now();
  for (;;) {
    const log = await Deno.readTextFile(file).catch(() => "");
    if (log.includes(text)) return;
    if (Date.now() - t0 > 30_000) throw new Error(`"${text}" not in the log of ${taskId}:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

Deno.test({
  name:
    "d2g e2e (multiuser, CLI): images from an artifact and a registry, env, artifacts, caches, exit codes, maxRunTime, cancel, proxy, bad input; nothing left behind",
  ignore: skip !== undefined || !isRoot || needsLz4,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn(t) {
    const env = await WorkerEnv.start({ claimTimeoutSecs: 30 });
    const registry = await startRegistry();
    const left = new DockerLeftovers();
    const volumesBefore = await volumeNames();
    const taskIds: string[] = [];
    let worker: WorkerProcess | undefined;
    try {
      await Deno.chmod(env.dir, 0o755);
      const images = await makeImages(env, registry, left);
      const keyFile = join(env.dir, "cot.key");
      assertEquals((await runCli(["new-ed25519-keypair", "--file", keyFile])).code, 0);
      const config = await env.writeConfig({
        engine: "multiuser",
        ed25519SigningKeyLocation: keyFile,
        enableTaskclusterProxy: true,
        taskclusterProxyPort: freePort(),
        d2gConfig: { enableD2G: true },
        cleanUpTaskDirs: false,
        idleTimeoutSecs: 120,
      });
      // reclaim every second, so a cancelTask is noticed at once
      worker = env.startWorker(config, { GENERIC_WORKER_TEST_RECLAIM_EVERY_MS: "1000" });
      const run = async (payload: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
        const id = await env.createTask(payload, extra);
        taskIds.push(id);
        return id;
      };
      const finished = async (id: string) => {
        const res = await env.waitResolved(id, 90_000, 0).catch((e) => {
          throw new Error(`${(e as Error).message}; worker output:\n${worker?.output()}`);
        });
        // a cancelled run cannot upload its log: read the task directory's copy then
        const local = join(
          env.dir,
          "tasks",
          taskDirName(id, 0),
          "generic-worker",
          "live_backing.log",
        );
        const log = await env.artifactText(id, BACKING).catch(() => Deno.readTextFile(local))
          .catch(() => "");
        const name = containerNameOf(log);
        if (name) left.containers.add(name);
        return { res, log, name };
      };

      await t.step("an lz4 image artifact of an earlier task, with chain of trust", async () => {
        const builder = await run({
          command: [["/bin/cp", images.artifactFile, "image.tar.lz4"]],
          maxRunTime: 60,
          artifacts: [{ type: "file", path: "image.tar.lz4", name: "public/image.tar.lz4" }],
        });
        assertEquals((await finished(builder)).res, ["completed", "completed"]);
        const id = await run({
          image: { type: "task-image", taskId: builder, path: "public/image.tar.lz4" },
          command: ["sh", "-c", "echo TASK_ID=$TASK_ID; echo MYVAR=$MYVAR; echo uid=$(id -u)"],
          env: { MYVAR: "from the payload" },
          maxRunTime: 60,
          features: { chainOfTrust: true },
        }, { dependencies: [builder] });
        const { res, log } = await finished(id);
        assertEquals(res, ["completed", "completed"], log);
        assertStringIncludes(log, "[d2g] Loading docker image");
        assertStringIncludes(log, `[d2g] Loaded docker image "${images.artifactRef}"`);
        assertStringIncludes(log, `TASK_ID=${id}`);
        assertStringIncludes(log, "MYVAR=from the payload");
        assertStringIncludes(log, "uid=0", "root inside the container, as with docker-worker");
        assertStringIncludes(log, "Executing command 0: docker run -t --name taskcontainer_");
        const cot = JSON.parse(await env.artifactText(id, "public/chain-of-trust.json"));
        assertEquals(cot.task.payload.image, {
          type: "task-image",
          taskId: builder,
          path: "public/image.tar.lz4",
        }, "the certificate keeps the docker-worker payload");
        assert(
          /^sha256:[0-9a-f]{64}$/.test(cot.environment.imageHash),
          JSON.stringify(cot.environment),
        );
        const sha = [
          ...new Uint8Array(
            await crypto.subtle.digest("SHA-256", await Deno.readFile(images.artifactFile)),
          ),
        ].map((b) => b.toString(16).padStart(2, "0")).join("");
        assertEquals(cot.environment.imageArtifactHash, `sha256:${sha}`);
      });

      const cacheName = `d2g-e2e-${uniqueSuffix()}`;
      await t.step(
        "a registry image: env, file/directory/volume artifacts, a cache written",
        async () => {
          const id = await run({
            image: images.registryName,
            command: [
              "sh",
              "-c",
              "mkdir -p /out/dir /vol && echo file-content > /out/file.txt && echo in-dir > /out/dir/x.txt && echo in-volume > /vol/v.txt && echo seen-by-$TASK_ID > /cache/seen",
            ],
            cache: { [cacheName]: "/cache" },
            artifacts: {
              "public/file.txt": { type: "file", path: "/out/file.txt" },
              "public/dir": { type: "directory", path: "/out/dir" },
              "public/vol": { type: "volume", path: "/vol" },
              "public/absent.txt": { type: "file", path: "/not/there.txt" },
            },
            maxRunTime: 60,
          }, { scopes: [`docker-worker:cache:${cacheName}`] });
          const { res, log } = await finished(id);
          assertEquals(res, ["completed", "completed"], log);
          assertStringIncludes(log, `[d2g] Loaded docker image "${images.registryName}"`);
          assertEquals(await env.artifactText(id, "public/file.txt"), "file-content\n");
          assertEquals(await env.artifactText(id, "public/dir/x.txt"), "in-dir\n");
          assertEquals(await env.artifactText(id, "public/vol/v.txt"), "in-volume\n");
          assertStringIncludes(
            log,
            '[d2g] Artifact "public/absent.txt" not found at "/not/there.txt"',
          );
          const absent = (await env.artifacts(id)).get("public/absent.txt");
          assertEquals(
            absent?.storageType,
            "error",
            "a missing optional artifact is an error artifact",
          );
        },
      );

      await t.step("the same image and cache in a second task; exit code 3 -> failed", async () => {
        const id = await run({
          image: images.registryName,
          command: ["sh", "-c", "cat /cache/seen; exit 3"],
          cache: { [cacheName]: "/cache" },
          maxRunTime: 60,
        }, { scopes: [`docker-worker:cache:${cacheName}`] });
        const { res, log } = await finished(id);
        assertEquals(res, ["failed", "failed"], log);
        assertStringIncludes(log, `[d2g] Using cached docker image "${images.registryName}"`);
        assertStringIncludes(log, `seen-by-${taskIds[taskIds.length - 2]}`);
        assertStringIncludes(log, "exit status 3");
      });

      await t.step("maxRunTime kills the container: failed, container removed", async () => {
        const id = await run({
          image: images.registryName,
          command: ["sleep", "600"],
          maxRunTime: 3,
        });
        const { res, log, name } = await finished(id);
        assertEquals(res, ["failed", "failed"], log);
        assertStringIncludes(log, "max run time exceeded");
        assert(name);
        assertEquals(await left.existingContainers(), []);
      });

      await t.step(
        "cancelTask kills the container: exception/canceled, container removed",
        async () => {
          const id = await run({
            image: images.registryName,
            command: ["sleep", "600"],
            maxRunTime: 300,
          });
          await waitForLog(env, id, "Executing command 0: docker run");
          // give docker run the moment it needs to create the container
          const t0 = Date.now();
          while (Date.now() - t0 < 15_000) {
            const ps = await dockerOk(["ps", "--format", "{{.Names}}"]);
            const log = await Deno.readTextFile(
              join(env.dir, "tasks", taskDirName(id, 0), "generic-worker", "live_backing.log"),
            );
            const n = containerNameOf(log);
            if (n && ps.split("\n").includes(n)) break;
            await new Promise((r) => setTimeout(r, 100));
          }
          await env.queue.cancelTask(id);
          const { res, name } = await finished(id);
          assertEquals(res, ["exception", "canceled"]);
          assert(name);
          // the queue resolves the run at once; the worker notices at its next reclaim (1 s)
          const t1 = Date.now();
          while (!worker!.output().includes(`Resolved task ${id}/0`) && Date.now() - t1 < 30_000) {
            await new Promise((r) => setTimeout(r, 100));
          }
          assertStringIncludes(worker!.output(), `Resolved task ${id}/0`);
          assertEquals(await left.existingContainers(), [], "the sleeping container was removed");
        },
      );

      await t.step("the taskcluster proxy from inside the container", async () => {
        const id = await run({
          image: images.registryName,
          command: [
            "sh",
            "-c",
            'echo proxy=$TASKCLUSTER_PROXY_URL; wget -q -O - "$TASKCLUSTER_PROXY_URL/api/queue/v1/task/$TASK_ID"',
          ],
          features: { taskclusterProxy: true },
          maxRunTime: 60,
        });
        const { res, log } = await finished(id);
        assertEquals(res, ["completed", "completed"], log);
        assertStringIncludes(log, '"name":"test"');
        assert(/proxy=http:\/\/\d+\.\d+\.\d+\.\d+:\d+/.test(log), log);
        assertEquals(await left.existingNetworks(), []);
      });

      await t.step("an unknown property -> malformed-payload with the schema error", async () => {
        const id = await run({
          image: images.registryName,
          command: ["true"],
          maxRunTime: 60,
          bogus: 1,
        });
        const { res, log } = await finished(id);
        assertEquals(res, ["exception", "malformed-payload"]);
        assertStringIncludes(log, "Additional property bogus is not allowed");
      });

      await t.step(
        "a missing image and a corrupt image tarball -> internal-error with Go's text",
        async () => {
          const missing = await run({
            image: `${registry.host}/gwtest/nothing-${uniqueSuffix()}:1`,
            command: ["true"],
            maxRunTime: 60,
          });
          let r = await finished(missing);
          assertEquals(r.res, ["exception", "internal-error"]);
          assertStringIncludes(r.log, "[d2g] could not load docker image: exit status 1");
          const junk = join(env.dir, "junk.tar");
          await Deno.writeTextFile(junk, "not an image\n".repeat(50), { mode: 0o644 });
          const builder = await run({
            command: [["/bin/cp", junk, "junk.tar"]],
            maxRunTime: 60,
            artifacts: [{ type: "file", path: "junk.tar", name: "public/junk.tar" }],
          });
          assertEquals((await finished(builder)).res, ["completed", "completed"]);
          const corrupt = await run({
            image: { type: "task-image", taskId: builder, path: "public/junk.tar" },
            command: ["true"],
            maxRunTime: 60,
          }, { dependencies: [builder] });
          r = await finished(corrupt);
          assertEquals(r.res, ["exception", "internal-error"]);
          assertStringIncludes(r.log, "[d2g] could not load docker image: exit status 1");
        },
      );

      await t.step(
        "worker shutdown mid-task: exception/worker-shutdown, container removed",
        async () => {
          const id = await run({
            image: images.registryName,
            command: ["sleep", "600"],
            maxRunTime: 300,
          });
          await waitForLog(env, id, "Executing command 0: docker run");
          await new Promise((r) => setTimeout(r, 1000));
          worker!.child.kill("SIGTERM");
          assertEquals(await worker!.exited, 72, "exit code 72: worker shutdown");
          const { res, name } = await finished(id);
          assertEquals(res, ["exception", "worker-shutdown"]);
          assert(name);
          assertEquals(await left.existingContainers(), [], "no container outlives its task");
        },
      );

      await t.step(
        "nothing is left behind: containers, networks, volumes, task users",
        async () => {
          assertEquals(await left.existingContainers(), []);
          assertEquals(await left.existingNetworks(), []);
          const volumesAfter = await volumeNames();
          assertEquals([...volumesAfter].filter((v) => !volumesBefore.has(v)), []);
          for (const id of taskIds) {
            assert(!(await userExists(taskDirName(id, 0))), `task user of ${id} left`);
          }
        },
      );
    } finally {
      if (worker) {
        try {
          worker.child.kill("SIGTERM");
        } catch { /* gone */ }
        await worker.exited;
      }
      await left.clean();
      await registry.stop();
      await env.close();
    }
  },
});

Deno.test({
  name:
    "d2g e2e (insecure, CLI): a task as the worker in group docker; without the group or with D2G off -> malformed-payload",
  ignore: skip !== undefined || !isRoot || needsLz4,
  async fn() {
    await withImages({}, async ({ env, left, images }) => {
      const payload = {
        image: images.registryName,
        command: ["sh", "-c", "echo hello > /out.txt; echo task=$TASK_ID"],
        artifacts: { "public/out.txt": { type: "file", path: "/out.txt" } },
        maxRunTime: 60,
      };
      // the resolved-task count persists in the worker directory: each worker runs one more
      const ok = await env.createTask(payload);
      const w = await startWorkerInDockerGroup(
        env,
        await env.writeConfig({ d2gConfig: { enableD2G: true }, numberOfTasksToRun: 1 }),
      );
      assertEquals(await w.exited, 0, w.output());
      const log = await env.artifactText(ok, BACKING).catch((e) => `${e}\n${w.output()}`);
      const name = containerNameOf(log);
      if (name) left.containers.add(name);
      assertEquals(await env.waitResolved(ok), ["completed", "completed"], log);
      assertStringIncludes(log, `task=${ok}`);
      assertEquals(await env.artifactText(ok, "public/out.txt"), "hello\n");
      assertEquals(await left.existingContainers(), []);

      const noGroup = await env.createTask(payload);
      const w2 = env.startWorker(
        await env.writeConfig({ d2gConfig: { enableD2G: true }, numberOfTasksToRun: 2 }),
      );
      assertEquals(await w2.exited, 0, w2.output());
      assertEquals(await env.waitResolved(noGroup), ["exception", "malformed-payload"]);
      assertStringIncludes(
        await env.artifactText(noGroup, BACKING),
        "task payload contains unsupported osGroups: [docker]",
      );

      const off = await env.createTask(payload);
      const w3 = env.startWorker(await env.writeConfig({ numberOfTasksToRun: 3 }));
      assertEquals(await w3.exited, 0, w3.output());
      assertEquals(await env.waitResolved(off), ["exception", "malformed-payload"]);
      const offLog = await env.artifactText(off, BACKING);
      assertStringIncludes(
        offLog,
        "docker worker payload detected, but D2G is not enabled on this worker pool (local/generic-worker).",
      );
      assertStringIncludes(offLog, 'search for "enableD2G": "true" in the worker pool definition');
    });
  },
});

Deno.test({
  name:
    "d2g e2e (insecure, CLI): the daemon dies mid-task -> the task fails; later tasks resolve with docker's text (image pull: internal-error, cached image: failed); the worker goes on",
  ignore: skip !== undefined || !isRoot || needsLz4,
  async fn() {
    await withImages({}, async ({ env, registry, images }) => {
      let daemon: PrivateDaemon | undefined;
      try {
        daemon = await startPrivateDockerd();
        const first = await env.createTask({
          image: images.registryName,
          command: ["sleep", "600"],
          maxRunTime: 300,
        });
        const w = await startWorkerInDockerGroup(
          env,
          await env.writeConfig({ d2gConfig: { enableD2G: true }, numberOfTasksToRun: 3 }),
          { dockerSocket: daemon.socket },
        );
        await waitForLog(env, first, "Executing command 0: docker run");
        const t0 = Date.now();
        while (Date.now() - t0 < 15_000) {
          const ps = await daemon.docker(["ps", "-q"]);
          if (ps.stdout.trim() !== "") break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await daemon.stop();
        assertEquals(await env.waitResolved(first, 60_000), ["failed", "failed"]);
        const firstLog = await env.artifactText(first, BACKING);
        // the daemon's shutdown kills the container (docker run exits 137) or drops docker run's
        // connection first (125, "error waiting for container"); the command's failure decides
        assert(/\[taskcluster:error\] exit status (137|125|1)\n/.test(firstLog), firstLog);
        // an image not in the cache: the pull cannot reach the daemon
        const second = await env.createTask({
          image: `${registry.host}/gwtest/not-cached-${uniqueSuffix()}:1`,
          command: ["true"],
          maxRunTime: 60,
        });
        assertEquals(await env.waitResolved(second, 60_000), ["exception", "internal-error"]);
        const log = await env.artifactText(second, BACKING);
        assertStringIncludes(log, "[d2g] could not load docker image: exit status 1");
        assertStringIncludes(log, "Cannot connect to the Docker daemon");
        // the cached image: no pull (as Go), the task's own docker run fails
        const third = await env.createTask({
          image: images.registryName,
          command: ["true"],
          maxRunTime: 60,
        });
        assertEquals(await env.waitResolved(third, 60_000), ["failed", "failed"]);
        const thirdLog = await env.artifactText(third, BACKING);
        assertStringIncludes(thirdLog, `[d2g] Using cached docker image "${images.registryName}"`);
        assertStringIncludes(thirdLog, "Cannot connect to the Docker daemon");
        assertEquals(await w.exited, 0, w.output());
      } finally {
        await daemon?.close();
      }
    });
  },
});

Deno.test({
  name:
    "d2g e2e (insecure, CLI): privileged needs its scope; with it the command is docker run --privileged (which this machine cannot start: failed)",
  ignore: skip !== undefined || !isRoot || needsLz4,
  async fn() {
    await withImages({}, async ({ env, left, images }) => {
      const payload = {
        image: images.registryName,
        command: ["true"],
        capabilities: { privileged: true },
        maxRunTime: 60,
      };
      const noScope = await env.createTask(payload);
      const withScope = await env.createTask(payload, {
        scopes: ["docker-worker:capability:privileged:local/generic-worker"],
      });
      const w = await startWorkerInDockerGroup(
        env,
        await env.writeConfig({ d2gConfig: { enableD2G: true }, numberOfTasksToRun: 2 }),
      );
      assertEquals(await w.exited, 0, w.output());
      assertEquals(await env.waitResolved(noScope), ["exception", "malformed-payload"]);
      assertStringIncludes(
        await env.artifactText(noScope, BACKING),
        "docker-worker:capability:privileged",
      );
      const log = await env.artifactText(withScope, BACKING);
      // where the host allows privileged containers (CI runners may) the task completes
      const canPrivileged = !log.includes("unable to apply caps: operation not permitted");
      assertEquals(
        await env.waitResolved(withScope),
        canPrivileged ? ["completed", "completed"] : ["failed", "failed"],
        log,
      );
      const name = containerNameOf(log);
      if (name) left.containers.add(name);
      assert(
        /Executing command 0: docker run -t --name taskcontainer_\S+ --memory-swap -1 --pids-limit -1 --pull=never --log-driver=none --privileged /
          .test(log),
        log,
      );
      // here the run fails for want of CAP_SYS_RESOURCE; either way the container is removed
      if (!canPrivileged) assertStringIncludes(log, "exit status 125");
      assertEquals(await left.existingContainers(), []);
    });
  },
});

Deno.test({
  name:
    "d2g e2e (insecure, CLI): idle and short of disk, the worker prunes docker volumes and images and drops the image cache file before giving up (exit 69)",
  ignore: skip !== undefined || !isRoot,
  async fn() {
    const env = await WorkerEnv.start();
    // a daemon of this test's own: a prune of the shared one would empty it for every test run
    const daemon = await startPrivateDockerd();
    try {
      const vol = `gwtest-vol-${uniqueSuffix()}`;
      const ref = `gwtest-${uniqueSuffix()}/busybox:gc`;
      assertEquals((await daemon.docker(["volume", "create", vol])).code, 0);
      assertEquals((await daemon.docker(["import", "-", ref], await busyboxRootfs())).code, 0);
      const cacheFile = join(env.dir, "d2g-image-cache.json");
      await Deno.writeTextFile(cacheFile, JSON.stringify({ [ref]: { id: ref, name: ref } }));
      const w = await startWorkerInDockerGroup(
        env,
        await env.writeConfig({
          d2gConfig: { enableD2G: true },
          requiredDiskSpaceMegabytes: 1_000_000_000, // a petabyte: never enough
        }),
        { dockerSocket: daemon.socket },
      );
      assertEquals(await w.exited, 69, w.output());
      assertStringIncludes(w.output(), "Garbage collecting");
      assertStringIncludes(w.output(), "not able to free up enough disk space");
      assertEquals(
        (await daemon.docker(["volume", "ls", "-q"])).stdout.trim(),
        "",
        "volumes pruned",
      );
      assertEquals((await daemon.docker(["images", "-q"])).stdout.trim(), "", "images pruned");
      assertEquals(
        await Deno.stat(cacheFile).then(() => true, () => false),
        false,
        "cache file gone",
      );
    } finally {
      await daemon.close();
      await env.close();
    }
  },
});

Deno.test({
  name:
    "d2g e2e (insecure, CLI): disableNativePayloads refuses native payloads with Go's text while docker-worker ones run",
  ignore: skip !== undefined || !isRoot || needsLz4,
  async fn() {
    await withImages({}, async ({ env, left, images }) => {
      const native = await env.createTask({ command: [["/bin/true"]], maxRunTime: 60 });
      const dw = await env.createTask({
        image: images.registryName,
        command: ["true"],
        maxRunTime: 60,
      });
      const w = await startWorkerInDockerGroup(
        env,
        await env.writeConfig({
          d2gConfig: { enableD2G: true },
          disableNativePayloads: true,
          numberOfTasksToRun: 2,
        }),
      );
      assertEquals(await w.exited, 0, w.output());
      assertEquals(await env.waitResolved(native), ["exception", "malformed-payload"]);
      assertStringIncludes(
        await env.artifactText(native, BACKING),
        "[taskcluster:error] native Generic Worker payloads are disabled on this worker pool (local/generic-worker)",
      );
      const log = await env.artifactText(dw, BACKING);
      const name = containerNameOf(log);
      if (name) left.containers.add(name);
      assertEquals(await env.waitResolved(dw), ["completed", "completed"], log);
    });
  },
});

Deno.test({
  name:
    "d2g e2e (insecure, CLI): a worker killed outright leaves its container; the next worker start removes it",
  ignore: skip !== undefined || !isRoot || needsLz4,
  async fn() {
    await withImages({ claimTimeoutSecs: 30 }, async ({ env, left, images }) => {
      const id = await env.createTask({
        image: images.registryName,
        command: ["sleep", "600"],
        maxRunTime: 300,
      });
      const config = await env.writeConfig({
        d2gConfig: { enableD2G: true },
        numberOfTasksToRun: 1,
      });
      const w = await startWorkerInDockerGroup(env, config);
      await waitForLog(env, id, "Executing command 0: docker run");
      const local = join(
        env.dir,
        "tasks",
        taskDirName(id, 0),
        "generic-worker",
        "live_backing.log",
      );
      const name = containerNameOf(await Deno.readTextFile(local));
      assert(name);
      left.containers.add(name);
      const t0 = Date.now();
      while (!(await left.existingContainers()).includes(name) && Date.now() - t0 < 15_000) {
        await new Promise((r) => setTimeout(r, 100));
      }
      // unshare and sh exec the worker: this pid is the worker itself
      Deno.kill(w.child.pid, "SIGKILL");
      await w.exited;
      assertEquals(await left.existingContainers(), [name], "killed outright, the worker left it");
      const w2 = await startWorkerInDockerGroup(env, config);
      const t1 = Date.now();
      while ((await left.existingContainers()).length > 0 && Date.now() - t1 < 30_000) {
        await new Promise((r) => setTimeout(r, 200));
      }
      assertEquals(await left.existingContainers(), [], "the start-up sweep removed it");
      Deno.kill(w2.child.pid, "SIGTERM");
      await w2.exited;
    });
  },
});

Deno.test({
  name: "d2g e2e (insecure, CLI): an indexed-image (plain docker save tar, loaded as it is)",
  ignore: skip !== undefined || !isRoot,
  async fn() {
    await withImages({}, async ({ env, left, images }) => {
      // the plain tarball (makeImages kept it beside the lz4 one)
      const tar = images.artifactFile.replace(/\.lz4$/, "");
      await Deno.chmod(tar, 0o644);
      const builder = await env.createTask({
        command: [["/bin/cp", tar, "image.tar"]],
        maxRunTime: 60,
        artifacts: [{ type: "file", path: "image.tar", name: "public/image.tar" }],
      });
      const namespace = `gwtest.d2g.${uniqueSuffix()}`;
      const id = await env.createTask({
        image: { type: "indexed-image", namespace, path: "public/image.tar" },
        command: ["sh", "-c", "echo indexed-ok"],
        maxRunTime: 60,
      });
      // the builder runs first; the D2G task is claimed once it is indexed (a second worker)
      let w = await startWorkerInDockerGroup(
        env,
        await env.writeConfig({ numberOfTasksToRun: 1 }),
      );
      assertEquals(await w.exited, 0, w.output());
      assertEquals(await env.waitResolved(builder), ["completed", "completed"]);
      await new Index({ rootUrl: env.tc.rootUrl, credentials: env.tc.rootCredentials }).insertTask(
        namespace,
        {
          taskId: builder,
          rank: 1,
          data: {},
          expires: new Date(Date.now() + 3_600_000).toISOString(),
        },
      );
      w = await startWorkerInDockerGroup(
        env,
        // indexed images always get the taskcluster proxy (Go's translation forces it)
        await env.writeConfig({
          d2gConfig: { enableD2G: true },
          enableTaskclusterProxy: true,
          taskclusterProxyPort: freePort(),
          numberOfTasksToRun: 2,
        }),
      );
      assertEquals(await w.exited, 0, w.output());
      const log = await env.artifactText(id, BACKING);
      const name = containerNameOf(log);
      if (name) left.containers.add(name);
      assertEquals(await env.waitResolved(id), ["completed", "completed"], log);
      assertStringIncludes(log, `[d2g] Loaded docker image "${images.artifactRef}"`);
      assertStringIncludes(log, "indexed-ok");
      assertEquals(await left.existingContainers(), []);
      assertEquals(
        (await dockerOk(["network", "ls", "--format", "{{.Name}}"])).split("\n")
          .filter((n) => n.startsWith(`gw-task-${id.slice(0, 12)}-`)),
        [],
        "the proxy's network is gone",
      );
    });
  },
});
