// Run-time layout of a classifier's weights, built once at load: an open-addressing table whose slots
// hold the feature key next to its votes (or where its votes start), so that scoring one feature costs
// one cache miss for the slot and, with many classes, one for its contiguous votes. Votes are the 16-bit
// integers the model file stores: a classifier's scores are only ever compared with each other, and one
// scale factor for all of them does not change which is largest.
import type { Scorer, SparseWeights } from "./perceptron.ts";

/** Slots per key at most this full: short probe runs without a table twice the size of the keys. */
const MAX_LOAD = 0.7;
const QUANTUM = 32767;

// Two layouts, both 8 bytes a slot. Many classes: [key, first vote << 8 | vote count], the votes apart,
// each (vote << 8 | class). Three classes or fewer (the parser's transitions): [fingerprint << 16 | vote 0,
// vote 1 << 16 | vote 2], the 16-bit votes in the slot itself and only the key's upper half, which with
// the slot's position tells features apart (an unknown feature meets a stray match once in ~20,000).
export class CompiledWeights implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly votes: Int32Array;
  private readonly inline: boolean;
  /** Where the touching loops leave their result, so that the compiler cannot drop them. */
  touched = 0;

  constructor(weights: SparseWeights) {
    const { keys, rowStart, classOf, value } = weights;
    if (value.length >= 1 << 24) throw new Error(`a classifier has at most 2^24 votes, not ${value.length}`);
    this.classes = weights.classes;
    this.inline = this.classes <= 3;
    let capacity = 1024;
    while (capacity * MAX_LOAD < keys.length) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    this.votes = new Int32Array(this.inline ? 0 : value.length);
    let largest = 0;
    for (let k = 0; k < value.length; k++) largest = Math.max(largest, Math.abs(value[k]));
    const scale = largest > 0 ? QUANTUM / largest : 1;
    const vote = (k: number) => Math.round(value[k] * scale);
    const inlineVotes = [0, 0, 0];
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row];
      let i = key & this.mask;
      while (this.slots[2 * i] !== 0) i = (i + 1) & this.mask;
      const first = rowStart[row];
      const end = rowStart[row + 1];
      if (this.inline) {
        inlineVotes.fill(0);
        for (let k = first; k < end; k++) inlineVotes[classOf[k]] = vote(k);
        const [a, b, c] = inlineVotes;
        this.slots[2 * i] = (fingerprint(key) << 16) | (a & 0xffff);
        this.slots[2 * i + 1] = (b << 16) | (c & 0xffff);
        continue;
      }
      this.slots[2 * i] = key;
      this.slots[2 * i + 1] = (first << 8) | (end - first);
      for (let k = first; k < end; k++) this.votes[k] = (vote(k) << 8) | classOf[k];
    }
  }

  /** Bytes of typed arrays this table holds. */
  get byteLength(): number {
    return this.slots.byteLength + this.votes.byteLength;
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    if (this.inline) {
      this.scoreInline(features, count, scores);
      return;
    }
    scores.fill(0, 0, this.classes);
    const { slots, mask, votes } = this;
    let touched = 0;
    for (let f = 0; f < count; f++) touched |= slots[2 * (features[f] & mask)];
    this.touched = touched;
    for (let f = 0; f < count; f++) {
      const key = features[f] | 0;
      let i = key & mask;
      for (;;) {
        const found = slots[2 * i];
        if (found === key) {
          const packed = slots[2 * i + 1];
          const first = packed >>> 8;
          const end = first + (packed & 0xff);
          for (let k = first; k < end; k++) {
            const vote = votes[k];
            scores[vote & 0xff] += vote >> 8;
          }
          break;
        }
        if (found === 0) break;
        i = (i + 1) & mask;
      }
    }
  }

  private scoreInline(features: Uint32Array, count: number, scores: Float64Array): void {
    const { slots, mask } = this;
    // Touch every feature's home slot first: these loads do not depend on each other, so the processor
    // waits for their cache misses all at once instead of one after the other in the probing loop below.
    let touched = 0;
    for (let f = 0; f < count; f++) touched |= slots[2 * (features[f] & mask)];
    this.touched = touched;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f];
      const print = fingerprint(key);
      let i = key & mask;
      for (;;) {
        const first = slots[2 * i];
        const found = first >>> 16;
        if (found === print) {
          const second = slots[2 * i + 1];
          a += (first << 16) >> 16;
          b += second >> 16;
          c += (second << 16) >> 16;
          break;
        }
        if (found === 0) break;
        i = (i + 1) & mask;
      }
    }
    scores[0] = a;
    if (this.classes > 1) scores[1] = b;
    if (this.classes > 2) scores[2] = c;
  }
}

/** The key's upper 16 bits (never 0, which marks an empty slot): what an inline slot keeps of its key. */
function fingerprint(key: number): number {
  return key >>> 16 || 1;
}
