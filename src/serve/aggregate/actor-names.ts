// Display names for actor ids: states from the world-countries package, organisations from the store's entities.
import countries from "world-countries";

const STATE_NAMES = new Map<string, string>(countries.map((country) => [country.cca3, country.name.common]));
const STATE_NUMERIC = new Map<string, string>(countries.map((country) => [country.cca3, country.ccn3]));

export function stateName(iso3: string): string | null {
  return STATE_NAMES.get(iso3) ?? null;
}

/** ISO 3166-1 numeric code, which world-atlas uses as feature id. */
export function stateNumericCode(iso3: string): string | null {
  return STATE_NUMERIC.get(iso3) || null;
}

export function isOrganisation(actor: string): boolean {
  return actor.startsWith("org:");
}
