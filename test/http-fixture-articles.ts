// Hand-written article records for the HTTP and export tests: fixed, and independent of the analyzer,
// saved through the real store. Evidence is always an exact slice of the text.
import { createHash } from "node:crypto";
import type { ArticleRecord, RecordRelation } from "../src/record/record.ts";
import type { ArticleToStore } from "../src/store/store.ts";
import { event, evidence as slice } from "./store/contract-articles.ts";

function article(record: ArticleRecord, text: string): ArticleToStore {
  return { record, text, contentHash: createHash("sha256").update(text).digest("hex") };
}

const chinaSyriaText = [
  "Chinese President Xi Jinping and Syrian President Bashar al-Assad met in Hangzhou on Friday.",
  "The two leaders announced the establishment of a China-Syria strategic partnership.",
  "Assad last visited China in 2004.",
  "China will support Syria's reconstruction.",
  "China and Syria established diplomatic relations in 1956.",
].join(" ");

const chinaSyriaRelations: RecordRelation[] = [
  {
    kind: "partnership",
    parties: ["CHN", "SYR"],
    label: "strategic partnership",
    since: "2023-09-22",
    evidence: slice(
      chinaSyriaText,
      "The two leaders announced the establishment of a China-Syria strategic partnership.",
    ),
  },
  {
    kind: "diplomatic_relations",
    parties: ["CHN", "SYR"],
    since: "1956",
    evidence: slice(chinaSyriaText, "China and Syria established diplomatic relations in 1956."),
  },
];

export const chinaSyria = article(
  {
    input: "china-syria.txt",
    document: {
      title: "Xi, Assad announce strategic partnership",
      published: "2023-09-23",
      dateline: null,
      language: "en",
      url: "https://example.org/china-syria",
    },
    entities: [
      { id: "CHN", kind: "country", name: "China" },
      { id: "SYR", kind: "country", name: "Syria" },
      { id: "person:xi-jinping", kind: "person", name: "Xi Jinping", country: "CHN", role: "President" },
      { id: "place:hangzhou", kind: "place", name: "Hangzhou", country: "CHN", lat: 30.29, lon: 120.16 },
    ],
    events: [
      event(
        chinaSyriaText,
        "Chinese President Xi Jinping and Syrian President Bashar al-Assad met in Hangzhou on Friday.",
        {
          kind: "meet",
          source: ["CHN"],
          target: ["SYR"],
          date: "2023-09-22",
          location: { name: "Hangzhou", country: "CHN" },
        },
      ),
      event(chinaSyriaText, "The two leaders announced the establishment of a China-Syria strategic partnership.", {
        kind: "establish_partnership",
        source: ["CHN"],
        target: ["SYR"],
        date: "2023-09-22",
        codes: { plover: "SUPPORT", cameo: "05" },
        location: { name: "Hangzhou", country: "CHN" },
      }),
      event(chinaSyriaText, "Assad last visited China in 2004.", {
        kind: "visit",
        source: ["SYR"],
        target: ["CHN"],
        date: "2004",
        codes: { plover: "CONSULT", cameo: "042" },
      }),
      event(chinaSyriaText, "China will support Syria's reconstruction.", {
        kind: "support",
        source: ["CHN"],
        target: ["SYR"],
        date: "2023-09-22",
        factuality: "intended",
        codes: { plover: "AGREE", cameo: "03" },
      }),
    ],
    relations: chinaSyriaRelations,
    quotes: [],
  },
  chinaSyriaText,
);

const sanctionsText = [
  "The United States imposed new sanctions on Russia in March 2022.",
  "Moscow condemned Washington's decision.",
].join(" ");

export const sanctions = article(
  {
    input: "sanctions.txt",
    document: { title: "US sanctions Russia", published: "2022-03-02", dateline: null, language: "en" },
    entities: [
      { id: "USA", kind: "country", name: "United States" },
      { id: "RUS", kind: "country", name: "Russia" },
      { id: "org:un", kind: "organization", name: "United Nations", aliases: ["UN"] },
    ],
    events: [
      event(sanctionsText, "The United States imposed new sanctions on Russia in March 2022.", {
        kind: "sanction",
        source: ["USA"],
        target: ["RUS"],
        date: "2022-03",
        codes: { plover: "SANCTION", cameo: "163" },
      }),
      event(sanctionsText, "Moscow condemned Washington's decision.", {
        kind: "criticize",
        source: ["RUS"],
        target: ["USA"],
        date: "2022-03-02",
        codes: { plover: "ACCUSE", cameo: "111" },
      }),
    ],
    relations: [],
    quotes: [],
  },
  sanctionsText,
);

// Untrusted text: markup in the title and body must reach every client as text. A comma, a quote and a
// leading "=" check the CSV quoting and formula guard.
const maliciousText =
  '=HYPERLINK("x") <script>alert("pwned")</script> <img src=x onerror="alert(1)"> Iran, "and" Iraq met\tin Baghdad.';

export const malicious = article(
  {
    input: "malicious.txt",
    document: { title: '<img src=x onerror="alert(1)">', published: "2021-05-01", dateline: null, language: "en" },
    entities: [],
    events: [
      event(maliciousText, maliciousText, {
        kind: "meet",
        source: ["IRN"],
        target: ["IRQ"],
        date: "2021-05-01",
        location: { name: "Baghdad", country: "IRQ" },
      }),
    ],
    relations: [],
    quotes: [],
  },
  maliciousText,
);

export const fixtureArticles = { chinaSyria, sanctions, malicious };
