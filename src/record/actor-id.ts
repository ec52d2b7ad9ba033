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
