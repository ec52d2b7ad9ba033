// Schema of dyad's event dictionary (knowledge/event-dictionary/*.json): lemma patterns over the
// dependency parse, each with a CAMEO code, a dyad kind and role slots. See docs/knowledge.md.
import { z } from "zod";
import { EVENT_KINDS, FACTUALITIES } from "../record/record.ts";

const cameo = z.string().regex(/^\d{2,4}$/, "a CAMEO code of 2 to 4 digits");
/** A class name: & plus capitals, digits or underscores ("&AGREEMENT"). */
const className = z.string().regex(/^&[A-Z][A-Z0-9_]*$/, "a class name such as &AGREEMENT");
/**
 * Lower-case lemmas separated by single spaces ("cut", "step up", "memorandum of understanding"); a currency
 * sign is a lemma of its own ("$" heads "$100 million").
 */
const lemmaPhrase = z
  .string()
  .regex(/^[\p{Ll}\p{N}\p{Sc}'’.-]+(?: [\p{Ll}\p{N}\p{Sc}'’.-]+)*$/u, "lower-case lemmas, one space apart");
/** A word or phrase (lemmas) or a class. */
const term = z.union([lemmaPhrase, className]);

/**
 * Where a party is found, relative to the trigger token:
 * subj: the subject (nsubj; in the passive the "by" agent), inherited through conj/xcomp;
 * obj: the object (obj; in the passive the subject, nsubj:pass); iobj: the indirect object;
 * poss: the trigger's possessor ("France's condemnation"); speaker: the subject of the verb whose clause
 * holds the trigger ("France said Iran supports terrorism": France); clause_subj: the subject of the
 * trigger's complement clause ("demanded that Russia withdraw": Russia); act_target: the object, or the
 * object of a with/on/against/to phrase, of the trigger's "to" infinitive ("a threat to end its treaty with
 * Eritrea": Eritrea); condition_subj: the subject of the "if" or "unless" clause on the trigger, or on
 * the verb that governs a noun trigger ("will retaliate if Britain imposes sanctions": Britain);
 * governor_subj: for a noun trigger that is a verb's object, that verb's subject ("Russia received an
 * ultimatum from Britain": Russia); host: for a participle before a noun, the subject of the verb whose object
 * that noun is ("Riyadh received the visiting Egyptian president": Riyadh); thanker: for a noun in another
 * word's "for" phrase, that word's agent ("expressed his gratitude for the assistance from Japan": he); trip_subj
 * and trip_place: for a noun in an "on" phrase ("on a three-day visit"), the subject of the predicate it hangs
 * from and that predicate's place ("X is in the Maldives on a visit", "arrived in Hanoi on a visit"); prep:X: an obl/nmod child of the trigger or of its object whose case
 * marker is X ("with", "to", "against").
 */
export const slotSchema = z.union([
  z.enum([
    "subj",
    "obj",
    "iobj",
    "poss",
    "speaker",
    "clause_subj",
    "act_target",
    "condition_subj",
    "governor_subj",
    "host",
    "thanker",
    "condition",
    "trip_subj",
    "trip_place",
  ]),
  z.string().regex(/^prep:[a-z]+(?: [a-z]+)?$/, "prep: plus a preposition"),
]);

export const rolesSchema = z
  .object({
    /** Slots tried in order; the first that holds a party gives the source. */
    source: z.array(slotSchema).default([]),
    target: z.array(slotSchema).default([]),
    /** Every slot's parties take part, on both sides (symmetric kinds; for a directed kind, each acts on the others). */
    both: z.array(slotSchema).optional(),
  })
  .strict();

export const prepRefinementSchema = z
  .object({
    /** The case marker (lemma) of an obl/nmod child of the trigger or of its object: "to", "with". */
    case: lemmaPhrase,
    /** The prepositional object's head lemma (or a class); absent: any object. */
    object: term.optional(),
  })
  .strict();

/** Another event the same words give ("welcomed Finland as a member": Finland joins, and is welcomed). */
export const alsoSchema = z
  .object({
    kind: z.enum(EVENT_KINDS),
    cameo: cameo,
    roles: rolesSchema,
  })
  .strict();

export const patternSchema = z
  .object({
    /** The object's (obj, nsubj:pass, xcomp) head lemma, a phrase whose last lemma is the head, or a class. */
    object: term.optional(),
    /** Prepositional phrases that must hang from the trigger or its object. */
    preps: z.array(prepRefinementSchema).optional(),
    /** A child word of the trigger (particle, adverb, modifier): "up" in "step up", "joint" in "joint exercises". */
    particle: term.optional(),
    /** The trigger governs a clause (xcomp/ccomp): "refused to", "asked X to". false: it must not. */
    clause: z.boolean().optional(),
    /**
     * The governed clause's head lemma or class ("asked the ambassador to leave", not "to explain"); implies
     * clause: true.
     */
    clause_head: term.optional(),
    /** The subject's head lemma or class ("&MILITARY * exercises"). */
    subject: term.optional(),
    cameo: cameo.optional(),
    /** null: this context is not an event (it blocks the block's default). */
    kind: z.enum(EVENT_KINDS).nullable().optional(),
    /** "intended": the words themselves promise or plan (CAMEO 03, PLOVER AGREE). */
    factuality: z.enum(FACTUALITIES).optional(),
    roles: rolesSchema.optional(),
    /** Parties that must be named in the sentence (not guessed from the article's pair): "discussed" needs two. */
    parties: z.number().int().min(1).optional(),
    also: z.array(alsoSchema).optional(),
    /** Where the pattern came from ("CAMEO SET: - * OFF (FOR) [042:043]"). */
    note: z.string().optional(),
  })
  .strict();

export const exampleSchema = z
  .object({
    text: z.string().min(1),
    /** null: the sentence must give no event from this block. */
    kind: z.enum(EVENT_KINDS).nullable(),
    source: z.string().optional(),
    target: z.string().optional(),
  })
  .strict();

export const blockSchema = z
  .object({
    /** Unique within the dictionary: "criticize", "cameo:condemn". */
    id: z.string().regex(/^[a-z0-9:_-]+$/),
    /** Lemmas or contiguous lemma phrases ("cut", "step up", "call for") that start the patterns. */
    lemmas: z.array(lemmaPhrase).min(1),
    /** Irregular forms by lemma ("shoot": ["shot"]), for words the lemmatizer may not know. */
    forms: z.record(lemmaPhrase, z.array(lemmaPhrase)).optional(),
    /** Part of speech of the trigger: verb (VERB), noun (NOUN, PROPN), or any. */
    pos: z.enum(["verb", "noun", "any"]).default("verb"),
    /** The code and kind of the bare trigger; kind null or absent: only the patterns code. */
    cameo: cameo.optional(),
    kind: z.enum(EVENT_KINDS).nullable().optional(),
    factuality: z.enum(FACTUALITIES).optional(),
    roles: rolesSchema.optional(),
    /** Parties that must be named in the sentence (not guessed from the article's pair): "discussed" needs two. */
    parties: z.number().int().min(1).optional(),
    /** Overrides the file's parties_from for this block ("fired a missile into the sea" names no target). */
    parties_from: z.enum(["tree", "tree_then_word_order"]).optional(),
    /** The kind of actor the target must be: "left the EU" breaks relations with an organisation, "left Paris" nothing. */
    target_kind: z.enum(["organization", "state"]).optional(),
    patterns: z.array(patternSchema).default([]),
    examples: z.array(exampleSchema).default([]),
    note: z.string().optional(),
  })
  .strict();

export const dictionarySourceSchema = z
  .object({
    name: z.string(),
    file: z.string().optional(),
    url: z.string().optional(),
    commit: z.string().optional(),
    licence: z.string(),
    licence_file: z.string().optional(),
    converter: z.string().optional(),
  })
  .strict();

export const eventDictionaryFileSchema = z
  .object({
    version: z.literal(1),
    comment: z.string().optional(),
    source: dictionarySourceSchema,
    /** Lower priority loses ties between equally specific entries of one trigger. */
    priority: z.number().int().default(0),
    /**
     * Where the events stage may find the parties of this file's entries: "tree" only from the parse (for a
     * large converted dictionary, whose looser entries would otherwise pick up bystanders by word order);
     * "tree_then_word_order": a side the parse leaves empty is read by word order.
     */
    parties_from: z.enum(["tree", "tree_then_word_order"]).default("tree_then_word_order"),
    /** Synonym classes, declared once across all files and used by name in patterns. */
    classes: z.record(className, z.array(lemmaPhrase).min(1)).default({}),
    blocks: z.array(blockSchema),
  })
  .strict();

export type Slot = z.infer<typeof slotSchema>;
export type Roles = z.infer<typeof rolesSchema>;
export type PrepRefinement = z.infer<typeof prepRefinementSchema>;
export type AlsoEvent = z.infer<typeof alsoSchema>;
export type DictionaryPattern = z.infer<typeof patternSchema>;
export type DictionaryExample = z.infer<typeof exampleSchema>;
export type DictionaryBlock = z.infer<typeof blockSchema>;
export type EventDictionaryFile = z.infer<typeof eventDictionaryFileSchema>;
