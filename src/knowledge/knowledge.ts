// The knowledge base as analyze/ sees it: read once per process through knowledge-files.ts (knowledge/) and
// npm data packages, and indexed by phrase key so that a text is matched in one pass.
import { createRequire } from "node:module";
import { phraseKey } from "../text/tokens.ts";
import type { EventPatterns } from "./event-patterns.ts";
import { KNOWLEDGE_DIR, type KnowledgeFiles, readKnowledgeFiles } from "./knowledge-files.ts";
import { loadPersonCues, type PersonCues } from "./person-cues.ts";
import { createPlaceIndex, type PlaceIndex } from "./places.ts";
import type { AbbreviationsFile, CountryExtra, Organization, Person } from "./schema.ts";

export { KNOWLEDGE_DIR } from "./knowledge-files.ts";

export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
  demonyms: string[];
  capitals: string[];
}

export type PhraseCandidate =
  | { type: "country"; id: string; via: "name" | "demonym" | "capital" | "metonym"; ambiguous: boolean }
  | { type: "person"; id: string; full: boolean }
  | { type: "organization"; id: string; generic?: boolean };

export interface Knowledge {
  /** The knowledge files' content hash (knowledge-files.ts): it changes whenever any file does. */
  readonly version: string;
  countries: Map<string, CountryInfo>;
  countryByIso2: Map<string, string>;
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  /** Phrase key (see phraseKey) → what it may name. */
  phrases: Map<string, PhraseCandidate[]>;
  /** Every leading part of a phrase key ("united", "united arab"): a match stops growing when it leaves them. */
  phrasePrefixes: Set<string>;
  maxPhraseTokens: number;
  eventPatterns: EventPatterns;
  /** Territory (ISO3) → the sovereign state it acts through (Hong Kong → China). */
  sovereignOf: Map<string, string>;
  /** Words a full stop follows without ending the sentence (knowledge/abbreviations.json). */
  abbreviations: AbbreviationsFile;
  /** The data files the stages read as they are (knowledge/*.json). */
  files: KnowledgeFiles;
  personCues: PersonCues;
  places: () => PlaceIndex;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  unMember?: boolean;
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

function pluralDemonyms(demonym: string): string[] {
  if (/(ese|ss|sh|ch|ench|ish)$/i.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}

function buildCountries(extras: CountryExtra[]): { countries: Map<string, CountryInfo>; byIso2: Map<string, string> } {
  const require = createRequire(import.meta.url);
  const world = require("world-countries") as WorldCountry[];
  const countries = new Map<string, CountryInfo>();
  const byIso2 = new Map<string, string>();
  for (const c of world) {
    const demonym = c.demonyms?.eng?.m;
    countries.set(c.cca3, {
      iso3: c.cca3,
      iso2: c.cca2,
      name: c.name.common,
      demonyms: demonym ? pluralDemonyms(demonym) : [],
      capitals: c.capital ?? [],
    });
    byIso2.set(c.cca2, c.cca3);
  }
  for (const extra of extras) {
    const c = countries.get(extra.iso3);
    if (!c) continue;
    for (const d of extra.demonyms) c.demonyms.push(...pluralDemonyms(d));
    c.capitals.push(...extra.capitals);
  }
  return { countries, byIso2 };
}

function addPhrase(phrases: Map<string, PhraseCandidate[]>, phrase: string, candidate: PhraseCandidate) {
  const key = phraseKey(phrase);
  if (!key) return;
  const list = phrases.get(key) ?? [];
  if (!list.some((c) => c.type === candidate.type && c.id === candidate.id)) list.push(candidate);
  phrases.set(key, list);
}

function buildPhrases(
  countries: Map<string, CountryInfo>,
  extras: CountryExtra[],
  people: Map<string, Person>,
  organizations: Map<string, Organization>,
): Map<string, PhraseCandidate[]> {
  const phrases = new Map<string, PhraseCandidate[]>();
  const ambiguous = new Set(extras.flatMap((e) => e.ambiguous.map((a) => `${e.iso3}|${phraseKey(a)}`)));
  const isAmbiguous = (iso3: string, phrase: string) => ambiguous.has(`${iso3}|${phraseKey(phrase)}`);
  const require = createRequire(import.meta.url);
  const world = require("world-countries") as WorldCountry[];
  const notNames = new Set(extras.flatMap((e) => e.not_names.map((n) => `${e.iso3}|${phraseKey(n)}`)));
  for (const c of world) {
    const spellings = c.altSpellings.filter((s) => s.length > 3 && !notNames.has(`${c.cca3}|${phraseKey(s)}`));
    const names = [c.name.common, c.name.official, ...spellings];
    for (const n of names)
      addPhrase(phrases, n, { type: "country", id: c.cca3, via: "name", ambiguous: isAmbiguous(c.cca3, n) });
  }
  for (const e of extras) {
    for (const n of e.names)
      addPhrase(phrases, n, { type: "country", id: e.iso3, via: "name", ambiguous: isAmbiguous(e.iso3, n) });
    for (const m of e.metonyms)
      addPhrase(phrases, m, { type: "country", id: e.iso3, via: "metonym", ambiguous: false });
  }
  for (const c of countries.values()) {
    for (const d of c.demonyms)
      addPhrase(phrases, d, { type: "country", id: c.iso3, via: "demonym", ambiguous: isAmbiguous(c.iso3, d) });
    for (const cap of c.capitals) {
      addPhrase(phrases, cap, { type: "country", id: c.iso3, via: "capital", ambiguous: isAmbiguous(c.iso3, cap) });
    }
  }
  for (const p of people.values()) {
    addPhrase(phrases, p.name, { type: "person", id: p.id, full: true });
    for (const a of p.aliases) addPhrase(phrases, a, { type: "person", id: p.id, full: a.trim().includes(" ") });
  }
  for (const o of organizations.values()) {
    for (const n of [o.name, ...(o.short ? [o.short] : []), ...o.aliases])
      addPhrase(phrases, n, { type: "organization", id: o.id });
    for (const n of o.generic_aliases) addPhrase(phrases, n, { type: "organization", id: o.id, generic: true });
  }
  // "American" is the demonym of several territories too: sovereign UN members come first
  const members = new Set(world.filter((c) => c.unMember).map((c) => c.cca3));
  const rank = (c: PhraseCandidate) => (c.type === "country" && members.has(c.id) ? 0 : 1);
  for (const list of phrases.values()) list.sort((a, b) => rank(a) - rank(b));
  return phrases;
}

function prefixesOf(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) {
    const words = key.split(" ");
    for (let i = 1; i <= words.length; i++) prefixes.add(words.slice(0, i).join(" "));
  }
  return prefixes;
}

const cache = new Map<string, Knowledge>();

/** Loads and indexes the knowledge base of `dir` (default knowledge/) once per process; bad files fail loudly. */
export function loadKnowledge(dir = KNOWLEDGE_DIR): Knowledge {
  const known = cache.get(dir);
  if (known) return known;
  const files = readKnowledgeFiles(dir);
  const people = new Map(files.people.map((person) => [person.id, person] as const));
  const organizations = new Map(files.organizations.map((organization) => [organization.id, organization] as const));
  const { countries, byIso2 } = buildCountries(files.countryExtras);
  const phrases = buildPhrases(countries, files.countryExtras, people, organizations);
  let places: PlaceIndex | null = null;
  const knowledge: Knowledge = {
    version: files.version,
    countries,
    countryByIso2: byIso2,
    people,
    organizations,
    phrases,
    phrasePrefixes: prefixesOf(phrases.keys()),
    maxPhraseTokens: Math.min(8, Math.max(...[...phrases.keys()].map((k) => k.split(" ").length))),
    eventPatterns: files.eventPatterns,
    sovereignOf: new Map(Object.entries(files.territories.sovereign_of)),
    abbreviations: files.abbreviations,
    files,
    personCues: loadPersonCues(dir),
    places: () => {
      places ??= createPlaceIndex(byIso2, files.placeNames.aliases);
      return places;
    },
  };
  cache.set(dir, knowledge);
  return knowledge;
}
