import { describe, expect, it } from "vitest";
import { isoDateFromParts, isoDateFromString } from "./iso-date.ts";

describe("isoDateFromString", () => {
  it.each([
    ["2023", "2023"],
    ["2023-09", "2023-09"],
    ["2023-09-22", "2023-09-22"],
    [" 2023-09-22 ", "2023-09-22"],
    ["2023-09-22T10:00:00Z", "2023-09-22"],
    ["2023-09-22T23:30:00-05:00", "2023-09-22"],
    ["2023-09-22 08:15", "2023-09-22"],
    ["2023-09-22T10:00:00.123+0800", "2023-09-22"],
    ["2006-01T09:30:00Z", "2006-01"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", null],
    ["2023-13", null],
    ["2023-00-10", null],
    ["22/09/2023", null],
    ["September 2023", null],
    ["2023-9-22", null],
    ["", null],
  ])("%j → %j", (value, expected) => {
    expect(isoDateFromString(value)).toBe(expected);
  });
});

describe("isoDateFromParts", () => {
  it.each<[[number, number?, number?], string]>([
    [[2023], "2023"],
    [[2023, 9], "2023-09"],
    [[2023, 9, 2], "2023-09-02"],
  ])("%j → %s", (parts, expected) => {
    expect(isoDateFromParts(...parts)).toBe(expected);
  });
});
