// Run-time layout of a classifier's weights, built once at load: open-addressing tables of 8-byte slots
// that hold the feature key next to its votes (or where its votes are). Votes are the 16-bit integers the
// model file stores: a classifier's scores are only ever compared with each other, and one scale factor
// for all of them does not change which is largest. Scoring is memory-bound (a sentence looks up
// thousands of features in megabytes of table), so each score first touches every feature's slot: those
// loads do not depend on each other, and the processor waits for their cache misses all at once.
// The tables live in shared memory: worker threads score with the tables one thread built (WeightTable).
import type { Scorer, SparseWeights } from "./perceptron.ts";

/** Slots at most this full: short probe runs without a table twice the size of the keys. */
const MAX_LOAD = 0.7;
const QUANTUM = 32767;

export interface CompiledScorer extends Scorer {
  /** Bytes of typed arrays the table holds. */
  readonly byteLength: number;
  /** The table as data over shared memory: posted to another thread, it is the same table, not a copy. */
  readonly table: WeightTable;
}

/** A built table as data; `compileWeights(table)` scores with it as the scorer that built it does. */
export type WeightTable =
  | { layout: "inline"; classes: number; capacity: number; slots: Int32Array }
  | { layout: "rows"; classes: number; capacity: number; slots: Int32Array; votes: Int32Array };

/**
 * A classifier's weights as rows read once to build a table: the model file's rows at load (no copy of
 * the weights in between), or sparse weights in training and tests.
 */
export interface WeightRows {
  readonly classes: number;
  readonly rows: number;
  readonly votes: number;
  /** Each row's key and its (class, 16-bit vote) pairs; the arrays are scratch, valid during the call. */
  eachRow(visit: (key: number, classOf: Uint8Array, votes: Int16Array, count: number) => void): void;
}

/**
 * The run-time table for these weights: votes in the slot for three classes or fewer, else in rows. Given a
 * table already built (another thread's), the scorer reads that table.
 */
export function compileWeights(weights: WeightRows | SparseWeights | WeightTable): CompiledScorer {
  if ("layout" in weights) return weights.layout === "inline" ? new InlineWeights(weights) : new RowWeights(weights);
  const rows = "eachRow" in weights ? weights : sparseRows(weights);
  return rows.classes <= 3 ? new InlineWeights(rows) : new RowWeights(rows);
}

/** Zeroed 32-bit integers in memory that worker threads can share. */
function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * length));
}

/** Sparse weights as rows of 16-bit votes: scaled so that the largest is 32767, as the model file stores them. */
export function sparseRows(weights: SparseWeights): WeightRows {
  const { keys, rowStart, classOf, value } = weights;
  let largest = 0;
  for (let k = 0; k < value.length; k++) largest = Math.max(largest, Math.abs(value[k]));
  const scale = largest > 0 ? QUANTUM / largest : 1;
  const votes = new Int16Array(Math.max(weights.classes, 1));
  return {
    classes: weights.classes,
    rows: keys.length,
    votes: value.length,
    eachRow(visit) {
      for (let row = 0; row < keys.length; row++) {
        const first = rowStart[row];
        const count = rowStart[row + 1] - first;
        for (let k = 0; k < count; k++) votes[k] = Math.round(value[first + k] * scale);
        visit(keys[row], classOf.subarray(first, first + count), votes, count);
      }
    },
  };
}

/**
 * Slots for this many keys, and the factor that maps a key's low 21 bits onto them (the inline slots keep the upper 16): any table size, not
 * only powers of two, which would leave a table between half and a third full (megabytes at run time).
 */
function tableFor(keys: number): { capacity: number; spread: number } {
  const capacity = Math.max(1024, Math.ceil(keys / MAX_LOAD));
  return { capacity, spread: spreadOf(capacity) };
}

function spreadOf(capacity: number): number {
  return capacity / 2 ** 21;
}

/**
 * Up to three classes (the parser's transitions): a slot is [fingerprint << 16 | vote 0, vote 1 << 16 |
 * vote 2]. It keeps only the key's upper 16 bits, which with the slot's position tell features apart but
 * for rare stray matches of unknown features (on EWT dev, UAS and LAS within 0.02 of matching whole keys).
 */
export class InlineWeights implements CompiledScorer {
  readonly classes: number;
  private readonly capacity: number;
  /** A key's first slot is (key & 0x1fffff) * spread. */
  private readonly spread: number;
  private readonly slots: Int32Array;
  /** Where the touching loop leaves its result, so that the compiler cannot drop it. */
  touched = 0;

  constructor(weights: WeightRows | Extract<WeightTable, { layout: "inline" }>) {
    this.classes = weights.classes;
    if ("layout" in weights) {
      ({ capacity: this.capacity, slots: this.slots } = weights);
      this.spread = spreadOf(this.capacity);
      return;
    }
    ({ capacity: this.capacity, spread: this.spread } = tableFor(weights.rows));
    this.slots = sharedInt32(this.capacity * 2);
    const inSlot = [0, 0, 0];
    weights.eachRow((key, classOf, votes, count) => {
      let i = ((key & 0x1fffff) * this.spread) | 0;
      while (this.slots[2 * i] !== 0) i = i + 1 < this.capacity ? i + 1 : 0;
      inSlot.fill(0);
      for (let k = 0; k < count; k++) inSlot[classOf[k]] = votes[k];
      this.slots[2 * i] = (fingerprint(key) << 16) | (inSlot[0] & 0xffff);
      this.slots[2 * i + 1] = (inSlot[1] << 16) | (inSlot[2] & 0xffff);
    });
  }

  get byteLength(): number {
    return this.slots.byteLength;
  }

  get table(): WeightTable {
    return { layout: "inline", classes: this.classes, capacity: this.capacity, slots: this.slots };
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { slots, capacity, spread } = this;
    let touched = 0;
    for (let f = 0; f < count; f++) touched |= slots[2 * (((features[f] & 0x1fffff) * spread) | 0)];
    this.touched = touched;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f];
      const print = fingerprint(key);
      let i = ((key & 0x1fffff) * spread) | 0;
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
        i = i + 1 < capacity ? i + 1 : 0;
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

/**
 * Many classes (tags, relations): a slot is [key, start << 8 | vote count], the row's votes contiguous
 * from `start` in `votes`, each (vote << 8 | class).
 */
export class RowWeights implements CompiledScorer {
  readonly classes: number;
  private readonly capacity: number;
  /** A key's first slot is (key & 0x1fffff) * spread. */
  private readonly spread: number;
  private readonly slots: Int32Array;
  private readonly votes: Int32Array;
  /** Scratch: the packed slot of each feature found, between finding the rows and adding their votes. */
  private rows = new Int32Array(128);
  touched = 0;

  constructor(weights: WeightRows | Extract<WeightTable, { layout: "rows" }>) {
    this.classes = weights.classes;
    if ("layout" in weights) {
      ({ capacity: this.capacity, slots: this.slots, votes: this.votes } = weights);
      this.spread = spreadOf(this.capacity);
      return;
    }
    if (weights.votes >= 1 << 23) throw new Error(`a classifier has at most 2^23 votes, not ${weights.votes}`);
    ({ capacity: this.capacity, spread: this.spread } = tableFor(weights.rows));
    this.slots = sharedInt32(this.capacity * 2);
    this.votes = sharedInt32(weights.votes);
    let next = 0;
    weights.eachRow((key, classOf, votes, count) => {
      let i = ((key & 0x1fffff) * this.spread) | 0;
      while (this.slots[2 * i] !== 0) i = i + 1 < this.capacity ? i + 1 : 0;
      this.slots[2 * i] = key;
      this.slots[2 * i + 1] = (next << 8) | count;
      for (let k = 0; k < count; k++) this.votes[next++] = (votes[k] << 8) | classOf[k];
    });
  }

  get byteLength(): number {
    return this.slots.byteLength + this.votes.byteLength;
  }

  get table(): WeightTable {
    const { classes, capacity, slots, votes } = this;
    return { layout: "rows", classes, capacity, slots, votes };
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const { slots, capacity, spread, votes } = this;
    if (this.rows.length < count) this.rows = new Int32Array(count);
    const rows = this.rows;
    let touched = 0;
    for (let f = 0; f < count; f++) touched |= slots[2 * (((features[f] & 0x1fffff) * spread) | 0)];
    // The rows found, and a touch of each row's first vote: the votes' cache misses, too, overlap.
    let found = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f] | 0;
      let i = ((key & 0x1fffff) * spread) | 0;
      for (;;) {
        const slot = slots[2 * i];
        if (slot === key) {
          const packed = slots[2 * i + 1];
          touched |= votes[packed >>> 8];
          rows[found++] = packed;
          break;
        }
        if (slot === 0) break;
        i = i + 1 < capacity ? i + 1 : 0;
      }
    }
    this.touched = touched;
    scores.fill(0, 0, this.classes);
    for (let r = 0; r < found; r++) {
      const packed = rows[r];
      const first = packed >>> 8;
      const end = first + (packed & 0xff);
      for (let k = first; k < end; k++) {
        const vote = votes[k];
        scores[vote & 0xff] += vote >> 8;
      }
    }
  }
}
