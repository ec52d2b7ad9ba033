// Part-of-speech tagger: greedy left to right, an averaged perceptron over one joint class per
// (UPOS, XPOS) pair seen in training, so the two tag sets never disagree.
import { FeatureProgram } from "./feature-program.ts";
import { argmax, PerceptronTrainer, type Scorer, type SparseWeights } from "./perceptron.ts";
import { PAD, WordHashes } from "./word-features.ts";

const NO_TAG = 0xffff;

export class Tagger {
  private readonly features = new Uint32Array(TAGGER_FEATURES);
  private readonly scores: Float64Array;

  /** `tags[k]` is "UPOS\tXPOS" for class k; `dictionary`, words tagged without scoring (tag-dictionary.ts). */
  constructor(
    readonly tags: readonly string[],
    readonly weights: Scorer,
    readonly dictionary: ReadonlyMap<string, number> = new Map(),
  ) {
    this.scores = new Float64Array(tags.length);
  }

  /**
   * Names known to be proper nouns ("Beijing", which the features read as a gerund at a sentence's start): each
   * capitalised form the dictionary does not hold, and whose lower case it does not hold either (a common word),
   * is tagged NNP without scoring from now on; forms ending in "s" are left to the features.
   */
  knowProperNouns(forms: Iterable<string>): void {
    const properNoun = this.tags.indexOf("PROPN\tNNP");
    if (properNoun < 0) return;
    const dictionary = this.dictionary as Map<string, number>;
    for (const form of forms) {
      // a plural-looking name ("Philippines") may be NNPS, and its features tell that better than a guess
      if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(form) || form.endsWith("s")) continue;
      if (dictionary.has(form) || dictionary.has(form.toLowerCase())) continue;
      dictionary.set(form, properNoun);
    }
  }

  /** Word i takes class `tag`, and the words after it are tagged again in its light. */
  retagFrom(forms: readonly string[], hashes: WordHashes, i: number, tag: number, out: Int32Array): void {
    out[i] = tag;
    this.tagRange(forms, hashes, i + 1, out);
  }

  /** One class per word. */
  tag(
    forms: readonly string[],
    hashes = new WordHashes(forms),
    out: Int32Array = new Int32Array(forms.length),
  ): Int32Array {
    this.tagRange(forms, hashes, 0, out);
    return out;
  }

  private tagRange(forms: readonly string[], hashes: WordHashes, from: number, out: Int32Array): void {
    for (let i = from; i < forms.length; i++) {
      const known = this.dictionary.get(forms[i]);
      if (known !== undefined) {
        out[i] = known;
        continue;
      }
      const count = taggerFeatures(hashes, i, i > 0 ? out[i - 1] : NO_TAG, i > 1 ? out[i - 2] : NO_TAG, this.features);
      this.weights.score(this.features, count, this.scores);
      out[i] = argmax(this.scores, this.tags.length);
    }
  }
}

// The atoms of word i: its hashes (W form, S1..S4 suffixes, P1/P3 prefixes, SH shape), its neighbours'
// (M1/M2 before, P1/P2 after), the two tags before it, whether it is first, and the sentence's casing.
const [ONE, W0, S1, S2, S3, S4, P1, P3, SH0, WM1, WM2, WP1, WP2, PREV, PREV2] = range(0, 15);
const [S3M1, S3P1, SHP1, SHM1, FIRST, S2P1, S4P1, CASING] = range(15, 8);

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** [template number, ...atoms], in the model's fixed order (the model file records the feature-set number). */
// biome-ignore format: one template per cell reads as the table it is
const TEMPLATES: number[][] = [
  [1, ONE], [2, W0], [3, S1], [4, S2], [5, S3], [6, S4], [7, P1], [8, P3], [9, SH0], [10, WM1], [11, WM2],
  [12, WP1], [13, WP2], [14, PREV], [15, PREV2, PREV], [16, PREV, W0], [17, S3M1], [18, S3P1], [19, WM1, W0],
  [20, W0, WP1], [21, SHP1], [22, SHM1], [23, PREV2], [24, SH0, FIRST], [25, PREV, S3], [26, WP1, WP2],
  [27, S2P1, W0], [28, PREV, W0, WP1], [29, S4P1, S4], [30, WM1, S3], [31, CASING, SH0],
  [32, CASING, W0, FIRST], [33, WM1, WP1], [34, CASING, PREV, S3],
];

const PROGRAM = new FeatureProgram(23, TEMPLATES);
export const TAGGER_FEATURES = PROGRAM.templates;
const atoms = PROGRAM.newAtoms();

/** Fills `out` with the features of word i given the two tags before it; returns how many. */
export function taggerFeatures(h: WordHashes, i: number, prev: number, prev2: number, out: Uint32Array): number {
  const p = i + PAD;
  const a = atoms;
  a[ONE] = 1;
  a[W0] = h.word[p];
  a[S1] = h.suffix1[p];
  a[S2] = h.suffix2[p];
  a[S3] = h.suffix3[p];
  a[S4] = h.suffix4[p];
  a[P1] = h.prefix1[p];
  a[P3] = h.prefix3[p];
  a[SH0] = h.shape[p];
  a[WM1] = h.word[p - 1];
  a[WM2] = h.word[p - 2];
  a[WP1] = h.word[p + 1];
  a[WP2] = h.word[p + 2];
  a[PREV] = prev;
  a[PREV2] = prev2;
  a[S3M1] = h.suffix3[p - 1];
  a[S3P1] = h.suffix3[p + 1];
  a[SHP1] = h.shape[p + 1];
  a[SHM1] = h.shape[p - 1];
  a[FIRST] = i === 0 ? 1 : 0;
  a[S2P1] = h.suffix2[p + 1];
  a[S4P1] = h.suffix4[p + 1];
  a[CASING] = h.casing;
  return PROGRAM.run(a, out);
}

export interface TaggedSentence {
  forms: readonly string[];
  tags: Int32Array;
}

/** Trains for `epochs` passes over the sentences, in a fixed shuffled order per pass. */
export function trainTagger(
  sentences: readonly TaggedSentence[],
  tags: readonly string[],
  epochs: number,
  log: (line: string) => void = () => {},
  random: () => number = Math.random,
): { tagger: Tagger; weights: SparseWeights } {
  const trainer = new PerceptronTrainer(tags.length);
  const features = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(tags.length);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { forms, tags: gold } = sentences[index];
      const hashes = new WordHashes(forms);
      let prev = NO_TAG;
      let prev2 = NO_TAG;
      for (let i = 0; i < forms.length; i++) {
        const count = taggerFeatures(hashes, i, prev, prev2, features);
        trainer.score(features, count, scores);
        const guess = argmax(scores, tags.length);
        trainer.update(features, count, gold[i], guess);
        trainer.tick();
        if (guess === gold[i]) correct++;
        total++;
        prev2 = prev;
        prev = guess;
      }
    }
    log(`tagger epoch ${epoch}: training accuracy ${((100 * correct) / total).toFixed(2)}%`);
  }
  const weights = trainer.averaged();
  return { tagger: new Tagger(tags, weights), weights };
}

export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
