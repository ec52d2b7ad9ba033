// cytoscape draws an edge's label along the edge whatever the edge's length: on a short edge between two busy
// states it covers both of them and their names. Such a label is hidden (the edge stays thick and solid, and
// the node's panel names the partnership); a label that has room is kept.
import type { BoundingBox12, Core } from "cytoscape";

function overlaps(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Adds the class `label-hidden` to every labelled edge whose label would cover a node, a name or another label. */
export function hideClashingEdgeLabels(cy: Core): void {
  const taken = cy.nodes().map((node) => node.boundingBox({ includeNodes: true, includeLabels: true }));
  cy.edges()
    .filter((edge) => !!edge.data("label"))
    .forEach((edge) => {
      const label = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (taken.some((box) => overlaps(label, box))) edge.addClass("label-hidden");
      else taken.push(label);
    });
}
