/**
 * The ed25519 module (on @noble/ed25519) against an independent
 * implementation, Deno's WebCrypto Ed25519, and RFC 8032's test vector 1.
 */
import { assert, assertEquals } from "../helpers/assert.ts";
import {
  generateEd25519,
  publicKeyOfSeed,
  signEd25519,
  verifyEd25519,
} from "../../src/crypto/ed25519.ts";

const hex = (h: string) => Uint8Array.from(h.match(/../g)!, (b) => parseInt(b, 16));
const toHex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

function b64urlDecode(s: string): Uint8Array {
  const b = s.replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(b + "=".repeat((4 - (b.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

/** WebCrypto private key of a seed (PKCS#8 wrapping of the 32 bytes). */
async function webcryptoKey(seed: Uint8Array): Promise<CryptoKey> {
  const prefix = hex("302e020100300506032b657004220420");
  const pkcs8 = new Uint8Array(prefix.length + 32);
  pkcs8.set(prefix);
  pkcs8.set(seed, prefix.length);
  return await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, true, ["sign"]);
}

Deno.test("RFC 8032 test vector 1", async () => {
  const seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  const pub = await publicKeyOfSeed(seed);
  assertEquals(toHex(pub), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  const sig = await signEd25519(seed, new Uint8Array());
  assertEquals(
    toHex(sig),
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
  );
});

Deno.test("keys and signatures agree with WebCrypto Ed25519 both ways", async () => {
  for (let i = 0; i < 8; i++) {
    const { seed, publicKey } = await generateEd25519();
    assertEquals(seed.length, 32);
    const wcPriv = await webcryptoKey(seed);
    const jwk = await crypto.subtle.exportKey("jwk", wcPriv);
    assertEquals(toHex(b64urlDecode(jwk.x!)), toHex(publicKey));
    const data = crypto.getRandomValues(new Uint8Array(100 + i * 37));
    // noble signs, WebCrypto verifies
    const sig = await signEd25519(seed, data);
    const wcPub = await crypto.subtle.importKey(
      "raw",
      new Uint8Array(publicKey),
      { name: "Ed25519" },
      false,
      [
        "verify",
      ],
    );
    assert(await crypto.subtle.verify({ name: "Ed25519" }, wcPub, new Uint8Array(sig), data));
    // WebCrypto signs (deterministic: the same bytes), noble verifies
    const wcSig = new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, wcPriv, data));
    assertEquals(toHex(wcSig), toHex(sig));
    assert(await verifyEd25519(publicKey, data, wcSig));
    // a flipped bit fails
    wcSig[5] ^= 1;
    assert(!(await verifyEd25519(publicKey, data, wcSig)));
  }
});
