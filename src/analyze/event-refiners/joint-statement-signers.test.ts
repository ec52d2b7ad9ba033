// Table tests of the joint-statement refiner on sentences written for it; each row lists every event exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: EventRow[] = [
  {
    text: "The Mexico-Canada-Chile summit was held in Lima on Monday. A joint declaration on trade was released after the meeting.",
    events: [
      "meet CAN~CHL occurred",
      "meet CAN~MEX occurred",
      "meet CHL~MEX occurred",
      "sign_agreement CAN~CHL occurred",
      "sign_agreement CAN~MEX occurred",
      "sign_agreement CHL~MEX occurred",
    ],
  },
  // a statement far from any meeting has no known signers
  {
    text: "Peru and Ecuador held talks in Lima. Trade grew. Ports expanded. Prices fell. Rains came. Crops failed. A joint statement was issued on Friday.",
    events: ["meet ECU~PER occurred", "visit ECU>PER occurred"],
  },
];

describe("a joint statement is signed by the meeting's participants", () => {
  for (const row of rows) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
});
