// Whether a sentence's words can hold a dictionary trigger, told from the words alone, before any parse: the
// parse stage leaves the other sentences unparsed, as nothing reads their tree. The answer may be yes where the
// matcher then finds nothing, never no where it would find something: every key a word can get in
// sentenceTree (its lemma under any tag, its form, alias and regular stems, also once written in lower case, as
// the events stage's second parse writes title-case words) is counted, and an entry counts when a phrase of
// such keys leads to it and every word it requires (object, preposition, particle, subject) is among them.
// A word's lemma comes from the parser's lemmatizer: a fixed tag's lemma for a word the tag dictionary tags,
// else any lemma its tables allow (an exception, the form table's lemma, or any rule's "drop k letters, add s"
// edit).
import type { DictionaryEntry, TermAlternative } from "../../knowledge/event-dictionary.ts";
import { loadParserModel, type ParserModel } from "../../parse/index.ts";
import { loadDictionaryIndex } from "./index.ts";
import type { LemmaIndex, TrieNode } from "./lemma-index.ts";
import { regularStems } from "./sentence-tree.ts";

/** An entry's required words: each group must have one of its words in the sentence. */
type Requirements = string[][];

/** Forms remembered with their keys; cleared when full (news repeats its words; bounded for servers). */
const MAX_REMEMBERED = 20_000;
const NO_KEYS: readonly string[] = [];
const NO_STEMS: readonly StemLemma[] = [];

interface StemLemma {
  lemma: string;
  /** The word endings (lower case) of the rule that turns the stem into this lemma. */
  endings: ReadonlySet<string>;
}

/** The lemmatizer reads rules by a word's last letters, five at most ("" matches every word). */
const MAX_ENDING = 5;

function endsWithOneOf(lower: string, endings: ReadonlySet<string>): boolean {
  for (let length = Math.min(MAX_ENDING, lower.length); length >= 0; length--)
    if (endings.has(lower.slice(lower.length - length))) return true;
  return false;
}
// "by" is a case marker even when no word says it (obl:agent, caseMarker in sentence-tree.ts)
const ALWAYS_PRESENT = ["by"];

export class TriggerWords {
  /** Every word the dictionary reads: trie lemmas and required words. */
  private readonly known = new Set<string>(ALWAYS_PRESENT);
  /** Per entry that gives an event (kind not null), its requirements and a key that is the same for alike ones. */
  private readonly ofEntry = new Map<DictionaryEntry, { key: string; groups: Requirements }>();
  /** Per trie node, the requirements of its entries (requirementsAt). */
  private readonly requirements = new Map<TrieNode, Requirements[]>();
  /**
   * Per number of letters a lemma rule drops: the stems left, each with the known lemmas it becomes and the
   * word endings the rules that make it apply to.
   */
  private readonly stems = new Map<number, Map<string, StemLemma[]>>();
  /** Lemmatizer exceptions that give a known lemma, by form. */
  private readonly exceptions = new Map<string, string[]>();
  /** Words tagged without scoring: their one XPOS. */
  private readonly fixedTags = new Map<string, string>();
  private readonly remembered = new Map<string, readonly string[]>();

  constructor(
    entries: readonly DictionaryEntry[],
    private readonly index: LemmaIndex,
    private readonly model: ParserModel,
  ) {
    for (const entry of entries) {
      for (const phrase of entry.phrases) for (const lemma of phrase) this.known.add(lemma);
      const groups = this.requirementsOf(entry);
      if (entry.kind !== null)
        this.ofEntry.set(entry, { key: groups.map((group) => group.join(" ")).join("|"), groups });
    }
    for (const [form, , lemma] of model.header.lemmatizer.exceptions) this.fileUnder(this.exceptions, form, lemma);
    // the rules by edit: "K2:y" applies to words with any of its endings
    const endings = new Map<string, Set<string>>([["K0:", new Set([""])]]); // no rule applies: the form itself
    for (const [, ending, script] of model.header.lemmatizer.rules) {
      const set = endings.get(script);
      if (set) set.add(ending);
      else endings.set(script, new Set([ending]));
    }
    for (const [script, set] of endings) this.fileScript(script, set);
    const xpos = model.header.tags.map((tag) => tag.split("\t")[1]);
    for (const [form, tag] of model.tagger.dictionary) this.fixedTags.set(form, xpos[tag]);
  }

  /** False when no dictionary entry can match the sentence whose words are `forms`. */
  mayMatch(forms: readonly string[]): boolean {
    const keys = forms.map((form) => this.keysOf(form));
    const present = new Set<string>(ALWAYS_PRESENT);
    for (const list of keys) for (const key of list) present.add(key);
    const live = (node: TrieNode) =>
      this.requirementsAt(node).some((groups) => groups.every((group) => group.some((word) => present.has(word))));
    const walk = (node: TrieNode, at: number): boolean => {
      if (live(node)) return true;
      if (at + 1 >= forms.length || node.next.size === 0) return false;
      for (const key of keys[at + 1]) {
        const next = node.next.get(key);
        if (next && walk(next, at + 1)) return true;
      }
      return false;
    };
    for (let i = 0; i < forms.length; i++)
      for (const key of keys[i]) {
        const root = this.index.roots.get(key);
        if (root && walk(root, i)) return true;
      }
    return false;
  }

  /** The known words among the keys `form` may get in sentenceTree. */
  private keysOf(form: string): readonly string[] {
    let keys = this.remembered.get(form);
    if (keys) return keys;
    const out = new Set<string>();
    const add = (key: string) => {
      if (this.known.has(key)) out.add(key);
    };
    const lower = form.toLowerCase();
    add(lower);
    const alias = this.index.aliases.get(lower);
    if (alias) add(alias);
    for (const stem of regularStems(lower)) add(stem);
    // the tagger sees the form, or (second parse) its lower case; a word the tag dictionary tags has one lemma
    let anyTag = false;
    for (const written of lower === form ? [form] : [form, lower]) {
      const xpos = this.fixedTags.get(written);
      if (xpos === undefined) anyTag = true;
      else for (const first of [false, true]) add(this.model.lemmatizer.lemma(written, xpos, first).toLowerCase());
    }
    if (anyTag) {
      // under any tag: an exception, the form table's lemma, or a rule's edit of the form or (a sentence's first
      // word, a proper noun read as a common word) its lower case
      for (const written of lower === form ? [form] : [form, lower]) {
        for (const lemma of this.exceptions.get(written) ?? NO_KEYS) out.add(lemma);
        const tabled = this.model.lemmatizer.formLemma(written);
        if (tabled !== undefined) add(tabled.toLowerCase());
        this.addRuleLemmas(written, lower, out);
      }
    }
    keys = out.size === 0 ? NO_KEYS : [...out];
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
    this.remembered.set(form, keys);
    return keys;
  }

  /** The known lemmas a rule may make of `written` (its lower case `lower` chooses the rule): the edit keeps the case or lower-cases first. */
  private addRuleLemmas(written: string, lower: string, out: Set<string>): void {
    for (const [drop, byStem] of this.stems) {
      if (drop > written.length) continue;
      const kept = written.slice(0, written.length - drop).toLowerCase();
      const lowered = lower.slice(0, lower.length - drop);
      for (const stem of lowered === kept ? [kept] : [kept, lowered])
        for (const { lemma, endings } of byStem.get(stem) ?? NO_STEMS)
          if (!out.has(lemma) && endsWithOneOf(lower, endings)) out.add(lemma);
    }
  }

  /** The requirements of the node's entries that give an event, those alike once; read on a node's first visit. */
  private requirementsAt(node: TrieNode): Requirements[] {
    let requirements = this.requirements.get(node);
    if (requirements) return requirements;
    const alike = new Map<string, Requirements>();
    const file = (entry: DictionaryEntry) => {
      const filed = this.ofEntry.get(entry);
      if (filed) alike.set(filed.key, filed.groups);
    };
    for (const entry of node.plain) file(entry);
    for (const map of [node.byObject, node.byCase, node.byParticle, node.bySubject])
      for (const list of map.values()) for (const entry of list) file(entry);
    requirements = [...alike.values()];
    this.requirements.set(node, requirements);
    return requirements;
  }

  private requirementsOf(entry: DictionaryEntry): Requirements {
    const heads = (alternatives: TermAlternative[]) => {
      for (const alt of alternatives) this.known.add(alt.head);
      return alternatives.map((alt) => alt.head);
    };
    const groups: Requirements = [];
    if (entry.object) groups.push(heads(entry.object));
    for (const prep of entry.preps) {
      this.known.add(prep.case);
      groups.push([prep.case]);
      if (prep.object) groups.push(heads(prep.object));
    }
    if (entry.particle) groups.push(heads(entry.particle));
    if (entry.subject) groups.push(heads(entry.subject));
    return groups;
  }

  /** "K2:y" (keep the case, drop 2 letters, add "y"): every known lemma ending in "y" files its stem under 2. */
  private fileScript(script: string, endings: ReadonlySet<string>): void {
    const colon = script.indexOf(":");
    const drop = Number(script.slice(1, colon));
    const added = script.slice(colon + 1).toLowerCase();
    let byStem = this.stems.get(drop);
    if (!byStem) {
      byStem = new Map();
      this.stems.set(drop, byStem);
    }
    for (const lemma of this.known) {
      if (!lemma.endsWith(added)) continue;
      const stem = lemma.slice(0, lemma.length - added.length);
      const list = byStem.get(stem);
      if (list) list.push({ lemma, endings });
      else byStem.set(stem, [{ lemma, endings }]);
    }
  }

  private fileUnder(map: Map<string, string[]>, key: string, lemma: string): void {
    const lower = lemma.toLowerCase();
    if (!this.known.has(lower)) return;
    const list = map.get(key);
    if (!list) map.set(key, [lower]);
    else if (!list.includes(lower)) list.push(lower);
  }
}

let cached: { index: LemmaIndex; model: ParserModel; words: TriggerWords } | undefined;

/** The filter for the dictionary and parser model the events stage uses, built once. */
export function triggerWords(): TriggerWords {
  const { dictionary, index } = loadDictionaryIndex();
  const model = loadParserModel();
  if (cached?.index !== index || cached.model !== model)
    cached = { index, model, words: new TriggerWords(dictionary.entries, index, model) };
  return cached.words;
}
