/**
 * Artifact Uploads end to end through `runTask` against localtc: files,
 * nested directories (with a symlink), names, content types and encodings
 * (checked on the raw bytes), error artifacts for missing / wrong-kind
 * paths (task log lines, failed), optional ones (task completes), names
 * reserved by features, object storage, and a 1 GiB artifact uploaded with
 * the process RSS staying under 200 MB.
 */
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { assert, assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import { e2eTest } from "../../helpers/e2e.ts";
import { EngineEnv, sh } from "../../task/helpers.ts";

const posix = Deno.build.os !== "windows";
const opts = { ignore: !posix, sanitizeOps: false, sanitizeResources: false };
const dec = new TextDecoder();

const makeFiles = [
  "mkdir -p out/dir/sub",
  "printf 'hello text' > out/a.txt",
  "printf '{\"k\":1}' > out/dir/x.json",
  "printf 'log line' > out/dir/sub/y.log",
  "printf 'zipzip' > out/dir/z.zip",
  "printf 'PNG' > out/dir/p.png",
  "printf 'upper' > out/dir/U.ZIP",
  "printf 'noext' > out/dir/noext",
  "ln -s ../a.txt out/dir/link.txt",
].join(" && ");

e2eTest("artifacts (s3): files, directories, names, content types and encodings, explicit values", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const abs = join(env.dir, "absolute.txt");
  await Deno.writeTextFile(abs, "absolute content");
  const { taskId, outcome } = await env.run({
    command: sh(makeFiles),
    maxRunTime: 30,
    artifacts: [
      { type: "file", path: "out/a.txt", name: "public/a.txt" },
      { type: "directory", path: "out/dir", name: "public/dir" },
      { type: "file", path: abs, name: "public/abs.bin", contentType: "application/x-mine" },
      {
        type: "file",
        path: "out/a.txt",
        name: "public/a-identity.txt",
        contentEncoding: "identity",
      },
      { type: "file", path: "out/a.txt" },
    ],
  });
  assertEquals(outcome.resolution, "completed", outcome.message);
  const arts = await env.artifacts(taskId);
  const types: Record<string, string> = {};
  for (const [name, a] of arts) types[name] = `${a.storageType} ${a.contentType}`;
  assertEquals(types, {
    "out/a.txt": "s3 text/plain; charset=utf-8",
    "public/a.txt": "s3 text/plain; charset=utf-8",
    "public/a-identity.txt": "s3 text/plain; charset=utf-8",
    "public/abs.bin": "s3 application/x-mine",
    "public/dir/U.ZIP": "s3 application/zip",
    "public/dir/link.txt": "s3 text/plain; charset=utf-8",
    "public/dir/noext": "s3 application/octet-stream",
    "public/dir/p.png": "s3 image/png",
    "public/dir/sub/y.log": "s3 text/plain",
    "public/dir/x.json": "s3 application/json",
    "public/dir/z.zip": "s3 application/zip",
    "public/logs/live_backing.log": "s3 text/plain; charset=utf-8",
  });
  const encodings: [string, string, string][] = [
    ["public/a.txt", "gzip", "hello text"],
    ["public/a-identity.txt", "identity", "hello text"],
    ["public/dir/z.zip", "identity", "zipzip"],
    ["public/dir/p.png", "identity", "PNG"],
    ["public/dir/U.ZIP", "gzip", "upper"],
    ["public/dir/x.json", "gzip", '{"k":1}'],
    ["public/dir/sub/y.log", "gzip", "log line"],
    ["public/dir/link.txt", "gzip", "hello text"],
    ["public/abs.bin", "gzip", "absolute content"],
  ];
  for (const [name, encoding, content] of encodings) {
    const raw = await env.raw(taskId, name);
    assertEquals(raw.headers["content-encoding"], encoding, name);
    const body = encoding === "gzip" ? gunzipSync(raw.body) : raw.body;
    assertEquals(dec.decode(body), content, name);
  }
});

e2eTest("artifacts: missing and wrong-kind paths become error artifacts and fail the task", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const { taskId, outcome } = await env.run({
    command: sh("mkdir -p d && printf x > f"),
    maxRunTime: 30,
    artifacts: [
      { type: "file", path: "missing.txt", name: "public/missing.txt" },
      { type: "file", path: "d", name: "public/d-as-file" },
      { type: "directory", path: "f", name: "public/f-as-dir" },
      { type: "directory", path: "nodir", name: "public/nodir" },
    ],
  });
  const taskDir = join(env.config.tasksDir, `task_${taskId.slice(0, 13)}_0`);
  assertEquals(outcome.resolution, "failed");
  assertEquals(await env.state(taskId), ["failed", "failed"]);
  const arts = await env.artifacts(taskId);
  const errors: Record<string, [string, string]> = {};
  for (
    const name of ["public/missing.txt", "public/d-as-file", "public/f-as-dir", "public/nodir"]
  ) {
    assertEquals(arts.get(name)?.storageType, "error", name);
    const a = await env.admin.artifact(taskId, 0, name);
    assert(a.storageType === "error");
    errors[name] = [a.reason, a.message];
  }
  assertEquals(errors, {
    "public/missing.txt": [
      "file-missing-on-worker",
      `Could not read file '${join(taskDir, "missing.txt")}'`,
    ],
    "public/d-as-file": [
      "invalid-resource-on-worker",
      `File artifact '${join(taskDir, "d")}' exists as a directory, not a file, on the worker`,
    ],
    "public/f-as-dir": [
      "invalid-resource-on-worker",
      `Directory artifact '${join(taskDir, "f")}' exists as a file, not a directory, on the worker`,
    ],
    "public/nodir": [
      "file-missing-on-worker",
      `Could not read directory '${join(taskDir, "nodir")}'`,
    ],
  });
  const log = await env.log(taskId);
  const expires = new Date(
    String((await env.admin.task(taskId)).expires),
  ).toISOString();
  assertStringIncludes(
    log,
    `[taskcluster:error] Uploading error artifact public/missing.txt from file missing.txt with message "Could not read file '${
      join(taskDir, "missing.txt")
    }'", reason "file-missing-on-worker" and expiry ${expires}\n`,
  );
  assertStringIncludes(
    log,
    `[taskcluster:error] TASK FAILURE during artifact upload: file-missing-on-worker: Could not read file '${
      join(taskDir, "missing.txt")
    }'\n`,
  );
  // the first failure decides; the backing log ends with it
  assertStringIncludes(log.split("\n").slice(-2)[0], "[taskcluster:error] ");
});

e2eTest("artifacts: optional missing ones do not fail; reserved names are skipped with a warning", {
  ...opts,
  start: () => EngineEnv.start(),
}, async (env) => {
  const { taskId, outcome } = await env.run({
    command: sh("printf mine > mine.log"),
    maxRunTime: 30,
    artifacts: [
      { type: "file", path: "maybe.txt", name: "public/maybe.txt", optional: true },
      { type: "file", path: "mine.log", name: "public/logs/live_backing.log" },
    ],
  });
  assertEquals(outcome.resolution, "completed", outcome.message);
  const arts = await env.artifacts(taskId);
  assertEquals(arts.get("public/maybe.txt")?.storageType, "error");
  const log = await env.log(taskId);
  assert(
    !log.includes("Uploading error artifact"),
    "optional errors only go to the worker log",
  );
  assertStringIncludes(
    log,
    "Not uploading artifact public/logs/live_backing.log found in task.payload.artifacts section, since this will be uploaded later by Backing log\n",
  );
  assertStringIncludes(log, "=== Task Starting ===", "the backing log is the real log");
  assertStringIncludes(
    env.workerLines.join("\n"),
    'Uploading error artifact public/maybe.txt from file maybe.txt with message "Could not read file',
  );
});

e2eTest("artifacts (object storage): files and logs go through the object service", {
  ...opts,
  start: () => EngineEnv.start({ createObjectArtifacts: true }),
}, async (env) => {
  const { taskId, outcome } = await env.run({
    command: sh(
      "mkdir -p o && printf small > o/s.txt && head -c 20000 /dev/zero | tr '\\0' y > o/big.txt",
    ),
    maxRunTime: 30,
    artifacts: [{ type: "directory", path: "o", name: "public/o" }],
  });
  assertEquals(outcome.resolution, "completed", outcome.message);
  const arts = await env.artifacts(taskId);
  assertEquals(arts.get("public/o/s.txt")?.storageType, "object");
  assertEquals(arts.get("public/o/big.txt")?.storageType, "object");
  assertEquals(arts.get("public/logs/live_backing.log")?.storageType, "object");
  assertEquals(await env.text(taskId, "public/o/s.txt"), "small");
  assertEquals(await env.text(taskId, "public/o/big.txt"), "y".repeat(20000));
  assertStringIncludes(await env.log(taskId), "=== Task Finished ===");
});

Deno.test({
  ...opts,
  name: "artifacts: a 1 GiB file uploads with the process RSS under 200 MB",
  fn: async () => {
    // a fresh process (localtc + runTask), so the figure is the engine's, not the test runner's
    const child = new URL("./big_upload_child.ts", import.meta.url).pathname;
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--quiet", child],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = dec.decode(out.stderr);
    assertEquals(out.code, 0, stderr);
    const r = JSON.parse(dec.decode(out.stdout)) as {
      resolution: string;
      storageType: string;
      size: number;
      peakRss: number;
      startRss: number;
    };
    assertEquals(r.resolution, "completed", stderr);
    assertEquals(r.storageType, "s3");
    assertEquals(r.size, 1024 ** 3);
    const mb = (n: number) => Math.round(n / 1048576);
    assert(
      r.peakRss < 200 * 1024 * 1024,
      `RSS peaked at ${mb(r.peakRss)} MB (started at ${mb(r.startRss)} MB)`,
    );
  },
});
