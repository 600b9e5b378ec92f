/**
 * D2G scopes as Go v106 has them (tools/d2g/d2g.go, its d2g_test.go and
 * workers/generic-worker/d2g_test.go): the capability scope checks
 * (privileged, disableSeccomp, the four devices, allowPtrace; plain or
 * per-queue; `*` patterns) with Go's malformed-payload text listing every
 * missing requirement, and the conversion of docker-worker scopes (os-group
 * docker, kvm -> kvm + libvirt, loopback devices, caches, any other
 * docker-worker:X -> generic-worker:X), sorted by bytes.
 */
import { assertEquals, assertStringIncludes } from "../../helpers/assert.ts";
import {
  convertScopes,
  missingDockerWorkerScopes,
  readDockerWorkerPayload,
  requiredDockerWorkerScopes,
} from "../../../src/features/d2g/translate/mod.ts";

const Q = "proj-taskcluster/ci";

const dwWith = (extra: Record<string, unknown>) =>
  readDockerWorkerPayload({ image: "ubuntu", maxRunTime: 10, ...extra });

Deno.test("convertScopes: Go's ExampleConvertScopes_mixture, line for line", () => {
  const dwScopes = [
    "foo",
    "bar:dog",
    "cat:docker-worker:feet",
    "docker-worker",
    "docker-worker:monkey",
    "generic-worker:teapot",
    "docker-worker:docker-worker:potato",
    "docker-worker:capability:device:loopbackVideo",
    "docker-worker:capability:device:loopbackVideo:",
    "docker-worker:capability:device:loopbackVideo:x/y/z",
    "docker-worker:capability:device:kvm:x/y/z",
  ];
  const dw = dwWith({});
  assertEquals(missingDockerWorkerScopes(dw, dwScopes, "proj-misc/tutorial"), undefined);
  assertEquals(convertScopes(dwScopes, dwScopes, "proj-misc/tutorial"), [
    "bar:dog",
    "cat:docker-worker:feet",
    "docker-worker",
    "docker-worker:capability:device:kvm:x/y/z",
    "docker-worker:capability:device:loopbackVideo",
    "docker-worker:capability:device:loopbackVideo:",
    "docker-worker:capability:device:loopbackVideo:x/y/z",
    "docker-worker:docker-worker:potato",
    "docker-worker:monkey",
    "foo",
    "generic-worker:docker-worker:potato",
    "generic-worker:loopback-video:",
    "generic-worker:loopback-video:*",
    "generic-worker:loopback-video:x/y/z",
    "generic-worker:monkey",
    "generic-worker:os-group:proj-misc/tutorial/docker",
    "generic-worker:os-group:x/y/z/kvm",
    "generic-worker:os-group:x/y/z/libvirt",
    "generic-worker:teapot",
  ]);
});

Deno.test("convertScopes: kvm (plain and per queue), loopback audio, caches; duplicates kept", () => {
  assertEquals(
    convertScopes(
      ["docker-worker:capability:device:kvm", "docker-worker:cache:d2g-test"],
      ["docker-worker:capability:device:kvm", "docker-worker:cache:d2g-test"],
      Q,
    ),
    [
      "docker-worker:cache:d2g-test",
      "docker-worker:capability:device:kvm",
      "generic-worker:cache:d2g-test",
      "generic-worker:os-group:proj-taskcluster/ci/docker",
      "generic-worker:os-group:proj-taskcluster/ci/kvm",
      "generic-worker:os-group:proj-taskcluster/ci/libvirt",
    ],
  );
  assertEquals(
    convertScopes(
      [
        "docker-worker:capability:device:loopbackAudio",
        `docker-worker:capability:device:loopbackAudio:${Q}`,
      ],
      [
        "docker-worker:capability:device:loopbackAudio",
        `docker-worker:capability:device:loopbackAudio:${Q}`,
      ],
      Q,
    ),
    [
      "docker-worker:capability:device:loopbackAudio",
      "docker-worker:capability:device:loopbackAudio:proj-taskcluster/ci",
      "generic-worker:loopback-audio:*",
      "generic-worker:loopback-audio:proj-taskcluster/ci",
      "generic-worker:os-group:proj-taskcluster/ci/docker",
    ],
  );
  // The task keeps its own scopes; the conversions come from the expanded ones.
  assertEquals(
    convertScopes(["assume:project:x", "a"], ["a", "docker-worker:cache:c", "a"], Q),
    [
      "a",
      "assume:project:x",
      "generic-worker:cache:c",
      "generic-worker:os-group:proj-taskcluster/ci/docker",
    ],
  );
  // Duplicates are kept, as Go keeps them.
  assertEquals(
    convertScopes(
      ["docker-worker:x", "generic-worker:x"],
      ["docker-worker:x", "generic-worker:x"],
      Q,
    ),
    [
      "docker-worker:x",
      "generic-worker:os-group:proj-taskcluster/ci/docker",
      "generic-worker:x",
      "generic-worker:x",
    ],
  );
  // A byte sort (Go's slices.Sort), not a locale one: upper case first.
  assertEquals(convertScopes(["b", "B", "a"], [], Q), [
    "B",
    "a",
    "b",
    "generic-worker:os-group:proj-taskcluster/ci/docker",
  ]);
});

Deno.test("capability scopes: disableSeccomp (Go's TestConvertScopesRequiresDisableSeccompScope)", () => {
  const dw = dwWith({ capabilities: { disableSeccomp: true } });
  const err = missingDockerWorkerScopes(dw, [], Q);
  assertStringIncludes(err ?? "", "docker-worker:capability:disableSeccomp");
  assertEquals(
    missingDockerWorkerScopes(dw, ["docker-worker:capability:disableSeccomp"], Q),
    undefined,
  );
});

Deno.test("capability scopes: every one is needed, every missing one is listed with AND", () => {
  const dw = dwWith({ capabilities: { disableSeccomp: true, devices: { loopbackAudio: true } } });
  assertStringIncludes(
    missingDockerWorkerScopes(dw, ["docker-worker:capability:device:loopbackAudio"], Q) ?? "",
    "(docker-worker:capability:disableSeccomp)",
  );
  assertEquals(
    missingDockerWorkerScopes(dw, [], Q),
    "d2g task requires scopes:\n\n" +
      "(docker-worker:capability:disableSeccomp)\nAND\n" +
      "(docker-worker:capability:device:loopbackAudio, or\n" +
      "docker-worker:capability:device:loopbackAudio:proj-taskcluster/ci)\n\n" +
      "but task only has scopes:\n\n<no scopes>\n\n" +
      "You probably should add some scopes to your task definition",
  );
});

Deno.test("capability scopes: privileged without scopes -> Go's TestD2GWithInvalidScopes text", () => {
  const dw = dwWith({
    image: { type: "docker-image", name: "ubuntu:latest" },
    capabilities: { privileged: true },
  });
  assertEquals(
    missingDockerWorkerScopes(dw, ["queue:get-artifact:x", "other"], Q),
    "d2g task requires scopes:\n\n" +
      "(docker-worker:capability:privileged, or\ndocker-worker:capability:privileged:proj-taskcluster/ci)\n\n" +
      "but task only has scopes:\n\nqueue:get-artifact:x and other\n\n" +
      "You probably should add some scopes to your task definition",
  );
});

Deno.test("capability scopes: per-queue scopes and * patterns satisfy (Go's TestD2GWithValidScopes)", () => {
  const dw = dwWith({
    capabilities: { privileged: true, devices: { hostSharedMemory: true, kvm: true } },
    features: { allowPtrace: true },
  });
  assertEquals(
    requiredDockerWorkerScopes(dw, Q),
    [
      [["docker-worker:capability:privileged"], [`docker-worker:capability:privileged:${Q}`]],
      [["docker-worker:capability:device:hostSharedMemory"], [
        `docker-worker:capability:device:hostSharedMemory:${Q}`,
      ]],
      [["docker-worker:capability:device:kvm"], [`docker-worker:capability:device:kvm:${Q}`]],
      [["docker-worker:feature:allowPtrace"]],
    ],
  );
  const given = [
    `docker-worker:capability:privileged:${Q}`,
    `docker-worker:capability:device:hostSharedMemory:${Q}`,
    `docker-worker:capability:device:kvm:${Q}`,
    "docker-worker:feature:allowPtrace",
  ];
  assertEquals(missingDockerWorkerScopes(dw, given, Q), undefined);
  assertEquals(missingDockerWorkerScopes(dw, ["docker-worker:*"], Q), undefined);
  assertEquals(
    missingDockerWorkerScopes(dw, ["docker-worker:capability:*"], Q),
    "d2g task requires scopes:\n\n(docker-worker:feature:allowPtrace)\n\n" +
      "but task only has scopes:\n\ndocker-worker:capability:*\n\n" +
      "You probably should add some scopes to your task definition",
  );
  // a scope for another queue does not count
  assertStringIncludes(
    missingDockerWorkerScopes(dwWith({ capabilities: { devices: { kvm: true } } }), [
      "docker-worker:capability:device:kvm:other/queue",
    ], Q) ?? "",
    "(docker-worker:capability:device:kvm, or\ndocker-worker:capability:device:kvm:proj-taskcluster/ci)",
  );
  // no capability asked for: nothing required
  assertEquals(requiredDockerWorkerScopes(dwWith({}), Q), []);
  assertEquals(
    convertScopes(given, given, Q).filter((s) => s.startsWith("generic-worker:")),
    [
      `generic-worker:capability:device:hostSharedMemory:${Q}`,
      `generic-worker:capability:privileged:${Q}`,
      "generic-worker:feature:allowPtrace",
      `generic-worker:os-group:${Q}/docker`,
      `generic-worker:os-group:${Q}/kvm`,
      `generic-worker:os-group:${Q}/libvirt`,
    ],
  );
});
