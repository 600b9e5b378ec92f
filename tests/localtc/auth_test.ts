/**
 * Authentication and authorization in localtc, checked with the official
 * taskcluster-client and raw requests: bad signatures, unknown and expired
 * clients, temporary credentials (expired, forged, beyond the issuer),
 * authorizedScopes, bewit URLs, roles and `assume:` expansion, the auth
 * API, and the small services (index, secrets, purge-cache,
 * worker-manager) with their scopes.
 */
import { assert, assertEquals, assertStringIncludes } from "../helpers/assert.ts";
import hawk from "hawk";
import { type Env, expectTcError, startEnv, taskDef, tc } from "./helpers.ts";

async function withEnv(fn: (env: Env) => Promise<void>): Promise<void> {
  const env = await startEnv();
  try {
    await fn(env);
  } finally {
    await env.close();
  }
}

Deno.test("a bad signature is 401 AuthenticationFailed with the Taskcluster error body", async () => {
  await withEnv(async (env) => {
    const wrong = env.client(tc.Auth, {
      clientId: "static/taskcluster/root",
      accessToken: "not-the-token",
    });
    const e = await expectTcError(() => wrong.currentScopes(), 401);
    assertEquals(e.code, "AuthenticationFailed");
    assertStringIncludes(e.body.message, "Bad mac");
    assertEquals(Object.keys(e.body).sort(), ["code", "message", "requestInfo"]);
    assertEquals(Object.keys(e.body.requestInfo).sort(), ["method", "params", "payload", "time"]);
    assertEquals(e.body.requestInfo.method, "currentScopes");
    assertStringIncludes(e.body.message, "* errorCode:  AuthenticationFailed\n* statusCode: 401");

    const unknown = env.client(tc.Auth, { clientId: "nobody", accessToken: "x" });
    const u = await expectTcError(() => unknown.currentScopes(), 401);
    assertStringIncludes(u.body.message, "Client with clientId 'nobody' not found");

    // a raw request with a malformed header
    const res = await fetch(`${env.tc.rootUrl}/api/auth/v1/scopes/current`, {
      headers: { authorization: "Hawk garbage" },
    });
    assertEquals(res.status, 401);
    assertEquals(res.headers.get("www-authenticate"), "hawk");
    assertEquals((await res.json()).code, "AuthenticationFailed");
  });
});

Deno.test("temporary credentials: valid, expired, beyond the issuer, forged", async () => {
  await withEnv(async (env) => {
    const base = await env.tc.createClient("project/base", [
      "secrets:get:project/*",
      "auth:current-scopes",
    ]);
    const now = Date.now();
    const temp = tc.createTemporaryCredentials({
      start: new Date(now - 60_000),
      expiry: new Date(now + 3600_000),
      scopes: ["secrets:get:project/a", "auth:current-scopes"],
      credentials: base,
    });
    const scopes = (await env.client(tc.Auth, temp).currentScopes()).scopes as string[];
    assert(scopes.includes("secrets:get:project/a"));
    assert(!scopes.includes("secrets:get:project/*"), "limited to the certificate's scopes");

    // named temporary credentials need auth:create-client:<name> on the issuer
    const named = tc.createTemporaryCredentials({
      clientId: "project/base/child",
      start: new Date(now - 60_000),
      expiry: new Date(now + 3600_000),
      scopes: ["auth:current-scopes"],
      credentials: base,
    });
    const n = await expectTcError(() => env.client(tc.Auth, named).currentScopes(), 401);
    assertStringIncludes(n.body.message, "doesn't have `auth:create-client:project/base/child`");

    const expired = tc.createTemporaryCredentials({
      start: new Date(now - 7200_000),
      expiry: new Date(now - 3600_000),
      scopes: ["auth:current-scopes"],
      credentials: base,
    });
    const ex = await expectTcError(() => env.client(tc.Auth, expired).currentScopes(), 401);
    assertEquals(ex.code, "AuthenticationFailed");
    assertStringIncludes(ex.body.message, "ext.certificate.expiry < now");

    const greedy = tc.createTemporaryCredentials({
      start: new Date(now),
      expiry: new Date(now + 3600_000),
      scopes: ["queue:*"],
      credentials: base,
    });
    const g = await expectTcError(() => env.client(tc.Auth, greedy).currentScopes(), 401);
    assertStringIncludes(g.body.message, "doesn't satisfy all certificate scopes queue:*");

    // changing the certificate's scopes breaks its signature
    const cert = JSON.parse(temp.certificate);
    cert.scopes = ["secrets:get:project/b", "auth:current-scopes"];
    const forged = { ...temp, certificate: JSON.stringify(cert) };
    const f = await expectTcError(() => env.client(tc.Auth, forged).currentScopes(), 401);
    assertStringIncludes(f.body.message, "ext.certificate.signature is not valid");
  });
});

Deno.test("missing scopes are 403 InsufficientScopes; authorizedScopes restrict; bewit URLs authenticate", async () => {
  await withEnv(async (env) => {
    const creds = await env.tc.createClient("tester/secrets", [
      "secrets:get:a/*",
      "auth:current-scopes",
    ]);
    const secrets = env.client(tc.Secrets, creds);
    const e = await expectTcError(() => secrets.get("b/c"), 403);
    assertEquals(e.code, "InsufficientScopes");
    assertEquals(
      e.body.message.split("\n\n---")[0],
      [
        "Client ID tester/secrets does not have sufficient scopes and is missing the following scopes:",
        "",
        "```",
        "secrets:get:b/c",
        "```",
        "",
        "This request requires the client to satisfy the following scope expression:",
        "",
        "```",
        "secrets:get:b/c",
        "```",
      ].join("\n"),
    );
    assertEquals(e.body.requestInfo.params, { name: "b/c" });

    // root, restricted with authorizedScopes, cannot create tasks
    const restricted = new tc.Queue({
      rootUrl: env.tc.rootUrl,
      credentials: env.tc.rootCredentials,
      authorizedScopes: ["queue:get-task:*"],
      retries: 0,
    });
    await expectTcError(() => restricted.createTask(tc.slugid(), taskDef(env.clock)), 403);
    // authorizedScopes beyond the client's scopes fail authentication
    const over = new tc.Secrets({
      rootUrl: env.tc.rootUrl,
      credentials: creds,
      authorizedScopes: ["secrets:get:*"],
      retries: 0,
    });
    const o = await expectTcError(() => over.get("a/x"), 401);
    assertStringIncludes(o.body.message, "Supplied credentials do not satisfy authorizedScopes");

    // bewit: a signed GET URL carries the signer's scopes, and only for that URL
    const root = env.client(tc.Secrets, env.tc.rootCredentials);
    await root.set("a/x", { secret: { v: 1 }, expires: new Date(Date.now() + 3600_000).toJSON() });
    const url = root.buildSignedUrl(root.get, "a/x");
    const ok = await fetch(url);
    assertEquals(ok.status, 200);
    assertEquals((await ok.json()).secret, { v: 1 });
    const other = await fetch(url.replace("a%2Fx", "a%2Fy"));
    assertEquals(other.status, 401);
    assertStringIncludes((await other.json()).message, "Bad mac");
    const unsigned = await fetch(root.buildUrl(root.get, "a/x"));
    assertEquals(unsigned.status, 403);
    await unsigned.body?.cancel();
  });
});

Deno.test("roles: assume: expansion with parameterised roles; auth API for clients and roles", async () => {
  await withEnv(async (env) => {
    const auth = env.client(tc.Auth, env.tc.rootCredentials);
    const role = await auth.createRole("repo:example.com/*", {
      description: "per-repo secrets",
      scopes: ["secrets:get:repo/<..>/*", "assume:worker-pool:local/generic-worker"],
    });
    assertEquals(role.roleId, "repo:example.com/*");
    await auth.createRole("worker-pool:local/generic-worker", {
      description: "pool",
      scopes: ["queue:claim-work:local/generic-worker"],
    });
    const expanded = (await auth.expandScopes({ scopes: ["assume:repo:example.com/app"] })).scopes;
    assertEquals(expanded, [
      "assume:repo:example.com/app",
      "assume:worker-pool:local/generic-worker",
      "queue:claim-work:local/generic-worker",
      "secrets:get:repo/app/*",
    ]);
    // a client holding the assume: scope gets the role's scopes
    const created = await auth.createClient("tester/app", {
      description: "app",
      expires: new Date(Date.now() + 3600_000).toJSON(),
      scopes: ["assume:repo:example.com/app"],
    });
    assert(typeof created.accessToken === "string" && created.accessToken.length === 44);
    assert(created.expandedScopes.includes("secrets:get:repo/app/*"));
    const root = env.client(tc.Secrets, env.tc.rootCredentials);
    const expires = new Date(Date.now() + 3600_000).toJSON();
    await root.set("repo/app/token", { secret: { t: "s3cret" }, expires });
    await root.set("repo/other/token", { secret: { t: "no" }, expires });
    const app = env.client(tc.Secrets, {
      clientId: "tester/app",
      accessToken: created.accessToken,
    });
    assertEquals((await app.get("repo/app/token")).secret, { t: "s3cret" });
    await expectTcError(() => app.get("repo/other/token"), 403);

    // a client cannot create a client with more scopes than it has
    const appAuth = env.client(tc.Auth, {
      clientId: "tester/app",
      accessToken: created.accessToken,
    });
    await expectTcError(
      () => appAuth.createClient("tester/app2", { description: "x", expires, scopes: ["*"] }),
      403,
    );
    await expectTcError(
      () => auth.createClient("tester/app", { description: "app", expires }),
      409,
    );
    const fetched = await auth.client("tester/app");
    assertEquals(fetched.scopes, ["assume:repo:example.com/app"]);
    assert(!("accessToken" in fetched));

    // an expired client is refused
    const old = await auth.createClient("tester/old", {
      description: "old",
      expires: new Date(Date.now() - 1000).toJSON(),
      scopes: ["auth:current-scopes"],
    });
    const oe = await expectTcError(
      () =>
        env.client(tc.Auth, { clientId: "tester/old", accessToken: old.accessToken })
          .currentScopes(),
      401,
    );
    assertStringIncludes(oe.body.message, "has expired");
  });
});

Deno.test("index, purge-cache, worker-manager with worker credentials", async () => {
  await withEnv(async (env) => {
    const index = env.client(tc.Index, env.tc.rootCredentials);
    const taskId = tc.slugid();
    const expires = new Date(Date.now() + 3600_000).toJSON();
    await index.insertTask("project.app.latest", { taskId, rank: 2, data: { a: 1 }, expires });
    // lower rank does not replace
    await index.insertTask("project.app.latest", {
      taskId: tc.slugid(),
      rank: 1,
      data: {},
      expires,
    });
    const found = await env.client(tc.Index).findTask("project.app.latest");
    assertEquals(found, {
      namespace: "project.app.latest",
      taskId,
      rank: 2,
      data: { a: 1 },
      expires,
    });
    await expectTcError(() => env.client(tc.Index).findTask("project.app.nope"), 404);

    const cfg = env.tc.createWorkerConfig();
    const workerCreds = { clientId: cfg.clientId, accessToken: cfg.accessToken };
    const purge = env.client(tc.PurgeCache, env.tc.rootCredentials);
    const before = new Date(Date.now() - 1000).toJSON();
    await purge.purgeCache("local/generic-worker", { cacheName: "checkouts" });
    const reqs = await env.client(tc.PurgeCache, workerCreds).purgeRequests(
      "local/generic-worker",
      { since: before },
    );
    assertEquals(reqs.requests.length, 1);
    assertEquals(reqs.requests[0].cacheName, "checkouts");
    assertEquals(reqs.requests[0].provisionerId, "local");
    const later = await env.client(tc.PurgeCache, workerCreds).purgeRequests(
      "local/generic-worker",
      {
        since: new Date(Date.now() + 60_000).toJSON(),
      },
    );
    assertEquals(later.requests, []);
    // the worker cannot purge caches itself
    await expectTcError(
      () =>
        env.client(tc.PurgeCache, workerCreds).purgeCache("local/generic-worker", {
          cacheName: "x",
        }),
      403,
    );

    // (taskcluster-client 87 predates shouldWorkerTerminate: sign the request with hawk)
    const shouldTerminate = async (creds: { clientId: string; accessToken: string }) => {
      const url = `${env.tc.rootUrl}/api/worker-manager/v1/workers/${
        encodeURIComponent("local/generic-worker")
      }/local/local-worker/should-terminate`;
      const { header } = hawk.client.header(url, "GET", {
        credentials: { id: creds.clientId, key: creds.accessToken, algorithm: "sha256" },
      });
      const res = await fetch(url, { headers: { authorization: header } });
      return { status: res.status, body: await res.json() };
    };
    assertEquals(await shouldTerminate(workerCreds), {
      status: 200,
      body: { terminate: false, reason: "none" },
    });
    await env.tc.setShouldTerminate(
      "local/generic-worker",
      "local",
      "local-worker",
      true,
      "scale down",
    );
    assertEquals(await shouldTerminate(workerCreds), {
      status: 200,
      body: { terminate: true, reason: "scale down" },
    });
    // expandScopes with worker credentials (the worker's check of assume: scopes)
    const ex = await env.client(tc.Auth, workerCreds).expandScopes({
      scopes: ["assume:anonymous"],
    });
    assert((ex.scopes as string[]).includes("queue:status:*"));
    // with an empty anonymous role (a private deployment), the worker's own scopes still suffice
    await env.client(tc.Auth, env.tc.rootCredentials).deleteRole("anonymous");
    const otherWorker = await env.tc.createClient("worker/other", [
      "queue:claim-work:local/generic-worker",
    ]);
    assertEquals((await shouldTerminate(otherWorker)).status, 403);
    assertEquals((await shouldTerminate(workerCreds)).status, 200);
    const stillAllowed = await env.client(tc.PurgeCache, workerCreds).purgeRequests(
      "local/generic-worker",
    );
    assertEquals(stillAllowed.requests.length, 1);
  });
});
