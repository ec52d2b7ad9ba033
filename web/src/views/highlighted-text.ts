// The article text split at every highlight boundary, each piece a text-only span carrying the classes of the
// highlights that cover it (entities, dates, evidence), so overlapping highlights need no nesting.
import { element } from "../element.ts";

export interface Highlight {
  start: number;
  end: number;
  className: string;
  eventId?: number;
}

export function highlightedText(text: string, highlights: Highlight[]): HTMLElement {
  const container = element("div", { className: "article-text", attributes: { "data-testid": "article-text" } });
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = valid.filter((h) => h.start <= start && h.end >= end);
    const piece = text.slice(start, end);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const span = element("span", { className: [...new Set(covering.map((h) => h.className))].join(" "), text: piece });
    const events = covering.flatMap((h) => (h.eventId === undefined ? [] : [h.eventId]));
    if (events.length > 0) span.dataset.eventIds = events.join(" ");
    container.append(span);
  }
  return container;
}
