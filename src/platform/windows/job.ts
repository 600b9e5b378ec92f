/**
 * Windows process trees through job objects (kernel32 via Deno FFI): a
 * command's process is put in a new job right after it starts, its
 * children join the job as they are created, and `TerminateJobObject`
 * kills them all (what `kill(-pgid)` does on posix; `taskkill /t`, which the
 * Go worker uses, is not available everywhere, e.g. under Wine). A child
 * started in the few milliseconds between spawn and assignment is not in
 * the job: the leader is still killed. Also answers whether a pid is alive
 * (`GetExitCodeProcess` is STILL_ACTIVE).
 *
 * Works on Windows and under Wine (both verified by tests/platform/
 * windows_process_test.ts under Wine).
 */

const PROCESS_TERMINATE = 0x0001;
const PROCESS_SET_QUOTA = 0x0100;
const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
const STILL_ACTIVE = 259;

const SYMBOLS = {
  CreateJobObjectW: { parameters: ["pointer", "pointer"], result: "pointer" },
  OpenProcess: { parameters: ["u32", "i32", "u32"], result: "pointer" },
  AssignProcessToJobObject: { parameters: ["pointer", "pointer"], result: "i32" },
  TerminateJobObject: { parameters: ["pointer", "u32"], result: "i32" },
  TerminateProcess: { parameters: ["pointer", "u32"], result: "i32" },
  GetExitCodeProcess: { parameters: ["pointer", "buffer"], result: "i32" },
  CloseHandle: { parameters: ["pointer"], result: "i32" },
  QueryInformationJobObject: {
    parameters: ["pointer", "i32", "buffer", "u32", "pointer"],
    result: "i32",
  },
} as const;

type Kernel32 = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];
let kernel32: Kernel32 | undefined;

function k32(): Kernel32 {
  kernel32 ??= Deno.dlopen("kernel32.dll", SYMBOLS).symbols;
  return kernel32;
}

/** A job holding a process tree. */
export interface ProcessJob {
  /**
   * Kills every process in the job (and the leader, if it was not
   * assigned); returns how many were running. With `close`, the job handle
   * is released afterwards (later calls do nothing).
   */
  terminate(close: boolean): number;
  /** CPU times of every process that ran in the job so far. */
  times(): { userMs: number; kernelMs: number } | undefined;
}

/** JobObjectBasicAccountingInformation: 4 x LARGE_INTEGER times, then 4 x DWORD counts. */
const BASIC_ACCOUNTING = 1;

/**
 * Puts process `pid` into a new job object. Never throws: when the job
 * cannot be made, `terminate()` still kills the process itself.
 */
export function jobForProcess(pid: number): ProcessJob {
  const k = k32();
  const proc = k.OpenProcess(
    PROCESS_TERMINATE | PROCESS_SET_QUOTA | PROCESS_QUERY_LIMITED_INFORMATION,
    0,
    pid,
  );
  const job = k.CreateJobObjectW(null, null);
  const assigned = proc !== null && job !== null && k.AssignProcessToJobObject(job, proc) !== 0;
  let closed = false;
  const accounting = (): DataView | undefined => {
    if (closed || !assigned || job === null) return undefined;
    const buf = new Uint8Array(48);
    if (k.QueryInformationJobObject(job, BASIC_ACCOUNTING, buf, 48, null) === 0) return undefined;
    return new DataView(buf.buffer);
  };
  return {
    terminate(close) {
      if (closed) return 0;
      const active = accounting()?.getUint32(40, true) ?? 0;
      if (assigned && job !== null) k.TerminateJobObject(job, 1);
      if (proc !== null) k.TerminateProcess(proc, 1);
      if (close) {
        closed = true;
        if (job !== null) k.CloseHandle(job);
        if (proc !== null) k.CloseHandle(proc);
      }
      return active;
    },
    times() {
      const v = accounting();
      if (!v) return undefined;
      // 100 ns units
      return {
        userMs: Number(v.getBigInt64(0, true)) / 1e4,
        kernelMs: Number(v.getBigInt64(8, true)) / 1e4,
      };
    },
  };
}

/** True while process `pid` exists and has not exited. */
export function windowsProcessAlive(pid: number): boolean {
  const k = k32();
  const h = k.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
  if (h === null) return false;
  try {
    const code = new Uint32Array(1);
    if (k.GetExitCodeProcess(h, code) === 0) return false;
    return code[0] === STILL_ACTIVE;
  } finally {
    k.CloseHandle(h);
  }
}

/** Kills process `pid` (and the job it leads, when it has one through `jobForProcess`). */
export function terminateProcess(pid: number): void {
  const k = k32();
  const h = k.OpenProcess(PROCESS_TERMINATE, 0, pid);
  if (h === null) return;
  k.TerminateProcess(h, 1);
  k.CloseHandle(h);
}
