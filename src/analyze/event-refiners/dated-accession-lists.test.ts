// Table tests of the accession-history refiner and of "added ... as members", on sentences written for them.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: EventRow[] = [
  {
    text: "The enlargement of the European Union follows the addition of Cyprus and Malta in 2004; Bulgaria and Romania in 2007; and Croatia in 2013.",
    events: [
      "join CYP>org:eu occurred",
      "join MLT>org:eu occurred",
      "join BGR>org:eu occurred",
      "join ROU>org:eu occurred",
      "join HRV>org:eu occurred",
    ],
    date: "2004",
  },
  // one dated segment is no history: left to the ordinary triggers
  {
    text: "The addition of Sweden in 2024 was welcomed. Finland joined NATO in 2023.",
    events: ["join FIN>org:nato occurred"],
    date: "2023",
  },
  {
    text: "NATO leaders met in Vilnius. The alliance added Finland and Sweden as its newest members. NATO grew.",
    events: ["join FIN>org:nato occurred", "join SWE>org:nato occurred"],
  },
];

describe("accession histories and new members", () => {
  for (const row of rows) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
});
