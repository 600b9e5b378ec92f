/**
 * System memory samples (src/platform/memory.ts): the field each platform
 * reads (on Windows Deno reports `available: 0` and the physical memory
 * available in `free`, issue 11 defect 2), and a live sample that is
 * plausible on the host (so the resource monitor does not see 100 % used).
 */
import { memorySample, systemMemory } from "../../src/platform/memory.ts";
import { assert, assertEquals } from "../helpers/assert.ts";

const GiB = 1024 ** 3;
const info: Deno.SystemMemoryInfo = {
  total: 16 * GiB,
  free: 6 * GiB,
  available: 0,
  buffers: 0,
  cached: 0,
  swapTotal: 0,
  swapFree: 0,
};

Deno.test("memory: Windows reads free (Deno's available is 0 there)", () => {
  assertEquals(memorySample(info, "windows"), {
    total: 16 * GiB,
    available: 6 * GiB,
    used: 10 * GiB,
    usedPercent: 62.5,
  });
});

Deno.test("memory: Linux used = total - free - buffers - cached; darwin total - available", () => {
  const linux = { ...info, free: 2 * GiB, buffers: 1 * GiB, cached: 5 * GiB, available: 7 * GiB };
  assertEquals(memorySample(linux, "linux"), {
    total: 16 * GiB,
    available: 7 * GiB,
    used: 8 * GiB,
    usedPercent: 50,
  });
  assertEquals(memorySample(linux, "darwin").used, 9 * GiB);
});

Deno.test("memory: a live sample has some memory available and is not all used", () => {
  const m = systemMemory();
  assert(m.total > 0, `total ${m.total}`);
  assert(m.available > 0 && m.available <= m.total, `available ${m.available} of ${m.total}`);
  assert(m.usedPercent > 0 && m.usedPercent < 100, `usedPercent ${m.usedPercent}`);
});
