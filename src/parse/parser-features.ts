// Zhang & Nivre (2011) style features for arc-hybrid: words and tags of the stack top three, the buffer
// front three, the nearest and second children of s0, s1 and b0, distances and valencies, combined
// into pairs and triples. The state gives a row of atoms; the templates say which atoms each feature
// combines, and one FeatureProgram hashes them (no strings, no per-feature calls).

import type { ArcHybridState } from "./arc-hybrid.ts";
import { FeatureProgram } from "./feature-program.ts";

/** Word hashes and tag ids per position: 0..n-1 words, n the root, n+1 "nothing there". */
export interface ParserInput {
  words: Uint32Array;
  tags: Int32Array;
  /** UPOS ids: coarser than the (UPOS, XPOS) tags, so rare pairs still share features. */
  coarse: Int32Array;
  /** punctuationBefore[i]: punctuation marks among words 0..i-1 (verbsBefore likewise), for "between" counts. */
  punctuationBefore: Int32Array;
  verbsBefore: Int32Array;
}

/** Punctuation marks (or verbs) strictly between two positions, capped at 2. */
function between(counts: Int32Array, left: number, right: number): number {
  if (left < 0 || right <= left) return 3;
  return Math.min(2, counts[right] - counts[left + 1]);
}

function distanceBucket(d: number): number {
  if (d < 5) return d;
  return d < 10 ? 5 : 6;
}

function valency(count: number): number {
  return Math.min(count, 4);
}

// The atoms: what the templates can combine. W word hash, T (UPOS, XPOS) tag, C UPOS; s0l and s0l2 are
// s0's leftmost and second leftmost children, r the rightmost; D distances, V valencies, and what lies
// between: PB/VB punctuation/verbs between s0 and b0, PS punctuation between s1 and s0.
const [S0W, S0T, S1W, S1T, B0W, B0T, B1W, B1T, B2W, B2T, S2W, S2T] = range(0, 12);
const [D, D2, S0VL, S0VR, S1VR, B0VL] = range(12, 6);
const [S0L_W, S0L_T, S0R_W, S0R_T, B0L_W, B0L_T, S1R_W, S1R_T, S1L_T] = range(18, 9);
const [S0L2_T, S0R2_T, B0L2_T, S1R2_T] = range(27, 4);
const [S0C, S1C, B0C, B1C, B2C, B3C, S2C, S0L_C, S0R_C, S1R_C] = range(31, 10);
const [PB, VB, PS] = range(41, 3);
const ATOMS = 44;

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** [template number, ...atoms], in the model's fixed order (the model file records the feature-set number). */
const TEMPLATES: number[][] = [
  // single positions
  [1, S0W],
  [2, S0T],
  [3, S0W, S0T],
  [4, S1W],
  [5, S1T],
  [6, S1W, S1T],
  [7, B0W],
  [8, B0T],
  [9, B0W, B0T],
  [10, B1W],
  [11, B1T],
  [12, B1W, B1T],
  [13, B2W],
  [14, B2T],
  [15, S2T],
  [16, S2W],
  // pairs: s0 with b0 (a LEFT candidate), s1 with s0 (a RIGHT candidate)
  [17, S0W, S0T, B0W, B0T],
  [18, S0W, S0T, B0W],
  [19, S0W, B0W, B0T],
  [20, S0W, S0T, B0T],
  [21, S0T, B0W, B0T],
  [22, S0W, B0W],
  [23, S0T, B0T],
  [24, B0T, B1T],
  [25, S1W, S1T, S0W, S0T],
  [26, S1W, S0W],
  [27, S1T, S0T],
  [28, S1W, S1T, S0T],
  [29, S1T, S0W, S0T],
  [30, B0W, B1W],
  [31, S0W, B0T, B1T],
  // tag triples
  [32, B0T, B1T, B2T],
  [33, S0T, B0T, B1T],
  [34, S1T, S0T, B0T],
  [35, S2T, S1T, S0T],
  [36, S0T, S0L_T, B0T],
  [37, S0T, S0R_T, B0T],
  [38, S0T, B0T, B0L_T],
  [39, S1T, S0T, S0L_T],
  [40, S1T, S1R_T, S0T],
  [41, S1T, S0T, S0R_T],
  [42, S1T, S1L_T, S0T],
  // distances
  [43, S0W, D],
  [44, S0T, D],
  [45, B0W, D],
  [46, B0T, D],
  [47, S0W, B0W, D],
  [48, S0T, B0T, D],
  [49, S1T, S0T, D2],
  [50, S1W, S0W, D2],
  [51, S1W, D2],
  [52, S0W, D2],
  // valencies
  [53, S0W, S0VR],
  [54, S0T, S0VR],
  [55, S0W, S0VL],
  [56, S0T, S0VL],
  [57, B0W, B0VL],
  [58, B0T, B0VL],
  [59, S1W, S1VR],
  [60, S1T, S1VR],
  // children
  [61, S0L_W],
  [62, S0L_T],
  [63, S0R_W],
  [64, S0R_T],
  [65, B0L_W],
  [66, B0L_T],
  [67, S1R_W],
  [68, S1R_T],
  [69, S1L_T],
  [70, S0L2_T],
  [71, S0R2_T],
  [72, B0L2_T],
  [73, S1R2_T],
  [74, S0T, S0L_T, S0L2_T],
  [75, S0T, S0R_T, S0R2_T],
  [76, B0T, B0L_T, B0L2_T],
  [77, S1T, S1R_T, S1R2_T],
  [78, S0W, S0L_T, B0T],
  [79, S0T, S0R_T, B0W],
  [80, S0T, B0T, B1T, B2T],
  // coarse tags and what lies between the candidates
  [81, S0C, B0C],
  [82, S1C, S0C],
  [83, S1C, S0C, B0C],
  [84, S0C, B0C, B1C],
  [85, S0C, S0L_C, B0C],
  [86, S0C, S0R_C, B0C],
  [87, S1C, S1R_C, S0C],
  [88, PB, S0T, B0T],
  [89, PB, S0C, B0C],
  [90, PB, D, B0C],
  [91, PS, S1T, S0T],
  [92, VB, S0C, B0C],
  [93, VB, PB, S0C, B0C],
  [94, S0W, B0C, PB],
  [95, S0C, B0W, PB],
  [96, S1C, S0C, PS, D2],
  [97, S0C, B0C, D],
  [98, S0T, S0VL, S0VR, B0T],
  [99, S0W, S1T, B0T],
  [100, B0W, S0T, S1T],
  [101, B1C, B2C, B3C],
  [102, S0C, B0C, B0VL],
  [103, S2C, S1C, S0C, B0C],
  [104, B0L_W, B0T, S0T],
];

const PROGRAM = new FeatureProgram(ATOMS, TEMPLATES);
export const PARSER_FEATURES = PROGRAM.templates;
const atoms = PROGRAM.newAtoms();

/** Fills `out` with the features of the state; returns how many. */
export function parserFeatures(state: ArcHybridState, input: ParserInput, out: Uint32Array): number {
  fillAtoms(state, input, atoms);
  return PROGRAM.run(atoms, out);
}

/** The atoms of one state: positions past the stack or the buffer read as n+1, "nothing there". */
function fillAtoms(state: ArcHybridState, input: ParserInput, a: Int32Array): void {
  const { words: W, tags: T, coarse: C } = input;
  const none = state.n + 1;
  const { leftmost, leftmost2, rightmost, rightmost2, leftCount, rightCount } = state;
  const s0 = state.stackAt(0);
  const s1 = state.stackAt(1);
  const s2 = orNone(state.stackAt(2), none);
  const b0 = orNone(state.bufferAt(0), none);
  const b1 = orNone(state.bufferAt(1), none);
  const b2 = orNone(state.bufferAt(2), none);
  const b3 = orNone(state.bufferAt(3), none);
  const S0 = orNone(s0, none);
  const S1 = orNone(s1, none);
  const s0l = s0 < 0 ? none : orNone(leftmost[s0], none);
  const s0l2 = s0 < 0 ? none : orNone(leftmost2[s0], none);
  const s0r = s0 < 0 ? none : orNone(rightmost[s0], none);
  const s0r2 = s0 < 0 ? none : orNone(rightmost2[s0], none);
  const s1l = s1 < 0 ? none : orNone(leftmost[s1], none);
  const s1r = s1 < 0 ? none : orNone(rightmost[s1], none);
  const s1r2 = s1 < 0 ? none : orNone(rightmost2[s1], none);
  const b0l = b0 === none ? none : orNone(leftmost[b0], none);
  const b0l2 = b0 === none ? none : orNone(leftmost2[b0], none);
  a[S0W] = W[S0];
  a[S0T] = T[S0];
  a[S1W] = W[S1];
  a[S1T] = T[S1];
  a[B0W] = W[b0];
  a[B0T] = T[b0];
  a[B1W] = W[b1];
  a[B1T] = T[b1];
  a[B2W] = W[b2];
  a[B2T] = T[b2];
  a[S2W] = W[s2];
  a[S2T] = T[s2];
  a[D] = s0 < 0 ? 7 : distanceBucket(b0 - s0);
  a[D2] = s0 < 0 || s1 < 0 ? 7 : distanceBucket(s0 - s1);
  a[S0VL] = s0 < 0 ? 5 : valency(leftCount[s0]);
  a[S0VR] = s0 < 0 ? 5 : valency(rightCount[s0]);
  a[S1VR] = s1 < 0 ? 5 : valency(rightCount[s1]);
  a[B0VL] = b0 === none ? 5 : valency(leftCount[b0]);
  a[S0L_W] = W[s0l];
  a[S0L_T] = T[s0l];
  a[S0R_W] = W[s0r];
  a[S0R_T] = T[s0r];
  a[B0L_W] = W[b0l];
  a[B0L_T] = T[b0l];
  a[S1R_W] = W[s1r];
  a[S1R_T] = T[s1r];
  a[S1L_T] = T[s1l];
  a[S0L2_T] = T[s0l2];
  a[S0R2_T] = T[s0r2];
  a[B0L2_T] = T[b0l2];
  a[S1R2_T] = T[s1r2];
  a[S0C] = C[S0];
  a[S1C] = C[S1];
  a[B0C] = C[b0];
  a[B1C] = C[b1];
  a[B2C] = C[b2];
  a[B3C] = C[b3];
  a[S2C] = C[s2];
  a[S0L_C] = C[s0l];
  a[S0R_C] = C[s0r];
  a[S1R_C] = C[s1r];
  a[PB] = between(input.punctuationBefore, s0, b0 === none ? -1 : b0);
  a[VB] = between(input.verbsBefore, s0, b0 === none ? -1 : b0);
  a[PS] = between(input.punctuationBefore, s1, s0);
}

function orNone(position: number, none: number): number {
  return position < 0 ? none : position;
}
