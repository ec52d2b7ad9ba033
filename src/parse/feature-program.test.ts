import { describe, expect, it } from "vitest";
import { FeatureProgram, hashTemplate } from "./feature-program.ts";
import { feature1, feature2, feature3, feature4 } from "./hashing.ts";

describe("feature programs", () => {
  // Atoms of all sizes: small tag ids, and word hashes above 2^31 (negative once stored as int32).
  const values = [3, 0xfedcba98, 0, 0x80000001, 77, 0x7fffffff];
  const program = new FeatureProgram(values.length, [
    [1, 0],
    [2, 1],
    [3, 0, 1],
    [4, 1, 3, 4],
    [5, 5, 2, 1, 0],
    [6, 2],
  ]);
  const atoms = program.newAtoms();
  values.forEach((v, i) => {
    atoms[i] = v;
  });
  const out = new Uint32Array(8);
  const count = program.run(atoms, out, 1);

  it("hashes each template exactly as feature1..feature4 do", () => {
    expect(count).toBe(7);
    expect([...out.subarray(1, 7)]).toEqual([
      feature1(1, 3),
      feature1(2, 0xfedcba98),
      feature2(3, 3, 0xfedcba98),
      feature3(4, 0xfedcba98, 0x80000001, 77),
      feature4(5, 0x7fffffff, 0, 0xfedcba98, 3),
      feature1(6, 0),
    ]);
    expect(hashTemplate(4, [0xfedcba98, 0x80000001, 77])).toBe(out[4]);
  });

  it("refuses a template that names a missing atom or too many", () => {
    expect(() => new FeatureProgram(2, [[1, 2]])).toThrow(/template 1: no atom 2/);
    expect(() => new FeatureProgram(9, [[1, 0, 1, 2, 3, 4]])).toThrow(/1 to 4 atoms/);
  });
});
