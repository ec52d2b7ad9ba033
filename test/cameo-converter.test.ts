// The CAMEO converter on a small verb file written for this test (the real one stays in the shared reference folder, outside the project):
// synonym sets become classes, blocks become lemma blocks, patterns become tree refinements with dyad
// kinds, and what cannot be said or adds nothing is dropped with its reason; review decisions apply.
import { describe, expect, it } from "vitest";
import { type KindMapping, readCameo2Plover } from "../scripts/cameo/cameo-codes.ts";
import { draftPattern } from "../scripts/cameo/cameo-patterns.ts";
import { convertCameo } from "../scripts/cameo/convert-cameo.ts";
import { readCameoVerbs } from "../scripts/cameo/read-cameo-verbs.ts";
import type { Review } from "../scripts/cameo/review.ts";

const VERBS = `
####### SYNONYM SETS #######

&PACT
# a comment inside the set
+PACT
+ACCORD

####### VERB PATTERNS #######

---  SEVER   [---]  ---
SEVER
+CUT_OFF {+CUTS_OFF +CUTTING_OFF }
- * RELATIONS (WITH +)                              [161]   # SEVER
- * &PACT                                           [163]   # SEVER
- * {&PACT TALKS}                                   [164]   # SEVER
- * HAIR                                            [---]   # SEVER

---  GREET   [051]  ---
GREET
HOST {HOSTED } [043:042]
- * (TO SUMMIT)                                     [042:043]  # GREET
- * WARMLY                                          [051]      # GREET
- * (AS MEDIATOR)                                   [039]      # GREET
`;

const PLOVER = `051: SUPPORT, , diplomatic # Praise\n161: SANCTION, withdraw, # Break\n163: COERCE, restrict, # Embargo\n164: SANCTION, withdraw, # Halt\n039: AGREE, , # Mediate\n042: CONSULT, visit, # Visit\n043: CONSULT, visit, # Host`;
const mapping: KindMapping = {
  plover: { SUPPORT: "support", SANCTION: "sanction", COERCE: "coerce", AGREE: null, CONSULT: "meet" },
  codes: {
    "161": { kind: "break_relations" },
    "163": { kind: "sanction" },
    "042": { kind: "visit" },
    "043": { kind: "visit", swap: true },
  },
};
const singular = (w: string) => (w.endsWith("s") ? w.slice(0, -1) : w);

function convert(review: Review = { decisions: [], examples: {} }) {
  return convertCameo(readCameoVerbs(VERBS), { mapping, plover: readCameo2Plover(PLOVER), review, lemma: singular });
}

describe("CAMEO converter", () => {
  it("reads classes across comments and turns patterns into refinements", () => {
    const out = convert();
    expect(out.classes).toEqual({ "&PACT": ["pact", "accord"] });
    const sever = out.blocks.find((b) => b.id === "cameo:sever");
    expect(sever?.lemmas).toEqual(["sever", "cut off"]);
    expect(sever?.patterns.map((p) => [p.object, p.preps, p.kind, p.cameo, p.roles?.target])).toEqual([
      ["relation", [{ case: "with" }], "break_relations", "161", ["prep:with"]],
      [
        "&PACT",
        undefined,
        "sanction",
        "163",
        ["iobj", "prep:to", "prep:with", "prep:on", "prep:against", "prep:for", "obj"],
      ],
    ]);
  });

  it("drops what dyad's format cannot say or what adds nothing, with the reason", () => {
    const reasons = convert().dropped.map((d) => `${d.block} ${d.pattern}: ${d.reason}`);
    expect(reasons).toEqual([
      "SEVER * {&PACT TALKS}: a class or marker inside {…}",
      "SEVER * HAIR: no event (---) under a verb that codes none",
      "GREET * WARMLY: the bare verb's own code",
    ]);
    // a code without a dyad kind under a verb that codes one says "not this": kept as a blocker
    const greet = convert().blocks.find((b) => b.id === "cameo:greet");
    expect(greet?.patterns.find((p) => p.preps?.[0]?.case === "as")?.kind).toBeNull();
  });

  it("gives a verb with its own code a block of its own, and swaps roles for a target's act", () => {
    const blocks = convert().blocks;
    const host = blocks.find((b) => b.id === "cameo:greet:host");
    expect([host?.kind, host?.cameo, host?.roles]).toEqual(["visit", "043", { source: ["obj"], target: ["subj"] }]);
    const greet = blocks.find((b) => b.id === "cameo:greet");
    expect(blocks.indexOf(host as never)).toBeLessThan(blocks.indexOf(greet as never));
    expect(greet?.forms).toEqual({ host: ["hosted"] });
  });

  it("applies review decisions and refuses one that matches nothing", () => {
    const review: Review = {
      decisions: [
        { block: "SEVER", pattern: "* &PACT", action: "drop", reason: "test" },
        { block: "GREET", bare: true, action: "fix", set: { cameo: "036", kind: "meet" }, reason: "test" },
      ],
      examples: {},
    };
    const out = convert(review);
    expect(out.blocks.find((b) => b.id === "cameo:sever")?.patterns).toHaveLength(1);
    expect(out.blocks.find((b) => b.id === "cameo:greet")?.cameo).toBe("036");
    const wrong: Review = {
      decisions: [{ block: "SEVER", pattern: "* NOTHING", action: "drop", reason: "x" }],
      examples: {},
    };
    expect(() => convert(wrong)).toThrow(/matches nothing/);
  });

  it("reads particles, subjects and markers in patterns", () => {
    expect(draftPattern("&MILITARY * UP (ON BORDER)", singular)).toEqual({
      subject: "&MILITARY",
      particle: "up",
      preps: [{ case: "on", object: "border", marker: undefined }],
    });
    expect(draftPattern("* % (WITH +)", singular)).toEqual({ drop: "a compound actor %" });
  });
});
