// Where an event sits between cooperation and conflict, from its CAMEO code: GDELT's QuadClass
// (by CAMEO root: 01-05 verbal cooperation, 06-08 material cooperation, 09-14 verbal conflict,
// 15-20 material conflict) and the Goldstein (1992) scale as CAMEO assigns it to each code.
export type QuadClass = 1 | 2 | 3 | 4;

export function quadClassOf(cameo: string): QuadClass | null {
  const root = Number.parseInt(cameo.slice(0, 2), 10);
  if (!Number.isFinite(root) || root < 1 || root > 20) return null;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 14) return 3;
  return 4;
}

// Goldstein weights of the CAMEO codes dyad's event kinds map to (CAMEO codebook, appendix; the values GDELT
// publishes); a code not listed falls back to its base code's, then its root's weight.
const GOLDSTEIN: Record<string, number> = {
  "03": 4.0,
  "030": 4.0,
  "032": 4.5,
  "033": 5.2,
  "035": 7.0,
  "036": 4.0,
  "04": 1.0,
  "040": 1.0,
  "041": 1.0,
  "042": 1.9,
  "043": 2.8,
  "044": 2.5,
  "046": 7.0,
  "05": 3.5,
  "051": 3.4,
  "052": 3.5,
  "053": 3.8,
  "054": 6.0,
  "057": 8.0,
  "06": 6.0,
  "07": 7.0,
  "08": 5.0,
  "084": 7.0,
  "085": 7.0,
  "086": 9.0,
  "087": 9.0,
  "09": -2.0,
  "10": -5.0,
  "11": -2.0,
  "12": -4.0,
  "13": -6.0,
  "133": -5.8,
  "137": -7.0,
  "138": -7.0,
  "14": -6.5,
  "15": -7.2,
  "16": -4.0,
  "161": -4.0,
  "163": -8.0,
  "164": -7.0,
  "17": -7.0,
  "18": -9.0,
  "19": -10.0,
  "20": -10.0,
};

export function goldsteinOf(cameo: string): number | null {
  return GOLDSTEIN[cameo] ?? GOLDSTEIN[cameo.slice(0, 3)] ?? GOLDSTEIN[cameo.slice(0, 2)] ?? null;
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
