// Table tests of factuality worded by schedule, preparation and ongoing work: "scheduled to sign", "are due to",
// "prepare to meet", "set a date for a meeting" are still to come; "is currently working with" is going on; a
// progressive dated after the article's day is planned. The sentences are written for these tests; each row lists
// every event its text gives.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "scheduled, due, prepared or dated ahead: intended": [
    {
      text: "Kenya and Uganda are scheduled to sign three agreements during the visit.",
      events: ["sign_agreement KEN~UGA intended"],
    },
    { text: "Kenya and Uganda are due to sign a trade deal next week.", events: ["sign_agreement KEN~UGA intended"] },
    { text: "Fiji needs time to prepare to meet Xi Jinping.", events: ["meet CHN~FJI intended"] },
    {
      text: "Both sides are working to set a date and venue for a Biden-Xi meeting.",
      events: ["meet CHN~USA intended"],
    },
    { text: "Xi is visiting Russia next week.", events: ["visit CHN>RUS intended"], date: "2024-03-21" },
    // "due to" as "because of", and a past verb, stay what happened
    { text: "Due to the war, India expelled Pakistan's envoy.", events: ["break_relations IND>PAK occurred"] },
    { text: "Xi visited Russia last week.", events: ["visit CHN>RUS occurred"], date: "2024-03-07" },
  ],
  "ongoing work together: occurred": [
    { text: "Japan is working with South Korea on the issue.", events: ["cooperate JPN~KOR occurred"] },
    // the plan of the first clause is not the second's; the purpose clause supports nobody
    {
      text: "France is planning to deploy a medical team and is currently working with the Government of Chad to determine where it will be deployed to support relief efforts.",
      events: ["cooperate FRA~TCD occurred"],
    },
    // a conjunct without its own auxiliary shares the first's "will"
    {
      text: "Japan will continue and enhance its assistance to the Philippines.",
      events: ["aid JPN>PHL intended"],
    },
  ],
  "a date inside a clause describing the object dates that clause's act": [
    {
      text: "The United States welcomed the plan of ASEAN to build a single market by 2015.",
      events: ["support USA>org:asean occurred"],
      published: "2009-11-15",
      date: "2009-11-15",
    },
    {
      text: "Qatar welcomed the agreement signed by Egypt and Israel on Monday.",
      events: ["sign_agreement EGY~ISR occurred", "support QAT>EGY occurred", "support QAT>ISR occurred"],
      published: "2024-11-23",
      date: "2024-11-18",
    },
  ],
};

describe("factuality worded by schedule, preparation and ongoing work", () => {
  for (const [name, table] of Object.entries(rows)) {
    describe(name, () => {
      it.each(table)("$text", (row) => checkEventRow(row));
    });
  }
});
