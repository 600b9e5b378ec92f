/**
 * Masking of secret values in task log output, for text and for byte
 * streams whose chunks may split a secret anywhere. The engine's task
 * logger registers each decrypted encryptedEnv value here (or offers the
 * same behaviour itself); the replacement is the worker log's
 * `*************`.
 *
 * ```ts
 * const masker = new SecretMasker();
 * masker.add("hush-hush");
 * await commandOutput.pipeThrough(masker.stream()).pipeTo(logFile.writable);
 * ```
 */
import { Buffer } from "node:buffer";

/** What a secret is replaced with (same as the worker log). */
export const MASK = "*************";
const MASK_BYTES = new TextEncoder().encode(MASK);

/** A set of secrets and the transforms that hide them. */
export class SecretMasker {
  #secrets: Buffer[] = [];
  #texts: string[] = [];
  #max = 0;

  /** Registers a secret (empty strings are ignored); applies to text written from now on. */
  add(secret: string): void {
    if (secret === "" || this.#texts.includes(secret)) return;
    this.#texts.push(secret);
    // longest first, so a secret containing another is masked whole
    this.#texts.sort((a, b) => b.length - a.length);
    this.#secrets = this.#texts.map((t) => Buffer.from(t, "utf8"));
    this.#max = Math.max(this.#max, this.#secrets[0].length);
  }

  /** Number of registered secrets. */
  get size(): number {
    return this.#texts.length;
  }

  /** `text` with every secret replaced. */
  maskText(text: string): string {
    let out = text;
    for (const s of this.#texts) out = out.split(s).join(MASK);
    return out;
  }

  #scan(buf: Buffer, final: boolean): { out: Uint8Array[]; carry: Buffer } {
    const out: Uint8Array[] = [];
    let i = 0;
    for (;;) {
      let best = -1;
      let bestLen = 0;
      for (const s of this.#secrets) {
        const p = buf.indexOf(s, i);
        if (p !== -1 && (best === -1 || p < best || (p === best && s.length > bestLen))) {
          best = p;
          bestLen = s.length;
        }
      }
      if (best === -1) break;
      if (best > i) out.push(buf.subarray(i, best));
      out.push(MASK_BYTES);
      i = best + bestLen;
    }
    const keep = final ? 0 : this.#heldBack(buf, i);
    if (buf.length - keep > i) out.push(buf.subarray(i, buf.length - keep));
    return { out, carry: Buffer.from(buf.subarray(buf.length - keep)) };
  }

  /**
   * How many trailing bytes of `buf` (from `from` on) could be the start of
   * a secret: the longest suffix that is a proper prefix of one. Only those
   * are held back, so output that cannot begin a secret is never delayed.
   */
  #heldBack(buf: Buffer, from: number): number {
    const limit = Math.min(Math.max(this.#max - 1, 0), buf.length - from);
    for (let k = limit; k > 0; k--) {
      const tail = buf.subarray(buf.length - k);
      for (const s of this.#secrets) {
        if (s.length > k && tail.equals(s.subarray(0, k))) return k;
      }
    }
    return 0;
  }

  /**
   * A stateful masker for one sequence of byte chunks (a log written piece
   * by piece): `push` returns the bytes that can be written now (a tail that may
   * begin a secret, at most longest-secret - 1 bytes, is held back),
   * `flush` returns the held bytes (call it before writing anything else to
   * the same log, and at its end). Works on bytes, so multi-byte characters
   * split across chunks stay intact.
   */
  chunker(): { push(bytes: Uint8Array): Uint8Array; flush(): Uint8Array } {
    let carry: Buffer = Buffer.alloc(0);
    const join = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
    return {
      push: (bytes) => {
        if (this.#secrets.length === 0 && carry.length === 0) return bytes;
        const r = this.#scan(Buffer.concat([carry, bytes]), false);
        carry = r.carry;
        return join(r.out);
      },
      flush: () => {
        if (carry.length === 0) return new Uint8Array(0);
        const r = this.#scan(carry, true);
        carry = Buffer.alloc(0);
        return join(r.out);
      },
    };
  }

  /**
   * A transform hiding every registered secret in a byte stream; up to
   * (longest secret - 1) bytes are held back until more output arrives or
   * the stream ends.
   */
  stream(): TransformStream<Uint8Array, Uint8Array> {
    let carry: Buffer = Buffer.alloc(0);
    return new TransformStream({
      transform: (chunk, ctrl) => {
        if (this.#secrets.length === 0 && carry.length === 0) {
          ctrl.enqueue(chunk);
          return;
        }
        const r = this.#scan(Buffer.concat([carry, chunk]), false);
        carry = r.carry;
        for (const part of r.out) ctrl.enqueue(new Uint8Array(part));
      },
      flush: (ctrl) => {
        if (carry.length === 0) return;
        const r = this.#scan(carry, true);
        carry = Buffer.alloc(0);
        for (const part of r.out) ctrl.enqueue(new Uint8Array(part));
      },
    });
  }
}
