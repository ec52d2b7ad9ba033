// Table tests of wordings real news uses for diplomatic acts that dyad misread: planned acts ("scheduled to",
// "a date for"), expectations, idioms with a kind's word ("meets the interests"), prisoner swaps, a government's
// protest, joint drills with one named partner, listed modifiers of an accusation and troops that land. The
// sentences are written for these tests; each row lists every event its text gives (a mutual act lists its self
// pairs too: the scorer leaves them out).
import { describe, expect, it } from "vitest";
import { analyzeText, checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const each = (kind: string, a: string, b: string): string[] =>
  [`${a}>${a}`, `${a}>${b}`, `${b}>${b}`, `${b}>${a}`].map((pair) => `${kind} ${pair} occurred`);
const trap = "Chile condemned Peru's decision.";
const theTrap = "criticize CHL>PER occurred";

const rows: Record<string, EventRow[]> = {
  "planned acts are intended, dated ahead": [
    {
      text: "Ghana and Togo are scheduled to sign two agreements on Friday.",
      events: ["sign_agreement GHA~TGO intended"],
      date: "2024-03-15",
    },
    {
      text: "Both sides are working to set a date for a meeting between Putin and Erdogan.",
      events: ["meet RUS~TUR intended"],
    },
    { text: "Fiji and Tonga are due to sign a fisheries accord.", events: ["sign_agreement FJI~TON intended"] },
  ],
  "an expectation is no pledge; a kind's word in an idiom is no event": [
    { text: `Russia expects an apology from Ukraine. ${trap}`, events: [theTrap] },
    { text: "Ghana and Togo are expected to sign two agreements.", events: ["sign_agreement GHA~TGO intended"] },
    { text: `The treaty meets the interests of both Peru and Chile. ${trap}`, events: [theTrap] },
  ],
  "prisoners exchanged or swapped: each side returns the other's": [
    { text: "Russia and Ukraine carried out a prisoner exchange on Thursday.", events: each("retreat", "RUS", "UKR") },
    { text: "Armenia and Azerbaijan swapped prisoners on Monday.", events: each("retreat", "ARM", "AZE") },
    {
      text: "Armenia held an exchange of prisoners with Azerbaijan on Monday.",
      events: each("retreat", "ARM", "AZE"),
    },
    // views exchanged are talks, not a release
    { text: "Ghana and Togo exchanged views on trade.", events: ["meet GHA~TGO occurred"] },
  ],
  "a government that protests complains; a crowd that protests demonstrates": [
    {
      text: "The Russian Foreign Ministry protested to Japan over the incident.",
      events: ["criticize RUS>JPN occurred"],
    },
    { text: "The Chinese embassy protested Tokyo's decision.", events: ["criticize CHN>JPN occurred"] },
    { text: "Thousands of Kenyans protested against the British decision.", events: ["protest KEN>GBR occurred"] },
    { text: "Students protested in Dhaka against India.", events: ["protest BGD>IND occurred"] },
  ],
  "joint drills with one named partner are the clause subject's; a border is no partner": [
    {
      text: "Russia sent paratroopers near the Finnish border for joint drills with Belarus.",
      events: ["mobilize RUS>FIN occurred", "cooperate BLR~RUS intended"],
    },
    { text: "Russian paratroopers landed in Belarus on Friday. Chile condemned Peru's decision.", events: [theTrap] },
  ],
  "an act a state is kept from ('prevent X from joining') did not happen": [
    // the kept-off join is negated (no occurred join, no membership); its source is still the preventer's
    {
      text: `Russia is pushing to prevent Georgia from joining NATO. ${trap}`,
      events: [theTrap],
      knownSpurious: ["join RUS>org:nato negated"],
    },
    {
      text: `Greece tried to stop Cyprus from joining the alliance. ${trap}`,
      events: [theTrap],
    },
    { text: "Finland joined NATO in 2023.", events: ["join FIN>org:nato occurred"] },
  ],
  "a call or conversation two parties hold is a meeting, with or without 'with'": [
    {
      text: "Egypt and Jordan held a phone conversation on Monday.",
      events: ["meet EGY~JOR occurred"],
      date: "2024-03-11",
    },
    { text: "The presidents of Kenya and Uganda had a telephone call.", events: ["meet KEN~UGA occurred"] },
    { text: `Egypt welcomed the call for calm. ${trap}`, events: [theTrap] },
    { text: `The call ended after an hour. ${trap}`, events: [theTrap] },
  ],
  "accusations by two states named as modifiers": [
    {
      text: "Iran dismissed U.S. and UK accusations of Iranian involvement.",
      events: [
        "reject IRN>USA occurred",
        "reject IRN>GBR occurred",
        "criticize USA>IRN occurred",
        "criticize GBR>IRN occurred",
      ],
    },
  ],
};

for (const [group, table] of Object.entries(rows))
  describe(group, () => {
    for (const row of table) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
  });

describe("'Island' in a place's name is not Iceland", () => {
  const states = (text: string) =>
    analyzeText(text)
      .entities.filter((e) => e.kind === "country")
      .map((e) => e.id)
      .sort();
  it.each([
    ["Russian guards detained Japanese fishermen near Sakhalin Island.", ["JPN", "RUS"]],
    ["Ukraine retook Snake Island from Russia.", ["RUS", "UKR"]],
    ["Iceland and Norway signed a fisheries deal.", ["ISL", "NOR"]],
  ])("%s", (text, expected) => expect(states(text)).toEqual(expected));
});
