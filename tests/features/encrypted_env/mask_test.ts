/** Secret masking in text and in byte streams split at every possible offset. */
import { MASK, SecretMasker } from "../../../src/features/encrypted_env/mask.ts";
import { assertEquals } from "../../helpers/assert.ts";

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
  assertEquals(c.push(enc("before ")), enc("before "));
  m.add("sécret");
  const text = "a sécret and é then sécr";
  const bytes = enc(text);
  for (let cut = 0; cut <= bytes.length; cut++) {
    const k = m.chunker();
    const out = [k.push(bytes.slice(0, cut)), k.push(bytes.slice(cut)), k.flush()];
    assertEquals(
      new TextDecoder().decode(new Uint8Array(out.flatMap((x) => [...x]))),
      `a ${MASK} and é then sécr`,
      `cut at ${cut}`,
    );
  }
});
