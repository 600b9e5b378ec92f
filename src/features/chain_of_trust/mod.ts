/**
 * The "Chain of Trust" Feature for the engine (spec 12.1; multiuser engine
 * only): see feature.ts. `initialise` reads and secures the signing key
 * (exit 82 when it is missing or invalid). The backing log is copied from
 * the file the task log writes, checked to be that very file (same inode)
 * so a task that swapped its `generic-worker/` directory cannot make the
 * worker publish another file.
 */
import type { Config } from "../../config/config.ts";
import { asTaskError, internalError, malformedPayload, TaskError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { CHAIN_OF_TRUST, ChainOfTrustTaskFeature, type CoTFeatureError } from "./feature.ts";
import { loadSigningKey } from "./key.ts";

/** Runs argv (prefixed with the task's run-as prefix) with the task env; exit code and stdout (bounded). */
async function runAsTask(
  task: TaskRun,
  argv: string[],
  maxBytes: number,
): Promise<{ code: number; stdout: Uint8Array; truncated: boolean }> {
  const full = [...task.runAsPrefix, ...argv];
  const child = new Deno.Command(full[0], {
    args: full.slice(1),
    cwd: task.taskDir,
    env: task.env,
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for await (const c of child.stdout) {
    if (size + c.length > maxBytes) {
      truncated = true;
      continue;
    }
    chunks.push(c);
    size += c.length;
  }
  const { code } = await child.status;
  const stdout = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    stdout.set(c, off);
    off += c.length;
  }
  return { code, stdout, truncated };
}

async function copyVerified(src: string, expected: Deno.FileInfo, dest: string): Promise<void> {
  const from = await Deno.open(src, { read: true });
  try {
    const st = await from.stat();
    if (st.ino !== expected.ino || st.dev !== expected.dev || !st.isFile) {
      throw new Error(`${src} is no longer the task log the worker wrote`);
    }
    const to = await Deno.open(dest, { write: true, createNew: true, mode: 0o644 });
    await from.readable.pipeTo(to.writable);
  } finally {
    try {
      from.close();
    } catch { /* closed by the stream */ }
  }
}

function toTaskError(e: CoTFeatureError): TaskError {
  return new TaskError("exception", e.message, e.reason);
}

/** The Chain of Trust feature. */
export function chainOfTrustFeature(): Feature {
  let seed: Uint8Array | undefined;
  let keyPath = "";
  return {
    name: CHAIN_OF_TRUST,
    isEnabled: (c: Config) => c.engine === "multiuser" && c.enableChainOfTrust,
    isRequested: (task: TaskRun) =>
      (task.payload.features as Record<string, unknown> | undefined)?.chainOfTrust === true,
    async initialise(config: Config) {
      if (config.engine !== "multiuser") return;
      keyPath = config.ed25519SigningKeyLocation;
      seed = await loadSigningKey(keyPath);
    },
    newTaskFeature(task: TaskRun): TaskFeature {
      let logIdentity: Deno.FileInfo | undefined;
      let inner: ChainOfTrustTaskFeature | undefined;
      return {
        reservedArtifacts: () => [
          "public/chain-of-trust.json",
          "public/chain-of-trust.json.sig",
          "public/logs/certified.log",
        ],
        async start() {
          if (!seed) throw internalError("chain of trust signing key was not loaded");
          logIdentity = await Deno.stat(task.log.path);
          const c = task.config;
          inner = new ChainOfTrustTaskFeature(
            {
              taskId: task.taskId,
              runId: task.runId,
              definition: task.definition,
              taskDir: task.taskDir,
              copyBackingLog: async (dest) => {
                await task.log.flush();
                await copyVerified(task.log.path, logIdentity!, dest);
              },
              runAsCommandUser: async (argv) => (await runAsTask(task, argv, 1 << 16)).code,
              readAsTaskUser: async (path) => {
                const r = await runAsTask(task, ["/bin/cat", "--", path], 1 << 20);
                if (r.code !== 0) throw new Error(`could not read ${path} as the task user`);
                if (r.truncated) throw new Error(`${path} is larger than 1 MiB`);
                return r.stdout;
              },
              uploadedArtifacts: () => task.uploaded.map((a) => ({ name: a.name, path: a.path })),
              upload: async (u) => {
                try {
                  await task.uploadFile({ ...u, expires: task.expires });
                  return undefined;
                } catch (e) {
                  const te = asTaskError(e);
                  return {
                    reason:
                      te.reason === "resource-unavailable" || te.reason === "malformed-payload"
                        ? te.reason
                        : "internal-error",
                    message: te.message,
                  };
                }
              },
            },
            seed,
            keyPath,
            {
              workerGroup: c.workerGroup,
              workerId: c.workerId,
              publicIP: c.publicIP,
              privateIP: c.privateIP,
              instanceId: c.instanceId,
              instanceType: c.instanceType,
              region: c.region,
            },
          );
          const err = await inner.start();
          if (err) throw malformedPayload(err.message);
        },
        async stop() {
          if (!inner) return;
          const errors = await inner.stop();
          for (const e of errors) task.addError(toTaskError(e));
        },
      };
    },
  };
}
