// Relations graph: states and organisations; edges coloured by cooperation/conflict balance, thicker with more
// events, solid and labelled where a partnership is recorded. Clicking a node lists its relations.
import cytoscape from "cytoscape";
import { api } from "../api-client.ts";
import type { ApiGraph } from "../api-types.ts";
import { element, link } from "../element.ts";
import { hideClashingEdgeLabels } from "./graph-labels.ts";
import { selectionControls, selectionParameters } from "./selection-controls.ts";

function balanceColour(balance: number): string {
  if (balance > 0.2) return "#1a7f37";
  if (balance < -0.2) return "#cf222e";
  return "#8c959f";
}

function nodePanel(graph: ApiGraph, id: string): HTMLElement {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const edges = graph.edges
    .filter((edge) => edge.source === id || edge.target === id)
    .sort((a, b) => b.events - a.events);
  return element(
    "aside",
    { className: "evidence-panel", attributes: { "data-node": id } },
    element("h3", { text: names.get(id) ?? id }),
    element(
      "ul",
      {},
      ...edges.map((edge) => {
        const other = edge.source === id ? edge.target : edge.source;
        return element(
          "li",
          {},
          link(`#/pair/${encodeURIComponent(id)}/${encodeURIComponent(other)}`, names.get(other) ?? other),
          ` · ${edge.events} events (${edge.cooperation} cooperation, ${edge.conflict} conflict)`,
          edge.partnership
            ? ` · ${edge.partnership}${edge.partnershipSince ? ` since ${edge.partnershipSince}` : ""}`
            : "",
        );
      }),
    ),
  );
}

export async function renderGraphView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const graph = await api.graph(selectionParameters(query));
  const container = element("div", { className: "graph", attributes: { "data-testid": "graph" } });
  const panel = element(
    "div",
    { className: "panel-slot" },
    element("p", { className: "muted", text: "Click a state or organisation to list its relations." }),
  );
  root.append(
    element("h1", { text: "Relations graph" }),
    selectionControls("graph", query),
    element(
      "p",
      { className: "legend" },
      element("span", { className: "swatch cooperation" }),
      " mostly cooperation ",
      element("span", { className: "swatch conflict" }),
      " mostly conflict ",
      element("span", { className: "swatch mixed" }),
      " mixed; thick solid edges carry a partnership.",
    ),
    element("div", { className: "pair-layout" }, container, panel),
  );
  const maxEvents = Math.max(1, ...graph.edges.map((edge) => edge.events));
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map((node) => ({
        data: {
          id: node.id,
          label: node.name,
          kind: node.kind,
          events: node.events,
          size: 18 + Math.sqrt(node.events) * 4,
        },
      })),
      ...graph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          colour: balanceColour(edge.balance),
          width: 1 + (edge.events / maxEvents) * 7 + (edge.partnership ? 2 : 0),
          label: edge.partnership ?? "",
          style: edge.partnership ? "solid" : "dashed",
        },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          width: "data(size)",
          height: "data(size)",
          "background-color": "#0969da",
          "font-size": 11,
          color: "#1f2328",
          // long names wrap under their node instead of running into the neighbours'
          "text-wrap": "wrap",
          "text-max-width": "90px",
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
        },
      },
      { selector: 'node[kind = "organization"]', style: { shape: "round-rectangle", "background-color": "#8250df" } },
      {
        selector: "edge",
        style: {
          width: "data(width)",
          "line-color": "data(colour)",
          "line-style": "data(style)" as never,
          label: "data(label)",
          "font-size": 9,
          "text-rotation": "autorotate",
          "curve-style": "bezier",
        },
      },
      { selector: "edge.label-hidden", style: { label: "" } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#bf8700" } },
    ],
    layout: { name: "preset" },
  });
  // Concentric rings by number of events, nodes in id order within a ring: the same picture on every load (no
  // random start, no simulation), busiest states in the middle, with room for each label.
  cy.layout({
    name: "concentric",
    animate: false,
    avoidOverlap: true,
    minNodeSpacing: 46,
    spacingFactor: 1.1,
    concentric: (node: { data: (key: string) => number }) => node.data("events"),
    levelWidth: () => 3,
    sort: (a: { id: () => string }, b: { id: () => string }) => a.id().localeCompare(b.id()),
  } as never).run();
  hideClashingEdgeLabels(cy);
  cy.on("tap", "node", (tap) => {
    panel.textContent = "";
    panel.append(nodePanel(graph, tap.target.id()));
  });
  // Lets browser tests find a node on the canvas without guessing pixels.
  (window as unknown as { dyadGraph: unknown }).dyadGraph = cy;
}
