// The knowledge base as analyze/ sees it: loaded once per process from knowledge/ and npm data packages,
// and indexed by phrase key so that a text is matched in one pass.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { phraseKey } from "../text/tokens.ts";
import { type EventPatterns, loadEventPatterns } from "./event-patterns.ts";
import { createPlaceIndex, type PlaceIndex } from "./places.ts";
import {
  type CountryExtra,
  countryExtrasFileSchema,
  type Organization,
  organizationsFileSchema,
  type Person,
  peopleFileSchema,
} from "./schema.ts";

export const KNOWLEDGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../knowledge");

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
  | { type: "organization"; id: string };

export interface Knowledge {
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

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`knowledge file ${path} could not be read: ${(error as Error).message}`);
  }
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
  for (const c of world) {
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)];
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
      addPhrase(phrases, d, { type: "country", id: c.iso3, via: "demonym", ambiguous: false });
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

let cached: Knowledge | null = null;

/** Loads and indexes the knowledge base once per process. Bad knowledge files fail loudly, naming the file. */
export function loadKnowledge(dir = KNOWLEDGE_DIR): Knowledge {
  if (cached && dir === KNOWLEDGE_DIR) return cached;
  const extrasPath = join(dir, "countries.json");
  const extras = existsSync(extrasPath) ? countryExtrasFileSchema.parse(readJson(extrasPath)) : [];
  const people = new Map<string, Person>();
  const peopleDir = join(dir, "people");
  if (existsSync(peopleDir)) {
    for (const file of readdirSync(peopleDir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const parsed = peopleFileSchema.safeParse(readJson(join(peopleDir, file)));
      if (!parsed.success) throw new Error(`knowledge file people/${file} is invalid: ${parsed.error.message}`);
      for (const p of parsed.data) people.set(p.id, p);
    }
  }
  const orgsPath = join(dir, "organizations.json");
  const organizations = new Map<string, Organization>();
  if (existsSync(orgsPath))
    for (const o of organizationsFileSchema.parse(readJson(orgsPath))) organizations.set(o.id, o);
  const { countries, byIso2 } = buildCountries(extras);
  const phrases = buildPhrases(countries, extras, people, organizations);
  let places: PlaceIndex | null = null;
  const knowledge: Knowledge = {
    version: "1",
    countries,
    countryByIso2: byIso2,
    people,
    organizations,
    phrases,
    phrasePrefixes: prefixesOf(phrases.keys()),
    maxPhraseTokens: Math.min(8, Math.max(...[...phrases.keys()].map((k) => k.split(" ").length))),
    eventPatterns: loadEventPatterns(join(dir, "event-patterns.json")),
    sovereignOf: new Map(
      Object.entries(
        (readJson(join(dir, "territories.json")) as { sovereign_of: Record<string, string> }).sovereign_of,
      ),
    ),
    places: () => {
      places ??= createPlaceIndex(byIso2);
      return places;
    },
  };
  if (dir === KNOWLEDGE_DIR) cached = knowledge;
  return knowledge;
}
