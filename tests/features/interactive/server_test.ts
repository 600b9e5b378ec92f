/**
 * The interactive shell's pieces on their own: the client message
 * decoding, Go's query encoding of the shell.html URL, the secret check,
 * and the server with real bash sessions in pseudo-terminals: a client
 * going away ends its session's processes, `close()` ends every session,
 * the readiness probe's messages (the D2G path), a busy port.
 */
import { decodeClientMessage } from "../../../src/features/interactive/session.ts";
import {
  d2gReadyArgv,
  goQueryEscape,
  shellPageUrl,
} from "../../../src/features/interactive/mod.ts";
import { secretMatches, startShellServer } from "../../../src/features/interactive/server.ts";
import { processAlive } from "../../../src/platform/process.ts";
import { assert, assertEquals, assertRejects } from "../../helpers/assert.ts";

const hasScript = (() => {
  try {
    return Deno.statSync("/usr/bin/script").isFile && Deno.build.os === "linux";
  } catch {
    return false;
  }
})();
if (!hasScript) console.warn("server_test.ts: needs Linux with /usr/bin/script; PTY tests skipped");

Deno.test("client messages: stdin, resize (rows then columns, little-endian), ignored ones", () => {
  const enc = new TextEncoder();
  const stdin = decodeClientMessage(new Uint8Array([1, ...enc.encode("ls\r")]));
  assertEquals(stdin.kind, "stdin");
  assertEquals(new TextDecoder().decode((stdin as { data: Uint8Array }).data), "ls\r");
  assertEquals(decodeClientMessage(new Uint8Array([2, 0x21, 0, 0x65, 0x01])), {
    kind: "resize",
    rows: 33,
    cols: 357,
  });
  assertEquals(decodeClientMessage(new Uint8Array([2, 1, 0, 1])), {
    kind: "ignored",
    why: "Ignoring malformed resize message from interactive task (only got 4 bytes)",
  });
  assertEquals(decodeClientMessage(new Uint8Array([9, 1])), {
    kind: "ignored",
    why: "Unknown message code received from interactive task",
  });
  assertEquals(decodeClientMessage(new Uint8Array([])).kind, "ignored");
});

Deno.test("shell.html URL: Go's url.Values.Encode (sorted keys, QueryEscape)", () => {
  assertEquals(goQueryEscape("a b~c*d!e'(f)/:?&=+"), "a+b~c%2Ad%21e%27%28f%29%2F%3A%3F%26%3D%2B");
  assertEquals(
    shellPageUrl("https://tc.example.com", "ws://1.2.3.4:53654/shell/abc-_D", "T1", 3),
    "https://tc.example.com/shell/?runId=3&socketUrl=ws%3A%2F%2F1.2.3.4%3A53654%2Fshell%2Fabc-_D&taskId=T1&v=2",
  );
  assertEquals(d2gReadyArgv("taskcontainer_x"), [
    "/bin/bash",
    "-cx",
    '/bin/[ "`docker container inspect -f \'{{.State.Running}}\' taskcontainer_x`" = "true" ]',
  ]);
});

Deno.test("secret check: equal strings only", () => {
  assert(secretMatches("abcDEF-_123", "abcDEF-_123"));
  assert(!secretMatches("abcDEF-_12", "abcDEF-_123"));
  assert(!secretMatches("abcDEF-_124", "abcDEF-_123"));
  assert(!secretMatches("", "x"));
});

/** A client collecting text output. */
async function connect(url: string) {
  const ws = new WebSocket(url);
  ws.binaryType = "arraybuffer";
  const c = {
    ws,
    text: "",
    closed: new Promise<void>((r) => ws.addEventListener("close", () => r())),
  };
  const dec = new TextDecoder();
  ws.onmessage = (e) => c.text += dec.decode(new Uint8Array(e.data as ArrayBuffer));
  await new Promise<void>((res, rej) => {
    ws.onopen = () => res();
    ws.onerror = () => rej(new Error("cannot connect"));
  });
  return c;
}

function type(ws: WebSocket, s: string) {
  ws.send(new Uint8Array([1, ...new TextEncoder().encode(s)]));
}

async function until(fn: () => boolean, what: string, ms = 20_000) {
  const t0 = Date.now();
  while (!fn()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function shellEnv(): Record<string, string> {
  return { PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin", HOME: "/tmp", TERM: "xterm-256color" };
}

Deno.test({
  name: "server: a client going away ends its session (background jobs too); close() ends the rest",
  ignore: !hasScript,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "gw-shell-" });
    const lines: string[] = [];
    const server = await startShellServer({
      port: 0,
      hostname: "127.0.0.1",
      secret: "s3cret",
      command: () => ({ argv: ["bash", "--norc", "--noprofile"], cwd: dir, env: shellEnv() }),
      log: (l) => lines.push(l),
    });
    try {
      const url = `ws://127.0.0.1:${server.port}/shell/s3cret`;
      const a = await connect(url);
      const b = await connect(url);
      type(a.ws, "nohup sleep 4321 >/dev/null 2>&1 & echo bg=$!\r");
      type(b.ws, "nohup sleep 4322 >/dev/null 2>&1 & echo bg=$!\r");
      await until(() => /\nbg=\d+/.test(a.text) && /\nbg=\d+/.test(b.text), "both jobs");
      const pa = Number(a.text.match(/\nbg=(\d+)/)![1]);
      const pb = Number(b.text.match(/\nbg=(\d+)/)![1]);
      assert(processAlive(pa) && processAlive(pb));
      assertEquals(server.sessions, 2);
      const c = await connect(url);
      type(c.ws, "exit 3\r");
      await c.closed; // the shell ended: its socket closes
      a.ws.close();
      await until(() => !processAlive(pa), "the first session's job to die");
      await until(() => server.sessions === 1, "one session left");
      assert(processAlive(pb), "the other session must live on");
      await server.close();
      await b.closed;
      assert(!processAlive(pb), "close() must end every session's processes");
      const refused = await fetch(url.replace("ws:", "http:")).then(() => false, () => true);
      assert(refused, "the server still answers after close()");
    } finally {
      await server.close().catch(() => {});
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "server: readiness probe messages before the shell (D2G path); a probe that never succeeds",
  ignore: !hasScript,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "gw-shell-" });
    let probes = 0;
    let readyAfter = 3;
    const lines: string[] = [];
    const server = await startShellServer({
      port: 0,
      hostname: "127.0.0.1",
      secret: "k",
      command: () => ({ argv: ["bash", "--norc", "--noprofile"], cwd: dir, env: shellEnv() }),
      isReady: () => {
        probes++;
        return Promise.resolve(
          probes >= readyAfter
            ? { ok: true, output: "" }
            : { ok: false, output: "+ /bin/[ false = true ]\n", error: "exit status 1" },
        );
      },
      probeIntervalMs: 10,
      log: (l) => lines.push(l),
    });
    try {
      const a = await connect(`ws://127.0.0.1:${server.port}/shell/k`);
      await until(() => a.text.startsWith("Waiting for task to be ready...\r\n"), "the wait text");
      type(a.ws, "echo ready-$((40+2))\r");
      await until(() => a.text.includes("\nready-42") || a.text.includes("\rready-42"), "shell");
      a.ws.close();
      await a.closed;
      probes = 0;
      readyAfter = 100;
      const b = await connect(`ws://127.0.0.1:${server.port}/shell/k`);
      await b.closed;
      assertEquals(probes, 20);
      assertEquals(
        b.text,
        "Waiting for task to be ready." + ".".repeat(20) +
          "\r\nError while waiting for task to be ready: exit status 1. Output:\r\n+ /bin/[ false = true ]\n",
      );
    } finally {
      await server.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("server: a port in use is an error", async () => {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  try {
    await assertRejects(() =>
      startShellServer({
        port: (l.addr as Deno.NetAddr).port,
        hostname: "127.0.0.1",
        secret: "x",
        command: () => ({ argv: ["true"], cwd: "/", env: {} }),
        log: () => {},
      })
    );
  } finally {
    l.close();
  }
});
