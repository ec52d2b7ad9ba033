// Repairs of lists after labelling. A predicate has one subject in UD, so two subjects of one verb with a
// comma or a conjunction between them are a list the greedy parser cut in two ("Saudi Arabia, Egypt and
// Bahrain severed ties": Arabia and Egypt both subjects of "severed"): the later one becomes a conjunct of
// the first, and so do its own conjuncts. And UD hangs every conjunct of a list on the first, so a conjunct
// under a comma-listed conjunct ("South Korea, Japan and Mongolia": Mongolia under Japan) moves up to it.
// Coordinated adjectives before one noun ("the French and German foreign ministers") are the noun's
// modifiers, not a list of the first adjective and the noun: the noun takes the adjective's place.

export interface ListRepairLabels {
  /** Label ids of "nsubj" and "nsubj:pass" (absent: -1). */
  subject: number;
  passiveSubject: number;
  conj: number;
  cc: number;
  punct: number;
  /** Label id of "amod" (absent: -1). */
  amod: number;
  case: number;
  /** Labels a list's item takes when the parser misses the list: "nmod:unmarked", "nmod", "dep", "list". */
  strayItem: number[];
}

/** Label ids the repairs need, from the model's label names. */
export function listRepairLabels(labels: readonly string[]): ListRepairLabels {
  return {
    subject: labels.indexOf("nsubj"),
    passiveSubject: labels.indexOf("nsubj:pass"),
    conj: labels.indexOf("conj"),
    cc: labels.indexOf("cc"),
    punct: labels.indexOf("punct"),
    amod: labels.indexOf("amod"),
    case: labels.indexOf("case"),
    strayItem: ["nmod:unmarked", "nmod", "dep", "list"].map((l) => labels.indexOf(l)).filter((id) => id >= 0),
  };
}

/**
 * Rewrites `heads` and `labels` of the sentence's n words (`forms`; head -1 for the root) in place. Returns
 * how many words it moved. Runs on every parsed sentence: most have one subject, and cost one pass.
 */
export function repairLists(
  n: number,
  forms: readonly string[],
  heads: Int32Array,
  labels: Int32Array,
  ids: ListRepairLabels,
): number {
  if (ids.conj < 0) return 0;
  const isSubject = (b: number) => heads[b] > b && (labels[b] === ids.subject || labels[b] === ids.passiveSubject);
  let count = 0;
  for (let b = 0; b < n; b++) if (isSubject(b)) count++;
  if (count < 2) return joinStrayItems(n, forms, heads, labels, ids) + flattenLists(n, heads, labels, ids);
  // Subjects before their verb, left to right: a sentence has a handful, so pairs are cheap.
  const subjects: number[] = [];
  for (let b = 0; b < n; b++) if (isSubject(b)) subjects.push(b);
  let joined = 0;
  for (let j = 1; j < subjects.length; j++) {
    const b = subjects[j];
    let first = -1;
    for (let i = 0; i < j; i++)
      if (heads[subjects[i]] === heads[b] && labels[subjects[i]] !== ids.conj) first = subjects[i];
    if (first < 0 || !hasListMarkBefore(n, forms, heads, labels, ids, first, b)) continue;
    heads[b] = first;
    labels[b] = ids.conj;
    for (let c = 0; c < n; c++) if (heads[c] === b && labels[c] === ids.conj) heads[c] = first;
    joined++;
  }
  return joined + joinStrayItems(n, forms, heads, labels, ids) + flattenLists(n, heads, labels, ids);
}

/**
 * An item between two conjuncts of one word, after its own comma, is a conjunct too ("Bahrain, the UAE,
 * Yemen, the Maldives and Libya": Yemen read as an unmarked modifier of Bahrain). Only a noun-like label with
 * no preposition of its own ("case"): "the Maldives of 2017" stays a modifier.
 */
function joinStrayItems(
  n: number,
  forms: readonly string[],
  heads: Int32Array,
  labels: Int32Array,
  ids: ListRepairLabels,
): number {
  let moved = 0;
  for (let d = 1; d < n; d++) {
    const h = heads[d];
    if (h < 0 || h >= d || !ids.strayItem.includes(labels[d])) continue;
    let comma = false;
    let conjBefore = false;
    let conjAfter = false;
    let marked = false;
    for (let c = 0; c < n; c++) {
      if (heads[c] === d && c < d && labels[c] === ids.punct && forms[c] === ",") comma = true;
      if (heads[c] === d && labels[c] === ids.case) marked = true;
      if (heads[c] === h && labels[c] === ids.conj) {
        if (c < d) conjBefore = true;
        else conjAfter = true;
      }
    }
    if (!comma || marked || !conjBefore || !conjAfter) continue;
    labels[d] = ids.conj;
    moved++;
  }
  return moved;
}

/**
 * "the French and German foreign ministers" read as the adjective "French" (an object, a subject…) with the
 * noun "ministers" as its conjunct, or as a conjunct of its head: the noun takes the adjective's place and
 * dependents left of it ("the"), the first adjective is its modifier, and the adjective after the
 * conjunction is that modifier's conjunct. `upos` gives a word's universal tag. Returns how many words moved.
 */
export function repairCoordinatedModifiers(
  n: number,
  upos: (i: number) => string,
  heads: Int32Array,
  labels: Int32Array,
  ids: ListRepairLabels,
): number {
  if (ids.amod < 0 || ids.conj < 0 || ids.cc < 0) return 0;
  let moved = 0;
  for (let a = 0; a + 3 < n; a++) {
    if (upos(a) !== "ADJ" || labels[a] === ids.amod || labels[a] === ids.conj || labels[a + 1] !== ids.cc) continue;
    if (upos(a + 2) !== "ADJ") continue;
    let z = a + 2;
    while (z < n && upos(z) === "ADJ") z++;
    if (z >= n || (upos(z) !== "NOUN" && upos(z) !== "PROPN") || labels[z] !== ids.conj) continue;
    if (heads[z] !== a && heads[z] !== heads[a]) continue;
    heads[z] = heads[a];
    labels[z] = labels[a];
    for (let c = 0; c < a; c++) if (heads[c] === a) heads[c] = z;
    heads[a] = z;
    labels[a] = ids.amod;
    heads[a + 1] = a + 2;
    labels[a + 1] = ids.cc;
    heads[a + 2] = a;
    labels[a + 2] = ids.conj;
    for (let c = a + 3; c < z; c++) {
      heads[c] = z;
      labels[c] = ids.amod;
    }
    moved += z - a + 1;
  }
  return moved;
}

/** A conjunct of a conjunct that has no conjunction of its own (a comma-listed one) hangs on the list's first. */
function flattenLists(n: number, heads: Int32Array, labels: Int32Array, ids: ListRepairLabels): number {
  let moved = 0;
  for (let c = 0; c < n; c++) {
    const b = heads[c];
    if (labels[c] !== ids.conj || b < 0 || b > c || labels[b] !== ids.conj || heads[b] < 0 || heads[b] > b) continue;
    if (hasChild(n, heads, labels, b, ids.cc)) continue;
    heads[c] = heads[b];
    moved++;
  }
  return moved;
}

function hasChild(n: number, heads: Int32Array, labels: Int32Array, head: number, label: number): boolean {
  for (let i = 0; i < n; i++) if (heads[i] === head && labels[i] === label) return true;
  return false;
}

/** Whether word b has a left dependent after `first` that is a conjunction or a comma. */
function hasListMarkBefore(
  n: number,
  forms: readonly string[],
  heads: Int32Array,
  labels: Int32Array,
  ids: ListRepairLabels,
  first: number,
  b: number,
): boolean {
  for (let c = first + 1; c < b && c < n; c++)
    if (heads[c] === b && (labels[c] === ids.cc || (labels[c] === ids.punct && forms[c] === ","))) return true;
  return false;
}
