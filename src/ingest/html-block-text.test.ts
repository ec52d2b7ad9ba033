import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { blockParagraphs } from "./html-block-text.ts";

const paragraphsOf = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockParagraphs(document.body as unknown as Node);
};

describe("blockParagraphs", () => {
  it.each([
    ["paragraphs", "<p>One.</p><p>Two.</p>", ["One.", "Two."]],
    [
      "inline elements stay in their paragraph",
      "<p>The <b>two</b> <a href='#'>leaders</a> met.</p>",
      ["The two leaders met."],
    ],
    ["whitespace collapses", "<p>  The   two\n\n  leaders\tmet. </p>", ["The two leaders met."]],
    ["a <br> keeps a line break", "<p>Signed in Oslo<br>on 4 May</p>", ["Signed in Oslo\non 4 May"]],
    [
      "headings, list items and divs are blocks",
      "<h2>Sub</h2><div>Text</div><ul><li>a</li><li>b</li></ul>",
      ["Sub", "Text", "a", "b"],
    ],
    ["nested blocks split their parent's text", "<div>Before<p>Inside</p>After</div>", ["Before", "Inside", "After"]],
    [
      "table cells are spaced, rows are paragraphs",
      "<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>",
      ["A B", "C"],
    ],
    ["<pre> keeps its line breaks", "<pre>line one\nline   two</pre>", ["line one\nline two"]],
    ["scripts and styles are not text", "<p>Text<script>var x = 1;</script><style>p{}</style></p>", ["Text"]],
    ["empty blocks vanish", "<p> </p><div><p></p></div><p>Only</p>", ["Only"]],
    ["entities and non-breaking spaces", "<p>Caf&eacute;&nbsp;&amp;&#x20;bar&#8217;s</p>", ["Café & bar’s"]],
    ["zero-width spaces and soft hyphens are dropped", "<p>co\u00adoperation\u200b</p>", ["cooperation"]],
  ])("%s", (_name, html, expected) => {
    expect(paragraphsOf(html)).toEqual(expected);
  });
});
