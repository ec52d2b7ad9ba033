// Limits checked on an HTML page's source before it is parsed: parsing and main-text extraction grow faster
// than linearly with nesting depth (2,000 nested <div> took 83 s, 5,000 overflowed the stack), so a page
// nested deeper, or with more elements, than any news page is refused with a clear error. One linear scan.
import { InputError } from "./input-errors.ts";

/** Deeper than any news page's markup (they nest 20 to 60 elements); Readability stays under a second here. */
export const MAX_HTML_DEPTH = 200;
/** More elements than any news page has (a long page has a few thousand). */
export const MAX_HTML_ELEMENTS = 100_000;

// Elements that never nest: void elements, and those whose end tag may be left out (the parser closes them).
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rp rt".split(
    " ",
  ),
);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>|<!--/g;

export interface HtmlShape {
  depth: number;
  elements: number;
}

/** The deepest nesting of (nesting) elements and the number of elements, stopping early past the limits. */
export function htmlShape(html: string): HtmlShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", match.index + 4);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = match[2].toLowerCase();
    const closing = match[1] === "/";
    if (!closing) elements++;
    if (!closing && RAW_TEXT.has(name)) {
      // its content is text, not tags: skip to its end tag
      const endTag = new RegExp(`</${name}`, "gi");
      endTag.lastIndex = TAG.lastIndex;
      if (!endTag.exec(html)) break;
      TAG.lastIndex = endTag.lastIndex - name.length - 2;
      continue;
    }
    if (NOT_NESTING.has(name) || match[0].endsWith("/>")) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_HTML_DEPTH || elements > MAX_HTML_ELEMENTS) break;
  }
  return { depth: deepest, elements };
}

/** Throws html_too_complex when the page is past a limit, saying which. */
export function checkHtmlLimits(input: string, html: string): void {
  const shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH)
    throw new InputError(
      "html_too_complex",
      input,
      `is an HTML page nested more than ${MAX_HTML_DEPTH} elements deep, over the limit for main-text extraction`,
    );
  if (shape.elements > MAX_HTML_ELEMENTS)
    throw new InputError(
      "html_too_complex",
      input,
      `is an HTML page with more than ${MAX_HTML_ELEMENTS} elements, over the limit for main-text extraction`,
    );
}
