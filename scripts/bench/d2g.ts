/**
 * Measure 8 of the benchmark suite: D2G overhead per trivial container task.
 * A docker-worker payload (`image` from a local docker-registry, command
 * `true`) through the real worker CLI (insecure engine, the worker in group
 * `docker` inside its own mount namespace) against serve-local and the real
 * Docker daemon, queue-side claim -> resolve per task; the baseline is
 * `docker run --rm <same image> true` by hand in the same run. The first
 * task (the one `docker pull`) is a warm-up and not counted. Skipped with a
 * message when no Docker daemon answers.
 */
import { WorkerEnv } from "../../tests/helpers/worker_env.ts";
import {
  busyboxImage,
  DockerLeftovers,
  dockerOk,
  dockerSkipReason,
  startRegistry,
  uniqueSuffix,
} from "../../tests/helpers/docker.ts";
import { startWorkerInDockerGroup } from "../../tests/helpers/docker_worker.ts";
import { type BenchRow, repeat, row, timeMs } from "./stats.ts";

/** 8. D2G overhead per trivial container task vs `docker run` by hand. */
export async function benchD2G(opts: { quick: boolean }): Promise<BenchRow[]> {
  const skip = await dockerSkipReason();
  if (skip !== undefined || Deno.uid() !== 0) {
    console.error(`   skipped: ${skip ?? "needs root (a mount namespace for the docker group)"}`);
    return [];
  }
  const n = opts.quick ? 5 : 20;
  const env = await WorkerEnv.start();
  const registry = await startRegistry();
  const left = new DockerLeftovers();
  try {
    const s = uniqueSuffix();
    const local = `gwtest-${s}/busybox:bench`;
    const name = `${registry.host}/gwtest/busybox-${s}:1`;
    left.images.add(local).add(name);
    await busyboxImage(local);
    await dockerOk(["tag", local, name]);
    await dockerOk(["push", "--quiet", name]);
    await dockerOk(["rmi", name]);
    const ids: string[] = [];
    for (let i = 0; i <= n; i++) {
      ids.push(await env.createTask({ image: name, command: ["true"], maxRunTime: 60 }));
    }
    const cfg = await env.writeConfig({
      d2gConfig: { enableD2G: true },
      numberOfTasksToRun: n + 1,
    });
    const worker = await startWorkerInDockerGroup(env, cfg);
    const code = await worker.exited;
    if (code !== 0) throw new Error(`worker exited ${code}:\n${worker.output().slice(-2000)}`);
    const durations: number[] = [];
    for (const id of ids.slice(1)) {
      const { status } = await env.queue.status(id);
      const run = status.runs[0];
      if (run.state !== "completed") {
        const log = await env.artifactText(id, "public/logs/live_backing.log").catch(() => "");
        throw new Error(`task ${id} ${run.state}/${run.reasonResolved}:\n${log.slice(-1500)}`);
      }
      durations.push(Date.parse(run.resolved!) - Date.parse(run.started!));
    }
    const byHand = await repeat(
      n,
      () => timeMs(() => dockerOk(["run", "--rm", "--log-driver=none", name, "true"])),
    );
    return [
      row({
        group: "8. D2G overhead",
        name: "claim->resolve of a docker-worker `true` task",
        unit: "ms",
        ours: durations,
        baseline: byHand,
        baselineName: "docker run --rm <image> true by hand",
        higherIsBetter: false,
        note:
          "queue-side run.started -> run.resolved (image cached after the first, uncounted task); includes env.list, docker cp/rm, log upload and resolution",
      }),
    ];
  } finally {
    await left.clean();
    await registry.stop();
    await env.close();
  }
}
