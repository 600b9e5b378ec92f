/** Test helper: runs the real CLI (`deno run -A main.ts ...`) as a subprocess. */ import { fileURLToPath } from "node:url";
/** Absolute path of main.ts. */ export const MAIN_TS = fileURLToPath(
  new URL("../../main.ts", import.meta.url),
);
/** Runs `generic-worker <args>` from source and collects its output. */ export async function runCli(
  args,
  opts = {},
) {
  const cmd = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--quiet",
      MAIN_TS,
      ...args,
    ],
    env: {
      NO_COLOR: "1",
      ...opts.env,
    },
    cwd: opts.cwd,
    stdin: opts.stdin !== undefined ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
  });
  const child = cmd.spawn();
  if (opts.stdin !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(opts.stdin));
    await w.close();
  }
  const out = await child.output();
  const dec = new TextDecoder();
  return {
    code: out.code,
    stdout: dec.decode(out.stdout),
    stderr: dec.decode(out.stderr),
  };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vdGVzdHMvaGVscGVycy9jbGkudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqIFRlc3QgaGVscGVyOiBydW5zIHRoZSByZWFsIENMSSAoYGRlbm8gcnVuIC1BIG1haW4udHMgLi4uYCkgYXMgYSBzdWJwcm9jZXNzLiAqL1xuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCB9IGZyb20gXCJub2RlOnVybFwiO1xuXG4vKiogQWJzb2x1dGUgcGF0aCBvZiBtYWluLnRzLiAqL1xuZXhwb3J0IGNvbnN0IE1BSU5fVFMgPSBmaWxlVVJMVG9QYXRoKG5ldyBVUkwoXCIuLi8uLi9tYWluLnRzXCIsIGltcG9ydC5tZXRhLnVybCkpO1xuXG4vKiogT3V0cHV0IG9mIG9uZSBDTEkgcnVuLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDbGlSZXN1bHQge1xuICBjb2RlOiBudW1iZXI7XG4gIHN0ZG91dDogc3RyaW5nO1xuICBzdGRlcnI6IHN0cmluZztcbn1cblxuLyoqIFJ1bnMgYGdlbmVyaWMtd29ya2VyIDxhcmdzPmAgZnJvbSBzb3VyY2UgYW5kIGNvbGxlY3RzIGl0cyBvdXRwdXQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcnVuQ2xpKFxuICBhcmdzOiBzdHJpbmdbXSxcbiAgb3B0czogeyBlbnY/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+OyBjd2Q/OiBzdHJpbmc7IHN0ZGluPzogc3RyaW5nIH0gPSB7fSxcbik6IFByb21pc2U8Q2xpUmVzdWx0PiB7XG4gIGNvbnN0IGNtZCA9IG5ldyBEZW5vLkNvbW1hbmQoRGVuby5leGVjUGF0aCgpLCB7XG4gICAgYXJnczogW1wicnVuXCIsIFwiLUFcIiwgXCItLXF1aWV0XCIsIE1BSU5fVFMsIC4uLmFyZ3NdLFxuICAgIGVudjogeyBOT19DT0xPUjogXCIxXCIsIC4uLm9wdHMuZW52IH0sXG4gICAgY3dkOiBvcHRzLmN3ZCxcbiAgICBzdGRpbjogb3B0cy5zdGRpbiAhPT0gdW5kZWZpbmVkID8gXCJwaXBlZFwiIDogXCJudWxsXCIsXG4gICAgc3Rkb3V0OiBcInBpcGVkXCIsXG4gICAgc3RkZXJyOiBcInBpcGVkXCIsXG4gIH0pO1xuICBjb25zdCBjaGlsZCA9IGNtZC5zcGF3bigpO1xuICBpZiAob3B0cy5zdGRpbiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgdyA9IGNoaWxkLnN0ZGluLmdldFdyaXRlcigpO1xuICAgIGF3YWl0IHcud3JpdGUobmV3IFRleHRFbmNvZGVyKCkuZW5jb2RlKG9wdHMuc3RkaW4pKTtcbiAgICBhd2FpdCB3LmNsb3NlKCk7XG4gIH1cbiAgY29uc3Qgb3V0ID0gYXdhaXQgY2hpbGQub3V0cHV0KCk7XG4gIGNvbnN0IGRlYyA9IG5ldyBUZXh0RGVjb2RlcigpO1xuICByZXR1cm4geyBjb2RlOiBvdXQuY29kZSwgc3Rkb3V0OiBkZWMuZGVjb2RlKG91dC5zdGRvdXQpLCBzdGRlcnI6IGRlYy5kZWNvZGUob3V0LnN0ZGVycikgfTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxnRkFBZ0YsR0FDaEYsU0FBUyxhQUFhLFFBQVEsV0FBVztBQUV6Qyw4QkFBOEIsR0FDOUIsT0FBTyxNQUFNLFVBQVUsY0FBYyxJQUFJLElBQUksaUJBQWlCLFlBQVksR0FBRyxHQUFHO0FBU2hGLHNFQUFzRSxHQUN0RSxPQUFPLGVBQWUsT0FDcEIsSUFBYyxFQUNkLE9BQXVFLENBQUMsQ0FBQztFQUV6RSxNQUFNLE1BQU0sSUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVEsSUFBSTtJQUM1QyxNQUFNO01BQUM7TUFBTztNQUFNO01BQVc7U0FBWTtLQUFLO0lBQ2hELEtBQUs7TUFBRSxVQUFVO01BQUssR0FBRyxLQUFLLEdBQUc7SUFBQztJQUNsQyxLQUFLLEtBQUssR0FBRztJQUNiLE9BQU8sS0FBSyxLQUFLLEtBQUssWUFBWSxVQUFVO0lBQzVDLFFBQVE7SUFDUixRQUFRO0VBQ1Y7RUFDQSxNQUFNLFFBQVEsSUFBSSxLQUFLO0VBQ3ZCLElBQUksS0FBSyxLQUFLLEtBQUssV0FBVztJQUM1QixNQUFNLElBQUksTUFBTSxLQUFLLENBQUMsU0FBUztJQUMvQixNQUFNLEVBQUUsS0FBSyxDQUFDLElBQUksY0FBYyxNQUFNLENBQUMsS0FBSyxLQUFLO0lBQ2pELE1BQU0sRUFBRSxLQUFLO0VBQ2Y7RUFDQSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU07RUFDOUIsTUFBTSxNQUFNLElBQUk7RUFDaEIsT0FBTztJQUFFLE1BQU0sSUFBSSxJQUFJO0lBQUUsUUFBUSxJQUFJLE1BQU0sQ0FBQyxJQUFJLE1BQU07SUFBRyxRQUFRLElBQUksTUFBTSxDQUFDLElBQUksTUFBTTtFQUFFO0FBQzFGIn0=
// denoCacheMetadata=16376189929689036752,1228259026761191794
