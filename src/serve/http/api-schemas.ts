// The API's request and response shapes as zod schemas: they validate input and generate /openapi.json.
import { z } from "@hono/zod-openapi";
import { ISO_DATE_PATTERN } from "../../record/iso-date.ts";
import { EVENT_KINDS, FACTUALITIES, RELATION_KINDS } from "../../record/record.ts";
import { resolveActor } from "../aggregate/actor-resolver.ts";
import { checkedDate, checkedPair, REVIEW_STATES } from "../aggregate/event-selection.ts";

export const MAX_PAGE_SIZE = 1000;

/** A date that exists: 2023-13 and 2023-02-30 are refused with the reason, never passed on to the store. */
export const IsoDateParam = z
  .string()
  .regex(ISO_DATE_PATTERN, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .superRefine((typed, context) => {
    try {
      checkedDate("date", typed);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message.replace(/^date: /, "") });
    }
  })
  .openapi({ example: "2023-09" });

/** An actor by code, name or demonym in any case ("CHN", "chn", "China", "Chinese", "org:bri", "BRI"): its id. */
export const ActorParam = z
  .string()
  .max(200)
  .transform((typed, context) => {
    try {
      return resolveActor(typed).id;
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  })
  .openapi({
    type: "string",
    example: "CHN",
    description: "an ISO 3166-1 alpha-3 code, a country name or demonym (any case), or an organisation",
  });

/** "a,b,c" → ["a","b","c"], each checked against the allowed values; "all" (where allowed) is every value. */
function commaList<T extends string>(values: readonly T[], name: string, all = false) {
  return z
    .string()
    .transform((text) => {
      const parts = text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);
      return all && parts.includes("all") ? [...values] : parts;
    })
    .pipe(
      z.array(z.enum(values as unknown as [T, ...T[]]), {
        error: `${name}: unknown value; use ${values.join(", ")}${all ? " or all" : ""}`,
      }),
    )
    .openapi({ type: "string", description: `comma-separated: ${values.join(", ")}${all ? ", or all" : ""}` });
}

const PairParam = z
  .string()
  .transform((text) => text.split(",").map((part) => part.trim()))
  .pipe(z.tuple([ActorParam, ActorParam]))
  .superRefine(([a, b], context) => {
    try {
      checkedPair(a, b);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
    }
  })
  .openapi({
    type: "string",
    example: "CHN,SYR",
    description: "two different actors, comma-separated, either direction",
  });

/** The counting rule's switches: by default occurred events that no reviewer rejected (event-selection.ts). */
const CountingParams = {
  factuality: commaList(FACTUALITIES, "factuality", true)
    .optional()
    .openapi({ description: "factualities to include, or all (default: occurred)" }),
  review: commaList(REVIEW_STATES, "review", true)
    .optional()
    .openapi({ description: "review states to include, or all (default: every state but rejected)" }),
};

const PageParams = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100).openapi({ example: 100 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
};

export const EventQuery = z.object({
  actor: ActorParam.optional(),
  pair: PairParam.optional(),
  kind: commaList(EVENT_KINDS, "kind").optional(),
  ...CountingParams,
  plover: z
    .string()
    .regex(/^[A-Z_]+$/, "must be a PLOVER event type such as CONSULT")
    .optional(),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/, "must be a CAMEO code of 2 to 4 digits")
    .optional(),
  from: IsoDateParam.optional(),
  to: IsoDateParam.optional(),
  place: z.string().min(1).max(200).optional(),
  document: z.coerce.number().int().min(1).optional(),
  ...PageParams,
});

export const RelationQuery = z.object({
  actor: ActorParam.optional(),
  pair: PairParam.optional(),
  kind: commaList(RELATION_KINDS, "kind").optional(),
  ...PageParams,
});

export const DocumentQuery = z.object({
  search: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "full-text search of titles, text and evidence (every word must match, stemmed)" }),
  order: z
    .enum(["newest", "relevance"])
    .default("newest")
    .openapi({ description: "with `search`: newest first (default) or most relevant first" }),
  ...PageParams,
});

export const EntityQuery = z.object({
  kind: z.enum(["country", "person", "organization", "place"]).optional(),
  search: z.string().max(200).optional(),
  ...PageParams,
});

export const TimelineQuery = z.object({
  from: IsoDateParam.optional(),
  to: IsoDateParam.optional(),
  ...CountingParams,
});

export const PairPath = z.object({
  a: ActorParam.openapi({ param: { name: "a", in: "path" }, example: "CHN" }),
  b: ActorParam.openapi({ param: { name: "b", in: "path" }, example: "SYR" }),
});

export const IdPath = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: "id", in: "path" }, example: 1 }),
});

export const EvidenceSchema = z
  .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
  .openapi("Evidence");

export const EventSchema = z
  .object({
    id: z.number().int(),
    documentId: z.number().int(),
    documentTitle: z.string().nullable(),
    published: z.string().nullable(),
    review: z.enum(["unreviewed", "confirmed", "rejected", "corrected"]),
    kind: z.enum(EVENT_KINDS),
    source: z.array(z.string()),
    target: z.array(z.string()),
    date: z.string().nullable(),
    factuality: z.enum(FACTUALITIES),
    location: z.object({ name: z.string(), country: z.string().nullable() }).nullable(),
    codes: z.object({ plover: z.string(), cameo: z.string() }),
    evidence: EvidenceSchema,
    attributed_to: z.string().nullable(),
    confidence: z.number(),
  })
  .openapi("Event");

export const RelationSchema = z
  .object({
    id: z.number().int(),
    documentId: z.number().int(),
    documentTitle: z.string().nullable(),
    published: z.string().nullable(),
    kind: z.enum(RELATION_KINDS),
    parties: z.array(z.string()),
    label: z.string().nullish(),
    since: z.string().nullable(),
    evidence: EvidenceSchema.optional(),
  })
  .openapi("Relation");

export const DocumentSchema = z
  .object({
    id: z.number().int(),
    contentHash: z.string(),
    input: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string().nullable(),
    ingestedAt: z.string(),
  })
  .openapi("Document");

export const EntitySchema = z
  .object({
    id: z.string(),
    kind: z.enum(["country", "person", "organization", "place"]),
    name: z.string(),
    country: z.string().nullish(),
    role: z.string().nullish(),
    aliases: z.array(z.string()).optional(),
    lat: z.number().optional(),
    lon: z.number().optional(),
  })
  .openapi("Entity");

/** Every list answers with its total and the window it returned, so nothing is silently truncated. */
export function pageOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z
    .object({
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
      items: z.array(item),
    })
    .openapi(name);
}

export const ApartSchema = z
  .object({
    counted: z.number().int().openapi({ description: "occurred, not rejected: what every count means by default" }),
    intended: z.number().int(),
    negated: z.number().int(),
    uncertain: z.number().int(),
    rejected: z.number().int().openapi({ description: "rejected by a reviewer, any factuality" }),
  })
  .openapi("CountsApart", { description: "the selection's events split by the counting rule; the parts add up" });

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), hint: z.string() }) })
  .openapi("Error");

export const errorResponses = {
  400: { description: "Invalid parameter", content: { "application/json": { schema: ErrorSchema } } },
  500: { description: "Server error", content: { "application/json": { schema: ErrorSchema } } },
} as const;

export function jsonContent<T extends z.ZodTypeAny>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}
