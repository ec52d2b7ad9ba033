// An ISO date of any precision covers a span of days: "2023" is 2023-01-01..2023-12-31, "2022-01" is January.
// Stored events keep both ends, so a filter compares at the precision each date was given with.
import type { IsoDate } from "../analyze/record.ts";

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateBounds {
  first: string;
  last: string;
}

/** The first and last day an ISO date covers, as YYYY-MM-DD; throws on anything that is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateBounds(date: IsoDate): DateBounds {
  const match = ISO_DATE.exec(date);
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
    const lastDay = String(daysInMonth(Number(year), Number(month))).padStart(2, "0");
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${lastDay}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Bounds of a stored date, or nulls for an undated (or malformed) one, which no range filter matches. */
export function storedDateBounds(date: IsoDate | null): { first: string | null; last: string | null } {
  if (date === null || !ISO_DATE.test(date)) return { first: null, last: null };
  try {
    return dateBounds(date);
  } catch {
    return { first: null, last: null };
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
