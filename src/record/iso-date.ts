// ISO dates as dyad keeps them: "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source says.
// A date of any precision covers a span of days ("2023" is 2023-01-01..2023-12-31, "2022-01" is January);
// every part of dyad that reads, compares or filters dates uses this one module.

export type IsoDate = string;

/** The shape of a stored or requested date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const ISO_DATE_PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// A date, then optionally a time: the time is dropped (cut to the day), but a month-only date stays a month.
const ISO_PREFIX =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export type DatePrecision = "year" | "month" | "day";

export interface DateBounds {
  first: string;
  last: string;
}

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

export function datePrecision(date: IsoDate): DatePrecision {
  return date.length >= 10 ? "day" : date.length === 7 ? "month" : "year";
}

/** The first and last day an ISO date covers, as YYYY-MM-DD; throws on anything that is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateBounds(date: IsoDate): DateBounds {
  const match = ISO_DATE_PARTS.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) throw new RangeError(`"${date}" has no month ${month}`);
  if (day) {
    if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) {
      throw new RangeError(`"${date}" is not a day of ${year}-${month}`);
    }
    return { first: date, last: date };
  }
  if (month) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, "0");
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${last}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Bounds of a stored date, or nulls for an undated (or malformed) one, which no range filter matches. */
export function storedDateBounds(date: IsoDate | null): { first: string | null; last: string | null } {
  if (date === null || !ISO_DATE_PARTS.test(date)) return { first: null, last: null };
  try {
    return dateBounds(date);
  } catch {
    return { first: null, last: null };
  }
}

/** The first day a date covers ("2023" → "2023-01-01"); the date's shape is trusted, not checked. */
export function firstDay(date: IsoDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a date covers ("2023-02" → "2023-02-28"); the date's shape is trusted, not checked. */
export function lastDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number);
    return `${date}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
  }
  return date;
}

/** Whether the range [start, end] (end null: open) overlaps the days `date` covers. */
export function coversDate(start: IsoDate, end: IsoDate | null, date: IsoDate): boolean {
  return firstDay(start) <= lastDay(date) && (end === null || lastDay(end) >= firstDay(date));
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Cuts a date to no more precision than `limit` has ("2006-01-21" within a month-only article date is "2006-01"). */
export function atMostAsPrecise(date: IsoDate, limit: IsoDate): IsoDate {
  return date.slice(0, Math.min(date.length, limit.length));
}

/** The moment a date starts, as a Date (UTC midnight of its first day). */
export function startOfDate(date: IsoDate): Date {
  const [year, month = "01", day = "01"] = date.split("-");
  const start = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  start.setUTCFullYear(Number(year)); // years before 100 would otherwise be read as 19xx
  return start;
}

/** The first moment after a date, so a "2004" event spans the whole year. */
export function endOfDate(date: IsoDate): Date {
  const end = startOfDate(addDays(lastDay(date), 1));
  return end;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
