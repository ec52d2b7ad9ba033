// Table tests of the summit-meetings refiner on sentences written for it; each row lists every event exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "leaders who agreed, adopted or issued something at a summit or talks met each other": [
    {
      text: "At the summit in New Delhi on Saturday, Indian Prime Minister Narendra Modi and US President Joe Biden agreed to expand defence cooperation.",
      events: ["meet IND~USA occurred", "cooperate IND~USA intended", "visit USA>IND occurred"],
      date: "2024-03-09",
    },
    {
      text: "Leaders of Brazil, India and South Africa adopted a joint declaration at the summit in Johannesburg on Thursday.",
      events: [
        "meet BRA~IND occurred",
        "meet BRA~ZAF occurred",
        "meet IND~ZAF occurred",
        "sign_agreement BRA~IND occurred",
        "sign_agreement BRA~ZAF occurred",
        "sign_agreement IND~ZAF occurred",
        "visit BRA>ZAF occurred",
        "visit IND>ZAF occurred",
      ],
    },
    {
      text: "Japan's Prime Minister Fumio Kishida and South Korea's President Yoon Suk Yeol agreed at the summit to resume shuttle diplomacy.",
      events: ["meet JPN~KOR occurred"],
    },
    {
      text: "The presidents of Chile and Peru signed a border treaty during the talks in Santiago on Friday.",
      events: ["meet CHL~PER occurred", "sign_agreement CHL~PER occurred", "visit PER>CHL occurred"],
    },
    // near-misses: a summit planned, and a state that is only the topic
    {
      text: "Japan and South Korea agreed to hold a summit next month. Peru signed a treaty with Chile.",
      events: ["sign_agreement CHL~PER occurred"],
    },
    {
      text: "At the summit on Ukraine, Germany and France signed a defence pact.",
      events: ["meet DEU~FRA occurred", "sign_agreement DEU~FRA occurred"],
      // the signing's word order takes Ukraine too; the meeting does not
      knownSpurious: ["sign_agreement DEU~UKR occurred", "sign_agreement FRA~UKR occurred"],
    },
  ],
  "a state that attended a summit met its host and the attendees named with it": [
    {
      text: "Turkey attended the NATO summit in Vilnius on Tuesday.",
      events: ["meet LTU~TUR occurred", "visit TUR>LTU occurred"],
      date: "2024-03-12",
    },
    {
      text: "Ghana attended the ECOWAS summit in Abuja on Saturday, along with Senegal and Ivory Coast.",
      events: [
        "meet CIV~GHA occurred",
        "meet CIV~NGA occurred",
        "meet CIV~SEN occurred",
        "meet GHA~NGA occurred",
        "meet GHA~SEN occurred",
        "meet NGA~SEN occurred",
        "visit CIV>NGA occurred",
        "visit GHA>NGA occurred",
        "visit SEN>NGA occurred",
      ],
    },
    {
      text: "Egypt, Saudi Arabia and the United Arab Emirates attended the Arab League summit in Jeddah on Friday.",
      events: [
        "meet ARE~EGY occurred",
        "meet ARE~SAU occurred",
        "meet EGY~SAU occurred",
        "visit ARE>SAU occurred",
        "visit EGY>SAU occurred",
      ],
    },
    // near-misses: not attended, or not yet
    {
      text: "Canada will attend the summit in Lima next week. Peru signed a treaty with Chile.",
      events: ["sign_agreement CHL~PER occurred"],
    },
    {
      text: "Kenya did not take part in the talks in Addis Ababa. Peru signed a treaty with Chile.",
      events: ["sign_agreement CHL~PER occurred"],
    },
    {
      text: "Mexico hopes to attend the summit in Brasilia. Peru signed a treaty with Chile.",
      events: ["sign_agreement CHL~PER occurred"],
    },
  ],
};

describe("meetings a summit implies", () => {
  for (const [group, list] of Object.entries(rows))
    describe(group, () => {
      it.each(list.map((row) => [row.text, row]))("%s", (_text, row) => checkEventRow(row as EventRow));
    });
});
