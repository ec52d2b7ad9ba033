// Where an event sits between cooperation and conflict, from its CAMEO code: GDELT's QuadClass
// (by CAMEO root: 01-05 verbal cooperation, 06-08 material cooperation, 09-14 verbal conflict,
// 15-20 material conflict) and the Goldstein (1992) scale as CAMEO assigns it to each code (knowledge/goldstein-scale.json).
import { readKnowledgeFiles } from "../../knowledge/knowledge-files.ts";

export type QuadClass = 1 | 2 | 3 | 4;

export function quadClassOf(cameo: string): QuadClass | null {
  const root = Number.parseInt(cameo.slice(0, 2), 10);
  if (!Number.isFinite(root) || root < 1 || root > 20) return null;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 14) return 3;
  return 4;
}

/** The Goldstein weight of a CAMEO code (knowledge/goldstein-scale.json), falling back to its base code's, then its root's. */
export function goldsteinOf(cameo: string): number | null {
  const weights = readKnowledgeFiles().goldsteinScale.weights;
  return weights[cameo] ?? weights[cameo.slice(0, 3)] ?? weights[cameo.slice(0, 2)] ?? null;
}

export function isCooperation(cameo: string): boolean | null {
  const quad = quadClassOf(cameo);
  return quad === null ? null : quad <= 2;
}

/**
 * PLOVER's own quad classes, by event type (PLOVER manual): the four verbal/material × cooperation/conflict
 * cells. INVESTIGATE, which PLOVER keeps apart, counts as verbal conflict, as its CAMEO root 09 does in GDELT.
 */
const PLOVER_QUAD: Record<string, QuadClass> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 2,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  INVESTIGATE: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

export function ploverQuadClassOf(plover: string): QuadClass | null {
  return PLOVER_QUAD[plover] ?? null;
}
