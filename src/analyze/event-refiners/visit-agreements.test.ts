// Table tests of the visit-agreements refiner on sentences written for it; each row lists every event exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: EventRow[] = [
  {
    text: "The President of Ghana will pay a state visit to Japan next week. Several agreements are expected to be signed during the visit.",
    events: ["visit GHA>JPN intended", "sign_agreement GHA~JPN intended"],
    published: "2024-05-02",
  },
  {
    text: "The Peruvian president arrived in Quito on Monday for a two-day visit to Ecuador. Four memorandums of understanding were signed on Tuesday.",
    events: ["visit PER>ECU occurred", "sign_agreement ECU~PER occurred"],
    published: "2024-05-08",
  },
  // a signing said not to happen is negated, not signed
  {
    text: "The Chilean president visited Argentina on Monday. No agreements were signed during the visit.",
    events: ["visit CHL>ARG occurred", "sign_agreement ARG~CHL negated"],
    published: "2024-05-08",
  },
  {
    text: "The Prime Minister of Nepal arrived in Dhaka on Sunday for a three-day visit to Bangladesh. Seven accords are due to be signed on Tuesday.",
    events: ["visit NPL>BGD occurred", "sign_agreement BGD~NPL intended"],
    published: "2024-05-08",
  },
  // a signing whose parties the sentence names is left to the matcher
  {
    text: "Kenya's president visited Uganda. An agreement was signed by Kenya and Tanzania.",
    events: ["visit KEN>UGA occurred", "sign_agreement KEN~TZA occurred"],
  },
];

describe("agreements signed during a visit are signed by the visitor and the host", () => {
  for (const row of rows) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
});
