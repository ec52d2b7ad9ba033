// The event kinds and factuality cues (knowledge/event-patterns.json): codes per kind, and the lemmas that,
// attached to a trigger or governing it in the parse, make it intended, negated or uncertain; checked with a
// schema, compiled once. The
// triggers themselves are the event dictionary's (event-dictionary.ts).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { EVENT_KINDS, type EventKind } from "../record/record.ts";

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
  /** Kinds whose act is a plan unless the tree shows it happening ("to deepen cooperation"). */
  default_intended: z.array(z.enum(EVENT_KINDS)),
  /** Between an accusation and a state: the state is the victim of what is condemned ("the attack on Israel"). */
  victim_object: z.string(),
  /** Before a date: it bounds a plan rather than dating it ("until 2030"). */
  date_bound: z.string(),
  /** Trigger verbs that are themselves promises ("pledged $500 million in assistance"). */
  intended_trigger_words: z.array(z.string()).default([]),
  /**
   * Read on the parse (factuality-tree.ts), one list per reading: the lemmas attached to a trigger or
   * governing it that make it intended, negated or uncertain.
   */
  tree_cues: z.object({
    /** Verbs, adjectives and nouns over the trigger that put it in the future or in a wish ("plans to visit"). */
    intended_governors: z.array(z.string()),
    /** Verbs whose object or "for" phrase is an act still to come ("set a date for a meeting", "proposed talks"). */
    planning_verbs: z.array(z.string()),
    intended_modals: z.array(z.string()),
    uncertain_modals: z.array(z.string()),
    negations: z.array(z.string()),
    /**
     * Verbs of wishing whose complement, with another subject, is only wished for ("Germany hopes that Russia
     * will withdraw", "wants Iran to stop"): the other party neither did nor planned it.
     */
    wishing_governors: z.array(z.string()),
    /** Verbs whose "from" clause is kept from happening ("prevent Ukraine from joining NATO"). */
    preventing_governors: z.array(z.string()),
    /** A noun and the preposition of the act under it that it puts in the future ("an agreement on a loan"). */
    intended_noun_phrases: z.array(z.string()),
    /** Verbs with their particle whose noun or complement is still to come ("looked forward to the Dialogue"). */
    intended_phrasal_verbs: z.array(z.string()),
    /** Modifiers of a trigger noun that put it in the future ("the upcoming visit"). */
    intended_modifiers: z.array(z.string()),
    /**
     * Words whose phrase names what is still to come, unless the clause is in the past: "ahead of a meeting
     * this weekend", "in the run-up to the summit", "on the eve of the visit", "in preparation for the talks".
     */
    intended_heads: z.array(z.string()),
    /** Marks of a purpose clause ("so we can welcome Sweden"). */
    purpose_marks: z.array(z.string()),
    /** Verbs whose complement did not happen ("refused to withdraw"). */
    negating_governors: z.array(z.string()),
    /** Marks or prepositions that deny the act they introduce ("left without signing"). */
    negating_marks: z.array(z.string()),
    /** Adverbs (or adjectives) that leave the act in doubt ("reportedly met"). */
    uncertain_adverbs: z.array(z.string()),
    /** Verbs whose complement is only weighed ("considering sending troops"). */
    uncertain_governors: z.array(z.string()),
    /** Verbs whose "of" or "for" charge is only alleged ("accused Ukraine of attacking", "blamed X for"). */
    alleging_governors: z.array(z.string()),
    /** Verbs that, in the passive, report hearsay ("is said to have met"). */
    hearsay_governors: z.array(z.string()),
    /** Nouns whose "that" clause is hearsay ("denied reports that the two had met"). */
    hearsay_nouns: z.array(z.string()),
    /** Marks of a condition ("if the rebels freed the hostages"). */
    conditional_marks: z.array(z.string()),
    /** Verbs that realise an act named by their subject ("talks were not held", "the Dialogue, which will take place"). */
    realizing_verbs: z.array(z.string()),
    /** For a default-intended kind: adverbs that show it going on ("already cooperate"). */
    occurred_adverbs: z.array(z.string()),
    /** For a default-intended kind: verbs that perform the act named by their object ("holds joint exercises"). */
    occurred_verbs: z.array(z.string()),
  }),
  /** Cues that, for these kinds, perform the act rather than promise it ("agreed to elevate ... to a partnership"). */
  performative_cues: z.partialRecord(z.enum(EVENT_KINDS), z.array(z.string())).default({}),
});

export type KindCodes = z.infer<typeof kindSchema>;
type TreeCuesFile = z.infer<typeof eventPatternsFileSchema>["tree_cues"];
type CamelCase<S> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

const camelCase = (key: string) => key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

export interface EventPatterns {
  version: number;
  kinds: Record<EventKind, KindCodes>;
  defaultIntended: Set<EventKind>;
  performative: Partial<Record<EventKind, string[]>>;
  intendedTriggerWords: Set<string>;
  /** Each list of tree_cues as a set of lemmas (of "noun preposition" for intendedNounPhrases). */
  treeCues: { [K in keyof TreeCuesFile as CamelCase<K>]: Set<string> };
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
    defaultIntended: new Set(file.default_intended),
    performative: file.performative_cues,
    intendedTriggerWords: new Set(file.intended_trigger_words),
    treeCues: Object.fromEntries(
      Object.entries(file.tree_cues).map(([key, words]) => [camelCase(key), new Set(words)]),
    ) as EventPatterns["treeCues"],
    victimObject: new RegExp(file.victim_object, "iu"),
    dateBound: new RegExp(file.date_bound, "iu"),
  };
}
