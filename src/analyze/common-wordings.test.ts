// Table tests of common news wordings, one class per group, written from a battery of typical sentences for
// every kind (not from any article): verbal attacks aimed "at" a state; a violation a state is said to have
// committed; money, relief goods and arms given, shipped, lent or received; blocking or vetoing another's
// resolution or package; forces put on alert; a crowd placed by its own "in" phrase; the act asked for under
// "called on X to" (the parser's adverbial clause); a participle describing a noun ("the detained activists");
// a capital that opens a sentence ("Beijing hit back") read as a name, not as a gerund; calls "over the phone";
// incursions and annexations; detentions "in" a state with no agent; scorn between named parties; an act with its
// own agent under a criticism, and one blocked.
// Each row lists every event its text gives.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "verbal attacks aimed at a state are criticism; hitting back with strikes is force": [
    { text: "China lashed out at Japan over the water release.", events: ["criticize CHN>JPN occurred"] },
    { text: "Mexico's president hit out at Ecuador over the raid.", events: ["criticize MEX>ECU occurred"] },
    { text: "Israel hit back at Lebanon with airstrikes on Monday.", events: ["use_force ISR>LBN occurred"] },
  ],
  "a state said to have violated a ceasefire, a border or a treaty is accused by the speaker": [
    { text: "Pakistan said India had violated the ceasefire.", events: ["criticize PAK>IND occurred"] },
    {
      text: "The Philippine foreign ministry said China had breached its sovereignty.",
      events: ["criticize PHL>CHN occurred"],
    },
    {
      // the reporter's own account accuses nobody; the meeting is what the sentence gives
      text: "India violated the ceasefire on Monday. Pakistan and India held talks on Tuesday.",
      events: ["meet IND~PAK occurred"],
    },
  ],
  "money, relief goods and arms given, shipped, lent or received are aid": [
    { text: "Japan provided $100 million to Sri Lanka.", events: ["aid JPN>LKA occurred"] },
    { text: "Qatar donated 50 million euros to Lebanon.", events: ["aid QAT>LBN occurred"] },
    { text: "Saudi Arabia pledged $2 billion to Egypt.", events: ["aid SAU>EGY intended"] },
    { text: "India shipped medicines to Afghanistan.", events: ["aid IND>AFG occurred"] },
    { text: "China lent $2 billion to Sri Lanka.", events: ["aid CHN>LKA occurred"] },
    { text: "Ukraine received fighter jets from Denmark.", events: ["aid DNK>UKR occurred"] },
    {
      // goods of trade are no aid
      text: "Russia shipped oil to China. Russia and China signed a gas deal.",
      events: ["sign_agreement CHN~RUS occurred"],
    },
  ],
  "blocking or vetoing another party's resolution, bid or package rejects it": [
    { text: "Hungary blocked the EU's aid package for Ukraine.", events: ["reject HUN>org:eu occurred"] },
    { text: "Russia vetoed a U.S. resolution on Ukraine.", events: ["reject RUS>USA occurred"] },
  ],
  "forces put on alert are mobilised": [
    {
      text: "North Korea put its army on high alert against South Korea.",
      events: ["mobilize PRK>KOR occurred"],
    },
  ],
  "a crowd's own 'in' phrase places a protest": [
    { text: "Protesters in Bangladesh burned Indian flags.", events: ["protest BGD>IND occurred"] },
    { text: "Protesters in Dhaka burned Indian flags.", events: ["protest BGD>IND occurred"] },
  ],
  "the act a demand asks for is not done, whatever clause the parser makes of it": [
    {
      text: "The United States called on China to release the detained activists.",
      events: ["demand USA>CHN occurred"],
    },
    {
      text: "Germany urged Russia to withdraw its troops from the border.",
      events: ["demand DEU>RUS occurred"],
    },
  ],
  "a participle describing a noun names no doer: the clause's subject did not do it": [
    {
      text: "The United States criticized China over the detained activists.",
      events: ["criticize USA>CHN occurred"],
    },
  ],
  "two leaders who spoke over or on the phone met": [
    { text: "Putin and Modi spoke over the phone on Monday.", events: ["meet IND~RUS occurred"] },
    { text: "The presidents of Kenya and Uganda spoke on the phone.", events: ["meet KEN~UGA occurred"] },
  ],
  "incursions are force; annexations seize territory (coerce, as CAMEO codes annex)": [
    {
      text: "Ukraine's surprise incursion into Russia's Kursk region began on August 6.",
      events: ["use_force UKR>RUS occurred"],
    },
    { text: "Russia annexed Crimea from Ukraine in 2014.", events: ["coerce RUS>UKR occurred"], date: "2014" },
  ],
  "a detention with no agent was made by the state it happened in": [
    { text: "Two French nationals were detained in Iran.", events: ["coerce IRN>FRA occurred"] },
    { text: "An Iranian pilgrim was arrested in Saudi Arabia.", events: ["coerce SAU>IRN occurred"] },
    {
      text: "The ambassador raised the cases of U.S. citizens detained in Russia.",
      events: ["coerce RUS>USA occurred"],
      knownSpurious: ["criticize RUS>USA occurred"],
    },
  ],
  "scorn and reproach count only between parties the parse names": [
    { text: "Germany mocked France over its budget plan.", events: ["criticize DEU>FRA occurred"] },
    {
      text: "A film mocking the Prophet angered crowds in Yemen. Yemen and Oman signed a border deal.",
      events: ["sign_agreement OMN~YEM occurred"],
    },
  ],
  "an act with its own agent under a criticism is reported; one blocked did not happen": [
    {
      text: "Pakistan criticized Indian aid to Afghanistan.",
      events: ["criticize PAK>IND occurred", "aid IND>AFG occurred"],
    },
    { text: "Hungary blocked the EU's aid package for Ukraine.", events: ["reject HUN>org:eu occurred"] },
  ],
  "forces withdrawn from a state, or leaving it, retreat from it": [
    {
      text: "The United States withdrew its last troops from Iraq in December.",
      events: ["retreat USA>IRQ occurred"],
    },
    { text: "The last convoy of American troops left Iraq on Sunday.", events: ["retreat USA>IRQ occurred"] },
    {
      // no state named for where they left: nothing
      text: "American troops left the base on Sunday. The United States and Iraq held talks.",
      events: ["meet IRQ~USA occurred"],
    },
  ],
  "what a warning warns of, and what a speaker says another must do, are not done": [
    { text: "Russia warned Finland of the consequences of joining NATO.", events: ["threaten RUS>FIN occurred"] },
    { text: "Russia warned Sweden against joining NATO.", events: ["threaten RUS>SWE occurred"] },
    {
      text: "Germany said Russia must withdraw its troops from Moldova.",
      events: ["demand DEU>RUS occurred"],
    },
  ],
  "a wish about another state's act is neither its act nor its plan": [
    {
      text: "Germany hopes that Russia will withdraw its troops from Moldova.",
      events: ["retreat RUS>MDA uncertain"],
    },
  ],
  "of two phrases with the target's preposition, the first that names a party is the target": [
    { text: "France took aim at Russia at the United Nations on Monday.", events: ["criticize FRA>RUS occurred"] },
  ],
  "a verbless full sentence's participle before an object is its verb ('jets struck targets' read as a reduced relative)":
    [
      { text: "Israeli warplanes struck targets in Syria.", events: ["use_force ISR>SYR occurred"] },
      { text: "Turkish jets bombed positions in Iraq on Sunday.", events: ["use_force TUR>IRQ occurred"] },
    ],
  "an act's 'by' agent is whom a judgement of it falls on; a weapon used against a state's people is force": [
    {
      text: "Chile condemned the killing of Chilean fishermen by Peruvian sailors.",
      events: ["criticize CHL>PER occurred", "use_force PER>CHL occurred"],
    },
    {
      text: "Chile protested Peru's use of water cannon against its fishing boats.",
      events: ["criticize CHL>PER occurred", "use_force PER>CHL occurred"],
    },
  ],
  "protesters outside a mission in a named city are that city's state's": [
    { text: "Thousands protested outside the Russian embassy in Kyiv.", events: ["protest UKR>RUS occurred"] },
  ],
  "a participle before a noun: the noun's state acts, the verb's subject hosts": [
    {
      text: "The Saudi crown prince received the visiting Egyptian president in Riyadh.",
      events: ["meet EGY~SAU occurred", "visit EGY>SAU occurred"],
    },
  ],
  "a noun's phrase that the parser hung on its verb, right after the noun": [
    {
      text: "Japan's foreign minister will travel to Seoul next week for talks with his South Korean counterpart.",
      events: ["visit JPN>KOR intended", "meet JPN~KOR intended"],
    },
  ],
  "a quantity of people counts for their demonym's state; a bare CAMEO verb's 'to' phrase": [
    { text: "Kuwait deported hundreds of Egyptian workers.", events: ["coerce KWT>EGY occurred"] },
    { text: "Japan apologized to South Korea for the incident.", events: ["support JPN>KOR occurred"] },
  ],
  "an ordered expulsion is coded by whom it expels; offered condolences are given": [
    {
      text: "Argentina ordered the expulsion of three Venezuelan diplomats.",
      events: ["break_relations ARG>VEN occurred"],
    },
    { text: "Kuwait ordered the expulsion of Egyptian workers.", events: ["coerce KWT>EGY occurred"] },
    { text: "Japan offered condolences to Turkey over the victims.", events: ["support JPN>TUR occurred"] },
    { text: "Japan offered ten million dollars in aid to Turkey.", events: ["aid JPN>TUR intended"] },
  ],
  "aid in what a state thanks for was given to the one who thanks": [
    {
      text: "Peru expressed its gratitude for the assistance from Chile.",
      events: ["support PER>CHL occurred", "aid CHL>PER occurred"],
    },
    {
      text: "Peru thanked Chile for its assistance after the earthquake.",
      events: ["support PER>CHL occurred", "aid CHL>PER occurred"],
    },
  ],
  "not recognising or not accepting another state's act or claim rejects it; accepting it is no event": [
    {
      text: "Ukraine does not recognise Russia's annexation of Crimea.",
      events: ["reject UKR>RUS occurred"],
    },
    {
      text: "Brazil said it would not accept Venezuela's decision to annex the region.",
      events: ["reject BRA>VEN occurred"],
    },
    { text: "Morocco does not recognise Algeria's claim to the territory.", events: ["reject MAR>DZA occurred"] },
    { text: "Costa Rica recognized China in 2007.", events: ["establish_relations CHN~CRI occurred"] },
  ],
  "a guest named by title and name is a counterpart: the host meets the guest, who visits": [
    {
      text: "Vietnam hosted Lao President Thongloun Sisoulith on Monday.",
      events: ["meet LAO~VNM occurred", "visit LAO>VNM occurred"],
    },
    {
      text: "Kenya's president welcomed Tanzanian President Samia Suluhu Hassan in Nairobi.",
      events: ["meet KEN~TZA occurred", "visit TZA>KEN occurred"],
    },
  ],
  "relief teams are aid; troops withdrawn by a noun retreat; drills around a state; a border 'with' a state": [
    {
      text: "The United States sent rescue teams and relief supplies to Turkey after the earthquake.",
      events: ["aid USA>TUR occurred"],
    },
    {
      text: "France completed the withdrawal of its troops from Mali in August.",
      events: ["retreat FRA>MLI occurred"],
    },
    { text: "China launched large-scale military drills around Taiwan.", events: ["mobilize CHN>TWN occurred"] },
    {
      text: "North Korea deployed additional artillery units along its border with South Korea.",
      events: ["mobilize PRK>KOR occurred"],
    },
  ],
  "a topic inside the supported party's phrase is no party; force words said of speech are criticism": [
    {
      text: "China voiced support for Russia's position on the Ukraine crisis.",
      events: ["support CHN>RUS occurred"],
    },
    { text: "Moscow blasted London's decision as reckless.", events: ["criticize RUS>GBR occurred"] },
    { text: "Iran blasted Israel for the strike on its consulate.", events: ["criticize IRN>ISR occurred"] },
  ],
  "the gerund of a reason after the object is the object's act; a charge is only alleged": [
    {
      text: "Beijing praised Kiribati for cutting ties with Taiwan.",
      events: ["support CHN>KIR occurred", "break_relations KIR>TWN occurred"],
    },
    {
      text: "Russia accused Ukraine of attacking its border posts.",
      events: ["criticize RUS>UKR occurred", "use_force UKR>RUS uncertain"],
    },
    {
      text: "China thanked Pakistan for supporting its position.",
      events: ["support CHN>PAK occurred", "support PAK>CHN occurred"],
    },
  ],
  "a switch of recognition without a 'from' phrase breaks with no one named": [
    {
      text: "Kiribati announced it has switched diplomatic recognition to China.",
      events: ["establish_relations CHN~KIR occurred"],
    },
  ],
  "officials named by where they serve; consignments sent are aid": [
    {
      text: "The Kenyan envoy is also consulting with senior officials in Benin, Senegal, and Togo.",
      events: ["meet BEN~KEN occurred", "meet KEN~SEN occurred", "meet KEN~TGO occurred"],
    },
    {
      text: "The Kenyan president met leaders from Chad and Niger.",
      events: ["meet KEN~NER occurred", "meet KEN~TCD occurred", "meet NER~TCD occurred"],
    },
    { text: "Japan sent a relief consignment to Nepal.", events: ["aid JPN>NPL occurred"] },
  ],
  "'its' in a reason 'over' or 'for' after the object is the object's": [
    {
      text: "Bolivia cut diplomatic ties with Israel over its military offensive in Gaza.",
      events: ["break_relations BOL>ISR occurred", "use_force ISR>PSE occurred"],
    },
    { text: "China criticized Japan over its decision to release the water.", events: ["criticize CHN>JPN occurred"] },
  ],
  "a trip 'on a visit' to the predicate's place; aid earmarked; commitments; strikes near a city": [
    {
      text: "The Chinese premier arrived in Canberra on Saturday on a four-day visit.",
      events: ["visit CHN>AUS occurred"],
    },
    { text: "The Kenyan president is in Ghana on a two-day visit.", events: ["visit KEN>GHA occurred"] },
    {
      text: "Washington has earmarked $500 million in military financing for Manila.",
      events: ["aid USA>PHL occurred"],
    },
    { text: "India reiterated its commitment to Bangladesh's development.", events: ["support IND>BGD occurred"] },
    { text: "Israel struck an air defence site near Isfahan.", events: ["use_force ISR>IRN occurred"] },
  ],
  "a capital opening a sentence is a name, not a gerund ('Beijing' read as VBG lost the subject)": [
    { text: "Beijing hit back at Tokyo over the water release.", events: ["criticize CHN>JPN occurred"] },
    { text: "Beijing criticized Tokyo on Monday.", events: ["criticize CHN>JPN occurred"] },
  ],
};

for (const [group, table] of Object.entries(rows))
  describe(group, () => {
    for (const row of table) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
  });
