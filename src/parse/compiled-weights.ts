// Run-time layout of a classifier's weights, built once at load: an open-addressing table whose slots
// hold the feature key next to its votes, so that scoring one feature costs one cache miss for the slot
// and one for its (contiguous) votes, instead of four look-ups in separate arrays.
import type { Scorer, SparseWeights } from "./perceptron.ts";

const SLOT = 4; // key, first vote, vote count, unused (keeps slots 16-byte aligned)

export class CompiledWeights implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  private readonly slots: Uint32Array;
  /** Votes as (class, weight) pairs: the same buffer seen as integers and as floats. */
  private readonly voteClass: Uint32Array;
  private readonly voteWeight: Float32Array;

  /** For three classes or fewer (the parser's transitions), the votes sit in the slot itself. */
  private readonly inline: Float32Array | undefined;

  constructor(weights: SparseWeights) {
    this.classes = weights.classes;
    let capacity = 1024;
    while (capacity < weights.keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * SLOT);
    const votes = new ArrayBuffer(weights.value.length * 8);
    this.voteClass = new Uint32Array(votes);
    this.voteWeight = new Float32Array(votes);
    for (let k = 0; k < weights.value.length; k++) {
      this.voteClass[2 * k] = weights.classOf[k];
      this.voteWeight[2 * k + 1] = weights.value[k];
    }
    const { keys, rowStart, classOf, value } = weights;
    if (this.classes < SLOT) this.inline = new Float32Array(this.slots.buffer);
    for (let row = 0; row < keys.length; row++) {
      let i = keys[row] & this.mask;
      while (this.slots[i * SLOT] !== 0) i = (i + 1) & this.mask;
      const base = i * SLOT;
      this.slots[base] = keys[row];
      if (this.inline) {
        for (let k = rowStart[row]; k < rowStart[row + 1]; k++) this.inline[base + 1 + classOf[k]] = value[k];
        continue;
      }
      this.slots[base + 1] = rowStart[row];
      this.slots[base + 2] = rowStart[row + 1] - rowStart[row];
    }
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    if (this.inline) {
      this.scoreInline(this.inline, features, count, scores);
      return;
    }
    scores.fill(0, 0, this.classes);
    const { slots, mask, voteClass, voteWeight } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f];
      let i = key & mask;
      let base = i * SLOT;
      while (slots[base] !== key) {
        if (slots[base] === 0) break;
        i = (i + 1) & mask;
        base = i * SLOT;
      }
      if (slots[base] === 0) continue;
      const first = slots[base + 1];
      const end = first + slots[base + 2];
      for (let k = first; k < end; k++) scores[voteClass[2 * k]] += voteWeight[2 * k + 1];
    }
  }

  private scoreInline(inline: Float32Array, features: Uint32Array, count: number, scores: Float64Array): void {
    const { slots, mask, classes } = this;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f];
      let base = (key & mask) * SLOT;
      while (slots[base] !== key) {
        if (slots[base] === 0) break;
        base = (base + SLOT) & (mask * SLOT + SLOT - 1);
      }
      if (slots[base] === 0) continue;
      a += inline[base + 1];
      b += inline[base + 2];
      c += inline[base + 3];
    }
    scores[0] = a;
    if (classes > 1) scores[1] = b;
    if (classes > 2) scores[2] = c;
  }
}
