// ISO dates of any precision ("2004", "2023-09", "2023-09-22") as the Date where they start.
export function startOf(date: string): Date {
  const [year, month = "01", day = "01"] = date.split("-");
  const start = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  start.setUTCFullYear(Number(year)); // years before 100 would otherwise be read as 19xx
  return start;
}

/** Where a date of this precision ends (the first moment after it), so a "2004" event spans the year. */
export function endOf(date: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  if (day) return new Date(Date.UTC(year, month - 1, day + 1));
  if (month) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year + 1, 0, 1));
}
