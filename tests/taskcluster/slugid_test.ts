/** Slugids: encoding vectors (computed with Python's uuid/base64), the nice rule, validation. */
import tc from "taskcluster-client";
import {
  decodeSlugid,
  encodeUuid,
  isNiceSlugid,
  isSlugid,
  slugid,
  slugidV4,
} from "../../src/taskcluster/slugid.ts";
import { assert, assertEquals, assertThrows } from "../helpers/assert.ts";

const VECTORS: [string, string][] = [
  ["804f3fc8-dfcb-4b06-89fb-aefad5e18754", "gE8_yN_LSwaJ-6761eGHVA"],
  ["00000000-0000-4000-8000-000000000000", "AAAAAAAAQACAAAAAAAAAAA"],
  ["ffffffff-ffff-4fff-bfff-ffffffffffff", "________T_-__________w"],
  ["796220c0-c831-49f7-9743-7ea23db3b189", "eWIgwMgxSfeXQ36iPbOxiQ"],
];

Deno.test("slugid: encodes and decodes like Python's urlsafe base64 of the UUID bytes", () => {
  for (const [uuid, slug] of VECTORS) {
    assertEquals(encodeUuid(uuid), slug);
    assertEquals(decodeSlugid(slug), uuid);
    assert(isSlugid(slug), slug);
  }
  assertThrows(() => encodeUuid("not-a-uuid"), "invalid UUID");
  assertThrows(() => decodeSlugid("short"), "invalid slugid");
});

Deno.test("slugid: nice() slugs start with [A-Za-f], v4 slugs cover all first characters", () => {
  const firsts = new Set<string>();
  for (let i = 0; i < 5000; i++) {
    const s = slugid();
    assertEquals(s.length, 22);
    assert(isNiceSlugid(s), s);
    const v = slugidV4();
    assert(isSlugid(v), v);
    firsts.add(v[0]);
    // UUID version and variant survive the round trip
    const u = decodeSlugid(v);
    assertEquals(u[14], "4");
    assert("89ab".includes(u[19]), u);
  }
  assert(firsts.has("-") || firsts.has("_"), "v4 slugs can start with - or _");
});

Deno.test("slugid: taskcluster-client's slugids pass isSlugid, malformed ones do not", () => {
  for (let i = 0; i < 200; i++) assert(isNiceSlugid(tc.slugid()));
  assert(!isSlugid("gE8_yN_LSwaJ-6761eGHV")); // 21 chars
  assert(!isSlugid("gE8_yN_LAwaJ-6761eGHVA")); // version nibble not 4
  assert(!isSlugid("gE8_yN_LSwaJ-6761eGHVB")); // last char carries stray bits
  assert(!isNiceSlugid("-E8_yN_LSwaJ-6761eGHVA"));
});
