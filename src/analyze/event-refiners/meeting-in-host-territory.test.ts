// Table tests of the implied visit (talks held in a party's territory) and of numbered groups ("the three
// leaders"), on sentences written for them; each row lists every event the text gives, exactly.
import { describe, expect, it } from "vitest";
import { analyzeText, checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: EventRow[] = [
  {
    text: "The Mexico-Canada-Chile summit was held in Ottawa on Monday.",
    events: [
      "meet CAN~CHL occurred",
      "meet CAN~MEX occurred",
      "meet CHL~MEX occurred",
      "visit MEX>CAN occurred",
      "visit CHL>CAN occurred",
    ],
  },
  // a venue in a third country is no visit to a party
  {
    text: "The Mexico-Canada-Chile summit was held in Lima on Monday.",
    events: ["meet CAN~CHL occurred", "meet CAN~MEX occurred", "meet CHL~MEX occurred"],
  },
  // talks at a seat of government named for its state are a visit to it
  {
    text: "Chilean President Boric held talks with Argentine President Milei at the Casa Rosada.",
    events: ["meet ARG~CHL occurred", "visit CHL>ARG occurred"],
  },
  {
    text: "The Kenyan president joined the Ugandan president in Kampala for talks on the pipeline.",
    events: ["meet KEN~UGA occurred", "visit KEN>UGA occurred"],
  },
  // talks with an organisation in a state's capital are a visit to that state
  {
    text: "The Japanese foreign minister met with NATO officials in Vilnius on Tuesday.",
    events: ["meet JPN~org:nato occurred", "visit JPN>LTU occurred"],
  },
  // "the three leaders" are the three states named together before
  {
    text: "The Mexico-Canada-Chile summit was held in Lima. The three leaders signed a trade agreement.",
    events: [
      "meet CAN~CHL occurred",
      "meet CAN~MEX occurred",
      "meet CHL~MEX occurred",
      "sign_agreement CAN~CHL occurred",
      "sign_agreement CAN~MEX occurred",
      "sign_agreement CHL~MEX occurred",
    ],
  },
];

describe("implied visits and numbered groups", () => {
  for (const row of rows) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
  it("marks the implied visit as inferred, and only it", () => {
    const events = analyzeText(rows[0].text).events;
    expect(events.filter((e) => e.inferred).map((e) => e.kind)).toEqual(["visit", "visit"]);
    expect(events.find((e) => e.kind === "meet")?.inferred).toBeUndefined();
  });
});
