// A MinHash signature of an article body, so that the store can find near-duplicates: a wire story republished
// with another headline, byline or boilerplate shares most of its word shingles with the first copy, and the
// share of equal signature values estimates that overlap (Jaccard similarity of the two shingle sets).

/** Values in a signature: the store looks them up in 20 bands of 6; the estimate's error is about ±0.04. */
export const SIGNATURE_LENGTH = 120;
const SHINGLE_WORDS = 4;
// Paragraphs shorter than this are bylines, datelines, "Read more" and copyright lines: what republishers
// change. Leaving them out keeps the signature to the story itself.
const MIN_PARAGRAPH_WORDS = 8;
// Too few shingles and any two texts look alike or unalike by chance: no signature, no near-duplicate check.
const MIN_SHINGLES = 20;

/** Seeds of the hash functions, fixed so that signatures compare across processes and versions. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, index) =>
  mix(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)),
);

/** The signature of `body` (the article text after any front matter), or null when it is too short to tell. */
export function nearDuplicateSignature(body: string): number[] | null {
  const words = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((paragraphWords) => paragraphWords.length >= MIN_PARAGRAPH_WORDS)
    .flat();
  const shingles = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index += 1) {
    shingles.add(fnv1a(words.slice(index, index + SHINGLE_WORDS).join(" ")));
  }
  if (shingles.size < MIN_SHINGLES) return null;
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
      const value = mix(shingle ^ SEEDS[index]);
      if (value < signature[index]) signature[index] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures: the share of equal values. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index]) equal += 1;
  return equal / a.length;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output, as a hash function family needs. */
function mix(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The signature of a read article's body (its text after any front matter). */
export function articleSignature(article: { text: string; bodyStart: number }): number[] | null {
  return nearDuplicateSignature(article.text.slice(article.bodyStart));
}
