// analyze/: one article through the ordered stages, into its record. The order is this list.
import type { ReadArticle } from "../ingest/article.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { ArticleRecord } from "../record/record.ts";
import { coreferenceStage } from "./coreference.ts";
import { datesStage } from "./dates.ts";
import type { Doc } from "./doc.ts";
import { eventsStage } from "./events.ts";
import { mentionsStage } from "./mentions.ts";
import { namesStage } from "./names.ts";
import { parseStage } from "./parse-stage.ts";
import { placesStage } from "./places.ts";
import { publisherOf } from "./publisher.ts";
import { quotesStage } from "./quotes.ts";
import { relationsStage } from "./relations.ts";
import { sentencesStage } from "./sentences.ts";
import { toRecord } from "./to-record.ts";
import { addCut, DEFAULT_BUDGET, sentenceLimitsStage, timeBudgetCut, type WorkBudget } from "./work-budget.ts";

export type Stage = (doc: Doc, knowledge: Knowledge) => void;

/** The stages, in the order they run; each reads what the ones before it added. */
export const STAGES: ReadonlyArray<[name: string, stage: Stage]> = [
  ["sentences", sentencesStage], // tokens and sentences with offsets
  ["sentence-limits", sentenceLimitsStage], // over-long sentences in pieces, tokens past the budget left out
  ["parse", parseStage], // UD words per sentence: tags, lemmas, dependency tree; each token takes its word's
  ["mentions", mentionsStage], // states, people, organisations from the knowledge base, linked by date
  ["names", namesStage], // people and places the knowledge base does not know
  ["places", placesStage], // the dateline and named places resolved with the article's states in view
  ["coreference", coreferenceStage], // he, its, the two countries, we
  ["dates", datesStage], // dates at their precision, relative to the article's date
  ["events", eventsStage], // triggers, parties, dates, factuality
  ["relations", relationsStage], // partnerships, diplomatic relations, memberships
  ["quotes", quotesStage], // quoted statements and their speakers
];

/**
 * The day the article reports from: the dateline's day when it is a few days before publication ("MOSCOW,
 * Jan 23 (Reuters)" published on the 24th), else the publication date.
 */
function newsDate(article: ReadArticle): string | null {
  const published = article.published;
  const lined = article.dateline?.date ?? null;
  if (!published) return lined;
  if (lined && lined.length === 10 && published.length === 10) {
    const days = (Date.parse(published) - Date.parse(lined)) / 86_400_000;
    if (days >= 0 && days <= 3) return lined;
  }
  return published;
}

export function createDoc(article: ReadArticle, knowledge: Knowledge, budget: WorkBudget = DEFAULT_BUDGET): Doc {
  // the dateline's country waits for the places stage, which knows the article's states
  const datelinePlace = article.dateline?.place ? { name: article.dateline.place, country: null } : null;
  return {
    article,
    text: article.text,
    referenceDate: newsDate(article),
    publisher: publisherOf(article, knowledge),
    datelinePlace,
    tokens: [],
    sentences: [],
    mentions: [],
    entities: new Map(),
    dates: [],
    events: [],
    partyless: [],
    relations: [],
    quotes: [],
    budget,
  };
}

export function analyzeDoc(article: ReadArticle, knowledge: Knowledge, budget: WorkBudget = DEFAULT_BUDGET): Doc {
  const doc = createDoc(article, knowledge, budget);
  const deadline = performance.now() + budget.maxMilliseconds;
  for (const [index, [name, stage]] of STAGES.entries()) {
    stage(doc, knowledge);
    const rest = STAGES.slice(index + 1).map(([skipped]) => skipped);
    if (rest.length > 0 && performance.now() > deadline) {
      addCut(doc, timeBudgetCut(budget, name, rest));
      break;
    }
  }
  return doc;
}

export function analyzeArticle(
  article: ReadArticle,
  knowledge: Knowledge,
  budget: WorkBudget = DEFAULT_BUDGET,
): ArticleRecord {
  return toRecord(analyzeDoc(article, knowledge, budget), knowledge);
}
