// The first view: what the store holds, and the pairs with the most events, each opening its timeline.
import { api } from "../api-client.ts";
import { element, link } from "../element.ts";
import { apartNote, selectionControls, selectionParameters, selectionQuery } from "./selection-controls.ts";

export async function renderOverview(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const [stats, graph] = await Promise.all([api.stats(), api.graph(selectionParameters(query))]);
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const cards: [string, number][] = [
    ["documents", stats.documents],
    ["events", stats.events],
    ["relations", stats.relations],
    ["entities", stats.entities],
  ];
  root.append(
    element("h1", { text: "Relations between states, from the news" }),
    element(
      "section",
      { className: "cards" },
      ...cards.map(([name, count]) =>
        element(
          "div",
          { className: "card", attributes: { "data-stat": name } },
          element("strong", { text: count.toLocaleString("en") }),
          element("span", { text: name }),
        ),
      ),
    ),
    element("p", {
      className: "muted counting-rule",
      text: `Events count when the article says they happened and no reviewer rejected them. ${apartNote(stats.apart)}`,
    }),
    selectionControls("", query),
  );
  const pairs = [...graph.edges].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, 30);
  if (pairs.length === 0) {
    root.append(
      element("p", {
        text: "The store is empty. Ingest articles with `dyad ingest`, `dyad demo`, or the Ingest page.",
      }),
    );
    return;
  }
  const table = element(
    "table",
    { className: "pairs" },
    element(
      "thead",
      {},
      element(
        "tr",
        {},
        ...["Pair", "Events", "Cooperation", "Conflict", "Partnership"].map((text) => element("th", { text })),
      ),
    ),
  );
  const body = element("tbody");
  for (const edge of pairs) {
    const label = `${names.get(edge.source) ?? edge.source} – ${names.get(edge.target) ?? edge.target}`;
    body.append(
      element(
        "tr",
        { attributes: { "data-pair": edge.id } },
        element(
          "td",
          {},
          link(
            `#/pair/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}${selectionQuery(query)}`,
            label,
          ),
        ),
        element("td", { text: String(edge.events), attributes: { "data-label": "Events" } }),
        element("td", { text: String(edge.cooperation), attributes: { "data-label": "Cooperation" } }),
        element("td", { text: String(edge.conflict), attributes: { "data-label": "Conflict" } }),
        element("td", { text: edge.partnership ?? "", attributes: { "data-label": "Partnership" } }),
      ),
    );
  }
  table.append(body);
  root.append(element("h2", { text: "Pairs with the most events" }), table);
}
