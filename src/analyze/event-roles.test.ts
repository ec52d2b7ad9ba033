// Who did what to whom in harder sentences (written for these tests): participles, appositives, relative
// clauses, possessives, invitations, bystanders, groups, seats of government.
import { describe, expect, it } from "vitest";
import { analyzeText, checkEventRow, type EventRow, eventKeys } from "./analyze-test-helpers.ts";

const rows: EventRow[] = [
  {
    text: "Russia on Monday downgraded diplomatic relations with Estonia, accusing Tallinn of hostility.",
    expect: "criticize RUS>EST occurred",
    not: "criticize EST>RUS occurred",
  },
  { text: "Russia ordered Estonia's ambassador to leave the country.", expect: "break_relations RUS>EST occurred" },
  { text: "Estonia responded by expelling Russia's ambassador.", expect: "break_relations EST>RUS occurred" },
  {
    text: "The United States, a close ally of both countries, welcomed Japan's decision.",
    expect: "support USA>JPN occurred",
  },
  {
    text: "North Korea fired a missile into the sea, which Japan and South Korea condemned.",
    expect: "criticize JPN>PRK occurred",
  },
  {
    text: "Pakistan's foreign office accused Kabul of sheltering militants who attack Pakistani soldiers.",
    expect: "criticize PAK>AFG occurred",
    not: "use_force PAK>AFG occurred",
  },
  { text: "The government in Kabul warned Pakistan of consequences.", expect: "threaten AFG>PAK occurred" },
  {
    text: "Tokayev invited Putin to pay a state visit to Kazakhstan later this year.",
    expect: "visit RUS>KAZ intended",
    published: "2024-05-08",
    date: "2024",
  },
  {
    text: "Egypt's foreign minister visited Ankara in April, and his Turkish counterpart travelled to Cairo in March.",
    expect: "visit TUR>EGY occurred",
    published: "2023-07-04",
    date: "2023-03",
  },
  {
    text: "Egypt's foreign minister visited Ankara in April, and his Turkish counterpart travelled to Cairo in March.",
    expect: "visit EGY>TUR occurred",
    published: "2023-07-04",
    date: "2023-04",
  },
  {
    text: "Ethiopia and Eritrea signed a peace agreement in the Saudi city of Jeddah.",
    expect: "sign_agreement ERI~ETH occurred",
    not: "sign_agreement ETH~SAU occurred",
  },
  {
    text: "Ethiopia and Eritrea signed the accord in the presence of Saudi King Salman.",
    expect: "sign_agreement ERI~ETH occurred",
    not: "sign_agreement ERI~SAU occurred",
  },
  {
    text: "Diplomatic relations between Ethiopia and Eritrea were restored in July.",
    expect: "establish_relations ERI~ETH occurred",
    published: "2018-09-17",
    date: "2018-07",
  },
  { text: "China called on Pakistan and Afghanistan to exercise restraint.", expect: "demand CHN>AFG occurred" },
  { text: "Japan and South Korea agreed to mend relations strained by history.", expect: "cooperate JPN~KOR intended" },
  {
    text: "Egypt and Turkey upgraded their diplomatic relations to ambassador level on Tuesday.",
    expect: "establish_relations EGY~TUR occurred",
    published: "2023-07-04",
    date: "2023-07-04",
  },
  {
    text: "Afghanistan's rulers denied the accusation made by Pakistan.",
    expect: "reject AFG>PAK occurred",
    not: "criticize AFG>PAK occurred",
  },
  {
    text: "Belarus condemned the sanctions imposed by Britain.",
    expect: "criticize BLR>GBR occurred",
    not: "sanction BLR>GBR occurred",
  },
  {
    text: "Pakistan carried out airstrikes inside Afghanistan on Monday.",
    expect: "use_force PAK>AFG occurred",
    published: "2024-03-19",
    date: "2024-03-18",
  },
  {
    text: "Latvia said it would downgrade ties with Moscow in solidarity with its neighbour.",
    expect: "break_relations LVA>RUS intended",
    not: "support LVA>RUS intended",
  },
  { text: "Germany summoned the Russian ambassador over the cyberattack.", expect: "criticize DEU>RUS occurred" },
  {
    text: "Indian Prime Minister Narendra Modi expressed condolences to Turkey after the earthquake.",
    expect: "support IND>TUR occurred",
  },
  {
    text: "Egypt and Saudi Arabia held joint military exercises in the Red Sea.",
    expect: "cooperate EGY~SAU occurred",
    not: "cooperate EGY~SAU intended",
  },
  {
    text: "Poland expelled two Russian diplomats accused of spying.",
    expect: "criticize POL>RUS occurred",
    not: "criticize RUS>POL occurred",
  },
  {
    text: "Thailand and Cambodia exchanged fire along their border on Thursday.",
    expect: "use_force KHM>THA occurred",
    date: "2024-03-14",
  },
  {
    text: "Thailand and Cambodia exchanged fire along their border on Thursday.",
    expect: "use_force THA>KHM occurred",
  },
  { text: "Canada and India expelled each other's diplomats in October.", expect: "break_relations IND>CAN occurred" },
  {
    text: "Qatar hosted talks between the United States and the Taliban in Doha.",
    expect: "",
    not: "meet QAT~USA occurred",
  },
  {
    text: "The Arab League readmitted Syria in May 2023.",
    expect: "join SYR>org:arab-league occurred",
    date: "2023-05",
  },
  {
    text: "The European Union condemned Moscow's move and expressed support for Estonia.",
    expect: "support org:eu>EST occurred",
    not: "support RUS>EST occurred",
  },
  {
    text: "Britain condemned the Russian attack on Ukraine.",
    expect: "use_force RUS>UKR occurred",
    not: "use_force GBR>UKR occurred",
  },
  { text: "Britain condemned the terrorist attack on Israel by Hamas.", expect: "", not: "criticize GBR>ISR occurred" },
  { text: "Britain condemned the terrorist attack on Israel by Hamas.", expect: "", not: "use_force GBR>ISR occurred" },
  {
    text: "Putin and Xi signed a Joint Statement on deepening their partnership.",
    expect: "sign_agreement CHN~RUS occurred",
    published: "2023-03-21",
  },
  {
    text: "Putin and Xi approved a plan to develop economic cooperation until 2030.",
    expect: "cooperate CHN~RUS intended",
    published: "2023-03-21",
    date: "2023-03-21",
  },
  {
    text: "Both ministers of Britain and India looked forward to the next UK-India Strategic Dialogue.",
    expect: "meet GBR~IND intended",
    not: "meet GBR~IND occurred",
  },
];

describe("event roles in harder sentences", () => {
  it.each(rows)("$text → $expect", checkEventRow);

  it("in a government's own release, 'we' and the bare title are that government", () => {
    const record = analyzeText(
      "The Secretary met Kenyan President William Ruto. We welcome Kenya's leadership in Haiti.",
      "2024-05-23",
      "U.S. Department of State",
    );
    const keys = record.events.flatMap(eventKeys);
    expect(keys).toContain("meet KEN~USA occurred");
    expect(keys).toContain("support USA>KEN occurred");
  });
});
