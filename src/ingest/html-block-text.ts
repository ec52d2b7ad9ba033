// An HTML subtree as readable paragraphs: block elements break paragraphs, inline whitespace collapses,
// <br> keeps a line break. The result splits into sentences the way the plain-text articles do.

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "svg", "math", "head"]);
const CELL_TAGS = new Set(["td", "th"]);

// A hard line break (<br>, a newline inside <pre>) survives whitespace collapsing as this marker.
const HARD_BREAK = "\u0000";
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g; // zero-width space, word joiner, stray BOM, soft hyphen

/** The paragraphs of `root`'s text, in document order, each trimmed and whitespace-collapsed. */
export function blockParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = "";

  const flush = () => {
    const paragraph = current
      .replace(INVISIBLE, "")
      .split(HARD_BREAK)
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };

  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === 3 /* text */) {
      const value = node.nodeValue ?? "";
      current += inPre ? value.replace(/\r?\n/g, HARD_BREAK) : value;
      return;
    }
    if (node.nodeType !== 1 /* element */ && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toLowerCase() ?? "";
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") {
      current += HARD_BREAK;
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (CELL_TAGS.has(tag)) current += " ";
    for (const child of Array.from(node.childNodes)) walk(child, inPre || tag === "pre");
    if (CELL_TAGS.has(tag)) current += " ";
    if (isBlock) flush();
  };

  walk(root, false);
  flush();
  return paragraphs;
}
