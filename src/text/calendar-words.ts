// English month and weekday names, lower case, in calendar order: dates read them as numbers, the dateline
// reader refuses them as place names.

/** January first: MONTH_NAMES.indexOf(name) + 1 is the month's number. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** Sunday first, as Date.getUTCDay() counts. */
export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
