// Loads dyad's event dictionary (knowledge/event-dictionary/*.json): checks each file with its schema,
// resolves the synonym classes and flattens blocks into entries, one per trigger phrase and pattern,
// ready for the lemma index (src/analyze/dictionary/). Stable API for the events stage:
// loadEventDictionary(dir?) -> EventDictionary; entries carry id, kind, cameo, roles and refinements.
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type EventKind, type Factuality, SYMMETRIC_KINDS } from "../record/record.ts";
import {
  type AlsoEvent,
  type DictionaryBlock,
  type DictionaryPattern,
  type EventDictionaryFile,
  eventDictionaryFileSchema,
  type Roles,
} from "./event-dictionary-schema.ts";
import { readChecked, readEventDictionaryFiles, readKnowledgeFiles } from "./knowledge-files.ts";

export const DEFAULT_DICTIONARY_DIR = fileURLToPath(new URL("../../knowledge/event-dictionary/", import.meta.url));

/** One alternative for a refined word: its head lemma, and lemmas that must be children of the head. */
export interface TermAlternative {
  head: string;
  with: string[];
}

export interface CompiledPrep {
  case: string;
  object?: TermAlternative[];
}

export interface DictionaryEntry {
  /** Block id and pattern number: "cut-ties/0" (the bare trigger: the block id alone). */
  id: string;
  blockId: string;
  /** The trigger phrases as contiguous lemmas: [["cut"], ["cut", "off"]]; the entry is filed under each. */
  phrases: string[][];
  pos: "verb" | "noun" | "any";
  /** null: the context is not an event; a match with it suppresses the trigger. */
  kind: EventKind | null;
  cameo: string | null;
  factuality?: Factuality;
  roles: Roles;
  /** Parties that must be named in the sentence for the event to count. */
  parties?: number;
  /** The kind of actor the target must be, if the block says. */
  targetKind?: "organization" | "state";
  /** Other events the same match gives. */
  also?: AlsoEvent[];
  /** Only the parse may give the parties (the file's parties_from). */
  treeOnly: boolean;
  object?: TermAlternative[];
  preps: CompiledPrep[];
  particle?: TermAlternative[];
  /** true: the trigger must govern a clause (xcomp/ccomp); false: it must not. */
  clause?: boolean;
  /** The governed clause's head lemma: "leave" in "asked the ambassador to leave". */
  clauseHead?: TermAlternative[];
  subject?: TermAlternative[];
  /**
   * Constraints beyond the trigger: more wins among one trigger's matches. An object counts 2 here; the
   * matcher adds the modifiers of the alternative that matched ("other diplomat" over &DIPLOMAT's
   * "diplomat", whatever other members of the class need).
   */
  specificity: number;
  priority: number;
  /** Load order, the last tie-breaker. */
  order: number;
}

export interface EventDictionary {
  entries: DictionaryEntry[];
  /** Irregular form → lemma, from the blocks' `forms`. */
  aliases: Map<string, string>;
  classes: Map<string, string[]>;
  blocks: { file: string; block: DictionaryBlock }[];
  files: { file: string; source: EventDictionaryFile["source"] }[];
}

const PREPOSITIONS = new Set(["of", "for", "to", "on", "in", "with", "against", "from", "over", "about", "into"]);

/**
 * The dictionary of `dir` (default knowledge/event-dictionary/), its files read through the one knowledge
 * reader (knowledge-files.ts: each checked with the schema, a bad one named with its problem).
 */
export function loadEventDictionary(dir = DEFAULT_DICTIONARY_DIR): EventDictionary {
  const files = resolve(dir) === resolve(DEFAULT_DICTIONARY_DIR) ? readKnowledgeFiles().eventDictionary : null;
  return buildEventDictionary(files ?? readEventDictionaryFiles(dir));
}

/** One dictionary file, checked with the schema (the converter and the bench read files one by one). */
export function readDictionaryFile(path: string): EventDictionaryFile {
  return readChecked(dirname(path), basename(path), eventDictionaryFileSchema);
}

/** Builds the dictionary from parsed files (tests pass hand-made ones). */
export function buildEventDictionary(files: { file: string; data: EventDictionaryFile }[]): EventDictionary {
  const classes = new Map<string, string[]>();
  for (const { file, data } of files)
    for (const [name, members] of Object.entries(data.classes)) {
      if (classes.has(name)) throw new Error(`event dictionary ${file}: class ${name} is declared twice`);
      classes.set(name, members);
    }
  // A term's alternatives are made once and shared by every pattern that names it: a class of a hundred
  // members named by the patterns of many blocks would otherwise be copied into each of their entries.
  const terms = new Map<string, TermAlternative[]>();
  const compile = (term: string, where: string) => {
    let alternatives = terms.get(term);
    if (!alternatives) {
      alternatives = compileTerm(term, classes, where);
      terms.set(term, alternatives);
    }
    return alternatives;
  };
  const ids = new Set<string>();
  const entries: DictionaryEntry[] = [];
  for (const { file, data } of files)
    for (const block of data.blocks) {
      if (ids.has(block.id)) throw new Error(`event dictionary ${file}: block id ${block.id} is used twice`);
      ids.add(block.id);
      for (const entry of blockEntries(block, data.priority, compile, file))
        entries.push({
          ...entry,
          treeOnly: (block.parties_from ?? data.parties_from) === "tree",
          order: entries.length,
        });
    }
  const aliases = new Map<string, string>();
  for (const { data } of files)
    for (const block of data.blocks)
      for (const [lemma, forms] of Object.entries(block.forms ?? {}))
        for (const form of forms) if (form !== lemma && !form.includes(" ")) aliases.set(form, lemma);
  return {
    entries,
    aliases,
    classes,
    blocks: files.flatMap(({ file, data }) => data.blocks.map((block) => ({ file, block }))),
    files: files.map(({ file, data }) => ({ file, source: data.source })),
  };
}

function blockEntries(
  block: DictionaryBlock,
  priority: number,
  compile: (term: string, where: string) => TermAlternative[],
  file: string,
): Omit<DictionaryEntry, "order" | "treeOnly">[] {
  const out: Omit<DictionaryEntry, "order" | "treeOnly">[] = [];
  const resolve = (term: string) => compile(term, `${file} block ${block.id}`);
  const base = {
    blockId: block.id,
    phrases: block.lemmas.map((l) => l.split(" ")),
    pos: block.pos,
    priority,
    targetKind: block.target_kind,
  };
  // a block's kind null (or none) gives no bare entry: it codes only through its patterns, and
  // blocks nothing; a pattern with kind null is what blocks ("visited the museum")
  if (block.kind)
    out.push({
      ...base,
      id: block.id,
      kind: block.kind,
      cameo: block.cameo ?? null,
      factuality: block.factuality,
      roles: block.roles ?? defaultRoles(block.kind, block.pos),
      parties: block.parties,
      preps: [],
      specificity: 0,
    });
  block.patterns.forEach((pattern, n) => {
    out.push({ ...base, id: `${block.id}/${n}`, ...patternEntry(block, pattern, resolve) });
  });
  return out;
}

function patternEntry(
  block: DictionaryBlock,
  pattern: DictionaryPattern,
  resolve: (term: string) => TermAlternative[],
): Omit<DictionaryEntry, "order" | "treeOnly" | "id" | "blockId" | "phrases" | "pos" | "priority" | "targetKind"> {
  const kind = pattern.kind !== undefined ? pattern.kind : (block.kind ?? null);
  const preps = (pattern.preps ?? []).map((p) => ({ case: p.case, object: p.object ? resolve(p.object) : undefined }));
  const object = pattern.object ? resolve(pattern.object) : undefined;
  const subject = pattern.subject ? resolve(pattern.subject) : undefined;
  const particle = pattern.particle ? resolve(pattern.particle) : undefined;
  const clauseHead = pattern.clause_head ? resolve(pattern.clause_head) : undefined;
  const clause = clauseHead ? true : pattern.clause;
  const specificity =
    (object ? 2 : 0) +
    preps.reduce((n, p) => n + 1 + (p.object ? 1 : 0), 0) +
    (particle ? 1 : 0) +
    (clause !== undefined ? 1 : 0) +
    (clauseHead ? 1 : 0) +
    (subject ? 1 : 0);
  return {
    kind,
    cameo: pattern.cameo ?? block.cameo ?? null,
    factuality: pattern.factuality ?? block.factuality,
    roles: pattern.roles ?? block.roles ?? defaultRoles(kind, block.pos),
    parties: pattern.parties ?? block.parties,
    also: pattern.also,
    object,
    preps,
    particle,
    clause,
    clauseHead,
    subject,
    specificity,
  };
}

/** A lemma, a phrase ("arms shipment": head shipment; "memorandum of understanding": head memorandum) or a class. */
export function compileTerm(term: string, classes: Map<string, string[]>, where: string): TermAlternative[] {
  if (term.startsWith("&")) {
    const members = classes.get(term);
    if (!members) throw new Error(`event dictionary ${where}: class ${term} is not declared`);
    return members.map(phraseAlternative);
  }
  return [phraseAlternative(term)];
}

function phraseAlternative(phrase: string): TermAlternative {
  const words = phrase.split(" ");
  const prep = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const headAt = prep > 0 ? prep - 1 : words.length - 1;
  return { head: words[headAt], with: words.filter((w, i) => i !== headAt && !PREPOSITIONS.has(w)) };
}

/** Roles when a block does not say: symmetric kinds take every party; a verb acts on its object. */
export function defaultRoles(kind: EventKind | null, pos: "verb" | "noun" | "any"): Roles {
  if (kind && SYMMETRIC_KINDS.has(kind))
    return { source: [], target: [], both: ["subj", "obj", "prep:with", "prep:between"] };
  if (pos === "noun") return { source: ["subj"], target: ["prep:of", "prep:on", "prep:against", "prep:to"] };
  return { source: ["subj"], target: ["obj"] };
}
