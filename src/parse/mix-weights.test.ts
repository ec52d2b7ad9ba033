import { describe, expect, it } from "vitest";
import { mixWeights } from "./mix-weights.ts";
import { SparseWeights } from "./perceptron.ts";

/** Sparse weights of 3 classes from rows [key, [class, vote], ...]. */
function weights(rows: [number, ...[number, number][]][]): SparseWeights {
  const starts = [0];
  const classOf: number[] = [];
  const value: number[] = [];
  for (const [, ...votes] of rows) {
    for (const [c, v] of votes) {
      classOf.push(c);
      value.push(v);
    }
    starts.push(value.length);
  }
  const keys = Uint32Array.from(rows, (r) => r[0]);
  return new SparseWeights(3, keys, Uint32Array.from(starts), Uint8Array.from(classOf), Float32Array.from(value));
}

function scores(w: SparseWeights, features: number[]): number[] {
  const out = new Float64Array(3);
  w.score(Uint32Array.from(features), features.length, out);
  return [...out];
}

describe("mixWeights", () => {
  const a = weights([
    [7, [0, 2], [2, -1]],
    [9, [1, 4]],
  ]);
  const b = weights([
    [7, [0, 1]],
    [11, [2, 6]],
  ]);
  const mixed = mixWeights([a, b]);
  it.each([[[7]], [[9]], [[11]], [[7, 9, 11]], [[5]]])("scores features %j as the mean of the tables", (features) => {
    const expected = scores(a, features).map((s, c) => (s + scores(b, features)[c]) / 2);
    expect(scores(mixed, features)).toEqual(expected);
  });
  it("keeps one table as it is", () => {
    expect(mixWeights([a])).toBe(a);
  });
});
