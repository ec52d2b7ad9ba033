// Table tests of the kinds that complete PLOVER (coerce, retreat, concede, investigate, protest), on
// sentences written for them; each row lists every event the text gives, exactly.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: EventRow[] = [
  { text: "Chinese authorities detained two Canadian citizens in March.", events: ["coerce CHN>CAN occurred"] },
  {
    text: "Russia's coast guard seized three Ukrainian ships near the strait.",
    events: ["coerce RUS>UKR occurred"],
  },
  { text: "Iran released the eight British sailors on Friday.", events: ["retreat IRN>GBR occurred"] },
  {
    text: "Washington lifted sanctions on Venezuela's oil sector on Thursday.",
    events: ["concede USA>VEN occurred"],
  },
  {
    text: "The European Commission opened an investigation into Chinese subsidies.",
    events: ["investigate org:european-commission>CHN occurred"],
  },
  // "into" on the verb; an official named by a bare title acts for whoever commanded the act
  {
    text: "Russia opened an investigation into Ukraine's role in the attack.",
    events: ["investigate RUS>UKR occurred"],
  },
  {
    text: "President Emmanuel Macron instructed the prosecutor to open an inquiry into the Algerian consulate.",
    events: ["investigate FRA>DZA occurred"],
  },
  {
    text: "The Australian Prime Minister directed the home affairs minister to launch a review of China's port lease.",
    events: ["investigate AUS>CHN occurred"],
  },
  // in a government's own release, "the President in December" and "the Secretary of State to launch" are its own
  {
    text: "The President in December instructed the Secretary of State to launch a review of Venezuela's designation.",
    events: ["investigate USA>VEN occurred"],
    source: "U.S. Department of State",
  },
  // protests as the subject of a verb that carries the embassy; the crowd is the host's ("the Nigerien capital")
  {
    text: "Protests erupted outside the French embassy in the Nigerien capital, Niamey.",
    events: ["protest NER>FRA occurred"],
  },
  {
    text: "Talks continued at the French embassy in Niamey. Kenyan demonstrators stormed the Ugandan embassy in Nairobi.",
    events: ["protest KEN>UGA occurred"],
  },
  {
    text: "Kenyan demonstrators stormed the Ugandan embassy in Nairobi.",
    events: ["protest KEN>UGA occurred"],
  },
  // no state named as the target: no event
  {
    text: "Police arrested dozens of people at a rally. Iran released the eight British sailors on Friday.",
    events: ["retreat IRN>GBR occurred"],
  },
];

describe("coerce, retreat, concede, investigate, protest", () => {
  it.each(rows)("$text", checkEventRow);
});

// leaving an organisation breaks relations with it (the guidelines' implied event)
describe("leaving an organisation", () => {
  it.each([
    {
      text: "Burkina Faso, Mali and Niger withdrew from ECOWAS in January 2024.",
      events: [
        "break_relations BFA>org:ecowas occurred",
        "break_relations MLI>org:ecowas occurred",
        "break_relations NER>org:ecowas occurred",
      ],
      date: "2024-01",
    },
    { text: "Britain left the European Union in 2020.", events: ["break_relations GBR>org:eu occurred"], date: "2020" },
    {
      text: "Chile withdrew from the talks on Monday. Britain left the European Union in 2020.",
      events: ["break_relations GBR>org:eu occurred"],
    },
  ] as EventRow[])("$text", checkEventRow);
});
