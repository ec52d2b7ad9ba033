// Repairs of tags before parsing. A sentence that ends in a full stop has a finite verb; where the tagger gave
// it none because it read the verb after the subject as a participle ("Israeli jets struck Iranian positions",
// "Protesters burned flags": VBN, a reduced relative, and the tree then has a noun for its root), the
// participle takes the past tense where the two are spelt alike (a regular "-ed", or "struck", "held"; never
// "shown" or "taken") and the words after it are tagged again.
import type { Tagger } from "./tagger.ts";
import type { WordHashes } from "./word-features.ts";

export interface TagRepairIds {
  /** Class ids of the past participle and the past tense ("VERB\tVBN", "VERB\tVBD"); -1 when absent. */
  participle: number;
  past: number;
  /** Classes that give a clause its finite verb: VBD, VBZ, VBP, MD (any UPOS). */
  finite: Uint8Array;
  /** Classes of a noun that can be a subject: NN, NNS, NNP, NNPS. */
  noun: Uint8Array;
  /** Classes that can open the object after the verb: DT, PRP$, CD, JJ and nouns. */
  objectOpener: Uint8Array;
}

const FINITE = new Set(["VBD", "VBZ", "VBP", "MD"]);
const NOUNS = new Set(["NN", "NNS", "NNP", "NNPS"]);
const OPENERS = new Set(["DT", "PRP$", "CD", "JJ", "JJR", "JJS", ...NOUNS]);

export function tagRepairIds(tags: readonly string[]): TagRepairIds {
  const xpos = tags.map((t) => t.split("\t")[1]);
  const marks = (set: Set<string>) => Uint8Array.from(xpos, (x) => (set.has(x) ? 1 : 0));
  return {
    participle: tags.indexOf("VERB\tVBN"),
    past: tags.indexOf("VERB\tVBD"),
    finite: marks(FINITE),
    noun: marks(NOUNS),
    objectOpener: marks(OPENERS),
  };
}

/** Rewrites `tags` in place where a verbless full sentence's participle is its past-tense verb; returns whether it did. */
export function repairVerblessSentence(
  forms: readonly string[],
  hashes: WordHashes,
  tags: Int32Array,
  tagger: Tagger,
  ids: TagRepairIds,
): boolean {
  const n = forms.length;
  if (n < 4 || forms[n - 1] !== "." || ids.participle < 0 || ids.past < 0) return false;
  for (let i = 0; i < n; i++) if (ids.finite[tags[i]]) return false;
  for (let i = 1; i < n - 2; i++) {
    if (tags[i] !== ids.participle || !ids.noun[tags[i - 1]] || !ids.objectOpener[tags[i + 1]]) continue;
    if (!spellsPastTense(forms[i])) return false;
    tagger.retagFrom(forms, hashes, i, ids.past, tags);
    return true;
  }
  return false;
}

/** Irregular verbs whose past tense and past participle are one form (the regular ones end in "-ed"). */
const PAST_AS_PARTICIPLE = new Set(
  (
    "struck hit shot held met sent sought brought bought built caught fought found had heard kept laid led left " +
    "lost made meant paid put said set shut sold spent stood taught told thought won cut hurt quit spread bound " +
    "fed fled slid spun burnt burst cast dealt dug hung lit read rid sat shed slept split stuck swept upheld " +
    "withheld"
  ).split(" "),
);

function spellsPastTense(form: string): boolean {
  const lower = form.toLowerCase();
  return (lower.endsWith("ed") && lower.length > 4) || PAST_AS_PARTICIPLE.has(lower);
}
