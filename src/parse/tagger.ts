// Part-of-speech tagger: greedy left to right, an averaged perceptron over one joint class per
// (UPOS, XPOS) pair seen in training, so the two tag sets never disagree.
import { feature1, feature2, feature3 } from "./hashing.ts";
import { argmax, PerceptronTrainer, type Scorer, type SparseWeights } from "./perceptron.ts";
import { PAD, WordHashes } from "./word-features.ts";

export const TAGGER_FEATURES = 34;
const NO_TAG = 0xffff;

export class Tagger {
  private readonly features = new Uint32Array(TAGGER_FEATURES);
  private readonly scores: Float64Array;

  /** `tags[k]` is "UPOS\tXPOS" for class k. */
  constructor(
    readonly tags: readonly string[],
    readonly weights: Scorer,
  ) {
    this.scores = new Float64Array(tags.length);
  }

  /** One class per word. */
  tag(forms: readonly string[], hashes = new WordHashes(forms)): Int32Array {
    const out = new Int32Array(forms.length);
    for (let i = 0; i < forms.length; i++) {
      const count = taggerFeatures(hashes, i, i > 0 ? out[i - 1] : NO_TAG, i > 1 ? out[i - 2] : NO_TAG, this.features);
      this.weights.score(this.features, count, this.scores);
      out[i] = argmax(this.scores, this.tags.length);
    }
    return out;
  }
}

/** Fills `out` with the features of word i given the two tags before it; returns how many. */
export function taggerFeatures(h: WordHashes, i: number, prev: number, prev2: number, out: Uint32Array): number {
  const p = i + PAD;
  let n = 0;
  out[n++] = feature1(1, 1);
  out[n++] = feature1(2, h.word[p]);
  out[n++] = feature1(3, h.suffix1[p]);
  out[n++] = feature1(4, h.suffix2[p]);
  out[n++] = feature1(5, h.suffix3[p]);
  out[n++] = feature1(6, h.suffix4[p]);
  out[n++] = feature1(7, h.prefix1[p]);
  out[n++] = feature1(8, h.prefix3[p]);
  out[n++] = feature1(9, h.shape[p]);
  out[n++] = feature1(10, h.word[p - 1]);
  out[n++] = feature1(11, h.word[p - 2]);
  out[n++] = feature1(12, h.word[p + 1]);
  out[n++] = feature1(13, h.word[p + 2]);
  out[n++] = feature1(14, prev);
  out[n++] = feature2(15, prev2, prev);
  out[n++] = feature2(16, prev, h.word[p]);
  out[n++] = feature1(17, h.suffix3[p - 1]);
  out[n++] = feature1(18, h.suffix3[p + 1]);
  out[n++] = feature2(19, h.word[p - 1], h.word[p]);
  out[n++] = feature2(20, h.word[p], h.word[p + 1]);
  out[n++] = feature1(21, h.shape[p + 1]);
  out[n++] = feature1(22, h.shape[p - 1]);
  out[n++] = feature1(23, prev2);
  out[n++] = feature2(24, h.shape[p], i === 0 ? 1 : 0);
  out[n++] = feature2(25, prev, h.suffix3[p]);
  out[n++] = feature2(26, h.word[p + 1], h.word[p + 2]);
  out[n++] = feature2(27, h.suffix2[p + 1], h.word[p]);
  out[n++] = feature3(28, prev, h.word[p], h.word[p + 1]);
  out[n++] = feature2(29, h.suffix4[p + 1], h.suffix4[p]);
  out[n++] = feature2(30, h.word[p - 1], h.suffix3[p]);
  out[n++] = feature2(31, h.casing, h.shape[p]);
  out[n++] = feature3(32, h.casing, h.word[p], i === 0 ? 1 : 0);
  out[n++] = feature2(33, h.word[p - 1], h.word[p + 1]);
  out[n++] = feature3(34, h.casing, prev, h.suffix3[p]);
  return n;
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
