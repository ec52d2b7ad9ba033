// Table-driven checks of event extraction on sentences written for these tests (not from the dev set).
// Each row: the text and every event it gives, exactly ("kind SRC>TGT factuality", "A~B" for symmetric
// kinds), optionally the first event's date; a trap sentence rides with one that gives an event.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: EventRow[] = [
  // meet
  {
    text: "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday.",
    // talks in Berlin are also a visit to Germany (implied, marked inferred)
    events: ["meet DEU~FRA occurred", "visit FRA>DEU occurred"],
    date: "2024-03-12",
  },
  {
    text: "Japan and South Korea held talks on trade in Tokyo.",
    events: ["meet JPN~KOR occurred", "visit KOR>JPN occurred"],
  },
  {
    text: "Prime Minister Narendra Modi had a telephone conversation with Egyptian President Abdel Fattah el-Sisi.",
    events: ["meet EGY~IND occurred"],
  },
  {
    text: "The foreign ministers of Brazil and Argentina will meet next month in Buenos Aires.",
    events: ["meet ARG~BRA intended", "visit BRA>ARG intended"],
    date: "2024-04",
  },
  {
    text: "Turkish officials said talks with Greece were not held this week.",
    events: ["meet GRC~TUR negated"],
  },
  // visit
  {
    text: "Chinese Premier Li Qiang arrived in Canberra for a three-day visit to Australia.",
    events: ["visit CHN>AUS occurred"],
  },
  { text: "King Abdullah II visited Washington last week.", events: ["visit JOR>USA occurred"], date: "2024-03-07" },
  {
    text: "Indonesian President Joko Widodo is expected to visit Beijing in May.",
    events: ["visit IDN>CHN intended"],
    date: "2024-05",
  },
  {
    text: "Kenya's president made his first visit to Japan in 2015.",
    events: ["visit KEN>JPN occurred"],
    date: "2015",
  },
  {
    text: "A visit by Iranian Foreign Minister Hossein Amir-Abdollahian to Riyadh followed the talks.",
    events: ["visit IRN>SAU occurred"],
  },
  // sign_agreement
  {
    text: "Vietnam and the Philippines signed a memorandum of understanding on maritime cooperation.",
    events: ["sign_agreement PHL~VNM occurred", "cooperate PHL~VNM intended"],
  },
  {
    text: "Several agreements were signed between Kazakhstan and Uzbekistan on water sharing.",
    events: ["sign_agreement KAZ~UZB occurred"],
  },
  {
    text: "Canada and Mexico plan to sign a new trade deal later this year.",
    events: ["sign_agreement CAN~MEX intended"],
  },
  {
    text: "In 1994, Israel and Jordan signed a peace treaty.",
    events: ["sign_agreement ISR~JOR occurred"],
    date: "1994",
  },
  // establish_partnership
  {
    text: "Egypt and the European Union upgraded their ties to a comprehensive strategic partnership on Sunday.",
    events: ["establish_partnership EGY~org:eu occurred"],
    date: "2024-03-10",
  },
  {
    text: "Vietnam and the United States established a comprehensive strategic partnership in 2023.",
    events: ["establish_partnership USA~VNM occurred"],
    date: "2023",
  },
  {
    text: "France and India agreed to elevate their relationship to a global strategic partnership.",
    events: ["establish_partnership FRA~IND occurred"],
  },
  {
    // the partnership's earlier date belongs to "concluded", a clause of its own, not to "elevate"
    text: "Chile and Peru agreed to elevate the strategic partnership concluded in 2009 to a comprehensive strategic partnership.",
    events: ["establish_partnership CHL~PER occurred"],
    date: "2024-03-14",
  },
  // establish_relations
  {
    text: "Saudi Arabia and Iran agreed to restore diplomatic relations after seven years.",
    events: ["establish_relations IRN~SAU intended"],
  },
  {
    text: "Honduras established diplomatic relations with China in March 2023.",
    events: ["establish_relations CHN~HND occurred"],
    date: "2023-03",
  },
  {
    text: "The two countries normalized relations in 2015, Cuban officials recalled, referring to the United States.",
    events: ["establish_relations CUB~USA occurred"],
  },
  // break_relations
  {
    text: "Bolivia cut diplomatic ties with Israel on Tuesday.",
    events: ["break_relations BOL>ISR occurred"],
    date: "2024-03-12",
  },
  { text: "Ecuador recalled its ambassador to Mexico in protest.", events: ["break_relations ECU>MEX occurred"] },
  {
    // a sentence, not a headline: "marks" read as a noun leaves no tensed verb, but the full stop remains
    text: "Peru's move today to expel Chilean diplomats marks a further low in relations between the two countries.",
    events: ["break_relations PER>CHL occurred"],
  },
  {
    text: "Niger expelled the French ambassador last year.",
    events: ["break_relations NER>FRA occurred"],
    date: "2023",
  },
  {
    text: "Morocco refused to suspend relations with Algeria.",
    events: ["break_relations MAR>DZA negated"],
  },
  // join
  { text: "Sweden joined NATO in March 2024.", events: ["join SWE>org:nato occurred"], date: "2024-03" },
  {
    text: "Egypt and Ethiopia became members of BRICS this year.",
    events: ["join EGY>org:brics occurred", "join ETH>org:brics occurred"],
  },
  { text: "Ukraine wants to join the European Union.", events: ["join UKR>org:eu intended"] },
  {
    text: "The African Union welcomed the accession of Somalia to the East African Community.",
    events: ["join SOM>org:eac occurred", "support org:au>SOM occurred"],
  },
  // cooperate
  { text: "Norway and Denmark will cooperate on Arctic research.", events: ["cooperate DNK~NOR intended"] },
  {
    text: "Germany and Poland pledged to deepen cooperation on energy security.",
    events: ["cooperate DEU~POL intended"],
  },
  {
    text: "Singapore expressed its willingness to work with Malaysia on the high-speed rail project.",
    events: ["cooperate MYS~SGP intended"],
  },
  { text: "Italian and Tunisian coast guards cooperated closely last summer.", events: ["cooperate ITA~TUN occurred"] },
  // support
  { text: "Lithuania reiterated its firm support for Ukraine.", events: ["support LTU>UKR occurred"] },
  {
    text: "The Kenyan president praised Tanzania for its role in the peace talks.",
    events: ["support KEN>TZA occurred"],
  },
  { text: "Pakistan thanked China for its help during the floods.", events: ["support PAK>CHN occurred"] },
  {
    text: "Chilean President Gabriel Boric appreciated Peru's role in the rescue.",
    events: ["support CHL>PER occurred"],
  },
  // the assistance thanked for was given to the one who thanks (the dev gold annotates it so)
  {
    text: "Ghana is grateful for the assistance from Canada.",
    events: ["support GHA>CAN occurred", "aid CAN>GHA occurred"],
  },
  { text: "Russia voiced support for Venezuela's territorial integrity.", events: ["support RUS>VEN occurred"] },
  // aid
  { text: "Japan provided humanitarian aid to Turkey after the earthquake.", events: ["aid JPN>TUR occurred"] },
  { text: "The United States will send military assistance to Taiwan.", events: ["aid USA>TWN intended"] },
  { text: "Qatar pledged $500 million in assistance to Lebanon.", events: ["aid QAT>LBN intended"] },
  // criticize
  {
    text: "Beijing condemned Japan over the release of treated water from Fukushima.",
    events: ["criticize CHN>JPN occurred"],
  },
  { text: "Armenia accused Azerbaijan of violating the ceasefire.", events: ["criticize ARM>AZE occurred"] },
  {
    text: "The Indian foreign ministry criticized Canada's handling of the investigation.",
    events: ["criticize IND>CAN occurred"],
  },
  // demand
  { text: "Poland demanded that Belarus withdraw its troops from the border.", events: ["demand POL>BLR occurred"] },
  {
    text: "The European Union urged Serbia to normalize relations with Kosovo.",
    events: ["demand org:eu>SRB occurred"],
    knownSpurious: ["establish_relations SRB~UNK occurred", "cooperate SRB~UNK intended"],
  },
  { text: "Washington called on Israel to allow more aid into Gaza.", events: ["demand USA>ISR occurred"] },
  // reject
  { text: "Guyana rejected Venezuela's claim to the Essequibo region.", events: ["reject GUY>VEN occurred"] },
  { text: "Iran dismissed the accusations made by Israel.", events: ["reject IRN>ISR occurred"] },
  // threaten
  { text: "North Korea threatened South Korea with nuclear retaliation.", events: ["threaten PRK>KOR occurred"] },
  {
    text: "Russia warned Finland of countermeasures after it joined the alliance.",
    events: ["threaten RUS>FIN occurred"],
  },
  // sanction
  {
    text: "The United Kingdom imposed sanctions on Iran over its drone program.",
    events: ["sanction GBR>IRN occurred"],
  },
  {
    text: "Australia sanctioned three Russian officials on Monday.",
    events: ["sanction AUS>RUS occurred"],
    date: "2024-03-11",
  },
  { text: "China imposed tariffs on Australian wine in 2020.", events: ["sanction CHN>AUS occurred"], date: "2020" },
  {
    text: "Kenya said it is closing its border with Somalia after a string of raids.",
    events: ["sanction KEN>SOM occurred"],
  },
  {
    text: "Morocco sealed off its border with Algeria on Friday.",
    events: ["sanction MAR>DZA occurred"],
  },
  {
    text: "The European Union suspended $50 million in aid to Niger after the coup.",
    events: ["sanction org:eu>NER occurred"],
  },
  {
    // trap: reopening a border crossing is no sanction
    text: "Qatar cancelled all flights to Bahrain. Peru reopened its border crossing with Bolivia.",
    events: ["sanction QAT>BHR occurred"],
  },
  // use_force
  { text: "Israel launched air strikes on Syria overnight.", events: ["use_force ISR>SYR occurred"] },
  {
    text: "Russia's invasion of Ukraine began in February 2022.",
    events: ["use_force RUS>UKR occurred"],
    date: "2022-02",
  },
  { text: "Azerbaijan attacked Armenian positions near the border.", events: ["use_force AZE>ARM occurred"] },
  // factuality
  {
    text: "Officials said Sudan may break off relations with Chad.",
    events: ["break_relations SDN>TCD uncertain"],
  },
  { text: "Ghana reportedly signed a defence pact with Togo.", events: ["sign_agreement GHA~TGO uncertain"] },
  { text: "Chile and Peru never signed the agreement.", events: ["sign_agreement CHL~PER negated"] },
  // linking: people by the article's date, titles, capitals, metonyms, ambiguity
  {
    text: "The Syrian President met Iraqi Prime Minister Mohammed Shia al-Sudani in Damascus.",
    events: ["meet IRQ~SYR occurred", "visit IRQ>SYR occurred"],
  },
  { text: "The Kremlin condemned the decision by Estonia.", events: ["criticize RUS>EST occurred"] },
  { text: "Mr. Erdogan met Mr. Putin in Sochi.", events: ["meet RUS~TUR occurred", "visit TUR>RUS occurred"] },
  {
    text: "Georgia signed an association agreement with the European Union in Brussels.",
    events: ["sign_agreement GEO~org:eu occurred"],
  },
  {
    text: "Michael Jordan visited Paris on Saturday. Italy and Spain held talks on migration in Rome.",
    events: ["meet ESP~ITA occurred", "visit ESP>ITA occurred"],
  },
  {
    text: "Governor Brian Kemp said Georgia would sue Washington over the rule. Canada and Mexico plan to sign a new trade deal later this year.",
    events: ["sign_agreement CAN~MEX intended"],
  },
  {
    text: "Abu Dhabi and Doha restored diplomatic ties in January 2023.",
    events: ["establish_relations ARE~QAT occurred"],
    date: "2023-01",
  },
  // more of each kind, and the traps around them
  {
    text: "Iran threatened to close the Strait of Hormuz if the United States imposed new sanctions.",
    events: ["threaten IRN>USA occurred"],
  },
  {
    text: "The European Union slapped tariffs on Chinese electric vehicles on Friday.",
    events: ["sanction org:eu>CHN occurred"],
    date: "2024-03-08",
  },
  {
    text: "Washington blacklisted three Chinese companies over their alleged support for Russia's military.",
    events: ["sanction USA>CHN occurred"],
  },
  { text: "Moscow launched a massive missile attack on Kyiv overnight.", events: ["use_force RUS>UKR occurred"] },
  { text: "Germany will provide Ukraine with additional air defence systems.", events: ["aid DEU>UKR intended"] },
  {
    text: "South Africa asked Israel to halt its military operation in Rafah.",
    events: ["demand ZAF>ISR occurred"],
  },
  {
    text: "Japan lodged a protest with China over the detention of a Japanese national.",
    events: ["criticize JPN>CHN occurred"],
  },
  {
    text: "Algeria recalled its ambassador from Madrid for consultations.",
    events: ["break_relations DZA>ESP occurred"],
  },
  {
    text: "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit.",
    events: ["visit CHN>RUS occurred"],
    date: "2024-03-11",
  },
  {
    text: "Kazakhstan joined the Shanghai Cooperation Organisation in 2001.",
    events: ["join KAZ>org:sco occurred"],
    date: "2001",
  },
  {
    text: "The Kremlin denied reports that Putin would meet Zelensky.",
    events: ["meet RUS~UKR uncertain"],
  },
  {
    text: "The company said it had signed deals with suppliers in Japan and South Korea. Japan and South Korea held talks on trade in Tokyo.",
    events: ["meet JPN~KOR occurred", "visit KOR>JPN occurred"],
  },
  // from the event dictionary over the parse (issue 9): a meeting in a state's capital meets its host; a
  // reception is no meeting; a promise over a noun is intended; a threat needs its author named
  {
    text: "New Zealand's Foreign Minister Winston Peters held discussions in Jakarta on Monday.",
    events: ["meet IDN~NZL occurred", "visit NZL>IDN occurred"],
  },
  {
    text: "Chile's president was met with a warm welcome in Lima. Peru and Chile held talks in Lima.",
    events: ["meet CHL~PER occurred", "visit CHL>PER occurred"],
  },
  {
    text: "Japan expressed support for the Philippines and pledged $20 million in assistance to Manila.",
    events: ["support JPN>PHL occurred", "aid JPN>PHL intended"],
  },
  {
    text: "Kenya closed its border with Somalia and suspended all flights to Mogadishu.",
    events: ["sanction KEN>SOM occurred"],
  },
  {
    text: "Norway sees the missile tests as a threat to Finland. Sweden joined NATO in March 2024.",
    events: ["join SWE>org:nato occurred"],
  },
  // title case is parsed as the common words it holds
  {
    text: "The 9th Japan-China-ROK Summit was held in Seoul on Monday.",
    events: [
      "meet CHN~JPN occurred",
      "meet CHN~KOR occurred",
      "meet JPN~KOR occurred",
      "visit JPN>KOR occurred",
      "visit CHN>KOR occurred",
    ],
  },
  { text: "Venezuela Cuts Diplomatic Relations With Colombia", events: ["break_relations VEN>COL occurred"] },
  // sanctions in the passive, and measures named as bans, boycotts and embargoes
  {
    text: "Belarus was hit with fresh sanctions by Canada and Australia.",
    events: ["sanction CAN>BLR occurred", "sanction AUS>BLR occurred"],
  },
  {
    text: "New sanctions were imposed on Eritrea by the United Nations.",
    events: ["sanction org:un>ERI occurred"],
  },
  {
    text: "Bahrain imposed a boycott on Qatar and travel bans on Qatari citizens.",
    events: ["sanction BHR>QAT occurred"],
  },
  {
    text: "Norway and Denmark said they would also impose an embargo on Belarus.",
    events: ["sanction NOR>BLR intended", "sanction DNK>BLR intended"],
  },
  // switching recognition: relations broken with one state and established with the other, same date
  {
    text: "El Salvador switched diplomatic recognition from Taiwan to China in August 2018.",
    events: ["establish_relations CHN~SLV occurred", "break_relations SLV>TWN occurred"],
    date: "2018-08",
  },
  {
    text: "Panama broke diplomatic relations with Taiwan and established relations with China in June 2017.",
    events: ["break_relations PAN>TWN occurred", "establish_relations CHN~PAN occurred"],
    date: "2017-06",
  },
  // an infinitive under a noun of intent is a plan, done by the noun's own agent; a decision may be done
  {
    text: "Ghana welcomed Togo's proposal to hold talks with Benin.",
    events: ["support GHA>TGO occurred", "meet BEN~TGO intended"],
  },
  {
    text: "Kenya rejected Somalia's bid to join the East African Community.",
    events: ["reject KEN>SOM occurred", "join SOM>org:eac intended"],
  },
  {
    text: "Saudi Arabia's decision to sever relations with Iran angered Tehran.",
    events: ["break_relations SAU>IRN occurred"],
  },
  // a negation on the act's object noun denies the act
  {
    text: "Britain expressed no concern over France's decision. Kenya signed an agreement with Uganda.",
    events: ["criticize GBR>FRA negated", "sign_agreement KEN~UGA occurred"],
  },
  // signing shared by conjoined verbs; leaders who witness the signing or exchange of agreements sign them
  {
    text: "Delegations from Kenya and Ethiopia will meet next week to discuss and sign deals on trade.",
    events: ["meet ETH~KEN intended", "sign_agreement ETH~KEN intended"],
  },
  {
    text: "The presidents of Kenya and Rwanda witnessed the signing of five agreements.",
    events: ["sign_agreement KEN~RWA occurred"],
  },
  {
    text: "After the talks, the Indian and Nepali prime ministers witnessed the exchange of cooperation documents.",
    events: ["meet IND~NPL occurred", "sign_agreement IND~NPL occurred", "cooperate IND~NPL intended"],
  },
  {
    text: "The Kenyan president attended the signing of the book of condolences. Peru signed a treaty with Chile.",
    events: ["sign_agreement CHL~PER occurred"],
  },
  // visits exchanged or made mutually: each visits the other
  {
    text: "Vietnam and Laos exchanged visits last year.",
    events: ["visit VNM>LAO occurred", "visit LAO>VNM occurred"],
    knownSpurious: ["visit VNM>VNM occurred", "visit LAO>LAO occurred"],
  },
  {
    text: "The leaders of Peru and Chile agreed that they would visit mutually.",
    events: ["visit PER>CHL intended", "visit CHL>PER intended"],
    knownSpurious: ["visit PER>PER intended", "visit CHL>CHL intended"],
  },
  // "has concerns" with "has" tagged as an auxiliary
  { text: "Canada has serious concerns about India's conduct.", events: ["criticize CAN>IND occurred"] },
  { text: "Britain has no concerns about France's plan.", events: ["criticize GBR>FRA negated"] },
  // recognising a state is diplomatic recognition; recognising another's role is praise
  { text: "Costa Rica recognized China in 2007.", events: ["establish_relations CHN~CRI occurred"], date: "2007" },
  { text: "Bhutan was recognised by India in 1949.", events: ["establish_relations BTN~IND occurred"] },
  { text: "India recognized the role of Japan in the project.", events: ["support IND>JPN occurred"] },
  {
    text: "Kenya recognized the threat from the drought. Peru signed a treaty with Chile.",
    events: ["sign_agreement CHL~PER occurred"],
  },
  // "joined X in ...": the act is done by both
  {
    text: "Britain joined the United States in imposing sanctions on Russia.",
    events: ["sanction GBR>RUS occurred", "sanction USA>RUS occurred"],
  },
  {
    text: "Canada joined Australia in condemning the attack by Iran.",
    events: ["criticize CAN>IRN occurred", "criticize AUS>IRN occurred"],
  },
  // blockades, with the parser's broken reading of "an air, land and sea blockade"
  { text: "Saudi Arabia imposed an air, land and sea blockade on Qatar.", events: ["sanction SAU>QAT occurred"] },
  { text: "Azerbaijan blockaded Armenia's border crossings.", events: ["sanction AZE>ARM occurred"] },
  // "the Security Council" without "UN" is the UN's; a state's own council is not
  { text: "The Security Council condemned North Korea's missile launch.", events: ["criticize org:unsc>PRK occurred"] },
  {
    text: "Iran's Security Council criticized Israel. The Russian Security Council condemned Ukraine.",
    events: ["criticize IRN>ISR occurred", "criticize RUS>UKR occurred"],
  },
  // halting or withdrawing on a condition is a threat now, against whom the condition names
  {
    text: "Chad will stop oil production if it cannot settle its dispute with the World Bank.",
    events: ["threaten TCD>org:world-bank occurred"],
  },
  {
    text: "Russia said it would halt gas deliveries unless Ukraine paid its debts.",
    events: ["threaten RUS>UKR occurred"],
  },
  {
    text: "Kenya stopped the exports in May. Peru signed a treaty with Chile.",
    events: ["sign_agreement CHL~PER occurred"],
  },
  // "X's sanctions target Y"; with no imposer named, no event
  {
    text: "Canada's new sanctions target Iran's drone makers. The sanctions hit Russia's banks.",
    events: ["sanction CAN>IRN occurred"],
  },
  // a threat falls on whom the threatened act falls on
  {
    text: "The threat by Ethiopia to terminate its peace agreement with Eritrea alarmed diplomats.",
    events: ["threaten ETH>ERI occurred"],
  },
  // ... also when the act's object is named only by the clause that describes it
  {
    text: "A threat by Sudan to scrap the accord that ended the border war with Chad worried the region.",
    events: ["threaten SDN>TCD occurred"],
  },
  {
    text: "Turkey threatened to cancel the pipeline deal which it had negotiated with Greece.",
    events: ["threaten TUR>GRC occurred", "cooperate GRC~TUR occurred"],
  },
  {
    text: "Bolivia threatened to tear up the treaty that guarantees Chile access to the port.",
    events: ["threaten BOL>CHL occurred"],
  },
  // warships sent near a state
  { text: "China deployed warships near Taiwan.", events: ["mobilize CHN>TWN occurred"] },
  // welcoming and regretting another state's move
  {
    text: "Ghana welcomed the decision by Togo. Benin expressed disappointment over the move by Niger.",
    events: ["support GHA>TGO occurred", "criticize BEN>NER occurred"],
  },
  // "for its ..." after a named state is that state's act
  {
    text: "Britain criticized Russia for its invasion of Ukraine.",
    events: ["criticize GBR>RUS occurred", "use_force RUS>UKR occurred"],
  },
  {
    text: "The Philippines thanked Japan for its assistance.",
    events: ["support PHL>JPN occurred", "aid JPN>PHL occurred"],
  },
  // "the move", "the decision" just reported is its doer's; a bare noun with other modifiers is not
  {
    text: "Sudan agreed to normalize relations with Israel. The United States welcomed the decision.",
    events: ["establish_relations ISR~SDN intended", "support USA>SDN occurred"],
  },
  {
    text: "Kenya closed its border with Somalia. Ethiopia criticized the move.",
    events: ["sanction KEN>SOM occurred", "criticize ETH>KEN occurred"],
  },
  // the one disappointed criticises, whatever the voice
  {
    text: "Chile said it was disappointed by Bolivia's decision.",
    events: ["criticize CHL>BOL occurred"],
  },
  // troops at a border face the state across it; troops sent inland face no one
  {
    text: "Armenia deployed troops to the capital. Azerbaijan massed troops along its border with Armenia.",
    events: ["mobilize AZE>ARM occurred"],
  },
  {
    text: "Venezuela moved tanks near the Guyanese border.",
    events: ["mobilize VEN>GUY occurred"],
  },
  // releasing and seizing another state's people
  {
    text: "Libya seized two Maltese fishing boats. Iran freed two detained French nationals on Friday.",
    events: ["coerce LBY>MLT occurred", "retreat IRN>FRA occurred"],
  },
  // a modifier clause inside the subject does not lend the main verb its factuality
  {
    text: "The Kenyan president, who was invited by Uganda, held talks with Ugandan President Yoweri Museveni.",
    events: ["meet KEN~UGA occurred"],
  },
  {
    text: "Ghana's president, who was reportedly invited by Togo's leader, held talks with Togolese President Faure Gnassingbe.",
    events: ["meet GHA~TGO occurred"],
  },
  {
    text: "Ghanaian President John Mahama, who plans to visit Togo, is holding talks with Ivorian President Alassane Ouattara.",
    events: ["visit GHA>TGO intended", "meet CIV~GHA occurred"],
  },
  // the date nearest the object noun ("talks ... on Tuesday") dates the verb's event
  { text: "Kenya held talks with Uganda on Tuesday.", events: ["meet KEN~UGA occurred"], date: "2024-03-12" },
  // a headline's infinitive is a plan, dated in the coming year when its month has passed
  {
    text: "Bolivia to quit Mercosur in February\n\nThe foreign minister spoke to reporters on Monday.",
    published: "2024-11-20",
    events: ["break_relations BOL>org:mercosur intended"],
    date: "2025-02",
  },
  // a summit's parties all meet, and "the three leaders" who sign are the three states the sentence names
  {
    text: "Egypt hosted a trilateral summit with Jordan and Iraq in Cairo, where the three leaders signed a memorandum of understanding.",
    events: [
      "meet EGY~IRQ occurred",
      "meet EGY~JOR occurred",
      "meet IRQ~JOR occurred",
      "sign_agreement EGY~IRQ occurred",
      "sign_agreement EGY~JOR occurred",
      "sign_agreement IRQ~JOR occurred",
      "visit JOR>EGY occurred",
      "visit IRQ>EGY occurred",
    ],
  },
  {
    text: "Ghana will host a summit with Togo and Benin next month.",
    events: [
      "meet BEN~GHA intended",
      "meet BEN~TGO intended",
      "meet GHA~TGO intended",
      "visit TGO>GHA intended",
      "visit BEN>GHA intended",
    ],
    date: "2024-04",
  },
  {
    text: "Kenya hosted Uganda and Tanzania for a trilateral summit on Friday.",
    events: [
      "meet KEN~TZA occurred",
      "meet KEN~UGA occurred",
      "meet TZA~UGA occurred",
      "visit UGA>KEN occurred",
      "visit TZA>KEN occurred",
    ],
    date: "2024-03-08",
  },
  {
    text: "Brazil held talks with Argentina and Uruguay at a trilateral summit on Friday.",
    events: ["meet ARG~BRA occurred", "meet ARG~URY occurred", "meet BRA~URY occurred"],
    date: "2024-03-08",
  },
  {
    text: "Chinese President Xi Jinping held talks with Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh at a trilateral summit.",
    events: ["meet CHN~MNG occurred", "meet CHN~RUS occurred", "meet MNG~RUS occurred"],
  },
];

describe("event extraction: one row per sentence", () => {
  it.each(rows)("$text", checkEventRow);
});
