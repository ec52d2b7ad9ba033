// Names the arcs of a finished tree. Words are labelled top-down (root first, then each level left to
// right), so a word sees the whole tree, its parent's label and the labels of its earlier siblings:
// "an earlier sibling is nsubj" is what makes the next noun obj.
import { feature1, feature2, feature3, feature4 } from "./hashing.ts";
import type { ParserInput } from "./parser-features.ts";
import { argmax, PerceptronTrainer, type Scorer, type SparseWeights } from "./perceptron.ts";
import { shuffle } from "./tagger.ts";

export const LABELLER_FEATURES = 96;
const NO_LABEL = 0xffff;

interface Tree {
  n: number;
  heads: Int32Array;
  children: number[][];
  /** Words in labelling order. */
  order: number[];
}

function treeOf(heads: Int32Array): Tree {
  const n = heads.length;
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let i = 0; i < n; i++) children[heads[i] < 0 ? n : heads[i]].push(i);
  const order: number[] = [];
  const queue = [n];
  for (let q = 0; q < queue.length; q++) {
    for (const c of children[queue[q]]) {
      order.push(c);
      queue.push(c);
    }
  }
  // Words outside the tree (a cycle in a malformed input) still get a label.
  if (order.length < n) for (let i = 0; i < n; i++) if (!order.includes(i)) order.push(i);
  return { n, heads, children, order };
}

function bucket(d: number): number {
  if (d < 5) return d;
  return d < 10 ? 5 : 6;
}

/** Whether d is the child of h closest to it on d's side. */
function isNearestChild(siblings: readonly number[], d: number, h: number): boolean {
  for (const s of siblings) if (s !== d && (d < h ? s > d && s < h : s < d && s > h)) return false;
  return true;
}

function labellerFeatures(
  tree: Tree,
  input: ParserInput,
  functionTag: Uint8Array,
  labels: Int32Array,
  d: number,
  out: Uint32Array,
): number {
  const { n, heads, children } = tree;
  const W = input.words;
  const T = input.tags;
  const h = heads[d] < 0 ? n : heads[d];
  const g = h === n || heads[h] < 0 ? n : heads[h];
  const dw = W[d];
  const dt = T[d];
  const hw = W[h];
  const ht = T[h];
  const dir = d < h ? 1 : 2;
  const dist = bucket(Math.abs(h - d));
  const parentLabel = h === n ? NO_LABEL : labels[h];
  const previousTag = d > 0 ? T[d - 1] : T[n + 1];
  const nextTag = d + 1 < n ? T[d + 1] : T[n + 1];
  let k = 0;
  out[k++] = feature1(1, dw);
  out[k++] = feature1(2, dt);
  out[k++] = feature2(3, dw, dt);
  out[k++] = feature1(4, ht);
  out[k++] = feature1(5, hw);
  out[k++] = feature2(6, hw, ht);
  out[k++] = feature2(7, dt, ht);
  out[k++] = feature3(8, dt, ht, dir);
  out[k++] = feature4(9, dt, ht, dir, dist);
  out[k++] = feature2(10, dw, ht);
  out[k++] = feature2(11, dt, hw);
  out[k++] = feature2(12, dw, hw);
  out[k++] = feature2(13, dir, dt);
  out[k++] = feature2(14, parentLabel, dt);
  out[k++] = feature3(15, parentLabel, dt, ht);
  out[k++] = feature3(16, parentLabel, dt, dir);
  out[k++] = feature3(17, T[g], ht, dt);
  out[k++] = feature3(18, previousTag, dt, nextTag);
  out[k++] = feature4(19, dt, ht, dir, children[d].length > 0 ? 1 : 0);
  out[k++] = feature3(20, dw, ht, dir);
  const C = input.coarse;
  const nearest = isNearestChild(children[h], d, h) ? 1 : 0;
  out[k++] = feature4(27, C[d], C[h], dir, dist);
  out[k++] = feature3(28, parentLabel, C[d], C[h]);
  out[k++] = feature3(29, W[g], dt, ht);
  out[k++] = feature3(30, C[d], C[h], Math.min(children[d].length, 3));
  out[k++] = feature4(31, dt, ht, dir, nearest);
  out[k++] = feature4(32, dw, C[h], dir, nearest);
  for (const c of children[d]) {
    if (k + 4 > out.length) break;
    out[k++] = feature3(21, T[c], dt, c < d ? 1 : 2);
    if (functionTag[T[c]]) {
      out[k++] = feature2(22, W[c], dt);
      out[k++] = feature3(23, W[c], ht, dir);
    }
  }
  for (const s of children[h]) {
    if (s === d) continue;
    if (k + 4 > out.length) break;
    const side = s < d ? 1 : 2;
    if (functionTag[T[s]]) out[k++] = feature4(24, W[s], dt, dir, side);
    if (labels[s] !== NO_LABEL) out[k++] = feature4(25, labels[s], dt, dir, side);
    else out[k++] = feature4(26, T[s], dt, dir, side);
  }
  return k;
}

export class Labeller {
  private readonly features = new Uint32Array(LABELLER_FEATURES);
  private readonly scores: Float64Array;

  constructor(
    readonly labels: readonly string[],
    /** Per tag id: 1 for closed-class tags whose words are worth a feature of their own. */
    readonly functionTag: Uint8Array,
    readonly weights: Scorer,
  ) {
    this.scores = new Float64Array(labels.length);
  }

  label(input: ParserInput, heads: Int32Array): Int32Array {
    const tree = treeOf(heads);
    const out = new Int32Array(heads.length).fill(NO_LABEL);
    for (const d of tree.order) {
      const count = labellerFeatures(tree, input, this.functionTag, out, d, this.features);
      this.weights.score(this.features, count, this.scores);
      out[d] = argmax(this.scores, this.labels.length);
    }
    return out;
  }
}

export interface LabelledSentence {
  input: ParserInput;
  heads: Int32Array;
  labels: Int32Array;
}

export function trainLabeller(
  sentences: readonly LabelledSentence[],
  labels: readonly string[],
  functionTag: Uint8Array,
  epochs: number,
  log: (line: string) => void = () => {},
  random: () => number = Math.random,
): { labeller: Labeller; weights: SparseWeights } {
  const trainer = new PerceptronTrainer(labels.length);
  const features = new Uint32Array(LABELLER_FEATURES);
  const scores = new Float64Array(labels.length);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { input, heads, labels: gold } = sentences[index];
      const tree = treeOf(heads);
      const predicted = new Int32Array(heads.length).fill(NO_LABEL);
      for (const d of tree.order) {
        const count = labellerFeatures(tree, input, functionTag, predicted, d, features);
        trainer.score(features, count, scores);
        const guess = argmax(scores, labels.length);
        trainer.update(features, count, gold[d], guess);
        trainer.tick();
        predicted[d] = guess;
        if (guess === gold[d]) correct++;
        total++;
      }
    }
    log(`labeller epoch ${epoch}: training accuracy ${((100 * correct) / total).toFixed(2)}%`);
  }
  const weights = trainer.averaged();
  return { labeller: new Labeller(labels, functionTag, weights), weights };
}
