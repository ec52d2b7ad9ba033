// PETRARCH2's CAMEO verb blocks as dyad dictionary blocks: verbs become trigger lemmas, patterns
// become refinements with a dyad kind and role slots, synonym sets become classes. Each pattern
// that cannot be said, or says nothing beyond its bare verb, is dropped with its reason; the review
// decisions (review/cameo-review.json) are applied last and must each match something.
import type { DictionaryBlock, DictionaryPattern, Roles } from "../../src/knowledge/event-dictionary-schema.ts";
import { type EventKind, SYMMETRIC_KINDS } from "../../src/record/record.ts";
import { type CodedKind, codedKind, type KindMapping } from "./cameo-codes.ts";
import { draftPattern, type PatternDraft } from "./cameo-patterns.ts";
import type { CameoBlock, CameoDictionary } from "./read-cameo-verbs.ts";
import { applyReview, type Dropped, type Review } from "./review.ts";

export type { Dropped } from "./review.ts";

export interface Conversion {
  classes: Record<string, string[]>;
  blocks: DictionaryBlock[];
  dropped: Dropped[];
  fixed: { block: string; pattern: string; reason: string }[];
  patternsRead: number;
}

export interface ConvertOptions {
  mapping: KindMapping;
  plover: Map<string, string>;
  review: Review;
  /** A noun's lemma (plurals to singular), from dyad's lemmatizer. */
  lemma: (word: string) => string;
}

type BlockOptions = ConvertOptions & { declared: Set<string> };

const LEMMA_OK = /^[\p{Ll}\p{N}'’.-]+$/u;

export function convertCameo(cameo: CameoDictionary, options: ConvertOptions): Conversion {
  const dropped: Dropped[] = [];
  const classes: Record<string, string[]> = {};
  for (const c of cameo.classes) {
    const members = [...new Set(c.members.map((m) => m.split(" ").map(options.lemma).join(" ")))].filter((m) =>
      m.split(" ").every((w) => LEMMA_OK.test(w)),
    );
    if (members.length > 0) classes[c.name.replace(/_$/, "")] = members;
  }
  const declared = new Set(Object.keys(classes));
  const blocks = cameo.blocks.flatMap((b) => convertBlock(b, { ...options, declared }, dropped));
  const reviewed = applyReview(blocks, options.review, dropped);
  return {
    classes,
    blocks: reviewed.blocks,
    dropped,
    fixed: reviewed.fixed,
    patternsRead: cameo.blocks.reduce((n, b) => n + b.patterns.length, 0),
  };
}

/**
 * One CAMEO block. A verb with a code of its own gets a block of its own for that bare code, written
 * before the main block so that it wins the tie with the main block's bare code; the main block keeps
 * every verb, so its patterns apply to all of them, as in PETRARCH.
 */
function convertBlock(block: CameoBlock, options: BlockOptions, dropped: Dropped[]): DictionaryBlock[] {
  const own = new Map<string, string[]>();
  const lemmas: string[] = [];
  for (const verb of block.verbs) {
    const lemma =
      verb.words[0] === "re" ? [`re-${verb.words[1]}`, ...verb.words.slice(2)].join(" ") : verb.words.join(" ");
    if (!lemma.split(" ").every((w) => LEMMA_OK.test(w)) || lemmas.includes(lemma)) continue;
    lemmas.push(lemma);
    const code = verb.code === undefined ? block.code : verb.code;
    if ((code ?? "---") !== (block.code ?? "---")) own.set(code ?? "---", [...(own.get(code ?? "---") ?? []), lemma]);
  }
  const baseId = `cameo:${block.name.toLowerCase().replace(/_/g, "-")}`;
  const note = (code: string | null) =>
    `CAMEO ${block.name} [${code ?? "---"}], CAMEO.2.0.verbs.txt line ${block.line}`;
  const out: DictionaryBlock[] = [];
  for (const [code, group] of own) {
    const bare = code === "---" ? null : codedKind(code, options.mapping, options.plover);
    const sub: DictionaryBlock = {
      id: `${baseId}:${group[0].replace(/ /g, "-")}`,
      lemmas: group,
      pos: "verb",
      patterns: [],
      examples: [],
    };
    setBare(sub, bare);
    // a verb whose own code is no event, in a block whose bare verb codes one: an empty pattern with
    // kind null outranks the main block's bare entry (same specificity, earlier in the file)
    if (!sub.kind) sub.patterns = [{ kind: null, note: `${block.name}: ${group.join(", ")} [---]` }];
    sub.note = `${note(code)}: the verb's own code`;
    out.push(sub);
  }
  const bare = block.code ? codedKind(block.code, options.mapping, options.plover) : null;
  const patterns = convertPatterns(block, bare, options, dropped);
  const main: DictionaryBlock = { id: baseId, lemmas, pos: "verb", patterns, examples: [], note: note(block.code) };
  const forms = irregularForms(block);
  if (Object.keys(forms).length > 0) main.forms = forms;
  setBare(main, bare);
  if (main.kind || patterns.length > 0) out.push(main);
  else if (out.length === 0)
    dropped.push({ block: block.name, pattern: "(block)", reason: "no pattern or bare code with a dyad kind" });
  return out;
}

/** The past forms CAMEO lists in {…} for single-word verbs ("shoot": ["shot"]), for the lemmatizer's misses. */
function irregularForms(block: CameoBlock): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const verb of block.verbs) {
    if (verb.words.length !== 1) continue;
    const past = verb.forms
      .filter((f) => f.length === 1 && !/(ing|s)$/.test(f[0]) && f[0] !== verb.words[0] && LEMMA_OK.test(f[0]))
      .map((f) => f[0]);
    if (past.length > 0) out[verb.words[0]] = [...new Set(past)];
  }
  return out;
}

function setBare(block: DictionaryBlock, bare: CodedKind | null): void {
  if (!bare?.kind) return;
  block.cameo = bare.cameo;
  block.kind = bare.kind;
  if (bare.factuality) block.factuality = bare.factuality;
  block.roles = rolesFor(bare.kind, bare.swap, { preps: [] });
}

function convertPatterns(
  block: CameoBlock,
  bare: CodedKind | null,
  options: BlockOptions,
  dropped: Dropped[],
): DictionaryPattern[] {
  const drop = (pattern: string, reason: string) => dropped.push({ block: block.name, pattern, reason });
  const seen = new Set<string>();
  const out: DictionaryPattern[] = [];
  for (const p of block.patterns) {
    const draft = draftPattern(p.text, options.lemma);
    if ("drop" in draft) {
      drop(p.text, draft.drop);
      continue;
    }
    const undeclared = classesOf(draft).find((c) => !options.declared.has(c));
    if (undeclared) {
      drop(p.text, `the class ${undeclared} is not declared (PETRARCH ignores the pattern)`);
      continue;
    }
    const coded = /^-+$/.test(p.code) ? null : codedKind(p.code, options.mapping, options.plover);
    if (!coded?.kind && !bare?.kind) {
      drop(p.text, coded ? `CAMEO ${coded.cameo} has no dyad kind` : "no event (---) under a verb that codes none");
      continue;
    }
    if (coded && bare && coded.cameo === bare.cameo && !coded.swap && !draft.objectMarker && !hasMarker(draft)) {
      drop(p.text, "the bare verb's own code");
      continue;
    }
    const pattern = toPattern(draft, coded, p.text);
    const key = JSON.stringify({ ...pattern, note: undefined });
    if (seen.has(key)) {
      drop(p.text, "a duplicate of an earlier pattern");
      continue;
    }
    seen.add(key);
    out.push(pattern);
  }
  return out;
}

function classesOf(draft: PatternDraft): string[] {
  const terms = [draft.object, draft.subject, draft.particle, ...draft.preps.map((p) => p.object)];
  return terms.filter((t): t is string => t?.startsWith("&") === true);
}

function hasMarker(draft: PatternDraft): boolean {
  return draft.preps.some((p) => p.marker);
}

function toPattern(draft: PatternDraft, coded: CodedKind | null, text: string): DictionaryPattern {
  const pattern: DictionaryPattern = {};
  if (draft.object) pattern.object = draft.object;
  if (draft.preps.length > 0)
    pattern.preps = draft.preps.map((p) => (p.object ? { case: p.case, object: p.object } : { case: p.case }));
  if (draft.particle) pattern.particle = draft.particle;
  if (draft.subject) pattern.subject = draft.subject;
  pattern.kind = coded?.kind ?? null;
  if (coded) pattern.cameo = coded.cameo;
  if (coded?.factuality) pattern.factuality = coded.factuality;
  if (coded?.kind) pattern.roles = rolesFor(coded.kind, coded.swap, draft);
  pattern.note = `- ${text} [${coded?.cameo ?? "---"}]`;
  return pattern;
}

/** Role slots from the kind's direction, CAMEO's markers and the pattern's prepositions. */
export function rolesFor(
  kind: EventKind,
  swap: boolean,
  draft: Pick<PatternDraft, "preps" | "objectMarker" | "object">,
): Roles {
  const prepSlots = draft.preps.filter((p) => !p.object || p.marker).map((p) => `prep:${p.case}` as const);
  if (SYMMETRIC_KINDS.has(kind)) {
    return { source: [], target: [], both: unique(["subj", "obj", "prep:with", "prep:between", ...prepSlots]) };
  }
  const marked = (m: "source" | "target") =>
    draft.preps.filter((p) => p.marker === m).map((p) => `prep:${p.case}` as const);
  let source: Roles["source"] = marked("source").length > 0 ? marked("source") : ["subj"];
  const visitLike = kind === "visit" && !swap ? (["prep:to", "prep:in"] as const) : [];
  // a named object is the thing acted on ("provide AID", "sever RELATIONS"): the party is then in a
  // phrase (to, with, on, against) or, last, the object's own modifiers ("condemned X's decision")
  const thingSlots = ["iobj", "prep:to", "prep:with", "prep:on", "prep:against", "prep:for"] as const;
  let target: Roles["target"] =
    marked("target").length > 0
      ? marked("target")
      : draft.object
        ? unique([...prepSlots, ...thingSlots, "obj"])
        : // a bare verb with no object acts on the party of its "to" phrase ("apologized to South Korea"); a
          // target's act (swapped: "hosted") has its guest as object only
          unique(["obj", ...prepSlots, ...visitLike, ...(swap ? [] : (["prep:to"] as const))]);
  if (draft.objectMarker === "source") [source, target] = [["obj"], ["subj"]];
  if (swap) [source, target] = [target, source];
  return { source, target };
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
