// The first view: what the store holds, and the pairs with the most events, each opening its timeline.
import { api } from "../api-client.ts";
import { element, link } from "../element.ts";

export async function renderOverview(root: HTMLElement): Promise<void> {
  const [stats, graph] = await Promise.all([api.stats(), api.graph()]);
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  root.append(
    element("h1", { text: "Relations between states, from the news" }),
    element(
      "section",
      { className: "cards" },
      ...Object.entries(stats).map(([name, count]) =>
        element(
          "div",
          { className: "card" },
          element("strong", { text: count.toLocaleString("en") }),
          element("span", { text: name }),
        ),
      ),
    ),
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
        element("td", {}, link(`#/pair/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}`, label)),
        element("td", { text: String(edge.events) }),
        element("td", { text: String(edge.cooperation) }),
        element("td", { text: String(edge.conflict) }),
        element("td", { text: edge.partnership ?? "" }),
      ),
    );
  }
  table.append(body);
  root.append(element("h2", { text: "Pairs with the most events" }), table);
}
