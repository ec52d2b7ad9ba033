// Table tests of the summit-signers refiner on sentences written for it; each row lists every event exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const SUMMIT = "The presidents of Kenya, Uganda and Tanzania met in Arusha on Friday.";
const MEETING = [
  "meet KEN~TZA occurred",
  "meet KEN~UGA occurred",
  "meet TZA~UGA occurred",
  "visit KEN>TZA occurred",
  "visit UGA>TZA occurred",
];

const rows: EventRow[] = [
  {
    text: `${SUMMIT} At the summit, the leaders signed an agreement on a common market.`,
    events: [
      ...MEETING,
      "sign_agreement KEN~TZA occurred",
      "sign_agreement KEN~UGA occurred",
      "sign_agreement TZA~UGA occurred",
    ],
  },
  // leaders named by their states, or states named outright, sign for themselves
  {
    text: `${SUMMIT} The leaders of Kenya and Uganda signed a border agreement.`,
    events: [...MEETING, "sign_agreement KEN~UGA occurred"],
  },
  {
    text: `${SUMMIT} On the sidelines, Kenya and Uganda signed a border agreement.`,
    events: [...MEETING, "sign_agreement KEN~UGA occurred"],
  },
];

describe("the leaders who sign at a summit are its participants", () => {
  for (const row of rows)
    it(`${row.events.at(-1)}: ${row.text.slice(SUMMIT.length, SUMMIT.length + 60)}`, () => checkEventRow(row));
});
