// Table tests of events written as noun phrases: an invasion named by its invader only ("the Russian invasion")
// falls on the other state of the article's pair; a pledge of aid is a promise, whatever verb announces it. The
// sentences are written for these tests; each row lists every event its text gives.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "an invasion named by its invader": [
    {
      text: "Russia and Ukraine met in Istanbul on Thursday. Some 1,200 people have been released over the course of the Russian invasion.",
      events: ["meet RUS~UKR occurred", "use_force RUS>UKR occurred"],
      knownSpurious: ["visit RUS>TUR occurred", "visit UKR>TUR occurred"],
    },
    { text: "Thousands fled during the Russian invasion of Ukraine.", events: ["use_force RUS>UKR occurred"] },
    // no invader named, or no pair to take the invaded from: no event
    {
      text: "Armenia and Azerbaijan signed a deal. The occupation ended in 1990.",
      events: ["sign_agreement ARM~AZE occurred"],
    },
    {
      text: "Chile condemned Peru. Many people left during the Russian invasion.",
      events: ["criticize CHL>PER occurred"],
    },
  ],
  "a pledge of aid is a promise": [
    {
      text: "In addition to today's pledge of $5 million in aid to Tonga, Australia announced more funds.",
      events: ["aid AUS>TON intended"],
    },
    { text: "Japan announced a pledge of $5 million in aid to Tonga.", events: ["aid JPN>TON intended"] },
    { text: "Japan delivered $5 million in aid to Tonga.", events: ["aid JPN>TON occurred"] },
  ],
};

describe("events written as noun phrases", () => {
  for (const [name, table] of Object.entries(rows)) {
    describe(name, () => {
      it.each(table)("$text", (row) => checkEventRow(row));
    });
  }
});
