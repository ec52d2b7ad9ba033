// Synthetic article records for the serve bench: many small articles between a fixed set of states, with
// every event's evidence an exact slice of its article's text. Deterministic (seeded), so runs compare.
import { createHash } from "node:crypto";
import type { ArticleRecord, EventKind, RecordEvent } from "../../src/record/record.ts";
import type { ArticleToStore } from "../../src/store/store.ts";

export const STATES = [
  "CHN",
  "SYR",
  "USA",
  "RUS",
  "IRN",
  "IRQ",
  "SAU",
  "TUR",
  "EGY",
  "ISR",
  "ARE",
  "QAT",
  "IND",
  "PAK",
  "JPN",
  "KOR",
  "PRK",
  "DEU",
  "FRA",
  "GBR",
  "UKR",
  "POL",
  "BRA",
  "ARG",
  "ZAF",
  "NGA",
  "KEN",
  "ETH",
  "IDN",
  "VNM",
  "AUS",
  "CAN",
  "MEX",
  "JOR",
  "LBN",
  "OMN",
  "KWT",
  "BHR",
  "DZA",
  "MAR",
];

const KINDS: [EventKind, string, string][] = [
  ["meet", "CONSULT", "040"],
  ["visit", "CONSULT", "042"],
  ["sign_agreement", "SUPPORT", "057"],
  ["cooperate", "COOPERATE", "060"],
  ["support", "SUPPORT", "051"],
  ["aid", "AID", "070"],
  ["criticize", "ACCUSE", "111"],
  ["demand", "REQUEST", "100"],
  ["threaten", "THREATEN", "130"],
  ["sanction", "SANCTION", "163"],
];

/** A small linear congruential generator: fast, seeded, good enough to spread synthetic data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function* syntheticArticles(count: number, eventsPerArticle: number, seed = 42): Generator<ArticleToStore> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  for (let n = 0; n < count; n++) {
    const a = pick(STATES);
    let b = pick(STATES);
    while (b === a) b = pick(STATES);
    const year = 1990 + Math.floor(next() * 35);
    const sentences: string[] = [];
    const events: RecordEvent[] = [];
    let offset = 0;
    for (let i = 0; i < eventsPerArticle; i++) {
      const [kind, plover, cameo] = pick(KINDS);
      const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
      const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
      const date = i % 5 === 4 ? String(year) : `${year}-${month}-${day}`;
      const [source, target] = next() < 0.5 ? [a, b] : [b, a];
      const sentence = `Officials of ${source} and ${target} reported a ${kind.replaceAll("_", " ")} on ${date} (item ${n}.${i}).`;
      events.push({
        kind,
        source: [source],
        target: [target],
        date,
        factuality: next() < 0.85 ? "occurred" : "intended",
        location: next() < 0.5 ? { name: `Capital of ${target}`, country: target } : null,
        codes: { plover, cameo },
        evidence: { start: offset, end: offset + sentence.length, text: sentence },
        attributed_to: null,
        confidence: 0.8,
      });
      sentences.push(sentence);
      offset += sentence.length + 1;
    }
    const text = sentences.join(" ");
    const record: ArticleRecord = {
      input: `synthetic-${n}.txt`,
      document: {
        title: `Synthetic ${a}–${b} report ${n}`,
        published: `${year}-12-31`,
        dateline: null,
        language: "en",
      },
      entities: [
        { id: a, kind: "country", name: a },
        { id: b, kind: "country", name: b },
      ],
      events,
      relations:
        n % 50 === 0
          ? [{ kind: "partnership", parties: [a, b], label: "strategic partnership", since: String(year) }]
          : [],
      quotes: [],
    };
    yield { record, text, contentHash: createHash("sha256").update(`synthetic:${seed}:${n}`).digest("hex") };
  }
}
