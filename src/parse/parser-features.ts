// Zhang & Nivre (2011) style features for arc-hybrid: words and tags of the stack top three, the buffer
// front three, the nearest and second children of s0, s1 and b0, distances and valencies, combined
// into pairs and triples. Each feature is one integer hash; no strings are built here.

import type { ArcHybridState } from "./arc-hybrid.ts";
import { feature1, feature2, feature3, feature4 } from "./hashing.ts";

export const PARSER_FEATURES = 104;

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

// Over 80 lines: the feature templates in the model's fixed order (the model file records the feature-set number); one flat list is the easiest to check against it.
export function parserFeatures(state: ArcHybridState, input: ParserInput, out: Uint32Array): number {
  const none = state.n + 1;
  const at = (x: number) => (x < 0 ? none : x);
  const W = input.words;
  const T = input.tags;
  const s0 = state.stackAt(0);
  const s1 = state.stackAt(1);
  const s2 = at(state.stackAt(2));
  const b0 = at(state.bufferAt(0));
  const b1 = at(state.bufferAt(1));
  const b2 = at(state.bufferAt(2));
  const s0l = at(s0 < 0 ? -1 : state.leftmost[s0]);
  const s0l2 = at(s0 < 0 ? -1 : state.leftmost2[s0]);
  const s0r = at(s0 < 0 ? -1 : state.rightmost[s0]);
  const s0r2 = at(s0 < 0 ? -1 : state.rightmost2[s0]);
  const s1l = at(s1 < 0 ? -1 : state.leftmost[s1]);
  const s1r = at(s1 < 0 ? -1 : state.rightmost[s1]);
  const s1r2 = at(s1 < 0 ? -1 : state.rightmost2[s1]);
  const b0l = at(b0 === none ? -1 : state.leftmost[b0]);
  const b0l2 = at(b0 === none ? -1 : state.leftmost2[b0]);
  const S0 = at(s0);
  const S1 = at(s1);
  const s0w = W[S0];
  const s0t = T[S0];
  const s1w = W[S1];
  const s1t = T[S1];
  const b0w = W[b0];
  const b0t = T[b0];
  const b1w = W[b1];
  const b1t = T[b1];
  const d = s0 < 0 ? 7 : distanceBucket(b0 - s0);
  const d2 = s0 < 0 || s1 < 0 ? 7 : distanceBucket(s0 - s1);
  const s0vl = s0 < 0 ? 5 : valency(state.leftCount[s0]);
  const s0vr = s0 < 0 ? 5 : valency(state.rightCount[s0]);
  const s1vr = s1 < 0 ? 5 : valency(state.rightCount[s1]);
  const b0vl = b0 === none ? 5 : valency(state.leftCount[b0]);
  let n = 0;
  // single positions
  out[n++] = feature1(1, s0w);
  out[n++] = feature1(2, s0t);
  out[n++] = feature2(3, s0w, s0t);
  out[n++] = feature1(4, s1w);
  out[n++] = feature1(5, s1t);
  out[n++] = feature2(6, s1w, s1t);
  out[n++] = feature1(7, b0w);
  out[n++] = feature1(8, b0t);
  out[n++] = feature2(9, b0w, b0t);
  out[n++] = feature1(10, b1w);
  out[n++] = feature1(11, b1t);
  out[n++] = feature2(12, b1w, b1t);
  out[n++] = feature1(13, W[b2]);
  out[n++] = feature1(14, T[b2]);
  out[n++] = feature1(15, T[s2]);
  out[n++] = feature1(16, W[s2]);
  // pairs: s0 with b0 (a LEFT candidate), s1 with s0 (a RIGHT candidate)
  out[n++] = feature4(17, s0w, s0t, b0w, b0t);
  out[n++] = feature3(18, s0w, s0t, b0w);
  out[n++] = feature3(19, s0w, b0w, b0t);
  out[n++] = feature3(20, s0w, s0t, b0t);
  out[n++] = feature3(21, s0t, b0w, b0t);
  out[n++] = feature2(22, s0w, b0w);
  out[n++] = feature2(23, s0t, b0t);
  out[n++] = feature2(24, b0t, b1t);
  out[n++] = feature4(25, s1w, s1t, s0w, s0t);
  out[n++] = feature2(26, s1w, s0w);
  out[n++] = feature2(27, s1t, s0t);
  out[n++] = feature3(28, s1w, s1t, s0t);
  out[n++] = feature3(29, s1t, s0w, s0t);
  out[n++] = feature2(30, b0w, b1w);
  out[n++] = feature3(31, s0w, b0t, b1t);
  // tag triples
  out[n++] = feature3(32, b0t, b1t, T[b2]);
  out[n++] = feature3(33, s0t, b0t, b1t);
  out[n++] = feature3(34, s1t, s0t, b0t);
  out[n++] = feature3(35, T[s2], s1t, s0t);
  out[n++] = feature3(36, s0t, T[s0l], b0t);
  out[n++] = feature3(37, s0t, T[s0r], b0t);
  out[n++] = feature3(38, s0t, b0t, T[b0l]);
  out[n++] = feature3(39, s1t, s0t, T[s0l]);
  out[n++] = feature3(40, s1t, T[s1r], s0t);
  out[n++] = feature3(41, s1t, s0t, T[s0r]);
  out[n++] = feature3(42, s1t, T[s1l], s0t);
  // distances
  out[n++] = feature2(43, s0w, d);
  out[n++] = feature2(44, s0t, d);
  out[n++] = feature2(45, b0w, d);
  out[n++] = feature2(46, b0t, d);
  out[n++] = feature3(47, s0w, b0w, d);
  out[n++] = feature3(48, s0t, b0t, d);
  out[n++] = feature3(49, s1t, s0t, d2);
  out[n++] = feature3(50, s1w, s0w, d2);
  out[n++] = feature2(51, s1w, d2);
  out[n++] = feature2(52, s0w, d2);
  // valencies
  out[n++] = feature2(53, s0w, s0vr);
  out[n++] = feature2(54, s0t, s0vr);
  out[n++] = feature2(55, s0w, s0vl);
  out[n++] = feature2(56, s0t, s0vl);
  out[n++] = feature2(57, b0w, b0vl);
  out[n++] = feature2(58, b0t, b0vl);
  out[n++] = feature2(59, s1w, s1vr);
  out[n++] = feature2(60, s1t, s1vr);
  // children
  out[n++] = feature1(61, W[s0l]);
  out[n++] = feature1(62, T[s0l]);
  out[n++] = feature1(63, W[s0r]);
  out[n++] = feature1(64, T[s0r]);
  out[n++] = feature1(65, W[b0l]);
  out[n++] = feature1(66, T[b0l]);
  out[n++] = feature1(67, W[s1r]);
  out[n++] = feature1(68, T[s1r]);
  out[n++] = feature1(69, T[s1l]);
  out[n++] = feature1(70, T[s0l2]);
  out[n++] = feature1(71, T[s0r2]);
  out[n++] = feature1(72, T[b0l2]);
  out[n++] = feature1(73, T[s1r2]);
  out[n++] = feature3(74, s0t, T[s0l], T[s0l2]);
  out[n++] = feature3(75, s0t, T[s0r], T[s0r2]);
  out[n++] = feature3(76, b0t, T[b0l], T[b0l2]);
  out[n++] = feature3(77, s1t, T[s1r], T[s1r2]);
  out[n++] = feature3(78, s0w, T[s0l], b0t);
  out[n++] = feature3(79, s0t, T[s0r], b0w);
  out[n++] = feature4(80, s0t, b0t, b1t, T[b2]);
  // coarse tags and what lies between the candidates
  const C = input.coarse;
  const s0c = C[S0];
  const s1c = C[S1];
  const b0c = C[b0];
  const b1c = C[b1];
  const pb = between(input.punctuationBefore, s0, b0 === none ? -1 : b0);
  const vb = between(input.verbsBefore, s0, b0 === none ? -1 : b0);
  const ps = between(input.punctuationBefore, s1, s0);
  out[n++] = feature2(81, s0c, b0c);
  out[n++] = feature2(82, s1c, s0c);
  out[n++] = feature3(83, s1c, s0c, b0c);
  out[n++] = feature3(84, s0c, b0c, b1c);
  out[n++] = feature3(85, s0c, C[s0l], b0c);
  out[n++] = feature3(86, s0c, C[s0r], b0c);
  out[n++] = feature3(87, s1c, C[s1r], s0c);
  out[n++] = feature3(88, pb, s0t, b0t);
  out[n++] = feature3(89, pb, s0c, b0c);
  out[n++] = feature3(90, pb, d, b0c);
  out[n++] = feature3(91, ps, s1t, s0t);
  out[n++] = feature3(92, vb, s0c, b0c);
  out[n++] = feature4(93, vb, pb, s0c, b0c);
  out[n++] = feature3(94, s0w, b0c, pb);
  out[n++] = feature3(95, s0c, b0w, pb);
  out[n++] = feature4(96, s1c, s0c, ps, d2);
  const b3 = at(state.bufferAt(3));
  out[n++] = feature3(97, s0c, b0c, d);
  out[n++] = feature4(98, s0t, s0vl, s0vr, b0t);
  out[n++] = feature3(99, s0w, s1t, b0t);
  out[n++] = feature3(100, b0w, s0t, s1t);
  out[n++] = feature3(101, b1c, C[b2], C[b3]);
  out[n++] = feature3(102, s0c, b0c, b0vl);
  out[n++] = feature4(103, C[s2], s1c, s0c, b0c);
  out[n++] = feature3(104, W[b0l], b0t, s0t);
  return n;
}
