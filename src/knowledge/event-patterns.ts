// The event kinds and factuality cues (knowledge/event-patterns.json): codes per kind, and the words around
// or above a trigger that make it intended, negated or uncertain; checked with a schema, compiled once. The
// triggers themselves are the event dictionary's (event-dictionary.ts).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { EVENT_KINDS, type EventKind, type Factuality } from "../record/record.ts";

const kindSchema = z.object({
  plover: z.string(),
  mode: z.string().optional(),
  cameo: z.string().regex(/^\d{2,4}$/),
  intended_cameo: z.string().regex(/^\d{2,4}$/),
  symmetric: z.boolean(),
});

export const eventPatternsFileSchema = z.object({
  version: z.number().int(),
  comment: z.string().optional(),
  kinds: z.record(z.enum(EVENT_KINDS), kindSchema),
  factuality_cues: z.object({
    intended: z.array(z.string()),
    negated: z.array(z.string()),
    uncertain: z.array(z.string()),
  }),
  default_intended: z.array(z.enum(EVENT_KINDS)),
  /** Words after a trigger that put it in the future ("the Strategic Dialogue, which will take place"). */
  future_after: z.string(),
  /** Between an accusation and a state: the state is the victim of what is condemned ("the attack on Israel"). */
  victim_object: z.string(),
  /** Before a date: it bounds a plan rather than dating it ("until 2030"). */
  date_bound: z.string(),
  /** Past acts that make a default-intended kind occurred ("held joint exercises"). */
  occurred_cues: z.array(z.string()).default([]),
  /** Trigger verbs that are themselves promises ("pledged $500 million in assistance"). */
  intended_trigger_words: z.array(z.string()).default([]),
  /**
   * Read on the parse: lemmas of a verb or adjective that puts the trigger under it into the future or into
   * someone's wish ("plans to visit", "urged Iran to release"), and modal lemmas of each factuality.
   */
  tree_cues: z
    .object({
      intended_governors: z.array(z.string()),
      /** Verbs whose object or "for" phrase is an act still to come ("set a date for a meeting", "proposed talks"). */
      planning_verbs: z.array(z.string()).default([]),
      intended_modals: z.array(z.string()),
      uncertain_modals: z.array(z.string()),
      negations: z.array(z.string()),
      /** Verbs whose "from" clause is kept from happening ("prevent Ukraine from joining NATO"). */
      preventing_governors: z.array(z.string()).default([]),
    })
    .default({
      intended_governors: [],
      planning_verbs: [],
      intended_modals: [],
      uncertain_modals: [],
      negations: [],
      preventing_governors: [],
    }),
  /** Words right after a trigger that deny it ("talks ... were not held"). */
  negation_after: z.string(),
  /** Cues that, for these kinds, perform the act rather than promise it ("agreed to elevate ... to a partnership"). */
  performative_cues: z.partialRecord(z.enum(EVENT_KINDS), z.array(z.string())).default({}),
});

export type KindCodes = z.infer<typeof kindSchema>;

export interface EventPatterns {
  version: number;
  kinds: Record<EventKind, KindCodes>;
  cues: Record<Exclude<Factuality, "occurred">, string[]>;
  defaultIntended: Set<EventKind>;
  performative: Partial<Record<EventKind, string[]>>;
  negationAfter: RegExp;
  intendedTriggerWords: Set<string>;
  occurredCues: string[];
  treeCues: {
    intendedGovernors: Set<string>;
    planningVerbs: Set<string>;
    intendedModals: Set<string>;
    uncertainModals: Set<string>;
    negations: Set<string>;
    preventingGovernors: Set<string>;
  };
  futureAfter: RegExp;
  victimObject: RegExp;
  dateBound: RegExp;
}

export function loadEventPatterns(path: string): EventPatterns {
  const parsed = eventPatternsFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`knowledge file ${path} is invalid: ${parsed.error.message}`);
  const file = parsed.data;
  for (const kind of EVENT_KINDS)
    if (!file.kinds[kind]) throw new Error(`knowledge file ${path}: no codes for kind ${kind}`);
  return {
    version: file.version,
    kinds: file.kinds as Record<EventKind, KindCodes>,
    cues: file.factuality_cues,
    defaultIntended: new Set(file.default_intended),
    performative: file.performative_cues,
    negationAfter: new RegExp(file.negation_after, "iu"),
    intendedTriggerWords: new Set(file.intended_trigger_words),
    occurredCues: file.occurred_cues,
    treeCues: {
      intendedGovernors: new Set(file.tree_cues.intended_governors),
      planningVerbs: new Set(file.tree_cues.planning_verbs),
      intendedModals: new Set(file.tree_cues.intended_modals),
      uncertainModals: new Set(file.tree_cues.uncertain_modals),
      negations: new Set(file.tree_cues.negations),
      preventingGovernors: new Set(file.tree_cues.preventing_governors),
    },
    futureAfter: new RegExp(file.future_after, "iu"),
    victimObject: new RegExp(file.victim_object, "iu"),
    dateBound: new RegExp(file.date_bound, "iu"),
  };
}
