// The one document type: the article text and everything found in it, as offset spans into `text`.
import type { ReadArticle } from "../ingest/article.ts";
import type { ParsedToken } from "../parse/index.ts";
import type { EventKind, Factuality, IsoDate, RecordEntity, RelationKind } from "../record/record.ts";
import type { Token } from "../text/tokens.ts";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Indexes into doc.tokens: [first, last + 1). */
  tokenStart: number;
  tokenEnd: number;
  /** The sentence's UD words with tags, lemmas and tree (parse stage); heads index into this array. */
  parse?: ParsedToken[];
}

export type MentionVia =
  | "name"
  | "demonym"
  | "capital"
  | "metonym"
  | "title"
  | "surname"
  | "pronoun"
  | "group"
  | "publisher";

export interface Mention extends Span {
  kind: RecordEntity["kind"];
  entityId: string;
  /** The state or organisation this mention acts for (ISO3 or org:...), or null (a place, an unaffiliated person). */
  actor: string | null;
  via: MentionVia;
  sentence: number;
  /** The token index range of the mention. */
  tokenStart: number;
  tokenEnd: number;
  /** Followed by "'s": a possessor ("China's support"). */
  possessive: boolean;
}

export interface DateMention extends Span {
  value: IsoDate;
  sentence: number;
  /** Derived rather than stated: "for 67 years" in 2023 gives 1956; "last week" gives a day. */
  inferred: boolean;
  /** A duration that dates the start of something ("has endured for 67 years"). */
  durationStart: boolean;
}

export interface EventCandidate {
  kind: EventKind;
  /** The CAMEO code of the trigger that proposed it (a finer code than the kind's root). */
  cameo: string;
  source: string[];
  target: string[];
  date: IsoDate | null;
  /** The date came from the sentence, not from the article's date. */
  dateExplicit: boolean;
  factuality: Factuality;
  location: { name: string; country: string | null } | null;
  sentence: number;
  trigger: Span;
  evidence: Span;
  attributedTo: string | null;
  confidence: number;
  /** Implied rather than said: talks held in a party's capital are a visit to it (the guidelines' implied events). */
  inferred?: boolean;
}

/**
 * A dictionary match whose sentence names no party for it ("Several MoUs are to be signed"): the events stage
 * gives it no event, and hands it to the refiners, which may find its parties in the sentences around it.
 */
export interface PartylessMatch {
  kind: EventKind;
  cameo: string;
  /** The dictionary entry's id ("sign/0"). */
  entry: string;
  factuality: Factuality;
  /** The date the sentence gives the act, if any. */
  date: IsoDate | null;
  /** The act has a subject or "by" agent of its own that names no party ("the three countries signed"). */
  agent: boolean;
  sentence: number;
  trigger: Span;
}

export interface RelationCandidate {
  kind: RelationKind;
  parties: string[];
  label: string | null;
  since: IsoDate | null;
  evidence: Span;
}

export interface QuoteCandidate {
  speaker: string | null;
  text: Span;
  evidence: Span;
}

export interface Doc {
  article: ReadArticle;
  text: string;
  /** The date the article speaks from: published, else the dateline's date. */
  referenceDate: IsoDate | null;
  /** A state that publishes the article as its own voice (a ministry's release): "we" and "the Prime Minister" are it. */
  publisher: string | null;
  datelinePlace: { name: string; country: string | null } | null;
  /** The pair of states the article is about (coreference.ts), once known. */
  focus?: string[];
  /** The states a joint statement speaks for ("We, the leaders of A, B and C"), once known. */
  jointVoice?: string[];
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, RecordEntity>;
  dates: DateMention[];
  events: EventCandidate[];
  /** Matches the events stage found no party for, for the refiners (events.ts). */
  partyless: PartylessMatch[];
  relations: RelationCandidate[];
  quotes: QuoteCandidate[];
  /** The work allowed on this article (work-budget.ts); the default when absent. */
  budget?: WorkBudget;
  /** What the budget cut, for the record's document.cut. */
  cuts?: Cut[];
}

// The work budget an analysis runs under, and what it cut (work-budget.ts applies them; the types live here so
// that doc.ts and work-budget.ts do not import each other).
export interface WorkBudget {
  /** Tokens analysed per article; sentences past this many are left out. */
  maxTokens: number;
  /** Longer "sentences" (a list without full stops, a run of names) are analysed in pieces of this many tokens. */
  maxSentenceTokens: number;
  /** Tokens parsed per article (the parse stage's share: the costliest per token); later sentences go unparsed. */
  maxParsedTokens: number;
  /** Wall-clock time for all stages of one article; the stages after it runs out are skipped. */
  maxMilliseconds: number;
}

export type CutCode = "long_sentences" | "token_budget" | "parse_budget" | "time_budget";

/** What was not analysed as written, and why. */
export interface Cut {
  code: CutCode;
  message: string;
}
