// Averaged perceptron (Collins 2002) over hashed features. Training keeps dense rows per feature that
// took part in an update; the averaged weights then become a sparse table for run time.
import { FeatureTable } from "./feature-table.ts";

/** Run-time weights: for each known feature, the classes it votes for and by how much. */
export class SparseWeights {
  private lookup: FeatureTable | undefined;

  /** `keys[row]` is the feature of each row; row r's votes are entries rowStart[r]..rowStart[r+1]. */
  constructor(
    readonly classes: number,
    readonly keys: Uint32Array,
    readonly rowStart: Uint32Array,
    readonly classOf: Uint8Array,
    readonly value: Float32Array,
  ) {}

  /** Built on first use: run time scores through compileWeights() tables instead. */
  get table(): FeatureTable {
    if (!this.lookup) {
      this.lookup = new FeatureTable(this.keys.length);
      for (let i = 0; i < this.keys.length; i++) this.lookup.addNew(this.keys[i]);
    }
    return this.lookup;
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    scores.fill(0, 0, this.classes);
    const { table, rowStart, classOf, value } = this;
    for (let f = 0; f < count; f++) {
      const row = table.get(features[f]);
      if (row < 0) continue;
      for (let k = rowStart[row], end = rowStart[row + 1]; k < end; k++) scores[classOf[k]] += value[k];
    }
  }
}

export interface Scorer {
  readonly classes: number;
  score(features: Uint32Array, count: number, scores: Float64Array): void;
}

export class PerceptronTrainer implements Scorer {
  readonly table = new FeatureTable(1 << 16);
  private weights = new Float32Array(0);
  // Σ step·δ per weight: the average is w - totals/step, with no per-weight timestamps.
  private totals = new Float64Array(0);
  private step = 1;

  constructor(readonly classes: number) {
    if (classes > 255) throw new Error(`a classifier has at most 255 classes, not ${classes}`);
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    scores.fill(0, 0, this.classes);
    const { table, weights, classes } = this;
    for (let f = 0; f < count; f++) {
      const row = table.get(features[f]);
      if (row < 0) continue;
      const base = row * classes;
      for (let c = 0; c < classes; c++) scores[c] += weights[base + c];
    }
  }

  /** Moves weight from the guessed class to the true one on every feature. */
  update(features: Uint32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const row = this.table.getOrAdd(features[f]);
      if (row * this.classes >= this.weights.length) this.growRows();
      const base = row * this.classes;
      this.weights[base + truth] += 1;
      this.totals[base + truth] += this.step;
      this.weights[base + guess] -= 1;
      this.totals[base + guess] -= this.step;
    }
  }

  /** One training example has been seen (the unit of averaging). */
  tick(): void {
    this.step++;
  }

  /** The averaged weights as a sparse table, dropping votes smaller than `minimum`. */
  averaged(minimum = 1e-3): SparseWeights {
    const { keys, rows } = this.table.entries();
    const kept: number[] = [];
    const starts: number[] = [0];
    const classOf: number[] = [];
    const value: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const base = rows[i] * this.classes;
      const before = value.length;
      for (let c = 0; c < this.classes; c++) {
        const w = this.weights[base + c] - this.totals[base + c] / this.step;
        if (Math.abs(w) < minimum) continue;
        classOf.push(c);
        value.push(w);
      }
      if (value.length === before) continue;
      kept.push(keys[i]);
      starts.push(value.length);
    }
    return new SparseWeights(
      this.classes,
      Uint32Array.from(kept),
      Uint32Array.from(starts),
      Uint8Array.from(classOf),
      Float32Array.from(value),
    );
  }

  private growRows(): void {
    const size = Math.max(1024 * this.classes, this.weights.length * 2);
    const weights = new Float32Array(size);
    weights.set(this.weights);
    const totals = new Float64Array(size);
    totals.set(this.totals);
    this.weights = weights;
    this.totals = totals;
  }
}

/** The index of the highest score among the allowed classes (all when `allowed` is omitted). */
export function argmax(scores: Float64Array, classes: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < classes; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
