// Table tests of lists of parties and of a joint statement's voice, on sentences written for them:
// each row lists every event the text gives, exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: EventRow[] = [
  // a list of states with titles between them is one subject: every pair met
  {
    text: "The Kingdom of Norway, the Republic of Finland and the Kingdom of Sweden held talks on Arctic shipping.",
    events: ["meet FIN~NOR occurred", "meet FIN~SWE occurred", "meet NOR~SWE occurred"],
  },
  // a joint statement's "we" is every state of its opening, in later sentences too
  {
    text: "We, the Heads of Government of Canada, Mexico and the Republic of Chile, held our first trilateral summit. We agreed to hold another meeting in 2026.",
    events: [
      "meet CAN~CHL occurred",
      "meet CAN~MEX occurred",
      "meet CHL~MEX occurred",
      "meet CAN~CHL intended",
      "meet CAN~MEX intended",
      "meet CHL~MEX intended",
    ],
  },
  // "our" after the trigger qualifies a later noun: it adds no party
  {
    text: "We, the Foreign Ministers of Peru and Ecuador, noted that Colombia and Brazil signed a trade agreement, reflecting our shared interests.",
    events: ["sign_agreement BRA~COL occurred"],
  },
];

describe("every state of a list is a party", () => {
  for (const row of rows) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
});
