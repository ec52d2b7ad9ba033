// The event pattern dictionary (knowledge/event-patterns.json): trigger patterns and codes per kind,
// checked with a schema and compiled once.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { EVENT_KINDS, type EventKind, type Factuality } from "../analyze/record.ts";

const kindSchema = z.object({
  plover: z.string(),
  mode: z.string().optional(),
  cameo: z.string().regex(/^\d{2,4}$/),
  intended_cameo: z.string().regex(/^\d{2,4}$/),
  symmetric: z.boolean(),
});

const triggerSchema = z.object({
  kind: z.enum(EVENT_KINDS),
  pattern: z.string(),
  cameo: z.string().regex(/^\d{2,4}$/),
  target_preps: z.array(z.string()).optional(),
  places_as_target: z.boolean().optional(),
  target_kinds: z.array(z.enum(["country", "organization"])).optional(),
  require_parties: z.number().int().optional(),
  frame: z.enum(["reported"]).optional(),
  case_sensitive_tail: z.boolean().optional(),
});

export const eventPatternsFileSchema = z.object({
  version: z.number().int(),
  comment: z.string().optional(),
  kinds: z.record(z.enum(EVENT_KINDS), kindSchema),
  triggers: z.array(triggerSchema),
  factuality_cues: z.object({
    intended: z.array(z.string()),
    negated: z.array(z.string()),
    uncertain: z.array(z.string()),
  }),
  default_intended: z.array(z.enum(EVENT_KINDS)),
});

export type KindCodes = z.infer<typeof kindSchema>;
export interface Trigger extends z.infer<typeof triggerSchema> {
  regex: RegExp;
}

export interface EventPatterns {
  version: number;
  kinds: Record<EventKind, KindCodes>;
  triggers: Trigger[];
  cues: Record<Exclude<Factuality, "occurred">, string[]>;
  defaultIntended: Set<EventKind>;
}

export function loadEventPatterns(path: string): EventPatterns {
  const parsed = eventPatternsFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`knowledge file ${path} is invalid: ${parsed.error.message}`);
  const file = parsed.data;
  for (const kind of EVENT_KINDS) if (!file.kinds[kind]) throw new Error(`knowledge file ${path}: no codes for kind ${kind}`);
  return {
    version: file.version,
    kinds: file.kinds as Record<EventKind, KindCodes>,
    triggers: file.triggers.map((t) => ({ ...t, regex: new RegExp(`(?<![\\w-])(?:${t.pattern})(?![\\w])`, "gi") })),
    cues: file.factuality_cues,
    defaultIntended: new Set(file.default_intended),
  };
}
