/**
 * The "Interactive" feature (spec 12.3, Go's `interactive_feature.go`):
 * requested by `features.interactive`, enabled by `enableInteractive`, no
 * scopes, best effort (problems are task-log warnings, never a resolution).
 *
 * Start serves `/shell/<secret>` (a fresh slugid) on the slot's port
 * `interactivePort + 4*slot` (slot = lowest one no other running task's
 * shell holds; with port 0 any free port) and publishes the reserved
 * reference artifact `private/generic-worker/shell.html`
 * (`text/html; charset=utf-8`, expires now + maxRunTime + 900 s, URL hidden
 * in the worker log) pointing at
 * `<rootURL>/shell/?runId=<runId>&socketUrl=ws://<publicIP>:<port>/shell/<secret>&taskId=<taskId>&v=2`
 * (behind websocktunnel the socket URL is the tunnel's, `wss://<tunnel URL>/shell/<secret>`, and
 * the server listens on 127.0.0.1 only).
 * Each websocket gets `bash` in its own pseudo-terminal, as the task user
 * (the commands' `runAsPrefix`), with the task's env at that moment plus
 * `TERM=xterm-256color`, in the task directory. For a D2G task
 * (`task.d2g` set by the Payload Validator) each session first waits for
 * the container with Go's readiness probe (`docker container inspect`,
 * 20 tries 1 s apart), then runs `docker exec -it <container> /bin/bash`
 * (env: the worker's PATH and TERM; as the task user, like Go's
 * command for the interactive job). Stop ends every session (all
 * processes of each terminal session) and the server.
 */
import { resolve } from "node:path";
import type { Exposure } from "../../livelog/expose.ts";
import type { PtySpec } from "../../platform/pty.ts";
import { slugid } from "../../taskcluster/slugid.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { type ProbeResult, type ShellServer, startShellServer } from "./server.ts";

/** The reserved artifact name. */
export const SHELL_ARTIFACT = "private/generic-worker/shell.html";

/** How long the start of a task waits for the exposer's URL (a tunnel still connecting). */
const EXPOSE_TIMEOUT_MS = 30_000;

/** `p`, or a rejection once `ms` passed. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no public URL within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Options of `interactiveFeature`. */
export interface InteractiveOptions {
  /** Pause between readiness probes of a D2G container (ms; default 1000). */
  probeIntervalMs?: number;
}

const usedSlots = new Set<number>();

function takeSlot(capacity: number): number | undefined {
  for (let s = 0; s < Math.max(1, capacity); s++) {
    if (!usedSlots.has(s)) {
      usedSlots.add(s);
      return s;
    }
  }
  return undefined;
}

/** Go's `url.QueryEscape`: everything but `A-Za-z0-9-_.~` percent-encoded, space as `+`. */
export function goQueryEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())
    .replaceAll("%20", "+");
}

/** The shell.html reference URL (Go's `url.Values.Encode`: keys sorted). */
export function shellPageUrl(
  rootUrl: string,
  socketUrl: string,
  taskId: string,
  runId: number,
): string {
  const q: Record<string, string> = { runId: String(runId), socketUrl, taskId, v: "2" };
  const query = Object.keys(q).sort().map((k) => `${goQueryEscape(k)}=${goQueryEscape(q[k])}`)
    .join("&");
  return `${rootUrl}/shell/?${query}`;
}

async function probe(argv: string[], env: Record<string, string>, cwd: string) {
  try {
    const r = await new Deno.Command(argv[0], {
      args: argv.slice(1),
      env,
      clearEnv: true,
      cwd,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const dec = new TextDecoder();
    const output = dec.decode(r.stdout) + dec.decode(r.stderr);
    return r.code === 0
      ? { ok: true, output }
      : { ok: false, output, error: `exit status ${r.code}` } satisfies ProbeResult;
  } catch (e) {
    return { ok: false, output: "", error: (e as Error).message } satisfies ProbeResult;
  }
}

/** The D2G readiness probe of the Go worker (the container must be running). */
export function d2gReadyArgv(container: string): string[] {
  return [
    "/bin/bash",
    "-cx",
    `/bin/[ "\`docker container inspect -f '{{.State.Running}}' ${container}\`" = "true" ]`,
  ];
}

/** The Interactive feature. */
export function interactiveFeature(opts: InteractiveOptions = {}): Feature {
  return {
    name: "Interactive",
    isEnabled: (c) => c.enableInteractive,
    isRequested: (task) => task.features.interactive === true,
    newTaskFeature(task: TaskRun): TaskFeature {
      let server: ShellServer | undefined;
      let slot: number | undefined;
      let exposure: Exposure | undefined;
      const cwd = resolve(task.taskDir);
      const hostPath = task.processEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin";
      const container = () => task.d2g?.containerName;
      const command = (): PtySpec => {
        const name = container();
        if (name !== undefined) {
          return {
            argv: ["docker", "exec", "-it", name, "/bin/bash"],
            cwd,
            env: { PATH: hostPath, TERM: "xterm-256color" },
            runAsPrefix: task.runAsPrefix,
          };
        }
        return {
          argv: ["bash"],
          cwd,
          env: { ...task.env, TERM: "xterm-256color" },
          runAsPrefix: task.runAsPrefix,
        };
      };
      /**
       * The socket URL the shell page connects to: the exposer's public URL of `port` (Go's
       * interactive feature: its path joined with /shell/<secret>, http → ws, https → wss), or
       * ws://<publicIP>:<port> without an exposer.
       */
      const publicSocketUrl = async (port: number, secret: string): Promise<string> => {
        const path = `/shell/${secret}`;
        if (!task.exposer) {
          const host = task.config.publicIP ?? "127.0.0.1";
          return `ws://${host.includes(":") ? `[${host}]` : host}:${port}${path}`;
        }
        exposure = task.exposer.exposeHTTP(port);
        const base = new URL(await withTimeout(exposure.url(), EXPOSE_TIMEOUT_MS));
        base.pathname = base.pathname === "/" ? path : base.pathname.replace(/\/$/, "") + path;
        base.protocol = base.protocol === "https:" ? "wss:" : "ws:";
        return base.toString();
      };
      return {
        requiredScopes: () => [],
        reservedArtifacts: () => [SHELL_ARTIFACT],
        async start() {
          const c = task.config;
          slot = takeSlot(c.capacity);
          const port = c.interactivePort === 0 ? 0 : c.interactivePort + 4 * (slot ?? 0);
          const secret = slugid();
          task.log.addSecret(secret);
          try {
            server = await startShellServer({
              port,
              // behind websocktunnel nothing listens publicly on this host (Go: the exposer)
              hostname: task.exposer?.loopbackOnly ? "127.0.0.1" : undefined,
              secret,
              command,
              isReady: task.d2g
                ? () =>
                  probe(
                    [...task.runAsPrefix, ...d2gReadyArgv(task.d2g!.containerName)],
                    { PATH: hostPath, TERM: "xterm-256color" },
                    cwd,
                  )
                : undefined,
              probeIntervalMs: opts.probeIntervalMs,
              log: (l) => task.workerLog.log(`[interactive] ${l}`),
            });
          } catch (e) {
            await task.log.warn(
              `[interactive] could not create interactive session on port ${port}: ${
                (e as Error).message
              }`,
            );
            return;
          }
          task.workerLog.log(`Output server listening... :${server.port} (without TLS)`);
          let socketUrl: string;
          try {
            socketUrl = await publicSocketUrl(server.port, secret);
          } catch (e) {
            await task.log.warn(
              `[interactive] could not expose interactive session: ${(e as Error).message}`,
            );
            return;
          }
          const maxRunTime = Number(task.payload.maxRunTime ?? 0);
          const err = await task.uploadArtifact({
            kind: "reference",
            name: SHELL_ARTIFACT,
            url: shellPageUrl(c.rootURL, socketUrl, task.taskId, task.runId),
            contentType: "text/html; charset=utf-8",
            expires: new Date(task.now() + (maxRunTime + 900) * 1000).toISOString(),
            hideUrl: true,
          });
          if (err) {
            await task.log.warn(
              `[interactive] could not upload interactive artifact: ${err.message}`,
            );
          }
        },
        async stop() {
          try {
            const closing = exposure?.close().catch(async (e) => {
              await task.log.warn(
                `[interactive] could not terminate interactive exposure: ${(e as Error).message}`,
              );
            });
            exposure = undefined;
            await server?.close();
            await closing;
          } finally {
            server = undefined;
            if (slot !== undefined) usedSlots.delete(slot);
            slot = undefined;
          }
        },
      };
    },
  };
}
