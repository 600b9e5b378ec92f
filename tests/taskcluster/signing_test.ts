/**
 * Hawk signing checked by the npm `hawk` server: permanent and temporary
 * credentials (certificate verified by the test's own reading of the
 * Taskcluster format), named temporary credentials, authorizedScopes in
 * ext, bewit URLs, and URLs with encoded path segments and queries.
 */
import tc from "taskcluster-client";
import { TaskclusterClient } from "../../src/taskcluster/client.ts";
import {
  createTemporaryCredentials,
  hawkExt,
  normalizeCredentials,
} from "../../src/taskcluster/credentials.ts";
import { hawkHeader, signUrl } from "../../src/taskcluster/signing.ts";
import { assert, assertEquals, assertRejects, assertThrows } from "../helpers/assert.ts";
import { type HawkAuth, serve, verifyBewit, verifyHawk } from "./helpers.ts";

const CLIENTS = {
  "project/tester": "secret-token-of-tester-000000000000000000",
  "issuer": "issuer-token",
};
const PERM = { clientId: "project/tester", accessToken: CLIENTS["project/tester"] };

/** A server answering each request with what the Hawk verifier concluded. */
function verifyingServer(mode: "header" | "bewit" = "header") {
  const seen: HawkAuth[] = [];
  const server = serve(async (req) => {
    try {
      const auth = mode === "header"
        ? await verifyHawk(req, CLIENTS)
        : await verifyBewit(req, CLIENTS);
      seen.push(auth);
      return Response.json({ ok: true, path: new URL(req.url).pathname });
    } catch (e) {
      return Response.json({ code: "AuthenticationFailed", message: String(e) }, { status: 401 });
    }
  });
  return { server, seen };
}

class Svc extends TaskclusterClient {
  constructor(
    rootUrl: string,
    credentials?: Parameters<TaskclusterClient["setCredentials"]>[0],
    authorizedScopes?: string[],
  ) {
    super("svc", { rootUrl, credentials, authorizedScopes, retries: 0 });
  }
}

Deno.test("signing: permanent credentials pass hawk.server.authenticate, no ext", async () => {
  const { server, seen } = verifyingServer();
  try {
    const c = new Svc(server.url, PERM);
    const r = await c.request<{ path: string }>("GET", "/task/a%2Fb/x", {
      query: { since: "2020-01-01T00:00:00.000Z", q: "a b&c" },
    });
    assertEquals(r.path, "/api/svc/v1/task/a%2Fb/x");
    await c.request("POST", "/thing", { body: { x: 1 } });
    assertEquals(seen.length, 2);
    assertEquals(seen[0].clientId, "project/tester");
    assertEquals(seen[0].ext, undefined);
  } finally {
    await server.close();
  }
});

Deno.test("signing: a wrong access token is refused by the hawk server", async () => {
  const { server } = verifyingServer();
  try {
    const c = new Svc(server.url, { clientId: PERM.clientId, accessToken: "wrong" });
    const e = await assertRejects(() => c.request("GET", "/x"), "Bad mac");
    assertEquals((e as unknown as { statusCode: number }).statusCode, 401);
  } finally {
    await server.close();
  }
});

Deno.test("signing: temporary credentials (ours and taskcluster-client's) carry the certificate in ext", async () => {
  const { server, seen } = verifyingServer();
  try {
    const expiry = new Date(Date.now() + 3600_000);
    const ours = createTemporaryCredentials({
      credentials: PERM,
      expiry,
      scopes: ["queue:a", "queue:b"],
    });
    assertEquals(ours.clientId, PERM.clientId);
    const theirs = tc.createTemporaryCredentials({
      credentials: PERM,
      expiry,
      scopes: ["queue:a", "queue:b"],
    });
    for (const creds of [ours, theirs]) {
      await new Svc(server.url, creds).request("GET", "/x");
      const last = seen.at(-1)!;
      assertEquals(last.clientId, PERM.clientId);
      assertEquals(last.ext?.certificate?.scopes, ["queue:a", "queue:b"]);
      assertEquals(last.ext?.certificate?.version, 1);
    }
    // same certificate shape as taskcluster-client's
    assertEquals(
      Object.keys(JSON.parse(ours.certificate!)),
      Object.keys(JSON.parse(theirs.certificate)),
    );
  } finally {
    await server.close();
  }
});

Deno.test("signing: named temporary credentials name the issuer", async () => {
  const { server, seen } = verifyingServer();
  try {
    const creds = createTemporaryCredentials({
      credentials: { clientId: "issuer", accessToken: CLIENTS.issuer },
      clientId: "task-client/abc",
      start: Date.now() - 1000,
      expiry: Date.now() + 60_000,
      scopes: [],
    });
    assertEquals(creds.clientId, "task-client/abc");
    assertEquals(JSON.parse(creds.certificate!).issuer, "issuer");
    await new Svc(server.url, creds).request("GET", "/x");
    assertEquals(seen[0].clientId, "task-client/abc");
    assertEquals(seen[0].issuer, "issuer");
    // a tampered certificate fails verification
    const cert = JSON.parse(creds.certificate!);
    cert.scopes = ["*"];
    const bad = { ...creds, certificate: JSON.stringify(cert) };
    await assertRejects(
      () => new Svc(server.url, bad).request("GET", "/x"),
      "bad certificate signature",
    );
  } finally {
    await server.close();
  }
});

Deno.test("signing: authorizedScopes travel in ext, alone or with a certificate", async () => {
  const { server, seen } = verifyingServer();
  try {
    await new Svc(server.url, PERM, ["queue:x"]).request("GET", "/x");
    assertEquals(seen[0].ext, { authorizedScopes: ["queue:x"] });
    const temp = createTemporaryCredentials({
      credentials: PERM,
      expiry: Date.now() + 60_000,
      scopes: ["a"],
    });
    const c = new Svc(server.url, temp, ["a"]);
    await c.request("GET", "/x");
    assertEquals(seen[1].ext?.authorizedScopes, ["a"]);
    assertEquals(seen[1].ext?.certificate?.scopes, ["a"]);
    c.setAuthorizedScopes(undefined);
    await c.request("GET", "/x");
    assertEquals(seen[2].ext?.authorizedScopes, undefined);
  } finally {
    await server.close();
  }
});

Deno.test("signing: setCredentials swaps the identity of later requests", async () => {
  const { server, seen } = verifyingServer();
  try {
    const c = new Svc(server.url, PERM);
    await c.request("GET", "/x");
    c.setCredentials(
      createTemporaryCredentials({
        credentials: { clientId: "issuer", accessToken: CLIENTS.issuer },
        expiry: Date.now() + 60_000,
        scopes: [],
      }),
    );
    await c.request("GET", "/x");
    c.setCredentials(undefined);
    const e = await assertRejects(() => c.request("GET", "/x"), "no Authorization header");
    assert(e);
    assertEquals(seen.map((s) => s.clientId), ["project/tester", "issuer"]);
  } finally {
    await server.close();
  }
});

Deno.test("signing: bewit URLs pass hawk.server.authenticateBewit (with and without a query, with a certificate)", async () => {
  const { server, seen } = verifyingServer("bewit");
  try {
    const c = new Svc(server.url, PERM);
    for (
      const url of [
        c.buildUrl("/task/abc/artifacts/public%2Flog.txt"),
        c.buildUrl("/list", { limit: 5, continuationToken: "a/b" }),
      ]
    ) {
      const signed = c.buildSignedUrl(url, 60);
      assert(signed.startsWith(url), signed);
      const r = await fetch(signed);
      assertEquals(r.status, 200, await r.text());
    }
    const temp = createTemporaryCredentials({
      credentials: PERM,
      expiry: Date.now() + 60_000,
      scopes: ["s"],
    });
    const r = await fetch(signUrl(`${server.url}/api/x?y=1#frag`, temp, 30, hawkExt(temp)));
    assertEquals(r.status, 200, await r.text());
    assertEquals(seen.map((s) => s.clientId), [
      "project/tester",
      "project/tester",
      "project/tester",
    ]);
    assertEquals(seen[2].ext?.certificate?.scopes, ["s"]);
    // an altered URL is refused
    const tampered = c.buildSignedUrl(c.buildUrl("/a"), 60).replace("/a?", "/b?");
    const bad = await fetch(tampered);
    assertEquals(bad.status, 401);
    await bad.body?.cancel();
    assertThrows(() => new Svc(server.url).buildSignedUrl(server.url), "credentials");
  } finally {
    await server.close();
  }
});

Deno.test("credentials: certificates are normalised to JSON text; bad ones are refused", () => {
  const cert = { version: 1, scopes: [], start: 1, expiry: 2, seed: "s", signature: "x" };
  assertEquals(
    normalizeCredentials({ clientId: "a", accessToken: "b", certificate: cert }).certificate,
    JSON.stringify(cert),
  );
  assertEquals(
    normalizeCredentials({ clientId: "a", accessToken: "b", certificate: JSON.stringify(cert) })
      .certificate,
    JSON.stringify(cert),
  );
  assertEquals(normalizeCredentials({ clientId: "a", accessToken: "b", certificate: "" }), {
    clientId: "a",
    accessToken: "b",
  });
  assertEquals(normalizeCredentials({ clientId: "a", accessToken: "b", certificate: null }), {
    clientId: "a",
    accessToken: "b",
  });
  assertThrows(
    () => normalizeCredentials({ clientId: "a", accessToken: "b", certificate: "{" }),
    "invalid certificate",
  );
  assertThrows(
    () => normalizeCredentials({ clientId: "a", accessToken: "b", certificate: "[1]" }),
    "not a JSON object",
  );
  const ext = hawkExt({ clientId: "a", accessToken: "b", certificate: JSON.stringify(cert) }, [
    "x",
  ])!;
  assertEquals(JSON.parse(atob(ext)), { certificate: cert, authorizedScopes: ["x"] });
  assertEquals(hawkExt({ clientId: "a", accessToken: "b" }), undefined);
  assertThrows(
    () =>
      createTemporaryCredentials({
        credentials: { clientId: "a", accessToken: "b", certificate: "{}" },
        expiry: Date.now(),
      }),
    "temporary credentials cannot",
  );
  assertThrows(
    () =>
      createTemporaryCredentials({
        credentials: { clientId: "a", accessToken: "b" },
        start: 0,
        expiry: 32 * 86400_000,
      }),
    "31 days",
  );
  assertThrows(
    () =>
      createTemporaryCredentials({
        credentials: { clientId: "a", accessToken: "b" },
        clientId: "a",
        expiry: Date.now(),
      }),
    "different",
  );
  // the header itself is well-formed Hawk
  const h = hawkHeader("get", "http://[::1]:8080/x?y", { clientId: "a", accessToken: "b" }, ext);
  assert(/^Hawk id="a", ts="\d+", nonce="[^"]+", ext="[^"]+", mac="[^"]+"$/.test(h), h);
});
