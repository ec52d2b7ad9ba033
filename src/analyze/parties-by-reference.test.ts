// Table tests of parties named by reference or by place: datelines of two bureaus, places that name a state only
// as a location ("near the Polish border"), coordinated parties, officials posted to an organisation. The sentences
// are written for these tests; each row lists every event its text gives.
import { describe, expect, it } from "vitest";
import { analyzeText, checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "a dateline of two bureaus names no party": [
    {
      text: "ISLAMABAD and LONDON -- Pakistan carried out missile strikes on targets inside Afghanistan on Monday, officials said.",
      events: ["use_force PAK>AFG occurred"],
    },
  ],
  "a state named only as the place of a border is no party": [
    {
      text: "Russia said on Friday it sent paratroopers near the Latvian border for joint drills with Belarus.",
      events: ["cooperate BLR~RUS occurred", "mobilize RUS>LVA occurred"],
    },
    {
      text: "Belarusian and Russian troops will hold joint exercises a few kilometres from the border of NATO member Lithuania.",
      events: ["cooperate BLR~RUS intended"],
    },
    // a border that is acted on, an agency at the border, and a deployment to the border keep their state
    { text: "Poland closed its border with Belarus on Tuesday.", events: ["sanction POL>BLR occurred"] },
    { text: "Chad sealed off its borders with Sudan on Friday.", events: ["sanction TCD>SDN occurred"] },
    { text: "Russian border guards detained a Japanese fishing boat.", events: ["coerce RUS>JPN occurred"] },
    { text: "Russia has deployed 100,000 troops near the Ukrainian border.", events: ["mobilize RUS>UKR occurred"] },
  ],
  "coordinated states stay on one side": [
    {
      text: "The Syrian government, backed by Russia and Iran, retook the city.",
      events: ["support RUS>SYR occurred", "support IRN>SYR occurred"],
    },
    // the speaker is no state: the two accused are not accuser and accused
    {
      text: "Ali Reza directly accused the U.S. and UK of hypocrisy. Chile condemned Peru.",
      events: ["criticize CHL>PER occurred"],
    },
    {
      text: "Iran dismissed U.S. and British accusations of involvement in the attack.",
      events: [
        "reject IRN>USA occurred",
        "reject IRN>GBR occurred",
        "criticize USA>IRN occurred",
        "criticize GBR>IRN occurred",
      ],
    },
    {
      text: "Iran rejected the French and German proposal.",
      events: ["reject IRN>FRA occurred", "reject IRN>DEU occurred"],
    },
    {
      text: "Britain expelled two Russian diplomats accused of spying.",
      events: ["break_relations GBR>RUS occurred", "criticize GBR>RUS occurred"],
    },
  ],
  "a state's envoy to an organisation speaks for the state": [
    {
      text: "Iran's UN Ambassador Ali Reza Tabrizi dismissed the accusations of the United States as unfounded.",
      events: ["reject IRN>USA occurred"],
    },
    { text: "Brazil's WTO envoy Marcos Galvao criticised the United States.", events: ["criticize BRA>USA occurred"] },
    { text: "The Iranian UN envoy criticised Israel.", events: ["criticize IRN>ISR occurred"] },
    // the organisation's own envoy stays the organisation's
    {
      text: "UN envoy Staffan de Mistura met Syria's foreign minister in Damascus.",
      events: ["meet SYR~org:un occurred"],
    },
  ],
};

describe("parties named by reference or by place", () => {
  for (const [name, table] of Object.entries(rows)) {
    describe(name, () => {
      it.each(table)("$text", (row) => checkEventRow(row));
    });
  }
  it("an official's state is the one that opens the title", () => {
    const people = (text: string) =>
      analyzeText(text)
        .entities.filter((e) => e.kind === "person")
        .map((e) => [e.name, e.kind === "person" ? e.country : null]);
    expect(people("Iran's UN Ambassador Ali Reza Tabrizi rejected the letter.")).toEqual([["Ali Reza Tabrizi", "IRN"]]);
    expect(
      people("The Fiji Prime Minister and Acting Foreign Minister Sitiveni Rabuka said Fiji is ready to host Japan."),
    ).toEqual([["Sitiveni Rabuka", "FJI"]]);
  });
  it("a dateline's capital is no state of the article", () => {
    const record = analyzeText(
      "ISLAMABAD and LONDON -- Pakistan carried out missile strikes on targets inside Afghanistan on Monday, officials said.",
    );
    expect(
      record.entities
        .filter((e) => e.kind === "country")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["AFG", "PAK"]);
  });
});
