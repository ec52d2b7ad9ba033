import { describe, expect, it } from "vitest";
import { headlineOf } from "./headline.ts";

describe("headline of a plain-text article", () => {
  it.each([
    [
      "Xi, Assad announce China-Syria strategic partnership\n\nSyrian President ...",
      "Xi, Assad announce China-Syria strategic partnership",
    ],
    [
      "Saudi King Signs Energy Deal With China\nBy Luis Ramirez\n\nKing Abdullah's visit ...",
      "Saudi King Signs Energy Deal With China",
    ],
    ["The two leaders met in Beijing on Friday and signed three agreements.\n\nMore text.", null],
    ["Short\n\nText", null],
    ["Syria and Iraq held talks on water sharing in Baghdad\nThe ministers said the talks went well.", null],
  ])("%s", (text, expected) => {
    expect(headlineOf(text, 0)).toBe(expected);
  });
});
