// Names the arcs of a finished tree. Words are labelled top-down (root first, then each level left to
// right), so a word sees the whole tree, its parent's label and the labels of its earlier siblings:
// "an earlier sibling is nsubj" is what makes the next noun obj.
import { FeatureProgram } from "./feature-program.ts";
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

// The atoms of dependent d with head h and grandparent g: W word hash, T tag, C UPOS; DIR which side of
// its head d is, DIST the bucketed distance, PL the head's label, PT/NT the tags before and after d,
// HAS_KIDS/KIDS whether and how many children d has, NEAREST whether it is h's child closest to it.
const [DW, DT, HW, HT, DIR, DIST, PL, GT, GW, PT, NT, HAS_KIDS, DC, HC, NEAREST, KIDS] = range(0, 16);
// Per child c of d, and per sibling s: their word, tag or label, and side.
const [XW, XT, XL, SIDE] = range(16, 4);
const ATOMS = 20;

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

// biome-ignore format: one template per cell reads as the table it is
const FIXED = new FeatureProgram(ATOMS, [
  [1, DW], [2, DT], [3, DW, DT], [4, HT], [5, HW], [6, HW, HT], [7, DT, HT], [8, DT, HT, DIR],
  [9, DT, HT, DIR, DIST], [10, DW, HT], [11, DT, HW], [12, DW, HW], [13, DIR, DT], [14, PL, DT],
  [15, PL, DT, HT], [16, PL, DT, DIR], [17, GT, HT, DT], [18, PT, DT, NT], [19, DT, HT, DIR, HAS_KIDS],
  [20, DW, HT, DIR], [27, DC, HC, DIR, DIST], [28, PL, DC, HC], [29, GW, DT, HT], [30, DC, HC, KIDS],
  [31, DT, HT, DIR, NEAREST], [32, DW, HC, DIR, NEAREST],
]);
const CHILD = new FeatureProgram(ATOMS, [[21, XT, DT, SIDE]]);
const FUNCTION_CHILD = new FeatureProgram(ATOMS, [
  [22, XW, DT],
  [23, XW, HT, DIR],
]);
const FUNCTION_SIBLING = new FeatureProgram(ATOMS, [[24, XW, DT, DIR, SIDE]]);
const LABELLED_SIBLING = new FeatureProgram(ATOMS, [[25, XL, DT, DIR, SIDE]]);
const UNLABELLED_SIBLING = new FeatureProgram(ATOMS, [[26, XT, DT, DIR, SIDE]]);
const atoms = FIXED.newAtoms();

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
  const C = input.coarse;
  const h = heads[d] < 0 ? n : heads[d];
  const g = h === n || heads[h] < 0 ? n : heads[h];
  const a = atoms;
  a[DW] = W[d];
  a[DT] = T[d];
  a[HW] = W[h];
  a[HT] = T[h];
  a[DIR] = d < h ? 1 : 2;
  a[DIST] = bucket(Math.abs(h - d));
  a[PL] = h === n ? NO_LABEL : labels[h];
  a[GT] = T[g];
  a[GW] = W[g];
  a[PT] = d > 0 ? T[d - 1] : T[n + 1];
  a[NT] = d + 1 < n ? T[d + 1] : T[n + 1];
  a[HAS_KIDS] = children[d].length > 0 ? 1 : 0;
  a[DC] = C[d];
  a[HC] = C[h];
  a[NEAREST] = isNearestChild(children[h], d, h) ? 1 : 0;
  a[KIDS] = Math.min(children[d].length, 3);
  let k = FIXED.run(a, out);
  for (const c of children[d]) {
    if (k + 4 > out.length) break;
    a[XT] = T[c];
    a[XW] = W[c];
    a[SIDE] = c < d ? 1 : 2;
    k = CHILD.run(a, out, k);
    if (functionTag[T[c]]) k = FUNCTION_CHILD.run(a, out, k);
  }
  for (const s of children[h]) {
    if (s === d) continue;
    if (k + 4 > out.length) break;
    a[XW] = W[s];
    a[XT] = T[s];
    a[XL] = labels[s];
    a[SIDE] = s < d ? 1 : 2;
    if (functionTag[T[s]]) k = FUNCTION_SIBLING.run(a, out, k);
    k = (labels[s] !== NO_LABEL ? LABELLED_SIBLING : UNLABELLED_SIBLING).run(a, out, k);
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
    /** Per tag id: 1 for punctuation, which is labelled "punct" without scoring (at run time). */
    readonly punctuation?: Uint8Array,
  ) {
    this.scores = new Float64Array(labels.length);
  }

  /** A label per word (into `out` when given). */
  label(input: ParserInput, heads: Int32Array, out: Int32Array = new Int32Array(heads.length)): Int32Array {
    const tree = treeOf(heads);
    out.fill(NO_LABEL, 0, heads.length);
    const punct = this.punctuation ? this.labels.indexOf("punct") : -1;
    for (const d of tree.order) {
      // Punctuation under a word is "punct" in UD: no need to score it.
      if (punct >= 0 && heads[d] >= 0 && this.punctuation?.[input.tags[d]]) {
        out[d] = punct;
        continue;
      }
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
