// The relations graph and the event map: aggregates over the whole store, cached until it changes.

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import { buildEventMap } from "../../aggregate/event-map.ts";
import { checkedRange, countsApart } from "../../aggregate/event-selection.ts";
import { buildRelationsGraph } from "../../aggregate/relations-graph.ts";
import { buildTrends, QUAD_NAMES, TREND_PERIODS, trendsCsv } from "../../aggregate/trends.ts";
import { exportSelection } from "../../export/export-selection.ts";
import { ApartSchema, EventQuery, errorResponses, jsonContent } from "../api-schemas.ts";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

export const GraphSchema = z
  .object({
    nodes: z.array(
      z.object({ id: z.string(), kind: z.enum(["state", "organization"]), name: z.string(), events: z.number() }),
    ),
    edges: z.array(
      z.object({
        id: z.string(),
        source: z.string(),
        target: z.string(),
        events: z.number(),
        cooperation: z.number(),
        conflict: z.number(),
        balance: z.number().openapi({ description: "(cooperation − conflict) / (cooperation + conflict)" }),
        partnership: z.string().nullable(),
        partnershipSince: z.string().nullable(),
        relations: z.array(z.string()),
        documents: z.array(z.number()).openapi({ description: "source documents of the edge's events and relations" }),
      }),
    ),
  })
  .openapi("RelationsGraph");

export const MapSchema = z
  .object({
    countries: z.array(
      z.object({ iso3: z.string(), numeric: z.string().nullable(), name: z.string(), events: z.number() }),
    ),
    places: z.array(
      z.object({
        name: z.string(),
        country: z.string().nullable(),
        lat: z.number(),
        lon: z.number(),
        events: z.number(),
      }),
    ),
    onDatelineCountry: z.number(),
    unplaced: z.number(),
  })
  .openapi("EventMap");

/** The filters of /api/events (no paging): the graph and the map count what the event list counts. */
const SelectionQuery = EventQuery.omit({ limit: true, offset: true });

const TrendsQuery = SelectionQuery.extend({
  by: z.enum(TREND_PERIODS).default("month").openapi({ description: "month or year" }),
  format: z.enum(["json", "csv"]).default("json").openapi({ description: "json, or csv for the series alone" }),
});

const TrendPointSchema = z.object({
  period: z.string().openapi({ example: "2023-09" }),
  events: z.number().int(),
  cooperation: z.number().int().openapi({ description: "PLOVER verbal and material cooperation" }),
  conflict: z.number().int().openapi({ description: "PLOVER verbal and material conflict" }),
  quad: z.object(Object.fromEntries(QUAD_NAMES.map((name) => [name, z.number().int()]))),
  goldstein: z.number().openapi({ description: "sum of the events' Goldstein weights (CAMEO codebook)" }),
  goldsteinMean: z.number().nullable(),
});

export const TrendsSchema = z
  .object({
    by: z.enum(TREND_PERIODS),
    points: z.array(TrendPointSchema),
    notPlaced: z.object({ undated: z.number().int(), lessPrecise: z.number().int() }),
    apart: ApartSchema,
  })
  .openapi("Trends");

export function aggregateRoutes(context: ServeContext): OpenAPIHono {
  const router = newRouter();
  const selectionOf = (query: z.infer<typeof SelectionQuery>) => {
    const { document, ...filter } = query;
    checkedRange(filter.from, filter.to);
    return exportSelection({ ...filter, documentId: document });
  };

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/graph",
      tags: ["relations"],
      summary:
        "The relations graph: states and organisations, edges with partnership level and balance, over the " +
        "events that /api/events selects with the same filters",
      request: { query: SelectionQuery },
      responses: { 200: jsonContent(GraphSchema, "The graph"), ...errorResponses },
    }),
    async (c) => {
      const selection = selectionOf(c.req.valid("query"));
      const key = `graph ${JSON.stringify(selection)}`;
      return c.json(await context.cached(key, () => buildRelationsGraph(context.store, selection)), 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/map",
      tags: ["events"],
      summary: "Where events happened: counts per country and per known place, with the filters of /api/events",
      request: { query: SelectionQuery },
      responses: { 200: jsonContent(MapSchema, "The map"), ...errorResponses },
    }),
    async (c) => {
      const { events } = selectionOf(c.req.valid("query"));
      const key = `map ${JSON.stringify(events)}`;
      return c.json(await context.cached(key, () => buildEventMap(context.store, events)), 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/trends",
      tags: ["events"],
      summary:
        "Counts and conflict–cooperation intensity (PLOVER quad classes, Goldstein scale) per month or year for " +
        "the events /api/events selects with the same filters (a pair, an actor, kinds, a date range)",
      request: { query: TrendsQuery },
      responses: { 200: jsonContent(TrendsSchema, "The series, without gaps between periods"), ...errorResponses },
    }),
    async (c) => {
      const { by, format, ...query } = c.req.valid("query");
      const { events } = selectionOf(query);
      const [trends, apart] = await Promise.all([
        context.cached(`trends ${by} ${JSON.stringify(events)}`, () => buildTrends(context.store, events, by)),
        countsApart(context.store, events),
      ]);
      if (format === "csv") {
        return c.body(trendsCsv(trends), 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="dyad-trends-${by}.csv"`,
        }) as never;
      }
      return c.json({ ...trends, apart }, 200);
    },
  );

  return router;
}
