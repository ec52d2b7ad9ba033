// The relations graph: states and organisations as nodes; one undirected edge per pair that shares events or
// standing relations, with event counts, the cooperation/conflict balance and the partnership level.
import type { EventFilter, Store } from "../../store/store.ts";
import { isOrganisation, stateName } from "./actor-names.ts";
import { isCooperation } from "./event-scales.ts";
import { counted } from "./event-selection.ts";
import { eventPages, relationPages } from "./store-pages.ts";

export interface GraphNode {
  id: string;
  kind: "state" | "organization";
  name: string;
  events: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
  /** (cooperation − conflict) / (cooperation + conflict): 1 all cooperation, −1 all conflict, 0 balanced or none. */
  balance: number;
  /** The most recently established partnership's label ("comprehensive strategic partnership"), if any. */
  partnership: string | null;
  partnershipSince: string | null;
  relations: string[];
  /** Ids of the documents the edge's events and relations come from, ascending. */
  documents: number[];
}

export interface RelationsGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

function pairKey(a: string, b: string): [string, string, string] {
  const [first, second] = a < b ? [a, b] : [b, a];
  return [`${first}|${second}`, first, second];
}

function newEdge(id: string, source: string, target: string): GraphEdge {
  const edge = { id, source, target, events: 0, cooperation: 0, conflict: 0, balance: 0 };
  return { ...edge, partnership: null, partnershipSince: null, relations: [], documents: [] };
}

/** The graph of one selection (by default every event that counts and every relation). */
export async function buildRelationsGraph(
  store: Store,
  selection: { events: EventFilter; relations?: { actor?: string; pair?: [string, string] } } = { events: counted({}) },
): Promise<RelationsGraph> {
  const nodeEvents = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  const edgeDocuments = new Map<string, Set<number>>();
  const edgeFor = (a: string, b: string): GraphEdge => {
    const [id, first, second] = pairKey(a, b);
    let edge = edges.get(id);
    if (!edge) {
      edge = newEdge(id, first, second);
      edges.set(id, edge);
      edgeDocuments.set(id, new Set());
    }
    return edge;
  };

  for await (const page of eventPages(store, selection.events)) {
    for (const event of page) {
      for (const actor of new Set([...event.source, ...event.target])) {
        nodeEvents.set(actor, (nodeEvents.get(actor) ?? 0) + 1);
      }
      const cooperative = isCooperation(event.codes.cameo);
      for (const source of event.source) {
        for (const target of event.target) {
          if (source === target) continue;
          const edge = edgeFor(source, target);
          edge.events += 1;
          edgeDocuments.get(edge.id)?.add(event.documentId);
          if (cooperative === true) edge.cooperation += 1;
          if (cooperative === false) edge.conflict += 1;
        }
      }
    }
  }

  for await (const page of relationPages(store, selection.relations ?? {})) {
    for (const relation of page) {
      for (let i = 0; i < relation.parties.length; i++) {
        for (let j = i + 1; j < relation.parties.length; j++) {
          const edge = edgeFor(relation.parties[i], relation.parties[j]);
          if (!edge.relations.includes(relation.kind)) edge.relations.push(relation.kind);
          edgeDocuments.get(edge.id)?.add(relation.documentId);
          const newer = (relation.since ?? "") >= (edge.partnershipSince ?? "");
          if (relation.kind === "partnership" && relation.label && (edge.partnership === null || newer)) {
            edge.partnership = relation.label;
            edge.partnershipSince = relation.since;
          }
        }
      }
      for (const party of relation.parties) if (!nodeEvents.has(party)) nodeEvents.set(party, 0);
    }
  }

  for (const edge of edges.values()) {
    const judged = edge.cooperation + edge.conflict;
    edge.balance = judged === 0 ? 0 : Math.round(((edge.cooperation - edge.conflict) / judged) * 1000) / 1000;
    edge.relations.sort();
    edge.documents = [...(edgeDocuments.get(edge.id) ?? [])].sort((a, b) => a - b);
  }

  const organisationNames = new Map<string, string>();
  const organisations = await store.entities({ kind: "organization", limit: 10_000 });
  for (const entity of organisations.items) organisationNames.set(entity.id, entity.name);

  const nodes: GraphNode[] = [...nodeEvents].map(([id, events]) => ({
    id,
    kind: isOrganisation(id) ? "organization" : "state",
    name: (isOrganisation(id) ? organisationNames.get(id) : stateName(id)) ?? id,
    events,
  }));
  nodes.sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
