// The shapes the API answers with, derived from the server's zod schemas (the same ones that validate the
// answers and generate /openapi.json), so the web app cannot drift from the API. Types only: nothing of the
// server reaches the bundle.
import type { z } from "@hono/zod-openapi";
import type { ArticleRecord } from "../../src/record/record.ts";
import type {
  ApartSchema,
  EntitySchema,
  EventSchema,
  EvidenceSchema,
  RelationSchema,
} from "../../src/serve/http/api-schemas.ts";
import type { GraphSchema, MapSchema, TrendsSchema } from "../../src/serve/http/routes/aggregate-routes.ts";
import type { DocumentHitSchema, StatsSchema, TimelineEntrySchema } from "../../src/serve/http/routes/read-routes.ts";
import type { ReviewEntrySchema } from "../../src/serve/http/routes/review-routes.ts";

export type Evidence = z.infer<typeof EvidenceSchema>;
export type ApiEvent = z.infer<typeof EventSchema>;
export type ApiRelation = z.infer<typeof RelationSchema>;
export type ApiTrends = z.infer<typeof TrendsSchema>;
/** A selection's events split by the counting rule (occurred and not rejected count); the parts add up. */
export type CountsApart = z.infer<typeof ApartSchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type ApiGraph = z.infer<typeof GraphSchema>;
export type ApiMap = z.infer<typeof MapSchema>;
export type RecordEntity = z.infer<typeof EntitySchema>;
/** One review of an event; in the store-wide log (/api/reviews) with the event's article. */
export type ReviewEntry = z.infer<typeof ReviewEntrySchema> & { documentId?: number; documentTitle?: string | null };

/** A list answer (pageOf in api-schemas.ts): its total and the window it returned. */
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
  apart?: CountsApart;
}

/** A document as listed (with a search: its snippet and rank), or read alone with its text and record. */
export type DocumentWithRecord = z.infer<typeof DocumentHitSchema> & {
  text?: string;
  record?: Pick<ArticleRecord, "entities" | "mentions" | "relations" | "quotes">;
};
