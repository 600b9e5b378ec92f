/**
 * Masking of secret values in the task log (credentials, the task user's
 * password, decrypted encryptedEnv values), for text and for byte streams
 * whose chunks may split a secret anywhere. The replacement is the worker
 * log's `*************`.
 *
 * What is hidden is defined on the whole text: every occurrence of every
 * secret, overlapping ones included, is covered; each run of occurrences
 * that overlap one another becomes one mask, and occurrences that only touch
 * get one mask each. So with secrets `abc` and `bcdef`, `xabcdefy` becomes
 * `x*************y` (no byte of either is shown), and `xyxy` with secret
 * `xy` becomes two masks. A chunked stream gives exactly the bytes the whole
 * text would, however it is cut.
 *
 * Search is over the bytes, in one pass for all secrets (Wu-Manber with
 * 2-byte blocks) when every secret has at least 4 bytes, else Horspool's
 * algorithm per secret; chunks are not copied: `push` returns views of the chunk (valid
 * as long as the chunk is), except for the at most longest-secret - 1 bytes
 * held back at its end because they may begin a secret.
 *
 * ```ts
 * const masker = new SecretMasker();
 * masker.add("hush-hush");
 * const c = masker.chunker();
 * for (const part of c.push(chunk)) write(part);
 * for (const part of c.flush()) write(part);
 * ```
 */

/** What a secret is replaced with (same as the worker log). */
export const MASK = "*************";
const MASK_BYTES = new TextEncoder().encode(MASK);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Secret {
  bytes: Uint8Array;
  /** Horspool shift per byte value. */
  skip: Int32Array;
}

function compile(bytes: Uint8Array): Secret {
  const m = bytes.length;
  const skip = new Int32Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) skip[bytes[i]] = m - 1 - i;
  return { bytes, skip };
}

/**
 * Calls `found(start)` for every occurrence of `s` in `hay` that starts at
 * an index in [from, before) (overlapping occurrences included).
 */
function searchAll(
  s: Secret,
  hay: Uint8Array,
  from: number,
  before: number,
  found: (start: number) => void,
): void {
  const pat = s.bytes;
  const m = pat.length;
  const last = m - 1;
  const lastByte = pat[last];
  const skip = s.skip;
  const end = Math.min(before, hay.length - m + 1);
  let i = from;
  while (i < end) {
    const b = hay[i + last];
    if (b === lastByte) {
      let j = last - 1;
      while (j >= 0 && hay[i + j] === pat[j]) j--;
      if (j < 0) {
        found(i);
        i++;
        continue;
      }
    }
    i += skip[b];
  }
}

/**
 * One pass over the bytes for every secret at once (Wu-Manber with 2-byte
 * blocks): a window as long as the shortest secret slides by how far its
 * last two bytes allow (a pair that occurs in no secret's first `min` bytes
 * lets it jump `min - 1`); where the shift is 0 the secrets whose first
 * `min` bytes end in that pair are compared in full. Used for secrets of 4
 * bytes and longer (shorter ones: Horspool per secret).
 */
interface MultiSearch {
  /** The shortest secret's length. */
  min: number;
  /** Shift per 2-byte value (first byte << 8 | second byte) at the window's end. */
  shift: Uint8Array;
  /** The secrets to compare where the shift is 0, by that 2-byte value. */
  candidates: Map<number, Secret[]>;
}

/** Below this shortest-secret length the multi-secret search gains nothing. */
const MULTI_MIN = 4;

function compileMulti(secrets: readonly Secret[]): MultiSearch | undefined {
  if (secrets.length === 0) return undefined;
  const min = Math.min(...secrets.map((s) => s.bytes.length));
  if (min < MULTI_MIN) return undefined;
  const shift = new Uint8Array(65536).fill(Math.min(min - 1, 255));
  const candidates = new Map<number, Secret[]>();
  for (const s of secrets) {
    const b = s.bytes;
    for (let j = 1; j < min; j++) {
      const key = (b[j - 1] << 8) | b[j];
      const d = Math.min(min - 1 - j, 255);
      if (d < shift[key]) shift[key] = d;
    }
    const end = (b[min - 2] << 8) | b[min - 1];
    const list = candidates.get(end);
    if (list) list.push(s);
    else candidates.set(end, [s]);
  }
  return { min, shift, candidates };
}

/**
 * Calls `found(start, length)` for every occurrence of any secret of `m` in
 * `hay` that starts at an index in [from, before) and ends within `hay`
 * (overlapping occurrences included).
 */
function searchMulti(
  m: MultiSearch,
  hay: Uint8Array,
  from: number,
  before: number,
  found: (start: number, length: number) => void,
): void {
  const { min, shift, candidates } = m;
  const end = Math.min(before, hay.length - min + 1);
  let i = from;
  while (i < end) {
    const e = i + min - 1;
    const key = (hay[e - 1] << 8) | hay[e];
    const d = shift[key];
    if (d !== 0) {
      i += d;
      continue;
    }
    for (const s of candidates.get(key)!) {
      const pat = s.bytes;
      const len = pat.length;
      if (i + len > hay.length) continue;
      let j = 0;
      while (j < len && hay[i + j] === pat[j]) j++;
      if (j === len) found(i, len);
    }
    i++;
  }
}

/** Every occurrence of every secret (see searchAll, searchMulti). */
function searchSecrets(
  secrets: readonly Secret[],
  multi: MultiSearch | undefined,
  hay: Uint8Array,
  from: number,
  before: number,
  found: (start: number, length: number) => void,
): void {
  if (multi) return searchMulti(multi, hay, from, before, found);
  for (const s of secrets) searchAll(s, hay, from, before, (i) => found(i, s.bytes.length));
}

/** A stateful masker for one byte stream (see `SecretMasker.chunker`). */
export interface MaskChunker {
  /** The bytes that can be written now, as views of `bytes` (plus masks and held-back bytes). */
  push(bytes: Uint8Array): Uint8Array[];
  /** The bytes held back; call once at the end of the stream. */
  flush(): Uint8Array[];
}

/** A set of secrets and the maskers that hide them. */
export class SecretMasker {
  #texts: string[] = [];
  #secrets: Secret[] = [];
  #max = 0;
  /** The one-pass search over all secrets, rebuilt when one is added (undefined: per secret). */
  #multi: MultiSearch | undefined;

  /** Registers a secret (empty strings are ignored); applies to text written from now on. */
  add(secret: string): void {
    if (secret === "" || this.#texts.includes(secret)) return;
    this.#texts.push(secret);
    const s = compile(encoder.encode(secret));
    this.#secrets.push(s);
    this.#max = Math.max(this.#max, s.bytes.length);
    this.#multi = compileMulti(this.#secrets);
  }

  /** Number of registered secrets. */
  get size(): number {
    return this.#texts.length;
  }

  /** `text` with every secret hidden (the same rule as for byte streams). */
  maskText(text: string): string {
    if (!this.#texts.some((t) => text.includes(t))) return text;
    return decoder.decode(this.maskBytes(encoder.encode(text)));
  }

  /** `bytes` with every secret hidden, as one piece (`bytes` itself when nothing is). */
  maskBytes(bytes: Uint8Array): Uint8Array {
    if (this.#secrets.length === 0) return bytes;
    const c = this.chunker();
    const parts = [...c.push(bytes), ...c.flush()];
    if (parts.length === 1) return parts[0];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  /**
   * A masker for one sequence of byte chunks: `push` returns what can be
   * written now, holding back a tail that may begin a secret (at most
   * longest-secret - 1 bytes, copied) and, while a mask may still grow, the
   * bytes it would cover; `flush` returns the rest. Secrets added later
   * apply from the next `push`. Works on bytes, so multi-byte characters
   * split across chunks stay intact.
   */
  chunker(): MaskChunker {
    const secrets = this.#secrets;
    let pending: Uint8Array = new Uint8Array(0);
    /** Stream offset of pending[0]. */
    let pendingStart = 0;
    /** Everything before this stream offset was written or masked. */
    let cursor = 0;
    /** End (stream offset) of the mask that may still grow; -1 when none. */
    let runEnd = -1;
    const max = () => this.#max;

    const step = (chunk: Uint8Array, final: boolean): Uint8Array[] => {
      if (secrets.length === 0 && pending.length === 0) {
        pendingStart += chunk.length;
        cursor = pendingStart;
        return chunk.length > 0 ? [chunk] : [];
      }
      const out: Uint8Array[] = [];
      const base = pendingStart;
      const pl = pending.length;
      const dataEnd = base + pl + chunk.length;
      /** Bytes [a, b) of pending ++ chunk (stream offsets) as views. */
      const emit = (a: number, b: number) => {
        if (a >= b) return;
        const ra = a - base;
        const rb = b - base;
        if (ra < pl) out.push(pending.subarray(ra, Math.min(rb, pl)));
        if (rb > pl) out.push(chunk.subarray(Math.max(ra - pl, 0), rb - pl));
      };
      // the held-back tail: the longest suffix that is a proper prefix of a secret
      const tailLen = Math.min(max() - 1, pl + chunk.length);
      let tail: Uint8Array;
      if (chunk.length >= tailLen) tail = chunk.subarray(chunk.length - tailLen);
      else {
        tail = new Uint8Array(tailLen);
        tail.set(pending.subarray(pl - (tailLen - chunk.length)));
        tail.set(chunk, tailLen - chunk.length);
      }
      const k = final ? 0 : heldBack(secrets, tail);
      const multi = this.#multi;
      const safe = dataEnd - k;
      // occurrences starting before `safe`: those starting in pending (searched in
      // pending ++ the chunk's first bytes), then those starting in the chunk
      const found: [number, number][] = [];
      if (pl > 0) {
        const headLen = Math.min(chunk.length, max() - 1);
        const region = new Uint8Array(pl + headLen);
        region.set(pending);
        region.set(chunk.subarray(0, headLen), pl);
        const before = Math.min(pl, safe - base);
        searchSecrets(
          secrets,
          multi,
          region,
          0,
          before,
          (i, n) => found.push([base + i, base + i + n]),
        );
      }
      const chunkBefore = safe - base - pl;
      if (chunkBefore > 0) {
        searchSecrets(
          secrets,
          multi,
          chunk,
          0,
          chunkBefore,
          (i, n) => found.push([base + pl + i, base + pl + i + n]),
        );
      }
      if (found.length > 1) found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      for (const [s, e] of found) {
        if (runEnd >= 0 && s < runEnd) {
          if (e > runEnd) runEnd = cursor = e;
          continue;
        }
        emit(cursor, s);
        out.push(MASK_BYTES);
        runEnd = cursor = e;
      }
      if (cursor < safe) {
        emit(cursor, safe);
        cursor = safe;
      }
      // a later occurrence starts at `safe` or after: it can only grow a mask reaching past it
      if (runEnd >= 0 && runEnd <= safe) runEnd = -1;
      const ks = safe - base;
      pending = k === 0
        ? new Uint8Array(0)
        : ks >= pl
        ? chunk.slice(ks - pl)
        : concat(pending.subarray(ks), chunk);
      pendingStart = safe;
      return out;
    };
    return {
      push: (bytes) => step(bytes, false),
      flush: () => step(new Uint8Array(0), true),
    };
  }

  /**
   * A transform hiding every registered secret in a byte stream; up to
   * (longest secret - 1) bytes are held back until more output arrives or
   * the stream ends.
   */
  stream(): TransformStream<Uint8Array, Uint8Array> {
    const c = this.chunker();
    return new TransformStream({
      transform: (chunk, ctrl) => {
        for (const p of c.push(chunk)) ctrl.enqueue(p);
      },
      flush: (ctrl) => {
        for (const p of c.flush()) ctrl.enqueue(p);
      },
    });
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Length of the longest suffix of `tail` that is a proper prefix of some secret. */
function heldBack(secrets: readonly Secret[], tail: Uint8Array): number {
  for (let k = tail.length; k > 0; k--) {
    const from = tail.length - k;
    for (const s of secrets) {
      if (s.bytes.length <= k) continue;
      let j = 0;
      while (j < k && tail[from + j] === s.bytes[j]) j++;
      if (j === k) return k;
    }
  }
  return 0;
}
