// Crowds that demonstrate: the act of a purpose infinitive ("marched to the embassy to protest") and of a noun in
// an "in" phrase ("gathered in protest at") is the main verb's subject's, so a crowd there protests (CAMEO 141)
// rather than a government lodging a complaint (111); the crowd is its demonym's state, or that of the place where
// it gathers; "in protest at X" parsed with "at X" on the verb still names what is protested. The sentences are
// written for these tests; each row lists every event its text gives.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "a crowd's purpose infinitive": [
    {
      text: "Thousands of Kenyans marched through Nairobi to protest the British military presence.",
      events: ["protest KEN>GBR occurred"],
    },
    {
      text: "Thousands of Greeks turned up at a rally and march in Athens on Tuesday to protest the US-led airstrikes against Syria.",
      events: ["protest GRC>USA occurred", "use_force USA>SYR occurred"],
    },
    // a government's protest stays a complaint
    {
      text: "The Russian Foreign Ministry summoned the envoy to protest the Japanese decision.",
      events: ["criticize RUS>JPN occurred"],
      knownSpurious: ["meet RUS~JPN occurred"],
    },
  ],
  "a crowd acting 'in protest'": [
    {
      text: "Hundreds of students gathered in Seoul in protest against the Japanese decision.",
      events: ["protest KOR>JPN occurred"],
    },
    {
      text: "Thousands of people gathered in Dhaka in protest at the Indian border killings.",
      events: ["protest BGD>IND occurred"],
    },
    // the manner noun's act is the verb subject's: here a state's
    {
      text: "France expelled two Iranian diplomats in retaliation.",
      events: ["break_relations FRA>IRN occurred"],
    },
  ],
};

describe("crowd protests", () => {
  for (const [name, list] of Object.entries(rows))
    describe(name, () => {
      for (const row of list) it(row.text, () => checkEventRow(row));
    });
});
