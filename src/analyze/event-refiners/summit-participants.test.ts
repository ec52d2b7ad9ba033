// Table tests of the summit-participants refiner on articles written for it; each row lists every event exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const LEAD =
  "East African Community summit closes\n\nThe summit of the East African Community ended in Arusha, Tanzania on Friday.";
const LEADERS =
  "President William Ruto of Kenya called for a common currency. Uganda's President Yoweri Museveni preferred a customs union first.";
const MET = ["meet KEN~TZA occurred", "meet TZA~UGA occurred", "meet KEN~UGA occurred"];
const VISITED = ["visit KEN>TZA occurred", "visit UGA>TZA occurred"];

const rows: EventRow[] = [
  // the host and the states of the leaders the report names met; the guests visited the host
  { text: `${LEAD} ${LEADERS}`, events: [...MET, ...VISITED], date: "2024-03-08" },
  // a declaration the leaders put out, paragraphs later, is the summit's
  {
    text: `${LEAD} ${LEADERS}\n\nThe debate lasted three days.\n\nDelegates praised the venue.\n\nThe hosts thanked the staff.\n\nThe leaders put out a final declaration on trade.`,
    events: [
      ...MET,
      ...VISITED,
      "sign_agreement KEN~TZA occurred",
      "sign_agreement TZA~UGA occurred",
      "sign_agreement KEN~UGA occurred",
    ],
  },
  // a leader named alone leaves his state unsaid: not a party
  { text: `${LEAD} ${LEADERS} Paul Kagame urged patience.`, events: [...MET, ...VISITED] },
  // a summit not reported as held, or held nowhere the lead names, gives no meeting
  {
    text: `Summit plans\n\nThe summit of the East African Community was postponed. ${LEADERS} Peru signed a treaty with Chile.`,
    events: ["sign_agreement CHL~PER occurred"],
  },
  {
    text: `Summit ends\n\nThe summit of the East African Community ended on Friday. ${LEADERS} Peru signed a treaty with Chile.`,
    events: ["sign_agreement CHL~PER occurred"],
  },
];

describe("a summit the lead reports as held is a meeting of its host with the leaders the article names", () => {
  it.each(rows)("$events.0: $text", checkEventRow);
});
