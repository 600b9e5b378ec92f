/**
 * The base client's HTTP behaviour against real servers: retries on 5xx
 * and dropped connections (node:net fault injection), no retry on 4xx,
 * the error types and fields, timeouts, backoff arithmetic and budget,
 * JSON bodies and queries.
 */
import {
  TaskclusterApiError,
  TaskclusterClient,
  TaskclusterNetworkError,
} from "../../src/taskcluster/client.ts";
import { backoffDelay, done, retryable, withRetries } from "../../src/taskcluster/retry.ts";
import { assert, assertEquals, assertRejects } from "../helpers/assert.ts";
import { rawJsonReply, rawServer, readHead, serve } from "./helpers.ts";

const FAST = { initialDelayMs: 1, maxDelayMs: 5 };

class Svc extends TaskclusterClient {
  constructor(
    rootUrl: string,
    opts: Partial<ConstructorParameters<typeof TaskclusterClient>[1]> = {},
  ) {
    super("svc", { rootUrl, ...FAST, ...opts });
  }
}

Deno.test("client: 500 and 503 are retried until 200", async () => {
  const statuses = [500, 503, 200];
  const bodies: unknown[] = [];
  const server = serve(async (req) => {
    bodies.push(await req.json());
    const status = statuses.shift()!;
    return status === 200
      ? Response.json({ tasks: [] })
      : Response.json({ code: "InternalServerError", message: "boom" }, { status });
  });
  try {
    const retries: number[] = [];
    const c = new Svc(server.url, { onRetry: ({ attempt }) => retries.push(attempt) });
    const r = await c.request("POST", "/claim-work/a%2Fb", { body: { tasks: 1 } });
    assertEquals(r, { tasks: [] });
    assertEquals(bodies, [{ tasks: 1 }, { tasks: 1 }, { tasks: 1 }]);
    assertEquals(retries, [1, 2]);
  } finally {
    await server.close();
  }
});

Deno.test("client: 4xx is not retried and becomes TaskclusterApiError with the body's code", async () => {
  let calls = 0;
  const server = serve((req) => {
    calls++;
    return Response.json({
      code: "RequestConflict",
      message: "Run 0 is resolved",
      requestInfo: { method: req.method },
    }, { status: 409 });
  });
  try {
    const c = new Svc(server.url);
    const e = await assertRejects(() => c.request("POST", "/task/x/runs/0/completed"));
    assert(e instanceof TaskclusterApiError);
    assertEquals(e.statusCode, 409);
    assertEquals(e.code, "RequestConflict");
    assertEquals(e.message, "Run 0 is resolved");
    assertEquals(e.method, "POST");
    assertEquals(e.url, `${server.url}/api/svc/v1/task/x/runs/0/completed`);
    assertEquals((e.body as { requestInfo: unknown }).requestInfo, { method: "POST" });
    assertEquals(calls, 1);
  } finally {
    await server.close();
  }
});

Deno.test("client: a non-JSON error body still gives statusCode, code HTTPError and the text", async () => {
  const server = serve(() =>
    new Response("<html>Bad Gateway</html>", {
      status: 404,
      headers: { "content-type": "text/html" },
    })
  );
  try {
    const e = await assertRejects(() => new Svc(server.url).request("GET", "/x"));
    assert(e instanceof TaskclusterApiError);
    assertEquals(e.statusCode, 404);
    assertEquals(e.code, "HTTPError");
    assert(e.message.includes("HTTP 404") && e.message.includes("Bad Gateway"), e.message);
  } finally {
    await server.close();
  }
});

Deno.test("client: 5xx after the last retry is thrown as TaskclusterApiError", async () => {
  let calls = 0;
  const server = serve(() => {
    calls++;
    return Response.json({ code: "InternalServerError", message: "down" }, { status: 502 });
  });
  try {
    const e = await assertRejects(() => new Svc(server.url, { retries: 3 }).request("GET", "/x"));
    assert(e instanceof TaskclusterApiError);
    assertEquals(e.statusCode, 502);
    assertEquals(calls, 4);
  } finally {
    await server.close();
  }
});

Deno.test("client: dropped connections are retried; the request that gets through succeeds", async () => {
  const heads: string[] = [];
  const server = await rawServer(async (socket, i) => {
    heads.push(await readHead(socket));
    if (i < 2) socket.destroy(); // drop without a reply
    else socket.end(rawJsonReply(200, { alive: true }));
  });
  try {
    const r = await new Svc(server.url).request("GET", "/ping");
    assertEquals(r, { alive: true });
    assertEquals(heads.length, 3);
    assert(heads.every((h) => h.startsWith("GET /api/svc/v1/ping HTTP/1.1")));
  } finally {
    await server.close();
  }
});

Deno.test("client: a body cut short is a network error and is retried", async () => {
  let n = 0;
  const server = await rawServer(async (socket) => {
    await readHead(socket);
    if (n++ === 0) {
      socket.end(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"par',
      );
    } else {
      socket.end(rawJsonReply(200, { whole: true }));
    }
  });
  try {
    assertEquals(await new Svc(server.url).request("GET", "/x"), { whole: true });
    assertEquals(n, 2);
  } finally {
    await server.close();
  }
});

Deno.test("client: no listener at all ends in TaskclusterNetworkError after the retries", async () => {
  const server = await rawServer(() => {});
  const url = server.url;
  await server.close(); // the port is now closed
  let attempts = 0;
  const e = await assertRejects(() =>
    new Svc(url, { retries: 2, onRetry: () => attempts++ }).request("GET", "/x")
  );
  assert(e instanceof TaskclusterNetworkError, String(e));
  assertEquals(e.timedOut, false);
  assertEquals(e.method, "GET");
  assertEquals(attempts, 2);
});

Deno.test("client: a server that never answers hits timeoutMs (timedOut set), then retries", async () => {
  let conns = 0;
  const server = await rawServer(() => {
    conns++; // accept and stay silent
  });
  try {
    const e = await assertRejects(() =>
      new Svc(server.url, { timeoutMs: 150, retries: 1 }).request("GET", "/x")
    );
    assert(e instanceof TaskclusterNetworkError, String(e));
    assert(e.timedOut);
    assertEquals(conns, 2);
  } finally {
    await server.close();
  }
});

Deno.test("client: the signal option aborts a request in flight without retrying", async () => {
  let conns = 0;
  const server = await rawServer(() => {
    conns++; // a long poll that never answers
  });
  try {
    const ac = new AbortController();
    const c = new Svc(server.url, { signal: ac.signal, retries: 5 });
    const pending = c.request("POST", "/claim-work/x", { body: {} });
    while (conns === 0) await new Promise((r) => setTimeout(r, 5));
    ac.abort(new Error("worker shutdown"));
    const e = await assertRejects(() => pending);
    assert(e instanceof TaskclusterNetworkError, String(e));
    assertEquals(e.timedOut, false);
    assertEquals(conns, 1);
  } finally {
    await server.close();
  }
});

Deno.test("client: stopRetrying lets the attempt in flight finish but starts no further one", async () => {
  const ac = new AbortController();
  let calls = 0;
  const server = serve(async (req) => {
    await req.text();
    calls++;
    if (calls === 2) {
      // stop requested while this (successful) attempt is in flight
      ac.abort();
      await new Promise((r) => setTimeout(r, 50));
      return Response.json({ tasks: ["claimed"] });
    }
    return Response.json({ code: "InternalServerError", message: "down" }, { status: 500 });
  });
  try {
    const c = new Svc(server.url, { stopRetrying: ac.signal });
    // the reply of the attempt in flight is kept (it may have claimed a task)
    assertEquals(await c.request("POST", "/claim-work/x", { body: {} }), { tasks: ["claimed"] });
    // once stopped, a failing call is not retried (no budget, no count would end it otherwise)
    calls = 2;
    const e = await assertRejects(() => c.request("POST", "/claim-work/x", { body: {} }));
    assert(e instanceof TaskclusterApiError && e.statusCode === 500, String(e));
    assertEquals(calls, 3);
  } finally {
    await server.close();
  }
});

Deno.test("client: query parameters, JSON request bodies, empty replies", async () => {
  const seen: { url: string; ct: string | null; body: string }[] = [];
  const server = serve(async (req) => {
    seen.push({ url: req.url, ct: req.headers.get("content-type"), body: await req.text() });
    return new Response(null, { status: 204 });
  });
  try {
    const c = new Svc(`${server.url}///`);
    assertEquals(
      await c.request("GET", "/list", { query: { limit: 5, since: undefined, token: "a b/c" } }),
      undefined,
    );
    await c.request("PUT", "/thing", { body: { a: [1, "é"] } });
    assertEquals(seen[0].url, `${server.url}/api/svc/v1/list?limit=5&token=a+b%2Fc`);
    assertEquals(seen[0].ct, null);
    assertEquals(seen[1].ct, "application/json");
    assertEquals(JSON.parse(seen[1].body), { a: [1, "é"] });
  } finally {
    await server.close();
  }
});

Deno.test("client: an injected fetch is used", async () => {
  const urls: string[] = [];
  const c = new Svc("https://tc.invalid", {
    fetch: (input) => {
      urls.push(String(input));
      return Promise.resolve(Response.json({ ok: 1 }));
    },
  });
  assertEquals(await c.request("GET", "/x"), { ok: 1 });
  assertEquals(urls, ["https://tc.invalid/api/svc/v1/x"]);
});

Deno.test("retry: delays grow x1.5 from the initial delay, capped, with jitter in [1-f, 1+f]", () => {
  const opts = {
    initialDelayMs: 500,
    multiplier: 1.5,
    maxDelayMs: 60_000,
    randomizationFactor: 0.5,
  };
  assertEquals(backoffDelay(1, { ...opts, random: () => 0.5 }), 500);
  assertEquals(backoffDelay(2, { ...opts, random: () => 0.5 }), 750);
  assertEquals(backoffDelay(3, { ...opts, random: () => 0.5 }), 1125);
  assertEquals(backoffDelay(40, { ...opts, random: () => 0.5 }), 60_000);
  assertEquals(backoffDelay(1, { ...opts, random: () => 0 }), 250);
  assertEquals(backoffDelay(2, { ...opts, random: () => 0.999999 }) > 1124, true);
  // defaults are the Go httpbackoff ones
  assertEquals(backoffDelay(2, { random: () => 0.5 }), 750);
});

Deno.test("retry: the total budget stops retrying before the retry count does", async () => {
  let clock = 0;
  const slept: number[] = [];
  let attempts = 0;
  const e = await assertRejects(() =>
    withRetries(() => {
      attempts++;
      return Promise.resolve(retryable(new Error(`fail ${attempts}`)));
    }, {
      retries: 100,
      initialDelayMs: 1000,
      multiplier: 2,
      randomizationFactor: 0,
      totalBudgetMs: 10_000,
      now: () => clock,
      sleep: (ms) => {
        slept.push(ms);
        clock += ms;
        return Promise.resolve();
      },
    })
  );
  // 1000 + 2000 + 4000 = 7000; the next (8000) would pass 10 000
  assertEquals(slept, [1000, 2000, 4000]);
  assertEquals(e.message, "fail 4");
  // a permanent failure (thrown) is not retried; success returns the value
  let n = 0;
  await assertRejects(() =>
    withRetries(() => {
      n++;
      throw new Error("perm");
    }), "perm");
  assertEquals(n, 1);
  assertEquals(
    await withRetries((a) => Promise.resolve(a < 3 ? retryable(new Error("x")) : done(a)), {
      sleep: () => Promise.resolve(),
    }),
    3,
  );
});
