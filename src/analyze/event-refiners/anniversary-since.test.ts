// Table tests of the anniversary refiner and of calls as talks, on sentences written for them.
import { describe, expect, it } from "vitest";
import { analyzeText, checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: EventRow[] = [
  {
    text: "Peru and Chile marked the 30th anniversary of their cooperation in Lima on Monday.",
    // the cooperation the anniversary counts from is past: no reading of it as planned
    events: ["cooperate CHL~PER occurred"],
    knownSpurious: ["meet CHL~PER occurred", "visit CHL>PER occurred"],
  },
  {
    text: "On Monday the Kenyan President called the Tanzanian President to discuss the border.",
    events: ["meet KEN~TZA occurred"],
  },
  {
    text: "The Indian Prime Minister held a telephone talk with the Brazilian President on Friday.",
    events: ["meet BRA~IND occurred"],
  },
];

describe("anniversaries and calls", () => {
  for (const row of rows) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
  it("dates the beginning from the anniversary, and marks it inferred", () => {
    const events = analyzeText(rows[0].text, "2024-03-14").events.filter((e) => e.kind === "cooperate");
    const began = events.find((e) => e.date === "1994");
    expect(began?.factuality).toBe("occurred");
    expect(began?.inferred).toBe(true);
  });
  it.each([
    // counted back from the year the sentence gives the anniversary, and "anniversary year of"
    [
      "Peru and Chile look ahead to the 40th anniversary of the establishment of diplomatic relations next year.",
      "1985",
    ],
    ["In this 50th anniversary year of the establishment of diplomatic relations, Peru hosted Chile.", "1974"],
  ])("%s began in %s", (text, year) => {
    const events = analyzeText(text, "2024-03-14").events.filter((e) => e.kind === "establish_relations");
    expect(events.map((e) => e.date)).toContain(year);
  });
});
