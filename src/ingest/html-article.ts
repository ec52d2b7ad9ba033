// An HTML news page as an article: its metadata and its main text, headline first, paragraphs between blank lines.

import { blockParagraphs } from "./html-block-text.ts";
import { checkHtmlLimits } from "./html-limits.ts";
import { mainTextParagraphs } from "./html-main-text.ts";
import { type HtmlMetadata, readHtmlMetadata } from "./html-metadata.ts";
import { InputError } from "./input-errors.ts";
import { parseHTML } from "./parse-html.ts";

export interface HtmlArticle extends HtmlMetadata {
  /** The extracted main text: every evidence offset of an HTML page points into it. */
  text: string;
}

// A page opens with a doctype, an <html>, <head> or <body> tag, maybe after comments and whitespace.
const HTML_OPENING = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

export function looksLikeHtml(input: string, text: string): boolean {
  if (HTML_OPENING.test(text)) return true;
  return /\.html?$/i.test(input) && /<(?:p|div|article|title|meta)\b/i.test(text.slice(0, 4096));
}

export function readHtmlArticle(input: string, html: string): HtmlArticle {
  checkHtmlLimits(input, html);
  const document = parsePage(html);
  const metadata = readHtmlMetadata(document);
  const paragraphs = mainTextOrBlocks(document, html);
  const headline = metadata.title;
  // Readability keeps the <h1> on some pages; the headline is written once, first.
  if (headline && paragraphs.length > 0 && sameText(paragraphs[0], headline)) paragraphs.shift();
  if (!paragraphs.some((paragraph) => /\p{L}{2,}/u.test(paragraph))) {
    throw new InputError("no_text", input, "is an HTML page with no article text");
  }
  const text = [...(headline ? [headline] : []), ...paragraphs].join("\n\n");
  return { ...metadata, text };
}

function sameText(a: string, b: string): boolean {
  const normalise = (value: string) => value.replace(/\s+/g, " ").trim().toLowerCase();
  return normalise(a) === normalise(b);
}

/**
 * A fragment ("<p>…</p>", "<a><b><p>…") or a page without a <body> tag is read with its content as the body:
 * without one the parser leaves the body empty or missing. A <head> it has stays the head.
 */
function parsePage(html: string): Document {
  if (/<body[\s>]/i.test(html)) return parseHTML(html).document;
  const withoutPage = html.replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, "");
  const headEnd = withoutPage.search(/<\/head\s*>/i);
  const head = headEnd >= 0 ? withoutPage.slice(0, headEnd).replace(/<head[^>]*>/i, "") : "";
  const body = headEnd >= 0 ? withoutPage.slice(withoutPage.indexOf(">", headEnd) + 1) : withoutPage;
  const source = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return parseHTML(source).document;
}

/** The main text; a page that makes the extractor throw is read whole, block by block, from a fresh parse. */
function mainTextOrBlocks(document: Document, html: string): string[] {
  try {
    return mainTextParagraphs(document);
  } catch {
    const fresh = parsePage(html);
    return fresh.body ? blockParagraphs(fresh.body) : [];
  }
}
