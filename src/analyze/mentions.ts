// Stage: mentions. Finds states (names, demonyms, capitals acting as governments, metonyms), people,
// organisations and places, resolves ambiguity from context and the article's date, and records the
// entities the article names.
import type { Knowledge, PhraseCandidate } from "../knowledge/knowledge.ts";
import { placeId } from "../record/actor-id.ts";
import { foldAccents, slug } from "../text/fold-text.ts";
import type { Doc, Mention, Sentence } from "./doc.ts";
import { matchPhrases, type PhraseMatch } from "./gazetteer-match.ts";
import { activeTerms, choosePerson, personActor, personRole } from "./linking.ts";

const INSTITUTION_WORDS = new Set([
  "studies",
  "university",
  "institute",
  "center",
  "centre",
  "college",
  "school",
  "foundation",
  "airlines",
  "airways",
  "times",
  "post",
  "daily",
  "television",
  "radio",
  "herald",
  "tribune",
  "observer",
  "review",
]);
// "in Beijing" is a place; "the government in Kabul said" is the government
const PLACE_PREPOSITIONS = new Set([
  "in",
  "to",
  "at",
  "from",
  "near",
  "outside",
  "visit",
  "visited",
  "visiting",
  "into",
  "across",
]);

export function isPossessive(doc: Doc, tokenEnd: number): boolean {
  const a = doc.tokens[tokenEnd];
  const b = doc.tokens[tokenEnd + 1];
  return !!a && !!b && (a.text === "'" || a.text === "’") && b.norm === "s" && a.start === doc.tokens[tokenEnd - 1].end;
}

function previousWord(doc: Doc, sentence: Sentence, tokenStart: number, skipThe = true): string {
  for (let i = tokenStart - 1; i >= sentence.tokenStart; i--) {
    const t = doc.tokens[i];
    if (!t.word) return t.text;
    if (skipThe && t.norm === "the") continue;
    return t.norm;
  }
  return "";
}

/** "Russia's Security Council", "the Russian Security Council", "National Security Council": another body's name. */
function ownBody(doc: Doc, sentence: Sentence, tokenStart: number): boolean {
  const before = tokenStart - 1;
  if (before < sentence.tokenStart) return false;
  const t = doc.tokens[before];
  const quote = doc.tokens[before - 1];
  if (t.norm === "s" && quote && (quote.text === "'" || quote.text === "’")) return true;
  return !!t.word && t.capitalized && t.norm !== "the" && before > sentence.tokenStart;
}

function nextWord(doc: Doc, sentence: Sentence, tokenEnd: number): string {
  for (let i = tokenEnd; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.word) return t.norm;
    if (t.text !== "-") return t.text;
  }
  return "";
}

/**
 * An ambiguous state name ("Georgia", "Jordan", "Chad") reads as the state unless its context says
 * otherwise (knowledge/ambiguity-cues.json): a following capitalised surname (Michael Jordan), a geographic
 * noun (the Jordan River), or a sentence cue of the other sense (a US-state context for Georgia).
 */
function stateReadingOfAmbiguous(
  doc: Doc,
  knowledge: Knowledge,
  sentence: Sentence,
  m: PhraseMatch,
  iso3: string,
): boolean {
  const cues = ambiguityCuesOf(knowledge);
  const next = doc.tokens[m.tokenEnd];
  const before = doc.tokens[m.tokenStart - 1];
  if (next?.word && next.capitalized) return false;
  if (before?.word && before.capitalized && !cues.keepBefore.has(before.norm)) return false;
  if (cues.geographicAfter.has(nextWord(doc, sentence, m.tokenEnd))) return false;
  const senses = cues.byState.get(iso3);
  if (!senses) return true;
  const text = doc.text.slice(sentence.start, sentence.end);
  return senses.otherSense.test(text) ? senses.stateSense.test(text) : true;
}

interface AmbiguityCues {
  keepBefore: Set<string>;
  geographicAfter: Set<string>;
  byState: Map<string, { otherSense: RegExp; stateSense: RegExp }>;
}

const ambiguityCache = new WeakMap<Knowledge, AmbiguityCues>();

function ambiguityCuesOf(knowledge: Knowledge): AmbiguityCues {
  const known = ambiguityCache.get(knowledge);
  if (known) return known;
  const file = knowledge.files.ambiguityCues;
  const anyOf = (phrases: string[]) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "u");
  const cues: AmbiguityCues = {
    keepBefore: new Set(file.keep_before),
    geographicAfter: new Set(file.geographic_nouns_after),
    byState: new Map(
      Object.entries(file.by_state).map(([iso3, senses]) => [
        iso3,
        { otherSense: anyOf(senses.other_sense), stateSense: anyOf(senses.state_sense) },
      ]),
    ),
  };
  ambiguityCache.set(knowledge, cues);
  return cues;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function mentionsStage(doc: Doc, knowledge: Knowledge): void {
  const cues = knowledge.personCues;
  const matches: Array<{ sentence: Sentence; match: PhraseMatch }> = [];
  for (const sentence of doc.sentences) {
    for (const match of matchPhrases(
      doc.tokens,
      sentence.tokenStart,
      sentence.tokenEnd,
      knowledge.phrases,
      knowledge.maxPhraseTokens,
      knowledge.phrasePrefixes,
    )) {
      matches.push({ sentence, match });
    }
  }
  // States first: the people chosen for a shared name are those of the states the article is about.
  const stateWeight = new Map<string, number>();
  for (const { match } of matches) {
    for (const c of match.candidates) if (c.type === "country") stateWeight.set(c.id, (stateWeight.get(c.id) ?? 0) + 1);
  }
  const fullNamesSeen = new Set<string>();
  for (const { sentence, match } of matches) {
    const mention = resolveMatch(doc, knowledge, sentence, match, stateWeight, fullNamesSeen, cues.groupNouns);
    if (mention) doc.mentions.push(mention);
  }
  for (const [index, m] of doc.mentions.entries())
    if (m.kind === "organization" && isEnvoyPost(doc, doc.mentions[index - 1], m)) m.actor = null;
}

/** Titles of a state's envoy whose organisation word names the post: "Iran's UN ambassador", "Brazil's WTO envoy". */
const ENVOY_TITLES = new Set(["ambassador", "ambassadors", "envoy", "envoys", "representative", "delegate", "mission"]);

/**
 * "Iran's UN Ambassador", "the Iranian UN envoy": the organisation is where the state's envoy is posted, and the
 * envoy speaks for the state, not for the organisation ("UN envoy Staffan de Mistura" stays the UN's).
 */
function isEnvoyPost(doc: Doc, before: Mention | undefined, organization: Mention): boolean {
  if (!ENVOY_TITLES.has(doc.tokens[organization.tokenEnd]?.norm ?? "")) return false;
  if (before?.kind !== "country" || !before.actor) return false;
  const gap = organization.tokenStart - before.tokenEnd;
  return gap === 0 || (gap === 2 && before.possessive);
}

function pick(candidates: PhraseCandidate[], type: PhraseCandidate["type"]): PhraseCandidate[] {
  return candidates.filter((c) => c.type === type);
}

// Over 80 lines: one decision ladder (name, title, surname, capital, demonym) that must be read in order; split it with the mention stage's move onto the parse.
function resolveMatch(
  doc: Doc,
  knowledge: Knowledge,
  sentence: Sentence,
  match: PhraseMatch,
  stateWeight: Map<string, number>,
  fullNamesSeen: Set<string>,
  groupNouns: Set<string>,
): Mention | null {
  const { tokens } = doc;
  const start = tokens[match.tokenStart].start;
  const end = tokens[match.tokenEnd - 1].end;
  const base = {
    start,
    end,
    sentence: sentence.index,
    tokenStart: match.tokenStart,
    tokenEnd: match.tokenEnd,
    possessive: isPossessive(doc, match.tokenEnd),
  };
  const people = pick(match.candidates, "person");
  const fullPeople = people.filter((c) => c.type === "person" && c.full);
  const orgs = pick(match.candidates, "organization");
  const countries = match.candidates.filter((c) => c.type === "country");
  const date = doc.referenceDate;

  const personMention = (ids: string[], via: Mention["via"]): Mention | null => {
    const person = choosePerson(ids, knowledge, date, stateWeight);
    if (!person) return null;
    // a bare surname ("Zhu", "Li") is a known person only if named in full before, or in office on the date,
    // and not when another capitalised name follows ("Zhu Hailun")
    if (via === "surname") {
      const next = tokens[match.tokenEnd];
      if (next?.word && next.capitalized) return null;
      if (!fullNamesSeen.has(person.id) && !activeTerms(person, date).length) return null;
    }
    fullNamesSeen.add(person.id);
    const actor = personActor(person, date);
    if (!doc.entities.has(person.id)) {
      doc.entities.set(person.id, {
        id: person.id,
        kind: "person",
        name: person.name,
        country: person.country ?? actor,
        role: personRole(person, date),
      });
    }
    return { ...base, kind: "person", entityId: person.id, actor: actor, via };
  };

  if (fullPeople.length)
    return personMention(
      fullPeople.map((c) => c.id),
      "name",
    );
  if (orgs.length) {
    const org = knowledge.organizations.get(orgs[0].id);
    if (orgs[0].type === "organization" && orgs[0].generic && ownBody(doc, sentence, match.tokenStart)) return null;
    if (org) {
      if (!doc.entities.has(org.id)) {
        doc.entities.set(org.id, {
          id: org.id,
          kind: "organization",
          name: org.name,
          aliases: [...(org.short ? [org.short] : []), ...org.aliases],
        });
      }
      return { ...base, kind: "organization", entityId: org.id, actor: org.id, via: "name" };
    }
  }
  if (countries.length) {
    const c = countries[0];
    if (c.type !== "country") return null;
    if (c.ambiguous && !stateReadingOfAmbiguous(doc, knowledge, sentence, match, c.id)) return null;
    // "Latin American", "South American": a region, not the United States
    const before = previousWord(doc, sentence, match.tokenStart, false);
    if (c.via === "demonym" && /^(latin|south|north|central)$/.test(before)) return null;
    const after = nextWord(doc, sentence, match.tokenEnd);
    if (/^(ocean|sea|gulf|peninsula|subcontinent)$/.test(after)) return null;
    // "Turkish-Americans", "Chinese-Canadians": people of one origin and another citizenship, neither state
    if (c.via === "demonym" && hyphenatedOrigin(doc, start, end)) return null;
    // "Pakistan's Foreign Office", "the Chinese Foreign Ministry": an institution of the state named before it
    if (c.via === "metonym") {
      const prev = tokens[match.tokenStart - 1];
      const prevPrev = tokens[match.tokenStart - 2];
      if (prev?.norm === "s" && (prevPrev?.text === "'" || prevPrev?.text === "’")) return null;
      if (prev?.word && knowledge.phrases.get(prev.norm)?.some((x) => x.type === "country")) return null;
    }
    const info = knowledge.countries.get(c.id);
    const lead = doc.text.slice(Math.max(sentence.start, start - 30), start);
    const governmentIn =
      /\b(?:government|authorities|officials|leadership|regime|administration|rulers)\s+in\s+$/i.test(lead);
    const dateline = doc.article.dateline;
    // "ISLAMABAD and LONDON --": a dateline says where the reporters were, never which government acts
    const inDateline = !!dateline && start >= dateline.start && end <= dateline.end;
    if (
      c.via === "capital" &&
      !governmentIn &&
      (inDateline ||
        PLACE_PREPOSITIONS.has(previousWord(doc, sentence, match.tokenStart)) ||
        after === "university" ||
        // "the Saudi city of Jeddah", "the government in Kabul" stays an actor; "the port of Aden" is a place
        /\b(?:city|town|port|capital|province|region|streets|outskirts|centre|center) of\s+$/i.test(lead))
    ) {
      return placeMention(doc, knowledge, base, doc.text.slice(start, end), c.id);
    }
    if (!doc.entities.has(c.id)) doc.entities.set(c.id, { id: c.id, kind: "country", name: info?.name ?? c.id });
    // "Colombian rebels", "Chinese social media": a group of the country, not its state
    const nextToken = tokens[match.tokenEnd];
    const insideInstitution = nextToken?.capitalized && INSTITUTION_WORDS.has(nextToken.norm); // "Center for Afghanistan Studies"
    const state = knowledge.sovereignOf.get(c.id) ?? c.id;
    // "the pro-Turkish party", "anti-American slogans": a stance toward the state, not the state acting
    const stance = /\b(?:pro|anti)-$/i.test(doc.text.slice(Math.max(0, start - 5), start));
    const actor = (c.via === "demonym" && groupNouns.has(after)) || insideInstitution || stance ? null : state;
    return { ...base, kind: "country", entityId: c.id, actor, via: c.via };
  }
  if (people.length)
    return personMention(
      people.map((p) => p.id),
      "surname",
    );
  return null;
}

export function placeMention(
  doc: Doc,
  knowledge: Knowledge,
  base: Omit<Mention, "kind" | "entityId" | "actor" | "via">,
  name: string,
  countryHint: string | null,
): Mention | null {
  const place = knowledge.places().lookup(foldAccents(name.toLowerCase()));
  // the plain id until the places stage knows the country (places.ts gives a shared name its country's id)
  const id = placeId(slug(name), null, false);
  if (!doc.entities.has(id)) {
    doc.entities.set(id, {
      id,
      kind: "place",
      name,
      country: countryHint ?? place?.country ?? null,
      ...(place ? { lat: place.lat, lon: place.lon } : {}),
    });
  }
  return { ...base, kind: "place", entityId: id, actor: null, via: "name" };
}

/** A demonym joined by a hyphen to a plural demonym noun: "Turkish-Americans" (either half). */
function hyphenatedOrigin(doc: Doc, start: number, end: number): boolean {
  const around = doc.text.slice(Math.max(0, start - 30), end + 30);
  const at = start - Math.max(0, start - 30);
  const word = /[\p{L}]+(?:-[\p{L}]+)+/gu;
  for (const m of around.matchAll(word)) {
    const from = m.index ?? 0;
    if (from > at || from + m[0].length < at + (end - start)) continue;
    const parts = m[0].split("-");
    const last = parts[parts.length - 1];
    return parts.length === 2 && /^\p{Lu}/u.test(parts[0]) && /^\p{Lu}\p{Ll}+(?:ans|is)$/u.test(last);
  }
  return false;
}
