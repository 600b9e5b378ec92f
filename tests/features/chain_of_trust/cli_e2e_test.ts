/**
 * The real worker CLI (`generic-worker run`) on the multiuser engine
 * against localtc: start-up key checks (exit 82 / 69) and, as root, one
 * task with chain of trust and the proxy through the wired feature list.
 */
import { createPublicKey, verify } from "node:crypto";
import { join } from "node:path";
import { runCli } from "../../helpers/cli.ts";
import { WorkerEnv } from "../../helpers/worker_env.ts";
import { userExists } from "../../../src/platform/users.ts";
import { taskDirName } from "../../../src/task/task_run.ts";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";

const isRoot = Deno.build.os === "linux" && Deno.uid() === 0;

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const p = (l.addr as Deno.NetAddr).port;
  l.close();
  return p;
}

Deno.test("run: an invalid signing key exits 82 on the multiuser engine; a bad encryptedEnv key exits 69", async () => {
  const env = await WorkerEnv.start();
  try {
    const bad = join(env.dir, "bad.key");
    await Deno.writeTextFile(bad, "not a key");
    let w = env.startWorker(
      await env.writeConfig({
        engine: "multiuser",
        ed25519SigningKeyLocation: bad,
        cleanUpTaskDirs: false,
      }),
    );
    assertEquals(await w.exited, 82, w.output());
    assertStringIncludes(w.output(), "Missing ED25519 Private Key");
    const ed = await runCli(["new-ed25519-keypair", "--file", join(env.dir, "good.key")]);
    assertEquals(ed.code, 0);
    w = env.startWorker(
      await env.writeConfig({
        engine: "multiuser",
        ed25519SigningKeyLocation: join(env.dir, "good.key"),
        encryptedEnvPrivateKeyLocation: bad,
        cleanUpTaskDirs: false,
      }),
    );
    assertEquals(await w.exited, 69, w.output());
    assertStringIncludes(w.output(), "could not read the encryptedEnv OpenPGP private key");
  } finally {
    await env.close();
  }
});

Deno.test({
  name: "run (multiuser, root): a chain-of-trust + proxy task completes as its task user",
  ignore: !isRoot,
  async fn() {
    const env = await WorkerEnv.start();
    try {
      await Deno.chmod(env.dir, 0o755);
      const keyFile = join(env.dir, "cot.key");
      const ed = await runCli(["new-ed25519-keypair", "--file", keyFile]);
      assertEquals(ed.code, 0);
      const config = await env.writeConfig({
        engine: "multiuser",
        ed25519SigningKeyLocation: keyFile,
        enableTaskclusterProxy: true,
        taskclusterProxyPort: freePort(),
        numberOfTasksToRun: 1,
        cleanUpTaskDirs: false,
      });
      const taskId = await env.createTask({
        command: [[
          "/bin/bash",
          "-c",
          'id -un > whoami.txt; curl -s -o /dev/null -w "proxy=%{http_code}\\n" "$TASKCLUSTER_PROXY_URL/api/queue/v1/task/$TASK_ID"',
        ]],
        maxRunTime: 60,
        features: { chainOfTrust: true, taskclusterProxy: true },
        artifacts: [{ type: "file", path: "whoami.txt", name: "public/whoami.txt" }],
      });
      const w = env.startWorker(config);
      assertEquals(await w.exited, 0, w.output());
      assertEquals(await env.waitResolved(taskId), ["completed", "completed"]);
      const user = taskDirName(taskId, 0);
      assertEquals((await env.artifactText(taskId, "public/whoami.txt")).trim(), user);
      assertStringIncludes(
        await env.artifactText(taskId, "public/logs/live_backing.log"),
        "proxy=200",
      );
      assert(!(await userExists(user)), "the task user must be gone");
      const cot = await env.artifactText(taskId, "public/chain-of-trust.json");
      const sig = new Uint8Array(
        await new Response(
          (await env.queue.getLatestArtifactContent(taskId, "public/chain-of-trust.json.sig")).body,
        ).arrayBuffer(),
      );
      const key = createPublicKey({
        key: {
          kty: "OKP",
          crv: "Ed25519",
          x: Buffer.from(atob(ed.stdout.trim()), "binary").toString("base64url"),
        },
        format: "jwk",
      });
      assert(verify(null, new TextEncoder().encode(cot), key, sig));
      assertEquals(Object.keys(JSON.parse(cot).artifacts).sort(), [
        "public/logs/certified.log",
        "public/whoami.txt",
      ]);
    } finally {
      await env.close();
    }
  },
});
