// Table tests of factuality read on the parse, one table per reading: a negation that reaches the act through
// the verb that governs it or shares its clause, a doubt above it, a plan or future the clause or the noun's
// phrase shows, and the default of a kind that is a plan unless it is seen happening. The sentences are written
// for these tests; each row lists every event its text gives.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "a negation that reaches the act: negated": [
    { text: "Chile refused to sign the trade agreement with Peru.", events: ["sign_agreement CHL~PER negated"] },
    { text: "Peru did not agree to meet Chile.", events: ["meet CHL~PER negated"] },
    // for a kind whose commitment is the act, a denied commitment is no act
    {
      text: "Peru did not agree to establish a strategic partnership with Chile.",
      events: ["establish_partnership CHL~PER negated"],
    },
    { text: "The talks between Peru and Chile were not held.", events: ["meet CHL~PER negated"] },
    {
      text: "Peru left the summit without signing a trade deal with Chile.",
      events: ["sign_agreement CHL~PER negated"],
    },
    // "not only" adds
    {
      text: "Peru not only met Chile but also signed a trade deal with it.",
      events: ["meet CHL~PER occurred", "sign_agreement CHL~PER occurred"],
    },
  ],
  "the phrase of a word of what is to come ('ahead of', 'on the eve of'), in a clause not in the past: intended": [
    {
      text: "The announcement comes ahead of talks between Peru and Chile this weekend.",
      events: ["meet CHL~PER intended"],
    },
    { text: "Markets were calm on the eve of talks between Peru and Chile.", events: ["meet CHL~PER occurred"] },
    {
      text: "Officials are busy in the run-up to talks between Peru and Chile.",
      events: ["meet CHL~PER intended"],
    },
  ],
  "a doubt above the act: uncertain": [
    { text: "Peru reportedly met Chile on Monday.", events: ["meet CHL~PER uncertain"] },
    { text: "Peru is said to have met Chile.", events: ["meet CHL~PER uncertain"] },
    { text: "Peru is considering expelling Chile's ambassador.", events: ["break_relations PER>CHL uncertain"] },
    { text: "If Peru signed a trade deal with Chile, trade would grow.", events: ["sign_agreement CHL~PER uncertain"] },
    { text: "Lima denied rumours that Peru would meet Chile.", events: ["meet CHL~PER uncertain"] },
    // a wish about another state's act: that state neither did nor planned it; the wisher's own act is its plan
    {
      text: "Chile hopes that Peru will sign a trade deal with Bolivia.",
      events: ["sign_agreement BOL~PER uncertain"],
    },
    { text: "Chile wants Peru to withdraw its troops from Bolivia.", events: ["retreat PER>BOL uncertain"] },
    { text: "Chile hopes that it will sign a trade deal with Peru.", events: ["sign_agreement CHL~PER intended"] },
    { text: "Chile hopes to sign a trade deal with Peru.", events: ["sign_agreement CHL~PER intended"] },
  ],
  "a plan or a future in the clause or the noun's phrase: intended": [
    {
      text: "Peru and Chile would meet in May and sign a trade deal.",
      events: ["meet CHL~PER intended", "sign_agreement CHL~PER intended"],
    },
    // the discussion itself is a meeting that took place
    {
      text: "Peru and Chile discussed the upcoming summit.",
      events: ["meet CHL~PER intended", "meet CHL~PER occurred"],
    },
    {
      text: "Peru and Chile announced a summit, which will take place in Lima.",
      events: ["meet CHL~PER intended", "visit CHL>PER intended"],
    },
    { text: "There was also an agreement on a Peruvian loan to Chile.", events: ["aid PER>CHL intended"] },
    {
      text: "Peru asked Chile to ratify the treaty so that they can sign a trade deal.",
      events: ["demand PER>CHL occurred", "sign_agreement CHL~PER intended"],
    },
    { text: "Peru looked forward to the Peru-Chile Strategic Dialogue.", events: ["meet CHL~PER intended"] },
  ],
  "a kind that is a plan unless seen happening": [
    { text: "Peru and Chile want to deepen their cooperation.", events: ["cooperate CHL~PER intended"] },
    { text: "Peru and Chile already cooperate on fisheries.", events: ["cooperate CHL~PER occurred"] },
    { text: "Peru and Chile cooperated on fisheries.", events: ["cooperate CHL~PER occurred"] },
  ],
};

describe("factuality read on the parse", () => {
  for (const [name, table] of Object.entries(rows)) {
    describe(name, () => {
      it.each(table)("$text", (row) => checkEventRow(row));
    });
  }
});
