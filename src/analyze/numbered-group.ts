// "The three leaders", "the four countries": the last list of exactly that many states named together
// ("the Japan-China-ROK Summit"), before or in the sentence; else exactly that many states named in the
// sentence or the one before.
import { inSentence } from "./by-sentence.ts";
import type { Doc, Mention } from "./doc.ts";
import { coordinated } from "./event-roles.ts";

// "the three Sahel countries", "the two neighbours", "the three juntas": a word or two may qualify the noun
// ("West African", "military-led"); "the two countries" alone is the article's pair (coreference.ts)
export const NUMBERED_GROUP =
  /\b(?:the|all|all the) (two|three|four|five|six|seven|eight|nine|ten) (?:(?!leaders\b|countries\b|nations\b|states\b)[\p{L}-]+ ){0,2}?(?:leaders|countries|nations|sides|governments|states|heads of state|foreign ministers|ministers|parties|delegations|neighbou?rs|juntas|allies|members|regimes|republics|monarchies|kingdoms|powers|armies|militaries|navies|air forces|coast guards)\b/giu;

const NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The states of the coordinated lists of a sentence ("A, B and C", "A-B-C"), each list in order. */
function listsOf(doc: Doc, sentence: number): string[][] {
  const states = inSentence(doc.mentions, sentence).filter(
    (m: Mention) => m.kind === "country" && m.actor && m.via === "name",
  );
  const lists: string[][] = [];
  let current: Mention[] = [];
  for (const m of states) {
    const last = current[current.length - 1];
    if (last && coordinated(doc, last, m)) current.push(m);
    else {
      if (current.length) lists.push([...new Set(current.map((x) => x.actor as string))]);
      current = [m];
    }
  }
  if (current.length) lists.push([...new Set(current.map((x) => x.actor as string))]);
  return lists;
}

/** The states a numbered group phrase in sentence `at` stands for, or [] if no such list precedes it. */
export function numberedGroup(doc: Doc, at: number, word: string): string[] {
  const count = NUMBERS[word.toLowerCase()];
  for (let s = at; s >= 0; s--) {
    const list = listsOf(doc, s).find((l) => l.length === count);
    if (list) return list;
  }
  // "Egypt hosted a summit with Jordan and Iraq, where the three leaders signed": no list of three, but
  // the sentence (or the one before) names exactly three states
  for (let s = at; s >= Math.max(0, at - 1); s--) {
    const named = [...new Set(listsOf(doc, s).flat())];
    if (named.length === count) return named;
  }
  return [];
}
