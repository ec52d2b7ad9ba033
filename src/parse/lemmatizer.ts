// Lemmas from the treebank's own word list, with suffix rules learnt from it for words it never saw:
// for each XPOS and word ending (up to five letters), the most common edit "drop k letters, add s".
// The lexicon keeps only the words the rules would get wrong, which keeps the model small.

const MAX_SUFFIX = 5;
const MAX_REMEMBERED = 50_000;
const PROPER_NOUN = new Set(["NNP", "NNPS"]);

/** "Glad", "Work": an upper-case first letter and a lower-case letter after it (not "I", not "NATO"). */
function isCapitalised(form: string): boolean {
  const first = form[0] ?? "";
  return first !== first.toLowerCase() && form.slice(1) !== form.slice(1).toUpperCase();
}

export interface LemmatizerData {
  /** [form, xpos, lemma] for the words the rules get wrong. */
  exceptions: [string, string, string][];
  /** [xpos, ending, script]: the edit for words with that tag and ending. */
  rules: [string, string, string][];
}

export interface LemmaExample {
  form: string;
  xpos: string;
  lemma: string;
}

/** "K2:y" keeps the case, drops 2 letters, adds "y"; "L0:" lower-cases the word and stops there. */
export function editScript(form: string, lemma: string): string {
  const keep = commonPrefix(form, lemma);
  const lower = form.toLowerCase();
  const lowered = commonPrefix(lower, lemma);
  if (lowered >= keep) return `L${lower.length - lowered}:${lemma.slice(lowered)}`;
  return `K${form.length - keep}:${lemma.slice(keep)}`;
}

export function applyScript(form: string, script: string): string | undefined {
  const colon = script.indexOf(":");
  const drop = Number(script.slice(1, colon));
  const base = script[0] === "L" ? form.toLowerCase() : form;
  if (drop > base.length) return undefined;
  return base.slice(0, base.length - drop) + script.slice(colon + 1);
}

function byTag(maps: Map<string, Map<string, string>>, xpos: string): Map<string, string> {
  let map = maps.get(xpos);
  if (!map) {
    map = new Map();
    maps.set(xpos, map);
  }
  return map;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export class Lemmatizer {
  // Keyed by XPOS, then by form: a look-up per word builds no key string.
  private readonly exceptions = new Map<string, Map<string, string>>();
  private readonly rules = new Map<string, string>();
  private readonly ruled = new Map<string, Map<string, string>>();
  private remembered = 0;

  constructor(readonly data: LemmatizerData) {
    for (const [form, xpos, lemma] of data.exceptions) byTag(this.exceptions, xpos).set(form, lemma);
    for (const [xpos, ending, script] of data.rules) this.rules.set(`${xpos}\t${ending}`, script);
  }

  /** `first`: the sentence's first word, which is capitalised whatever it is. */
  lemma(form: string, xpos: string, first = false): string {
    // A web or e-mail address is its own lemma, letter case included.
    if (xpos === "ADD") return form;
    const known = this.exceptions.get(xpos)?.get(form);
    if (known !== undefined) return known;
    if (first && isCapitalised(form) && !PROPER_NOUN.has(xpos)) return this.ofLowerCase(form, xpos);
    const ruled = byTag(this.ruled, xpos);
    const remembered = ruled.get(form);
    if (remembered !== undefined) return remembered;
    const lemma = this.byRule(form, xpos);
    // Remembered: news repeats its words, and a rule look-up tries up to six endings. Bounded for servers.
    if (this.remembered++ >= MAX_REMEMBERED) {
      this.ruled.clear();
      this.remembered = 0;
    }
    byTag(this.ruled, xpos).set(form, lemma);
    return lemma;
  }

  /** A sentence's first word, capitalised but not a name ("Glad", "Work"), has its lower-case form's lemma. */
  private ofLowerCase(form: string, xpos: string): string {
    const lower = form.toLowerCase();
    return this.exceptions.get(xpos)?.get(lower) ?? this.byRule(lower, xpos);
  }

  byRule(form: string, xpos: string): string {
    const lower = form.toLowerCase();
    for (let length = Math.min(MAX_SUFFIX, lower.length); length >= 0; length--) {
      const script = this.rules.get(`${xpos}\t${lower.slice(lower.length - length)}`);
      if (script === undefined) continue;
      const lemma = applyScript(form, script);
      if (lemma) return lemma;
    }
    return form;
  }
}

export function trainLemmatizer(examples: Iterable<LemmaExample>): Lemmatizer {
  const lemmaCounts = new Map<string, Map<string, number>>();
  for (const { form, xpos, lemma } of examples) {
    if (lemma === "_") continue; // not annotated
    const key = `${form}\t${xpos}`;
    const counts = lemmaCounts.get(key) ?? new Map<string, number>();
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    lemmaCounts.set(key, counts);
  }
  const lexicon: [string, string, string][] = [];
  for (const [key, counts] of lemmaCounts) {
    const [form, xpos] = key.split("\t");
    lexicon.push([form, xpos, mostCommon(counts)]);
  }
  // Rules count word types, not tokens: frequent irregular words must not make the rules.
  const scriptCounts = new Map<string, Map<string, number>>();
  for (const [form, xpos, lemma] of lexicon) {
    const script = editScript(form, lemma);
    const lower = form.toLowerCase();
    for (let length = 0; length <= Math.min(MAX_SUFFIX, lower.length); length++) {
      const key = `${xpos}\t${lower.slice(lower.length - length)}`;
      const counts = scriptCounts.get(key) ?? new Map<string, number>();
      counts.set(script, (counts.get(script) ?? 0) + 1);
      scriptCounts.set(key, counts);
    }
  }
  const rules: [string, string, string][] = [];
  for (const [key, counts] of scriptCounts) {
    const [xpos, ending] = key.split("\t");
    const script = mostCommon(counts);
    // An ending seen on one word only is that word's quirk, not a rule ("peru" tagged NNP, lemma "peru").
    if (ending && (counts.get(script) ?? 0) < 2) continue;
    rules.push([xpos, ending, script]);
  }
  const withRules = new Lemmatizer({ exceptions: [], rules });
  const exceptions = lexicon.filter(([form, xpos, lemma]) => withRules.byRule(form, xpos) !== lemma);
  return new Lemmatizer({ exceptions, rules: pruneRules(rules) });
}

function mostCommon(counts: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [value, count] of counts)
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  return best;
}

/** Drops a rule when the next shorter ending already gives the same script. */
function pruneRules(rules: [string, string, string][]): [string, string, string][] {
  const byKey = new Map(rules.map(([xpos, ending, script]) => [`${xpos}\t${ending}`, script]));
  return rules.filter(([xpos, ending, script]) => {
    if (ending.length === 0) return true;
    const shorter = byKey.get(`${xpos}\t${ending.slice(1)}`);
    return shorter !== script;
  });
}
