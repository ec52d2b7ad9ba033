// Table tests of agreements signed with several partners, on sentences written for them; each row lists every
// event the text gives, exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: EventRow[] = [
  // plural agreements with a list of partners: one agreement each
  {
    text: "China signed 24 agreements with Mexico, Peru and Chile.",
    events: ["sign_agreement CHN~MEX occurred", "sign_agreement CHN~PER occurred", "sign_agreement CHL~CHN occurred"],
  },
  {
    text: "Turkey signed several trade deals with Azerbaijan and Georgia on Monday.",
    events: ["sign_agreement AZE~TUR occurred", "sign_agreement GEO~TUR occurred"],
  },
  // two signers before the trigger sign with the partner together
  {
    text: "Vietnam and Laos signed three agreements with Cambodia.",
    events: ["sign_agreement KHM~LAO occurred", "sign_agreement KHM~VNM occurred", "sign_agreement LAO~VNM occurred"],
  },
];

describe("agreements with several partners", () => {
  for (const row of rows) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
});
