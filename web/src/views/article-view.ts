// Article view: the text (as text) with entities, dates and event evidence highlighted; the extracted record
// beside it, with review buttons on every event.
import { api } from "../api-client.ts";
import type { ApiEvent } from "../api-types.ts";
import { element, link } from "../element.ts";
import { type Highlight, highlightedText } from "./highlighted-text.ts";
import { reviewControls } from "./review-controls.ts";

function eventCard(event: ApiEvent, selected: boolean): HTMLElement {
  const card = element(
    "li",
    {
      className: `event-card kind-${event.kind}${selected ? " selected" : ""}`,
      attributes: { "data-event-id": String(event.id) },
    },
    element("div", { className: "evidence", text: event.evidence.text }),
  );
  // the review controls show the event as stored, and again after every save
  card.append(reviewControls(event, (stored) => card.classList.replace(`kind-${event.kind}`, `kind-${stored.kind}`)));
  card.addEventListener("mouseenter", () => {
    for (const span of document.querySelectorAll(`[data-event-ids~="${event.id}"]`)) span.classList.add("focus");
  });
  card.addEventListener("mouseleave", () => {
    for (const span of document.querySelectorAll(".focus")) span.classList.remove("focus");
  });
  return card;
}

export async function renderArticleView(root: HTMLElement, parts: string[], query: URLSearchParams): Promise<void> {
  const id = Number(parts[0]);
  if (!Number.isInteger(id) || id < 1) throw new Error(`"${parts[0] ?? ""}" is not an article id`);
  const [document, events] = await Promise.all([api.document(id), api.events({ document: id, limit: 1000 })]);
  const selectedId = Number(query.get("event"));
  const record = document.record ?? { entities: [], relations: [], quotes: [] };
  const kinds = new Map(record.entities.map((entity) => [entity.id, entity.kind]));
  const names = new Map(record.entities.map((entity) => [entity.id, entity.name]));

  const highlights: Highlight[] = [
    ...events.items.map((event) => ({
      start: event.evidence.start,
      end: event.evidence.end,
      className: event.id === selectedId ? "evidence selected" : "evidence",
      eventId: event.id,
    })),
    ...(record.mentions ?? []).map((mention) => ({
      start: mention.start,
      end: mention.end,
      className: `entity entity-${kinds.get(mention.entity) ?? "other"}`,
    })),
    // Dates, where the analyzer records their spans.
    ...((record as { dates?: { start: number; end: number }[] }).dates ?? []).map((date) => ({
      start: date.start,
      end: date.end,
      className: "date",
    })),
  ];

  root.append(
    element("h1", { text: document.title ?? document.input }),
    element(
      "p",
      { className: "meta" },
      [document.published, document.source].filter(Boolean).join(" · "),
      document.url ? " · " : "",
      document.url ? element("span", { className: "url", text: document.url }) : "",
    ),
    element(
      "div",
      { className: "article-layout" },
      element("article", {}, highlightedText(document.text ?? "", highlights)),
      element(
        "aside",
        { className: "record" },
        element("h2", { text: `Events (${events.total})` }),
        element(
          "ul",
          { className: "event-cards" },
          ...events.items.map((event) => eventCard(event, event.id === selectedId)),
        ),
        element("h2", { text: `Relations (${record.relations.length})` }),
        element(
          "ul",
          {},
          ...record.relations.map((relation) =>
            element("li", {
              text: `${relation.label ?? relation.kind.replaceAll("_", " ")}: ${relation.parties.map((party) => names.get(party) ?? party).join(" – ")}${relation.since ? ` since ${relation.since}` : ""}`,
            }),
          ),
        ),
        element("h2", { text: `Entities (${record.entities.length})` }),
        element(
          "ul",
          { className: "entities" },
          ...record.entities.map((entity) =>
            element("li", { className: `entity-${entity.kind}`, text: `${entity.name} (${entity.id})` }),
          ),
        ),
        link("#/documents", "← all articles"),
      ),
    ),
  );
  root.querySelector(".evidence.selected")?.scrollIntoView({ block: "center" });
}
