/**
 * Which exposer the worker picks (Go's `setupExposer`): websocktunnel only
 * with both `wstServerURL` and `wstAudience` (the token from auth with the
 * worker's credentials, the live log server then on 127.0.0.1), the local
 * one otherwise, with a warning when only one of the two keys is set; a
 * `wstServerURL` that is no http(s)/ws(s) URL is an error, not retried.
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import { parseConfig } from "../../src/config/load.ts";
import { setupExposer } from "../../src/worker/expose/setup.ts";
import { WorkerLog } from "../../src/worker/worker_log.ts";
import { startLocalTaskcluster } from "../../src/localtc/mod.ts";
import { startLiveLogServer } from "../../src/livelog/server.ts";

const base = {
  accessToken: "a",
  clientId: "c",
  rootURL: "http://127.0.0.1:1",
  workerId: "w",
  workerGroup: "g",
  workerType: "t",
  publicIP: "192.0.2.7",
};

function logger() {
  const lines: string[] = [];
  return { lines, log: new WorkerLog((l) => lines.push(l)) };
}

Deno.test("setupExposer: local without websocktunnel keys, a warning with only one of them", async () => {
  const a = logger();
  const local = setupExposer(parseConfig(JSON.stringify(base), "f"), a.log);
  assertEquals(local.loopbackOnly, false);
  assertEquals(await local.exposeHTTP(1234).url(), "http://192.0.2.7:1234");
  assertEquals(a.lines, []);

  const b = logger();
  const half = setupExposer(
    parseConfig(JSON.stringify({ ...base, wstServerURL: "https://wst.example.com" }), "f"),
    b.log,
  );
  assertEquals(half.loopbackOnly, false);
  assertEquals(b.lines.length, 1);
  assertStringIncludes(
    b.lines[0],
    "WARNING: websocktunnel needs both wstServerURL and wstAudience; only wstServerURL is set",
  );
});

Deno.test("setupExposer: with both keys the live log server is tunnelled with the worker's credentials", async () => {
  const tc = await startLocalTaskcluster();
  const wc = tc.createWorkerConfig({ workerGroup: "g", workerId: "w" });
  const a = logger();
  const cfg = parseConfig(
    JSON.stringify({
      ...base,
      ...wc,
      wstServerURL: tc.websocktunnel.url,
      wstAudience: tc.websocktunnel.audience,
    }),
    "f",
  );
  const server = startLiveLogServer({
    port: 0,
    status: () => ({ ok: true }),
    exposer: setupExposer(cfg, a.log),
  });
  try {
    const url = await server.publicURL("tok");
    assertEquals(url, `${tc.websocktunnel.url}/g.w.${server.port}/log/tok`);
    const st = await fetch(url.replace(/\/log\/tok$/, "/status"));
    assertEquals(await st.json(), { ok: true });
    assertEquals(server.url("tok"), `http://127.0.0.1:${server.port}/log/tok`);
    // the status page's own links lead through the tunnel too
    const page = await (await fetch(url.replace(/\/log\/tok$/, "/"))).text();
    const href = /<a href="([^"]+)">status JSON<\/a>/.exec(page)?.[1];
    assertEquals(href, `/g.w.${server.port}/status`);
    assertEquals(await (await fetch(`${tc.websocktunnel.url}${href}`)).json(), { ok: true });
    assert(
      a.lines.some((l) => l.includes("Connected to websocktunnel server")),
      a.lines.join("\n"),
    );
  } finally {
    await server.close();
    await tc.close();
  }
});

Deno.test("setupExposer: a wstServerURL that is not a URL is an error at once", async () => {
  const a = logger();
  const ex = setupExposer(
    parseConfig(
      JSON.stringify({ ...base, wstServerURL: "wst.example.com", wstAudience: "x" }),
      "f",
    ),
    a.log,
  );
  assertEquals(ex.loopbackOnly, true);
  const exposure = ex.exposeHTTP(1);
  const err = await exposure.url().catch((e) => e as Error);
  assert(err instanceof Error);
  assertStringIncludes(
    err.message,
    'wstServerURL "wst.example.com" is not an http(s) or ws(s) URL',
  );
  assertStringIncludes(a.lines.join("\n"), "ERROR: wstServerURL");
  await exposure.close();
});
