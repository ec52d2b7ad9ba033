// The panel a timeline point opens: the evidence sentence (as text), its article, and the review buttons.
import type { ApiEvent, ApiRelation } from "../api-types.ts";
import { element, link } from "../element.ts";
import { reviewControls } from "./review-controls.ts";

export function eventPanel(event: ApiEvent, onChange: (event: ApiEvent) => void): HTMLElement {
  return element(
    "aside",
    { className: "evidence-panel", attributes: { "data-event-id": String(event.id) } },
    element("h3", {
      text: `${event.kind.replaceAll("_", " ")} · ${event.source.join(", ")} → ${event.target.join(", ")}`,
    }),
    element("p", {
      className: "meta",
      text: `${event.date ?? "undated"} · ${event.factuality} · ${event.codes.plover} / CAMEO ${event.codes.cameo}`,
    }),
    element("blockquote", { className: "evidence", text: event.evidence.text }),
    element(
      "p",
      {},
      "From ",
      link(
        `#/article/${event.documentId}?event=${event.id}`,
        event.documentTitle ?? `article ${event.documentId}`,
        "article-link",
      ),
      event.published ? ` (${event.published})` : "",
    ),
    reviewControls(event, onChange),
  );
}

export function relationPanel(relation: ApiRelation): HTMLElement {
  return element(
    "aside",
    { className: "evidence-panel" },
    element("h3", { text: `${relation.label ?? relation.kind.replaceAll("_", " ")} · ${relation.parties.join(", ")}` }),
    element("p", { className: "meta", text: `since ${relation.since ?? "unknown"}` }),
    relation.evidence ? element("blockquote", { className: "evidence", text: relation.evidence.text }) : null,
    element(
      "p",
      {},
      "From ",
      link(
        `#/article/${relation.documentId}`,
        relation.documentTitle ?? `article ${relation.documentId}`,
        "article-link",
      ),
    ),
  );
}
