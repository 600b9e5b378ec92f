/**
 * Start-up refusals (exit 73, like Go's `validateEngineConfig`): setups
 * that would make every task fail are named once, before anything is
 * claimed — the multiuser engine where it cannot work (Windows: commands
 * as a task user are not implemented), or not running as root, a tasks directory
 * task users cannot reach, `headlessTasks: false` where no desktop session
 * can be had.
 */
import type { Config } from "../config/config.ts";
import { INVALID_CONFIG, WorkerExit } from "../exit_codes.ts";
import {
  desktopUnavailableReason,
  firstUntraversableDir,
  multiuserUnavailableReason,
  runsAsRoot,
} from "../platform/host_checks.ts";

/** What the checks ask of the host (injectable for tests). */
export interface HostFacts {
  runsAsRoot(): boolean | undefined;
  firstUntraversableDir: typeof firstUntraversableDir;
  desktopUnavailableReason(): Promise<string | undefined>;
  /** Why multiuser cannot work on this platform at all (Windows here). */
  multiuserUnavailableReason?(): string | undefined;
}

/** The real host. */
export const REAL_HOST: HostFacts = {
  runsAsRoot,
  firstUntraversableDir,
  desktopUnavailableReason: () => desktopUnavailableReason(),
  multiuserUnavailableReason,
};

/** Throws `WorkerExit(73)` naming the first impossible part of the setup. */
export async function refuseImpossibleSetup(
  config: Config,
  host: HostFacts = REAL_HOST,
): Promise<void> {
  if (config.engine !== "multiuser") return;
  const unavailable = host.multiuserUnavailableReason?.();
  if (unavailable) throw new WorkerExit(INVALID_CONFIG, `Invalid engine config: ${unavailable}`);
  if (host.runsAsRoot() === false) {
    throw new WorkerExit(
      INVALID_CONFIG,
      `Invalid engine config: the multiuser engine must run as root (it creates task users and runs commands as them); this process runs as uid ${Deno.uid()}. Run it as root, or use "engine": "insecure"`,
    );
  }
  const blocked = await host.firstUntraversableDir(config.tasksDir);
  if (blocked) {
    throw new WorkerExit(
      INVALID_CONFIG,
      `Invalid engine config: task users cannot reach tasksDir ${config.tasksDir}: ${blocked.dir} (mode ${
        blocked.mode.toString(8).padStart(4, "0")
      }) does not let other users enter it. Allow it (chmod o+x ${blocked.dir}) or choose a tasksDir below directories every user can enter`,
    );
  }
  if (!config.headlessTasks) {
    const why = await host.desktopUnavailableReason();
    if (why) {
      throw new WorkerExit(
        INVALID_CONFIG,
        `Invalid engine config: headlessTasks is false (tasks in a desktop session), but ${why}. Set "headlessTasks": true to run tasks without a desktop`,
      );
    }
  }
}
