// Trends: a pair's, an actor's or some kinds' events per month or year, with their conflict–cooperation
// intensity, under the shared date range and counting switches; the series downloads as CSV.
import { EVENT_KINDS } from "../../../src/record/record.ts";
import { api } from "../api-client.ts";
import { element } from "../element.ts";
import { apartNote, SELECTION_KEYS, selectionControls, selectionParameters } from "./selection-controls.ts";
import { trendChart, trendLegend } from "./trend-chart.ts";

function subjectForm(query: URLSearchParams): HTMLFormElement {
  const input = (name: string, label: string, placeholder: string) =>
    element("label", {}, label, element("input", { attributes: { name, placeholder, value: query.get(name) ?? "" } }));
  const kind = element(
    "select",
    { attributes: { name: "kind", "aria-label": "kind" } },
    element("option", { text: "any kind", attributes: { value: "" } }),
    ...EVENT_KINDS.map((value) => element("option", { text: value, attributes: { value } })),
  );
  kind.value = query.get("kind") ?? "";
  const by = element(
    "select",
    { attributes: { name: "by", "aria-label": "period" } },
    element("option", { text: "by month", attributes: { value: "month" } }),
    element("option", { text: "by year", attributes: { value: "year" } }),
  );
  by.value = query.get("by") ?? "month";
  const form = element(
    "form",
    { className: "filters" },
    input("pair", "Pair", "china,syria"),
    input("actor", "Actor", "China or CHN"),
    element("label", {}, "Kind", kind),
    element("label", {}, "Period", by),
    element("button", { text: "Show", attributes: { type: "submit" } }),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const next = new URLSearchParams();
    for (const key of SELECTION_KEYS) if (query.get(key)) next.set(key, query.get(key) as string);
    for (const [name, value] of new FormData(form)) if (String(value).trim()) next.set(name, String(value).trim());
    location.hash = `#/trends?${next}`;
  });
  return form;
}

export async function renderTrendsView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  root.append(element("h1", { text: "Trends" }), subjectForm(query), selectionControls(`trends`, query));
  const parameters: Record<string, string | undefined> = {
    ...selectionParameters(query),
    by: query.get("by") ?? "month",
  };
  for (const name of ["pair", "actor", "kind"]) parameters[name] = query.get(name) ?? undefined;
  const trends = await api.trends(parameters);
  const total = trends.points.reduce((sum, point) => sum + point.events, 0);
  const { undated, lessPrecise } = trends.notPlaced;
  const outside = [
    lessPrecise ? `${lessPrecise} dated only to the year` : "",
    undated ? `${undated} undated` : "",
  ].filter(Boolean);
  root.append(
    element("p", {
      className: "summary",
      attributes: { "data-events": String(total) },
      text:
        `${total} events in ${trends.points.length} ${trends.by === "month" ? "months" : "years"}` +
        `${outside.length ? ` (not in any ${trends.by}: ${outside.join(", ")})` : ""}. ${apartNote(trends.apart, query)}`,
    }),
    element("div", { className: "chart-box" }, trendChart(trends)),
    trendLegend(),
    element(
      "p",
      {},
      element("a", {
        text: "Download the series (CSV)",
        attributes: { href: api.trendsCsvUrl(parameters), download: "" },
      }),
    ),
  );
}
