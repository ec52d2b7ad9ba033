// Stage: places. Resolves the dateline and every place the article names with the article's states in view:
// a name several countries share ("Tripoli", "Hyderabad", "Washington") is the city of the state the story is
// about, else the capital or the best-known city of that name. Runs after mentions and names (which find the
// places and the states) and before events (which take an event's place from its own sentence:
// event-location.ts).
import type { Knowledge } from "../knowledge/knowledge.ts";
import { type Place, placeKey } from "../knowledge/places.ts";
import { placeId } from "../record/actor-id.ts";
import { slug } from "../text/fold-text.ts";
import { phraseKey } from "../text/tokens.ts";
import type { Doc } from "./doc.ts";

// How much context outweighs size, in powers of ten of population: a city of a state the article names wins
// over one 300 times its size elsewhere (Tripoli, Lebanon in a Lebanese story over Tripoli, Libya), and a
// national capital over a town 30 times smaller (Paris in a US story is France's, not Paris, Texas).
const IN_VIEW_WEIGHT = 2.5;
const CAPITAL_WEIGHT = 1.5;

/**
 * The states the article names as actors, by name, demonym or a person who holds office for them. A capital
 * used as a state's voice ("Tripoli said") is left out: it would vote for its own reading of the name.
 */
export function statesInView(doc: Doc): Set<string> {
  const states = new Set<string>();
  for (const mention of doc.mentions) {
    if (!mention.actor || mention.actor.startsWith("org:") || mention.via === "capital") continue;
    if (mention.kind === "country" || mention.kind === "person") states.add(mention.actor);
  }
  return states;
}

function isCapital(knowledge: Knowledge, place: Place, key: string): boolean {
  const country = place.country ? knowledge.countries.get(place.country) : undefined;
  return !!country?.capitals.some((capital) => placeKey(capital) === key);
}

/**
 * The city a place name means in this article, or null when no city of that name is known. `within` (a
 * dateline's region that names a country, "Hyderabad, Pakistan") restricts the choice to that country.
 */
export function resolvePlace(
  knowledge: Knowledge,
  name: string,
  inView: ReadonlySet<string>,
  within: string | null = null,
): Place | null {
  const key = placeKey(name);
  let candidates = knowledge.places().candidates(key);
  if (within) candidates = candidates.filter((c) => c.country === within);
  let best: Place | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const score =
      Math.log10(candidate.population) +
      (candidate.country && inView.has(candidate.country) ? IN_VIEW_WEIGHT : 0) +
      (isCapital(knowledge, candidate, key) ? CAPITAL_WEIGHT : 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** The country a dateline's region names ("China" in "Hangzhou, China"), or null ("DC", "Calif."). */
function regionCountry(knowledge: Knowledge, region: string | null): string | null {
  if (!region) return null;
  const named = knowledge.phrases.get(phraseKey(region))?.find((c) => c.type === "country" && c.via === "name");
  return named?.id ?? null;
}

export function placesStage(doc: Doc, knowledge: Knowledge): void {
  const inView = statesInView(doc);
  const dateline = doc.article.dateline;
  if (dateline?.place) {
    const within = regionCountry(knowledge, dateline.region ?? null);
    // "Washington, DC": the region may be part of the city's name rather than a country
    const place =
      (dateline.region && !within ? resolvePlace(knowledge, `${dateline.place} ${dateline.region}`, inView) : null) ??
      resolvePlace(knowledge, dateline.place, inView, within);
    doc.datelinePlace = { name: dateline.place, country: place?.country ?? within };
  }
  for (const entity of [...doc.entities.values()]) {
    if (entity.kind !== "place") continue;
    const place = resolvePlace(knowledge, entity.name, inView);
    if (!place) continue;
    entity.country = place.country;
    entity.lat = place.lat;
    entity.lon = place.lon;
    const shared = knowledge.places().candidates(placeKey(entity.name)).length > 1;
    renameEntity(doc, entity.id, placeId(slug(entity.name), place.country, shared));
  }
}

/** Gives an entity its id once known ("place:tripoli" becomes "place:tripoli-lbn"), in its mentions too. */
function renameEntity(doc: Doc, from: string, to: string): void {
  const entity = doc.entities.get(from);
  if (!entity || from === to) return;
  doc.entities.delete(from);
  doc.entities.set(to, { ...entity, id: to });
  for (const mention of doc.mentions) if (mention.entityId === from) mention.entityId = to;
}
