// Table tests of force used on a state's territory, arrivals that are and are not visits, flags burned in protest,
// accusations traded "one another", trade bans as embargoes and the new trade blocs. The sentences are written
// for these tests; each row lists every event its text gives (a mutual act lists its self pairs too: the
// scorer leaves them out).
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const each = (kind: string, a: string, b: string): string[] =>
  [`${a}>${a}`, `${a}>${b}`, `${b}>${b}`, `${b}>${a}`].map((pair) => `${kind} ${pair} occurred`);
const trap = "Chile condemned Peru's decision.";
const theTrap = "criticize CHL>PER occurred";

const rows: Record<string, EventRow[]> = {
  "force on people or sites in a state's territory is force on that state": [
    {
      text: "Israel attacked militant leaders in Doha on Tuesday.",
      events: ["use_force ISR>QAT occurred"],
      date: "2024-03-12",
    },
    { text: "Israel hit targets in Lebanon on Monday.", events: ["use_force ISR>LBN occurred"] },
    { text: "Russia hit energy facilities in Ukraine overnight.", events: ["use_force RUS>UKR occurred"] },
    { text: "Turkey killed two rebel commanders in Iraq.", events: ["use_force TUR>IRQ occurred"] },
    // the state attacked, when named, is the target, not the place
    { text: "Russia attacked Ukraine in 2022.", events: ["use_force RUS>UKR occurred"], date: "2022" },
    // no state acts: no force; a balance struck is none either; force at home has no foreign target
    { text: `An earthquake killed hundreds of people in Turkey. ${trap}`, events: [theTrap] },
    { text: `India struck a balance between Russia and the West. ${trap}`, events: [theTrap] },
    { text: `Pakistan killed five militants in Pakistan. ${trap}`, events: [theTrap] },
    { text: "China struck a trade deal with Chile in Beijing.", events: ["sign_agreement CHL~CHN occurred"] },
  ],
  "only people visit: aircraft and drones that land are no visit; a leader who flies into a capital visits": [
    { text: `Two American drones landed in Niger on Monday. ${trap}`, events: [theTrap] },
    { text: `Chinese military aircraft landed in Serbia. ${trap}`, events: [theTrap] },
    { text: `Russian troops landed in Syria on Monday. ${trap}`, events: [theTrap] },
    {
      text: "The Prime Minister of India flew into Athens on Monday.",
      events: ["visit IND>GRC occurred"],
      date: "2024-03-11",
    },
    { text: "President Ruto flew into Tokyo for talks on Monday.", events: ["visit KEN>JPN occurred"] },
    // warplanes flown into a state's airspace are a show of force, not a visit
    { text: "Russian warplanes flew into Polish airspace.", events: ["mobilize RUS>POL occurred"] },
  ],
  "flags or effigies burned: a protest where the crowd is, against the flag's state": [
    {
      text: "Protesters burned French flags in Niamey on Friday.",
      events: ["protest NER>FRA occurred"],
      date: "2024-03-08",
    },
    { text: "Pakistani demonstrators burned an Indian flag.", events: ["protest PAK>IND occurred"] },
    { text: "Protesters torched American flags in Iraq.", events: ["protest IRQ>USA occurred"] },
    // armed men storming a mission are no crowd of the state they are in
    {
      text: `Militants stormed the American consulate in Benghazi. ${trap}`,
      events: [theTrap],
    },
  ],
  "accusing one another: each criticises the other": [
    {
      text: "Armenia and Azerbaijan accused one another of breaking the truce.",
      events: each("criticize", "ARM", "AZE"),
    },
    { text: `The ministers accused one another of lying. ${trap}`, events: [theTrap] },
  ],
  "imports, exports or trade banned or halted: an embargo on the other state": [
    {
      text: "China banned seafood imports from Japan in August.",
      events: ["sanction CHN>JPN occurred"],
      date: "2023-08",
    },
    { text: "India suspended trade with Pakistan on Monday.", events: ["sanction IND>PAK occurred"] },
    { text: "Russia halted grain exports to Moldova.", events: ["sanction RUS>MDA occurred"] },
    // banned past tense, month alone: the month last past; "will" from January: the next
    {
      text: "The United States imposed tariffs on China from January.",
      events: ["sanction USA>CHN occurred"],
      date: "2024-01",
      published: "2024-11-20",
    },
    {
      text: "The United States will impose tariffs on China from January.",
      events: ["sanction USA>CHN intended"],
      date: "2025-01",
      published: "2024-11-20",
    },
  ],
  "the CPTPP and RCEP are organisations a state joins": [
    { text: "Britain joined the CPTPP in December.", events: ["join GBR>org:cptpp occurred"], date: "2023-12" },
    {
      text: "Vietnam joined the Regional Comprehensive Economic Partnership in 2022.",
      events: ["join VNM>org:rcep occurred"],
      date: "2022",
    },
  ],
};

for (const [group, table] of Object.entries(rows))
  describe(group, () => {
    for (const row of table) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
  });
