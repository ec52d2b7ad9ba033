// GraphML of the relations graph (states and organisations; edges with event counts, cooperation/conflict
// balance and partnership level), readable by Gephi, yEd, networkx and igraph.
import type { Store } from "../../store/store.ts";
import { buildRelationsGraph } from "../aggregate/relations-graph.ts";
import { ALL_COUNTED, type ExportSelection } from "./export-selection.ts";

const KEYS = [
  ["name", "node", "string"],
  ["kind", "node", "string"],
  ["events", "node", "int"],
  ["events", "edge", "int"],
  ["cooperation", "edge", "int"],
  ["conflict", "edge", "int"],
  ["balance", "edge", "double"],
  ["partnership", "edge", "string"],
  ["partnership_since", "edge", "string"],
  ["relations", "edge", "string"],
  ["documents", "edge", "string"],
] as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function data(key: string, value: string | number | null): string {
  return value === null || value === "" ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`;
}

export async function* relationsGraphml(
  store: Store,
  selection: ExportSelection = ALL_COUNTED,
): AsyncGenerator<string> {
  const graph = await buildRelationsGraph(store, selection);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [name, domain, type] of KEYS) {
    yield `  <key id="${domain}_${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  yield '  <graph id="relations" edgedefault="undirected">\n';
  for (const node of graph.nodes) {
    const attributes = data("node_name", node.name) + data("node_kind", node.kind) + data("node_events", node.events);
    yield `    <node id="${escapeXml(node.id)}">${attributes}</node>\n`;
  }
  for (const edge of graph.edges) {
    const attributes = [
      data("edge_events", edge.events),
      data("edge_cooperation", edge.cooperation),
      data("edge_conflict", edge.conflict),
      data("edge_balance", edge.balance),
      data("edge_partnership", edge.partnership),
      data("edge_partnership_since", edge.partnershipSince),
      data("edge_relations", edge.relations.join(";")),
      // The source documents of the edge's events and relations, so each edge can be traced to its articles.
      data("edge_documents", edge.documents.join(";")),
    ].join("");
    yield `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${attributes}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
