/**
 * Desktop sessions for task users on Linux with gdm3 (multiuser,
 * `headlessTasks: false`; Go `gdm3/` and `runtime/runtime_other.go`):
 * automatic login of a user through gdm3's `custom.conf`, finding the user
 * logged into the gnome session, and the session variables commands get.
 *
 * The directory standing for `/etc` is `GW_ETC_DIR` when set (so tests and
 * image builds never write the real `/etc`), else `/etc`. The `w` used to
 * see the session is the first on PATH, else Go's `/usr/bin/w`.
 *
 * ```ts
 * await setAutoLogin("task_1733331234567890");   // next boot logs it in
 * await waitForLoginCompletion("task_1733331234567890", 300_000, log);
 * const env = desktopSessionEnv(uid); // { DISPLAY: ":0", XDG_RUNTIME_DIR: "/run/user/<uid>" }
 * ```
 */
import { join } from "node:path";
import { currentPlatform } from "./info.ts";

/** The directory standing for `/etc` (`GW_ETC_DIR`, default `/etc`). */
export function etcDir(): string {
  return Deno.env.get("GW_ETC_DIR") || "/etc";
}

/** gdm3's configuration file (Go's `/etc/gdm3/custom.conf`) below `etc`. */
export function gdm3CustomConfFile(etc = etcDir()): string {
  return join(etc, "gdm3", "custom.conf");
}

const AUTOMATIC_LOGIN = /^\s*AutomaticLogin\s*=/;
const AUTOMATIC_LOGIN_ENABLE = /^\s*AutomaticLoginEnable\s*=/;

/**
 * `source` (a gdm3 `custom.conf`) with automatic login enabled for
 * `username`, as Go's `gdm3.SetAutoLogin` writes it: every
 * `AutomaticLogin` / `AutomaticLoginEnable` line of `[daemon]` dropped, and
 * right after the `[daemon]` line `# Set by generic-worker`,
 * `AutomaticLoginEnable = true`, `AutomaticLogin = <username>` and an empty
 * line; other sections unchanged. Without a `[daemon]` section nothing is
 * added (as Go).
 */
export function autoLoginConf(username: string, source: string): string {
  const out: string[] = [];
  let section = "";
  let added = false;
  for (const line of source.split("\n")) {
    const t = line.trim();
    if (t.length > 1 && t.startsWith("[") && t.endsWith("]")) section = t.slice(1, -1);
    if (section !== "daemon") {
      out.push(line);
      continue;
    }
    if (!AUTOMATIC_LOGIN.test(line) && !AUTOMATIC_LOGIN_ENABLE.test(line)) out.push(line);
    if (!added) {
      out.push(
        "# Set by generic-worker",
        "AutomaticLoginEnable = true",
        `AutomaticLogin = ${username}`,
        "",
      );
      added = true;
    }
  }
  return out.join("\n");
}

/** Makes gdm3 log `username` in automatically at the next boot (Go `runtime.SetAutoLogin`). */
export async function setAutoLogin(username: string, etc = etcDir()): Promise<void> {
  const file = gdm3CustomConfFile(etc);
  let source: string;
  try {
    source = await Deno.readTextFile(file);
  } catch (e) {
    throw new Error(
      `could not read file ${file} to update auto login user: ${(e as Error).message}`,
    );
  }
  try {
    await Deno.writeTextFile(file, autoLoginConf(username, source), { mode: 0o644 });
  } catch (e) {
    throw new Error(`error overwriting file ${file}: ${(e as Error).message}`);
  }
}

/** Why no gdm3 desktop session can be had here (undefined: it can). */
export async function gdm3UnavailableReason(etc = etcDir()): Promise<string | undefined> {
  const platform = currentPlatform();
  if (platform !== "linux") {
    return `desktop sessions for task users are implemented with gdm3 on Linux only (this is ${platform})`;
  }
  const file = gdm3CustomConfFile(etc);
  try {
    if ((await Deno.stat(file)).isFile) return undefined;
  } catch {
    // absent
  }
  return `gdm3 is not installed here (no ${file}), so task users cannot be logged in automatically`;
}

function lookPath(name: string, fallback: string): string {
  for (const dir of (Deno.env.get("PATH") ?? "").split(":")) {
    if (!dir) continue;
    try {
      const st = Deno.statSync(join(dir, name));
      if (st.isFile && ((st.mode ?? 0o111) & 0o111) !== 0) return join(dir, name);
    } catch {
      // not here
    }
  }
  return fallback;
}

/**
 * The one user logged into a gnome session (Go `gdm3.InteractiveUsername`:
 * `PROCPS_USERLEN=20 w | grep gnome-[s]ession | cut -f1 -d' '`); throws
 * when it is not exactly one.
 */
export async function interactiveUsername(): Promise<string> {
  const w = lookPath("w", "/usr/bin/w");
  let out: Deno.CommandOutput;
  try {
    out = await new Deno.Command("/usr/bin/env", {
      args: [
        "bash",
        "-c",
        `PROCPS_USERLEN=20 '${w.replaceAll("'", `'\\''`)}' | grep gnome-[s]ession | cut -f1 -d' '`,
      ],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (e) {
    throw new Error(
      `cannot run command to determine the interactive user: ${(e as Error).message}`,
    );
  }
  if (!out.success) {
    throw new Error(`cannot run command to determine the interactive user: exit code ${out.code}`);
  }
  const lines = new TextDecoder().decode(out.stdout).split("\n");
  if (lines.length !== 2 || lines[1] !== "") {
    throw new Error(
      `number of gnome session users is not exactly one - not sure which user is interactively logged on: ${
        JSON.stringify(lines)
      }`,
    );
  }
  return lines[0];
}

/**
 * Waits until `username` is the one user of the gnome session (Go
 * `WaitForLoginCompletion`, polled every second); throws after `timeoutMs`.
 */
export async function waitForLoginCompletion(
  username: string,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  log("Checking if user is logged in...");
  let seen = "";
  while (Date.now() < deadline) {
    try {
      seen = await interactiveUsername();
      if (seen === username) return;
      log(`WARNING: user ${seen} appears to be logged in but was expecting ${username}.`);
    } catch (e) {
      log(`WARNING: Error checking for interactive user: ${(e as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  log("Timed out waiting for user login");
  if (!seen) throw new Error("no user logged in with console session");
  throw new Error(`interactive username ${seen} does not match task user ${username}`);
}

/**
 * The desktop session's variables for commands of the user with `uid` (Go
 * `EnvVars` on Linux without headlessTasks). Go sets no
 * `DBUS_SESSION_BUS_ADDRESS`: D-Bus clients find the session bus at
 * `$XDG_RUNTIME_DIR/bus` by themselves.
 */
export function desktopSessionEnv(uid: number): Record<string, string> {
  return { DISPLAY: ":0", XDG_RUNTIME_DIR: `/run/user/${uid}` };
}
