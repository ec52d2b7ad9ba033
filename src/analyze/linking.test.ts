// Linking and mentions on sentences written for these tests: people resolved by the article's date,
// titles, capitals and metonyms acting for states, ambiguous names, unknown people, places.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyze-test-helpers.ts";

describe("people are resolved by the article's date", () => {
  it.each([
    ["President Assad received the envoy in Damascus.", "2012-05-01", "SYR", "person:bashar-al-assad"],
    ["President Xi welcomed the delegation.", "2015-06-01", "CHN", "person:xi-jinping"],
    ["President Hu welcomed the delegation.", "2006-01-10", "CHN", "person:hu-jintao"],
    ["Prime Minister Modi spoke at the summit.", "2020-06-04", "IND", "person:narendra-modi"],
  ])("%s (%s)", (text, date, actor, person) => {
    const record = analyzeText(text, date);
    const entity = record.entities.find((e) => e.id === person);
    expect(entity?.country).toBe(actor);
  });

  it("the Syrian President acts for Syria in 2023 and in 2026, with a different holder", () => {
    const before = analyzeText("The Syrian President met the Iraqi Prime Minister in Baghdad.", "2023-09-22");
    const after = analyzeText("The Syrian President met the Iraqi Prime Minister in Baghdad.", "2026-02-01");
    for (const record of [before, after])
      expect(record.events.some((e) => e.kind === "meet" && [...e.source, ...e.target].includes("SYR"))).toBe(true);
  });

  it("a shared name goes to the person whose state the article is about", () => {
    const record = analyzeText(
      "Saudi King Abdullah met Chinese President Hu Jintao. King Abdullah praised China.",
      "2006-01-20",
    );
    const king = record.entities.find((e) => e.kind === "person" && /Abdullah/.test(e.name));
    expect(king?.country).toBe("SAU");
  });
});

describe("states are named many ways", () => {
  it.each([
    ["Beijing said it opposed the move by Washington.", ["CHN", "USA"]],
    ["The Kremlin and Downing Street traded accusations.", ["RUS", "GBR"]],
    ["Syrian and Turkish officials met in Ankara.", ["SYR", "TUR"]],
    ["The U.S. and the U.K. issued a joint statement.", ["USA", "GBR"]],
    ["The People's Republic of China and the Republic of Korea held talks.", ["CHN", "KOR"]],
    ["Emirati and Qatari diplomats met in Kuwait City.", ["ARE", "QAT"]],
  ])("%s", (text, states) => {
    const ids = analyzeText(text)
      .entities.filter((e) => e.kind === "country")
      .map((e) => e.id);
    for (const s of states) expect(ids).toContain(s);
    expect(ids).not.toContain("TWN");
  });

  it.each([
    ["Michael Jordan met fans in Chicago.", "JOR"],
    ["Chad Smith, a drummer, played in Ohio.", "TCD"],
    ["The governor of Georgia spoke in Atlanta about the Senate race.", "GEO"],
    ["Latin American leaders met in Lima.", "USA"],
    ["Ships crossed the Indian Ocean.", "IND"],
    ["A temple in Hong Kong was restored.", "MNP"],
    // world-countries spells Iceland "Island" and the Isle of Man "Mann": words of English news, not states.
    ["Ukrainian forces retook Snake Island in the Black Sea.", "ISL"],
    ["The ministers met at the Coral Island Resort near Male.", "ISL"],
    ["A translation of Thomas Mann was published in Berlin.", "IMN"],
  ])("%s does not name %s", (text, state) => {
    const ids = analyzeText(text)
      .entities.filter((e) => e.kind === "country")
      .map((e) => e.id);
    expect(ids).not.toContain(state);
  });

  it("Georgia the country is recognised where the context is the Caucasus", () => {
    const ids = analyzeText("Georgia and Armenia discussed the border near Tbilisi.").entities.map((e) => e.id);
    expect(ids).toContain("GEO");
  });
});

describe("people the knowledge base does not know", () => {
  it.each([
    ["Ahmed Karimov, a senior adviser to the ministry, said the talks were useful.", "Ahmed Karimov"],
    ["Uzbek Deputy Minister of Energy Bakhtiyor Saidov attended the session.", "Bakhtiyor Saidov"],
    ['"We will not back down," said Maria Lindqvist.', "Maria Lindqvist"],
    ["The ministry recalled its ambassador, Pedro Alvarado.", "Pedro Alvarado"],
    // honorifics before a name and letters after it are not part of the name
    ["Sir Henry Walcott, the Governor-General, opened the session.", "Henry Walcott"],
    ["The Hon Margaret Elliot MP spoke at the ceremony in Canberra.", "Margaret Elliot"],
    ["H.E. Tomas Verhoeven, the Dutch envoy, presented his credentials.", "Tomas Verhoeven"],
    ["His Excellency Ravi Menon addressed the forum.", "Ravi Menon"],
    // every name of a listed delegation is a person, not only the first after the title
    ["The delegation included Ministers Anil Perera, Kamal Ratnayake and Nimal Dias.", "Kamal Ratnayake"],
    ["The delegation included Ministers Anil Perera, Kamal Ratnayake and Nimal Dias.", "Nimal Dias"],
  ])("%s", (text, name) => {
    const people = analyzeText(text)
      .entities.filter((e) => e.kind === "person")
      .map((e) => e.name);
    expect(people).toContain(name);
  });

  it("a byline is not a person of the article", () => {
    const people = analyzeText("By Jonathan Reed\n\nFrance and Spain signed a treaty.").entities.filter(
      (e) => e.kind === "person",
    );
    expect(people).toEqual([]);
  });

  it("an official named with 'of' and a state after the name belongs to that state, not to one before the title", () => {
    const person = analyzeText(
      "Indian officials met Prime Minister Tavita Kamea of Papua New Guinea in Port Moresby.",
    ).entities.find((e) => e.name === "Tavita Kamea");
    expect(person?.country).toBe("PNG");
  });

  it("a title with no state leaves an unknown person's state unsaid", () => {
    const person = analyzeText(
      "The delegation included Ministers Anil Perera, Kamal Ratnayake and Nimal Dias.",
    ).entities.find((e) => e.name === "Kamal Ratnayake");
    expect(person?.country ?? null).toBeNull();
  });

  it("an official named with a demonym title belongs to that state", () => {
    const person = analyzeText("Omani Minister of Commerce Khalid Al Balushi met Indian officials.").entities.find(
      (e) => e.name === "Khalid Al Balushi",
    );
    expect(person?.country).toBe("OMN");
  });
});

describe("places", () => {
  it("a city after a preposition is a place with coordinates and its country", () => {
    const place = analyzeText("The leaders met in Hangzhou on Friday.").entities.find((e) => e.kind === "place");
    expect(place).toMatchObject({ name: "Hangzhou", country: "CHN" });
    expect(place?.lat).toBeCloseTo(30.29, 0);
  });

  it("an event in a city keeps it as the location", () => {
    const event = analyzeText("Japan and India held talks in Osaka.").events.find((e) => e.kind === "meet");
    expect(event?.location).toMatchObject({ name: "Osaka", country: "JPN" });
  });
});

describe("surnames after the full name", () => {
  it("a surname alone names the person met in full before it, family name first for Chinese names", () => {
    const record = analyzeText(
      "Secretary Blinken met Wang Yi in Beijing. Director Wang thanked Blinken for the visit.",
    );
    expect(
      record.events.some((e) => e.kind === "support" && e.source.includes("CHN") && e.target.includes("USA")),
    ).toBe(true);
  });

  it("an unknown person named in full is linked when only the surname comes back", () => {
    const record = analyzeText("Zahi Hawass, Egypt's top archaeologist, spoke first. Hawass said the find was unique.");
    const hawass = record.mentions?.filter((m) => m.entity === "person:zahi-hawass") ?? [];
    expect(hawass.map((m) => m.text)).toEqual(["Zahi Hawass", "Hawass"]);
  });
});
