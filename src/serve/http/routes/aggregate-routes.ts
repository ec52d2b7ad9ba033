// The relations graph and the event map: aggregates over the whole store, cached until it changes.

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import { buildEventMap } from "../../aggregate/event-map.ts";
import { checkedRange } from "../../aggregate/event-selection.ts";
import { buildRelationsGraph } from "../../aggregate/relations-graph.ts";
import { exportSelection } from "../../export/export-selection.ts";
import { EventQuery, errorResponses, jsonContent } from "../api-schemas.ts";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

const GraphSchema = z
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

const MapSchema = z
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
    unplaced: z.number(),
  })
  .openapi("EventMap");

/** The filters of /api/events (no paging): the graph and the map count what the event list counts. */
const SelectionQuery = EventQuery.omit({ limit: true, offset: true });

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

  return router;
}
