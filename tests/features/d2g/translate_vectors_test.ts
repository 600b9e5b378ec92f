/**
 * D2G translation against Go's own test vectors: the 37 cases of
 * tools/d2g/d2gtest/testdata at v106 in ../shared/compat/payloads-docker/
 * d2g-testcases (docker-worker payload, d2gConfig, expected generic-worker
 * payload; task-definition cases also with the scopes Go converts). Each
 * translation must equal the expected payload exactly (deep equality, and
 * every argv string) and be valid against the worker's schema. `/dev` is
 * read as Go's test reads it (`nvidia0`, `nvidiactl`). Skipped with a
 * message when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assert, assertEquals } from "../../helpers/assert.ts";
import { loadPayloadValidator, validatePayload } from "../../../src/task/payload_schema.ts";
import {
  convertPayload,
  convertScopes,
  convertTaskDefinition,
  missingDockerWorkerScopes,
  readDockerWorkerPayload,
  taskQueueIdOf,
} from "../../../src/features/d2g/translate/mod.ts";
import type { D2GConfig } from "../../../src/config/config.ts";

// validatePayload needs ajv loaded (the worker loads it at the first task)
await loadPayloadValidator();

const DIR = fileURLToPath(
  new URL("../../../../shared/compat/payloads-docker/d2g-testcases/", import.meta.url),
);
const HAVE = existsSync(DIR);
if (!HAVE) console.log(`skipped: D2G vectors not found (looked in ${DIR}); vector tests ignored`);

interface Vector {
  source: { case: string };
  d2gConfig: Partial<D2GConfig>;
  payload: Record<string, unknown>;
  expectedGenericWorkerPayload: Record<string, unknown>;
  task?: { docker: Record<string, unknown>; expectedGenericWorker: Record<string, unknown> };
}

/** Go's zero value for every key the vector's d2gConfig leaves out. */
function d2gConfig(partial: Partial<D2GConfig>): D2GConfig {
  return {
    enableD2G: false,
    allowChainOfTrust: false,
    allowDisableSeccomp: false,
    allowGPUs: false,
    allowHostSharedMemory: false,
    allowInteractive: false,
    allowKVM: false,
    allowLoopbackAudio: false,
    allowLoopbackVideo: false,
    allowPrivileged: false,
    allowPtrace: false,
    allowTaskclusterProxy: false,
    gpus: "",
    logTranslation: false,
    ...partial,
  };
}

const fakeDev = (path: string) => {
  if (path !== "/dev") throw new Error(`unexpected readDir ${path}`);
  return ["nvidia0", "nvidiactl"];
};

const files = HAVE ? readdirSync(DIR).filter((f) => f.endsWith(".json")).sort() : [];

Deno.test({
  name: "d2g vectors: all 37 are present",
  ignore: !HAVE,
  fn() {
    assertEquals(files.length, 37);
  },
});

for (const file of files) {
  const v = JSON.parse(readFileSync(DIR + file, "utf8")) as Vector;
  Deno.test(`d2g vector ${file}: ${v.source.case}`, () => {
    const { payload, info } = convertPayload(v.payload, d2gConfig(v.d2gConfig), {
      containerName: "taskcontainer",
      readDir: fakeDev,
    });
    const actual = JSON.parse(JSON.stringify(payload));
    assertEquals(actual, v.expectedGenericWorkerPayload);
    // argv strings exactly, one by one (deep equality already implies it; this names the first difference)
    const expectedArgv = (v.expectedGenericWorkerPayload.command as string[][])[0];
    for (let i = 0; i < expectedArgv.length; i++) {
      assertEquals(payload.command[0][i], expectedArgv[i], `argv[${i}]`);
    }
    assertEquals(validatePayload("multiuser_posix", actual), { valid: true });
    // The insecure schema has no chainOfTrust: Go's insecure build refuses such a translation.
    assertEquals(
      validatePayload("insecure_posix", actual),
      payload.features.chainOfTrust
        ? {
          valid: false,
          errors: [
            "(root): Must validate one and only one schema (oneOf)",
            "features: Additional property chainOfTrust is not allowed",
          ],
        }
        : { valid: true },
    );
    assertEquals(info.containerName, "taskcontainer");
    assert(info.envVars.includes("\nTASK_ID\n"), info.envVars);
    if (v.task) {
      const def = v.task.docker;
      const scopes = (def.scopes as string[] | undefined) ?? [];
      const queue = taskQueueIdOf(def);
      const dw = readDockerWorkerPayload(v.payload);
      assertEquals(missingDockerWorkerScopes(dw, scopes, queue), undefined);
      assertEquals(convertScopes(scopes, scopes, queue), v.task.expectedGenericWorker.scopes);
      // the whole definition, as Go's ConvertTaskDefinition gives it (unknown keys kept)
      assertEquals(
        convertTaskDefinition({ ...def, payload: v.payload }, d2gConfig(v.d2gConfig), {
          containerName: "taskcontainer",
          readDir: fakeDev,
        }),
        { ...v.task.expectedGenericWorker, payload: v.expectedGenericWorkerPayload },
      );
    }
  });
}
