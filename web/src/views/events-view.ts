// Search and filters across events, with the total always shown and paging (never silently truncated).

import { EVENT_KINDS } from "../../../src/record/record.ts";
import { api } from "../api-client.ts";
import { element, link } from "../element.ts";
import { apartNote } from "./selection-controls.ts";

const FIELDS: [string, string, string][] = [
  ["actor", "Actor", "China, chn or org:un"],
  ["pair", "Pair", "china,syria"],
  ["from", "From", "YYYY[-MM[-DD]]"],
  ["to", "To", "YYYY[-MM[-DD]]"],
  ["place", "Place", "Hangzhou or CHN"],
  ["plover", "PLOVER", "CONSULT"],
  ["cameo", "CAMEO", "042"],
];
const PAGE = 50;

// Over 80 lines: the filters, the table and the pager in page order.
export async function renderEventsView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const form = element("form", { className: "filters" });
  for (const [name, label, placeholder] of FIELDS) {
    form.append(
      element(
        "label",
        {},
        label,
        element("input", { attributes: { name, placeholder, value: query.get(name) ?? "" } }),
      ),
    );
  }
  const kind = element(
    "select",
    { attributes: { name: "kind" } },
    element("option", { text: "any kind", attributes: { value: "" } }),
    ...EVENT_KINDS.map((value) => element("option", { text: value, attributes: { value } })),
  );
  kind.value = query.get("kind") ?? "";
  const factuality = element(
    "select",
    { attributes: { name: "factuality" } },
    ...["", "all", "intended", "negated", "uncertain"].map((value) =>
      element("option", {
        text: value === "" ? "occurred (counts)" : value === "all" ? "any factuality" : value,
        attributes: { value },
      }),
    ),
  );
  factuality.value = query.get("factuality") ?? "";
  const review = element(
    "select",
    { attributes: { name: "review" } },
    ...["", "all", "rejected", "confirmed", "corrected", "unreviewed"].map((value) =>
      element("option", {
        text: value === "" ? "not rejected (counts)" : value === "all" ? "any review state" : value,
        attributes: { value },
      }),
    ),
  );
  review.value = query.get("review") ?? "";
  form.append(
    element("label", {}, "Kind", kind),
    element("label", {}, "Factuality", factuality),
    element("label", {}, "Review", review),
    element("button", { text: "Search", attributes: { type: "submit" } }),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (String(value).trim()) next.set(name, String(value).trim());
    location.hash = `#/events?${next}`;
  });
  root.append(element("h1", { text: "Events" }), form);

  const offset = Number(query.get("offset") ?? 0);
  const parameters = Object.fromEntries([...query].filter(([name]) => name !== "offset"));
  const page = await api.events({ ...parameters, limit: PAGE, offset });
  const shown = page.items.length;
  root.append(
    element("p", {
      className: "summary",
      attributes: { "data-total": String(page.total) },
      text: `${page.total === 0 ? "No events match." : `Events ${offset + 1}–${offset + shown} of ${page.total}.`} ${apartNote(page.apart)}`,
    }),
  );
  const table = element(
    "table",
    { className: "events" },
    element(
      "thead",
      {},
      element(
        "tr",
        {},
        ...["Date", "Kind", "Source", "Target", "Factuality", "Review", "Evidence"].map((text) =>
          element("th", { text }),
        ),
      ),
    ),
  );
  const body = element("tbody");
  for (const event of page.items) {
    body.append(
      element(
        "tr",
        { attributes: { "data-event-id": String(event.id) } },
        element("td", { text: event.date ?? "undated" }),
        element("td", { className: `kind-${event.kind}`, text: event.kind.replaceAll("_", " ") }),
        element("td", { text: event.source.join(", "), attributes: { "data-label": "Source" } }),
        element("td", { text: event.target.join(", "), attributes: { "data-label": "Target" } }),
        element("td", { text: event.factuality, attributes: { "data-label": "Factuality" } }),
        element("td", { text: event.review, attributes: { "data-label": "Review" } }),
        element(
          "td",
          {},
          link(
            `#/article/${event.documentId}?event=${event.id}`,
            event.evidence.text.length > 160 ? `${event.evidence.text.slice(0, 160)}…` : event.evidence.text,
          ),
        ),
      ),
    );
  }
  table.append(body);
  root.append(table);
  const pager = element("p", { className: "pager" });
  const at = (next: number) => `#/events?${new URLSearchParams({ ...parameters, offset: String(next) })}`;
  if (offset > 0) pager.append(link(at(Math.max(0, offset - PAGE)), "← previous"), " ");
  if (offset + shown < page.total) pager.append(link(at(offset + PAGE), "next →"));
  root.append(pager);
}
