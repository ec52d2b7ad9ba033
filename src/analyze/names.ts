// Stage: names the knowledge base does not know. Capitalised runs become people when a title, an
// appositive or a speech verb says so ("Zahi Hawass, Egypt's top archaeologist"), and places when a
// preposition puts them on the map ("in Hangzhou") and GeoNames knows them.

import type { Knowledge } from "../knowledge/knowledge.ts";
import type { PersonCues } from "../knowledge/person-cues.ts";
import { slug } from "../text/fold-text.ts";
import { inSentence } from "./by-sentence.ts";
import type { Doc, Mention, Sentence } from "./doc.ts";
import { isHyphenatedTail } from "./gazetteer-match.ts";
import { isPossessive, placeMention } from "./mentions.ts";

const FAMILY_NAME_FIRST = new Set(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"]);

interface Run {
  from: number;
  to: number;
}

/** Capitalised runs not covered by a mention: "Minister of Energy and Industry Mohammed al-Sada". */
function capitalizedRuns(doc: Doc, sentence: Sentence, covered: Set<number>, cues: PersonCues): Run[] {
  const runs: Run[] = [];
  let from = -1;
  const close = (i: number) => {
    if (from >= 0) {
      let to = i;
      while (to > from && !doc.tokens[to - 1].capitalized && !isHyphenatedTail(doc.tokens, to - 1)) to--;
      if (to > from) runs.push({ from, to });
    }
    from = -1;
  };
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i];
    const inName =
      !covered.has(i) &&
      ((t.word && t.capitalized) ||
        (from >= 0 && t.word && (cues.particles.has(t.norm) || isHyphenatedTail(doc.tokens, i))) ||
        (from >= 0 && (t.text === "-" || (t.text === "." && doc.tokens[i - 1].text.length === 1))));
    if (inName) {
      if (from < 0) from = i;
    } else close(i);
  }
  close(sentence.tokenEnd);
  return runs;
}

export function namesStage(doc: Doc, knowledge: Knowledge): void {
  const cues = knowledge.personCues;
  const covered = new Set<number>();
  for (const m of doc.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  const added: Mention[] = [];
  for (const sentence of doc.sentences) {
    const line = doc.text.slice(sentence.start, sentence.end);
    if (/^by\s+\p{Lu}/iu.test(line) && sentence.tokenEnd - sentence.tokenStart <= 6) continue; // a byline
    let lastPerson: Mention | null = null;
    for (const run of capitalizedRuns(doc, sentence, covered, cues)) {
      const listed: boolean = lastPerson !== null && continuesList(doc, lastPerson.tokenEnd, run.from);
      const mention: Mention | null =
        personFromRun(doc, sentence, run, cues, listed ? lastPerson : null) ??
        placeFromRun(doc, knowledge, sentence, run);
      if (mention) added.push(mention);
      if (mention?.kind === "person") lastPerson = mention;
    }
  }
  doc.mentions.push(...added);
  doc.mentions.push(...laterSurnames(doc, cues));
  doc.mentions.sort((a, b) => a.start - b.start);
}

/**
 * "Zahi Hawass, Egypt's top archaeologist ... Hawass added": once a person is named in full, their surname
 * alone names them in the sentences after.
 */
function laterSurnames(doc: Doc, cues: PersonCues): Mention[] {
  const firstSeen = new Map<string, { surname: string; mention: Mention }>();
  for (const m of doc.mentions) {
    if (m.kind !== "person" || m.via !== "name") continue;
    const words = doc.text.slice(m.start, m.end).split(/[\s-]+/);
    // Chinese, Korean and Vietnamese names put the family name first ("Wang Yi": Director Wang)
    const country = doc.entities.get(m.entityId)?.country ?? m.actor ?? "";
    const surname = FAMILY_NAME_FIRST.has(country) && words.length <= 3 ? words[0] : words[words.length - 1];
    if (words.length < 2 || surname.length < 2 || cues.nonNameWords.has(surname.toLowerCase())) continue;
    if (!firstSeen.has(m.entityId)) firstSeen.set(m.entityId, { surname, mention: m });
  }
  const covered = new Set<number>();
  for (const m of doc.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  const bySurname = new Map<string, { surname: string; mention: Mention }>();
  for (const seen of firstSeen.values()) {
    const key = seen.surname.toLowerCase();
    // two people sharing a surname: neither is named by it alone
    if (bySurname.has(key)) bySurname.set(key, { surname: "", mention: seen.mention });
    else bySurname.set(key, seen);
  }
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (!t.word || !t.capitalized || covered.has(i)) continue;
      const seen = bySurname.get(t.norm);
      if (!seen?.surname || seen.mention.start >= t.start) continue;
      const next = doc.tokens[i + 1];
      if (next?.word && next.capitalized) continue; // "Wang Yi" is a name of its own
      out.push({
        start: t.start,
        end: t.end,
        kind: "person",
        entityId: seen.mention.entityId,
        actor: seen.mention.actor,
        via: "surname",
        sentence: sentence.index,
        tokenStart: i,
        tokenEnd: i + 1,
        possessive: isPossessive(doc, i + 1),
      });
    }
  }
  return out;
}

/** Whether only a comma, "and" or both lie between two token positions: the next name of a list. */
function continuesList(doc: Doc, from: number, to: number): boolean {
  const between = doc.tokens.slice(from, to).map((t) => t.norm);
  return between.length > 0 && between.length <= 2 && between.every((w) => w === "," || w === "and");
}

function personFromRun(
  doc: Doc,
  sentence: Sentence,
  inputRun: Run,
  cues: PersonCues,
  /** The person before this run in a list ("Ministers A, B and C"): a listed name is a person like it. */
  listedAfter: Mention | null = null,
): Mention | null {
  const { tokens } = doc;
  // letters after the name are not part of it ("Christopher Pyne MP")
  let to = inputRun.to;
  while (to > inputRun.from + 1 && cues.postNominals.has(tokens[to - 1].text)) to--;
  const run = { from: inputRun.from, to };
  // the name is what follows the last title or organisation word of the run
  let nameFrom = run.from;
  for (let i = run.from; i < run.to; i++) {
    const t = tokens[i];
    if (t.word && (cues.nonNameWords.has(t.norm) || cues.cueWords.has(t.norm))) nameFrom = i + 1;
  }
  while (nameFrom < run.to && !(tokens[nameFrom].word && tokens[nameFrom].capitalized)) nameFrom++;
  const words = [];
  for (let i = nameFrom; i < run.to; i++) if (tokens[i].word && tokens[i].capitalized) words.push(tokens[i]);
  if (words.length < 2 || words.length > 5) return null;
  if (words[words.length - 1].text.length < 2) return null; // "Antony J." is a name cut at an initial
  if (words.some((w) => w.text.length > 1 && w.text === w.text.toUpperCase())) return null; // acronyms
  const titled = nameFrom > run.from && tokens.slice(run.from, nameFrom).some((t) => cues.cueWords.has(t.norm));
  const before = tokens
    .slice(Math.max(sentence.tokenStart, run.from - 8), run.from)
    .filter((t) => t.word)
    .map((t) => t.norm);
  const titledBefore =
    before.slice(-3).some((w) => cues.cueWords.has(w)) ||
    titleChainBefore(doc, sentence, run.from, cues) ||
    (tokens[run.from - 1]?.text === "," && before.some((w) => cues.cueWords.has(w)));
  const afterTokens = tokens.slice(run.to, Math.min(sentence.tokenEnd, run.to + 3));
  const appositive =
    afterTokens[0]?.text === "," &&
    /^(a|an|the|director|head|chief|spokesman|spokeswoman|spokesperson|minister|ambassador|president|secretary|former|deputy|senior|charge|chargé|consul|envoy)$/.test(
      afterTokens[1]?.norm ?? "",
    );
  const appositiveOwner = afterTokens[0]?.text === "," && afterTokens[1]?.capitalized && isPossessive(doc, run.to + 2);
  const speaks =
    afterTokens.some((t) => cues.speechVerbs.has(t.norm)) || before.slice(-1).some((w) => cues.speechVerbs.has(w));
  if (!titled && !titledBefore && !appositive && !appositiveOwner && !speaks && !listedAfter) return null;
  const start = tokens[nameFrom].start;
  const end = tokens[run.to - 1].end;
  const name = doc.text.slice(start, end);
  const id = `person:${slug(name)}`;
  // the state of an official named with a demonym title ("Qatari Minister of Energy ... Mohammed al-Sada")
  const stateMention =
    inSentence(doc.mentions, sentence.index).find(
      (m) =>
        m.kind === "country" &&
        m.actor &&
        m.sentence === sentence.index &&
        m.end <= start &&
        m.tokenEnd >= run.from - 2,
    ) ?? stateBeforeTitle(doc, sentence, run.from, cues);
  // "Prime Minister James Marape of Papua New Guinea": the state right after the name, before any state just
  // ahead of the title ("Indian officials met Prime Minister James Marape of Papua New Guinea")
  const ofState =
    tokens[run.to]?.norm === "of"
      ? inSentence(doc.mentions, sentence.index).find((m) => m.kind === "country" && m.tokenStart === run.to + 1)
      : undefined;
  const ownerMention = appositiveOwner
    ? inSentence(doc.mentions, sentence.index).find((m) => m.kind === "country" && m.tokenStart === run.to + 1)
    : undefined;
  // "Albert del Rosario, Secretary of Foreign Affairs of the Philippines": the state his appositive title names
  const titleState = appositive ? appositiveTitleState(doc, sentence, run.to) : undefined;
  const country =
    ofState?.actor ??
    stateMention?.actor ??
    ownerMention?.actor ??
    titleState ??
    ((titled || titledBefore) && opensSentence(doc, sentence, run.from) ? doc.publisher : null);
  if (!doc.entities.has(id)) {
    const role = titled ? doc.text.slice(tokens[run.from].start, tokens[nameFrom - 1].end) : null;
    doc.entities.set(id, { id, kind: "person", name, country, role });
  }
  return {
    start,
    end,
    kind: "person",
    entityId: id,
    actor: titled || titledBefore || titleState ? country : null,
    via: "name",
    sentence: sentence.index,
    tokenStart: nameFrom,
    tokenEnd: run.to,
    possessive: isPossessive(doc, run.to),
  };
}

const MAX_TITLE_TOKENS = 10;

/**
 * "Assistant Secretary of State for African Affairs Molly Phee": a title whose capitalised words and "of",
 * "for", "and" run up to the name, however long.
 */
function titleChainBefore(doc: Doc, sentence: Sentence, runFrom: number, cues: PersonCues): boolean {
  for (let i = runFrom - 1; i >= Math.max(sentence.tokenStart, runFrom - MAX_TITLE_TOKENS); i--) {
    const t = doc.tokens[i];
    if (!t.word) return false;
    if (t.capitalized && cues.cueWords.has(t.norm)) return true;
    if (!t.capitalized && !TITLE_JOINERS.has(t.norm)) return false;
  }
  return false;
}

const TITLE_JOINERS = new Set(["of", "for", "and"]);

/**
 * "Assistant Secretary of State Molly Phee will travel to Nigeria" in the State Department's own release: an
 * official whose title opens the sentence and names no state is the publishing government's (a foreign official
 * in such a release comes after the verb, "met with Foreign Minister X", or with a state named).
 */
function opensSentence(doc: Doc, sentence: Sentence, runFrom: number): boolean {
  for (let i = sentence.tokenStart; i < runFrom; i++) {
    const t = doc.tokens[i];
    if (t.word && !t.capitalized && !TITLE_JOINERS.has(t.norm) && t.norm !== "the") return false;
  }
  return true;
}

/**
 * The state that opens an official's title: "Qatari Minister of Energy", "Iran's UN Ambassador" (the UN is the
 * post, not the state served), "The Papua New Guinea Prime Minister and Acting Foreign Minister"; only title
 * words, capitalised words, "and", "'s" and organisation names lie between the state and the run.
 */
function stateBeforeTitle(doc: Doc, sentence: Sentence, runFrom: number, cues: PersonCues): Mention | undefined {
  const mentions = inSentence(doc.mentions, sentence.index);
  for (let i = runFrom - 1; i >= Math.max(sentence.tokenStart, runFrom - MAX_TITLE_TOKENS); i--) {
    const state = mentions.find((m) => m.kind === "country" && m.actor && m.tokenEnd === i + 1);
    if (state) return state;
    const t = doc.tokens[i];
    const organization = mentions.some((m) => m.kind === "organization" && m.tokenStart <= i && i < m.tokenEnd);
    const titleWord = t.word && (t.capitalized || t.norm === "and" || t.norm === "s" || cues.cueWords.has(t.norm));
    if (!organization && !titleWord && t.text !== "'" && t.text !== "’") return undefined;
  }
  return undefined;
}

/** The state named inside the appositive title after a name, before the appositive's closing comma. */
function appositiveTitleState(doc: Doc, sentence: Sentence, comma: number): string | undefined {
  const state = inSentence(doc.mentions, sentence.index).find(
    (m) => m.kind === "country" && !!m.actor && m.tokenStart > comma && m.tokenStart - comma <= 12,
  );
  if (!state) return undefined;
  const inside = doc.tokens.slice(comma + 1, state.tokenStart);
  return inside.some((t) => t.text === "," || t.text === ";") ? undefined : (state.actor ?? undefined);
}

/** Nouns of what befalls a person: their "of" phrase names someone, not a place. */
const PERSON_FATE_NOUNS = new Set(
  "release arrest detention ouster overthrow removal resignation death killing assassination trial return freedom capture extradition kidnapping abduction".split(
    " ",
  ),
);

function placeFromRun(doc: Doc, knowledge: Knowledge, sentence: Sentence, run: Run): Mention | null {
  const { tokens } = doc;
  const prev = tokens[run.from - 1];
  const prevWord = prev?.word ? prev.norm : "";
  const isDateline =
    doc.article.dateline &&
    tokens[run.from].start >= doc.article.dateline.start &&
    tokens[run.to - 1].end <= doc.article.dateline.end;
  // "an attack on Odesa", "strikes against Kharkiv", "drones over Kyiv": the phrases that place an act too
  if (
    !isDateline &&
    !/^(in|to|at|from|near|outside|visited|visit|into|of|on|against|across|over|toward|towards|hit|struck|shelled|bombed|attacked|targeted|pounded|captured|seized)$/.test(
      prevWord,
    )
  )
    return null;
  // "the release of Condé", "the ouster of Conde": a name after a noun of what befalls a person is that person
  if (prevWord === "of" && PERSON_FATE_NOUNS.has(tokens[run.from - 2]?.norm ?? "")) return null;
  const words = tokens.slice(run.from, run.to).filter((t) => t.word);
  if (words.length > 3) return null;
  // "in March", "in the West": calendar and common capitalised words are not places
  if (words.some((w) => knowledge.personCues.nonNameWords.has(w.norm))) return null;
  const name = doc.text.slice(words[0].start, words[words.length - 1].end);
  const place = knowledge.places().lookup(words.map((w) => w.norm).join(" "));
  if (!place) return null;
  return placeMention(
    doc,
    knowledge,
    {
      start: words[0].start,
      end: words[words.length - 1].end,
      sentence: sentence.index,
      tokenStart: run.from,
      tokenEnd: run.to,
      possessive: false,
    },
    name,
    null,
  );
}
