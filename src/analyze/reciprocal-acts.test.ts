// Table tests of reciprocal hostility ("traded insults with", "accused each other", "fought a war"), denials of
// an accusation, demands worded as insistence or obligation, and accusations by linking a state to an attack.
// The sentences are written for these tests; each row lists every event its text gives (a mutual act lists its
// self pairs too: the scorer leaves them out).
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const each = (kind: string, a: string, b: string): string[] =>
  [`${a}>${a}`, `${a}>${b}`, `${b}>${a}`, `${b}>${b}`].map((pair) => `${kind} ${pair} occurred`);

const rows: Record<string, EventRow[]> = {
  "insults, accusations and barbs traded: each criticises the other": [
    { text: "Venezuela and Colombia traded insults on Monday.", events: each("criticize", "VEN", "COL") },
    { text: "Peru and Bolivia traded barbs over the lake.", events: each("criticize", "PER", "BOL") },
    { text: "Turkey traded insults with Greece on Monday.", events: each("criticize", "TUR", "GRC") },
    { text: "Morocco traded accusations with Algeria over the border.", events: each("criticize", "MAR", "DZA") },
  ],
  "fire or strikes traded: each uses force on the other": [
    {
      text: "Thai and Cambodian troops traded fire on Monday.",
      events: each("use_force", "THA", "KHM"),
      date: "2024-03-11",
    },
    { text: "Armenia traded gunfire with Azerbaijan.", events: each("use_force", "ARM", "AZE") },
    { text: "India and Pakistan traded artillery fire.", events: each("use_force", "IND", "PAK") },
    { text: "Russia and Ukraine traded strikes on energy sites.", events: each("use_force", "RUS", "UKR") },
    // goods traded are no fire
    {
      text: "India and Pakistan traded goods worth $2 billion. Chile condemned Peru's decision.",
      events: ["criticize CHL>PER occurred"],
    },
  ],
  "accusing or blaming each other": [
    {
      text: "Russia and Ukraine accused each other of violating the ceasefire.",
      events: each("criticize", "RUS", "UKR"),
    },
    {
      text: "Armenia condemned Azerbaijan's decision. Both sides accused each other of breaking the truce.",
      events: each("criticize", "ARM", "AZE"),
    },
    {
      text: "Serbia and Croatia blamed each other for the violence at the border.",
      events: each("criticize", "SRB", "HRV"),
    },
    // no state named: no event; the second sentence gives one
    {
      text: "The ministers accused each other of lying. Chile condemned Peru's decision.",
      events: ["criticize CHL>PER occurred"],
    },
  ],
  "a war fought between states: each uses force on the other, dated": [
    {
      text: "India and China fought a brief war in 1962.",
      events: each("use_force", "IND", "CHN"),
      date: "1962",
    },
    {
      text: "Thailand and Cambodia fought a border war in 2008.",
      events: each("use_force", "THA", "KHM"),
      date: "2008",
    },
    { text: "Armenia fought a war with Azerbaijan in 2020.", events: each("use_force", "ARM", "AZE"), date: "2020" },
    // "the two armies" are the two states named together before
    {
      text: "Tension rose between India and China. The two armies clashed in the Galwan valley on Monday.",
      events: each("use_force", "IND", "CHN"),
      date: "2024-03-11",
    },
    {
      text: "China and the Philippines signed a deal. The two navies clashed near the shoal.",
      events: ["sign_agreement CHN~PHL occurred", ...each("use_force", "CHN", "PHL")],
    },
    // fighting for a deal is no war
    {
      text: "India fought hard for the trade deal. Chile condemned Peru's decision.",
      events: ["criticize CHL>PER occurred"],
    },
  ],
  "denials of an accusation: the denier rejects the accuser": [
    {
      text: "Thailand accused Cambodia of laying mines. Cambodia strongly denied the accusation.",
      events: ["criticize THA>KHM occurred", "reject KHM>THA occurred"],
    },
    {
      text: "Iran denied claims by Israel that it had supplied drones.",
      events: ["reject IRN>ISR occurred"],
    },
    {
      text: "China rejected India's claims that its troops crossed the border.",
      events: ["reject CHN>IND occurred"],
    },
    {
      text: "Cambodia denied accusations from Thailand that it had laid mines.",
      events: ["reject KHM>THA occurred"],
    },
  ],
  "insistence and obligation as a demand on the state that must act": [
    { text: "China insisted on India's withdrawal from the area.", events: ["demand CHN>IND occurred"] },
    {
      text: "Ankara insisted that Athens needs to demilitarise the islands.",
      events: ["demand TUR>GRC occurred"],
    },
    { text: "China insists India must withdraw its troops.", events: ["demand CHN>IND occurred"] },
    { text: "China insists that India must withdraw its troops.", events: ["demand CHN>IND occurred"] },
    { text: "Russia said Ukraine should withdraw its forces from Kursk.", events: ["demand RUS>UKR occurred"] },
    { text: "Wang Yi said Japan must stop the discharge of the water.", events: ["demand CHN>JPN occurred"] },
    { text: "Iran says the United States has to lift the sanctions first.", events: ["demand IRN>USA occurred"] },
    // the speaker's own obligation, a passive, a guess about the past: no demand
    {
      text: "China insists that it must defend its borders. Chile condemned Peru's decision.",
      events: ["criticize CHL>PER occurred"],
    },
    {
      text: "Russia said Ukraine should be punished. Chile condemned Peru's decision.",
      events: ["criticize CHL>PER occurred"],
    },
    {
      text: "France said Germany must have known about the plan. Chile condemned Peru's decision.",
      events: ["criticize CHL>PER occurred"],
    },
  ],
  "linking a state to an attack, blaming it, holding it responsible: criticize": [
    {
      text: "Canada linked agents of India's government to the killing of a Sikh leader.",
      events: ["criticize CAN>IND occurred"],
    },
    { text: "Britain tied Russia to the poisoning of a former spy.", events: ["criticize GBR>RUS occurred"] },
    {
      text: "The United States linked North Korea to the cyberattack on the bank.",
      events: ["criticize USA>PRK occurred"],
    },
    { text: "Iran blamed Israel for the attack.", events: ["criticize IRN>ISR occurred"] },
    { text: "Poland held Russia responsible for the drone incursion.", events: ["criticize POL>RUS occurred"] },
    // linking prices or an economy to a state is no accusation
    {
      text: "Japan linked its economy to China's growth. Chile condemned Peru's decision.",
      events: ["criticize CHL>PER occurred"],
    },
  ],
  "solidarity and flags: no event for a state named only in passing": [
    {
      text: "Israel struck Doha on Tuesday. Egypt stands in solidarity with Qatar and will support any measures it takes.",
      events: ["use_force ISR>QAT occurred", "support EGY>QAT occurred"],
    },
    {
      text: "Iraqi protesters burned American and Israeli flags in Baghdad.",
      events: ["protest IRQ>USA occurred", "protest IRQ>ISR occurred"],
    },
    {
      text: "Israel struck Qatar on Tuesday. Egypt stands in solidarity with the State of Qatar and will support any measures it takes in the face of the Israeli aggression.",
      events: ["use_force ISR>QAT occurred", "support EGY>QAT occurred"],
    },
    {
      text: "Iran condemned Israel on Monday. Protesters burned US and Israeli flags in the capital.",
      events: ["criticize IRN>ISR occurred"],
    },
  ],
};

for (const [group, table] of Object.entries(rows))
  describe(group, () => {
    for (const row of table) it(`${row.events[0]}: ${row.text.slice(0, 70)}`, () => checkEventRow(row));
  });
