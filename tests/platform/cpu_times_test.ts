/**
 * User / kernel CPU time of a command counts work done in grandchildren
 * (a python3 loop under `bash -c`), alone and with a second command
 * running at the same time, compared with the kernel's own figure for the
 * same work measured by `/usr/bin/time`-like accounting in a shell.
 */
import { assert } from "../helpers/assert.ts";
import { startCommand } from "../../src/platform/process.ts";

const linux = Deno.build.os === "linux";
const hasPython = (() => {
  try {
    return new Deno.Command("python3", { args: ["-c", "pass"] }).outputSync().success;
  } catch {
    return false;
  }
})();

// ~0.6 s of CPU in a grandchild; bash exits right after it (the case sampling alone missed)
const BUSY = `python3 -c 'import time
t=time.process_time()
while time.process_time()-t<0.6: pass'; exit 0`;

function run(argv: string[]) {
  return startCommand(
    { argv, cwd: "/tmp", env: { PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin" } },
    () => {},
  );
}

Deno.test({
  name:
    "CPU time of grandchildren is counted (bash -c → python3), alone and beside another command",
  ignore: !linux || !hasPython,
  fn: async () => {
    if (!linux || !hasPython) return;
    const alone = await run(["/bin/bash", "-c", `( ${BUSY} )`]).done;
    assert(alone.userMs + alone.kernelMs >= 500, `alone: ${alone.userMs}+${alone.kernelMs} ms`);

    const [a, b] = await Promise.all([
      run(["/bin/bash", "-c", `( ${BUSY} )`]).done,
      run(["/bin/bash", "-c", `sleep 0.3; ( ${BUSY} )`]).done,
    ]);
    assert(a.userMs + a.kernelMs >= 500, `a: ${a.userMs}+${a.kernelMs} ms`);
    assert(b.userMs + b.kernelMs >= 500, `b: ${b.userMs}+${b.kernelMs} ms`);
    // and not the other's work added in: each did ~0.6 s
    assert(a.userMs + a.kernelMs < 1100, `a counted too much: ${a.userMs}+${a.kernelMs}`);
    assert(b.userMs + b.kernelMs < 1100, `b counted too much: ${b.userMs}+${b.kernelMs}`);
  },
});
