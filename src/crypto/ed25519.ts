/**
 * ed25519 keys in the Go worker's file format (base64 of the 32-byte seed),
 * signing and verification, on Deno's WebCrypto (no dependency).
 */

/** A key pair as raw bytes. */
export interface Ed25519KeyPair {
  seed: Uint8Array;
  publicKey: Uint8Array;
}

function b64urlDecode(s: string): Uint8Array {
  const b = s.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b + "=".repeat((4 - (b.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function b64urlEncode(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}

/** Generates a fresh key pair. */
export async function generateEd25519(): Promise<Ed25519KeyPair> {
  const pair = await crypto.subtle.generateKey({ name: "Ed25519" }, true, [
    "sign",
    "verify",
  ]) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  return { seed: b64urlDecode(jwk.d!), publicKey: b64urlDecode(jwk.x!) };
}

/** Decodes a key file's content (base64 of a 32-byte seed); throws with a reason otherwise. */
export function decodeSeedFile(text: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  } catch {
    throw new Error("key file does not hold base64 data");
  }
  if (bytes.length !== 32) {
    throw new Error(`key file holds ${bytes.length} bytes, expected a 32-byte ed25519 seed`);
  }
  return bytes;
}

/** Derives the public key of a seed. */
export async function publicKeyOfSeed(seed: Uint8Array): Promise<Uint8Array> {
  const key = await importSeed(seed, true);
  const jwk = await crypto.subtle.exportKey("jwk", key);
  return b64urlDecode(jwk.x!);
}

// The WebCrypto JWK import needs both d and x; derive x through a PKCS#8 import.
async function importSeed(seed: Uint8Array, extractable: boolean): Promise<CryptoKey> {
  const prefix = Uint8Array.from([
    0x30,
    0x2e,
    0x02,
    0x01,
    0x00,
    0x30,
    0x05,
    0x06,
    0x03,
    0x2b,
    0x65,
    0x70,
    0x04,
    0x22,
    0x04,
    0x20,
  ]);
  const pkcs8 = new Uint8Array(prefix.length + 32);
  pkcs8.set(prefix);
  pkcs8.set(seed, prefix.length);
  return await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, extractable, ["sign"]);
}

/** Signs `data` with the key derived from `seed`; returns the 64-byte signature. */
export async function signEd25519(
  seed: Uint8Array,
  data: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const key = await importSeed(seed, false);
  return new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, key, data));
}

/** Verifies a signature against a raw 32-byte public key. */
export async function verifyEd25519(
  publicKey: Uint8Array,
  data: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const key = await crypto.subtle.importKey(
    "jwk",
    { kty: "OKP", crv: "Ed25519", x: b64urlEncode(publicKey) },
    { name: "Ed25519" },
    false,
    ["verify"],
  );
  return await crypto.subtle.verify({ name: "Ed25519" }, key, signature, data);
}
