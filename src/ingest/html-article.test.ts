import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "./front-matter.ts";
import { looksLikeHtml, readHtmlArticle } from "./html-article.ts";
import { InputError } from "./input-errors.ts";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/html/", import.meta.url));

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The twin's article lines (front matter and bylines left out), each as it should appear in the page's text. */
function twinLines(name: string): string[] {
  const text = readFileSync(`${FIXTURES}${name}.txt`, "utf8");
  const body = text.slice(readFrontMatter(`${name}.txt`, text)?.bodyStart ?? 0);
  return body
    .split("\n")
    .map(collapse)
    .filter((line) => line !== "" && !/^By /.test(line));
}

// What the news pages wrap around their article: none of it may reach the text.
const DEV_PAGE_FURNITURE = [
  "cookies",
  "Accept all",
  "Asia Pacific",
  "Sport",
  "Most read",
  "Share on Facebook",
  "All rights reserved",
  "Privacy",
  "Staff reporter",
  "dataLayer",
  "font-family",
];

// Pages written for these tests in the shape of real news sites, each with a plain-text twin of its article.
describe("readHtmlArticle on news pages with a plain-text twin", () => {
  it.each([
    ["month-dated-story", "Portugal and Morocco sign a fisheries accord", "2019-03"],
    ["wire-story", "Chile and Argentina agree to reopen a mountain pass", "2021-06-09"],
    ["government-readout", "Telephone conversation with the President of Ghana", "2024-06-05"],
  ])("%s: the twin's sentences, headline first, no furniture", (name, title, published) => {
    const page = readHtmlArticle(`${name}.html`, readFileSync(`${FIXTURES}${name}.html`, "utf8"));
    expect(page.title).toBe(title);
    expect(page.published).toBe(published);
    expect(page.text.startsWith(`${title}\n\n`)).toBe(true);
    const text = collapse(page.text);
    for (const line of twinLines(name)) expect(text).toContain(line);
    for (const furniture of DEV_PAGE_FURNITURE) expect(page.text).not.toContain(furniture);
  });

  it("keeps the paragraphs of a page apart, as the twin does", () => {
    const page = readHtmlArticle("wire-story.html", readFileSync(`${FIXTURES}wire-story.html`, "utf8"));
    const twin = readFileSync(`${FIXTURES}wire-story.txt`, "utf8");
    expect(page.text).toBe(twin.slice(readFrontMatter("wire-story.txt", twin)?.bodyStart).trim());
  });
});

describe("readHtmlArticle on hand-written pages", () => {
  const read = (file: string) => readHtmlArticle(file, readFileSync(`${FIXTURES}${file}`, "utf8"));

  it("keeps the article of a page full of furniture, and nothing else", () => {
    const page = read("news-page-with-furniture.html");
    expect(page).toMatchObject({
      title: "Brazil and Argentina sign a trade accord",
      published: "2024-03-14", // JSON-LD datePublished, ahead of the <time> in the article
      source: "The Southern Herald",
      url: "https://herald.example/world/brazil-argentina-trade-accord",
    });
    expect(page.text.split("\n\n")).toEqual([
      "Brazil and Argentina sign a trade accord",
      "15 March 2024",
      "The two presidents shake hands in Brasília on Thursday.",
      "BRASÍLIA – Brazil and Argentina signed a trade accord on Thursday that removes tariffs on steel, cars and wheat, the two governments said in a joint statement.",
      "The agreement, negotiated over eighteen months, also sets up a joint committee to settle disputes.\nIt takes effect in July.",
      "“This is a new chapter for our region,” the Brazilian foreign minister told reporters.",
      "The accord covers:",
      "steel and aluminium",
      "passenger cars",
    ]);
    for (const furniture of [
      "cookies",
      "Home",
      "Business",
      "Share on",
      "Related",
      "Chile",
      "newsletter",
      "Most read",
      "rights reserved",
      "By Ana Souza",
      "analytics",
    ]) {
      expect(page.text).not.toContain(furniture);
    }
  });

  it("takes the title from <title> without the site name, and DC.date", () => {
    const page = read("title-from-title-tag.html");
    expect(page.title).toBe("Kenya and Ethiopia agree to build a road link");
    expect(page.published).toBe("2019-11-02");
    expect(page.text).toContain("\n\nBoth governments will share the cost");
  });

  it("reads tables row by row and keeps <pre> lines", () => {
    const page = read("table-and-pre.html");
    expect(page.published).toBe("2021-05-04");
    expect(page.text).toContain("\n\nRound Date\n\nFirst June 2021\n\n");
    expect(page.text).toContain("Signed in Oslo\non 4 May 2021");
  });

  it.each([
    ["navigation-only.html", readFileSync(`${FIXTURES}navigation-only.html`, "utf8")],
    ["empty body", "<!doctype html><html><head><title>Nothing | Site</title></head><body></body></html>"],
    ["only a script", "<html><body><script>document.write('hi')</script></body></html>"],
  ])("refuses a page without article text: %s", (name, html) => {
    expect(() => readHtmlArticle(name, html)).toThrow(InputError);
    expect(() => readHtmlArticle(name, html)).toThrow(/no article text/);
  });
});

describe("looksLikeHtml", () => {
  it.each([
    ["a.txt", "<!DOCTYPE html><html></html>", true],
    ["a.txt", "\n  <html lang=en><body>", true],
    ["a.txt", "<!-- saved page --><!doctype html>", true],
    ["a.txt", '<?xml version="1.0"?><html>', true],
    ["a.html", "<div><p>fragment</p></div>", true],
    ["a.txt", "<p>fragment</p>", false],
    ["a.txt", "Headline\n\nThe <b> tag is bold.", false],
    ["a.md", "---\ntitle: x\n---\n<html> in text", false],
  ])("%s %j → %s", (input, text, expected) => {
    expect(looksLikeHtml(input, text)).toBe(expected);
  });
});
