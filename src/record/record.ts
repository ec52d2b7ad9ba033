// The article record: dyad's output contract (docs/record.md).
// Every later part of the flow (store, serve, exports) reads these types; this module imports nothing of dyad's
// beyond its own folder.
import type { ActorId } from "./actor-id.ts";
import type { IsoDate } from "./iso-date.ts";

export type { ActorId } from "./actor-id.ts";
export type { IsoDate } from "./iso-date.ts";

export const EVENT_KINDS = [
  "meet",
  "visit",
  "sign_agreement",
  "establish_partnership",
  "establish_relations",
  "break_relations",
  "join",
  "cooperate",
  "support",
  "aid",
  "criticize",
  "demand",
  "reject",
  "threaten",
  "sanction",
  "use_force",
  // PLOVER's remaining categories (kinds version 2)
  "coerce",
  "mobilize",
  "concede",
  "retreat",
  "investigate",
  "protest",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds whose parties are interchangeable (scored as unordered pairs). */
export const SYMMETRIC_KINDS: ReadonlySet<EventKind> = new Set([
  "meet",
  "sign_agreement",
  "establish_partnership",
  "establish_relations",
  "cooperate",
]);

export const FACTUALITIES = ["occurred", "intended", "negated", "uncertain"] as const;
export type Factuality = (typeof FACTUALITIES)[number];

export const RELATION_KINDS = ["partnership", "diplomatic_relations", "membership", "alliance"] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export type EntityKind = "country" | "person" | "organization" | "place";

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface RecordEntity {
  id: ActorId;
  kind: EntityKind;
  name: string;
  country?: string | null;
  role?: string | null;
  aliases?: string[];
  lat?: number;
  lon?: number;
}

export interface RecordEvent {
  kind: EventKind;
  source: ActorId[];
  target: ActorId[];
  date: IsoDate | null;
  factuality: Factuality;
  location: { name: string; country: string | null } | null;
  codes: { plover: string; cameo: string };
  evidence: Evidence;
  attributed_to: ActorId | null;
  confidence: number;
  /** Implied by the text rather than said (talks in B's capital are a visit to B); absent when said. */
  inferred?: boolean;
}

export interface RecordRelation {
  kind: RelationKind;
  parties: ActorId[];
  label?: string | null;
  since: IsoDate | null;
  evidence?: Evidence;
}

export interface RecordQuote {
  speaker: ActorId | null;
  text: string;
  evidence: Evidence;
}

export interface DocumentInfo {
  title: string | null;
  published: IsoDate | null;
  dateline: { place: string | null; country: string | null } | null;
  language: string | null;
  source?: string | null;
  url?: string | null;
  /** The whole text that offsets point into; carried for HTML pages (their extracted main text). */
  text?: string;
  /** Present when the work budget cut the analysis: what was not analysed, with a code. */
  cut?: Array<{ code: string; message: string }>;
}

/** Where the article names an entity (an extra field beyond the spec's; the store keeps mentions). */
export interface RecordMention {
  entity: ActorId;
  start: number;
  end: number;
  text: string;
}

export interface ArticleRecord {
  input: string;
  document: DocumentInfo;
  entities: RecordEntity[];
  mentions?: RecordMention[];
  events: RecordEvent[];
  relations: RecordRelation[];
  quotes: RecordQuote[];
}

export interface ErrorLine {
  input: string;
  error: { code: string; message: string };
}
