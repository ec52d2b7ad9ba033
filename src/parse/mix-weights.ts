// Several perceptrons trained apart (other shuffles, other seeds) voting together: their scores are linear
// in the same hashed features, so the sum of their scores is the score of one table of averaged votes, and
// the ensemble costs a run time one table's look-ups (more rows: the features only some of them kept).
import { SparseWeights } from "./perceptron.ts";

/** One table whose votes are the mean of the given tables' votes (a row missing from a table votes 0). */
export function mixWeights(tables: readonly SparseWeights[]): SparseWeights {
  if (tables.length === 1) return tables[0];
  const classes = tables[0].classes;
  if (tables.some((t) => t.classes !== classes)) throw new Error("mixWeights: the tables score different classes");
  const sums = new Map<number, Float64Array>();
  for (const { keys, rowStart, classOf, value } of tables)
    for (let row = 0; row < keys.length; row++) {
      let votes = sums.get(keys[row]);
      if (!votes) {
        votes = new Float64Array(classes);
        sums.set(keys[row], votes);
      }
      for (let k = rowStart[row]; k < rowStart[row + 1]; k++) votes[classOf[k]] += value[k] / tables.length;
    }
  const keys = new Uint32Array(sums.size);
  const rowStart = new Uint32Array(sums.size + 1);
  const classOf: number[] = [];
  const value: number[] = [];
  let row = 0;
  for (const [key, votes] of sums) {
    keys[row] = key;
    for (let c = 0; c < classes; c++)
      if (votes[c] !== 0) {
        classOf.push(c);
        value.push(votes[c]);
      }
    rowStart[++row] = value.length;
  }
  return new SparseWeights(classes, keys, rowStart, Uint8Array.from(classOf), Float32Array.from(value));
}
