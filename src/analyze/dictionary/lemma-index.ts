// The dictionary indexed by lemma: a trie over trigger phrases (first lemma, then the next contiguous
// lemmas), and at each node the entries grouped by what refines them (object head, preposition,
// particle, subject head). A trigger token pulls only the entries its own children can satisfy, so
// the work per sentence does not grow with the number of entries.
import type { DictionaryEntry, EventDictionary } from "../../knowledge/event-dictionary.ts";

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries without object, preposition, particle or subject refinements. */
  plain: DictionaryEntry[];
  byObject: Map<string, DictionaryEntry[]>;
  byCase: Map<string, DictionaryEntry[]>;
  byParticle: Map<string, DictionaryEntry[]>;
  bySubject: Map<string, DictionaryEntry[]>;
}

export interface LemmaIndex {
  roots: Map<string, TrieNode>;
  /** Irregular form → lemma ("shot" → "shoot"). */
  aliases: Map<string, string>;
  size: number;
}

function emptyNode(): TrieNode {
  return {
    next: new Map(),
    plain: [],
    byObject: new Map(),
    byCase: new Map(),
    byParticle: new Map(),
    bySubject: new Map(),
  };
}

function push(map: Map<string, DictionaryEntry[]>, key: string, entry: DictionaryEntry): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== entry) list.push(entry);
  } else map.set(key, [entry]);
}

export function buildLemmaIndex(
  dictionary: EventDictionary | { entries: DictionaryEntry[]; aliases?: Map<string, string> },
): LemmaIndex {
  const roots = new Map<string, TrieNode>();
  for (const entry of dictionary.entries)
    for (const phrase of entry.phrases) {
      let node = child(roots, phrase[0]);
      for (const lemma of phrase.slice(1)) node = child(node.next, lemma);
      file(node, entry);
    }
  shareLists(roots, new Map(dictionary.entries.map((entry, i) => [entry, i])));
  return { roots, aliases: dictionary.aliases ?? new Map(), size: dictionary.entries.length };
}

/**
 * Lists with the same entries in the same order, one array for all of them: a class of a hundred object heads
 * files an entry under each head, at every node of its phrases (some 100,000 lists, 3,700 of them different,
 * about 5 MB a thread). The index is read only once built.
 */
function shareLists(nodes: Map<string, TrieNode>, ids: Map<DictionaryEntry, number>): void {
  const shared = new Map<string, DictionaryEntry[]>();
  const share = (list: DictionaryEntry[]) => {
    const key = list.map((entry) => ids.get(entry)).join(",");
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, list);
    return list;
  };
  const visit = (node: TrieNode) => {
    for (const map of [node.byObject, node.byCase, node.byParticle, node.bySubject])
      for (const [key, list] of map) map.set(key, share(list));
    for (const next of node.next.values()) visit(next);
  };
  for (const node of nodes.values()) visit(node);
}

function child(map: Map<string, TrieNode>, lemma: string): TrieNode {
  let node = map.get(lemma);
  if (!node) {
    node = emptyNode();
    map.set(lemma, node);
  }
  return node;
}

/** Files an entry under its most selective refinement; the matcher checks the others. */
function file(node: TrieNode, entry: DictionaryEntry): void {
  if (entry.object) for (const alt of entry.object) push(node.byObject, alt.head, entry);
  else if (entry.preps.length > 0) push(node.byCase, entry.preps[0].case, entry);
  else if (entry.particle) for (const alt of entry.particle) push(node.byParticle, alt.head, entry);
  else if (entry.subject) for (const alt of entry.subject) push(node.bySubject, alt.head, entry);
  else node.plain.push(entry);
}
