// Pruning an averaged perceptron's weights: most features took part in one or two updates and were then
// averaged down to votes of about one update's size. Dropping the rows whose largest vote is that small
// removes most of the table at almost no cost in accuracy (thresholds chosen on EWT dev: README "Parsing").
import { SparseWeights } from "./perceptron.ts";

/** The weights without the rows whose largest |vote| is below `minimum`. */
export function pruneWeights(weights: SparseWeights, minimum: number): SparseWeights {
  const { keys, rowStart, classOf, value } = weights;
  let keptRows = 0;
  let keptVotes = 0;
  const keep = new Uint8Array(keys.length);
  for (let row = 0; row < keys.length; row++) {
    let largest = 0;
    for (let k = rowStart[row]; k < rowStart[row + 1]; k++) largest = Math.max(largest, Math.abs(value[k]));
    if (largest < minimum) continue;
    keep[row] = 1;
    keptRows++;
    keptVotes += rowStart[row + 1] - rowStart[row];
  }
  if (keptRows === keys.length) return weights;
  const outKeys = new Uint32Array(keptRows);
  const outStart = new Uint32Array(keptRows + 1);
  const outClass = new Uint8Array(keptVotes);
  const outValue = new Float32Array(keptVotes);
  let r = 0;
  let v = 0;
  for (let row = 0; row < keys.length; row++) {
    if (!keep[row]) continue;
    outKeys[r] = keys[row];
    for (let k = rowStart[row]; k < rowStart[row + 1]; k++, v++) {
      outClass[v] = classOf[k];
      outValue[v] = value[k];
    }
    outStart[++r] = v;
  }
  return new SparseWeights(weights.classes, outKeys, outStart, outClass, outValue);
}
