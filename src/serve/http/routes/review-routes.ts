// One event, its review audit log, and POST review: confirm, reject, or correct kind, parties and date;
// POST unmerge takes a report out of the event it was merged into.

import type { OpenAPIHono } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import { EVENT_KINDS, FACTUALITIES } from "../../../record/record.ts";
import { codesOfKind } from "../../aggregate/kind-codes.ts";
import {
  ActorParam,
  ErrorSchema,
  EventSchema,
  errorResponses,
  IdPath,
  IsoDateParam,
  jsonContent,
} from "../api-schemas.ts";
import { HttpError } from "../error-catalogue.ts";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

export const ReviewBody = z
  .object({
    action: z.enum(["confirm", "reject", "correct"]),
    kind: z.enum(EVENT_KINDS).optional(),
    source: z.array(ActorParam).min(1).max(20).optional(),
    target: z.array(ActorParam).min(1).max(20).optional(),
    date: IsoDateParam.nullable().optional(),
    factuality: z.enum(FACTUALITIES).optional(),
    location: z
      .object({
        name: z.string().trim().min(1, "a place needs a name").max(200),
        country: ActorParam.refine((id) => !id.startsWith("org:"), "a place's country must be a state").nullable(),
      })
      .nullable()
      .optional()
      .openapi({ description: "where it happened (country by code or name), or null for no known place" }),
    reviewer: z.string().max(200).optional(),
    note: z.string().max(2000).optional(),
  })
  .openapi("Review");

const UnmergeBody = z
  .object({ reviewer: z.string().max(200).optional(), note: z.string().max(2000).optional() })
  .openapi("Unmerge");

const Snapshot = z.object({
  factuality: z.string().optional(),
  location: z.object({ name: z.string(), country: z.string().nullable() }).nullable().optional(),
  kind: z.string(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  date: z.string().nullable(),
  codes: z.object({ plover: z.string(), cameo: z.string() }),
  review: z.string(),
});

export const ReviewEntrySchema = z
  .object({
    id: z.number(),
    eventId: z.number(),
    action: z.enum(["confirm", "reject", "correct"]),
    reviewer: z.string().nullable(),
    note: z.string().nullable(),
    before: Snapshot,
    after: Snapshot,
    reviewedAt: z.string(),
  })
  .openapi("ReviewEntry");

const notFound = { 404: jsonContent(ErrorSchema, "No such event") };

// Long by design: one createRoute and handler per review endpoint, kept in one list so the API reads top to bottom.
export function reviewRoutes(context: ServeContext): OpenAPIHono {
  const { store } = context;
  const router = newRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/events/{id}",
      tags: ["events"],
      summary: "One event, with its current (reviewed) values",
      request: { params: IdPath },
      responses: { 200: jsonContent(EventSchema, "The event"), ...notFound, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const event = await store.getEvent(id);
      if (!event) throw new HttpError("not_found", `event ${id} does not exist`);
      return c.json(event, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/events/{id}/reviews",
      tags: ["events"],
      summary: "An event's review audit log, oldest first; the first entry's `before` is the value as extracted",
      request: { params: IdPath },
      responses: { 200: jsonContent(z.object({ items: z.array(ReviewEntrySchema) }), "The log"), ...notFound },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!(await store.getEvent(id))) throw new HttpError("not_found", `event ${id} does not exist`);
      return c.json({ items: await store.eventReviews(id) }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/api/events/{id}/review",
      tags: ["events"],
      summary:
        "Confirm, reject or correct an event (needs the bearer token); a correction gives kind, source, target, " +
        "date, factuality or location, each validated like the rest of the API",
      security: [{ bearer: [] }],
      request: { params: IdPath, body: { content: { "application/json": { schema: ReviewBody } }, required: true } },
      responses: {
        200: jsonContent(EventSchema, "The event after review"),
        401: jsonContent(ErrorSchema, "Missing or wrong token"),
        403: jsonContent(ErrorSchema, "Server is read-only"),
        ...notFound,
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { action, kind, source, target, date, factuality, location, reviewer, note } = c.req.valid("json");
      const current = await store.getEvent(id);
      if (!current) throw new HttpError("not_found", `event ${id} does not exist`);
      // a new kind or factuality recodes the event (an intended event is PLOVER AGREE, CAMEO 03x)
      const recoded =
        kind || factuality ? { codes: codesOfKind(kind ?? current.kind, factuality ?? current.factuality) } : {};
      const correction =
        action === "correct" ? { kind, source, target, date, factuality, location, ...recoded } : undefined;
      let reviewed: Awaited<ReturnType<typeof store.reviewEvent>>;
      try {
        reviewed = await store.reviewEvent(id, { action, correction, reviewer, note });
      } catch (error) {
        if (error instanceof RangeError) throw new HttpError("invalid_request", error.message);
        throw error;
      }
      if (!reviewed) throw new HttpError("not_found", `event ${id} does not exist`);
      context.invalidate();
      return c.json(reviewed, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/reviews",
      tags: ["events"],
      summary: "The store's review audit log, newest first: who reviewed which event when, before and after",
      request: {
        query: z.object({
          reviewer: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonContent(
          z.object({
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
            items: z.array(
              ReviewEntrySchema.extend({ documentId: z.number().int(), documentTitle: z.string().nullable() }),
            ),
          }),
          "A page of the log",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      return c.json({ ...(await store.reviewLog(query)), limit: query.limit, offset: query.offset }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/api/events/{id}/unmerge",
      tags: ["events"],
      summary:
        "Take a report out of the event it was merged into (needs the bearer token): it stands as an event of its own again",
      security: [{ bearer: [] }],
      request: {
        params: IdPath,
        body: { content: { "application/json": { schema: UnmergeBody } }, required: false },
      },
      responses: {
        200: jsonContent(EventSchema, "The report, now an event of its own"),
        401: jsonContent(ErrorSchema, "Missing or wrong token"),
        403: jsonContent(ErrorSchema, "Server is read-only"),
        ...notFound,
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = (await c.req.json().catch(() => ({}))) as unknown;
      const parsed = UnmergeBody.safeParse(body ?? {});
      if (!parsed.success) throw new HttpError("invalid_request", parsed.error.issues.map((i) => i.message).join("; "));
      let event: Awaited<ReturnType<typeof store.unmergeEvent>>;
      try {
        event = await store.unmergeEvent(id, parsed.data);
      } catch (error) {
        // "not merged with any other report": a request the store cannot carry out
        throw new HttpError("invalid_request", (error as Error).message);
      }
      if (!event) throw new HttpError("not_found", `event ${id} does not exist`);
      context.invalidate();
      return c.json(event, 200);
    },
  );

  return router;
}
