// Publication dates as dyad keeps them: "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source says.
import type { IsoDate } from "../analyze/record.ts";

// A date, then optionally a time: the time is dropped (cut to the day), but a month-only date stays a month.
const ISO_PREFIX =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads an ISO 8601 date or timestamp ("2023", "2023-09", "2023-09-22", "2023-09-22T10:00:00+08:00")
 * and keeps the date as written, at its precision. Anything else, or an impossible date, is null.
 */
export function isoDateFromString(value: string): IsoDate | null {
  const match = ISO_PREFIX.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  if (Number(month) < 1 || Number(month) > 12) return null;
  if (day === undefined) return `${year}-${month}`;
  if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) return null;
  return `${year}-${month}-${day}`;
}

/** A date from its parts, at the precision known: year only, year and month, or the full day. */
export function isoDateFromParts(year: number, month?: number, day?: number): IsoDate {
  const yyyy = String(year).padStart(4, "0");
  if (month === undefined) return yyyy;
  const mm = String(month).padStart(2, "0");
  if (day === undefined) return `${yyyy}-${mm}`;
  return `${yyyy}-${mm}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
