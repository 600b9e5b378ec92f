/**
 * Entry point bundled by bundle_test.ts: exercises the clients' Hawk
 * signing (temporary credentials), a bewit, node:http uploads with gzip
 * and a streamed download, all from inside a `deno bundle` output.
 * Args: <rootUrl> <clientId> <accessToken> <file to upload>.
 */
import {
  createTemporaryCredentials,
  downloadUrl,
  putFile,
  Queue,
} from "../../src/taskcluster/mod.ts";

const [rootUrl, clientId, accessToken, file] = Deno.args;
const credentials = createTemporaryCredentials({
  credentials: { clientId, accessToken },
  expiry: Date.now() + 600_000,
  scopes: ["queue:status:*"],
});
const queue = new Queue({ rootUrl, credentials, retries: 2, initialDelayMs: 1 });
const status = await queue.status("fN1SbArXTPSVFNUvaOlinQ");
const put = await putFile(`${rootUrl}/put`, file, { "content-type": "text/plain" }, {
  gzip: true,
  retries: 1,
});
const dl = await downloadUrl(`${rootUrl}/download`);
const downloaded = await new Response(dl.body).text();
const signedUrl = queue.buildSignedUrl(queue.buildUrl("/task/fN1SbArXTPSVFNUvaOlinQ/status"));
console.log(JSON.stringify({ status, putBytes: put.bytes, downloaded, signedUrl }));
