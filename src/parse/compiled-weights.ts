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
    const { keys, rowStart } = weights;
    for (let row = 0; row < keys.length; row++) {
      let i = keys[row] & this.mask;
      while (this.slots[i * SLOT] !== 0) i = (i + 1) & this.mask;
      this.slots[i * SLOT] = keys[row];
      this.slots[i * SLOT + 1] = rowStart[row];
      this.slots[i * SLOT + 2] = rowStart[row + 1] - rowStart[row];
    }
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
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
}
