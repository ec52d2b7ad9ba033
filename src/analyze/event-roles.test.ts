// Who did what to whom in harder sentences (written for these tests): participles, appositives, relative
// clauses, possessives, invitations, bystanders, groups, seats of government.
import { describe, expect, it } from "vitest";
import { analyzeText, checkEventRow, type EventRow, eventKeys } from "./analyze-test-helpers.ts";

const rows: EventRow[] = [
  // a joint noun that names no party is the joint act of its clause's subject, when that names two or more
  {
    text: "Kenya and Uganda reaffirmed the significance of regional cooperation.",
    events: ["cooperate KEN~UGA intended"],
  },
  {
    text: "The leaders of Peru, Chile and Colombia stressed the importance of trilateral cooperation.",
    events: ["cooperate CHL~PER intended", "cooperate COL~PER intended", "cooperate CHL~COL intended"],
  },
  // "its newest members" are the states whose joining was just reported
  {
    text: "Sweden joined NATO in March. The alliance welcomed its newest member.",
    events: ["join SWE>org:nato occurred", "support org:nato>SWE occurred"],
  },
  {
    text: "Finland joined NATO in 2023. NATO added Sweden as its newest member in 2024.",
    events: ["join FIN>org:nato occurred", "join SWE>org:nato occurred"],
  },
  // a person the knowledge base does not know takes the state of the title after his name
  {
    text: "Ms. Amina Diallo, Minister of Foreign Affairs of Senegal, thanked Japan for its assistance.",
    events: ["support SEN>JPN occurred", "aid JPN>SEN occurred"],
  },
  // a subject the parser hung on the opening phrase ("for approximately 20 minutes, Mr. X, ...")
  {
    text: "On Monday, commencing at 3 p.m. for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with Singapore's foreign minister.",
    events: ["meet JPN~SGP occurred"],
    published: "2014-11-08",
  },
  // a meeting named before the noun ("the Japan-Korea ministers' meeting") and another with its own possessor
  {
    text: "Mr. Fumio Kishida explained that the Japan-Korea ministers' meeting had been held just before his meeting with Singapore's foreign minister.",
    events: ["meet JPN~KOR occurred", "meet JPN~SGP occurred"],
    published: "2014-11-08",
  },
  // "H.E." and "H.R.H." end no sentence; an unknown person's state through a long title ("... of the Philippines")
  {
    text: "Mr. Fumio Kishida held a meeting with H.E. Mr. Albert del Rosario, Secretary of Foreign Affairs of the Philippines.",
    events: ["meet JPN~PHL occurred"],
    published: "2014-11-08",
  },
  // a verb that makes an act grow is done by those who do the act, from the tree; "between" names its own parties
  { text: "Saudi Arabia wants to deepen cooperation with Japan in energy.", events: ["cooperate JPN~SAU intended"] },
  { text: "Kenya increased its aid to Somalia.", events: ["aid KEN>SOM occurred"] },
  {
    text: "Japan will strengthen the dialogue between Israel and Jordan.",
    events: ["meet ISR~JOR intended"],
  },
  {
    text: "Russia on Monday downgraded diplomatic relations with Estonia, accusing Tallinn of hostility.",
    events: ["criticize RUS>EST occurred", "break_relations RUS>EST occurred"],
  },
  { text: "Russia ordered Estonia's ambassador to leave the country.", events: ["break_relations RUS>EST occurred"] },
  { text: "Estonia responded by expelling Russia's ambassador.", events: ["break_relations EST>RUS occurred"] },
  {
    text: "The United States, a close ally of both countries, welcomed Japan's decision.",
    events: ["support USA>JPN occurred"],
    knownSpurious: ["support JPN>USA occurred"],
  },
  {
    text: "North Korea fired a missile into the sea, which Japan and South Korea condemned.",
    events: ["criticize JPN>PRK occurred", "criticize KOR>PRK occurred"],
  },
  {
    text: "Pakistan's foreign office accused Kabul of sheltering militants who attack Pakistani soldiers.",
    events: ["criticize PAK>AFG occurred"],
  },
  { text: "The government in Kabul warned Pakistan of consequences.", events: ["threaten AFG>PAK occurred"] },
  {
    text: "Tokayev invited Putin to pay a state visit to Kazakhstan later this year.",
    events: ["visit RUS>KAZ intended"],
    published: "2024-05-08",
    date: "2024",
  },
  {
    text: "Egypt's foreign minister visited Ankara in April, and his Turkish counterpart travelled to Cairo in March.",
    events: ["visit TUR>EGY occurred", "visit EGY>TUR occurred"],
    published: "2023-07-04",
    date: "2023-03",
  },
  {
    text: "Egypt's foreign minister visited Ankara in April, and his Turkish counterpart travelled to Cairo in March.",
    events: ["visit EGY>TUR occurred", "visit TUR>EGY occurred"],
    published: "2023-07-04",
    date: "2023-04",
  },
  {
    text: "Ethiopia and Eritrea signed a peace agreement in the Saudi city of Jeddah.",
    events: ["sign_agreement ERI~ETH occurred"],
  },
  {
    text: "Ethiopia and Eritrea signed the accord in the presence of Saudi King Salman.",
    events: ["sign_agreement ERI~ETH occurred"],
  },
  {
    text: "Diplomatic relations between Ethiopia and Eritrea were restored in July.",
    events: ["establish_relations ERI~ETH occurred"],
    published: "2018-09-17",
    date: "2018-07",
  },
  {
    text: "China called on Pakistan and Afghanistan to exercise restraint.",
    events: ["demand CHN>AFG occurred", "demand CHN>PAK occurred"],
  },
  {
    text: "Japan and South Korea agreed to mend relations strained by history.",
    events: ["cooperate JPN~KOR intended"],
  },
  {
    text: "Egypt and Turkey upgraded their diplomatic relations to ambassador level on Tuesday.",
    events: ["establish_relations EGY~TUR occurred"],
    published: "2023-07-04",
    date: "2023-07-04",
  },
  {
    text: "Afghanistan's rulers denied the accusation made by Pakistan.",
    events: ["reject AFG>PAK occurred"],
  },
  {
    text: "Belarus condemned the sanctions imposed by Britain.",
    events: ["criticize BLR>GBR occurred"],
  },
  {
    text: "Pakistan carried out airstrikes inside Afghanistan on Monday.",
    events: ["use_force PAK>AFG occurred"],
    published: "2024-03-19",
    date: "2024-03-18",
  },
  {
    text: "Latvia said it would downgrade ties with Moscow in solidarity with its neighbour.",
    events: ["break_relations LVA>RUS intended"],
  },
  { text: "Germany summoned the Russian ambassador over the cyberattack.", events: ["criticize DEU>RUS occurred"] },
  {
    text: "Indian Prime Minister Narendra Modi expressed condolences to Turkey after the earthquake.",
    events: ["support IND>TUR occurred"],
  },
  {
    text: "Egypt and Saudi Arabia held joint military exercises in the Red Sea.",
    events: ["cooperate EGY~SAU occurred"],
  },
  {
    text: "Poland expelled two Russian diplomats accused of spying.",
    events: ["criticize POL>RUS occurred", "break_relations POL>RUS occurred"],
  },
  {
    text: "Thailand and Cambodia exchanged fire along their border on Thursday.",
    events: ["use_force KHM>THA occurred", "use_force THA>KHM occurred"],
    knownSpurious: ["use_force THA>THA occurred", "use_force KHM>KHM occurred"],
    date: "2024-03-14",
  },
  {
    text: "Thailand and Cambodia exchanged fire along their border on Thursday.",
    events: ["use_force THA>KHM occurred", "use_force KHM>THA occurred"],
    knownSpurious: ["use_force THA>THA occurred", "use_force KHM>KHM occurred"],
  },
  {
    text: "Canada and India expelled each other's diplomats in October.",
    events: ["break_relations IND>CAN occurred", "break_relations CAN>IND occurred"],
    knownSpurious: ["break_relations CAN>CAN occurred", "break_relations IND>IND occurred"],
  },
  {
    text: "Qatar hosted talks between the United States and the Taliban in Doha. Italy and Spain held talks on migration in Rome.",
    events: ["meet ESP~ITA occurred", "visit ESP>ITA occurred"],
  },
  {
    text: "The Arab League readmitted Syria in May 2023.",
    events: ["join SYR>org:arab-league occurred"],
    date: "2023-05",
  },
  {
    text: "The European Union condemned Moscow's move and expressed support for Estonia.",
    events: ["support org:eu>EST occurred", "criticize org:eu>RUS occurred"],
  },
  {
    text: "Britain condemned the Russian attack on Ukraine.",
    events: ["use_force RUS>UKR occurred", "criticize GBR>RUS occurred"],
  },
  {
    text: "Britain condemned the terrorist attack on Israel by Hamas. Britain also imposed sanctions on Iran.",
    events: ["sanction GBR>IRN occurred"],
  },
  {
    text: "Putin and Xi signed a Joint Statement on deepening their partnership.",
    events: ["sign_agreement CHN~RUS occurred", "cooperate CHN~RUS intended"],
    published: "2023-03-21",
  },
  {
    text: "Putin and Xi approved a plan to develop economic cooperation until 2030.",
    events: ["cooperate CHN~RUS intended"],
    published: "2023-03-21",
    date: "2023-03-21",
  },
  {
    text: "Both ministers of Britain and India looked forward to the next UK-India Strategic Dialogue.",
    events: ["meet GBR~IND intended"],
  },
];

describe("event roles in harder sentences", () => {
  it.each(rows)("$text → $events", checkEventRow);

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
