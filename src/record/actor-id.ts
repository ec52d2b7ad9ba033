// Who an event or relation is between. Countries are ISO 3166-1 alpha-3 codes ("SYR"); everything else carries
// its kind as a prefix: "org:un", "person:xi-jinping", "place:homs".
export type ActorId = string;

export function isCountryId(id: ActorId): boolean {
  return /^[A-Z]{3}$/.test(id);
}

export function isOrganizationId(id: ActorId): boolean {
  return id.startsWith("org:");
}

export function isPersonId(id: ActorId): boolean {
  return id.startsWith("person:");
}

export function isPlaceId(id: ActorId): boolean {
  return id.startsWith("place:");
}

/**
 * A place's id: "place:" and its name's slug ("place:hangzhou"). A name the gazetteer knows in more than one
 * country (`shared`) also carries the country's code in lower case, so that two cities of one name are two
 * entities: "place:tripoli-lby", "place:tripoli-lbn". Without a known country the plain form stays.
 */
export function placeId(nameSlug: string, country: string | null, shared: boolean): ActorId {
  return shared && country ? `place:${nameSlug}-${country.toLowerCase()}` : `place:${nameSlug}`;
}
