// A small bar chart of events per year, cooperation stacked under conflict, drawn as SVG from numbers only.
import { isCooperation } from "../../../src/serve/aggregate/event-scales.ts";
import type { ApiEvent } from "../api-types.ts";
import { element, svgElement } from "../element.ts";

export function eventsPerYearChart(events: ApiEvent[]): HTMLElement | SVGElement {
  const byYear = new Map<number, { cooperation: number; conflict: number }>();
  for (const event of events) {
    if (!event.date) continue;
    const year = Number(event.date.slice(0, 4));
    const counts = byYear.get(year) ?? { cooperation: 0, conflict: 0 };
    // the same conflict–cooperation scale as the server's (CAMEO quad class), for every kind
    if (isCooperation(event.codes.cameo) === false) counts.conflict += 1;
    else counts.cooperation += 1;
    byYear.set(year, counts);
  }
  if (byYear.size === 0) return element("p", { className: "muted", text: "No dated events." });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const max = Math.max(...[...byYear.values()].map((counts) => counts.cooperation + counts.conflict));
  const width = 480;
  const height = 140;
  const slot = width / (last - first + 1);
  const chart = svgElement("svg", {
    viewBox: `0 0 ${width} ${height + 20}`,
    class: "year-chart",
    role: "img",
    "aria-label": "events per year",
  });
  for (let year = first; year <= last; year++) {
    const counts = byYear.get(year);
    if (!counts) continue;
    const x = (year - first) * slot;
    const cooperationHeight = (counts.cooperation / max) * height;
    const conflictHeight = (counts.conflict / max) * height;
    const bar = (y: number, h: number, className: string) => {
      const rect = svgElement("rect", { x: x + 1, y, width: Math.max(slot - 2, 1), height: h, class: className });
      const title = svgElement("title");
      title.textContent = `${year}: ${counts.cooperation} cooperation, ${counts.conflict} conflict`;
      rect.append(title);
      chart.append(rect);
    };
    bar(height - cooperationHeight, cooperationHeight, "bar-cooperation");
    bar(height - cooperationHeight - conflictHeight, conflictHeight, "bar-conflict");
  }
  for (const year of new Set([first, last])) {
    const label = svgElement("text", {
      x: year === first ? 0 : width,
      y: height + 15,
      "text-anchor": year === first ? "start" : "end",
      class: "axis",
    });
    label.textContent = String(year);
    chart.append(label);
  }
  return chart;
}
