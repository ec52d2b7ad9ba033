// Lemmas from the treebank's own word list, with suffix rules learnt from it for words it never saw:
// for each XPOS and word ending (up to five letters), the most common edit "drop k letters, add s".
// A word the training data saw under other tags takes the lemma it had there, when that was nearly always
// the same one ("Analyst" tagged NNP is "analyst"): most such words are tagging errors. The lexicon keeps
// only the words the rest of the lemmatizer would get wrong, which keeps the model small.
// Where no ending's edit makes a lemma the training data knows, the other edits seen with the ending are
// tried against the lemmas of the word's class ("provoking": "provoke", not "provok").
// A lower-case word the training data never saw keeps a capital the training data writes its lemma with
// ("german": "German", "florida": "Florida"), when it wrote it so before a lower-case word inside a sentence.

const MAX_SUFFIX = 5;
/** Other edits are kept for endings this long or longer ("ing", "ied"), each seen on at least two word types. */
const MIN_ALTERNATIVE_ENDING = 3;
const MIN_ALTERNATIVE_TYPES = 2;
const MAX_REMEMBERED = 50_000;
const PROPER_NOUN = new Set(["NNP", "NNPS"]);
/** A proper noun's tag → the common noun's, for a proper noun read as a common word. */
const COMMON_NOUN: Record<string, string> = { NNP: "NN", NNPS: "NNS" };
/** A word form's lemma is in the form table when the form was seen this often, */
const FORM_MIN_COUNT = 2;
/** with one lemma at least this share of the time, whatever its tag; */
const FORM_MIN_SHARE = 0.95;
/**
 * this often when the lemma drops the form's capital ("Analyst": "analyst"), which overrules a tagger that
 * read a proper noun: two sightings of "Shuttle" as a common noun are too few against "the Space Shuttle".
 */
const RECASED_MIN_COUNT = 3;
/** "1,100", "60,000.50": digits in groups of three (the treebanks' lemma drops the commas: "1100"). */
const GROUPED_DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const LETTER = /\p{L}/u;
/** "German people", "Florida is": a capitalised word before a lower-case one is no title-case line's. */
const LOWER_CASE_WORD = /^\p{Ll}/u;
/**
 * Sightings, before a lower-case word inside a sentence, that a lemma needs to recase a lower-case word tagged a
 * common noun: a tagger that read "florida" as a common noun was wrong, but "lake" or "joe" (EWT and GUM keep
 * some lower-case names as written) are the treebanks' lower case; a name seen once is no evidence against that.
 */
const CAPITAL_FOR_COMMON_NOUN = 5;

/** "Glad", "Work": an upper-case first letter and a lower-case letter after it (not "I", not "NATO"). */
function isCapitalised(form: string): boolean {
  const first = form[0] ?? "";
  return first !== first.toLowerCase() && form.slice(1) !== form.slice(1).toUpperCase();
}

/** The sentence's first word with a letter ("(Laughter)", "“Work ..."): the one written with a capital whatever it is. */
export function openingWord(forms: readonly string[]): number {
  const at = forms.findIndex((form) => LETTER.test(form));
  return Math.max(at, 0);
}

export interface LemmatizerData {
  /** [form, xpos, lemma] for the words the rest of the lemmatizer gets wrong. */
  exceptions: [string, string, string][];
  /** [xpos, ending, script]: the edit for words with that tag and ending. */
  rules: [string, string, string][];
  /**
   * [form, lemma] for the forms seen at least twice in training with nearly always one lemma, whatever their
   * tag; "" stands for the form itself. Absent in older files.
   */
  forms?: [string, string][];
  /** Lower-case words the training data uses as common words and never tags as a proper noun, in any letter case. */
  commonWords?: string[];
  /**
   * [xpos, ending, scripts]: for an inflected tag (wordClass), the edits other than the rule's that at least two
   * word types with that tag and ending take, most common first. Absent in older files.
   */
  alternatives?: [string, string, string[]][];
  /** [word class, lemmas]: every lemma, in lower case, the training data gives a verb, a common noun, an adjective. */
  classLemmas?: [string, string[]][];
  /** Whether the lemma of "1,100" is "1100", as most grouped numbers in the training data have it. */
  ungroupDigits?: boolean;
  /**
   * [UPOS (ADJ or PROPN), lemma, times]: lemmas with a capital the training data wrote inside a sentence before a
   * lower-case word ("German officials", "Florida is"), and whose lower case is never a lemma there. Absent in
   * older files.
   */
  capitalLemmas?: [string, string, number][];
}

export interface LemmaExample {
  form: string;
  xpos: string;
  lemma: string;
  /** Tells a proper noun apart where given; else its XPOS does (NNP, NNPS). */
  upos?: string;
  /** The next word's form, for a word after its sentence's opening word (lemmaExamples). */
  next?: string;
}

/** A sentence's words as examples, each after the opening word with the word that follows it. */
export function lemmaExamples(words: readonly LemmaExample[]): LemmaExample[] {
  const opening = openingWord(words.map((w) => w.form));
  return words.map(({ form, xpos, lemma, upos }, i) =>
    i > opening && i + 1 < words.length
      ? { form, xpos, lemma, upos, next: words[i + 1].form }
      : { form, xpos, lemma, upos },
  );
}

/** Which part of the lemmatizer gave a word its lemma (for the error report, scripts/lemma-errors.ts). */
export type LemmaSource =
  | "address"
  | "grouped digits"
  | "first word, known lower case"
  | "exception"
  | "proper noun read as common word"
  | "form table"
  | "first word, rule"
  | "rule"
  | "rule, known capital";

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

/** The class of an inflected tag, whose lemma an edit makes: "VB" (verbs), "NN" (plural nouns), "JJ"; else "". */
export function wordClass(xpos: string): string {
  switch (xpos) {
    case "VBD":
    case "VBG":
    case "VBN":
    case "VBP":
    case "VBZ":
      return "VB";
    case "NNS":
      return "NN";
    case "JJR":
    case "JJS":
      return "JJ";
    default:
      return "";
  }
}

/** The class whose lemmas a word with this tag gives (classLemmas): inflected or not. */
function lemmaClass(xpos: string): string {
  if (xpos.startsWith("VB")) return "VB";
  if (xpos === "NN" || xpos === "NNS") return "NN";
  return xpos.startsWith("JJ") ? "JJ" : "";
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
  private readonly alternatives = new Map<string, string[]>();
  private readonly classLemmas = new Map<string, ReadonlySet<string>>();
  private readonly forms = new Map<string, string>();
  /** Every lemma of the form table, in lower case: what a rule's output is checked against. */
  private readonly knownLemmas = new Set<string>();
  private readonly commonWords: ReadonlySet<string>;
  /** "ADJ\tGerman" → times (capitalLemmas). */
  private readonly capitalLemmas = new Map<string, number>();
  private readonly ruled = new Map<string, Map<string, string>>();
  private remembered = 0;
  /** The part of the lemmatizer that gave the last lemma (source()). */
  private answered: LemmaSource = "rule";

  constructor(readonly data: LemmatizerData) {
    for (const [form, xpos, lemma] of data.exceptions) byTag(this.exceptions, xpos).set(form, lemma);
    for (const [xpos, ending, script] of data.rules) this.rules.set(`${xpos}\t${ending}`, script);
    for (const [xpos, ending, scripts] of data.alternatives ?? []) this.alternatives.set(`${xpos}\t${ending}`, scripts);
    for (const [wordClass, lemmas] of data.classLemmas ?? []) this.classLemmas.set(wordClass, new Set(lemmas));
    for (const [form, lemma] of data.forms ?? []) {
      this.forms.set(form, lemma || form);
      this.knownLemmas.add((lemma || form).toLowerCase());
    }
    this.commonWords = new Set(data.commonWords);
    for (const [upos, lemma, times] of data.capitalLemmas ?? []) this.capitalLemmas.set(`${upos}\t${lemma}`, times);
  }

  /** `first`: the sentence's first word with a letter (openingWord), which is capitalised whatever it is. */
  lemma(form: string, xpos: string, first = false): string {
    // A web or e-mail address is its own lemma, letter case included.
    if (xpos === "ADD") return this.from("address", form);
    if (xpos === "CD" && this.data.ungroupDigits && GROUPED_DIGITS.test(form))
      return this.from("grouped digits", form.replaceAll(",", ""));
    const capitalisedFirst = first && isCapitalised(form);
    const proper = PROPER_NOUN.has(xpos);
    // "Glad" opening a sentence is the known word "glad", even where a title made "Glad" an exception.
    if (capitalisedFirst && !proper && this.isKnownWord(form.toLowerCase(), xpos))
      return this.from("first word, known lower case", this.lemma(form.toLowerCase(), xpos));
    const known = this.exceptions.get(xpos)?.get(form);
    if (known !== undefined) return this.from("exception", known);
    // "Laughter" or "Work" opening a sentence, tagged a proper noun, though only ever a common word in training.
    if (capitalisedFirst && proper && this.commonWords.has(form.toLowerCase())) {
      const lower = form.toLowerCase();
      return this.from(
        "proper noun read as common word",
        this.forms.get(lower) ?? this.byRule(lower, COMMON_NOUN[xpos]),
      );
    }
    const seen = this.forms.get(form);
    if (seen !== undefined) return this.from("form table", seen);
    // A sentence's first word, capitalised but not a name, has its lower-case form's lemma.
    if (capitalisedFirst && !proper) return this.from("first word, rule", this.lemma(form.toLowerCase(), xpos));
    this.answered = "rule";
    const ruled = byTag(this.ruled, xpos);
    const remembered = ruled.get(form);
    if (remembered !== undefined) {
      // A rule keeps or drops the word's capitals; only recased() adds one.
      if (form === form.toLowerCase() && remembered[0] !== remembered[0]?.toLowerCase())
        this.answered = "rule, known capital";
      return remembered;
    }
    const lemma = this.recased(this.byRule(form, xpos), xpos);
    // Remembered: news repeats its words, and a rule look-up tries up to six endings. Bounded for servers.
    if (this.remembered++ >= MAX_REMEMBERED) {
      this.ruled.clear();
      this.remembered = 0;
    }
    byTag(this.ruled, xpos).set(form, lemma);
    return lemma;
  }

  /** Which part of the lemmatizer gives a word its lemma. */
  source(form: string, xpos: string, first = false): LemmaSource {
    this.lemma(form, xpos, first);
    return this.answered;
  }

  /** The form table's lemma of a form, if it has one. */
  formLemma(form: string): string | undefined {
    return this.forms.get(form);
  }

  /** Whether the training data saw `form`: in the form table, or as an exception under `xpos`. */
  private isKnownWord(form: string, xpos: string): boolean {
    return this.forms.has(form) || this.exceptions.get(xpos)?.has(form) === true;
  }

  /**
   * A lower-case lemma made by a rule, with the capital the training data writes it with: "german" tagged JJ,
   * "florida" tagged NNP, or tagged NN when the name was seen often enough (CAPITAL_FOR_COMMON_NOUN).
   */
  private recased(lemma: string, xpos: string): string {
    const upos = xpos === "JJ" ? "ADJ" : xpos === "NNP" || xpos === "NNPS" || xpos === "NN" ? "PROPN" : "";
    if (!upos || this.capitalLemmas.size === 0 || !LOWER_CASE_WORD.test(lemma) || lemma !== lemma.toLowerCase())
      return lemma;
    const capital = lemma[0].toUpperCase() + lemma.slice(1);
    const times = this.capitalLemmas.get(`${upos}\t${capital}`) ?? 0;
    if (times === 0 || (xpos === "NN" && times < CAPITAL_FOR_COMMON_NOUN)) return lemma;
    this.answered = "rule, known capital";
    return capital;
  }

  private from(source: LemmaSource, lemma: string): string {
    this.answered = source;
    return lemma;
  }

  /**
   * The edit of the longest ending with a rule, unless a shorter ending's edit makes a lemma the training data
   * knows and the longer's does not ("bombed": "bomb", not "bom"; "smelled": "smell", not "smel"). When none
   * does, the first other edit of the longest ending that makes a lemma of the word's class ("provoking":
   * "provoke", "preceding": "precede", where "ing" is mostly "-ing").
   */
  byRule(form: string, xpos: string): string {
    const lower = form.toLowerCase();
    const classLemmas = this.classLemmas.get(wordClass(xpos));
    const known = (lemma: string) =>
      this.knownLemmas.size === 0 ||
      this.knownLemmas.has(lemma.toLowerCase()) ||
      classLemmas?.has(lemma.toLowerCase()) === true;
    let longest: string | undefined;
    for (let length = Math.min(MAX_SUFFIX, lower.length); length >= 0; length--) {
      const script = this.rules.get(`${xpos}\t${lower.slice(lower.length - length)}`);
      if (script === undefined) continue;
      const lemma = applyScript(form, script);
      if (!lemma) continue;
      if (known(lemma)) return lemma;
      longest ??= lemma;
    }
    if (classLemmas && this.alternatives.size > 0)
      for (let length = Math.min(MAX_SUFFIX, lower.length); length >= MIN_ALTERNATIVE_ENDING; length--)
        for (const script of this.alternatives.get(`${xpos}\t${lower.slice(lower.length - length)}`) ?? []) {
          const lemma = applyScript(form, script);
          if (lemma && classLemmas.has(lemma.toLowerCase())) return lemma;
        }
    return longest ?? form;
  }
}

export function trainLemmatizer(examples: Iterable<LemmaExample>): Lemmatizer {
  const lemmaCounts = new Map<string, Map<string, number>>();
  const formCounts = new Map<string, Map<string, number>>();
  const properNouns = new Set<string>();
  const commonWords = new Set<string>();
  const capitals = new Map<string, Map<string, number>>();
  const allLemmas = new Set<string>();
  let grouped = 0;
  let ungrouped = 0;
  for (const { form, xpos, lemma, upos, next } of examples) {
    if (lemma === "_") continue; // not annotated
    allLemmas.add(lemma);
    const wordUpos = upos ?? (PROPER_NOUN.has(xpos) ? "PROPN" : xpos === "JJ" ? "ADJ" : "");
    if (
      (wordUpos === "ADJ" || wordUpos === "PROPN") &&
      next !== undefined &&
      LOWER_CASE_WORD.test(next) &&
      lemma === form &&
      isCapitalised(form)
    )
      count(capitals, wordUpos, lemma);
    count(lemmaCounts, `${form}\t${xpos}`, lemma);
    count(formCounts, form, lemma);
    if (upos === undefined ? PROPER_NOUN.has(xpos) : upos === "PROPN") properNouns.add(form.toLowerCase());
    else if (form === form.toLowerCase() && LETTER.test(form)) commonWords.add(form);
    if (xpos === "CD" && GROUPED_DIGITS.test(form)) {
      if (lemma === form.replaceAll(",", "")) ungrouped++;
      else if (lemma === form) grouped++;
    }
  }
  const lexicon: [string, string, string][] = [];
  for (const [key, counts] of lemmaCounts) {
    const [form, xpos] = key.split("\t");
    lexicon.push([form, xpos, mostCommon(counts)]);
  }
  const forms: [string, string][] = [];
  for (const [form, counts] of formCounts) {
    let total = 0;
    for (const n of counts.values()) total += n;
    const lemma = mostCommon(counts);
    const recased = lemma[0] !== form[0] && lemma[0] === form[0].toLowerCase();
    if (total >= (recased ? RECASED_MIN_COUNT : FORM_MIN_COUNT) && (counts.get(lemma) ?? 0) >= FORM_MIN_SHARE * total)
      forms.push([form, lemma === form ? "" : lemma]);
  }
  forms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const rules = pruneRules(learnRules(lexicon));
  const alternatives = learnAlternatives(lexicon);
  const byClass = new Map<string, Set<string>>();
  for (const [, xpos, lemma] of lexicon) {
    const wordClass = lemmaClass(xpos);
    if (!wordClass) continue;
    const lemmas = byClass.get(wordClass) ?? new Set();
    lemmas.add(lemma.toLowerCase());
    byClass.set(wordClass, lemmas);
  }
  const classLemmas: [string, string[]][] = [...byClass]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([wordClass, lemmas]) => [wordClass, [...lemmas].sort()]);
  const common = [...commonWords].filter((word) => !properNouns.has(word)).sort();
  const capitalLemmas: [string, string, number][] = [];
  for (const [upos, counts] of capitals)
    for (const [lemma, times] of counts)
      if (!allLemmas.has(lemma.toLowerCase())) capitalLemmas.push([upos, lemma, times]);
  capitalLemmas.sort((a, b) => (`${a[0]}\t${a[1]}` < `${b[0]}\t${b[1]}` ? -1 : 1));
  const data = {
    rules,
    forms,
    commonWords: common,
    ungroupDigits: ungrouped > grouped,
    alternatives,
    classLemmas,
    capitalLemmas,
  };
  // The exceptions are the lexicon's words that everything else gets wrong, in the middle of a sentence.
  const withoutExceptions = new Lemmatizer({ exceptions: [], ...data });
  const exceptions = lexicon.filter(([form, xpos, lemma]) => withoutExceptions.lemma(form, xpos) !== lemma);
  return new Lemmatizer({ exceptions, ...data });
}

/** Per XPOS and ending, the edit most word types with them take. */
function learnRules(lexicon: readonly [string, string, string][]): [string, string, string][] {
  // Rules count word types, not tokens: frequent irregular words must not make the rules.
  const scriptCounts = new Map<string, Map<string, number>>();
  for (const [form, xpos, lemma] of lexicon) {
    const script = editScript(form, lemma);
    const lower = form.toLowerCase();
    for (let length = 0; length <= Math.min(MAX_SUFFIX, lower.length); length++)
      count(scriptCounts, `${xpos}\t${lower.slice(lower.length - length)}`, script);
  }
  const rules: [string, string, string][] = [];
  for (const [key, counts] of scriptCounts) {
    const [xpos, ending] = key.split("\t");
    const script = mostCommon(counts);
    // An ending seen on one word only is that word's quirk, not a rule ("peru" tagged NNP, lemma "peru").
    if (ending && (counts.get(script) ?? 0) < 2) continue;
    rules.push([xpos, ending, script]);
  }
  return rules;
}

/** Per inflected tag and ending of three letters or more, the edits other than the most common (learnRules). */
function learnAlternatives(lexicon: readonly [string, string, string][]): [string, string, string[]][] {
  const scriptCounts = new Map<string, Map<string, number>>();
  for (const [form, xpos, lemma] of lexicon) {
    if (!wordClass(xpos)) continue;
    const script = editScript(form, lemma);
    const lower = form.toLowerCase();
    for (let length = MIN_ALTERNATIVE_ENDING; length <= Math.min(MAX_SUFFIX, lower.length); length++)
      count(scriptCounts, `${xpos}\t${lower.slice(lower.length - length)}`, script);
  }
  const alternatives: [string, string, string[]][] = [];
  for (const [key, counts] of scriptCounts) {
    const best = mostCommon(counts);
    const others = [...counts]
      .filter(([script, n]) => script !== best && n >= MIN_ALTERNATIVE_TYPES)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([script]) => script);
    if (others.length === 0) continue;
    const [xpos, ending] = key.split("\t");
    alternatives.push([xpos, ending, others]);
  }
  return alternatives.sort((a, b) => (`${a[0]}\t${a[1]}` < `${b[0]}\t${b[1]}` ? -1 : 1));
}

function count(counts: Map<string, Map<string, number>>, key: string, value: string): void {
  let map = counts.get(key);
  if (!map) {
    map = new Map();
    counts.set(key, map);
  }
  map.set(value, (map.get(value) ?? 0) + 1);
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

/** Participles that only "have" takes: "'s been", "'s got". */
const PERFECT_ONLY = new Set(["been", "got", "gotten"]);

/**
 * The lemma of a contracted "'s" read as "be" is "have" before a participle that only "have" takes ("it's been
 * a year", "she's got"): the treebanks lemmatise it so (EWT and GUM train: 19 of 21 before "been"). Other
 * participles ("it's done") are as often passives of "be", so they keep it.
 */
export function perfectHave(forms: readonly string[], i: number, lemma: string): string {
  if (lemma !== "be" || i + 1 >= forms.length) return lemma;
  const form = forms[i].toLowerCase().replace("\u2019", "'");
  return form === "'s" && PERFECT_ONLY.has(forms[i + 1].toLowerCase()) ? "have" : lemma;
}
