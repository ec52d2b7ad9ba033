// A state named only to place something at its border ("near the Polish border", "from the border of EU member
// Poland", "60 km east of the Ukrainian border") is a location, not a party of the act: "sent troops near the
// Polish border for joint drills with Belarus" is no cooperation with Poland. The border phrase must follow a
// preposition of place: "closed its border with Belarus" still acts on Belarus, and "Russian border guards" are
// an agency of their state. A deployment to a border takes the border's state as its target (event-roles-tree.ts).
import type { Doc, Mention } from "./doc.ts";

const BORDER_NOUNS = new Set(["border", "borders", "frontier", "frontiers", "boundary", "borderlands"]);
/** "border guards", "border police": the state's agency at its border, which acts for it. */
const BORDER_AGENCIES = new Set(["guard", "guards", "police", "service", "troops", "force", "forces", "officials"]);
const PLACE_PREPOSITIONS = new Set(
  "near along at on across toward towards from of to by beyond inside within around".split(" "),
);
/** Words inside the border phrase: "the", "its", "European Union member" before "Poland". */
const PHRASE_WORDS = new Set(["the", "its", "their", "member", "neighbouring", "neighboring", "s"]);
const MAX_WORDS = 4;

export function isBorderPlace(doc: Doc, mention: Mention): boolean {
  const border = borderAfter(doc, mention) ?? borderBefore(doc, mention);
  return border !== undefined && afterPlacePreposition(doc, border);
}

/** "the Polish border", "the Belarus-EU border", "Russia's border": the border noun the mention modifies. */
function borderAfter(doc: Doc, mention: Mention): number | undefined {
  for (let i = mention.tokenEnd, words = 0; i < doc.tokens.length && words < 3; i++) {
    const t = doc.tokens[i];
    if (!t.word) {
      if (t.text === "-" || t.text === "'" || t.text === "’") continue;
      return undefined;
    }
    if (BORDER_NOUNS.has(t.norm))
      return BORDER_AGENCIES.has(doc.tokens[i + 1]?.norm ?? "") ? undefined : firstOfPhrase(doc, mention.tokenStart);
    // "'s", a second state of a hyphenated pair ("Belarus-EU")
    if (t.norm !== "s" && !t.capitalized) return undefined;
    words++;
  }
  return undefined;
}

/** "the border of European Union member Poland", "the frontier with Belarus": the border noun governing it. */
function borderBefore(doc: Doc, mention: Mention): number | undefined {
  let preposition = false;
  for (let i = mention.tokenStart - 1, words = 0; i >= 0 && words <= MAX_WORDS; i--, words++) {
    const t = doc.tokens[i];
    if (!t.word) return undefined;
    if (BORDER_NOUNS.has(t.norm)) return preposition ? firstOfPhrase(doc, i) : undefined;
    if (t.norm === "of" || t.norm === "with") preposition = true;
    else if (preposition || (!PHRASE_WORDS.has(t.norm) && !t.capitalized)) return undefined;
  }
  return undefined;
}

/** The first token of the noun phrase whose word at `at` is given: back over "the", "its", demonyms, "'s". */
function firstOfPhrase(doc: Doc, at: number): number {
  let i = at;
  while (i > 0) {
    const t = doc.tokens[i - 1];
    const inPhrase = t.word ? PHRASE_WORDS.has(t.norm) || t.capitalized : ["-", "'", "’"].includes(t.text);
    if (!inPhrase) break;
    i--;
  }
  return i;
}

function afterPlacePreposition(doc: Doc, phraseStart: number): boolean {
  const before = doc.tokens[phraseStart - 1];
  return !!before?.word && PLACE_PREPOSITIONS.has(before.norm);
}
