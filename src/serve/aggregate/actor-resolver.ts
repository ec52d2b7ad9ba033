// The one actor resolver of the CLI, the HTTP API and (through the API) the web app: turns what a user types
// for an actor ("china", "chn", "Syrian", "org:bri", "BRI") into the actor id the store uses. States come from
// world-countries plus knowledge/countries.json; organisations from knowledge/organizations.json (both read and
// checked by the one knowledge reader, knowledge-files.ts).
import countries from "world-countries";
import { readKnowledgeFiles } from "../../knowledge/knowledge-files.ts";
import type { Store } from "../../store/store.ts";
import { foldAccents } from "../../text/fold-text.ts";

export interface Actor {
  id: string;
  name: string;
}

/** What the user typed names no actor, or several: a mistake in the input (CLI exit 2, HTTP 400). */
export class UnknownActorError extends Error {
  override name = "UnknownActorError";
  constructor(typed: string, detail: string) {
    super(`"${typed}" ${detail}`);
  }
}

interface ActorIndex {
  names: Map<string, Set<string>>;
  displayNames: Map<string, string>;
  /** UN member states win a shared demonym ("American": USA, not the Northern Mariana Islands). */
  unMembers: Set<string>;
}

let cached: ActorIndex | null = null;

function normalise(name: string): string {
  return foldAccents(name).toLowerCase().replace(/[.’']/g, "").replace(/\s+/g, " ").trim();
}

function buildIndex(): ActorIndex {
  const names = new Map<string, Set<string>>();
  const displayNames = new Map<string, string>();
  const unMembers = new Set(countries.filter((country) => country.unMember).map((country) => country.cca3));
  const add = (name: string, id: string) => {
    const key = normalise(name);
    if (key.length < 2) return;
    const ids = names.get(key) ?? new Set<string>();
    ids.add(id);
    names.set(key, ids);
  };

  for (const country of countries) {
    displayNames.set(country.cca3, country.name.common);
    add(country.cca3, country.cca3);
    add(country.name.common, country.cca3);
    add(country.name.official, country.cca3);
    for (const spelling of country.altSpellings) add(spelling, country.cca3);
    const demonym = country.demonyms?.eng;
    if (demonym) for (const form of [demonym.m, demonym.f]) if (form) add(form, country.cca3);
  }
  const knowledge = readKnowledgeFiles();
  for (const extra of knowledge.countryExtras) {
    for (const name of [...extra.names, ...extra.demonyms]) add(name, extra.iso3);
  }
  for (const organization of knowledge.organizations) {
    const id = organization.id;
    displayNames.set(id, organization.name);
    add(id, id);
    add(id.slice("org:".length), id);
    for (const name of [
      organization.name,
      ...(organization.short ? [organization.short] : []),
      ...organization.aliases,
    ]) {
      add(name, id);
    }
  }
  return { names, displayNames, unMembers };
}

/** The actor id for what the user typed; throws UnknownActorError naming the input when there is none or several. */
export function resolveActor(typed: string): Actor {
  cached ??= buildIndex();
  const trimmed = typed.trim();
  if (/^org:[a-z0-9-]+$/i.test(trimmed)) {
    const id = trimmed.toLowerCase();
    return { id, name: cached.displayNames.get(id) ?? id };
  }
  let ids = cached.names.get(normalise(trimmed));
  if (ids && ids.size > 1) {
    const members = [...ids].filter((id) => cached?.unMembers.has(id));
    if (members.length === 1) ids = new Set(members);
  }
  if (!ids || ids.size === 0) {
    throw new UnknownActorError(
      typed,
      "is not a state or organisation dyad knows: give an ISO 3166-1 alpha-3 code (CHN), a country name (China) or an organisation (org:bri, BRI)",
    );
  }
  if (ids.size > 1) {
    throw new UnknownActorError(typed, `could mean ${[...ids].sort().join(" or ")}: give the code instead`);
  }
  const [id] = ids;
  return { id, name: cached.displayNames.get(id) ?? id };
}

/** A display name for an actor id: "China" for CHN, the organisation's name for org:..., else the id. */
export function actorName(id: string): string {
  cached ??= buildIndex();
  return cached.displayNames.get(id) ?? id;
}

/**
 * Like resolveActor, but an organisation the knowledge files do not list is still found when the store has
 * seen it under that exact name or alias (articles name organisations the knowledge base may lack).
 */
export async function resolveActorWithStore(typed: string, store: Store): Promise<Actor> {
  try {
    return resolveActor(typed);
  } catch (error) {
    if (!(error instanceof UnknownActorError)) throw error;
    const wanted = normalise(typed);
    const { items } = await store.entities({ kind: "organization", search: typed.trim(), limit: 50 });
    const matches = items.filter((entity) =>
      [entity.name, ...(entity.aliases ?? [])].some((name) => normalise(name) === wanted),
    );
    if (matches.length !== 1) throw error;
    return { id: matches[0].id, name: matches[0].name };
  }
}
