// Parties named by reference: "the bloc" for the organisation named before, "the kingdom" for the one state
// named before that the noun fits, "condemned its launch" for the state named before the condemning one, and
// "both leaders" for the pair. The sentences are written for these tests; each row lists every event it gives.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "'the bloc', 'the alliance', 'the group' are the organisation named before": [
    {
      text: "NATO foreign ministers met in Brussels on Tuesday. The alliance also condemned Russia's attack on Ukraine.",
      events: ["criticize org:nato>RUS occurred", "use_force RUS>UKR occurred"],
    },
    {
      text: "The African Union suspended Niger after the coup. The bloc also demanded that Mali release the president.",
      events: ["break_relations org:au>NER occurred", "demand org:au>MLI occurred"],
    },
    {
      text: "ASEAN foreign ministers met in Jakarta. The group condemned the coup in Myanmar.",
      events: ["criticize org:asean>MMR occurred"],
    },
    // of two organisations before, the one of the noun's own kind
    {
      text: "The EU and NATO met in Brussels. The bloc imposed sanctions on Belarus.",
      events: ["meet org:eu~org:nato occurred", "sanction org:eu>BLR occurred"],
    },
    // near-misses: "the group of experts" is no organisation's; no organisation before
    {
      text: "G20 finance ministers met in Rio. The group of experts criticized Argentina. Peru signed a treaty with Chile.",
      events: ["sign_agreement CHL~PER occurred"],
    },
    {
      text: "Japan imposed sanctions on Russia. The group condemned the coup in Myanmar.",
      events: ["sanction JPN>RUS occurred"],
    },
  ],
  "'the kingdom', 'the Gulf state', 'the city-state': the one state named before that the noun fits": [
    {
      text: "Saudi Arabia restored ties with Iran in March. The kingdom also signed a security pact with Pakistan.",
      events: ["establish_relations IRN~SAU occurred", "sign_agreement PAK~SAU occurred"],
    },
    {
      text: "Qatar hosted talks between Israel and Hamas. The Gulf state also sent aid to Egypt.",
      events: ["aid QAT>EGY occurred"],
    },
    {
      text: "Jordan hosted Egypt's President on Monday. The Hashemite kingdom later signed a water deal with Israel.",
      events: ["meet EGY~JOR occurred", "sign_agreement ISR~JOR occurred", "visit EGY>JOR occurred"],
    },
    {
      text: "Oman mediated between Iran and the United States. The sultanate also received the Iranian foreign minister.",
      events: ["meet IRN~OMN occurred", "visit IRN>OMN occurred"],
    },
    {
      text: "China sent two warships near Taiwan. The self-ruled island condemned the drills.",
      events: ["criticize TWN>CHN occurred", "mobilize CHN>TWN occurred"],
    },
    {
      text: "Lithuania expelled a Russian diplomat. The Baltic state also summoned the Belarusian ambassador.",
      events: ["break_relations LTU>RUS occurred", "criticize LTU>BLR occurred"],
    },
    // near-misses: two states before fit the noun, so it stands for neither
    {
      text: "Britain and Saudi Arabia held talks in London. The kingdom signed a deal with Egypt.",
      events: ["meet GBR~SAU occurred", "visit SAU>GBR occurred"],
    },
    {
      text: "Japan and the Philippines held talks in Manila. The island nation signed a deal with Vietnam.",
      events: ["meet JPN~PHL occurred", "visit JPN>PHL occurred"],
    },
    // a name that begins with the noun is the name
    { text: "The kingdom of Saudi Arabia signed a deal with Egypt.", events: ["sign_agreement EGY~SAU occurred"] },
  ],
  "'the leaders', 'the G7 leaders' are the states of the gathering named before": [
    {
      text: "The leaders of Canada, Mexico and the United States met in Ottawa on Friday. The leaders agreed to cooperate on migration.",
      events: [
        "cooperate CAN~MEX intended",
        "cooperate CAN~USA intended",
        "cooperate MEX~USA intended",
        "meet CAN~MEX occurred",
        "meet CAN~USA occurred",
        "meet MEX~USA occurred",
        "visit MEX>CAN occurred",
        "visit USA>CAN occurred",
      ],
    },
    {
      text: "The G7 summit opened in Hiroshima on Friday, with Japanese Prime Minister Fumio Kishida, US President Joe Biden and German Chancellor Olaf Scholz. The leaders condemned North Korea.",
      events: [
        "criticize DEU>PRK occurred",
        "criticize JPN>PRK occurred",
        "criticize USA>PRK occurred",
        "meet DEU~JPN occurred",
        "meet DEU~USA occurred",
        "meet JPN~USA occurred",
        "visit DEU>JPN occurred",
        "visit USA>JPN occurred",
      ],
    },
    // near-misses: no gathering before, one state at it, "the leaders of" names its own
    {
      text: "Peru signed a treaty with Chile. The leaders condemned North Korea.",
      events: ["sign_agreement CHL~PER occurred"],
    },
    {
      text: "Japanese Prime Minister Fumio Kishida attended the summit on Friday. The leaders condemned North Korea. Peru signed a treaty with Chile.",
      events: ["sign_agreement CHL~PER occurred"],
    },
    {
      text: "Egypt and Jordan held talks in Cairo on Monday. The leaders of Iraq and Syria condemned Israel.",
      events: [
        "meet EGY~JOR occurred",
        "visit JOR>EGY occurred",
        "criticize IRQ>ISR occurred",
        "criticize SYR>ISR occurred",
      ],
    },
  ],
  "'the visitor' and 'his host' are the two sides of the one visit reported before": [
    {
      text: "French President Emmanuel Macron visited Nigeria on Tuesday. The visitor signed three agreements with his host.",
      events: ["sign_agreement FRA~NGA occurred", "visit FRA>NGA occurred"],
    },
    {
      text: "Japanese Prime Minister Fumio Kishida arrived in Manila on Friday. The visiting prime minister pledged aid to his hosts.",
      events: ["aid JPN>PHL intended", "visit JPN>PHL occurred"],
    },
    {
      text: "Turkish President Recep Tayyip Erdogan visited Egypt. His host thanked the visitor for his support.",
      events: ["support EGY>TUR occurred", "visit TUR>EGY occurred"],
    },
    // near-misses: no visit reported, two hosts
    {
      text: "Biden met Xi in California. The visitor signed an agreement with his host.",
      events: ["meet CHN~USA occurred"],
    },
    {
      text: "German Chancellor Olaf Scholz visited China and Japan. The visitor signed an agreement with his host.",
      events: ["visit DEU>CHN occurred", "visit DEU>JPN occurred"],
    },
  ],
  "'condemned its launch': a state does not condemn its own act": [
    {
      text: "Iran launched a ballistic missile on Tuesday. Japan condemned its missile launch.",
      events: ["criticize JPN>IRN occurred"],
    },
    {
      text: "North Korea fired a missile over Japan on Tuesday. South Korea strongly condemned its launch.",
      events: ["criticize KOR>PRK occurred"],
    },
    // near-miss: "its own" is the subject's
    {
      text: "Russia expanded its ties with China. Russia criticized its own bureaucracy.",
      events: ["cooperate CHN~RUS occurred"],
    },
  ],
  "'the two leaders', 'both sides', 'both countries' are the pair": [
    {
      text: "Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing on Friday. Both leaders signed an agreement on trade.",
      events: ["meet BRA~CHN occurred", "sign_agreement BRA~CHN occurred", "visit BRA>CHN occurred"],
    },
    {
      text: "France and Germany signed a defence pact. Both countries also condemned Russia's attack on Ukraine.",
      events: [
        "sign_agreement DEU~FRA occurred",
        "criticize DEU>RUS occurred",
        "criticize FRA>RUS occurred",
        "use_force RUS>UKR occurred",
      ],
    },
    {
      text: "The foreign ministers of India and Egypt met in Cairo. The two ministers signed a memorandum on trade.",
      events: ["meet EGY~IND occurred", "sign_agreement EGY~IND occurred", "visit IND>EGY occurred"],
    },
  ],
};

describe("parties named by reference", () => {
  for (const [group, list] of Object.entries(rows))
    describe(group, () => {
      it.each(list.map((row) => [row.text, row]))("%s", (_text, row) => checkEventRow(row as EventRow));
    });
});
