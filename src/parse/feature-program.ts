// Feature templates as data: each template names the atoms it combines (the word at s0, the tag at b0,
// a distance, ...), and one loop hashes them all. The hashes are exactly those of feature1..feature4 in
// hashing.ts, but computed inside one function over typed arrays, where the JIT keeps 32-bit values in
// registers; a call per feature boxes every hash above 2^30 into a heap number.
import { combine } from "./hashing.ts";

/** The atom `feature1` adds after its one value, so that a one-atom template hashes like feature1. */
const ONE_ATOM_TAIL = 0x1b873593;
const TEMPLATE_SEED = 0x51ed27;

export class FeatureProgram {
  /** [seed, atom count, atom indexes...] per template, in order. */
  private readonly program: Int32Array;
  /** The index of the constant ONE_ATOM_TAIL among the atoms (after the caller's). */
  readonly tailAtom: number;
  readonly atomCount: number;
  readonly templates: number;

  /** `templates[j]` is [template number, ...atom indexes]; atoms are numbered 0..atomCount-1. */
  constructor(atomCount: number, templates: readonly (readonly number[])[]) {
    this.tailAtom = atomCount;
    this.atomCount = atomCount + 1;
    this.templates = templates.length;
    const code: number[] = [];
    for (const [template, ...atoms] of templates) {
      if (atoms.length < 1 || atoms.length > 4) throw new Error(`template ${template} combines 1 to 4 atoms`);
      for (const a of atoms) if (a < 0 || a >= atomCount) throw new Error(`template ${template}: no atom ${a}`);
      const all = atoms.length === 1 ? [atoms[0], this.tailAtom] : atoms;
      code.push(template + TEMPLATE_SEED, all.length, ...all);
    }
    this.program = Int32Array.from(code);
    this.run = compiled(this.program);
  }

  /** Atoms for this program, with the constant tail already in place. */
  newAtoms(): Int32Array {
    const atoms = new Int32Array(this.atomCount);
    atoms[this.tailAtom] = ONE_ATOM_TAIL;
    return atoms;
  }

  /** Writes one hash per template into out[at..]; returns the index after the last. */
  readonly run: (atoms: Int32Array, out: Uint32Array, at?: number) => number;
}

/**
 * The program as one straight-line function: each atom read and mixed once, each template's rounds written out
 * (no loop over the program, whose varying template lengths the processor mispredicts), independent templates
 * side by side for the processor to overlap. The rounds are combine() of hashing.ts.
 */
function compiled(program: Int32Array): (atoms: Int32Array, out: Uint32Array, at?: number) => number {
  const used = new Set<number>();
  const lines: string[] = [];
  let templates = 0;
  for (let pc = 0; pc < program.length; ) {
    const seed = program[pc++];
    const count = program[pc++];
    lines.push(`h = ${seed};`);
    for (let k = 0; k < count; k++) {
      const atom = program[pc++];
      used.add(atom);
      lines.push(
        `x = Math.imul(h ^ m${atom}, 0x85ebca6b); x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35); x ^= x >>> 16; h = x === 0 ? 1 : x;`,
      );
    }
    lines.push(`out[at + ${templates++}] = h;`);
  }
  const mixes = [...used].map((atom) => `const m${atom} = Math.imul(atoms[${atom}], 0x9e3779b1);`);
  const body = [...mixes, "let h = 0;", "let x = 0;", ...lines, `return at + ${templates};`].join("\n");
  return new Function("atoms", "out", "at = 0", body) as (atoms: Int32Array, out: Uint32Array, at?: number) => number;
}

/** The same hash by the slow path (combine), for tests that the program matches hashing.ts. */
export function hashTemplate(template: number, values: readonly number[]): number {
  let h = template + TEMPLATE_SEED;
  for (const v of values.length === 1 ? [values[0], ONE_ATOM_TAIL] : values) h = combine(h, v);
  return h;
}
