// Words that the training data always tags the same way ("the", ",", "of", "said"): the tagger gives them
// that tag without scoring, which skips about half of a news sentence's words (Honnibal's tag dictionary).
import type { TaggedSentence } from "./tagger.ts";

/** Seen at least this often, */
const MIN_COUNT = 20;
/** with one tag at least this share of the time. */
const MIN_SHARE = 0.99;

/** [form, tag id] for the words the training sentences tag one way. */
export function buildTagDictionary(sentences: readonly TaggedSentence[]): [string, number][] {
  const counts = new Map<string, Map<number, number>>();
  for (const { forms, tags } of sentences)
    forms.forEach((form, i) => {
      const byTag = counts.get(form) ?? new Map<number, number>();
      byTag.set(tags[i], (byTag.get(tags[i]) ?? 0) + 1);
      counts.set(form, byTag);
    });
  const out: [string, number][] = [];
  for (const [form, byTag] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [tag, count] of byTag) {
      total += count;
      if (count > bestCount) {
        best = tag;
        bestCount = count;
      }
    }
    if (total >= MIN_COUNT && bestCount >= MIN_SHARE * total) out.push([form, best]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
