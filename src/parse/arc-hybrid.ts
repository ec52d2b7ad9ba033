// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
// (Ballesteros & Nivre 2013) and its dynamic oracle (Goldberg & Nivre 2013): the cost of a transition
// is the number of gold arcs it makes unreachable, so training can follow the model's own mistakes.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

export class ArcHybridState {
  /** Word count; index `n` is the root, which waits at the end of the buffer. */
  n: number;
  /** The most words this state's arrays hold (a state is reset for the next sentence, not rebuilt). */
  readonly capacity: number;
  readonly stack: Int32Array;
  stackSize = 0;
  /** The front of the buffer (b0); the buffer is b0..n. */
  front = 0;
  readonly heads: Int32Array;
  readonly leftmost: Int32Array;
  readonly leftmost2: Int32Array;
  readonly rightmost: Int32Array;
  readonly rightmost2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.capacity = n;
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n + 1);
    this.leftmost = new Int32Array(n + 1);
    this.leftmost2 = new Int32Array(n + 1);
    this.rightmost = new Int32Array(n + 1);
    this.rightmost2 = new Int32Array(n + 1);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
    this.reset(n);
  }

  /** The initial state for a sentence of n ≤ capacity words. */
  reset(n: number): this {
    this.n = n;
    this.stackSize = 0;
    this.front = 0;
    for (const a of [this.heads, this.leftmost, this.leftmost2, this.rightmost, this.rightmost2]) a.fill(-1, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
    return this;
  }

  done(): boolean {
    return this.front === this.n && this.stackSize === 0;
  }

  /** The i-th item from the top of the stack, or -1. */
  stackAt(i: number): number {
    return i < this.stackSize ? this.stack[this.stackSize - 1 - i] : -1;
  }

  /** The i-th buffer item, or -1 (the root, index n, is the last one). */
  bufferAt(i: number): number {
    return this.front + i <= this.n ? this.front + i : -1;
  }

  legal(t: number): boolean {
    if (t === SHIFT) return this.front < this.n;
    // Only the last word on the stack may attach to the root: exactly one root per sentence.
    if (t === LEFT) return this.stackSize >= 1 && (this.front < this.n || this.stackSize === 1);
    return this.stackSize >= 2;
  }

  apply(t: number): void {
    if (t === SHIFT) {
      this.stack[this.stackSize++] = this.front++;
      return;
    }
    const dependent = this.stack[--this.stackSize];
    if (t === LEFT) {
      const head = this.front;
      this.heads[dependent] = head;
      this.leftmost2[head] = this.leftmost[head];
      this.leftmost[head] = dependent;
      this.leftCount[head]++;
    } else {
      const head = this.stack[this.stackSize - 1];
      this.heads[dependent] = head;
      this.rightmost2[head] = this.rightmost[head];
      this.rightmost[head] = dependent;
      this.rightCount[head]++;
    }
  }

  /** Gold arcs lost by transition t; `gold[i]` is word i's head, `n` for the root. */
  cost(t: number, gold: Int32Array): number {
    const s0 = this.stackAt(0);
    const b0 = this.front;
    if (t === SHIFT) {
      let cost = 0;
      for (let i = 0; i < this.stackSize; i++) {
        const s = this.stack[i];
        if (gold[s] === b0) cost++;
        if (i < this.stackSize - 1 && gold[b0] === s) cost++;
      }
      return cost;
    }
    let cost = this.childrenInBuffer(s0, gold);
    if (t === LEFT) {
      const head = gold[s0];
      if (head !== b0 && (head === this.stackAt(1) || head > b0)) cost++;
    } else if (gold[s0] >= b0) cost++;
    return cost;
  }

  private childrenInBuffer(word: number, gold: Int32Array): number {
    let count = 0;
    for (let i = this.front; i < this.n; i++) if (gold[i] === word) count++;
    return count;
  }
}
