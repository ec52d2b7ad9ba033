// Table tests of organisations acting with the member states a text lists: a meeting of the listed members
// ("The BRICS (A, B, C) agreed at their summit"). The sentences are written for these tests; each row lists
// every event its text gives; a near-miss comes with the events it does give.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "../analyze-test-helpers.ts";

const pairs = (kind: string, states: string[], factuality = "occurred") =>
  [...states].sort().flatMap((a, i, all) => all.slice(i + 1).map((b) => `${kind} ${a}~${b} ${factuality}`));

const rows: Record<string, EventRow[]> = {
  "an organisation's meeting whose members are listed is a meeting of every listed state": [
    {
      text: "The BRICS (Brazil, Russia, India, China and South Africa) agreed at their annual summit on Tuesday to expand the bloc.",
      events: pairs("meet", ["BRA", "RUS", "IND", "CHN", "ZAF"]),
      date: "2024-03-12",
    },
    {
      text: "Leaders of the G7 — the United States, Japan, Germany, France, Britain, Italy and Canada — met in Hiroshima on Friday.",
      events: [
        ...pairs("meet", ["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"]),
        ...["USA", "DEU", "FRA", "GBR", "ITA", "CAN"].map((s) => `visit ${s}>JPN occurred`),
      ],
      date: "2024-03-08",
    },
    {
      text: "The Gulf Cooperation Council states, Saudi Arabia, Qatar, Kuwait and Oman, held talks in Riyadh on Wednesday.",
      events: pairs("meet", ["SAU", "QAT", "KWT", "OMN"]),
      date: "2024-03-13",
    },
    {
      text: "The Shanghai Cooperation Organisation, including China, Russia and Kazakhstan, agreed at its summit in Astana on July 4 to boost security ties.",
      events: [...pairs("meet", ["CHN", "RUS", "KAZ"]), ...pairs("cooperate", ["CHN", "RUS", "KAZ"], "intended")],
      date: "2023-07-04",
    },
    {
      text: "The Nordic Council (Norway, Sweden and Finland) met in Oslo in May 2023.",
      events: [...pairs("meet", ["NOR", "SWE", "FIN"]), "visit SWE>NOR occurred", "visit FIN>NOR occurred"],
      date: "2023-05",
    },
    {
      text: "The Mercosur members, Brazil, Argentina, Paraguay and Uruguay, met in Montevideo on Thursday.",
      events: [
        ...pairs("meet", ["BRA", "ARG", "PRY", "URY"]),
        ...["BRA", "ARG", "PRY"].map((s) => `visit ${s}>URY occurred`),
      ],
    },
    {
      text: "The BRICS (Brazil, Russia, India, China and South Africa) will meet in Kazan next year.",
      events: [
        ...pairs("meet", ["BRA", "RUS", "IND", "CHN", "ZAF"], "intended"),
        ...["BRA", "IND", "CHN", "ZAF"].map((s) => `visit ${s}>RUS intended`),
      ],
    },
  ],
  "near misses: members listed beside another act give no meeting": [
    {
      text: "Members of the Quad, Australia and India, criticised China.",
      events: ["criticize org:quad>CHN occurred", "criticize AUS>CHN occurred", "criticize IND>CHN occurred"],
    },
    {
      text: "The EU, including France and Germany, condemned the coup. Japan met Vietnam in Hanoi on Monday.",
      events: ["meet JPN~VNM occurred", "visit JPN>VNM occurred"],
    },
  ],
  "an organisation admitting states: each joins, intended when planned, occurred when done": [
    {
      text: "BRICS agreed to make Egypt, Ethiopia and Iran full members from January 2025.",
      events: ["join EGY>org:brics intended", "join ETH>org:brics intended", "join IRN>org:brics intended"],
      date: "2025-01",
    },
    {
      text: "The European Union was founded in 1957. The bloc admitted Bulgaria and Romania in 2007.",
      events: ["join BGR>org:eu occurred", "join ROU>org:eu occurred"],
      date: "2007",
    },
    {
      text: "The Commonwealth admitted Gabon and Togo as members in June 2022.",
      events: ["join GAB>org:commonwealth occurred", "join TGO>org:commonwealth occurred"],
      date: "2022-06",
    },
    {
      text: "The African Union will admit Somalia and Eritrea next year.",
      events: ["join SOM>org:au intended", "join ERI>org:au intended"],
      date: "2025",
    },
    { text: "BRICS made Ethiopia a full member in January.", events: ["join ETH>org:brics occurred"], date: "2024-01" },
    { text: "Nepal signed up to the BRI in 2017.", events: ["join NPL>org:bri occurred"], date: "2017" },
    {
      text: "Chile and Peru signed on to the Belt and Road Initiative last year.",
      events: ["join CHL>org:bri occurred", "join PER>org:bri occurred"],
      date: "2023",
    },
    {
      text: "NATO formally invited Sweden and Finland to join the alliance on Wednesday.",
      events: ["join SWE>org:nato intended", "join FIN>org:nato intended"],
      date: "2024-03-13",
    },
  ],
  "an organisation inviting states to join it, 'join' with no object: each invited state joins, intended": [
    { text: "NATO invited Finland to join.", events: ["join FIN>org:nato intended"] },
    {
      text: "NATO formally invited Sweden and Finland to join on Wednesday.",
      events: ["join SWE>org:nato intended", "join FIN>org:nato intended"],
      date: "2024-03-13",
    },
    {
      text: "BRICS invited Egypt, Ethiopia and Iran to become full members.",
      events: ["join EGY>org:brics intended", "join ETH>org:brics intended", "join IRN>org:brics intended"],
      knownSpurious: ["meet EGY~ETH intended", "meet EGY~IRN intended", "meet ETH~IRN intended"],
    },
    // near misses: asked to join talks, asked to help
    { text: "The EU asked Turkey to join the talks.", events: ["demand org:eu>TUR occurred"] },
    { text: "The UN asked Ghana to help.", events: ["demand org:un>GHA occurred"] },
  ],
  "near misses: admitting a fact, signing up for talks": [
    {
      text: "Russia admitted the strike on Ukraine. The EU admitted that Poland had been right. China criticised Japan.",
      events: ["criticize CHN>JPN occurred"],
    },
    { text: "Ukraine signed up for talks with Russia.", events: ["meet RUS~UKR occurred"] },
  ],
  "'the three Sahel countries', 'the two neighbours', 'the three juntas': the states listed together before": [
    {
      text: "Mali, Burkina Faso and Niger expelled French troops last year. The three Sahel countries announced their withdrawal from ECOWAS on Sunday.",
      events: [
        "coerce MLI>FRA occurred",
        "coerce BFA>FRA occurred",
        "coerce NER>FRA occurred",
        "break_relations MLI>org:ecowas occurred",
        "break_relations BFA>org:ecowas occurred",
        "break_relations NER>org:ecowas occurred",
      ],
    },
    {
      text: "Mali, Burkina Faso and Niger are ruled by the military. The three juntas signed a mutual defence pact on Saturday.",
      events: pairs("sign_agreement", ["MLI", "BFA", "NER"]),
      date: "2024-03-09",
    },
    {
      text: "Guinea, Mali and Burkina Faso were suspended. The three West African states criticised ECOWAS on Friday.",
      events: [
        "criticize GIN>org:ecowas occurred",
        "criticize MLI>org:ecowas occurred",
        "criticize BFA>org:ecowas occurred",
      ],
      date: "2024-03-08",
    },
    {
      text: "Sweden and Finland applied in 2022. The two Nordic countries will join NATO next year.",
      events: ["join SWE>org:nato intended", "join FIN>org:nato intended"],
    },
    {
      text: "Ethiopia and Eritrea fought a border war. The two neighbours signed a peace deal in 2018.",
      // the war fought is each one's use of force on the other (reciprocal-acts.test.ts)
      events: [
        "sign_agreement ERI~ETH occurred",
        "use_force ETH>ETH occurred",
        "use_force ETH>ERI occurred",
        "use_force ERI>ETH occurred",
        "use_force ERI>ERI occurred",
      ],
      date: "2018",
    },
    {
      text: "Burkina Faso announced its withdrawal from ECOWAS on Sunday.",
      events: ["break_relations BFA>org:ecowas occurred"],
    },
  ],
  "near misses: a number that no list of as many states matches gives no party": [
    {
      text: "Chile and Peru met in Lima. The three countries signed a pact.",
      events: ["meet CHL~PER occurred", "visit CHL>PER occurred"],
    },
    {
      text: "France announced the withdrawal of its troops from Mali. Kenya and Uganda held talks on Monday.",
      events: ["meet KEN~UGA occurred", "retreat FRA>MLI occurred"],
    },
  ],
  "a list after 'including' or 'such as' in a party's phrase: each listed state is a party": [
    {
      text: "Japan will provide grant aid to 15 African countries, including Kenya, Mali and South Sudan.",
      events: ["aid JPN>KEN intended", "aid JPN>MLI intended", "aid JPN>SSD intended"],
    },
    {
      text: "India signed agreements with five countries, including Nepal and Bhutan.",
      events: ["sign_agreement IND~NPL occurred", "sign_agreement BTN~IND occurred"],
    },
    {
      text: "Australia signed a trade deal with ten nations including Vietnam and Malaysia in 2020.",
      events: pairs("sign_agreement", ["AUS", "VNM", "MYS"]),
      date: "2020",
    },
    {
      text: "The United States imposed sanctions on several Gulf states, including Qatar and Oman, on Monday.",
      events: ["sanction USA>QAT occurred", "sanction USA>OMN occurred"],
      date: "2024-03-11",
    },
    {
      text: "Turkey condemned several European governments, such as France and Germany.",
      events: ["criticize TUR>FRA occurred", "criticize TUR>DEU occurred"],
    },
    {
      text: "Germany expelled diplomats from several states, including Russia and Belarus.",
      events: ["break_relations DEU>RUS occurred", "break_relations DEU>BLR occurred"],
    },
    // near miss: a list of groups, not states
    {
      text: "Egypt held talks with groups such as Hamas. Kenya criticised Uganda.",
      events: ["criticize KEN>UGA occurred"],
    },
  ],
  "a leader or minister touching down, landing or arriving in another state's capital visits that state": [
    {
      text: "Chinese Premier Li Qiang touched down in Canberra on Saturday.",
      events: ["visit CHN>AUS occurred"],
      date: "2024-03-09",
    },
    {
      text: "Macron landed in Beijing on Wednesday for a three-day state visit.",
      events: ["visit FRA>CHN occurred"],
      date: "2024-03-13",
    },
    {
      text: "Xi Jinping, the Chinese president, touched down in Belgrade on Sunday.",
      events: ["visit CHN>SRB occurred"],
      date: "2024-03-10",
    },
    { text: "Brazilian President Lula will arrive in Moscow next week.", events: ["visit BRA>RUS intended"] },
    { text: "Blinken arrived in Cairo on Monday.", events: ["visit USA>EGY occurred"], date: "2024-03-11" },
    {
      text: "Japanese Prime Minister Fumio Kishida landed in Kyiv on Tuesday.",
      events: ["visit JPN>UKR occurred"],
      date: "2024-03-12",
    },
  ],
  "near misses: goods, ships and a leader at home give no visit": [
    {
      text: "A Russian cargo ship arrived in Havana on Monday. Chinese warships arrived in Cambodia last week. Kenya criticised Uganda.",
      events: ["criticize KEN>UGA occurred"],
    },
    {
      text: "Erdogan landed in Ankara on Sunday after a trip. A shipment of Ukrainian grain landed in Egypt. Kenya criticised Uganda.",
      events: ["criticize KEN>UGA occurred"],
    },
  ],
};

describe("organisations and their listed members", () => {
  for (const [name, table] of Object.entries(rows))
    describe(name, () => {
      for (const row of table) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
    });
});
