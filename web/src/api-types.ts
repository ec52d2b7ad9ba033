// The shapes the API answers with (see /openapi.json), as the web app reads them.
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface ApiEvent {
  id: number;
  documentId: number;
  documentTitle: string | null;
  published: string | null;
  review: "unreviewed" | "confirmed" | "rejected" | "corrected";
  kind: string;
  source: string[];
  target: string[];
  date: string | null;
  factuality: string;
  location: { name: string; country: string | null } | null;
  codes: { plover: string; cameo: string };
  evidence: Evidence;
  confidence: number;
}

export interface ApiRelation {
  id: number;
  documentId: number;
  documentTitle: string | null;
  kind: string;
  parties: string[];
  label?: string | null;
  since: string | null;
  evidence?: Evidence;
}

export interface ApiTrends {
  by: "month" | "year";
  points: {
    period: string;
    events: number;
    cooperation: number;
    conflict: number;
    quad: {
      verbal_cooperation: number;
      material_cooperation: number;
      verbal_conflict: number;
      material_conflict: number;
    };
    goldstein: number;
    goldsteinMean: number | null;
  }[];
  notPlaced: { undated: number; lessPrecise: number };
  apart: CountsApart;
}

/** A selection's events split by the counting rule (occurred and not rejected count); the parts add up. */
export interface CountsApart {
  counted: number;
  intended: number;
  negated: number;
  uncertain: number;
  rejected: number;
}

export type TimelineEntry =
  | { type: "event"; date: string | null; event: ApiEvent; context?: boolean }
  | { type: "relation"; date: string | null; relation: ApiRelation };

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
  apart?: CountsApart;
}

export interface Stats {
  documents: number;
  events: number;
  relations: number;
  entities: number;
  apart: CountsApart;
}

export interface ApiGraph {
  nodes: { id: string; kind: "state" | "organization"; name: string; events: number }[];
  edges: {
    id: string;
    source: string;
    target: string;
    events: number;
    cooperation: number;
    conflict: number;
    balance: number;
    partnership: string | null;
    partnershipSince: string | null;
    relations: string[];
  }[];
}

export interface ApiMap {
  countries: { iso3: string; numeric: string | null; name: string; events: number }[];
  places: { name: string; country: string | null; lat: number; lon: number; events: number }[];
  unplaced: number;
}

export interface RecordEntity {
  id: string;
  kind: string;
  name: string;
}

export interface DocumentWithRecord {
  id: number;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  input: string;
  text?: string;
  /** With a search: the best passage, matched words marked. */
  snippet?: { text: string; highlight: boolean }[];
  rank?: number;
  record?: {
    entities: RecordEntity[];
    mentions?: { entity: string; start: number; end: number; text: string }[];
    relations: ApiRelation[];
    quotes: unknown[];
  };
}
