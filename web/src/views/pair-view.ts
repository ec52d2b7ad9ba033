// Pair view: two actors' timeline (events coloured by kind, partnership level as a band over time), counts by
// kind, a chart of events per year, and the evidence of whatever point is clicked.
import * as vis from "vis-timeline/standalone";
import { startOfDate } from "../../../src/record/iso-date.ts";
import { api } from "../api-client.ts";
import type { ApiEvent, TimelineEntry } from "../api-types.ts";
import { element, link } from "../element.ts";
import { eventPanel, relationPanel } from "./evidence-panel.ts";
import { apartNote, selectionControls, selectionParameters, selectionQuery } from "./selection-controls.ts";
import { hideCutTimelineLabels, widenForLabels } from "./timeline-labels.ts";
import { trendChart, trendLegend } from "./trend-chart.ts";

// The standalone build bundles its own DataSet and exports it at run time; its type declarations omit it.
const { Timeline, DataSet } = vis as unknown as {
  Timeline: typeof vis.Timeline;
  DataSet: new (items: unknown[]) => { update(item: unknown): void };
};

interface Item {
  id: string;
  start: Date;
  end?: Date;
  type?: "point" | "box" | "background" | "range";
  content: HTMLElement | string;
  className: string;
}

function pointContent(entry: TimelineEntry): HTMLElement {
  if (entry.type === "event") {
    const { event } = entry;
    return element("span", {
      text: `${event.kind.replaceAll("_", " ")} ${event.date}`,
      attributes: { "data-event-id": String(event.id), "data-kind": event.kind, "data-date": event.date ?? "" },
    });
  }
  const { relation } = entry;
  return element("span", {
    text: `${relation.label ?? relation.kind.replaceAll("_", " ")} since ${relation.since}`,
    attributes: { "data-relation-id": String(relation.id), "data-kind": relation.kind },
  });
}

function items(entries: TimelineEntry[]): Item[] {
  const now = new Date();
  const result: Item[] = [];
  for (const entry of entries) {
    if (!entry.date) continue;
    if (entry.type === "event") {
      const { event } = entry;
      result.push({
        id: `event-${event.id}`,
        start: startOfDate(entry.date),
        type: "point",
        content: pointContent(entry),
        // the marks of what does not count: hollow (intended), struck (negated), dotted (uncertain), grey
        // (rejected), faint (a join shown for context)
        className: `kind-${event.kind} review-${event.review} factuality-${event.factuality}${entry.context ? " context" : ""}`,
      });
    } else {
      const { relation } = entry;
      result.push({
        id: `relation-${relation.id}`,
        start: startOfDate(entry.date),
        type: "point",
        content: pointContent(entry),
        className: `relation relation-${relation.kind}`,
      });
      // The partnership level holds from its start until a later level replaces it (or today).
      if (relation.kind === "partnership") {
        result.push({
          id: `band-${relation.id}`,
          start: startOfDate(entry.date),
          end: now,
          type: "background",
          content: element("span", { className: "band-label", text: relation.label ?? "partnership" }),
          className: "partnership-band",
        });
      }
    }
  }
  const bands = result
    .filter((item) => item.type === "background")
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  for (let i = 0; i + 1 < bands.length; i++) bands[i].end = bands[i + 1].start;
  return result;
}

const MARKS: [string, string][] = [
  ["factuality-intended", "intended (hollow)"],
  ["factuality-negated", "negated (struck)"],
  ["factuality-uncertain", "uncertain (dotted)"],
  ["review-rejected", "rejected (grey)"],
  ["context", "join, for context"],
];

function marksLegend(): HTMLElement {
  return element(
    "p",
    { className: "legend marks" },
    ...MARKS.map(([className, label]) =>
      element("span", { className: `mark ${className}` }, element("span", { className: "mark-dot" }), ` ${label} `),
    ),
  );
}

async function actorChoices(): Promise<{ id: string; name: string }[]> {
  const graph = await api.graph();
  return graph.nodes.map((node) => ({ id: node.id, name: node.name })).sort((a, b) => a.name.localeCompare(b.name));
}

// Over 80 lines: the view's sections (header, chart, timeline, relations) in page order.
export async function renderPairView(root: HTMLElement, parts: string[], query: URLSearchParams): Promise<void> {
  const choices = await actorChoices();
  const [a = "CHN", b = "SYR"] = parts;
  const select = (value: string, label: string) => {
    const node = element(
      "select",
      { attributes: { "aria-label": label } },
      ...choices.map((choice) =>
        element("option", { text: `${choice.name} (${choice.id})`, attributes: { value: choice.id } }),
      ),
    );
    node.value = value;
    node.addEventListener("change", () => {
      location.hash = `#/pair/${encodeURIComponent(first.value)}/${encodeURIComponent(second.value)}${selectionQuery(query)}`;
    });
    return node;
  };
  const first = select(a, "first actor");
  const second = select(b, "second actor");
  root.append(
    element("h1", {}, "Pair ", first, " – ", second),
    selectionControls(`pair/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, query),
  );

  const selection = selectionParameters(query);
  const [{ entries, apart, a: firstId, b: secondId }, trends] = await Promise.all([
    api.timeline(a, b, selection),
    api.trends({ ...selection, pair: `${a},${b}`, by: "year" }),
  ]);
  // the URL may name the pair ("#/pair/china/syria"): the pickers show the codes the API resolved them to
  first.value = firstId;
  second.value = secondId;
  const events = entries.flatMap((entry) => (entry.type === "event" && !entry.context ? [entry.event] : []));
  const context = entries.filter((entry) => entry.type === "event" && entry.context).length;
  const relations = entries.filter((entry) => entry.type === "relation").length;
  const undated = entries.filter((entry) => !entry.date).length;
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);

  const timelineBox = element("div", { className: "timeline", attributes: { "data-testid": "timeline" } });
  const panel = element(
    "div",
    { className: "panel-slot" },
    element("p", { className: "muted", text: "Click a point on the timeline to read its evidence." }),
  );
  root.append(
    element("p", {
      className: "summary",
      attributes: { "data-events": String(events.length) },
      text:
        `${events.length} events and ${relations} relations` +
        `${context ? `, ${context} ${context === 1 ? "join" : "joins"} for context` : ""}` +
        `${undated ? `, ${undated} undated (not on the timeline)` : ""}. ${apartNote(apart, query)}`,
    }),
    marksLegend(),
    element("div", { className: "pair-layout" }, timelineBox, panel),
    element(
      "div",
      { className: "pair-extras" },
      element(
        "section",
        {},
        element("h2", { text: "Events by kind" }),
        element(
          "ul",
          { className: "kind-counts" },
          ...[...counts]
            .sort((x, y) => y[1] - x[1])
            .map(([kind, count]) =>
              element("li", { className: `kind-${kind}`, text: `${kind.replaceAll("_", " ")}: ${count}` }),
            ),
        ),
      ),
      element(
        "section",
        {},
        element("h2", {}, "Events per year ", link(`#/trends?pair=${encodeURIComponent(`${a},${b}`)}`, "(trends)")),
        trendChart(trends),
        trendLegend(),
      ),
    ),
  );
  if (entries.length === 0) {
    timelineBox.append(element("p", { text: "No events or relations recorded between these two." }));
    return;
  }

  const data = items(entries);
  const dataset = new DataSet(data as never[]);
  const dated = data.filter((item) => item.type !== "background").map((item) => item.start.getTime());
  const span = Math.max(...dated) - Math.min(...dated) || 365 * 86400000;
  const timeline = new Timeline(timelineBox, dataset as never, {
    minHeight: "320px",
    maxHeight: "560px",
    verticalScroll: true,
    stack: true,
    zoomable: true,
    // Room on the left so the first year label is whole (not a clipped "0"), and on the right for the labels
    // of the latest points, which run about a quarter of the timeline's width.
    start: new Date(Math.min(...dated) - span * 0.1),
    end: new Date(Math.max(...dated) + span * 0.45),
    // Over decades the major row only repeats a stray "0"; the minor labels carry the years.
    showMajorLabels: false,
    format: { minorLabels: { year: "YYYY" } },
    // Item content is always a DOM element built with textContent; never HTML from the server.
    xss: { disabled: false },
  });
  // once, after the first drawing: room on the right for the latest labels, measured as drawn
  let widened = false;
  timeline.on("changed", () => {
    if (!widened) {
      widened = true;
      widenForLabels(timeline as never, timelineBox);
    }
    hideCutTimelineLabels(timelineBox);
  });
  const byId = new Map(
    entries.map((entry) => [
      entry.type === "event" ? `event-${entry.event.id}` : `relation-${entry.relation.id}`,
      entry,
    ]),
  );
  const show = (entry: TimelineEntry) => {
    panel.textContent = "";
    panel.append(
      entry.type === "event"
        ? eventPanel(entry.event, (changed: ApiEvent) =>
            dataset.update({
              id: `event-${changed.id}`,
              className: `kind-${changed.kind} review-${changed.review} factuality-${changed.factuality}`,
            } as never),
          )
        : relationPanel(entry.relation),
    );
  };
  timeline.on("select", ({ items: selected }: { items: string[] }) => {
    const entry = byId.get(selected[0]);
    if (entry) show(entry);
  });
  // vis-timeline swallows clicks on its own items' content for selection; also open on a click of the label.
  timelineBox.addEventListener("click", (click) => {
    const target = (click.target as HTMLElement).closest("[data-event-id], [data-relation-id]") as HTMLElement | null;
    if (!target) return;
    const id = target.dataset.eventId ? `event-${target.dataset.eventId}` : `relation-${target.dataset.relationId}`;
    const entry = byId.get(id);
    if (entry) show(entry);
  });
}
