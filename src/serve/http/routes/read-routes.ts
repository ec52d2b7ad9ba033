// Read routes over the store: documents, events, relations, a pair's timeline, entities and stats.

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import type { StoredEvent, StoredRelation } from "../../../store/store.ts";
import {
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

const DocumentWithRecord = DocumentSchema.extend({
  text: z.string(),
  record: z.record(z.string(), z.unknown()).openapi({ description: "the article record (spec/record.md)" }),
}).openapi("DocumentWithRecord");

const TimelineEntrySchema = z
  .union([
    z.object({ type: z.literal("event"), date: z.string().nullable(), event: EventSchema }),
    z.object({ type: z.literal("relation"), date: z.string().nullable(), relation: RelationSchema }),
  ])
  .openapi("TimelineEntry");

const StatsSchema = z
  .object({ documents: z.number(), events: z.number(), relations: z.number(), entities: z.number() })
  .openapi("Stats");

const notFound = { 404: jsonContent(z.object({ error: z.object({ code: z.string() }) }), "No such document") };

export function readRoutes(context: ServeContext): OpenAPIHono {
  const { store } = context;
  const router = newRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/documents",
      tags: ["documents"],
      summary: "List stored documents, newest first; `search` matches title and text",
      request: { query: DocumentQuery },
      responses: { 200: jsonContent(pageOf(DocumentSchema, "DocumentPage"), "A page of documents"), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const page = await store.listDocuments(query);
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
      summary: "Events matching every given filter, paged; `total` counts all matches",
      request: { query: EventQuery },
      responses: { 200: jsonContent(pageOf(EventSchema, "EventPage"), "A page of events"), ...errorResponses },
    }),
    async (c) => {
      const { document, ...query } = c.req.valid("query");
      if (query.from && query.to && query.from > query.to) {
        throw new HttpError("invalid_request", `from (${query.from}) is after to (${query.to})`);
      }
      const page = await store.events({ ...query, documentId: document });
      return c.json({ ...page, items: page.items as StoredEvent[], limit: query.limit, offset: query.offset }, 200);
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
      summary: "A pair's events and relations in date order (undated last), either direction",
      request: { params: PairPath, query: TimelineQuery },
      responses: {
        200: jsonContent(z.object({ a: z.string(), b: z.string(), entries: z.array(TimelineEntrySchema) }), "Timeline"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { a, b } = c.req.valid("param");
      if (a === b) throw new HttpError("invalid_request", `a pair needs two different actors, got ${a} twice`);
      const entries = await store.timeline(a, b, c.req.valid("query"));
      return c.json({ a, b, entries }, 200);
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
      summary: "How many documents, events, relations and entities the store holds",
      responses: { 200: jsonContent(StatsSchema, "Counts"), ...errorResponses },
    }),
    async (c) => c.json(await store.stats(), 200),
  );

  return router;
}
