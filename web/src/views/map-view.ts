// Map of where events happened: countries shaded by event count, known places as circles. Offline: the
// world outline comes from the world-atlas package, bundled by Vite.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";
import { api } from "../api-client.ts";
import { element, svgElement } from "../element.ts";
import { selectionControls, selectionParameters } from "./selection-controls.ts";

function shade(count: number, max: number): string {
  if (count === 0) return "#eef1f4";
  const strength = Math.sqrt(count / max);
  const lightness = Math.round(88 - strength * 50);
  return `hsl(212, 80%, ${lightness}%)`;
}

export async function renderMapView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const data = await api.map(selectionParameters(query));
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries);
  const width = 960;
  const height = 500;
  const projection = geoNaturalEarth1().fitSize([width, height], world);
  const path = geoPath(projection);
  const counts = new Map(
    data.countries.filter((country) => country.numeric).map((country) => [String(Number(country.numeric)), country]),
  );
  const max = Math.max(1, ...data.countries.map((country) => country.events));

  const svg = svgElement("svg", {
    viewBox: `0 0 ${width} ${height}`,
    class: "map",
    role: "img",
    "aria-label": "map of events",
  });
  for (const shape of world.features) {
    const country = counts.get(String(Number(shape.id)));
    const outline = svgElement("path", {
      d: path(shape) ?? "",
      fill: shade(country?.events ?? 0, max),
      class: country ? "has-events" : "",
    });
    const title = svgElement("title");
    title.textContent = `${shape.properties.name}: ${country?.events ?? 0} events`;
    outline.append(title);
    if (country) {
      outline.dataset.iso3 = country.iso3;
      outline.addEventListener("click", () => {
        location.hash = `#/events?place=${encodeURIComponent(country.iso3)}`;
      });
    }
    svg.append(outline);
  }
  for (const place of data.places) {
    const point = projection([place.lon, place.lat]);
    if (!point) continue;
    const circle = svgElement("circle", {
      cx: point[0],
      cy: point[1],
      r: 3 + Math.sqrt(place.events) * 2,
      class: "place",
      "data-place": place.name,
    });
    const title = svgElement("title");
    title.textContent = `${place.name}: ${place.events} events`;
    circle.append(title);
    circle.addEventListener("click", () => {
      location.hash = `#/events?place=${encodeURIComponent(place.name)}`;
    });
    svg.append(circle);
  }
  root.append(
    element("h1", { text: "Where events happened" }),
    selectionControls("map", query),
    element("p", {
      className: "summary",
      text: `${data.countries.length} countries, ${data.places.length} located places; ${data.onDatelineCountry} events with no city placed on their dateline country, ${data.unplaced} with no location. Click a country or place for its events.`,
    }),
    svg,
  );
}
