// The one way dyad folds text for look-ups: accents dropped ("Erdoğan" → "Erdogan"), so a name matches
// however a source spelled it. Tokens, knowledge indexes, place names and CLI arguments all fold with this.

/** The text without combining marks (accents, cedillas) after Unicode compatibility decomposition. */
export function foldAccents(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** Lower case, accents dropped, curly quotes straightened and dashes made hyphens: the look-up form of a word. */
export function lookupForm(text: string): string {
  return foldAccents(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase();
}

/** A name as an id part: folded, lower case, runs of anything but a-z and 0-9 made one hyphen ("Homs" → "homs"). */
export function slug(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
