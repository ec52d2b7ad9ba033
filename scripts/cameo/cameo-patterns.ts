// One CAMEO pattern ("- * POLICE (TO BORDER) [153]") as dyad refinements: the words after the verb
// position "*" give a particle, the object and prepositional phrases; "+" and "$" mark where the
// target and source are; a word before "*" refines the subject. What dyad's format cannot say
// (a class inside a phrase, compound actors "%", several words before the verb) is dropped with
// its reason.

export type Item =
  | { t: "star" }
  | { t: "words"; words: string[] }
  | { t: "class"; name: string }
  | { t: "group"; items: Item[] }
  | { t: "source" }
  | { t: "target" }
  | { t: "skip" }
  | { t: "compound" }
  | { t: "bad"; why: string };

/** Words that follow a verb as particles ("set OUT views", "put FORWARD a plan"). */
export const PARTICLES = new Set(["out", "up", "off", "down", "forward", "aside", "back", "away", "over", "together"]);

export interface PatternDraft {
  object?: string;
  preps: { case: string; object?: string; marker?: "source" | "target" }[];
  particle?: string;
  subject?: string;
  /** "+" directly after the verb: the object is the target (the default). */
  objectMarker?: "source" | "target";
}

export function parseItems(text: string): Item[] {
  const tokens = text.match(/[(){}]|[^\s(){}]+/g) ?? [];
  let at = 0;
  const read = (close?: string): Item[] => {
    const out: Item[] = [];
    while (at < tokens.length) {
      const tok = tokens[at++];
      if (tok === close) return out;
      if (tok === "(") out.push({ t: "group", items: read(")") });
      else if (tok === "{") {
        const inner = read("}");
        const words = inner.flatMap((i) => (i.t === "words" ? i.words : []));
        out.push(
          words.length === inner.length ? { t: "words", words } : { t: "bad", why: "a class or marker inside {…}" },
        );
      } else out.push(atom(tok));
    }
    return out;
  };
  return read();
}

function atom(tok: string): Item {
  if (tok === "*") return { t: "star" };
  if (tok === "$") return { t: "source" };
  if (tok === "+") return { t: "target" };
  if (tok === "^") return { t: "skip" };
  if (tok === "%") return { t: "compound" };
  if (tok.startsWith("&")) return { t: "class", name: tok.replace(/_$/, "") };
  if (/^[A-Za-z][A-Za-z0-9'’.-]*_?$/.test(tok))
    return { t: "words", words: tok.replace(/_$/, "").toLowerCase().split("_") };
  return { t: "bad", why: `the token ${tok}` };
}

/** The draft refinements of a pattern, or the reason it cannot be said in dyad's format. */
export function draftPattern(text: string, lemma: (word: string) => string): PatternDraft | { drop: string } {
  const items = parseItems(text);
  const bad = findBad(items);
  if (bad) return { drop: bad };
  const star = items.findIndex((i) => i.t === "star");
  if (star < 0) return { drop: "no verb position *" };
  const draft: PatternDraft = { preps: [] };
  const pre = items.slice(0, star).filter((i) => i.t !== "source" && i.t !== "target" && i.t !== "skip");
  if (pre.length > 1) return { drop: "several words before the verb" };
  if (pre.length === 1) {
    const term = termOf(pre[0], lemma);
    if (!term) return { drop: "a phrase before the verb" };
    if (term.endsWith("ly")) draft.particle = term;
    else draft.subject = term;
  }
  for (const item of items.slice(star + 1)) {
    const problem = addAfterVerb(draft, item, lemma);
    if (problem) return { drop: problem };
  }
  return draft;
}

function findBad(items: Item[]): string | undefined {
  for (const i of items) {
    if (i.t === "bad") return i.why;
    if (i.t === "compound") return "a compound actor %";
    if (i.t === "group") {
      const inner = findBad(i.items);
      if (inner) return inner;
    }
  }
  return undefined;
}

function addAfterVerb(draft: PatternDraft, item: Item, lemma: (word: string) => string): string | undefined {
  if (item.t === "skip") return undefined;
  if (item.t === "target" || item.t === "source") {
    if (draft.object || draft.preps.length > 0) return `a ${item.t} marker after the object`;
    draft.objectMarker = item.t;
    return undefined;
  }
  if (item.t === "group") return addGroup(draft, item.items, lemma);
  const term = termOf(item, lemma);
  if (!term) return "an unreadable word";
  const single = item.t === "words" && item.words.length === 1;
  if (single && term === "to") return "an infinitive after the verb";
  if (single && term.endsWith("ly") && !draft.particle) {
    draft.particle = term;
    return undefined;
  }
  if (!draft.object && !draft.particle && draft.preps.length === 0 && single && PARTICLES.has(term)) {
    draft.particle = term;
    return undefined;
  }
  if (!draft.object) {
    draft.object = term;
    return undefined;
  }
  // TABARI's ordered words ("* RESTORATION RELATIONS") as the tree says them: restoration of relations
  if (draft.object.startsWith("&") || term.startsWith("&")) return "a class with further words";
  draft.object = `${draft.object} of ${term}`;
  return undefined;
}

function addGroup(draft: PatternDraft, items: Item[], lemma: (word: string) => string): string | undefined {
  const [first, ...rest] = items;
  if (first?.t !== "words") return "a phrase without a preposition";
  const [prep, ...more] = first.words;
  const body: Item[] = more.length > 0 ? [{ t: "words", words: more }, ...rest] : rest;
  let marker: "source" | "target" | undefined;
  let object: string | undefined;
  for (const i of body) {
    if (i.t === "source" || i.t === "target") marker = i.t;
    else if (i.t === "skip") continue;
    else {
      const term = termOf(i, lemma);
      if (!term) return "an unreadable phrase";
      if (object) {
        if (object.startsWith("&") || term.startsWith("&")) return "a class with further words";
        object = `${object} of ${term}`;
      } else object = term;
    }
  }
  // "(ASIDE RIFT)": a particle and the object, not a preposition
  if (PARTICLES.has(prep) && !marker) {
    if (draft.particle || draft.object) return "a second particle";
    draft.particle = prep;
    if (object) draft.object = object;
    return undefined;
  }
  draft.preps.push({ case: prep, object, marker });
  return undefined;
}

function termOf(item: Item, lemma: (word: string) => string): string | undefined {
  if (item.t === "class") return item.name;
  if (item.t !== "words") return undefined;
  return item.words.map(lemma).join(" ");
}
