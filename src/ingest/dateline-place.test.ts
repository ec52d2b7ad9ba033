import { describe, expect, it } from "vitest";
import { isPlausiblePlace, normalisePlace, placeLine } from "./dateline-place.ts";

describe("normalisePlace", () => {
  it.each([
    ["WASHINGTON", "Washington"],
    ["NEW DELHI", "New Delhi"],
    ["RIO DE JANEIRO", "Rio de Janeiro"],
    ["GUINEA-BISSAU", "Guinea-Bissau"],
    ["BRASÍLIA", "Brasília"],
    ["Hangzhou", "Hangzhou"],
    ["McLean", "McLean"],
    ["U.S.", "U.S."],
  ])("%s → %s", (place, expected) => {
    expect(normalisePlace(place)).toBe(expected);
  });
});

describe("placeLine", () => {
  it.each([
    ["Washington, DC", { place: "Washington", region: "DC" }],
    ["Washington, D.C.", { place: "Washington", region: "D.C." }],
    ["BEIJING", { place: "Beijing", region: null }],
    ["Hangzhou, China", { place: "Hangzhou", region: "China" }],
    ["By Luis Ramirez", null],
    ["Media Note", { place: "Media Note", region: null }],
    ["Today", null],
    ["The State Department said on Monday.", null],
  ])("%j → %j", (line, expected) => {
    expect(placeLine(line)).toEqual(expected);
  });
});

describe("isPlausiblePlace", () => {
  it.each([
    ["Moscow", true],
    ["UPDATE", false],
    ["Breaking News", false],
    ["Monday", false],
  ])("%s → %s", (place, expected) => {
    expect(isPlausiblePlace(place)).toBe(expected);
  });
});
