/**
 * ed25519 keys in the Go worker's file format (base64 of the 32-byte seed),
 * key generation, signing and verification with `@noble/ed25519` (small,
 * audited, pure JS; its async API hashes with WebCrypto's SHA-512). Tests
 * check its keys and signatures against Deno's WebCrypto Ed25519.
 */
import * as ed from "@noble/ed25519";

/** A key pair as raw bytes. */
export interface Ed25519KeyPair {
  seed: Uint8Array;
  publicKey: Uint8Array;
}

/** Generates a fresh key pair (seed from the OS's CSPRNG). */
export async function generateEd25519(): Promise<Ed25519KeyPair> {
  const seed = ed.utils.randomSecretKey();
  return { seed, publicKey: await ed.getPublicKeyAsync(seed) };
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
export function publicKeyOfSeed(seed: Uint8Array): Promise<Uint8Array> {
  return ed.getPublicKeyAsync(seed);
}

/** Signs `data` with the key derived from `seed`; returns the 64-byte signature. */
export function signEd25519(seed: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  return ed.signAsync(data, seed);
}

/** Verifies a signature against a raw 32-byte public key. */
export async function verifyEd25519(
  publicKey: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    return await ed.verifyAsync(signature, data, publicKey);
  } catch {
    return false;
  }
}
