/**
 * D2G payload translation beyond Go's vectors, each case checked against
 * what Go v106's tools/d2g code does: image name validation
 * (distribution/reference texts, `--privileged` refused), volume
 * artifacts, several caches, env values that cannot go in env.list,
 * onExitStatus/supersederUrl, `features.artifacts: false`, log names,
 * expiry times, GPUs when /dev cannot be read, untrusted names, and the
 * ConversionInfo the D2G feature uses.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "../../helpers/assert.ts";
import type { D2GConfig } from "../../../src/config/config.ts";
import {
  ConversionError,
  convertPayload,
  convertTaskDefinition,
  envMappings,
  imageNameError,
} from "../../../src/features/d2g/translate/mod.ts";
import { goBackingLogName, goTimeText } from "../../../src/features/d2g/translate/go_text.ts";

const ALL: D2GConfig = {
  enableD2G: true,
  allowChainOfTrust: true,
  allowDisableSeccomp: true,
  allowGPUs: false,
  allowHostSharedMemory: true,
  allowInteractive: true,
  allowKVM: true,
  allowLoopbackAudio: true,
  allowLoopbackVideo: true,
  allowPrivileged: true,
  allowPtrace: true,
  allowTaskclusterProxy: true,
  gpus: "all",
  logTranslation: true,
};
const opts = { containerName: "taskcontainer_abc", readDir: () => [] };
const convert = (p: Record<string, unknown>, c: D2GConfig = ALL) =>
  convertPayload({ image: "ubuntu", maxRunTime: 30, ...p }, c, opts);

Deno.test("image names: what distribution/reference accepts and its error texts", () => {
  for (
    const ok of [
      "ubuntu",
      "ubuntu:24.04",
      "library/ubuntu:latest",
      "localhost:5000/busybox",
      "127.0.0.1:5000/a/b-c__d.e:tag_1",
      "[::1]:5000/img",
      "docker.io/x/y@sha256:" + "a".repeat(64),
      "mozillareleases/image_builder:5.0.0",
    ]
  ) assertEquals(imageNameError(ok), undefined, ok);
  assertEquals(imageNameError("--privileged"), "invalid reference format");
  assertEquals(imageNameError(""), "invalid reference format");
  assertEquals(imageNameError("a b"), "invalid reference format");
  assertEquals(
    imageNameError("Ubuntu"),
    "invalid reference format: repository name (library/Ubuntu) must be lowercase",
  );
  assertEquals(
    imageNameError("a".repeat(64)),
    `invalid repository name (${"a".repeat(64)}), cannot specify 64-byte hexadecimal strings`,
  );
  assertEquals(imageNameError("x@sha256:" + "a".repeat(63)), "invalid checksum digest length");
  assertEquals(imageNameError("x@md5:" + "a".repeat(32)), "unsupported digest algorithm");
  assertEquals(
    imageNameError("x/" + "a".repeat(256)),
    "repository name must not be more than 255 characters",
  );
});

Deno.test("invalid image names are refused before they reach docker run (Go's TestConvertPayloadRejectsInvalidImageName)", () => {
  const e = assertThrows(
    () => convert({ image: "--privileged", command: ["busybox", "id"] }),
  );
  assert(e instanceof ConversionError);
  assertEquals(e.message, 'invalid image name "--privileged": invalid reference format');
  const e2 = assertThrows(
    () => convert({ image: { type: "docker-image", name: "Bad\nName" } }),
  );
  assertEquals(
    e2.message,
    'invalid image name "Bad\\nName": invalid reference format: repository name (library/Bad\nName) must be lowercase',
  );
});

Deno.test("artifacts: sorted by name, volume -> bind-mounted directory, others copied out; expiry to ms", () => {
  const { payload, info } = convert({
    artifacts: {
      "public/z": {
        type: "volume",
        path: "/out/dir.d",
        expires: "2030-01-02T03:04:05.678999+01:00",
      },
      "public/a": { type: "directory", path: "/home/worker/artifacts" },
      "public/m.tar.gz": { type: "file", path: "/build/m.tar.gz" },
    },
    command: ["true"],
  });
  assertEquals(payload.artifacts, [
    { name: "public/a", optional: true, path: "artifact0", type: "directory" },
    { name: "public/m.tar.gz", optional: true, path: "artifact1.gz", type: "file" },
    {
      expires: "2030-01-02T02:04:05.678Z",
      name: "public/z",
      optional: true,
      path: "volume2.d",
      type: "directory",
    },
  ]);
  assertEquals(info.copyArtifacts, [
    { name: "public/a", srcPath: "/home/worker/artifacts", destPath: "artifact0" },
    { name: "public/m.tar.gz", srcPath: "/build/m.tar.gz", destPath: "artifact1.gz" },
  ]);
  const argv = payload.command[0];
  const v = argv.indexOf("-v");
  assertEquals(argv.slice(v, v + 2), ["-v", "__TASK_DIR__/volume2.d:/out/dir.d"]);
});

Deno.test("caches: cache<i> in name order, mounts before the image mount, -v before volumes and devices", () => {
  const { payload } = convert({
    image: { type: "task-image", taskId: "KTBKfEgxR5GdfIIREQIvFQ", path: "public/image.tar.lz4" },
    cache: { "z-cache": "/z", "a-cache": "/a" },
    artifacts: { "public/v": { type: "volume", path: "/v" } },
    capabilities: { devices: { kvm: true, hostSharedMemory: true } },
  });
  assertEquals(payload.mounts, [
    { cacheName: "a-cache", directory: "cache0" },
    { cacheName: "z-cache", directory: "cache1" },
    {
      content: { artifact: "public/image.tar.lz4", taskId: "KTBKfEgxR5GdfIIREQIvFQ" },
      file: "dockerimage",
      format: "lz4",
    },
  ]);
  const argv = payload.command[0];
  const from = argv.indexOf("--add-host=localhost.localdomain:127.0.0.1") + 1;
  assertEquals(argv.slice(from), [
    "-v",
    "__TASK_DIR__/cache0:/a",
    "-v",
    "__TASK_DIR__/cache1:/z",
    "-v",
    "__TASK_DIR__/volume0:/v",
    "--device=/dev/kvm",
    "-v",
    "/dev/shm:/dev/shm",
    "--env-file",
    "env.list",
    "--",
    "__D2G_IMAGE_ID__",
  ]);
});

Deno.test("env: multi-line and over-64KiB values become -e (sorted); env.list sorted with the pass-through names", () => {
  const long = "x".repeat(65536 - 2); // "L=" + value is exactly 65536: still fits
  const tooLong = "y".repeat(65536 - 2); // "LL=" + value is 65537
  const r = envMappings({ Z: "1", B: "two\nlines", L: long, LL: tooLong, A: "a=b c" }, true, true);
  assertEquals(r.args, ["-e", "B=two\nlines", "-e", `LL=${tooLong}`]);
  assertEquals(
    r.envList,
    [
      "A=a=b c",
      `L=${long}`,
      "RUN_ID",
      "TASKCLUSTER_INSTANCE_TYPE",
      "TASKCLUSTER_PROXY_URL",
      "TASKCLUSTER_ROOT_URL",
      "TASKCLUSTER_VIDEO_DEVICE",
      "TASKCLUSTER_WORKER_LOCATION",
      "TASK_GROUP_ID",
      "TASK_ID",
      "Z=1",
    ].map((l) => l + "\n").join(""),
  );
  // -e arguments come right before --env-file
  const argv = convert({ env: { M: "a\nb" }, command: ["sh"] }).payload.command[0];
  assertEquals(argv.slice(-7), ["-e", "M=a\nb", "--env-file", "env.list", "--", "ubuntu", "sh"]);
  // the proxy variable only when the proxy is both asked for and allowed
  const noProxy = convert({ features: { taskclusterProxy: true } }, {
    ...ALL,
    allowTaskclusterProxy: false,
  });
  assertEquals(noProxy.info.envVars.includes("TASKCLUSTER_PROXY_URL"), false);
  assertEquals(noProxy.payload.features.taskclusterProxy, undefined);
});

Deno.test("onExitStatus, supersederUrl, maxRunTime copied; empty lists as Go marshals them", () => {
  assertEquals(
    convert({
      onExitStatus: { retry: [36], purgeCaches: [] },
      supersederUrl: "https://s.example/x",
    }).payload
      .onExitStatus,
    { retry: [36] },
  );
  assertEquals(convert({ onExitStatus: { retry: [] } }).payload.onExitStatus, {});
  assertEquals(convert({ onExitStatus: {} }).payload.onExitStatus, undefined);
  const p = convert({ supersederUrl: "https://s.example/x", maxRunTime: 1234 }).payload;
  assertEquals([p.supersederUrl, p.maxRunTime], ["https://s.example/x", 1234]);
  assertEquals("supersederUrl" in convert({ supersederUrl: "" }).payload, false);
});

Deno.test("features.artifacts false: no artifacts, no live or backing log", () => {
  const { payload, info } = convert({
    features: { artifacts: false },
    artifacts: { "public/a": { type: "file", path: "/a" } },
  });
  assertEquals(payload.artifacts, undefined);
  assertEquals(info.copyArtifacts, []);
  assertEquals(payload.features, { backingLog: false, liveLog: false, resourceMonitor: true });
});

Deno.test("log names: live = log, backing = <dir>/<stem>_backing<ext>", () => {
  assertEquals(goBackingLogName("public/logs/live.log"), "public/logs/live_backing.log");
  assertEquals(goBackingLogName("a/b.log.txt"), "a/b.log_backing.txt");
  assertEquals(goBackingLogName("live"), "live_backing");
  assertEquals(goBackingLogName("./x//y/../z.log"), "x/z_backing.log");
  assertEquals(convert({ log: "private/l.txt" }).payload.logs, {
    backing: "private/l_backing.txt",
    live: "private/l.txt",
  });
});

Deno.test("expiry times: tcclient.Time (UTC, milliseconds truncated, zero time omitted)", () => {
  assertEquals(goTimeText("2024-05-28T16:12:56.693817Z"), "2024-05-28T16:12:56.693Z");
  assertEquals(goTimeText("2024-05-28T16:12:56Z"), "2024-05-28T16:12:56.000Z");
  assertEquals(goTimeText("2024-01-01T00:30:00-01:00"), "2024-01-01T01:30:00.000Z");
  assertEquals(goTimeText("0001-01-01T00:00:00Z"), undefined);
  assertEquals(goTimeText("not a time"), undefined);
});

Deno.test("GPUs: --gpus and every /dev/nvidia* in name order; unreadable /dev -> Go's error", () => {
  const gpu = { ...ALL, allowGPUs: true, gpus: "device=0" };
  const argv = convertPayload({ image: "ubuntu", maxRunTime: 1 }, gpu, {
    containerName: "c",
    readDir: () => ["tty", "nvidiactl", "nvidia0", "null"],
  }).payload.command[0];
  const i = argv.indexOf("--gpus");
  assertEquals(argv.slice(i, i + 4), [
    "--gpus",
    "device=0",
    "--device=/dev/nvidia0",
    "--device=/dev/nvidiactl",
  ]);
  const e = assertThrows(
    () =>
      convertPayload({ image: "ubuntu", maxRunTime: 1 }, gpu, {
        containerName: "c",
        readDir: () => {
          throw new Error("EACCES");
        },
      }),
  );
  assert(e instanceof ConversionError);
  assertEquals(e.message, "cannot create run command: cannot read /dev to find nvidia devices");
});

Deno.test("untrusted names stay data: __proto__ artifacts, caches and env keys", () => {
  const raw = JSON.parse(
    '{"image":"ubuntu","maxRunTime":5,"artifacts":{"__proto__":{"type":"file","path":"/p.txt"}},' +
      '"cache":{"__proto__":"/c"},"env":{"__proto__":"x","toString":"y"}}',
  );
  const { payload, info } = convertPayload(raw, ALL, opts);
  assertEquals(payload.artifacts, [{
    name: "__proto__",
    optional: true,
    path: "artifact0.txt",
    type: "file",
  }]);
  assertEquals(payload.mounts, [{ cacheName: "__proto__", directory: "cache0" }]);
  assertEquals(info.envVars.split("\n").slice(0, 1), ["RUN_ID"]);
  assertEquals(
    info.envVars.includes("__proto__=x\n") && info.envVars.includes("toString=y\n"),
    true,
  );
  assertEquals(({} as Record<string, unknown>).type, undefined);
});

Deno.test("ConversionInfo: container name, image argument and source, payload with docker-worker defaults", () => {
  const { payload, info } = convert({
    image: { type: "indexed-image", namespace: "a.b", path: "public/i.tar.zst" },
    features: { chainOfTrust: true },
  });
  assertEquals(payload.command[0].slice(3, 5), ["--name", "taskcontainer_abc"]);
  assertEquals(info.containerName, "taskcontainer_abc");
  assertEquals(info.image, "__D2G_IMAGE_ID__");
  assertEquals(info.imageSource, {
    kind: "indexed-image",
    namespace: "a.b",
    path: "public/i.tar.zst",
  });
  // indexed images always get the proxy (Go reads the index through it), but no docker network
  assertEquals(payload.features.taskclusterProxy, true);
  assertEquals(payload.command[0].includes("--network"), false);
  assertEquals(payload.mounts, [{
    content: { artifact: "public/i.tar.zst", namespace: "a.b" },
    file: "dockerimage",
  }]);
  assertEquals(info.dockerWorkerPayload.features, {
    chainOfTrust: true,
    allowPtrace: false,
    artifacts: true,
    bulkLog: true,
    interactive: false,
    localLiveLog: true,
    taskclusterProxy: false,
  });
  assertEquals(info.dockerWorkerPayload.log, "public/logs/live.log");
  assertEquals(convert({ image: "busybox:1" }).info.imageSource, {
    kind: "name",
    name: "busybox:1",
  });
});

Deno.test("convertTaskDefinition: Go's errors; no scopes key -> scopes left out", () => {
  const p = { image: "ubuntu", maxRunTime: 1 };
  assertEquals(
    assertThrows(() => convertTaskDefinition({}, ALL, opts)).message,
    "task definition does not contain a payload",
  );
  assertEquals(
    assertThrows(() =>
      convertTaskDefinition({ payload: p, scopes: [], provisionerId: "p" }, ALL, opts)
    ).message,
    "taskQueueId ('provisionerId/workerType') is required",
  );
  assertEquals(
    assertThrows(() =>
      convertTaskDefinition({ payload: p, scopes: [], taskQueueId: "" }, ALL, opts)
    ).message,
    "taskQueueId ('provisionerId/workerType') is required",
  );
  assertEquals(
    assertThrows(() =>
      convertTaskDefinition({ payload: { ...p, image: "A b" }, taskQueueId: "a/b" }, ALL, opts)
    )
      .message,
    'cannot convert Docker Worker payload: invalid image name "A b": invalid reference format: repository name (library/A b) must be lowercase',
  );
  assertStringIncludes(
    assertThrows(() =>
      convertTaskDefinition(
        {
          payload: { ...p, capabilities: { devices: { kvm: true } } },
          scopes: [],
          taskQueueId: "a/b",
        },
        ALL,
        opts,
      )
    ).message,
    "cannot convert scopes: d2g task requires scopes:\n\n(docker-worker:capability:device:kvm, or\n",
  );
  const out = convertTaskDefinition({ payload: p, taskQueueId: "a/b", extra: { x: 1 } }, ALL, opts);
  assertEquals(Object.keys(out).sort(), ["extra", "payload", "taskQueueId"]);
});
