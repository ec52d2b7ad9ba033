// 32-bit hashes for feature ids: words are hashed once per sentence, features combine integers, so the
// hot loop never builds strings. 0 is never returned (the feature table uses 0 for an empty slot).

/** FNV-1a over UTF-16 code units (of text[from, to): the same as hashing text.slice(from, to)). */
export function hashString(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0 || 1;
}

/** Mixes one more integer into a running hash (murmur3's finaliser over the pair). */
export function combine(h: number, value: number): number {
  let x = Math.imul(h ^ Math.imul(value, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0 || 1;
}

export function feature1(template: number, a: number): number {
  return combine(combine(template + 0x51ed27, a), 0x1b873593);
}

export function feature2(template: number, a: number, b: number): number {
  return combine(combine(template + 0x51ed27, a), b);
}

export function feature3(template: number, a: number, b: number, c: number): number {
  return combine(combine(combine(template + 0x51ed27, a), b), c);
}

export function feature4(template: number, a: number, b: number, c: number, d: number): number {
  return combine(combine(combine(combine(template + 0x51ed27, a), b), c), d);
}
