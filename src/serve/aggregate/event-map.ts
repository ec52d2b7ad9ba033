// Where events happened, for the map: counts per country (by the event location's country) and per named
// place that the store knows coordinates for.
import type { EventFilter, Store } from "../../store/store.ts";
import { stateName, stateNumericCode } from "./actor-names.ts";
import { counted } from "./event-selection.ts";
import { eventPages } from "./store-pages.ts";

export interface EventMap {
  countries: { iso3: string; numeric: string | null; name: string; events: number }[];
  places: { name: string; country: string | null; lat: number; lon: number; events: number }[];
  /** Events with no location, placed on their article's dateline country instead of a city. */
  onDatelineCountry: number;
  /** Events with no location and no dateline country, so the map never hides how much it leaves out. */
  unplaced: number;
}

// An event's location is a name in a country; the place entity of that name in that country (one per country:
// "place:tripoli-lby", "place:tripoli-lbn") has its coordinates.
function placeKeyOf(name: string, country: string | null): string {
  return `${name}|${country ?? ""}`;
}

/** The dateline country of each article, looked up once: where an event with no place of its own happened. */
function datelineCountries(store: Store): (documentId: number) => Promise<string | null> {
  const known = new Map<number, Promise<string | null>>();
  return (documentId) => {
    let country = known.get(documentId);
    if (!country) {
      country = store.getDocument(documentId).then((doc) => doc?.record.document.dateline?.country ?? null);
      known.set(documentId, country);
    }
    return country;
  };
}

/** Where the events of one selection happened (by default every event that counts). */
export async function buildEventMap(store: Store, filter: EventFilter = counted({})): Promise<EventMap> {
  const byCountry = new Map<string, number>();
  const byPlace = new Map<string, { name: string; country: string | null; events: number }>();
  let unplaced = 0;
  let onDatelineCountry = 0;
  const datelineCountry = datelineCountries(store);
  for await (const page of eventPages(store, filter)) {
    for (const event of page) {
      if (!event.location) {
        const fallback = await datelineCountry(event.documentId);
        if (fallback) byCountry.set(fallback, (byCountry.get(fallback) ?? 0) + 1);
        if (fallback) onDatelineCountry += 1;
        else unplaced += 1;
        continue;
      }
      const country = event.location.country;
      if (country) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
      // Tripoli, Lebanon and Tripoli, Libya are two places: a place is its name in its country
      const key = placeKeyOf(event.location.name, country);
      const place = byPlace.get(key) ?? { name: event.location.name, country, events: 0 };
      place.events += 1;
      byPlace.set(key, place);
    }
  }

  const coordinates = new Map<string, { lat: number; lon: number }>();
  const places = await store.entities({ kind: "place", limit: 10_000 });
  for (const entity of places.items) {
    if (entity.lat === undefined || entity.lon === undefined) continue;
    const point = { lat: entity.lat, lon: entity.lon };
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      coordinates.set(placeKeyOf(name, entity.country ?? null), point);
    }
  }

  return {
    countries: [...byCountry].map(([iso3, events]) => ({
      iso3,
      numeric: stateNumericCode(iso3),
      name: stateName(iso3) ?? iso3,
      events,
    })),
    places: [...byPlace.values()].flatMap(({ name, country, events }) => {
      const point = coordinates.get(placeKeyOf(name, country));
      return point ? [{ name, country, lat: point.lat, lon: point.lon, events }] : [];
    }),
    onDatelineCountry,
    unplaced,
  };
}
