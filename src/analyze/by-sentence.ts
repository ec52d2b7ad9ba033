// Items of the Doc (mentions, dates, events) grouped by sentence, so that a stage looking at one sentence
// does not scan the whole article: a 5 MB article has tens of thousands of sentences.

interface Grouped<T> {
  length: number;
  groups: Map<number, T[]>;
}

const cache = new WeakMap<object, Grouped<unknown>>();

/** The items of one sentence, in the array's order. Rebuilt when the array grows (stages only append). */
export function inSentence<T extends { sentence: number }>(items: T[], sentence: number): T[] {
  let grouped = cache.get(items) as Grouped<T> | undefined;
  if (!grouped || grouped.length !== items.length) {
    const groups = new Map<number, T[]>();
    for (const item of items) {
      const list = groups.get(item.sentence);
      if (list) list.push(item);
      else groups.set(item.sentence, [item]);
    }
    grouped = { length: items.length, groups };
    cache.set(items, grouped);
  }
  return grouped.groups.get(sentence) ?? [];
}

/** The items of the sentences from `first` to `last`, in sentence order. */
export function inSentences<T extends { sentence: number }>(items: T[], first: number, last: number): T[] {
  const out: T[] = [];
  for (let s = Math.max(0, first); s <= last; s++) out.push(...inSentence(items, s));
  return out;
}
