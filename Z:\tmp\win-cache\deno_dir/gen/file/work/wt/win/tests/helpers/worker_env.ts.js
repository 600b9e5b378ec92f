/**
 * End-to-end test environment: the embedded Taskcluster service (localtc)
 * in-process, and the real worker CLI as a subprocess with a config for it.
 */
import { join } from "node:path";
import { startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { Queue } from "../../src/taskcluster/queue.ts";
import { slugid } from "../../src/taskcluster/slugid.ts";
import { MAIN_TS } from "./cli.ts";
/** One test environment. */ export class WorkerEnv {
  tc;
  dir;
  queue;
  pool;
  constructor(tc, dir, queue) {
    this.tc = tc;
    this.dir = dir;
    this.queue = queue;
    this.pool = "local/generic-worker";
  }
  /** Starts localtc and prepares a working directory. */ static async start(opts = {}) {
    const dir = await Deno.makeTempDir({
      prefix: "gw-e2e-",
    });
    const tc = await startLocalTaskcluster({
      port: 0,
      dataDir: join(dir, "localtc"),
      claimTimeoutSecs: opts.claimTimeoutSecs,
      claimWorkTimeoutSecs: 2,
    });
    const queue = new Queue({
      rootUrl: tc.rootUrl,
      credentials: tc.rootCredentials,
      retries: 1,
    });
    return new WorkerEnv(tc, dir, queue);
  }
  /** Writes a worker config (insecure engine, free ports) merged with `overrides`. */ async writeConfig(
    overrides = {},
  ) {
    const base = this.tc.createWorkerConfig();
    const keyFile = join(this.dir, "ed25519.key");
    await Deno.writeTextFile(
      keyFile,
      btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))),
    );
    const cfg = {
      ...base,
      engine: "insecure",
      ed25519SigningKeyLocation: keyFile,
      tasksDir: join(this.dir, "tasks"),
      cachesDir: join(this.dir, "caches"),
      downloadsDir: join(this.dir, "downloads"),
      livelogPortBase: 0,
      publicIP: "127.0.0.1",
      interactivePort: 0,
      taskclusterProxyPort: 0,
      enableInteractive: false,
      enableTaskclusterProxy: false,
      requiredDiskSpaceMegabytes: 1,
      ...overrides,
    };
    const file = join(this.dir, `worker-${crypto.randomUUID()}.json`);
    await Deno.writeTextFile(file, JSON.stringify(cfg, null, 2));
    return file;
  }
  /** Starts `generic-worker run --config <file>` from the env's directory. */ startWorker(
    configFile,
    env = {},
  ) {
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "--quiet",
        MAIN_TS,
        "run",
        "--config",
        configFile,
      ],
      cwd: this.dir,
      env: {
        NO_COLOR: "1",
        TMPDIR: this.dir,
        ...env,
      },
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    let out = "";
    const dec = new TextDecoder();
    const pump = async (s) => {
      for await (const c of s) out += dec.decode(c);
    };
    const pumps = Promise.all([
      pump(child.stdout),
      pump(child.stderr),
    ]);
    const exited = child.status.then(async (s) => {
      await pumps;
      return s.code;
    });
    return {
      child,
      exited,
      output: () => out,
    };
  }
  /** Creates a task on the worker's pool; returns its id. */ async createTask(
    payload,
    extra = {},
  ) {
    const taskId = slugid();
    const now = Date.now();
    await this.queue.createTask(taskId, {
      taskQueueId: this.pool,
      schedulerId: "tests",
      taskGroupId: taskId,
      created: new Date(now).toISOString(),
      deadline: new Date(now + 3_600_000).toISOString(),
      expires: new Date(now + 86_400_000).toISOString(),
      payload,
      metadata: {
        name: "test",
        description: "test",
        owner: "tests@example.com",
        source: "https://example.com/tests",
      },
      ...extra,
    });
    return taskId;
  }
  /** Waits until the task's latest run is resolved; returns [state, reasonResolved]. */ async waitResolved(
    taskId,
    timeoutMs = 60_000,
    runId,
  ) {
    const t0 = Date.now();
    for (;;) {
      const { status } = await this.queue.status(taskId);
      const run = status.runs[runId ?? status.runs.length - 1];
      if (
        run && [
          "completed",
          "failed",
          "exception",
        ].includes(run.state)
      ) {
        return [
          run.state,
          run.reasonResolved ?? "",
        ];
      }
      if (Date.now() - t0 > timeoutMs) throw new Error(`task ${taskId} not resolved in time`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  /** Waits until the task is running. */ async waitRunning(taskId, timeoutMs = 30_000) {
    const t0 = Date.now();
    for (;;) {
      const { status } = await this.queue.status(taskId);
      if (status.state === "running") return;
      if (Date.now() - t0 > timeoutMs) throw new Error(`task ${taskId} not running in time`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  /** Text of an artifact of the latest run. */ async artifactText(taskId, name) {
    const d = await this.queue.getLatestArtifactContent(taskId, name);
    return await new Response(d.body).text();
  }
  /** Artifact list of the latest run. */ async artifacts(taskId) {
    const r = await this.queue.listLatestArtifacts(taskId);
    return new Map(r.artifacts.map((a) => [
      a.name,
      a,
    ]));
  }
  /** Stops localtc and removes the directory. */ async close() {
    await this.tc.close();
    await Deno.remove(this.dir, {
      recursive: true,
    }).catch(() => {});
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vdGVzdHMvaGVscGVycy93b3JrZXJfZW52LnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogRW5kLXRvLWVuZCB0ZXN0IGVudmlyb25tZW50OiB0aGUgZW1iZWRkZWQgVGFza2NsdXN0ZXIgc2VydmljZSAobG9jYWx0YylcbiAqIGluLXByb2Nlc3MsIGFuZCB0aGUgcmVhbCB3b3JrZXIgQ0xJIGFzIGEgc3VicHJvY2VzcyB3aXRoIGEgY29uZmlnIGZvciBpdC5cbiAqL1xuaW1wb3J0IHsgam9pbiB9IGZyb20gXCJub2RlOnBhdGhcIjtcbmltcG9ydCB7IHR5cGUgTG9jYWxUYXNrY2x1c3Rlciwgc3RhcnRMb2NhbFRhc2tjbHVzdGVyIH0gZnJvbSBcIi4uLy4uL3NyYy9sb2NhbHRjL21vZC50c1wiO1xuaW1wb3J0IHsgUXVldWUgfSBmcm9tIFwiLi4vLi4vc3JjL3Rhc2tjbHVzdGVyL3F1ZXVlLnRzXCI7XG5pbXBvcnQgeyBzbHVnaWQgfSBmcm9tIFwiLi4vLi4vc3JjL3Rhc2tjbHVzdGVyL3NsdWdpZC50c1wiO1xuaW1wb3J0IHsgTUFJTl9UUyB9IGZyb20gXCIuL2NsaS50c1wiO1xuXG4vKiogQSB3b3JrZXIgc3VicHJvY2Vzcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgV29ya2VyUHJvY2VzcyB7XG4gIGNoaWxkOiBEZW5vLkNoaWxkUHJvY2VzcztcbiAgLyoqIFJlc29sdmVzIHdpdGggdGhlIGV4aXQgY29kZS4gKi9cbiAgZXhpdGVkOiBQcm9taXNlPG51bWJlcj47XG4gIC8qKiBUaGUgd29ya2VyJ3Mgc3RkZXJyIHNvIGZhci4gKi9cbiAgb3V0cHV0KCk6IHN0cmluZztcbn1cblxuLyoqIE9uZSB0ZXN0IGVudmlyb25tZW50LiAqL1xuZXhwb3J0IGNsYXNzIFdvcmtlckVudiB7XG4gIHJlYWRvbmx5IHBvb2wgPSBcImxvY2FsL2dlbmVyaWMtd29ya2VyXCI7XG4gIHByaXZhdGUgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgdGM6IExvY2FsVGFza2NsdXN0ZXIsXG4gICAgcmVhZG9ubHkgZGlyOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgcXVldWU6IFF1ZXVlLFxuICApIHt9XG5cbiAgLyoqIFN0YXJ0cyBsb2NhbHRjIGFuZCBwcmVwYXJlcyBhIHdvcmtpbmcgZGlyZWN0b3J5LiAqL1xuICBzdGF0aWMgYXN5bmMgc3RhcnQob3B0czogeyBjbGFpbVRpbWVvdXRTZWNzPzogbnVtYmVyIH0gPSB7fSk6IFByb21pc2U8V29ya2VyRW52PiB7XG4gICAgY29uc3QgZGlyID0gYXdhaXQgRGVuby5tYWtlVGVtcERpcih7IHByZWZpeDogXCJndy1lMmUtXCIgfSk7XG4gICAgY29uc3QgdGMgPSBhd2FpdCBzdGFydExvY2FsVGFza2NsdXN0ZXIoe1xuICAgICAgcG9ydDogMCxcbiAgICAgIGRhdGFEaXI6IGpvaW4oZGlyLCBcImxvY2FsdGNcIiksXG4gICAgICBjbGFpbVRpbWVvdXRTZWNzOiBvcHRzLmNsYWltVGltZW91dFNlY3MsXG4gICAgICBjbGFpbVdvcmtUaW1lb3V0U2VjczogMixcbiAgICB9KTtcbiAgICBjb25zdCBxdWV1ZSA9IG5ldyBRdWV1ZSh7IHJvb3RVcmw6IHRjLnJvb3RVcmwsIGNyZWRlbnRpYWxzOiB0Yy5yb290Q3JlZGVudGlhbHMsIHJldHJpZXM6IDEgfSk7XG4gICAgcmV0dXJuIG5ldyBXb3JrZXJFbnYodGMsIGRpciwgcXVldWUpO1xuICB9XG5cbiAgLyoqIFdyaXRlcyBhIHdvcmtlciBjb25maWcgKGluc2VjdXJlIGVuZ2luZSwgZnJlZSBwb3J0cykgbWVyZ2VkIHdpdGggYG92ZXJyaWRlc2AuICovXG4gIGFzeW5jIHdyaXRlQ29uZmlnKG92ZXJyaWRlczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fSk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgY29uc3QgYmFzZSA9IHRoaXMudGMuY3JlYXRlV29ya2VyQ29uZmlnKCk7XG4gICAgY29uc3Qga2V5RmlsZSA9IGpvaW4odGhpcy5kaXIsIFwiZWQyNTUxOS5rZXlcIik7XG4gICAgYXdhaXQgRGVuby53cml0ZVRleHRGaWxlKFxuICAgICAga2V5RmlsZSxcbiAgICAgIGJ0b2EoU3RyaW5nLmZyb21DaGFyQ29kZSguLi5jcnlwdG8uZ2V0UmFuZG9tVmFsdWVzKG5ldyBVaW50OEFycmF5KDMyKSkpKSxcbiAgICApO1xuICAgIGNvbnN0IGNmZyA9IHtcbiAgICAgIC4uLmJhc2UsXG4gICAgICBlbmdpbmU6IFwiaW5zZWN1cmVcIixcbiAgICAgIGVkMjU1MTlTaWduaW5nS2V5TG9jYXRpb246IGtleUZpbGUsXG4gICAgICB0YXNrc0Rpcjogam9pbih0aGlzLmRpciwgXCJ0YXNrc1wiKSxcbiAgICAgIGNhY2hlc0Rpcjogam9pbih0aGlzLmRpciwgXCJjYWNoZXNcIiksXG4gICAgICBkb3dubG9hZHNEaXI6IGpvaW4odGhpcy5kaXIsIFwiZG93bmxvYWRzXCIpLFxuICAgICAgbGl2ZWxvZ1BvcnRCYXNlOiAwLFxuICAgICAgcHVibGljSVA6IFwiMTI3LjAuMC4xXCIsXG4gICAgICBpbnRlcmFjdGl2ZVBvcnQ6IDAsXG4gICAgICB0YXNrY2x1c3RlclByb3h5UG9ydDogMCxcbiAgICAgIGVuYWJsZUludGVyYWN0aXZlOiBmYWxzZSxcbiAgICAgIGVuYWJsZVRhc2tjbHVzdGVyUHJveHk6IGZhbHNlLFxuICAgICAgcmVxdWlyZWREaXNrU3BhY2VNZWdhYnl0ZXM6IDEsXG4gICAgICAuLi5vdmVycmlkZXMsXG4gICAgfTtcbiAgICBjb25zdCBmaWxlID0gam9pbih0aGlzLmRpciwgYHdvcmtlci0ke2NyeXB0by5yYW5kb21VVUlEKCl9Lmpzb25gKTtcbiAgICBhd2FpdCBEZW5vLndyaXRlVGV4dEZpbGUoZmlsZSwgSlNPTi5zdHJpbmdpZnkoY2ZnLCBudWxsLCAyKSk7XG4gICAgcmV0dXJuIGZpbGU7XG4gIH1cblxuICAvKiogU3RhcnRzIGBnZW5lcmljLXdvcmtlciBydW4gLS1jb25maWcgPGZpbGU+YCBmcm9tIHRoZSBlbnYncyBkaXJlY3RvcnkuICovXG4gIHN0YXJ0V29ya2VyKGNvbmZpZ0ZpbGU6IHN0cmluZywgZW52OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge30pOiBXb3JrZXJQcm9jZXNzIHtcbiAgICBjb25zdCBjaGlsZCA9IG5ldyBEZW5vLkNvbW1hbmQoRGVuby5leGVjUGF0aCgpLCB7XG4gICAgICBhcmdzOiBbXCJydW5cIiwgXCItQVwiLCBcIi0tcXVpZXRcIiwgTUFJTl9UUywgXCJydW5cIiwgXCItLWNvbmZpZ1wiLCBjb25maWdGaWxlXSxcbiAgICAgIGN3ZDogdGhpcy5kaXIsXG4gICAgICBlbnY6IHsgTk9fQ09MT1I6IFwiMVwiLCBUTVBESVI6IHRoaXMuZGlyLCAuLi5lbnYgfSxcbiAgICAgIHN0ZG91dDogXCJwaXBlZFwiLFxuICAgICAgc3RkZXJyOiBcInBpcGVkXCIsXG4gICAgfSkuc3Bhd24oKTtcbiAgICBsZXQgb3V0ID0gXCJcIjtcbiAgICBjb25zdCBkZWMgPSBuZXcgVGV4dERlY29kZXIoKTtcbiAgICBjb25zdCBwdW1wID0gYXN5bmMgKHM6IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+KSA9PiB7XG4gICAgICBmb3IgYXdhaXQgKGNvbnN0IGMgb2Ygcykgb3V0ICs9IGRlYy5kZWNvZGUoYyk7XG4gICAgfTtcbiAgICBjb25zdCBwdW1wcyA9IFByb21pc2UuYWxsKFtwdW1wKGNoaWxkLnN0ZG91dCksIHB1bXAoY2hpbGQuc3RkZXJyKV0pO1xuICAgIGNvbnN0IGV4aXRlZCA9IGNoaWxkLnN0YXR1cy50aGVuKGFzeW5jIChzKSA9PiB7XG4gICAgICBhd2FpdCBwdW1wcztcbiAgICAgIHJldHVybiBzLmNvZGU7XG4gICAgfSk7XG4gICAgcmV0dXJuIHsgY2hpbGQsIGV4aXRlZCwgb3V0cHV0OiAoKSA9PiBvdXQgfTtcbiAgfVxuXG4gIC8qKiBDcmVhdGVzIGEgdGFzayBvbiB0aGUgd29ya2VyJ3MgcG9vbDsgcmV0dXJucyBpdHMgaWQuICovXG4gIGFzeW5jIGNyZWF0ZVRhc2soXG4gICAgcGF5bG9hZDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sXG4gICAgZXh0cmE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge30sXG4gICk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgY29uc3QgdGFza0lkID0gc2x1Z2lkKCk7XG4gICAgY29uc3Qgbm93ID0gRGF0ZS5ub3coKTtcbiAgICBhd2FpdCB0aGlzLnF1ZXVlLmNyZWF0ZVRhc2sodGFza0lkLCB7XG4gICAgICB0YXNrUXVldWVJZDogdGhpcy5wb29sLFxuICAgICAgc2NoZWR1bGVySWQ6IFwidGVzdHNcIixcbiAgICAgIHRhc2tHcm91cElkOiB0YXNrSWQsXG4gICAgICBjcmVhdGVkOiBuZXcgRGF0ZShub3cpLnRvSVNPU3RyaW5nKCksXG4gICAgICBkZWFkbGluZTogbmV3IERhdGUobm93ICsgM182MDBfMDAwKS50b0lTT1N0cmluZygpLFxuICAgICAgZXhwaXJlczogbmV3IERhdGUobm93ICsgODZfNDAwXzAwMCkudG9JU09TdHJpbmcoKSxcbiAgICAgIHBheWxvYWQsXG4gICAgICBtZXRhZGF0YToge1xuICAgICAgICBuYW1lOiBcInRlc3RcIixcbiAgICAgICAgZGVzY3JpcHRpb246IFwidGVzdFwiLFxuICAgICAgICBvd25lcjogXCJ0ZXN0c0BleGFtcGxlLmNvbVwiLFxuICAgICAgICBzb3VyY2U6IFwiaHR0cHM6Ly9leGFtcGxlLmNvbS90ZXN0c1wiLFxuICAgICAgfSxcbiAgICAgIC4uLmV4dHJhLFxuICAgIH0pO1xuICAgIHJldHVybiB0YXNrSWQ7XG4gIH1cblxuICAvKiogV2FpdHMgdW50aWwgdGhlIHRhc2sncyBsYXRlc3QgcnVuIGlzIHJlc29sdmVkOyByZXR1cm5zIFtzdGF0ZSwgcmVhc29uUmVzb2x2ZWRdLiAqL1xuICBhc3luYyB3YWl0UmVzb2x2ZWQoXG4gICAgdGFza0lkOiBzdHJpbmcsXG4gICAgdGltZW91dE1zID0gNjBfMDAwLFxuICAgIHJ1bklkPzogbnVtYmVyLFxuICApOiBQcm9taXNlPFtzdHJpbmcsIHN0cmluZ10+IHtcbiAgICBjb25zdCB0MCA9IERhdGUubm93KCk7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgeyBzdGF0dXMgfSA9IGF3YWl0IHRoaXMucXVldWUuc3RhdHVzKHRhc2tJZCk7XG4gICAgICBjb25zdCBydW4gPSBzdGF0dXMucnVuc1tydW5JZCA/PyBzdGF0dXMucnVucy5sZW5ndGggLSAxXTtcbiAgICAgIGlmIChydW4gJiYgW1wiY29tcGxldGVkXCIsIFwiZmFpbGVkXCIsIFwiZXhjZXB0aW9uXCJdLmluY2x1ZGVzKHJ1bi5zdGF0ZSkpIHtcbiAgICAgICAgcmV0dXJuIFtydW4uc3RhdGUsIHJ1bi5yZWFzb25SZXNvbHZlZCA/PyBcIlwiXTtcbiAgICAgIH1cbiAgICAgIGlmIChEYXRlLm5vdygpIC0gdDAgPiB0aW1lb3V0TXMpIHRocm93IG5ldyBFcnJvcihgdGFzayAke3Rhc2tJZH0gbm90IHJlc29sdmVkIGluIHRpbWVgKTtcbiAgICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBzZXRUaW1lb3V0KHIsIDIwMCkpO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBXYWl0cyB1bnRpbCB0aGUgdGFzayBpcyBydW5uaW5nLiAqL1xuICBhc3luYyB3YWl0UnVubmluZyh0YXNrSWQ6IHN0cmluZywgdGltZW91dE1zID0gMzBfMDAwKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgdDAgPSBEYXRlLm5vdygpO1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IHsgc3RhdHVzIH0gPSBhd2FpdCB0aGlzLnF1ZXVlLnN0YXR1cyh0YXNrSWQpO1xuICAgICAgaWYgKHN0YXR1cy5zdGF0ZSA9PT0gXCJydW5uaW5nXCIpIHJldHVybjtcbiAgICAgIGlmIChEYXRlLm5vdygpIC0gdDAgPiB0aW1lb3V0TXMpIHRocm93IG5ldyBFcnJvcihgdGFzayAke3Rhc2tJZH0gbm90IHJ1bm5pbmcgaW4gdGltZWApO1xuICAgICAgYXdhaXQgbmV3IFByb21pc2UoKHIpID0+IHNldFRpbWVvdXQociwgMTAwKSk7XG4gICAgfVxuICB9XG5cbiAgLyoqIFRleHQgb2YgYW4gYXJ0aWZhY3Qgb2YgdGhlIGxhdGVzdCBydW4uICovXG4gIGFzeW5jIGFydGlmYWN0VGV4dCh0YXNrSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgICBjb25zdCBkID0gYXdhaXQgdGhpcy5xdWV1ZS5nZXRMYXRlc3RBcnRpZmFjdENvbnRlbnQodGFza0lkLCBuYW1lKTtcbiAgICByZXR1cm4gYXdhaXQgbmV3IFJlc3BvbnNlKGQuYm9keSkudGV4dCgpO1xuICB9XG5cbiAgLyoqIEFydGlmYWN0IGxpc3Qgb2YgdGhlIGxhdGVzdCBydW4uICovXG4gIGFzeW5jIGFydGlmYWN0cyh0YXNrSWQ6IHN0cmluZyk6IFByb21pc2U8TWFwPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+PiB7XG4gICAgY29uc3QgciA9IGF3YWl0IHRoaXMucXVldWUubGlzdExhdGVzdEFydGlmYWN0cyh0YXNrSWQpO1xuICAgIHJldHVybiBuZXcgTWFwKHIuYXJ0aWZhY3RzLm1hcCgoYSkgPT4gW2EubmFtZSwgYSBhcyB1bmtub3duIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+XSkpO1xuICB9XG5cbiAgLyoqIFN0b3BzIGxvY2FsdGMgYW5kIHJlbW92ZXMgdGhlIGRpcmVjdG9yeS4gKi9cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy50Yy5jbG9zZSgpO1xuICAgIGF3YWl0IERlbm8ucmVtb3ZlKHRoaXMuZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KS5jYXRjaCgoKSA9PiB7fSk7XG4gIH1cbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7O0NBR0MsR0FDRCxTQUFTLElBQUksUUFBUSxZQUFZO0FBQ2pDLFNBQWdDLHFCQUFxQixRQUFRLDJCQUEyQjtBQUN4RixTQUFTLEtBQUssUUFBUSxpQ0FBaUM7QUFDdkQsU0FBUyxNQUFNLFFBQVEsa0NBQWtDO0FBQ3pELFNBQVMsT0FBTyxRQUFRLFdBQVc7QUFXbkMsMEJBQTBCLEdBQzFCLE9BQU8sTUFBTTs7OztFQUNGLEtBQThCO0VBQ3ZDLFlBQ0UsQUFBUyxFQUFvQixFQUM3QixBQUFTLEdBQVcsRUFDcEIsQUFBUyxLQUFZLENBQ3JCO1NBSFMsS0FBQTtTQUNBLE1BQUE7U0FDQSxRQUFBO1NBSkYsT0FBTztFQUtiO0VBRUgscURBQXFELEdBQ3JELGFBQWEsTUFBTSxPQUFzQyxDQUFDLENBQUMsRUFBc0I7SUFDL0UsTUFBTSxNQUFNLE1BQU0sS0FBSyxXQUFXLENBQUM7TUFBRSxRQUFRO0lBQVU7SUFDdkQsTUFBTSxLQUFLLE1BQU0sc0JBQXNCO01BQ3JDLE1BQU07TUFDTixTQUFTLEtBQUssS0FBSztNQUNuQixrQkFBa0IsS0FBSyxnQkFBZ0I7TUFDdkMsc0JBQXNCO0lBQ3hCO0lBQ0EsTUFBTSxRQUFRLElBQUksTUFBTTtNQUFFLFNBQVMsR0FBRyxPQUFPO01BQUUsYUFBYSxHQUFHLGVBQWU7TUFBRSxTQUFTO0lBQUU7SUFDM0YsT0FBTyxJQUFJLFVBQVUsSUFBSSxLQUFLO0VBQ2hDO0VBRUEsa0ZBQWtGLEdBQ2xGLE1BQU0sWUFBWSxZQUFxQyxDQUFDLENBQUMsRUFBbUI7SUFDMUUsTUFBTSxPQUFPLElBQUksQ0FBQyxFQUFFLENBQUMsa0JBQWtCO0lBQ3ZDLE1BQU0sVUFBVSxLQUFLLElBQUksQ0FBQyxHQUFHLEVBQUU7SUFDL0IsTUFBTSxLQUFLLGFBQWEsQ0FDdEIsU0FDQSxLQUFLLE9BQU8sWUFBWSxJQUFJLE9BQU8sZUFBZSxDQUFDLElBQUksV0FBVztJQUVwRSxNQUFNLE1BQU07TUFDVixHQUFHLElBQUk7TUFDUCxRQUFRO01BQ1IsMkJBQTJCO01BQzNCLFVBQVUsS0FBSyxJQUFJLENBQUMsR0FBRyxFQUFFO01BQ3pCLFdBQVcsS0FBSyxJQUFJLENBQUMsR0FBRyxFQUFFO01BQzFCLGNBQWMsS0FBSyxJQUFJLENBQUMsR0FBRyxFQUFFO01BQzdCLGlCQUFpQjtNQUNqQixVQUFVO01BQ1YsaUJBQWlCO01BQ2pCLHNCQUFzQjtNQUN0QixtQkFBbUI7TUFDbkIsd0JBQXdCO01BQ3hCLDRCQUE0QjtNQUM1QixHQUFHLFNBQVM7SUFDZDtJQUNBLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxPQUFPLEVBQUUsT0FBTyxVQUFVLEdBQUcsS0FBSyxDQUFDO0lBQ2hFLE1BQU0sS0FBSyxhQUFhLENBQUMsTUFBTSxLQUFLLFNBQVMsQ0FBQyxLQUFLLE1BQU07SUFDekQsT0FBTztFQUNUO0VBRUEsMEVBQTBFLEdBQzFFLFlBQVksVUFBa0IsRUFBRSxNQUE4QixDQUFDLENBQUMsRUFBaUI7SUFDL0UsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRLElBQUk7TUFDOUMsTUFBTTtRQUFDO1FBQU87UUFBTTtRQUFXO1FBQVM7UUFBTztRQUFZO09BQVc7TUFDdEUsS0FBSyxJQUFJLENBQUMsR0FBRztNQUNiLEtBQUs7UUFBRSxVQUFVO1FBQUssUUFBUSxJQUFJLENBQUMsR0FBRztRQUFFLEdBQUcsR0FBRztNQUFDO01BQy9DLFFBQVE7TUFDUixRQUFRO0lBQ1YsR0FBRyxLQUFLO0lBQ1IsSUFBSSxNQUFNO0lBQ1YsTUFBTSxNQUFNLElBQUk7SUFDaEIsTUFBTSxPQUFPLE9BQU87TUFDbEIsV0FBVyxNQUFNLEtBQUssRUFBRyxPQUFPLElBQUksTUFBTSxDQUFDO0lBQzdDO0lBQ0EsTUFBTSxRQUFRLFFBQVEsR0FBRyxDQUFDO01BQUMsS0FBSyxNQUFNLE1BQU07TUFBRyxLQUFLLE1BQU0sTUFBTTtLQUFFO0lBQ2xFLE1BQU0sU0FBUyxNQUFNLE1BQU0sQ0FBQyxJQUFJLENBQUMsT0FBTztNQUN0QyxNQUFNO01BQ04sT0FBTyxFQUFFLElBQUk7SUFDZjtJQUNBLE9BQU87TUFBRTtNQUFPO01BQVEsUUFBUSxJQUFNO0lBQUk7RUFDNUM7RUFFQSx5REFBeUQsR0FDekQsTUFBTSxXQUNKLE9BQWdDLEVBQ2hDLFFBQWlDLENBQUMsQ0FBQyxFQUNsQjtJQUNqQixNQUFNLFNBQVM7SUFDZixNQUFNLE1BQU0sS0FBSyxHQUFHO0lBQ3BCLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsUUFBUTtNQUNsQyxhQUFhLElBQUksQ0FBQyxJQUFJO01BQ3RCLGFBQWE7TUFDYixhQUFhO01BQ2IsU0FBUyxJQUFJLEtBQUssS0FBSyxXQUFXO01BQ2xDLFVBQVUsSUFBSSxLQUFLLE1BQU0sV0FBVyxXQUFXO01BQy9DLFNBQVMsSUFBSSxLQUFLLE1BQU0sWUFBWSxXQUFXO01BQy9DO01BQ0EsVUFBVTtRQUNSLE1BQU07UUFDTixhQUFhO1FBQ2IsT0FBTztRQUNQLFFBQVE7TUFDVjtNQUNBLEdBQUcsS0FBSztJQUNWO0lBQ0EsT0FBTztFQUNUO0VBRUEsb0ZBQW9GLEdBQ3BGLE1BQU0sYUFDSixNQUFjLEVBQ2QsWUFBWSxNQUFNLEVBQ2xCLEtBQWMsRUFDYTtJQUMzQixNQUFNLEtBQUssS0FBSyxHQUFHO0lBQ25CLE9BQVM7TUFDUCxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQztNQUMzQyxNQUFNLE1BQU0sT0FBTyxJQUFJLENBQUMsU0FBUyxPQUFPLElBQUksQ0FBQyxNQUFNLEdBQUcsRUFBRTtNQUN4RCxJQUFJLE9BQU87UUFBQztRQUFhO1FBQVU7T0FBWSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEtBQUssR0FBRztRQUNuRSxPQUFPO1VBQUMsSUFBSSxLQUFLO1VBQUUsSUFBSSxjQUFjLElBQUk7U0FBRztNQUM5QztNQUNBLElBQUksS0FBSyxHQUFHLEtBQUssS0FBSyxXQUFXLE1BQU0sSUFBSSxNQUFNLENBQUMsS0FBSyxFQUFFLE9BQU8scUJBQXFCLENBQUM7TUFDdEYsTUFBTSxJQUFJLFFBQVEsQ0FBQyxJQUFNLFdBQVcsR0FBRztJQUN6QztFQUNGO0VBRUEscUNBQXFDLEdBQ3JDLE1BQU0sWUFBWSxNQUFjLEVBQUUsWUFBWSxNQUFNLEVBQWlCO0lBQ25FLE1BQU0sS0FBSyxLQUFLLEdBQUc7SUFDbkIsT0FBUztNQUNQLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxNQUFNLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDO01BQzNDLElBQUksT0FBTyxLQUFLLEtBQUssV0FBVztNQUNoQyxJQUFJLEtBQUssR0FBRyxLQUFLLEtBQUssV0FBVyxNQUFNLElBQUksTUFBTSxDQUFDLEtBQUssRUFBRSxPQUFPLG9CQUFvQixDQUFDO01BQ3JGLE1BQU0sSUFBSSxRQUFRLENBQUMsSUFBTSxXQUFXLEdBQUc7SUFDekM7RUFDRjtFQUVBLDJDQUEyQyxHQUMzQyxNQUFNLGFBQWEsTUFBYyxFQUFFLElBQVksRUFBbUI7SUFDaEUsTUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyx3QkFBd0IsQ0FBQyxRQUFRO0lBQzVELE9BQU8sTUFBTSxJQUFJLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSTtFQUN4QztFQUVBLHFDQUFxQyxHQUNyQyxNQUFNLFVBQVUsTUFBYyxFQUFpRDtJQUM3RSxNQUFNLElBQUksTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLG1CQUFtQixDQUFDO0lBQy9DLE9BQU8sSUFBSSxJQUFJLEVBQUUsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQU07UUFBQyxFQUFFLElBQUk7UUFBRTtPQUF3QztFQUN6RjtFQUVBLDZDQUE2QyxHQUM3QyxNQUFNLFFBQXVCO0lBQzNCLE1BQU0sSUFBSSxDQUFDLEVBQUUsQ0FBQyxLQUFLO0lBQ25CLE1BQU0sS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRTtNQUFFLFdBQVc7SUFBSyxHQUFHLEtBQUssQ0FBQyxLQUFPO0VBQ2hFO0FBQ0YifQ==
// denoCacheMetadata=16480782147218481357,18156841472946738321
