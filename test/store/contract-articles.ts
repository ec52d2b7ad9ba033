// Hand-written article records for the store contract tests: small, fixed, and independent of the analyzer.
import type { ArticleRecord, Evidence, RecordEntity, RecordEvent } from "../../src/record/record.ts";
import type { ArticleToStore } from "../../src/store/store.ts";

/** The evidence of a fixture sentence: an exact slice of the fixture text. */
export function evidence(text: string, sentence: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return { start, end: start + sentence.length, text: sentence };
}

/** A fixture event read from one sentence; fields not given take plain defaults. */
export function event(
  text: string,
  sentence: string,
  fields: Partial<RecordEvent> & Pick<RecordEvent, "kind">,
): RecordEvent {
  return {
    source: [],
    target: [],
    date: null,
    factuality: "occurred",
    location: null,
    codes: { plover: "CONSULT", cameo: "040" },
    attributed_to: null,
    confidence: 0.9,
    evidence: evidence(text, sentence),
    ...fields,
  };
}

const chinaSyriaText = [
  "Xi and Assad met in Hangzhou on Friday.",
  "It was Assad's first visit since his last visit in 2004.",
  "Syria was among the first Arab countries to establish diplomatic relations with China in 1956.",
  "In January 2022, Syria joined the Belt and Road Initiative.",
  "China will work with Syria on reconstruction.",
  "Assad thanked China for its support.",
  "They announced a strategic partnership.",
].join(" ");

const chinaSyria: ArticleRecord = {
  input: "china-syria.txt",
  document: {
    title: "Xi, Assad announce strategic partnership",
    published: "2023-09-23",
    dateline: null,
    language: "en",
  },
  entities: [
    { id: "CHN", kind: "country", name: "China" },
    { id: "SYR", kind: "country", name: "Syria" },
    { id: "org:bri", kind: "organization", name: "Belt and Road Initiative", aliases: ["BRI"] },
    { id: "person:xi-jinping", kind: "person", name: "Xi Jinping", country: "CHN", role: "President" },
    { id: "place:hangzhou", kind: "place", name: "Hangzhou", country: "CHN", lat: 30.29, lon: 120.16 },
  ],
  mentions: [
    { entity: "person:xi-jinping", start: 0, end: 2, text: "Xi" },
    { entity: "place:hangzhou", start: 20, end: 28, text: "Hangzhou" },
  ],
  events: [
    event(chinaSyriaText, "Xi and Assad met in Hangzhou on Friday.", {
      kind: "meet",
      source: ["CHN"],
      target: ["SYR"],
      date: "2023-09-22",
      location: { name: "Hangzhou", country: "CHN" },
    }),
    event(chinaSyriaText, "It was Assad's first visit since his last visit in 2004.", {
      kind: "visit",
      source: ["SYR"],
      target: ["CHN"],
      date: "2004",
      codes: { plover: "CONSULT", cameo: "042" },
    }),
    event(
      chinaSyriaText,
      "Syria was among the first Arab countries to establish diplomatic relations with China in 1956.",
      {
        kind: "establish_relations",
        source: ["SYR"],
        target: ["CHN"],
        date: "1956",
        codes: { plover: "SUPPORT", cameo: "054" },
      },
    ),
    event(chinaSyriaText, "In January 2022, Syria joined the Belt and Road Initiative.", {
      kind: "join",
      source: ["SYR"],
      target: ["org:bri"],
      date: "2022-01",
      codes: { plover: "SUPPORT", cameo: "05" },
    }),
    event(chinaSyriaText, "China will work with Syria on reconstruction.", {
      kind: "cooperate",
      source: ["CHN"],
      target: ["SYR"],
      date: "2023-09-22",
      factuality: "intended",
      codes: { plover: "AGREE", cameo: "03" },
      confidence: 0.7,
    }),
    event(chinaSyriaText, "Assad thanked China for its support.", {
      kind: "support",
      source: ["SYR"],
      target: ["CHN"],
      codes: { plover: "SUPPORT", cameo: "051" },
      attributed_to: "person:bashar-al-assad",
    }),
  ],
  relations: [
    {
      kind: "partnership",
      parties: ["CHN", "SYR"],
      label: "strategic partnership",
      since: "2023-09-22",
      evidence: evidence(chinaSyriaText, "They announced a strategic partnership."),
    },
    { kind: "diplomatic_relations", parties: ["CHN", "SYR"], since: "1956" },
    { kind: "membership", parties: ["SYR", "org:bri"], since: "2022-01" },
  ],
  quotes: [
    {
      speaker: "person:bashar-al-assad",
      text: "thanked China",
      evidence: evidence(chinaSyriaText, "Assad thanked China"),
    },
  ],
};

const chinaUsText = [
  "Biden and Xi met at Woodside on Wednesday.",
  "China condemned the United States in February 2023 over the balloon.",
  "In October 2022 Washington imposed export controls on China.",
  "Beijing and Washington established diplomatic relations in 1979.",
].join(" ");

const chinaUs: ArticleRecord = {
  input: "china-us.txt",
  document: {
    title: "Biden and Xi meet in California",
    published: "2023-11-16",
    dateline: null,
    language: "en",
    source: "Wire",
  },
  entities: [
    { id: "CHN", kind: "country", name: "China" },
    { id: "USA", kind: "country", name: "United States" },
  ],
  events: [
    event(chinaUsText, "Biden and Xi met at Woodside on Wednesday.", {
      kind: "meet",
      source: ["USA"],
      target: ["CHN"],
      date: "2023-11-15",
      location: { name: "Woodside", country: "USA" },
    }),
    event(chinaUsText, "China condemned the United States in February 2023 over the balloon.", {
      kind: "criticize",
      source: ["CHN"],
      target: ["USA"],
      date: "2023-02",
      codes: { plover: "ACCUSE", cameo: "111" },
    }),
    event(chinaUsText, "In October 2022 Washington imposed export controls on China.", {
      kind: "sanction",
      source: ["USA"],
      target: ["CHN"],
      date: "2022-10",
      codes: { plover: "SANCTION", cameo: "163" },
    }),
  ],
  relations: [{ kind: "diplomatic_relations", parties: ["CHN", "USA"], since: "1979" }],
  quotes: [],
};

const syriaArabLeagueText =
  "The Arab League readmitted Syria on 7 May 2023. Saudi Arabia did not invite Syria in 2012.";

const syriaArabLeague: ArticleRecord = {
  input: "syria-arab-league.txt",
  document: { title: "Arab League readmits Syria", published: "2023-05-07", dateline: null, language: "en" },
  entities: [
    { id: "SYR", kind: "country", name: "Syria" },
    { id: "SAU", kind: "country", name: "Saudi Arabia" },
    { id: "org:arab-league", kind: "organization", name: "Arab League", aliases: ["League of Arab States"] },
  ],
  events: [
    event(syriaArabLeagueText, "The Arab League readmitted Syria on 7 May 2023.", {
      kind: "join",
      source: ["SYR"],
      target: ["org:arab-league"],
      date: "2023-05-07",
      codes: { plover: "SUPPORT", cameo: "05" },
    }),
    event(syriaArabLeagueText, "Saudi Arabia did not invite Syria in 2012.", {
      kind: "meet",
      source: ["SAU"],
      target: ["SYR"],
      date: "2012",
      factuality: "negated",
    }),
  ],
  relations: [{ kind: "membership", parties: ["SYR", "org:arab-league"], since: null }],
  quotes: [],
};

function toStore(record: ArticleRecord, text: string): ArticleToStore {
  return { record, text, contentHash: `sha256:${record.input}` };
}

export const contractArticles = {
  chinaSyria: toStore(chinaSyria, chinaSyriaText),
  chinaUs: toStore(chinaUs, chinaUsText),
  syriaArabLeague: toStore(syriaArabLeague, syriaArabLeagueText),
};

/** An article whose second event lacks its evidence: the database refuses it midway through the transaction. */
export function brokenArticle(): ArticleToStore {
  const text = "Ghostland met Syria. Ghostland met Syria again.";
  const record: ArticleRecord = {
    input: "broken.txt",
    document: { title: "Broken", published: "2023-01-01", dateline: null, language: "en" },
    entities: [{ id: "person:ghost", kind: "person", name: "Ghost" }],
    events: [
      event(text, "Ghostland met Syria.", { kind: "meet", source: ["GHO"], target: ["SYR"], date: "2023-01-01" }),
      {
        ...event(text, "Ghostland met Syria again.", { kind: "meet", source: ["GHO"], target: ["SYR"] }),
        evidence: { start: 0, end: 0, text: null as unknown as string },
      },
    ],
    relations: [{ kind: "diplomatic_relations", parties: ["GHO", "SYR"], since: "2023" }],
    quotes: [],
  };
  return { record, text, contentHash: "sha256:broken" };
}

/**
 * An article with a meeting in Tripoli, its city under `city.id`: "place:tripoli-lby" or "place:tripoli-lbn" as
 * analysed now, or the plain "place:tripoli" every Tripoli had before migration 0009.
 */
export function tripoliArticle(
  input: string,
  text: string,
  city: Omit<RecordEntity, "kind" | "name"> & { country: string },
): ArticleToStore {
  const start = text.indexOf("Tripoli");
  const record: ArticleRecord = {
    input,
    document: { title: input, published: "2024-11-20", dateline: null, language: "en" },
    entities: [{ kind: "place", name: "Tripoli", ...city }],
    mentions: [{ entity: city.id, start, end: start + "Tripoli".length, text: "Tripoli" }],
    events: [
      event(text, text, {
        kind: "meet",
        source: ["EGY"],
        target: [city.country],
        date: "2024-11-20",
        location: { name: "Tripoli", country: city.country },
      }),
    ],
    relations: [],
    quotes: [],
  };
  return toStore(record, text);
}
