// Trends: how many events a selection holds per month or year, and where they sit between cooperation and
// conflict: PLOVER's quad classes (verbal/material × cooperation/conflict) and the Goldstein (1992) scale of
// each event's CAMEO code (sum and mean per period). Periods run without gaps from the first to the last, so
// a chart's axis is real time; events dated less precisely than the period (a year when counting by month)
// or not at all are counted apart, never guessed into a period.
import type { EventFilter, Store, StoredEvent } from "../../store/store.ts";
import { goldsteinOf, ploverQuadClassOf } from "./event-scales.ts";
import { eventPages } from "./store-pages.ts";

export const TREND_PERIODS = ["month", "year"] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];

export const QUAD_NAMES = [
  "verbal_cooperation",
  "material_cooperation",
  "verbal_conflict",
  "material_conflict",
] as const;
export type QuadName = (typeof QUAD_NAMES)[number];

export interface TrendPoint {
  /** "2023" or "2023-09". */
  period: string;
  events: number;
  cooperation: number;
  conflict: number;
  quad: Record<QuadName, number>;
  /** Sum of the Goldstein weights of the period's events (events without a weight add nothing). */
  goldstein: number;
  /** Mean Goldstein weight, or null for a period without weighted events. */
  goldsteinMean: number | null;
}

export interface Trends {
  by: TrendPeriod;
  points: TrendPoint[];
  /** Events of the selection that no period holds: undated, or dated only to the year when counting by month. */
  notPlaced: { undated: number; lessPrecise: number };
}

function emptyPoint(period: string): TrendPoint {
  const quad = Object.fromEntries(QUAD_NAMES.map((name) => [name, 0])) as Record<QuadName, number>;
  return { period, events: 0, cooperation: 0, conflict: 0, quad, goldstein: 0, goldsteinMean: null };
}

/** The event's period, or null when its date is missing or less precise than the period. */
function periodOf(date: string | null, by: TrendPeriod): string | null {
  if (!date) return null;
  if (by === "year") return date.slice(0, 4);
  return date.length >= 7 ? date.slice(0, 7) : null;
}

/** Every period from `first` to `last`, inclusive. */
export function periodsBetween(first: string, last: string, by: TrendPeriod): string[] {
  const periods: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = by === "month" ? Number(first.slice(5, 7)) : 1;
  for (;;) {
    const period =
      by === "year"
        ? String(year).padStart(4, "0")
        : `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    periods.push(period);
    if (period >= last) return periods;
    if (by === "year") year += 1;
    else if (month === 12) {
      year += 1;
      month = 1;
    } else month += 1;
  }
}

function addEvent(point: TrendPoint, event: StoredEvent, weights: { n: number }): void {
  point.events += 1;
  const quad = ploverQuadClassOf(event.codes.plover);
  if (quad !== null) {
    point.quad[QUAD_NAMES[quad - 1]] += 1;
    if (quad <= 2) point.cooperation += 1;
    else point.conflict += 1;
  }
  const weight = goldsteinOf(event.codes.cameo);
  if (weight !== null) {
    point.goldstein += weight;
    weights.n += 1;
  }
}

export async function buildTrends(store: Store, filter: EventFilter, by: TrendPeriod): Promise<Trends> {
  const byPeriod = new Map<string, { point: TrendPoint; weights: { n: number } }>();
  const notPlaced = { undated: 0, lessPrecise: 0 };
  const { limit: _limit, offset: _offset, ...selection } = filter;
  for await (const page of eventPages(store, selection)) {
    for (const event of page) {
      const period = periodOf(event.date, by);
      if (period === null) {
        if (event.date) notPlaced.lessPrecise += 1;
        else notPlaced.undated += 1;
        continue;
      }
      let slot = byPeriod.get(period);
      if (!slot) {
        slot = { point: emptyPoint(period), weights: { n: 0 } };
        byPeriod.set(period, slot);
      }
      addEvent(slot.point, event, slot.weights);
    }
  }
  if (byPeriod.size === 0) return { by, points: [], notPlaced };
  const keys = [...byPeriod.keys()].sort();
  const points = periodsBetween(keys[0], keys[keys.length - 1], by).map((period) => {
    const slot = byPeriod.get(period);
    if (!slot) return emptyPoint(period);
    const { point, weights } = slot;
    point.goldsteinMean = weights.n ? round(point.goldstein / weights.n) : null;
    point.goldstein = round(point.goldstein);
    return point;
  });
  return { by, points, notPlaced };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export const TREND_CSV_COLUMNS = [
  "period",
  "events",
  "cooperation",
  "conflict",
  ...QUAD_NAMES,
  "goldstein_sum",
  "goldstein_mean",
] as const;

/** The series as CSV rows (header first): numbers only, nothing to quote. */
export function trendsCsv(trends: Trends): string {
  const rows = trends.points.map((point) =>
    [
      point.period,
      point.events,
      point.cooperation,
      point.conflict,
      ...QUAD_NAMES.map((name) => point.quad[name]),
      point.goldstein,
      point.goldsteinMean ?? "",
    ].join(","),
  );
  return `${[TREND_CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
