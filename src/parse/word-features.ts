// Per-word hashes computed once per sentence (lower-cased form, affixes, shape), shared by the tagger's
// features. Positions are padded by two on each side so that i±2 never needs a bounds check.
import { hashString } from "./hashing.ts";

export const PAD = 2;
const START = hashString("<s>");
const END = hashString("</s>");

export class WordHashes {
  word = new Uint32Array(0);
  suffix1 = new Uint32Array(0);
  suffix2 = new Uint32Array(0);
  suffix3 = new Uint32Array(0);
  suffix4 = new Uint32Array(0);
  prefix1 = new Uint32Array(0);
  prefix3 = new Uint32Array(0);
  shape = new Uint32Array(0);
  /** How the sentence is cased: 1 mostly lower case, 2 headline (most words capitalised), 3 all capitals. */
  casing = 0;

  constructor(forms: readonly string[] = []) {
    this.set(forms);
  }

  /** Hashes these words, reusing the arrays when they are long enough (one set per loaded model). */
  set(forms: readonly string[]): this {
    const size = forms.length + 2 * PAD;
    if (this.word.length < size) {
      this.word = new Uint32Array(size);
      this.suffix1 = new Uint32Array(size);
      this.suffix2 = new Uint32Array(size);
      this.suffix3 = new Uint32Array(size);
      this.suffix4 = new Uint32Array(size);
      this.prefix1 = new Uint32Array(size);
      this.prefix3 = new Uint32Array(size);
      this.shape = new Uint32Array(size);
    }
    this.casing = sentenceCasing(forms);
    for (let p = 0; p < size; p++) {
      const i = p - PAD;
      if (i < 0 || i >= forms.length) {
        const edge = i < 0 ? START : END;
        for (const a of this.arrays()) a[p] = edge;
        continue;
      }
      // Affixes hashed in place: the same hashes as of their slices, without making the strings.
      const form = forms[i];
      const lower = normalizeWord(form);
      const n = lower.length;
      this.word[p] = hashString(lower);
      this.suffix1[p] = hashString(lower, Math.max(0, n - 1), n);
      this.suffix2[p] = hashString(lower, Math.max(0, n - 2), n);
      this.suffix3[p] = hashString(lower, Math.max(0, n - 3), n);
      this.suffix4[p] = hashString(lower, Math.max(0, n - 4), n);
      this.prefix1[p] = hashString(form, 0, Math.min(1, form.length));
      this.prefix3[p] = hashString(lower, 0, Math.min(3, n));
      this.shape[p] = hashString(wordShape(form));
    }
    return this;
  }

  private arrays(): Uint32Array[] {
    return [this.word, this.suffix1, this.suffix2, this.suffix3, this.suffix4, this.prefix1, this.prefix3, this.shape];
  }
}

function sentenceCasing(forms: readonly string[]): number {
  let letters = 0;
  let capitalised = 0;
  let upper = 0;
  for (const form of forms) {
    if (!/\p{L}/u.test(form[0] ?? "")) continue;
    letters++;
    if (form[0] !== form[0].toLowerCase()) capitalised++;
    if (form.length > 1 && form === form.toUpperCase()) upper++;
  }
  if (letters < 3) return 0;
  if (upper * 2 > letters) return 3;
  return capitalised * 3 > letters * 2 ? 2 : 1;
}

/** Lower case with digits folded to 0, so that "1985" and "2003" share their features. */
export function normalizeWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, "0");
}

/** "Xx", "x", "X.X.", "d,d", "x-x": letter case and digit classes with runs collapsed, at most 6 marks. */
export function wordShape(form: string): string {
  let shape = "";
  let last = "";
  for (let i = 0; i < form.length && shape.length < 6; i++) {
    const ch = form[i];
    let mark = ch;
    if (ch >= "0" && ch <= "9") mark = "d";
    else if (ch.toLowerCase() !== ch) mark = "X";
    else if (ch.toUpperCase() !== ch) mark = "x";
    if (mark !== last) shape += mark;
    last = mark;
  }
  return shape;
}
