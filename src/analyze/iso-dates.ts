// Partial ISO dates ("2023", "2023-09", "2023-09-22") compared as the ranges of days they cover.
import type { IsoDate } from "./record.ts";

export function firstDay(date: IsoDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function lastDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number);
    return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return date;
}

/** Whether the range [start, end] (end null: open) overlaps the days `date` covers. */
export function coversDate(start: IsoDate, end: IsoDate | null, date: IsoDate): boolean {
  return firstDay(start) <= lastDay(date) && (end === null || lastDay(end) >= firstDay(date));
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Cuts a date to no more precision than `limit` has ("2006-01-21" within a month-only article date is "2006-01"). */
export function atMostAsPrecise(date: IsoDate, limit: IsoDate): IsoDate {
  return date.slice(0, Math.min(date.length, limit.length));
}
