// Relations and quotes on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyze-test-helpers.ts";

const key = (r: { kind: string; parties: string[]; label?: string | null }) =>
  `${r.kind} ${r.kind === "membership" ? r.parties.join(">") : [...r.parties].sort().join("~")}${r.label ? ` ${r.label}` : ""}`;

describe("relations", () => {
  it.each([
    [
      "Pakistan and China described their all-weather strategic cooperative partnership as unbreakable.",
      "partnership CHN~PAK all-weather strategic cooperative partnership",
      null,
    ],
    [
      "Vietnam and Japan elevated ties to a comprehensive strategic partnership in November 2023.",
      "partnership JPN~VNM comprehensive strategic partnership",
      "2023-11",
    ],
    ["Brazil and Argentina established diplomatic relations in 1823.", "diplomatic_relations ARG~BRA", "1823"],
    ["Relations between Spain and Morocco have lasted for 68 years.", "diplomatic_relations ESP~MAR", "1956"],
    ["Sweden joined NATO in March 2024.", "membership SWE>org:nato", "2024-03"],
    // relations begin with the state recognised, not the one left
    [
      "Nicaragua switched diplomatic recognition from Taiwan to China in December 2021.",
      "diplomatic_relations CHN~NIC",
      "2021-12",
    ],
    [
      "Panama broke diplomatic relations with Taiwan and established relations with China in June 2017.",
      "diplomatic_relations CHN~PAN",
      "2017-06",
    ],
    ["As members of the African Union, Kenya and Ghana pledged to cooperate.", "membership KEN>org:au", null],
    ["The founding ASEAN members were Indonesia, Malaysia and Thailand.", "membership THA>org:asean", null],
    [
      "The EU enlargement followed the addition of Cyprus and Malta in 2004; Bulgaria and Romania in 2007.",
      "membership ROU>org:eu",
      "2007",
    ],
    // the organisation's name, "member", the state
    ["EU member Croatia shares a long border with Serbia.", "membership HRV>org:eu", null],
    ["Troops gathered near the border of NATO member state Latvia.", "membership LVA>org:nato", null],
    // a bloc's composition
    [
      "The Mercosur trade bloc is composed of Argentina, Brazil, Paraguay and Uruguay.",
      "membership PRY>org:mercosur",
      null,
    ],
    [
      "The Gulf Cooperation Council comprises Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE.",
      "membership OMN>org:gcc",
      null,
    ],
    // alliances worded around "ally" and "allies"
    ["Japan, a close US ally, joined the sanctions.", "alliance JPN~USA", null],
    ["The Philippines is a treaty ally of the United States.", "alliance PHL~USA", null],
    ["The United States and Australia are longtime allies.", "alliance AUS~USA", null],
    // a member in apposition, a partner of a level, years of relations counted back
    ["Turkey, a NATO member, has blocked the bid.", "membership TUR>org:nato", null],
    [
      "China is Pakistan's all-weather strategic cooperative partner.",
      "partnership CHN~PAK all-weather strategic cooperative partnership",
      null,
    ],
    ["Germany and France marked 60 years of diplomatic relations.", "diplomatic_relations DEU~FRA", "1964"],
    // plural members, an apposition that names the bloc, the members listed
    ["NATO members Estonia and Latvia asked for more troops.", "membership LVA>org:nato", null],
    [
      "Leaders of the SCO, a grouping comprising China, Russia and India, met in Astana.",
      "membership IND>org:sco",
      null,
    ],
    [
      "The GCC's six members are Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE.",
      "membership KWT>org:gcc",
      null,
    ],
  ])("%s", (text, expected, since) => {
    const relations = analyzeText(text, "2024-03-14").relations;
    const found = relations.find((r) => key(r) === expected);
    expect(found, relations.map(key).join("; ")).toBeDefined();
    expect(found?.since ?? null).toBe(since);
  });

  it.each([
    ["The two sides discussed deepening the partnership on trade.", "partnership"],
    ["Bolivia cut diplomatic ties with Israel.", "diplomatic_relations"],
    ["Ukraine wants to join the European Union.", "membership"],
    ["The EU members met Turkey in Brussels.", "membership"],
    ["Argentina and the UK have no diplomatic relations since the war.", "diplomatic_relations"],
    ["Hungary is not an ally of Serbia, the minister said.", "alliance"],
    ["Kenya thanked its global partners, Japan said.", "partnership"],
    ["The bloc, comprising ten states, met in Jakarta with Japan and China.", "membership"],
  ])("%s asserts no %s", (text, kind) => {
    expect(analyzeText(text).relations.filter((r) => r.kind === kind)).toEqual([]);
  });
});

describe("relations of a switch of recognition", () => {
  it("the state left has no diplomatic relations with the one that left it", () => {
    const text = "Panama broke diplomatic relations with Taiwan and established relations with China in June 2017.";
    const keys = analyzeText(text).relations.map(key);
    expect(keys).toEqual(["diplomatic_relations CHN~PAN"]);
  });
});

describe("quotes", () => {
  it("keeps the quoted words and who said them", () => {
    const record = analyzeText(
      '"We will not accept any interference," said Chinese Foreign Minister Wang Yi.',
      "2024-03-14",
    );
    expect(record.quotes).toHaveLength(1);
    expect(record.quotes[0].text).toBe("We will not accept any interference,");
    expect(record.quotes[0].speaker).toBe("person:wang-yi");
  });
});
