// Open-addressing map from a 32-bit feature hash to a row number, in typed arrays: one probe sequence
// per look-up and no objects, which is what makes scoring thousands of features per sentence cheap.

export class FeatureTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The row of a feature, or -1 when it is unknown. */
  get(key: number): number {
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.rows[i];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of a feature, giving it the next row number when it is new. */
  getOrAdd(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const row = this.size++;
    this.place(key, row);
    return row;
  }

  /** Gives `key`, which must be new, the next row number (for loading a saved table quickly). */
  addNew(key: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key, this.size++);
  }

  /** Every key with its row. */
  entries(): { keys: Uint32Array; rows: Int32Array } {
    const keys = new Uint32Array(this.size);
    const rows = new Int32Array(this.size);
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === 0) continue;
      keys[n] = this.keys[i];
      rows[n++] = this.rows[i];
    }
    return { keys, rows };
  }

  private place(key: number, row: number): void {
    let i = key & this.mask;
    while (this.keys[i] !== 0) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.rows[i] = row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.place(oldKeys[i], oldRows[i]);
  }
}
