// HTML that broke the reader: deep nesting, pages opening with inline tags, fragments without <html>/<body>.
import { describe, expect, it } from "vitest";
import { htmlShape, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "./html-limits.ts";
import { InputError } from "./input-errors.ts";
import { readArticle } from "./read-article.ts";

const PARAGRAPH =
  "<p>China provided humanitarian aid to Syria on Tuesday, the foreign ministry said in a statement.</p>";
const nested = (levels: number) =>
  `<html><body>${"<div>".repeat(levels)}${PARAGRAPH}${"</div>".repeat(levels)}</body></html>`;

function read(name: string, html: string) {
  return readArticle(name, new TextEncoder().encode(html));
}

function errorCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof InputError ? error.code : `not an InputError: ${error}`;
  }
}

describe("HTML limits", () => {
  it.each([
    ["<div><div></div></div>", 2],
    ["<div><p>a<p>b<p>c</div>", 1], // <p> closes itself: no nesting
    ["<div><br><img src=x><hr/></div>", 1],
    ["<script>if (a<b) { '<div><div>' }</script><div></div>", 1],
    ["<!-- <div><div><div> --><div></div>", 1],
  ])("measures the nesting of %s as %i", (html, depth) => {
    expect(htmlShape(html).depth).toBe(depth);
  });

  it("refuses 5,000 nested divs with a clear error, before parsing", () => {
    expect(errorCode(() => read("deep.html", nested(5000)))).toBe("html_too_complex");
    expect(() => read("deep.html", nested(5000))).toThrow(/nested more than 200 elements deep/);
  });

  it("reads a page nested up to the limit", () => {
    expect(read("deep-enough.html", nested(MAX_HTML_DEPTH - 5)).text).toContain("humanitarian aid");
  });

  it("refuses a page with more elements than the limit", () => {
    const html = `<html><body>${"<span>a</span>".repeat(MAX_HTML_ELEMENTS + 1)}</body></html>`;
    expect(errorCode(() => read("wide.html", html))).toBe("html_too_complex");
  });
});

describe("HTML fragments and pages that crash the extractor", () => {
  it.each([
    ["inline tags first", `<a><b>${PARAGRAPH}</b></a>`],
    ["a fragment of paragraphs", `${PARAGRAPH}<p>Another paragraph follows here, with more of the same words.</p>`],
    ["a page whose body opens with inline tags", `<html><a><b>${PARAGRAPH}</b></a></html>`],
    ["a div without a page", `<div><span>Aid</span>${PARAGRAPH}</div>`],
  ])("reads %s", (_, html) => {
    const article = read("fragment.html", html);
    expect(article.format).toBe("html");
    expect(article.text).toContain("China provided humanitarian aid to Syria on Tuesday");
    expect(article.text).not.toMatch(/<\/?[a-z]/);
  });
});
