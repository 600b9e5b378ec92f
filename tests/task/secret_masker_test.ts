/** Secret masking in text and in byte streams split at every possible offset. */
import { MASK, SecretMasker } from "../../src/task/secret_masker.ts";
import { assertEquals } from "../helpers/assert.ts";

async function through(m: SecretMasker, chunks: Uint8Array[]): Promise<string> {
  const out = ReadableStream.from(chunks).pipeThrough(m.stream());
  let s = "";
  for await (const c of out.pipeThrough(new TextDecoderStream())) s += c;
  return s;
}

const enc = (s: string) => new TextEncoder().encode(s);

Deno.test("SecretMasker.maskText: every occurrence, longest secret first", () => {
  const m = new SecretMasker();
  m.add("abc");
  m.add("abcdef");
  m.add("");
  assertEquals(m.size, 2);
  assertEquals(m.maskText("xabcdefyabcz"), `x${MASK}y${MASK}z`);
});

Deno.test("SecretMasker.stream: secrets split across chunks at every offset are masked", async () => {
  const m = new SecretMasker();
  m.add("hush-hush");
  m.add("ünïcødé-🔑");
  const text = "start hush-hush middle ünïcødé-🔑 end hush-hus";
  const bytes = enc(text);
  const expected = `start ${MASK} middle ${MASK} end hush-hus`;
  for (let a = 0; a <= bytes.length; a++) {
    for (const b of [a, Math.min(bytes.length, a + 1), Math.min(bytes.length, a + 5)]) {
      const chunks = [bytes.slice(0, a), bytes.slice(a, b), bytes.slice(b)];
      assertEquals(await through(m, chunks), expected, `split at ${a}/${b}`);
    }
  }
  // byte by byte
  assertEquals(await through(m, [...bytes].map((x) => Uint8Array.of(x))), expected);
});

Deno.test("SecretMasker.stream: without secrets bytes pass unchanged; adjacent secrets", async () => {
  const m = new SecretMasker();
  assertEquals(await through(m, [enc("plain "), enc("text")]), "plain text");
  m.add("xy");
  assertEquals(await through(m, [enc("xyxyx"), enc("y")]), MASK.repeat(3));
});

Deno.test("SecretMasker.chunker: push/flush mask secrets split across pushes, keep UTF-8 intact", () => {
  const m = new SecretMasker();
  const c = m.chunker();
  // no secrets yet: bytes pass straight through
  assertEquals(c.push(enc("before ")), [enc("before ")]);
  m.add("sécret");
  const text = "a sécret and é then sécr";
  const bytes = enc(text);
  for (let cut = 0; cut <= bytes.length; cut++) {
    const k = m.chunker();
    const out = [...k.push(bytes.slice(0, cut)), ...k.push(bytes.slice(cut)), ...k.flush()];
    assertEquals(
      new TextDecoder().decode(new Uint8Array(out.flatMap((x) => [...x]))),
      `a ${MASK} and é then sécr`,
      `cut at ${cut}`,
    );
  }
});

/**
 * Whole-text masking written the plain way (independent of the masker): mark
 * every byte of every occurrence of every secret, one mask per run of
 * overlapping occurrences.
 */
function referenceMask(text: Uint8Array, secrets: string[]): Uint8Array {
  const occ: [number, number][] = [];
  for (const sec of secrets) {
    const s = enc(sec);
    if (s.length === 0) continue;
    for (let i = 0; i + s.length <= text.length; i++) {
      let j = 0;
      while (j < s.length && text[i + j] === s[j]) j++;
      if (j === s.length) occ.push([i, i + s.length]);
    }
  }
  occ.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let pos = 0;
  let runEnd = -1;
  for (const [s, e] of occ) {
    if (runEnd >= 0 && s < runEnd) {
      runEnd = Math.max(runEnd, e);
      pos = runEnd;
      continue;
    }
    for (let i = pos; i < s; i++) out.push(text[i]);
    out.push(...enc(MASK));
    pos = runEnd = e;
  }
  for (let i = pos; i < text.length; i++) out.push(text[i]);
  return new Uint8Array(out);
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

Deno.test("SecretMasker: overlapping secrets hide every byte of each (no part of the longer one shows)", () => {
  const m = new SecretMasker();
  m.add("abc");
  m.add("bcdef");
  assertEquals(m.maskText("xabcdefy"), `x${MASK}y`);
  assertEquals(m.maskText("xbcdefabcy"), `x${MASK}${MASK}y`);
  const n = new SecretMasker();
  n.add("aa");
  assertEquals(n.maskText("aaa b aaaa"), `${MASK} b ${MASK}`);
  // split exactly where the shorter secret ends: the longer one must not leak
  const c = m.chunker();
  const parts = [...c.push(enc("xabc")), ...c.push(enc("def")), ...c.flush()];
  assertEquals(new TextDecoder().decode(new Uint8Array(parts.flatMap((p) => [...p]))), `x${MASK}`);
});

Deno.test("SecretMasker.chunker: random texts, overlapping secrets, random chunking == whole-text masking", () => {
  const rnd = prng(20261204);
  const alphabet = "abc-é";
  const word = (n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
  // secrets of 1-6 bytes (Horspool per secret), then of 4-11 (the one-pass multi-secret search)
  for (let round = 0; round < 800; round++) {
    const [shortest, spread] = round < 400 ? [1, 6] : [4, 8];
    const secrets = Array.from(
      { length: 1 + Math.floor(rnd() * 4) },
      () => word(shortest + Math.floor(rnd() * spread)),
    );
    const m = new SecretMasker();
    for (const s of secrets) m.add(s);
    const text = enc(word(Math.floor(rnd() * 300)));
    const want = referenceMask(text, secrets);
    assertEquals(m.maskBytes(text), want, `whole, secrets ${JSON.stringify(secrets)}`);
    for (let cut = 0; cut < 5; cut++) {
      const c = m.chunker();
      const got: number[] = [];
      let i = 0;
      while (i < text.length) {
        const n = Math.floor(rnd() ** 2 * 12);
        for (const p of c.push(text.slice(i, i + n))) got.push(...p);
        i += n;
      }
      for (const p of c.flush()) got.push(...p);
      assertEquals(
        new Uint8Array(got),
        want,
        `round ${round} cut ${cut}: secrets ${JSON.stringify(secrets)} text ${
          new TextDecoder().decode(text)
        }`,
      );
    }
  }
});

Deno.test("SecretMasker.chunker: push returns views of the chunk, not copies", () => {
  const m = new SecretMasker();
  m.add("s3cr3t-value");
  const chunk = enc("plain output without the secret, long enough to be returned as a view\n");
  const parts = m.chunker().push(chunk);
  assertEquals(parts.length, 1);
  assertEquals(parts[0].buffer, chunk.buffer);
});
