// Read routes over the store: documents, events, relations, a pair's timeline, entities and stats.

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import type { StoredEvent, StoredRelation } from "../../../store/store.ts";
import { checkedPair, checkedRange, counted, countsApart } from "../../aggregate/event-selection.ts";
import {
  ApartSchema,
  DocumentQuery,
  DocumentSchema,
  EntityQuery,
  EntitySchema,
  EventQuery,
  EventSchema,
  errorResponses,
  IdPath,
  jsonContent,
  PairPath,
  pageOf,
  RelationQuery,
  RelationSchema,
  TimelineQuery,
} from "../api-schemas.ts";
import { HttpError } from "../error-catalogue.ts";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

export const DocumentWithRecord = DocumentSchema.extend({
  text: z.string(),
  record: z.record(z.string(), z.unknown()).openapi({ description: "the article record (docs/record.md)" }),
}).openapi("DocumentWithRecord");

export const DocumentHitSchema = DocumentSchema.extend({
  snippet: z
    .array(z.object({ text: z.string(), highlight: z.boolean() }))
    .optional()
    .openapi({ description: "with `search`: the best passage, matched words marked `highlight`" }),
  rank: z.number().optional().openapi({ description: "with `search`: relevance, higher is better" }),
}).openapi("DocumentHit");

export const TimelineEntrySchema = z
  .union([
    z.object({
      type: z.literal("event"),
      date: z.string().nullable(),
      event: EventSchema,
      context: z.boolean().optional().openapi({ description: "a join shown for context, not a pair event" }),
    }),
    z.object({ type: z.literal("relation"), date: z.string().nullable(), relation: RelationSchema }),
  ])
  .openapi("TimelineEntry");

export const StatsSchema = z
  .object({
    documents: z.number(),
    events: z.number().openapi({ description: "events that count: occurred, not rejected" }),
    relations: z.number(),
    entities: z.number(),
    apart: ApartSchema,
  })
  .openapi("Stats");

const notFound = { 404: jsonContent(z.object({ error: z.object({ code: z.string() }) }), "No such document") };

// Long by design: one createRoute and handler per read endpoint, kept in one list so the API reads top to bottom.
export function readRoutes(context: ServeContext): OpenAPIHono {
  const { store } = context;
  const router = newRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/documents",
      tags: ["documents"],
      summary:
        "List stored documents, newest first; `search` is a full-text search of titles, text and evidence, " +
        "each hit with a highlighted snippet and its rank",
      request: { query: DocumentQuery },
      responses: {
        200: jsonContent(pageOf(DocumentHitSchema, "DocumentPage"), "A page of documents"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { search, order, ...query } = c.req.valid("query");
      const page = search?.trim()
        ? await store.searchDocuments({ query: search, order, ...query })
        : await store.listDocuments(query);
      return c.json({ ...page, limit: query.limit, offset: query.offset }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/{id}",
      tags: ["documents"],
      summary: "One document with its text and extracted record",
      request: { params: IdPath },
      responses: { 200: jsonContent(DocumentWithRecord, "The document"), ...notFound, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const document = await store.getDocument(id);
      if (!document) throw new HttpError("not_found", `document ${id} does not exist`);
      return c.json({ ...document, record: document.record as unknown as Record<string, unknown> }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/events",
      tags: ["events"],
      summary:
        "Events matching every given filter, paged; `total` counts all matches. By default only `occurred` events " +
        "that no reviewer rejected; `factuality` and `review` bring the others in, and `apart` counts them",
      request: { query: EventQuery },
      responses: {
        200: jsonContent(pageOf(EventSchema, "EventPage").extend({ apart: ApartSchema }), "A page of events"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { document, ...query } = c.req.valid("query");
      checkedRange(query.from, query.to);
      const filter = counted({ ...query, documentId: document });
      const [page, apart] = await Promise.all([store.events(filter), countsApart(store, filter)]);
      const items = page.items as StoredEvent[];
      return c.json({ ...page, items, apart, limit: query.limit, offset: query.offset }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/relations",
      tags: ["relations"],
      summary: "Standing relations (partnerships, diplomatic relations, memberships, alliances), paged",
      request: { query: RelationQuery },
      responses: {
        200: jsonContent(pageOf(RelationSchema, "RelationPage"), "A page of relations"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const page = await store.relations(query);
      return c.json({ ...page, items: page.items as StoredRelation[], limit: query.limit, offset: query.offset }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/pairs/{a}/{b}/timeline",
      tags: ["pairs"],
      summary:
        "A pair's events and relations in date order (undated last), either direction; events count as in " +
        "/api/events, and joins into organisations reported in the pair's articles come with `context: true`",
      request: { params: PairPath, query: TimelineQuery },
      responses: {
        200: jsonContent(
          z.object({ a: z.string(), b: z.string(), entries: z.array(TimelineEntrySchema), apart: ApartSchema }),
          "Timeline",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { a, b } = c.req.valid("param");
      checkedPair(a, b);
      const query = c.req.valid("query");
      checkedRange(query.from, query.to);
      const filter = counted(query);
      const [entries, apart] = await Promise.all([
        store.timeline(a, b, filter),
        countsApart(store, { ...filter, pair: [a, b] }),
      ]);
      return c.json({ a, b, entries, apart }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/entities",
      tags: ["entities"],
      summary: "Entities named in the stored articles: countries, people, organisations, places",
      request: { query: EntityQuery },
      responses: { 200: jsonContent(pageOf(EntitySchema, "EntityPage"), "A page of entities"), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const page = await store.entities(query);
      return c.json({ ...page, limit: query.limit, offset: query.offset }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/stats",
      tags: ["stats"],
      summary: "How many documents, events (that count), relations and entities the store holds",
      responses: { 200: jsonContent(StatsSchema, "Counts"), ...errorResponses },
    }),
    async (c) => {
      const [stats, apart] = await Promise.all([store.stats(), countsApart(store, {})]);
      return c.json({ ...stats, events: apart.counted, apart }, 200);
    },
  );

  return router;
}
